import type { FieldError } from '../contract/result';
import { t } from './i18n';

/** How the server says no: a Result's refusal, with its errors by field. */
export type Refusal = { readonly ok: false; readonly errors: readonly FieldError[] };

/** A server answer once it is known not to be a refusal. */
export type Accepted<R> = Exclude<R, Refusal>;

/** Messages that wrap a failed call's own message (`{message}`). */
export type FailureKey = 'sidebar.error' | 'sidebar.form.failed' | 'calendar.sidebar.failed';

/**
 * What came of a server call: its accepted answer; or a refusal (`failed` false) with its
 * errors; or a call that failed outright (`failed`: Apps Script's own error, a lost
 * connection), whose one error is its own sentence.
 */
export type Outcome<R> =
  | { readonly ok: true; readonly answer: Accepted<R> }
  | { readonly ok: false; readonly failed: boolean; readonly errors: readonly FieldError[] };

const isRefusal = (answer: object): answer is Refusal => 'errors' in answer && (answer as { ok?: unknown }).ok === false;

/** The error's own sentence: its first line, so a stack trace appended to it never shows. */
const sentenceOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** Every server call the sidebar makes, its data reads and its buttons, is settled here. */
export async function settle<R extends object>(call: () => Promise<R>): Promise<Outcome<R>> {
  try {
    const answer = await call();
    return isRefusal(answer) ? { ok: false, failed: false, errors: answer.errors } : { ok: true, answer: answer as Accepted<R> };
  } catch (error) {
    return { ok: false, failed: true, errors: [{ field: 'form', message: sentenceOf(error) }] };
  }
}

/** The errors' messages as one text: a refusal's sentences, each the server's own wording. */
export const messages = (errors: readonly FieldError[]): string => errors.map((e) => e.message).join(' ');

/** What the reader is told when a call did not go through: a refusal as the server words it, a failure wrapped in `failure`. */
export function whatWentWrong(outcome: { readonly failed: boolean; readonly errors: readonly FieldError[] }, failure: FailureKey = 'sidebar.error'): string {
  return outcome.failed ? t(failure, { message: messages(outcome.errors) }) : messages(outcome.errors);
}
