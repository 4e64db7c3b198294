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
  readonly kind: CellKind;
  /** The rule for its value, as validation checks it. */
  readonly schema: f.Schema;
  readonly enum?: 'language' | 'yesNo';
}

const s = (key: SettingKey, kind: CellKind, schema: f.Schema, label: [string, string, string], extra: Partial<SettingRow> = {}): SettingRow => ({
  key,
  kind,
  schema,
  label: { en: label[0], fr: label[1], 'pt-BR': label[2] },
  ...extra,
});

export const SETTING_ROWS: readonly SettingRow[] = [
  s('language', 'text', f.required(f.enumOf('language')), ['Language', 'Langue', 'Idioma'], { enum: 'language' }),
  s('workshopDate', 'date', f.required(f.date()), ['Workshop date', "Date de l’atelier", 'Data da oficina']),
  s('submissionDeadline', 'date', f.required(f.date()), ['Submission deadline', 'Date limite d’envoi', 'Prazo de envio']),
  s('calendarId', 'text', f.optional(f.text(f.LIMITS.name)), ['Calendar ID', "ID de l’agenda", 'ID da agenda']),
  s('sendInvitations', 'text', f.required(f.enumOf('yesNo')), ['Send invitations', 'Envoyer les invitations', 'Enviar convites'], { enum: 'yesNo' }),
  s('defaultDuration', 'integer', f.required(f.integerBetween(15, 600)), ['Default duration (min)', 'Durée par défaut (min)', 'Duração padrão (min)']),
  s('eurToBrlRate', 'number', f.optional(f.positiveNumber()), ['EUR to BRL rate', 'Taux EUR → BRL', 'Taxa EUR → BRL']),
  s('workingHoursStart', 'text', f.required(f.wallTime()), ['Working hours start', 'Début des heures de travail', 'Início do horário de trabalho']),
  s('workingHoursEnd', 'text', f.required(f.wallTime()), ['Working hours end', 'Fin des heures de travail', 'Fim do horário de trabalho']),
  s('workingDays', 'text', f.required(f.text(f.LIMITS.name)), ['Working days', 'Jours ouvrés', 'Dias úteis']),
  s('supportsPerMember', 'integer', f.required(f.positiveInteger()), ['Supports per member', 'Soutiens par membre', 'Apoios por membro']),
  s('reminderDays', 'text', f.optional(f.dayCounts()), ['Reminder days', 'Jours de rappel', 'Dias de lembrete']),
  s('privacyNoticeVersion', 'date', f.required(f.date()), ['Privacy notice version', 'Version de la notice de confidentialité', 'Versão do aviso de privacidade']),
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

const WORKING_DAYS: Localized = { en: 'Mon-Fri', fr: 'lun.–ven.', 'pt-BR': 'seg-sex' };

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
  [
    ...SETTING_ROWS.flatMap((row) => LOCALES.map((locale) => [normalizeLabel(row.label[locale]), row.key] as const)),
    // Labels earlier versions wrote, still read.
    [normalizeLabel('Date limite des contributions'), 'submissionDeadline'],
  ],
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
