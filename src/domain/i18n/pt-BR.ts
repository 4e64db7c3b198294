import type { Catalog } from './en';

export const ptBR: Catalog = {
  'app.name': 'Mutirão',
  'menu.openSidebar': 'Abrir o painel lateral',
  'menu.setup': 'Configurar a planilha',
  'menu.help': 'Ajuda',

  'help.title': 'Mutirão — ajuda',
  'help.intro':
    'O Mutirão é o espaço de trabalho compartilhado do grupo de trabalho Recife–Nantes sobre economia solidária e cooperação descentralizada.',
  'help.members':
    'Membros: abram o painel lateral (Extensões › Mutirão › Abrir o painel lateral) para se inscrever, propor ações e oferecer recursos antes do prazo.',
  'help.coordinators':
    'Coordenadores: executem “Configurar a planilha” uma vez para criar as abas; pode ser executado de novo, sem risco, para repará-las. Renomeiem ou reordenem abas e colunas à vontade: o complemento as encontra pela chave e pelo cabeçalho.',
  'help.language': 'Mude o idioma da planilha na aba Configurações (fr, pt-BR ou en) e execute “Configurar a planilha” de novo.',

  'setup.done': 'A planilha está pronta: {created} aba(s) criada(s), {repaired} reparada(s).',
  'setup.youAreCoordinator': 'Você foi registrado como primeiro coordenador ({id}).',
  'setup.coordinatorsOnly':
    'Somente um coordenador pode configurar a planilha. Peça a um dos coordenadores da aba Membros.',

  'error.signIn':
    'O complemento não tem acesso ao e-mail da sua conta Google. Abra Extensões › Mutirão › Abrir o painel lateral e autorize o complemento; depois tente de novo.',
  'error.busy': 'Outra pessoa está salvando agora. Tente de novo em alguns segundos.',
  'error.unexpected': 'Algo deu errado e nada foi salvo. Tente de novo; se continuar, avise um coordenador.',
  'error.notSetUp': 'A planilha ainda não foi configurada. Um coordenador deve executar Extensões › Mutirão › Configurar a planilha.',

  'submit.registerFirst': 'Inscreva-se primeiro: seu e-mail ainda não está na aba Membros.',
  'submit.alreadyRegistered': 'Você já está inscrito(a) ({id}).',
  'submit.inactive': 'Sua inscrição ({id}) está inativa. Peça a um coordenador para reativá-la.',
  'submit.coordinatorsOnly': 'Somente coordenadores podem agendar reuniões.',
  'submit.unknownObjective': 'O objetivo {id} não existe.',
  'submit.unknownProposal': 'A proposta {id} não existe.',

  'field.required': 'Este campo é obrigatório.',
  'field.tooLong': 'No máximo {max} caracteres.',
  'field.tooShort': 'No mínimo {min} caracteres.',
  'field.email': 'Informe um endereço de e-mail válido.',
  'field.country': 'Use um código de país de duas letras, como BR ou FR.',
  'field.notInList': 'Escolha uma destas opções: {options}.',
  'field.date': 'Informe uma data no formato AAAA-MM-DD.',
  'field.time': 'Informe um horário no formato HH:MM (24 h).',
  'field.timeZone': 'Informe um fuso horário como America/Recife ou Europe/Paris.',
  'field.number': 'Informe um número.',
  'field.positive': 'Informe um número maior que zero.',
  'field.integer': 'Informe um número inteiro.',
  'field.positiveInteger': 'Informe um número inteiro maior que zero.',
  'field.between': 'Informe um número de {min} a {max}.',
  'field.percent': 'Informe uma porcentagem de 0 a 100 %.',
  'field.id': 'Esperava-se um identificador como {prefix}-001.',

  'sidebar.title': 'Mutirão',
  'sidebar.loading': 'Carregando…',
  'sidebar.greeting': 'Olá, {name}!',
  'sidebar.greetingGuest': 'Boas-vindas!',
  'sidebar.role.coordinator': 'Coordenador(a)',
  'sidebar.role.member': 'Membro',
  'sidebar.role.guest': 'Ainda não inscrito(a)',
  'sidebar.deadline.title': 'Prazo de envio',
  'sidebar.deadline.left': 'Faltam {days} dias, até {date}.',
  'sidebar.deadline.one': 'Último dia amanhã: {date}.',
  'sidebar.deadline.today': 'Hoje é o último dia ({date}).',
  'sidebar.deadline.past': 'O prazo terminou em {date}.',
  'sidebar.objectives.title': 'Objetivos',
  'sidebar.objectives.progress': '{percent} — {status}',
  'sidebar.priority': 'Prioritário',
  'sidebar.error': 'O complemento não pôde carregar: {message}',
  'sidebar.retry': 'Tentar de novo',
};
