import type { Catalog } from './en';

export const fr: Catalog = {
  'app.name': 'Mutirão',
  'menu.openSidebar': 'Ouvrir le panneau',
  'menu.setup': 'Configurer le classeur',
  'menu.help': 'Aide',

  'help.title': 'Mutirão — aide',
  'help.intro':
    "Mutirão est l'espace de travail partagé du groupe de travail Recife–Nantes sur l'économie solidaire et la coopération décentralisée.",
  'help.members':
    "Membres : ouvrez le panneau (Extensions › Mutirão › Ouvrir le panneau) pour vous inscrire, proposer des actions et engager des ressources avant la date limite.",
  'help.coordinators':
    "Coordinateurs : lancez « Configurer le classeur » une fois pour créer les onglets ; vous pouvez le relancer sans risque pour les réparer. Renommez ou réordonnez onglets et colonnes librement : l'extension les retrouve par leur clé et leur en-tête.",
  'help.language': "Changez la langue du classeur dans l'onglet Paramètres (fr, pt-BR ou en), puis relancez « Configurer le classeur ».",

  'setup.done': 'Le classeur est prêt : {created} onglet(s) créé(s), {repaired} réparé(s).',
  'setup.youAreCoordinator': 'Vous êtes inscrit comme premier coordinateur ({id}).',
  'setup.coordinatorsOnly':
    "Seul un coordinateur peut configurer le classeur. Demandez à l'un des coordinateurs de l'onglet Membres.",

  'error.signIn':
    "L'extension n'a pas accès à l'adresse e-mail de votre compte Google. Ouvrez Extensions › Mutirão › Ouvrir le panneau et autorisez l'extension, puis réessayez.",
  'error.busy': "Quelqu'un d'autre enregistre en ce moment. Réessayez dans quelques secondes.",
  'error.unexpected':
    "Une erreur est survenue et rien n'a été enregistré. Réessayez ; si cela persiste, prévenez un coordinateur.",
  'error.notSetUp':
    "Le classeur n'est pas encore configuré. Un coordinateur doit lancer Extensions › Mutirão › Configurer le classeur.",

  'submit.registerFirst': "Inscrivez-vous d'abord : votre e-mail ne figure pas encore dans l'onglet Membres.",
  'submit.alreadyRegistered': 'Vous êtes déjà inscrit ({id}).',
  'submit.inactive': 'Votre inscription ({id}) est inactive. Demandez à un coordinateur de la réactiver.',
  'submit.coordinatorsOnly': 'Seuls les coordinateurs peuvent planifier des réunions.',
  'submit.unknownObjective': "L'objectif {id} n'existe pas.",
  'submit.unknownProposal': "La proposition {id} n'existe pas.",

  'field.required': 'Ce champ est obligatoire.',
  'field.tooLong': '{max} caractères au maximum.',
  'field.tooShort': '{min} caractères au minimum.',
  'field.email': 'Saisissez une adresse e-mail valide.',
  'field.country': 'Utilisez un code pays à deux lettres, comme BR ou FR.',
  'field.notInList': 'Choisissez parmi : {options}.',
  'field.date': 'Saisissez une date au format AAAA-MM-JJ.',
  'field.time': 'Saisissez une heure au format HH:MM (24 h).',
  'field.timeZone': 'Saisissez un fuseau horaire comme America/Recife ou Europe/Paris.',
  'field.number': 'Saisissez un nombre.',
  'field.positive': 'Saisissez un nombre supérieur à zéro.',
  'field.integer': 'Saisissez un nombre entier.',
  'field.positiveInteger': 'Saisissez un nombre entier supérieur à zéro.',
  'field.between': 'Saisissez un nombre de {min} à {max}.',
  'field.percent': 'Saisissez un pourcentage de 0 à 100 %.',
  'field.id': 'Identifiant attendu, comme {prefix}-001.',

  'sidebar.title': 'Mutirão',
  'sidebar.loading': 'Chargement…',
  'sidebar.greeting': 'Bonjour, {name} !',
  'sidebar.greetingGuest': 'Bienvenue !',
  'sidebar.role.coordinator': 'Coordinateur',
  'sidebar.role.member': 'Membre',
  'sidebar.role.guest': 'Pas encore inscrit',
  'sidebar.deadline.title': 'Date limite des contributions',
  'sidebar.deadline.left': "Encore {days} jours, jusqu'au {date}.",
  'sidebar.deadline.one': 'Dernier jour demain : {date}.',
  'sidebar.deadline.today': "C'est le dernier jour ({date}).",
  'sidebar.deadline.past': 'La date limite est passée le {date}.',
  'sidebar.objectives.title': 'Objectifs',
  'sidebar.objectives.progress': '{percent} — {status}',
  'sidebar.priority': 'Prioritaire',
  'sidebar.error': "L'extension n'a pas pu se charger : {message}",
  'sidebar.retry': 'Réessayer',
};
