import type { FieldError } from '../contract/result';
import type { Field } from './dom';
import { messages, settle, whatWentWrong, type Accepted, type FailureKey } from './result';

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
  readonly done: (answer: Accepted<R>) => void | Promise<void>;
  /** Shows a refusal; by default its messages are said as one error. */
  readonly refused?: (errors: readonly FieldError[]) => void;
}

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
    const outcome = await settle(options.call);
    restore();
    if (outcome.ok) await options.done(outcome.answer);
    else if (!outcome.failed && options.refused) options.refused(outcome.errors);
    else options.say(whatWentWrong(outcome, options.failure), 'error');
  };

  function restore(): void {
    setBusy(false);
    // Disabling the focused button dropped the focus to the page; give it back.
    if (document.activeElement === document.body && button.isConnected) button.focus();
  }
}

export interface FormActionOptions<R extends object> extends Omit<ActionOptions<R>, 'refused'> {
  readonly form: HTMLFormElement;
  /** The fields by the names the server's errors give them: each shows its own error. */
  readonly fields: Readonly<Record<string, Field>>;
  /** Shows the errors that name no field (empty when the form is sent again); said as one error by default. */
  readonly elsewhere?: (errors: readonly FieldError[]) => void;
}

/**
 * A form whose submit is an action: sending it again clears the errors it showed; a refusal
 * puts each error under its field, and what names no field `elsewhere`.
 */
export function formAction<R extends object>(options: FormActionOptions<R>): void {
  const elsewhere = options.elsewhere ?? ((errors) => errors.length > 0 && options.say(messages(errors), 'error'));
  const named = new Set(Object.keys(options.fields));
  const show = (errors: readonly FieldError[]): void => {
    for (const [name, f] of Object.entries(options.fields)) f.showError(errors.find((e) => e.field === name)?.message);
    elsewhere(errors.filter((e) => !named.has(e.field)));
  };
  const run = action({ ...options, refused: show });
  options.form.addEventListener('submit', (event) => {
    event.preventDefault();
    show([]);
    void run();
  });
}
