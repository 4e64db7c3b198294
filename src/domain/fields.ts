import './zod';
import * as z from 'zod/mini';
import { enumCodeOf, enumCodes, type EnumCode, type EnumName } from './enums';
import { isIsoDate, isTimeZone, isWallTime, type IsoDate } from './time';

/**
 * Schemas for one field, shared by what a sheet cell holds (string, number, boolean, Date
 * or '') and what the sidebar sends (JSON). Each reads blank as `undefined`, trims text,
 * and reports problems as zod issues that `messages.ts` words in the reader's language.
 * Custom refinements name their message with `params.key`.
 */

export const LIMITS = { name: 120, title: 150, text: 2000 } as const;

/** Blank cells and blank inputs mean "not given". */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const blankToUndefined = (value: unknown): unknown => {
  if (isBlank(value)) return undefined;
  return typeof value === 'string' ? value.trim() : value;
};

function optionalField<T extends z.ZodMiniType>(inner: T) {
  return z.pipe(z.transform(blankToUndefined), z.optional(inner));
}

function requiredField<T extends z.ZodMiniType>(inner: T) {
  const present = z.custom<unknown>((v) => v !== undefined, { params: { key: 'required' } });
  return z.pipe(z.pipe(z.transform(blankToUndefined), present), inner);
}

/** Text from a cell may be a number or a boolean the sheet coerced; it is still text to us. */
const asText = z.pipe(
  z.transform((v: unknown) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v)),
  z.string(),
);

export function text(options: { max: number; min?: number; required?: boolean }) {
  const inner = z.pipe(asText, z.string().check(z.minLength(options.min ?? 1), z.maxLength(options.max)));
  return options.required ? requiredField(inner) : optionalField(inner);
}

export const email = (required = true) => {
  const inner = z.pipe(asText, z.pipe(z.transform((s: string) => s.toLowerCase()), z.email()));
  return required ? requiredField(inner) : optionalField(inner);
};

/** ISO 3166-1 alpha-2, as people type it ("br" is BR). */
export const country = requiredField(
  z.pipe(
    z.pipe(asText, z.transform((s: string) => s.toUpperCase())),
    z.string().check(z.refine((v) => /^[A-Z]{2}$/.test(v), { params: { key: 'country' } })),
  ),
);

export function enumField<E extends EnumName>(name: E, required = true) {
  const inner = z.pipe(
    z.transform((v: unknown) => enumCodeOf(name, v) ?? v),
    z.custom<EnumCode<E>>((v) => typeof v === 'string' && (enumCodes(name) as string[]).includes(v), {
      params: { key: 'notInList', list: name },
    }),
  );
  return required ? requiredField(inner) : optionalField(inner);
}

/** A date cell (a Date), a typed `YYYY-MM-DD`, or the sidebar's `YYYY-MM-DD`. Dates from cells are converted by the adapter. */
export function date(required = true) {
  const inner = z.custom<IsoDate>((v) => typeof v === 'string' && isIsoDate(v), { params: { key: 'date' } });
  return required ? requiredField(inner) : optionalField(inner);
}

export function wallTime(required = true) {
  const inner = z.pipe(
    asText,
    z.string().check(z.refine((v) => isWallTime(v), { params: { key: 'time' } })),
  );
  return required ? requiredField(inner) : optionalField(inner);
}

export function timeZone(required = true) {
  const inner = z.pipe(asText, z.string().check(z.refine((v) => isTimeZone(v), { params: { key: 'timeZone' } })));
  return required ? requiredField(inner) : optionalField(inner);
}

/** Numbers typed as text (the sidebar, a plain-text cell) are read with either decimal mark. */
const asNumber = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' && /^-?\d+([.,]\d+)?$/.test(v) ? Number(v.replace(',', '.')) : v)),
  z.number(),
);

export function positiveNumber(required = true) {
  const inner = z.pipe(asNumber, z.number().check(z.refine((v) => v > 0, { params: { key: 'positive' } })));
  return required ? requiredField(inner) : optionalField(inner);
}

export function integerBetween(min: number, max: number, required = true) {
  const inner = z.pipe(
    asNumber,
    z.number().check(
      z.refine((v) => Number.isInteger(v), { params: { key: 'integer' } }),
      z.refine((v) => v >= min && v <= max, { params: { key: 'between', min, max } }),
    ),
  );
  return required ? requiredField(inner) : optionalField(inner);
}

export function positiveInteger(required = true) {
  const inner = z.pipe(
    asNumber,
    z.number().check(z.refine((v) => Number.isInteger(v) && v > 0, { params: { key: 'positiveInteger' } })),
  );
  return required ? requiredField(inner) : optionalField(inner);
}

/** A fraction 0..1, as Sheets stores a percentage. */
export const fraction = optionalField(
  z.pipe(asNumber, z.number().check(z.refine((v) => v >= 0 && v <= 1, { params: { key: 'percent' } }))),
);

/** A generated ID such as MEM-001; references use the same shape. */
export function idOf(prefix: string, required = true) {
  const pattern = new RegExp(`^${prefix}-\\d{3,}$`);
  const inner = z.pipe(asText, z.string().check(z.refine((v) => pattern.test(v), { params: { key: 'id', prefix } })));
  return required ? requiredField(inner) : optionalField(inner);
}

/** Objective IDs are the workshop's O1–O5 and any a coordinator adds (O6, …). */
export function objectiveId(required = true) {
  const inner = z.pipe(asText, z.string().check(z.refine((v) => /^O\d+$/.test(v), { params: { key: 'id', prefix: 'O' } })));
  return required ? requiredField(inner) : optionalField(inner);
}

/** An instant written by the add-on (Submitted, Synced, Log timestamps): never validated against users. */
export const instant = z.optional(z.unknown());

