import './zod';
import * as z from 'zod/mini';
import { enumCodeOf, enumCodes, type EnumCode, type EnumName } from './enums';
import { idList, MAX_OPTIONS, MIN_OPTIONS, optionsProblem, parseOptionLine } from './option-lines';
import { isIsoDate, isTimeZone, isWallTime, type IsoDate } from './time';

/**
 * Schemas for one field, shared by what a sheet cell holds (string, number, boolean, Date
 * or '') and what the sidebar sends (JSON). Builders check a present value; `required` and
 * `optional` say what blank means. Text is trimmed. Problems are zod issues that
 * `messages.ts` words in the reader's language; custom ones name their message in `params.key`.
 * No field's problem aborts the whole input (`abort: false`), so the rules between fields
 * still run and one check reports every problem.
 */

/** Any field's schema. */
export type Schema = z.ZodMiniType;

export const LIMITS = { name: 120, title: 150, text: 2000 } as const;

/** Blank cells and blank inputs mean "not given". */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const blankToUndefined = z.transform((value: unknown): unknown => {
  if (isBlank(value)) return undefined;
  return typeof value === 'string' ? value.trim() : value;
});

/** Blank (or absent) is fine: the value is then `undefined`. */
export function optional<T extends z.ZodMiniType>(inner: T) {
  return z.pipe(blankToUndefined, z.optional(inner));
}

/** An optional column's rule with blank refused: a form field that must be given (a coordinator's answer, a delivery's date). */
export function blankRefused<T extends z.ZodMiniType>(field: z.ZodMiniPipe<z.ZodMiniType, z.ZodMiniOptional<T>>) {
  return required(field.def.out.def.innerType);
}

/** Blank is refused with "This field is required". */
export function required<T extends z.ZodMiniType>(inner: T) {
  const present = z.custom<unknown>((v) => v !== undefined, { params: { key: 'required' }, abort: false });
  return z.pipe(z.pipe(blankToUndefined, present), inner);
}

const rule = <T>(test: (value: T) => boolean, key: string, params: Record<string, unknown> = {}) =>
  z.refine<T>(test, { params: { key, ...params } });

/** Text from a cell may be a number or a boolean the sheet coerced; it is still text to us. */
const asText = z.pipe(
  z.transform((v: unknown) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v)),
  z.string(),
);

/** Characters as people count them: an emoji is one, not the two UTF-16 units of `length`. */
export const characterCount = (s: string): number => [...s].length;

export const text = (max: number, min = 1) =>
  z.pipe(
    asText,
    z.string().check(
      rule((s: string) => characterCount(s) >= min, min <= 1 ? 'required' : 'tooShort', { min }),
      rule((s: string) => characterCount(s) <= max, 'tooLong', { max }),
    ),
  );

/** zod's own "practical" email rule (z.email()), kept here as a plain rule: Code.js then carries no string-format machinery for one field. */
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export const email = () => z.pipe(asText, z.pipe(z.transform((s: string) => s.toLowerCase()), z.string().check(rule((s: string) => EMAIL.test(s), 'email'))));

/** The email rule, built at its first use for the addresses the add-on sends to. */
let emailRule: Schema | undefined;
const validity = new Map<string, boolean>();

/** Whether Calendar or Mail can be given this address: the rule the Members tab is checked with. */
export function isValidEmail(address: string): boolean {
  let valid = validity.get(address);
  if (valid === undefined) {
    emailRule ??= email();
    valid = z.safeParse(emailRule, address).success;
    validity.set(address, valid);
  }
  return valid;
}

/** The assigned ISO 3166-1 alpha-2 codes: "UK" or "EU" are two letters but no country. */
export const COUNTRIES: ReadonlySet<string> = new Set(
  ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG ' +
    'CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL ' +
    'GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA ' +
    'LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP ' +
    'NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
    'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW').split(' '),
);

/** ISO 3166-1 alpha-2, as people type it ("br" is BR). */
export const country = () =>
  z.pipe(
    z.pipe(asText, z.transform((s: string) => s.toUpperCase())),
    z.string().check(rule((v: string) => COUNTRIES.has(v), 'country')),
  );

/** A label in any supported language, read as its code. */
export const enumOf = <E extends EnumName>(name: E) =>
  z.pipe(
    z.transform((v: unknown) => enumCodeOf(name, v) ?? v),
    z.custom<EnumCode<E>>((v) => typeof v === 'string' && (enumCodes(name) as string[]).includes(v), {
      params: { key: 'notInList', list: name },
      abort: false,
    }),
  );

/** `YYYY-MM-DD`: the sidebar's dates, and date cells once the sheets adapter has read them. */
export const date = () => z.custom<IsoDate>((v) => typeof v === 'string' && isIsoDate(v), { params: { key: 'date' }, abort: false });

export const wallTime = () => z.pipe(asText, z.string().check(rule((v: string) => isWallTime(v), 'time')));

export const timeZone = () => z.pipe(asText, z.string().check(rule((v: string) => isTimeZone(v), 'timeZone')));

/** Numbers typed as text (the sidebar, a plain-text cell) are read with either decimal mark. */
const asNumber = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' && /^-?\d+([.,]\d+)?$/.test(v) ? Number(v.replace(',', '.')) : v)),
  z.number(),
);

export const positiveNumber = () => z.pipe(asNumber, z.number().check(rule((v: number) => v > 0, 'positive')));

/** Zero or more: what has been delivered so far of a pledge. */
export const nonNegativeNumber = () => z.pipe(asNumber, z.number().check(rule((v: number) => v >= 0, 'notNegative')));

export const integerBetween = (min: number, max: number) =>
  z.pipe(
    asNumber,
    z.number().check(rule((v: number) => Number.isInteger(v), 'integer'), rule((v: number) => v >= min && v <= max, 'between', { min, max })),
  );

/** A meeting lasts 15 to 600 minutes (PRODUCT.md §2): the one place that says so. */
export const DURATION = { min: 15, max: 600 } as const;

export const isDuration = (minutes: unknown): minutes is number =>
  typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= DURATION.min && minutes <= DURATION.max;

/** A meeting's duration in minutes, typed or a number. */
export const duration = () => integerBetween(DURATION.min, DURATION.max);

export const positiveInteger = () =>
  z.pipe(asNumber, z.number().check(rule((v: number) => Number.isInteger(v) && v > 0, 'positiveInteger')));

/** A fraction 0..1, as Sheets stores a percentage. */
export const fraction = () => z.pipe(asNumber, z.number().check(rule((v: number) => v >= 0 && v <= 1, 'percent')));

/** A generated ID such as MEM-001; references use the same shape. */
export const idOf = (prefix: string) => {
  const pattern = new RegExp(`^${prefix}-\\d{3,}$`);
  return z.pipe(asText, z.string().check(rule((v: string) => pattern.test(v), 'id', { prefix })));
};

/** Days before a date, as `5, 1` (Settings › Reminder days). */
export const DAY_COUNTS = /^\s*\d{1,3}(\s*[,;]\s*\d{1,3})*\s*$/;
export const dayCounts = () => z.pipe(asText, z.string().check(rule((v: string) => DAY_COUNTS.test(v), 'dayCounts')));

/** Objective IDs are the workshop's O1–O5 and any a coordinator adds (O6, …). */
export const objectiveId = () => z.pipe(asText, z.string().check(rule((v: string) => /^O\d+$/.test(v), 'id', { prefix: 'O' })));

/** Written by the add-on (Submitted, Synced, Log, computed times): never checked against people. */
export const written = () => z.optional(z.unknown());

/** A poll's Options cell: 2–12 distinct lines `YYYY-MM-DD HH:MM` (option-lines.ts). */
export const pollOptions = () =>
  z.pipe(
    asText,
    z.string().check(
      z.superRefine((cell: string, ctx) => {
        const problem = optionsProblem(cell);
        if (problem) ctx.issues.push({ code: 'custom', input: cell, params: { ...problem, min: MIN_OPTIONS, max: MAX_OPTIONS } });
      }),
    ),
  );

/** One option line, as Poll answers and Chosen name it. */
export const optionStart = () => z.pipe(asText, z.string().check(rule((v: string) => parseOptionLine(v) !== undefined, 'optionStart')));

/** IDs of one table separated by commas (Meetings › Discussed proposals). */
export const idListOf = (prefix: string) => {
  const pattern = new RegExp(`^${prefix}-\\d{3,}$`);
  return z.pipe(asText, z.string().check(rule((v: string) => idList(v).every((id) => pattern.test(id)), 'idList', { prefix })));
};

/** A count of people, 0 included. */
export const count = () => z.pipe(asNumber, z.number().check(rule((v: number) => Number.isInteger(v) && v >= 0, 'count')));
