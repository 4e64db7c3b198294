import './zod';
import * as z from 'zod/mini';
import * as f from './fields';
import { resourceRequirements } from './requirements';

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
  .check(...resourceRequirements);

/** Duration, zone and audience may be left blank: the server fills in Settings' duration, the coordinator's hub zone and `all`. */
export const meetingInput = z.object({
  title: f.required(f.text(f.LIMITS.title)),
  date: f.required(f.date()),
  startTime: f.required(f.wallTime()),
  durationMinutes: f.optional(f.integerBetween(15, 600)),
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
export type FormInput<T> = { [K in keyof T]?: string | number | null };

export const SUBMISSIONS = {
  member: memberInput,
  proposal: proposalInput,
  resource: resourceInput,
  meeting: meetingInput,
} as const;

export type SubmissionKind = keyof typeof SUBMISSIONS;
