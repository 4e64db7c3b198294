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
      coordinator: 'coordination',
      member: 'membre',
    },
    memberStatus: {
      active: 'actif',
      inactive: 'inactif',
      erased: 'effacé',
    },
    objectiveStatus: {
      'not started': 'non commencé',
      'in progress': 'en cours',
      achieved: 'atteint',
    },
    yesNo: {
      yes: 'oui',
      no: 'non',
    },
    proposalStatus: {
      submitted: 'soumise',
      'under review': 'en examen',
      prioritized: 'priorisée',
      declined: 'refusée',
      // Taken back by its author (issue 22): listed still, its supports count nowhere.
      withdrawn: 'retirée',
    },
    resourceKind: {
      financial: 'financière',
      'in-kind': 'en nature',
    },
    category: {
      funding: 'financement',
      'staff time': 'temps de travail',
      venue: 'lieu',
      expertise: 'expertise',
      equipment: 'équipement',
      communication: 'communication',
      other: 'autre',
    },
    currency: {
      EUR: 'EUR',
      BRL: 'BRL',
    },
    availability: {
      available: 'disponible',
      planned: 'prévue',
      // Taken back by the pledger (issue 22): it leaves every total.
      withdrawn: 'retirée',
    },
    audience: {
      all: 'tous',
      'Recife hub': 'pôle Recife',
      'Nantes hub': 'pôle Nantes',
      coordinators: 'coordination',
    },
    meetingStatus: {
      planned: 'prévue',
      cancelled: 'annulée',
      held: 'tenue',
    },
    pollStatus: {
      open: 'ouvert',
      closed: 'clos',
      cancelled: 'annulé',
    },
    pollAnswer: {
      yes: 'oui',
      'if need be': 'si besoin',
      no: 'non',
    },
    // A jalon and a marco are masculine.
    milestoneStatus: {
      planned: 'prévu',
      'in progress': 'en cours',
      done: 'terminé',
    },
  },
  metrics: {
    manual: 'manuel',
    members: 'membres',
    proposals_prioritized: 'propositions_priorisées',
    resources_declared: 'ressources_déclarées',
    meetings_scheduled: 'réunions_planifiées',
    actions_progress: 'avancement_des_actions',
    resources_delivered: 'ressources_fournies',
  },
  /** Short day names, Sunday first, as Settings › Working days writes them. */
  weekdays: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  /** What joins the ends of a range of days (`lun.–ven.`). */
  weekdayRange: '–',
  /** How Settings › Working days is read: what joins days in a list, links a range's ends, and what a day's name may end with. */
  dayWords: { and: ['et'], through: ['à', 'au'], suffixes: [] },
  /** Dropdown labels written by earlier versions, still read as their code. */
  former: {
    role: { coordinateur: 'coordinator' },
    audience: { coordinateurs: 'coordinators' },
  },
};
