import './zod';
import * as z from 'zod/mini';
import { enumCodeOf } from './enums';
import * as f from './fields';
import type { IsoDate } from './time';

/**
 * What the sidebar sends for each submission (PRODUCT.md §4), checked the same way in the
 * sidebar, for instant feedback, and on the server, which never trusts the client. Keys are
 * the English column names in camelCase; each error names the field it belongs to. Who
 * submits is never part of the input: the server takes it from the session.
 */

const longText = () => f.text({ max: f.LIMITS.text });

export const memberInput = z.object({
  name: f.text({ max: f.LIMITS.name, required: true }),
  organization: longText(),
  city: f.text({ max: f.LIMITS.name, required: true }),
  country: f.country,
  hub: f.enumField('hub'),
});

export const proposalInput = z.object({
  title: f.text({ min: 3, max: f.LIMITS.title, required: true }),
  description: longText(),
  objectiveId: f.objectiveId(),
  resourcesNeeded: longText(),
});

/** A required-when rule: the issue lands on the field a person has to fill in. */
function requireWhen<T extends Record<string, unknown>>(condition: (value: T) => boolean, field: keyof T & string) {
  return z.superRefine<T>((value, ctx) => {
    if (condition(value) && value[field] === undefined) {
      ctx.addIssue({ code: 'custom', path: [field], params: { key: 'required' }, input: value[field] });
    }
  });
}

export const resourceInput = z
  .object({
    kind: f.enumField('resourceKind'),
    category: f.enumField('category'),
    description: longText(),
    amount: f.positiveNumber(false),
    currency: f.enumField('currency', false),
    quantity: f.positiveNumber(false),
    unit: f.text({ max: f.LIMITS.name }),
    availability: f.enumField('availability'),
    availableFrom: f.date(false),
    proposalId: f.idOf('PRO', false),
  })
  .check(
    requireWhen((r) => r.kind === 'financial', 'amount'),
    requireWhen((r) => r.kind === 'financial', 'currency'),
    requireWhen((r) => r.kind === 'in-kind', 'description'),
    requireWhen((r) => r.quantity !== undefined, 'unit'),
    requireWhen((r) => r.availability === 'planned', 'availableFrom'),
  );

export const meetingInput = z.object({
  title: f.text({ max: f.LIMITS.title, required: true }),
  date: f.date(),
  startTime: f.wallTime(),
  durationMinutes: f.integerBetween(15, 600),
  timeZone: f.timeZone(),
  location: longText(),
  audience: f.enumField('audience'),
  agenda: longText(),
});

export type MemberInput = z.output<typeof memberInput>;
export type ProposalInput = z.output<typeof proposalInput>;
export type ResourceInput = z.output<typeof resourceInput>;
export type MeetingInput = z.output<typeof meetingInput>;

/** What each submission's sidebar form sends: every field as text, as typed. */
export type FormInput<T> = { [K in keyof T]?: string | number | null };

export const SUBMISSIONS = {
  member: memberInput,
  proposal: proposalInput,
  resource: resourceInput,
  meeting: meetingInput,
} as const;

export type SubmissionKind = keyof typeof SUBMISSIONS;

/** The hub a city's member most likely belongs to, for the registration form's default. */
export function hubOfCountry(country: string): 'Recife' | 'Nantes' {
  return country.trim().toUpperCase() === 'BR' ? 'Recife' : 'Nantes';
}

export { enumCodeOf };
export type { IsoDate };
