import type * as z from 'zod/mini';
import { UserError } from '../domain/errors';
import { wordingFor, type MessageKey } from '../domain/i18n';
import { recordsOf, type Member } from '../domain/records';
import { MEMBERS } from '../domain/tables';
import { check, type Checked } from '../domain/validate';
import type { Call } from './call';
import { serve, type Result } from './respond';
import type { GoogleServices } from './services';
import { isCoordinator, memberByEmail, readTab } from './workbook-data';

/**
 * A function the sidebar calls (PRODUCT.md §4), made by endpoint(): its input's schema, and
 * the function Apps Script runs. src/main.ts types each global's input with Input<typeof …>:
 * the schema's input (`I`), or for an edit the form's fields as typed beside it.
 */
export interface Endpoint<S extends z.ZodMiniType, R extends object, I = SchemaInput<S>> {
  (google: GoogleServices, input: unknown): Result<R>;
  readonly schema: S;
  /** Type-only: what the sidebar sends. */
  readonly sent?: I;
}

/** The input as sent, for the checks that need it beside the schema's (a form's fields, the sheet's problems reported with the input's). */
export type Sent = Readonly<Record<string, unknown>>;

/**
 * One endpoint whose input's problems are reported together with those found in the sheet:
 * the call is opened and guarded (serve: any failure becomes a translated refusal, never a
 * stack trace), the input is checked against `schema` before any tab is read, every problem
 * worded in the caller's language; then `handler` runs with the check's outcome.
 */
export function checkedEndpoint<S extends z.ZodMiniType, R extends object, I = SchemaInput<S>>(
  schema: S,
  handler: (call: Call, checked: Checked<z.output<S>>, sent: Sent) => Result<R>,
): Endpoint<S, R, I> {
  const run = (google: GoogleServices, input: unknown): Result<R> =>
    serve(google, (call) => {
      const sent: Sent = typeof input === 'object' && input !== null ? (input as Sent) : {};
      return handler(call, check(schema, input ?? {}, wordingFor(call.caller.locale)), sent);
    });
  return Object.assign(run, { schema });
}

/** One endpoint (checkedEndpoint) whose input is refused at once with its problems; `handler` runs with the checked input. */
export function endpoint<S extends z.ZodMiniType, R extends object, I = SchemaInput<S>>(
  schema: S,
  handler: (call: Call, input: z.output<S>, sent: Sent) => Result<R>,
): Endpoint<S, R, I> {
  return checkedEndpoint<S, R, I>(schema, (call, checked, sent) => (checked.ok ? handler(call, checked.value, sent) : checked));
}

/** A field as JSON carries it from the sidebar: its value, or for a number the text typed; null or absent when optional. */
type SentField<V> = V extends number ? number | string : V;

/** What the sidebar may send for a schema: its fields (google.script.run refuses a Date, so none is one). */
export type SchemaInput<S extends z.ZodMiniType> = { readonly [K in keyof z.output<S>]?: SentField<Exclude<z.output<S>[K], undefined>> | null };

/** What the sidebar may send an endpoint. */
export type Input<E> = E extends { readonly sent?: infer I } ? Exclude<I, undefined> : never;

/**
 * Who is calling, the one guard of every endpoint that needs to know: a signed-in person, an
 * active member (`member`), or an active coordinator (`coordinator`, refused with `refusal`,
 * the area's own sentence). Someone unknown is asked to register; an inactive member is told so.
 */
export function caller(call: Call, members: readonly Member[], who: 'member'): Member;
export function caller(call: Call, members: readonly Member[], who: 'coordinator', refusal: MessageKey): Member;
export function caller(call: Call, members: readonly Member[], who: 'member' | 'coordinator', refusal?: MessageKey): Member {
  if (!call.caller.email) throw new UserError('error.signIn');
  const me = memberByEmail(members, call.caller.email);
  if (who === 'coordinator') {
    if (!isCoordinator(me)) throw new UserError(refusal ?? 'submit.coordinatorsOnly');
    return me;
  }
  if (!me) throw new UserError('submit.registerFirst');
  if (!me.active) throw new UserError('submit.inactive', { id: me.id });
  return me;
}

/** Refuses a caller with no Google account in the session, before anything is read. */
export function signedIn(call: Call): void {
  if (!call.caller.email) throw new UserError('error.signIn');
}

/** The Members rows, after checking that the caller is an active coordinator. */
export function coordinatorMembers(call: Call, refusal: MessageKey): Member[] {
  signedIn(call);
  const members = recordsOf('members', readTab(call, MEMBERS));
  caller(call, members, 'coordinator', refusal);
  return members;
}
