import type { EmailTexts } from '../types';

/** The emails in this language (the shape and the placeholders: ../types.ts). */
export const emails: EmailTexts = {
  greeting: 'Bonjour {name},',
  reply: 'Une question\u00a0? Répondez simplement à cet e-mail.',
  stop: 'Vous recevez ces e-mails parce que vous l’avez choisi. Pour ne plus en recevoir : dans le panneau, rubrique « Mes données », changez votre choix « E-mails ».',
  reminder: {
    subject: {
      proposal: '{days, plural, =0 {Aujourd’hui, dernier jour} one {Demain, dernier jour} other {Plus que # jours}} pour envoyer votre proposition d’action',
      pledge: '{days, plural, =0 {Aujourd’hui, dernier jour} one {Demain, dernier jour} other {Plus que # jours}} pour apporter votre contribution',
      both: '{days, plural, =0 {Aujourd’hui, dernier jour} one {Demain, dernier jour} other {Plus que # jours}} pour envoyer votre proposition d’action et apporter votre contribution',
    },
    missing: {
      proposal: 'Le groupe de travail n’a pas encore reçu votre proposition d’action.',
      pledge: 'Le groupe de travail n’a pas encore reçu votre contribution : de l’argent, du temps de travail, un lieu, une expertise… tout ce que votre structure peut apporter.',
      both: 'Le groupe de travail n’a pas encore reçu votre proposition d’action ni votre contribution (argent, temps de travail, lieu, expertise…).',
    },
    deadline: 'Date limite : {deadline} ({days, plural, =0 {aujourd’hui} one {demain} other {dans # jours}}).',
    objectives: 'Les objectifs qui ont encore besoin de vous :',
    link: 'Cela ne prend que quelques minutes, dans le panneau du classeur (Extensions › Mutirão › Ouvrir le panneau) : {link}',
    thanks: 'Merci pour votre participation\u00a0!',
  },
  answer: {
    subject: 'Réponse à votre proposition « {title} »',
    intro: 'L’équipe de coordination a répondu à votre proposition « {title} ».',
    status: 'Nouveau statut : {status}.',
    rank: 'Elle occupe le rang {rank} parmi les priorités du plan d’action.',
    answer: 'Sa réponse : {answer}',
    link: 'Toutes les propositions du groupe sont dans le classeur : {link}',
  },
  pollClosed: {
    subject: 'Date retenue pour « {title} »',
    intro: 'Merci d’avoir répondu au sondage « {title} ». L’équipe de coordination a retenu cette date :',
    times: '{recife} à Recife, {nantes} à Nantes.',
    invitation: 'L’invitation à la réunion {meeting} suit dans votre agenda.',
    link: 'Le classeur du groupe : {link}',
  },
  milestone: {
    subject: 'Un jalon de votre proposition «\u00a0{title}\u00a0» est terminé',
    intro: 'Le jalon «\u00a0{milestone}\u00a0» de votre proposition «\u00a0{title}\u00a0» est terminé depuis le {doneOn}.',
    progress: 'Progression de la proposition\u00a0: {progress} de ses jalons.',
    link: 'Le plan d’action est dans le classeur\u00a0: {link}',
  },
};
