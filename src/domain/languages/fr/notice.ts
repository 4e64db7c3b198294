import type { PrivacyNotice } from '../types';

/** The privacy notice in this language, written for its readers (../types.ts says what it must tell). */
export const notice: PrivacyNotice = {
  title: 'Vos données personnelles',
  version: 'Version du {version}',
  sections: [
    {
      heading: 'Ce que nous conservons',
      paragraphs: [
        'À votre inscription : votre nom et l’adresse e-mail de votre compte Google, votre organisation, votre ville, votre pays et votre pôle, votre rôle et votre statut dans le groupe, la date de votre inscription, votre langue, la date de votre consentement et votre choix de recevoir ou non des e-mails.',
        'Ensuite : les propositions, contributions et soutiens que vous déposez, et une ligne de l’onglet Journal pour chacune de vos actions.',
        'Rien d’autre : ni numéro de téléphone, ni date de naissance.',
      ],
    },
    {
      heading: 'Pourquoi',
      paragraphs: [
        'Pour faire vivre le groupe de travail : coordonner les propositions, les ressources et les réunions, et vous inviter aux réunions. Rappels et réponses ne vous sont envoyés par e-mail que si vous l’avez choisi.',
        'Nous nous appuyons sur votre consentement, donné à l’inscription, et, pour ce que vous déposez, sur l’intérêt légitime du groupe à mener son travail en commun.',
      ],
    },
    {
      heading: 'Qui peut les voir',
      paragraphs: [
        'Toutes les personnes avec qui le classeur est partagé : dans Google Sheets, quiconque peut modifier un classeur en voit tous les onglets, donc vos informations.',
        'Les membres sont en France et au Brésil : vos données sont consultées depuis les deux pays. Le classeur est hébergé par Google, qui traduit les textes à la demande (« Traduire »).',
      ],
    },
    {
      heading: 'Qui en est responsable',
      paragraphs: ['L’équipe de coordination du groupe : {coordinators}. Adressez-lui toute question sur vos données.'],
    },
    {
      heading: 'Combien de temps',
      paragraphs: [
        'Tant que le groupe est actif, ou moins longtemps si vous demandez l’effacement. Vos propositions et contributions restent alors, sans votre nom ni vos coordonnées : les totaux du groupe ne changent pas.',
      ],
    },
    {
      heading: 'Vos droits',
      paragraphs: [
        'Obtenir vos données : dans le panneau, « Mes données » télécharge un fichier avec tout ce qui vous concerne.',
        'Changer votre langue ou votre choix pour les e-mails : au même endroit, à tout moment.',
        'Retirer votre consentement et effacer vos données : le bouton « Effacer mes données », au même endroit, ou une demande à l’équipe de coordination, qui corrige aussi toute information inexacte.',
        'Si vous estimez que vos données sont mal utilisées, vous pouvez adresser une réclamation à la CNIL en France (cnil.fr) ou à l’ANPD au Brésil (gov.br/anpd).',
      ],
    },
  ],
};
