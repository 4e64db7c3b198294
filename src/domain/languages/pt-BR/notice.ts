import type { PrivacyNotice } from '../types';

/** The privacy notice in this language, written for its readers (../types.ts says what it must tell). */
export const notice: PrivacyNotice = {
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
};
