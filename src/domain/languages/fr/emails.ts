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
};
