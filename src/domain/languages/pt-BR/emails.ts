import type { EmailTexts } from '../types';

/** The emails in this language (the shape and the placeholders: ../types.ts). */
export const emails: EmailTexts = {
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
  pollClosed: {
    subject: 'Data escolhida para “{title}”',
    intro: 'Obrigado por responder à enquete “{title}”. A coordenação escolheu esta data:',
    times: '{recife} em Recife, {nantes} em Nantes.',
    invitation: 'O convite para a reunião {meeting} chegará na sua agenda.',
    link: 'A planilha do grupo: {link}',
  },
  milestone: {
    subject: 'Um marco da sua proposta “{title}” foi concluído',
    intro: 'O marco “{milestone}” da sua proposta “{title}” foi concluído em {doneOn}.',
    progress: 'Progresso da proposta: {progress} dos marcos.',
    link: 'O plano de ação está na planilha: {link}',
  },
};
