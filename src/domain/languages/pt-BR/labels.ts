import type { LabelWords } from '../types';

/** What a cell's value reads as in this language (the shape: ../en/labels.ts). */
export const labels: LabelWords = {
  enums: {
    hub: {
      Recife: 'Recife',
      Nantes: 'Nantes',
    },
    role: {
      // The role, not a person: a gender-neutral label.
      coordinator: 'coordenação',
      member: 'membro',
    },
    memberStatus: {
      active: 'ativo',
      inactive: 'inativo',
      erased: 'excluído',
    },
    objectiveStatus: {
      'not started': 'não iniciado',
      'in progress': 'em andamento',
      achieved: 'alcançado',
    },
    yesNo: {
      yes: 'sim',
      no: 'não',
    },
    proposalStatus: {
      submitted: 'enviada',
      'under review': 'em análise',
      prioritized: 'priorizada',
      declined: 'recusada',
      // Taken back by its author (issue 22): listed still, its supports count nowhere.
      withdrawn: 'retirada',
    },
    resourceKind: {
      // A contribuição: feminine, as the pledge it describes.
      financial: 'financeira',
      // "Em espécie" would read as "in cash" in Brazil.
      'in-kind': 'não financeira',
    },
    category: {
      funding: 'financiamento',
      'staff time': 'tempo de equipe',
      venue: 'local',
      expertise: 'conhecimento técnico',
      equipment: 'equipamento',
      communication: 'comunicação',
      other: 'outro',
    },
    currency: {
      EUR: 'EUR',
      BRL: 'BRL',
    },
    availability: {
      available: 'disponível',
      planned: 'prevista',
      // Taken back by the pledger (issue 22): it leaves every total.
      withdrawn: 'retirada',
    },
    audience: {
      all: 'todos',
      'Recife hub': 'polo Recife',
      'Nantes hub': 'polo Nantes',
      coordinators: 'coordenação',
    },
    meetingStatus: {
      planned: 'planejada',
      cancelled: 'cancelada',
      held: 'realizada',
    },
    pollStatus: {
      open: 'aberta',
      closed: 'encerrada',
      cancelled: 'cancelada',
    },
    pollAnswer: {
      yes: 'sim',
      'if need be': 'se necessário',
      no: 'não',
    },
    // A jalon and a marco are masculine.
    milestoneStatus: {
      planned: 'planejado',
      'in progress': 'em andamento',
      done: 'concluído',
    },
  },
  metrics: {
    manual: 'manual',
    members: 'membros',
    proposals_prioritized: 'propostas_priorizadas',
    resources_declared: 'recursos_declarados',
    meetings_scheduled: 'reuniões_agendadas',
    actions_progress: 'andamento_das_ações',
    resources_delivered: 'recursos_entregues',
  },
  /** Short day names, Sunday first, as Settings › Working days writes them. */
  weekdays: ['dom', 'seg', 'ter', 'qua', 'qui', 'sex', 'sáb'],
  /** What joins the ends of a range of days (`Mon-Fri`). */
  weekdayRange: '-',
  /** How Settings › Working days is read: what joins days in a list, links a range's ends, and what a day's name may end with. */
  dayWords: { and: ['e'], through: ['a'], suffixes: ['-feira'] },
  /** Dropdown labels written by earlier versions, still read as their code. */
  former: {
    role: { coordenador: 'coordinator' },
    audience: { coordenadores: 'coordinators' },
    resourceKind: { financeiro: 'financial', 'não financeiro': 'in-kind' },
  },
};
