import { LOCALES, normalizeLabel, type Locale, type Localized } from './locale';

/**
 * Every enumerated column: its stable codes (what the code and the sidebar speak) and the
 * label shown in each language (what a sheet cell holds). English labels are the codes of
 * PRODUCT.md §2, so an `en` workbook reads exactly as the contract.
 */
export const ENUMS = {
  hub: {
    Recife: { en: 'Recife', fr: 'Recife', 'pt-BR': 'Recife' },
    Nantes: { en: 'Nantes', fr: 'Nantes', 'pt-BR': 'Nantes' },
  },
  role: {
    // The role, not a person: a gender-neutral label.
    coordinator: { en: 'coordinator', fr: 'coordination', 'pt-BR': 'coordenação' },
    member: { en: 'member', fr: 'membre', 'pt-BR': 'membro' },
  },
  memberStatus: {
    active: { en: 'active', fr: 'actif', 'pt-BR': 'ativo' },
    inactive: { en: 'inactive', fr: 'inactif', 'pt-BR': 'inativo' },
    // Personal data erased on request (GDPR/LGPD); the ID, the hub and the contributions stay.
    erased: { en: 'erased', fr: 'effacé', 'pt-BR': 'excluído' },
  },
  // The computed metrics are the registry's (metrics.ts), which a test may extend (registerMetric).
  metric: {
    manual: { en: 'manual', fr: 'manuel', 'pt-BR': 'manual' },
    members: { en: 'members', fr: 'membres', 'pt-BR': 'membros' },
    proposals_prioritized: { en: 'proposals_prioritized', fr: 'propositions_priorisées', 'pt-BR': 'propostas_priorizadas' },
    resources_declared: { en: 'resources_declared', fr: 'ressources_déclarées', 'pt-BR': 'recursos_declarados' },
    meetings_scheduled: { en: 'meetings_scheduled', fr: 'réunions_planifiées', 'pt-BR': 'reuniões_agendadas' },
  },
  objectiveStatus: {
    'not started': { en: 'not started', fr: 'non commencé', 'pt-BR': 'não iniciado' },
    'in progress': { en: 'in progress', fr: 'en cours', 'pt-BR': 'em andamento' },
    achieved: { en: 'achieved', fr: 'atteint', 'pt-BR': 'alcançado' },
  },
  yesNo: {
    yes: { en: 'yes', fr: 'oui', 'pt-BR': 'sim' },
    no: { en: 'no', fr: 'non', 'pt-BR': 'não' },
  },
  proposalStatus: {
    submitted: { en: 'submitted', fr: 'soumise', 'pt-BR': 'enviada' },
    'under review': { en: 'under review', fr: 'en examen', 'pt-BR': 'em análise' },
    prioritized: { en: 'prioritized', fr: 'priorisée', 'pt-BR': 'priorizada' },
    declined: { en: 'declined', fr: 'refusée', 'pt-BR': 'recusada' },
    // Taken back by its author (issue 22): listed still, its supports count nowhere.
    withdrawn: { en: 'withdrawn', fr: 'retirée', 'pt-BR': 'retirada' },
  },
  resourceKind: {
    // A contribuição: feminine, as the pledge it describes.
    financial: { en: 'financial', fr: 'financière', 'pt-BR': 'financeira' },
    // "Em espécie" would read as "in cash" in Brazil.
    'in-kind': { en: 'in-kind', fr: 'en nature', 'pt-BR': 'não financeira' },
  },
  category: {
    funding: { en: 'funding', fr: 'financement', 'pt-BR': 'financiamento' },
    'staff time': { en: 'staff time', fr: 'temps de travail', 'pt-BR': 'tempo de equipe' },
    venue: { en: 'venue', fr: 'lieu', 'pt-BR': 'local' },
    expertise: { en: 'expertise', fr: 'expertise', 'pt-BR': 'conhecimento técnico' },
    equipment: { en: 'equipment', fr: 'équipement', 'pt-BR': 'equipamento' },
    communication: { en: 'communication', fr: 'communication', 'pt-BR': 'comunicação' },
    other: { en: 'other', fr: 'autre', 'pt-BR': 'outro' },
  },
  currency: {
    EUR: { en: 'EUR', fr: 'EUR', 'pt-BR': 'EUR' },
    BRL: { en: 'BRL', fr: 'BRL', 'pt-BR': 'BRL' },
  },
  availability: {
    available: { en: 'available', fr: 'disponible', 'pt-BR': 'disponível' },
    planned: { en: 'planned', fr: 'prévue', 'pt-BR': 'prevista' },
    // Taken back by the pledger (issue 22): it leaves every total.
    withdrawn: { en: 'withdrawn', fr: 'retirée', 'pt-BR': 'retirada' },
  },
  audience: {
    all: { en: 'all', fr: 'tous', 'pt-BR': 'todos' },
    'Recife hub': { en: 'Recife hub', fr: 'pôle Recife', 'pt-BR': 'polo Recife' },
    'Nantes hub': { en: 'Nantes hub', fr: 'pôle Nantes', 'pt-BR': 'polo Nantes' },
    coordinators: { en: 'coordinators', fr: 'coordination', 'pt-BR': 'coordenação' },
  },
  meetingStatus: {
    planned: { en: 'planned', fr: 'prévue', 'pt-BR': 'planejada' },
    cancelled: { en: 'cancelled', fr: 'annulée', 'pt-BR': 'cancelada' },
  },
  language: {
    fr: { en: 'fr', fr: 'fr', 'pt-BR': 'fr' },
    'pt-BR': { en: 'pt-BR', fr: 'pt-BR', 'pt-BR': 'pt-BR' },
    en: { en: 'en', fr: 'en', 'pt-BR': 'en' },
  },
} as const satisfies Record<string, Record<string, Localized>>;

export type EnumName = keyof typeof ENUMS;
export type EnumCode<E extends EnumName> = keyof (typeof ENUMS)[E] & string;

export function enumCodes<E extends EnumName>(name: E): EnumCode<E>[] {
  return Object.keys(ENUMS[name]) as EnumCode<E>[];
}

export function enumLabel<E extends EnumName>(name: E, code: EnumCode<E>, locale: Locale): string {
  const labels = ENUMS[name][code] as Localized;
  return labels[locale];
}

/** The labels a dropdown offers in a workbook of this language. */
export function enumLabels(name: EnumName, locale: Locale): string[] {
  return enumCodes(name).map((code) => enumLabel(name, code, locale));
}

/** Labels written by earlier versions, still read as their code. */
const FORMER_LABELS: Partial<Record<EnumName, Readonly<Record<string, string>>>> = {
  role: { coordinateur: 'coordinator', coordenador: 'coordinator' },
  audience: { coordinateurs: 'coordinators', coordenadores: 'coordinators' },
  resourceKind: { financeiro: 'financial', 'não financeiro': 'in-kind' },
};

/** Label → code, by enum; rebuilt when an enum gained codes (a metric registered since). */
const lookups = new Map<EnumName, { size: number; codes: Map<string, string> }>();

/** The code for a label typed in any supported language, or undefined when it is none of them. */
export function enumCodeOf<E extends EnumName>(name: E, label: unknown): EnumCode<E> | undefined {
  if (typeof label !== 'string') return undefined;
  const codes = enumCodes(name);
  let lookup = lookups.get(name);
  if (lookup?.size !== codes.length) {
    lookup = { size: codes.length, codes: new Map() };
    for (const code of codes) {
      lookup.codes.set(normalizeLabel(code), code);
      for (const locale of LOCALES) lookup.codes.set(normalizeLabel(enumLabel(name, code, locale)), code);
    }
    const former: Readonly<Record<string, string>> = FORMER_LABELS[name] ?? {};
    for (const [old, code] of Object.entries(former)) lookup.codes.set(old, code);
    lookups.set(name, lookup);
  }
  return lookup.codes.get(normalizeLabel(label)) as EnumCode<E> | undefined;
}
