import { enumCodeOf } from './enums';
import * as f from './fields';
import { normalizeLabel, LOCALES, type Locale, type Localized } from './locale';
import { addDays, isIsoDate, isWallTime, type IsoDate, type WallTime } from './time';
import type { CellKind } from './tables';

/** The rows of the Settings tab (PRODUCT.md §2), found by their label in any language. */
export type SettingKey =
  | 'language'
  | 'workshopDate'
  | 'submissionDeadline'
  | 'calendarId'
  | 'sendInvitations'
  | 'defaultDuration'
  | 'eurToBrlRate'
  | 'workingHoursStart'
  | 'workingHoursEnd'
  | 'workingDays'
  | 'supportsPerMember'
  | 'reminderDays'
  | 'privacyNoticeVersion';

export interface SettingRow {
  readonly key: SettingKey;
  readonly label: Localized;
  readonly note: Localized;
  readonly kind: CellKind;
  /** The rule for its value, as validation checks it. */
  readonly schema: f.Schema;
  readonly enum?: 'language' | 'yesNo';
}

const s = (key: SettingKey, kind: CellKind, schema: f.Schema, label: [string, string, string], note: [string, string, string], extra: Partial<SettingRow> = {}): SettingRow => ({
  key,
  kind,
  schema,
  label: { en: label[0], fr: label[1], 'pt-BR': label[2] },
  note: { en: note[0], fr: note[1], 'pt-BR': note[2] },
  ...extra,
});

export const SETTING_ROWS: readonly SettingRow[] = [
  s('language', 'text', f.required(f.enumOf('language')), ['Language', 'Langue', 'Idioma'], [
    'Language of tabs, headers and labels: fr, pt-BR or en. Run Set up workbook after changing it.',
    'Langue des onglets, en-têtes et libellés\u00a0: fr, pt-BR ou en. Relancez «\u00a0Configurer le classeur\u00a0» après un changement.',
    'Idioma das abas, cabeçalhos e rótulos: fr, pt-BR ou en. Execute “Configurar a planilha” depois de mudar.',
  ], { enum: 'language' }),
  s('workshopDate', 'date', f.required(f.date()), ['Workshop date', "Date de l’atelier", 'Data da oficina'], [
    'Meetings count towards O5 from this date.',
    "Les réunions comptent pour O5 à partir de cette date.",
    'As reuniões contam para O5 a partir desta data.',
  ]),
  s('submissionDeadline', 'date', f.required(f.date()), ['Submission deadline', 'Date limite des contributions', 'Prazo de envio'], [
    'Proposals and pledges are due by this date (workshop date + 15 days).',
    "Propositions et contributions sont attendues avant cette date (date de l’atelier + 15 jours).",
    'Propostas e contribuições devem ser enviadas até esta data (data da oficina + 15 dias).',
  ]),
  s('calendarId', 'text', f.optional(f.text(f.LIMITS.name)), ['Calendar ID', "ID de l’agenda", 'ID da agenda'], [
    'The group’s Google Calendar; when blank, the first Sync calendar creates it and writes its ID here.',
    'L’agenda Google du groupe ; vide, la première synchronisation le crée et inscrit son ID ici.',
    'A agenda Google do grupo; em branco, a primeira sincronização a cria e escreve o ID dela aqui.',
  ]),
  s('sendInvitations', 'text', f.required(f.enumOf('yesNo')), ['Send invitations', 'Envoyer les invitations', 'Enviar convites'], [
    'yes: guests receive an email invitation when a meeting is synced.',
    'oui\u00a0: chaque personne invitée reçoit une invitation par e-mail à la synchronisation.',
    'sim: cada pessoa convidada recebe um convite por e-mail na sincronização.',
  ], { enum: 'yesNo' }),
  s('defaultDuration', 'integer', f.required(f.integerBetween(15, 600)), ['Default duration (min)', 'Durée par défaut (min)', 'Duração padrão (min)'], [
    'Proposed length of a new meeting, 15 to 600 minutes.',
    "Durée proposée pour une nouvelle réunion, de 15 à 600 minutes.",
    'Duração sugerida de uma nova reunião, de 15 a 600 minutos.',
  ]),
  s('eurToBrlRate', 'number', f.optional(f.positiveNumber()), ['EUR to BRL rate', 'Taux EUR → BRL', 'Taxa EUR → BRL'], [
    'BRL for 1 EUR, used for the converted total on the dashboard; blank: no conversion.',
    'Nombre de BRL pour 1 EUR, pour le total converti du tableau de bord\u00a0; vide\u00a0: pas de conversion.',
    'Quantos BRL valem 1 EUR, para o total convertido do painel; em branco: sem conversão.',
  ]),
  s('workingHoursStart', 'text', f.required(f.wallTime()), ['Working hours start', 'Début des heures de travail', 'Início do horário de trabalho'], [
    'HH:MM, local time in each city, for meeting suggestions.',
    'HH:MM, heure locale de chaque ville, pour les suggestions de créneaux.',
    'HH:MM, hora local de cada cidade, para as sugestões de horário.',
  ]),
  s('workingHoursEnd', 'text', f.required(f.wallTime()), ['Working hours end', 'Fin des heures de travail', 'Fim do horário de trabalho'], [
    'HH:MM, local time in each city.',
    'HH:MM, heure locale de chaque ville.',
    'HH:MM, hora local de cada cidade.',
  ]),
  s('workingDays', 'text', f.required(f.text(f.LIMITS.name)), ['Working days', 'Jours ouvrés', 'Dias úteis'], [
    'Days on which both cities may meet, e.g. Mon-Fri.',
    'Jours où les deux villes peuvent se réunir, par exemple lun-ven.',
    'Dias em que as duas cidades podem se reunir, por exemplo seg-sex.',
  ]),
  s('supportsPerMember', 'integer', f.required(f.positiveInteger()), ['Supports per member', 'Soutiens par membre', 'Apoios por membro'], [
    'How many proposals each member may support at a time.',
    'Nombre de propositions que chaque membre peut soutenir en même temps.',
    'Quantas propostas cada membro pode apoiar ao mesmo tempo.',
  ]),
  s('reminderDays', 'text', f.optional(f.dayCounts()), ['Reminder days', 'Jours de rappel', 'Dias de lembrete'], [
    'Days before the deadline on which members still owing a proposal or a contribution get an email, e.g. 5, 1; blank: none.',
    'Jours avant la date limite où les membres qui doivent encore une proposition ou une contribution reçoivent un e-mail, par exemple 5, 1\u00a0; vide\u00a0: aucun.',
    'Dias antes do prazo em que quem ainda deve uma proposta ou uma contribuição recebe um e-mail, por exemplo 5, 1; em branco: nenhum.',
  ]),
  s('privacyNoticeVersion', 'date', f.required(f.date()), ['Privacy notice version', 'Version de la notice de confidentialité', 'Versão do aviso de privacidade'], [
    'Date of the privacy notice in force; raise it when the notice changes, and members confirm it again.',
    'Date de la notice de confidentialité en vigueur\u00a0; à avancer quand la notice change\u00a0: les membres la confirment à nouveau.',
    'Data do aviso de privacidade em vigor; atualize quando o aviso mudar, e os membros o confirmam de novo.',
  ]),
];

export interface Settings {
  language: Locale;
  workshopDate: IsoDate;
  submissionDeadline: IsoDate;
  calendarId: string;
  sendInvitations: boolean;
  defaultDuration: number;
  eurToBrlRate: number | undefined;
  workingHoursStart: WallTime;
  workingHoursEnd: WallTime;
  /** As typed (e.g. `Mon-Fri`, `lun-ven`); read into days by the meeting slots. */
  workingDays: string;
  supportsPerMember: number;
  /** Days before the deadline, largest first; empty: no reminders. */
  reminderDays: number[];
  privacyNoticeVersion: IsoDate;
}

const WORKING_DAYS: Localized = { en: 'Mon-Fri', fr: 'lun-ven', 'pt-BR': 'seg-sex' };

/** What setup writes in a new workbook. */
export function defaultSettings(language: Locale, today: IsoDate): Settings {
  return {
    language,
    workshopDate: today,
    submissionDeadline: addDays(today, 15),
    calendarId: '',
    sendInvitations: true,
    defaultDuration: 90,
    eurToBrlRate: undefined,
    workingHoursStart: '09:00',
    workingHoursEnd: '18:00',
    workingDays: WORKING_DAYS[language],
    supportsPerMember: 3,
    reminderDays: [],
    privacyNoticeVersion: today,
  };
}

const byLabel = new Map<string, SettingKey>(
  SETTING_ROWS.flatMap((row) => LOCALES.map((locale) => [normalizeLabel(row.label[locale]), row.key] as const)),
);

export function settingKeyOf(label: unknown): SettingKey | undefined {
  return typeof label === 'string' ? byLabel.get(normalizeLabel(label)) : undefined;
}

/**
 * Reads the Settings values (already converted by the adapter: dates as IsoDate), falling
 * back to the defaults for anything blank or unreadable, so one typo never stops the add-on.
 * A blank deadline follows the workshop date.
 */
export function readSettings(values: Partial<Record<SettingKey, unknown>>, fallbackLanguage: Locale, today: IsoDate): Settings {
  const language = enumCodeOf('language', values.language) ?? fallbackLanguage;
  const workshopDate = isoOr(values.workshopDate, today);
  const defaults = defaultSettings(language, workshopDate);
  const rate = numberOr(values.eurToBrlRate, NaN);
  return {
    language,
    workshopDate,
    submissionDeadline: isoOr(values.submissionDeadline, defaults.submissionDeadline),
    calendarId: typeof values.calendarId === 'string' ? values.calendarId.trim() : '',
    sendInvitations: (enumCodeOf('yesNo', values.sendInvitations) ?? 'yes') === 'yes',
    defaultDuration: durationOr(values.defaultDuration, defaults.defaultDuration),
    eurToBrlRate: rate > 0 ? rate : undefined,
    workingHoursStart: timeOr(values.workingHoursStart, defaults.workingHoursStart),
    workingHoursEnd: timeOr(values.workingHoursEnd, defaults.workingHoursEnd),
    workingDays: typeof values.workingDays === 'string' && values.workingDays.trim() ? values.workingDays.trim() : defaults.workingDays,
    supportsPerMember: positiveIntegerOr(values.supportsPerMember, defaults.supportsPerMember),
    reminderDays: dayCountsOf(values.reminderDays),
    // Until setup writes one, every consent counts as current.
    privacyNoticeVersion: isoOr(values.privacyNoticeVersion, '0000-01-01'),
  };
}

function positiveIntegerOr(value: unknown, fallback: number): number {
  const n = numberOr(value, fallback);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** `5, 1` → [5, 1]; anything unreadable means no reminders rather than a wrong day. */
export function dayCountsOf(value: unknown): number[] {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  if (!f.DAY_COUNTS.test(text)) return [];
  return [...new Set(text.split(/[,;]/).map((d) => Number(d.trim())))].sort((a, b) => b - a);
}

function isoOr(value: unknown, fallback: IsoDate): IsoDate {
  return typeof value === 'string' && isIsoDate(value) ? value : fallback;
}

function timeOr(value: unknown, fallback: WallTime): WallTime {
  return typeof value === 'string' && isWallTime(value.trim()) ? value.trim() : fallback;
}

/** A meeting lasts 15 to 600 minutes (PRODUCT.md §2); a default outside that would make every blank duration wrong. */
function durationOr(value: unknown, fallback: number): number {
  const minutes = numberOr(value, fallback);
  return Number.isInteger(minutes) && minutes >= 15 && minutes <= 600 ? minutes : fallback;
}

function numberOr(value: unknown, fallback: number): number {
  const n = typeof value === 'string' ? Number(value.replace(',', '.')) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}
