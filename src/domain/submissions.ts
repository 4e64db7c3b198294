import './zod';
import * as z from 'zod/mini';
import * as f from './fields';
import { noWithdrawnPledge, resourceRequirements } from './requirements';
import { enumCodeOf } from './enums';
import type { MessageKey } from './languages/types';
import type { Wording } from './i18n/wording';
import { amountOf, amountProblemMessage, currencyOr } from './money';
import { isIsoDate, type IsoDate } from './time';
import { check, type Checked, type FieldError } from './validate';

/**
 * What the sidebar sends for each submission (PRODUCT.md §4), checked the same way in the
 * sidebar, for instant feedback, and on the server, which never trusts the client. Keys are
 * the English column names in camelCase; each error names the field it belongs to. Who
 * submits is never part of the input: the server takes it from the session.
 */

const longText = () => f.optional(f.text(f.LIMITS.text));

export const memberInput = z.object({
  name: f.required(f.text(f.LIMITS.name)),
  organization: longText(),
  city: f.required(f.text(f.LIMITS.text)),
  country: f.required(f.country()),
  hub: f.required(f.enumOf('hub')),
  // Issue 12: the privacy notice accepted (required, a box left unticked by default), emails opt-in.
  consent: z.custom<true>((v) => v === true || v === 'true', { params: { key: 'consentRequired' } }),
  emails: z.pipe(z.transform((v: unknown) => v === true || v === 'true'), z.boolean()),
  language: f.optional(f.enumOf('language')),
});

export const proposalInput = z.object({
  title: f.required(f.text(f.LIMITS.title, 3)),
  description: longText(),
  objectiveId: f.required(f.objectiveId()),
  resourcesNeeded: longText(),
});

export const resourceInput = z
  .object({
    kind: f.required(f.enumOf('resourceKind')),
    category: f.required(f.enumOf('category')),
    description: longText(),
    amount: f.optional(f.positiveNumber()),
    currency: f.optional(f.enumOf('currency')),
    quantity: f.optional(f.positiveNumber()),
    unit: f.optional(f.text(f.LIMITS.name)),
    availability: f.required(f.enumOf('availability')),
    availableFrom: f.optional(f.date()),
    proposalId: f.optional(f.idOf('PRO')),
  })
  .check(...resourceRequirements, noWithdrawnPledge);

/** Duration, zone and audience may be left blank: the server fills in Settings' duration, the coordinator's hub zone and `all`. */
export const meetingInput = z.object({
  title: f.required(f.text(f.LIMITS.title)),
  date: f.required(f.date()),
  startTime: f.required(f.wallTime()),
  durationMinutes: f.optional(f.duration()),
  timeZone: f.optional(f.timeZone()),
  location: longText(),
  audience: f.optional(f.enumOf('audience')),
  agenda: longText(),
  /** The coordinator saw both local times and wants this start although it falls outside working time. */
  confirmOutsideHours: f.optional(z.pipe(z.transform((v: unknown) => v === true || v === 'true'), z.boolean())),
});

export type MemberInput = z.output<typeof memberInput>;
export type ProposalInput = z.output<typeof proposalInput>;
export type ResourceInput = z.output<typeof resourceInput>;
export type MeetingInput = z.output<typeof meetingInput>;

/** What each submission's sidebar form sends: every field as text, as typed. */
export type FormInput<T> = { [K in keyof T]?: string | number | boolean | null };

export const SUBMISSIONS = {
  member: memberInput,
  proposal: proposalInput,
  resource: resourceInput,
  meeting: meetingInput,
} as const;

export type SubmissionKind = keyof typeof SUBMISSIONS;

type Raw = Readonly<Record<string, unknown>>;

/** Each submission's dates that must be today or later, when the input makes them apply. */
const FROM_TODAY: Readonly<Record<SubmissionKind, (input: Raw) => readonly string[]>> = {
  member: () => [],
  proposal: () => [],
  resource: (input) => (enumCodeOf('availability', input['availability']) === 'planned' ? ['availableFrom'] : []),
  meeting: () => ['date'],
};

/**
 * The pledge's amount as its writer's language writes money (PRODUCT.md §5), read into a
 * number for the schema, or the amount's own problem. Without a valid currency, the
 * currency field says so, and the amount is read for its number alone.
 */
function readPledgeAmount(input: Raw, wording: Wording): { input: Raw; error?: FieldError } {
  const typed = input['amount'];
  if (typed === undefined || typed === null || (typeof typed === 'string' && typed.trim() === '')) return { input };
  const chosen = enumCodeOf('currency', input['currency']);
  const currency = currencyOr(chosen, wording.locale);
  const reading = amountOf(typed, wording.locale, currency);
  if (reading.ok) return { input: { ...input, amount: reading.amount } };
  if (reading.kind === 'other-currency' && chosen === undefined) return { input: { ...input, amount: undefined } };
  const { key, params } = amountProblemMessage(reading, wording.locale, currency);
  return { input: { ...input, amount: undefined }, error: { field: 'amount', message: wording.t(`field.${key}` as MessageKey, params) } };
}

/**
 * Checks a submission the way both the sidebar and the server do, with every problem at
 * once: the schema's, the amount's and the dates before `today`. Checks against other
 * tabs come on top, on the server (src/server/submissions.ts).
 */
export function checkSubmission<K extends SubmissionKind>(kind: K, input: unknown, wording: Wording, today: IsoDate): Checked<z.output<(typeof SUBMISSIONS)[K]>> {
  const raw: Raw = typeof input === 'object' && input !== null ? (input as Raw) : {};
  const amount = kind === 'resource' ? readPledgeAmount(raw, wording) : { input: raw };
  const own: FieldError[] = amount.error ? [amount.error] : [];
  for (const field of FROM_TODAY[kind](raw)) {
    const value = raw[field];
    if (typeof value === 'string' && isIsoDate(value.trim()) && value.trim() < today) own.push({ field, message: wording.t('field.notPast') });
  }
  const checked = check(SUBMISSIONS[kind], amount.input, wording) as Checked<z.output<(typeof SUBMISSIONS)[K]>>;
  if (own.length === 0) return checked;
  return { ok: false, errors: mergeErrors(own, checked.ok ? [] : checked.errors) };
}

/** One message per field, the first found kept, in the order they came. */
export function mergeErrors(...lists: readonly (readonly FieldError[])[]): FieldError[] {
  const merged: FieldError[] = [];
  for (const error of lists.flat()) if (!merged.some((e) => e.field === error.field)) merged.push(error);
  return merged;
}
