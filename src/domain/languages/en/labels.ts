/**
 * What a cell's value reads as in English: dropdown labels by code (the codes of the contract),
 * the Metric labels, the days of the week. It defines the shape every other language fills in
 * (../types.ts). The sidebar carries these; the workbook's other words are in ./sheet.ts.
 */
export const labels = {
  enums: {
    hub: {
      Recife: 'Recife',
      Nantes: 'Nantes',
    },
    role: {
      coordinator: 'coordinator',
      member: 'member',
    },
    memberStatus: {
      active: 'active',
      inactive: 'inactive',
      // Personal data erased on request (GDPR/LGPD); the ID, the hub and the contributions stay.
      erased: 'erased',
    },
    objectiveStatus: {
      'not started': 'not started',
      'in progress': 'in progress',
      achieved: 'achieved',
    },
    yesNo: {
      yes: 'yes',
      no: 'no',
    },
    proposalStatus: {
      submitted: 'submitted',
      'under review': 'under review',
      prioritized: 'prioritized',
      declined: 'declined',
      // Taken back by its author (issue 22): listed still, its supports count nowhere.
      withdrawn: 'withdrawn',
    },
    resourceKind: {
      financial: 'financial',
      'in-kind': 'in-kind',
    },
    category: {
      funding: 'funding',
      'staff time': 'staff time',
      venue: 'venue',
      expertise: 'expertise',
      equipment: 'equipment',
      communication: 'communication',
      other: 'other',
    },
    currency: {
      EUR: 'EUR',
      BRL: 'BRL',
    },
    availability: {
      available: 'available',
      planned: 'planned',
      // Taken back by the pledger (issue 22): it leaves every total.
      withdrawn: 'withdrawn',
    },
    audience: {
      all: 'all',
      'Recife hub': 'Recife hub',
      'Nantes hub': 'Nantes hub',
      coordinators: 'coordinators',
    },
    meetingStatus: {
      planned: 'planned',
      cancelled: 'cancelled',
      held: 'held',
    },
    pollStatus: {
      open: 'open',
      closed: 'closed',
      cancelled: 'cancelled',
    },
    pollAnswer: {
      yes: 'yes',
      'if need be': 'if need be',
      no: 'no',
    },
    milestoneStatus: {
      planned: 'planned',
      'in progress': 'in progress',
      done: 'done',
    },
  },
  metrics: {
    manual: 'manual',
    members: 'members',
    proposals_prioritized: 'proposals_prioritized',
    resources_declared: 'resources_declared',
    meetings_scheduled: 'meetings_scheduled',
    actions_progress: 'actions_progress',
    resources_delivered: 'resources_delivered',
  },
  /** Short day names, Sunday first, as Settings › Working days writes them. */
  weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  /** What joins the ends of a range of days (`Mon-Fri`). */
  weekdayRange: '-',
  /** How Settings › Working days is read: what joins days in a list, links a range's ends, and what a day's name may end with. */
  dayWords: { and: ['and'], through: ['to'], suffixes: [] as readonly string[] },
  /** Dropdown labels written by earlier versions, still read as their code. */
  former: {},
} as const;
