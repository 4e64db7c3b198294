import type { FieldError } from '../contract/result';
import { t } from './i18n';

/** How the server says no: a Result's refusal, with its errors by field. */
type Refusal = { readonly ok: false; readonly errors: readonly FieldError[] };

/** Messages that wrap a failed call's own message (`{message}`). */
type FailureKey = 'sidebar.error' | 'sidebar.form.failed' | 'calendar.sidebar.failed';

export interface ActionOptions<R extends object> {
  /** Disabled while the call runs, so a second click sends nothing. */
  readonly button: HTMLButtonElement;
  /** The button's label while busy; it keeps its own label otherwise. */
  readonly busyLabel?: string;
  /** Marked aria-busy while the call runs: the part the answer will change. */
  readonly region?: HTMLElement;
  /** Where the action speaks: `info` when it starts (an empty text clears), `error` on a refusal or a failure. */
  readonly say: (text: string, tone: 'info' | 'error') => void;
  /** Said when the call starts; nothing by default, which clears the last message. */
  readonly busyText?: string;
  /** Words a call that failed outright (Apps Script's own error, a lost connection); `sidebar.error` by default. */
  readonly failure?: FailureKey;
  /** The server call (or calls): its answer, or a refusal. */
  readonly call: () => Promise<R>;
  /** Shows an accepted answer; runs once the button is back, and may go on (a state reload). */
  readonly done: (answer: Exclude<R, Refusal>) => void | Promise<void>;
  /** Shows a refusal; by default its messages are said as one error. */
  readonly refused?: (errors: readonly FieldError[]) => void;
}

const isRefusal = (answer: object): answer is Refusal => 'errors' in answer && (answer as { ok?: unknown }).ok === false;

/** The error's own sentence: its first line, so a stack trace appended to it never shows. */
const sentenceOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * Every sidebar button that calls the server goes through here: the button is disabled (with
 * a busy label) while the call runs and restored as soon as the answer arrives, before what
 * the answer leads to; a refusal or a failure is said in the reader's language, never as a
 * stack trace; and the focus, which a disabled button drops, comes back to the button.
 * Returns what a click (or a form's submit) runs; it does nothing while a call is running.
 */
export function action<R extends object>(options: ActionOptions<R>): () => Promise<void> {
  const { button } = options;
  const label = button.textContent ?? '';
  const setBusy = (busy: boolean): void => {
    button.disabled = busy;
    if (options.busyLabel) button.textContent = busy ? options.busyLabel : label;
    options.region?.setAttribute('aria-busy', String(busy));
  };

  return async () => {
    if (button.disabled) return;
    setBusy(true);
    options.say(options.busyText ?? '', 'info');
    let answer: R;
    try {
      answer = await options.call();
    } catch (error) {
      restore();
      options.say(t(options.failure ?? 'sidebar.error', { message: sentenceOf(error) }), 'error');
      return;
    }
    restore();
    if (isRefusal(answer)) {
      if (options.refused) options.refused(answer.errors);
      else options.say(answer.errors.map((e) => e.message).join(' '), 'error');
      return;
    }
    await options.done(answer as Exclude<R, Refusal>);
  };

  function restore(): void {
    setBusy(false);
    // Disabling the focused button dropped the focus to the page; give it back.
    if (document.activeElement === document.body && button.isConnected) button.focus();
  }
}
