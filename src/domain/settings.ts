import { enumCodeOf } from './enums';
import * as f from './fields';
import { LANGUAGE, localized, normalizeLabel, LOCALES, type Locale, type Localized } from './locale';
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

/** A Settings row; its name in each language comes from that language's folder (src/domain/languages/<language>/sheet.ts). */
const s = (key: SettingKey, kind: CellKind, schema: f.Schema, extra: Partial<SettingRow> = {}): SettingRow => ({
  key,
  kind,
  schema,
  label: localized((language) => language.sheet.settings[key]),
  ...extra,
});

export const SETTING_ROWS: readonly SettingRow[] = [
  s('language', 'text', f.required(f.enumOf('language')), { enum: 'language' }),
  s('workshopDate', 'date', f.required(f.date())),
  s('submissionDeadline', 'date', f.required(f.date())),
  s('calendarId', 'text', f.optional(f.text(f.LIMITS.name))),
  s('sendInvitations', 'text', f.required(f.enumOf('yesNo')), { enum: 'yesNo' }),
  s('defaultDuration', 'integer', f.required(f.duration())),
  s('eurToBrlRate', 'number', f.optional(f.positiveNumber())),
  s('workingHoursStart', 'text', f.required(f.wallTime())),
  s('workingHoursEnd', 'text', f.required(f.wallTime())),
  s('workingDays', 'text', f.required(f.text(f.LIMITS.name))),
  s('supportsPerMember', 'integer', f.required(f.positiveInteger())),
  s('reminderDays', 'text', f.optional(f.dayCounts())),
  s('privacyNoticeVersion', 'date', f.required(f.date())),
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
  /** As typed (e.g. `Mon-Fri`, `lun.–ven.`); read into days by the meeting slots. */
  workingDays: string;
  supportsPerMember: number;
  /** Days before the deadline, largest first; empty: no reminders. */
  reminderDays: number[];
  privacyNoticeVersion: IsoDate;
}

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
    workingDays: LANGUAGE[language].sheet.workingDays,
    supportsPerMember: 3,
    reminderDays: [],
    privacyNoticeVersion: today,
  };
}

const byLabel = new Map<string, SettingKey>([
  ...SETTING_ROWS.flatMap((row) => LOCALES.map((locale) => [normalizeLabel(row.label[locale]), row.key] as const)),
  // A label an earlier version wrote (fr, before issue 22), still read.
  [normalizeLabel('Date limite des contributions'), 'submissionDeadline'],
]);

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

/** A default outside a meeting's duration (fields.ts DURATION) would make every blank duration wrong. */
function durationOr(value: unknown, fallback: number): number {
  const minutes = numberOr(value, fallback);
  return f.isDuration(minutes) ? minutes : fallback;
}

function numberOr(value: unknown, fallback: number): number {
  const n = typeof value === 'string' ? Number(value.replace(',', '.')) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}
