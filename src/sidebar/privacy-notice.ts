import type { Locale } from '../domain/locale';

/** One part of the notice: a heading and short paragraphs of plain text (the sidebar escapes them). */
export interface NoticeSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export interface PrivacyNotice {
  readonly title: string;
  /** `{version}`: the date in Settings › Privacy notice version, written the reader's way. */
  readonly version: string;
  readonly sections: readonly NoticeSection[];
}

/**
 * What GDPR (France) and LGPD (Brazil) ask the group to tell people before it keeps their
 * data, worded for members rather than lawyers and short enough for a 300 px sidebar.
 * `{coordinators}` is the names of the active coordinators in Members, filled in by the code.
 * Each language is written for its readers, not translated word for word; the words for a
 * pledge and the sidebar's "My data" section must stay those the sidebar itself shows.
 */
export const PRIVACY_NOTICE: Readonly<Record<Locale, PrivacyNotice>> = {
  fr: {
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
  },
  'pt-BR': {
    title: 'Seus dados pessoais',
    version: 'Versão de {version}',
    sections: [
      {
        heading: 'O que guardamos',
        paragraphs: [
          'Na inscrição: seu nome e o e-mail da sua conta Google, sua organização, cidade, país e polo, sua função e situação no grupo, a data de ingresso, seu idioma, a data do seu consentimento e se você quer ou não receber e-mails.',
          'Depois: as propostas, contribuições e apoios que você envia, e uma linha na aba Registro para cada ação sua.',
          'Nada além disso: nem telefone, nem data de nascimento.',
        ],
      },
      {
        heading: 'Para quê',
        paragraphs: [
          'Para fazer o grupo de trabalho funcionar: coordenar propostas, recursos e reuniões, e convidar você para as reuniões. Lembretes e respostas por e-mail só são enviados se você escolher recebê-los.',
          'A base legal é o seu consentimento, dado na inscrição, e, para o que você envia ao grupo, o legítimo interesse do grupo em realizar o trabalho em conjunto.',
        ],
      },
      {
        heading: 'Quem pode ver',
        paragraphs: [
          'Todas as pessoas com quem a planilha é compartilhada: nas Planilhas Google, quem pode editar uma planilha vê todas as abas. Por isso, os outros membros veem seus dados.',
          'Os membros estão no Brasil e na França: seus dados são acessados nos dois países. A planilha fica hospedada no Google, cujo serviço de tradução recebe um texto quando alguém clica em “Traduzir”.',
        ],
      },
      {
        heading: 'Quem é responsável',
        paragraphs: ['A coordenação do grupo: {coordinators}. Para qualquer dúvida sobre seus dados, fale com a coordenação.'],
      },
      {
        heading: 'Por quanto tempo',
        paragraphs: [
          'Enquanto o grupo de trabalho estiver ativo, ou até você pedir a exclusão. Nesse caso, suas propostas e contribuições continuam, sem seu nome nem seus contatos: os totais do grupo não mudam.',
        ],
      },
      {
        heading: 'Seus direitos',
        paragraphs: [
          'Obter seus dados: no painel lateral, “Meus dados” baixa um arquivo com tudo o que se refere a você.',
          'Mudar seu idioma ou sua escolha sobre e-mails: no mesmo lugar, quando quiser.',
          'Retirar seu consentimento e excluir seus dados: o botão “Excluir meus dados”, no mesmo lugar, ou um pedido à coordenação, que também corrige qualquer informação errada.',
          'Se achar que seus dados estão sendo mal utilizados, você pode fazer uma reclamação à ANPD no Brasil (gov.br/anpd) ou à CNIL na França (cnil.fr).',
        ],
      },
    ],
  },
  en: {
    title: 'Your personal data',
    version: 'Version of {version}',
    sections: [
      {
        heading: 'What we keep',
        paragraphs: [
          'When you register: your name and your Google account’s email address, your organization, city, country and hub, your role and status in the group, the date you joined, your language, the date of your consent and whether you want emails.',
          'Then: the proposals, pledges and supports you submit, and one row in the Log tab for each of your actions.',
          'Nothing else: no phone number, no date of birth.',
        ],
      },
      {
        heading: 'Why',
        paragraphs: [
          'To run the working group: coordinate proposals, resources and meetings, and invite you to meetings. Reminders and answers are emailed to you only if you choose to receive them.',
          'We rely on your consent, given when you register, and, for what you submit, on the group’s legitimate interest in working together.',
        ],
      },
      {
        heading: 'Who can see it',
        paragraphs: [
          'Everyone the spreadsheet is shared with: in Google Sheets, anyone who can edit a spreadsheet sees all its tabs. So other members can see your details.',
          'Members are in France and in Brazil, so your data is viewed from both countries. Google hosts the spreadsheet, and its translation service gets a text when someone clicks Translate.',
        ],
      },
      {
        heading: 'Who is responsible',
        paragraphs: ['The group’s coordinators: {coordinators}. Ask them any question about your data.'],
      },
      {
        heading: 'How long we keep it',
        paragraphs: [
          'As long as the working group is active, or less if you ask us to erase it. Your proposals and pledges then stay, without your name or contact details, so the group’s totals do not change.',
        ],
      },
      {
        heading: 'Your rights',
        paragraphs: [
          'Get your data: in the sidebar, “My data” downloads a file with everything about you.',
          'Change your language or your email choice: in the same place, at any time.',
          'Withdraw your consent and erase your data: the “Erase my data” button, in the same place, or a request to a coordinator, who can also correct anything wrong.',
          'If you think your data is misused, you may complain to the CNIL in France (cnil.fr) or the ANPD in Brazil (gov.br/anpd).',
        ],
      },
    ],
  },
};
