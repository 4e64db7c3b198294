import type { Locale } from '../locale';
import type { ReminderGap } from '../reminders';

/**
 * The emails' words, plain text with `{placeholders}`; the code escapes every value and builds
 * the HTML. `{days, plural, =0 {…} one {…} other {…}}` is chosen with Intl.PluralRules for the
 * language (`=0` first, `#` is the number) before the placeholders are filled. `{deadline}` is a
 * date written the member's way; `{status}` the status label in their language; `{link}` the
 * spreadsheet's URL, always last on its line so no punctuation sticks to it.
 */
export interface EmailTexts {
  /** `{name}`: the member's first name. */
  readonly greeting: string;
  readonly reply: string;
  /** How to stop these emails: the "Emails" choice in the sidebar's "My data". */
  readonly stop: string;
  readonly reminder: {
    readonly subject: Readonly<Record<ReminderGap, string>>;
    readonly missing: Readonly<Record<ReminderGap, string>>;
    readonly deadline: string;
    /** Followed by the list of objectives still in progress. */
    readonly objectives: string;
    readonly link: string;
    readonly thanks: string;
  };
  readonly answer: {
    readonly subject: string;
    readonly intro: string;
    readonly status: string;
    /** Only for a prioritized proposal. */
    readonly rank: string;
    readonly answer: string;
    readonly link: string;
  };
}

/** The sender's name and the signature, the same in every language. */
export const EMAIL_SENDER = 'Mutirão — {spreadsheetName}';

export const EMAIL_TEXTS: Readonly<Record<Locale, EmailTexts>> = {
  fr: {
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
  },
  'pt-BR': {
    greeting: 'Olá, {name}!',
    reply: 'Alguma dúvida? É só responder a este e-mail.',
    stop: 'Você recebe estes e-mails porque escolheu recebê-los. Para não receber mais: no painel lateral, em “Meus dados”, mude sua escolha em “E-mails”.',
    reminder: {
      subject: {
        proposal: '{days, plural, =0 {Hoje é o último dia} one {Amanhã é o último dia} other {Faltam # dias}} para enviar sua proposta de ação',
        pledge: '{days, plural, =0 {Hoje é o último dia} one {Amanhã é o último dia} other {Faltam # dias}} para registrar sua contribuição',
        both: '{days, plural, =0 {Hoje é o último dia} one {Amanhã é o último dia} other {Faltam # dias}} para enviar sua proposta de ação e registrar sua contribuição',
      },
      missing: {
        proposal: 'O grupo de trabalho ainda não recebeu sua proposta de ação.',
        pledge: 'O grupo de trabalho ainda não recebeu sua contribuição: dinheiro, tempo de equipe, um local, conhecimento técnico… o que a sua organização puder oferecer.',
        both: 'O grupo de trabalho ainda não recebeu sua proposta de ação nem sua contribuição (dinheiro, tempo de equipe, local, conhecimento técnico…).',
      },
      deadline: 'Prazo: {deadline} ({days, plural, =0 {hoje} one {amanhã} other {daqui a # dias}}).',
      objectives: 'Objetivos que ainda precisam da sua ajuda:',
      link: 'Leva só alguns minutos, no painel lateral da planilha (Extensões › Mutirão › Abrir o painel lateral): {link}',
      thanks: 'Agradecemos sua participação!',
    },
    answer: {
      subject: 'Resposta à sua proposta “{title}”',
      intro: 'A coordenação respondeu à sua proposta “{title}”.',
      status: 'Nova situação: {status}.',
      rank: 'Ela está na posição {rank} entre as prioridades do plano de ação.',
      answer: 'Resposta: {answer}',
      link: 'Todas as propostas do grupo estão na planilha: {link}',
    },
  },
  en: {
    greeting: 'Hello {name},',
    reply: 'Any questions? Just reply to this email.',
    stop: 'You get these emails because you chose to. To stop them: in the sidebar, under “My data”, change your “Emails” choice.',
    reminder: {
      subject: {
        proposal: '{days, plural, =0 {Today is the last day} one {Tomorrow is the last day} other {# days left}} to send your action proposal',
        pledge: '{days, plural, =0 {Today is the last day} one {Tomorrow is the last day} other {# days left}} to make your pledge',
        both: '{days, plural, =0 {Today is the last day} one {Tomorrow is the last day} other {# days left}} to send your action proposal and make your pledge',
      },
      missing: {
        proposal: 'The working group has not yet received your action proposal.',
        pledge: 'The working group has not yet received your pledge: money, staff time, a venue, expertise… whatever your organization can offer.',
        both: 'The working group has not yet received your action proposal or your pledge (money, staff time, a venue, expertise…).',
      },
      deadline: 'Deadline: {deadline} ({days, plural, =0 {today} one {tomorrow} other {in # days}}).',
      objectives: 'Objectives that still need help:',
      link: 'It only takes a few minutes, in the spreadsheet’s sidebar (Extensions › Mutirão › Open sidebar): {link}',
      thanks: 'Thank you for taking part!',
    },
    answer: {
      subject: 'Answer to your proposal “{title}”',
      intro: 'The coordinators have answered your proposal “{title}”.',
      status: 'New status: {status}.',
      rank: 'It is number {rank} among the action plan’s priorities.',
      answer: 'Their answer: {answer}',
      link: 'All the group’s proposals are in the spreadsheet: {link}',
    },
  },
};
