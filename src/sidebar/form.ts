import { action } from './action';
import { locale, t, wording } from './i18n';
import { characterCount } from '../domain/fields';
import { checkSubmission, type SubmissionKind } from '../domain/submissions';
import type { FieldError, Result } from '../contract/result';
import { el, type Field } from './dom';

export type Values = Record<string, string>;

export interface SubmissionFormOptions {
  readonly title: string;
  readonly intro?: Node;
  readonly fields: Readonly<Record<string, Field>>;
  /** What the form shows, in order; the fields' elements by default. */
  readonly body?: readonly Node[];
  /** Checked as the server checks it, every problem at once (src/domain/submissions.ts). */
  readonly kind: SubmissionKind;
  /** The workbook's today, for dates that must not be past. */
  readonly today: string;
  readonly submitLabel: string;
  /** What is sent; the visible fields by default. */
  readonly values?: () => Values;
  readonly send: (values: Values) => Promise<Result<{ id: string }>>;
  /** The success message for the new ID. */
  readonly success: (id: string) => string;
  /** Runs after the message is shown, once the button is back: typically a state reload. */
  readonly saved?: (id: string) => Promise<void>;
  /** Keeps what depends on the values (shown fields, previews) in line: on each edit, before re-checking, and after form.reset(). */
  readonly sync?: () => void;
  /** Where the draft is kept while the sidebar is closed (`proposal`, `resource:RES-003`); none by default. */
  readonly draft?: string;
}

/**
 * Drafts live in the tab's sessionStorage: they outlive the sidebar (closed, reopened) but not
 * the browser tab, so nothing someone typed stays on a shared computer. A browser that refuses
 * storage (a sandboxed frame, private mode) simply keeps no draft.
 */
const drafts = {
  read(key: string): Values | undefined {
    try {
      const text = sessionStorage.getItem(`mutirao.draft.${key}`);
      return text ? (JSON.parse(text) as Values) : undefined;
    } catch {
      return undefined;
    }
  },
  write(key: string, values: Values | undefined): void {
    try {
      if (values) sessionStorage.setItem(`mutirao.draft.${key}`, JSON.stringify(values));
      else sessionStorage.removeItem(`mutirao.draft.${key}`);
    } catch {
      // No storage here: the form works all the same, without a draft.
    }
  },
};

/**
 * "12 / 150" under each limited field, counting characters as the server does (the text
 * trimmed, an emoji one character), so the limit is seen before it is refused.
 */
function addCounters(fields: Readonly<Record<string, Field>>): () => void {
  const counters = Object.values(fields).flatMap((f) => {
    const control = f.control;
    if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) || control.maxLength <= 0) return [];
    const max = control.maxLength;
    const counter = el('p', { class: 'counter muted', 'aria-hidden': 'true' });
    // After the error, which stays right after the input it describes.
    f.element.append(counter);
    return [() => {
      const count = characterCount(control.value.trim());
      counter.textContent = `${count.toLocaleString(locale)} / ${max.toLocaleString(locale)}`;
      counter.classList.toggle('near', count > max * 0.9);
    }];
  });
  return () => counters.forEach((update) => update());
}

/** Hidden fields do not apply (an amount typed before switching to "in kind" is not sent). */
export function visibleValues(fields: Readonly<Record<string, Field>>): Values {
  const values: Values = {};
  for (const [key, f] of Object.entries(fields)) if (!f.element.hidden) values[key] = f.control.value;
  return values;
}

/**
 * A submission form: checks with the server's own schema before sending, for instant
 * feedback, then shows the server's verdict. Errors land next to their field; those of no
 * visible field (such as "register first") in the form's alert region.
 */
export function submissionForm(options: SubmissionFormOptions): HTMLFormElement {
  const { fields } = options;
  const alert = el('div', { class: 'form-error', role: 'alert', tabindex: '-1' });
  const status = el('p', { class: 'success', role: 'status' });
  const button = el('button', { type: 'submit', class: 'action' }, options.submitLabel);
  const form = el(
    'form',
    { novalidate: '' },
    el('h2', {}, options.title),
    options.intro,
    el('p', { class: 'muted' }, t('sidebar.form.requiredNote')),
    ...(options.body ?? Object.values(fields).map((f) => f.element)),
    alert,
    el('div', { class: 'form-actions' }, button),
    status,
  );
  const values = options.values ?? (() => visibleValues(fields));
  let attempted = false;
  const count = addCounters(fields);
  // What was typed; never a tick (consent is given anew, never restored).
  const every = (): Values =>
    Object.fromEntries(Object.entries(fields).filter(([, f]) => !(f.control instanceof HTMLInputElement && f.control.type === 'checkbox')).map(([key, f]) => [key, f.control.value]));
  const kept = options.draft ? drafts.read(options.draft) : undefined;
  if (kept) for (const [key, value] of Object.entries(kept)) if (fields[key]) fields[key].control.value = value;
  count();

  const show = (errors: readonly FieldError[]): void => {
    const placed = new Set<string>();
    for (const [key, f] of Object.entries(fields)) {
      const error = f.element.hidden ? undefined : errors.find((e) => e.field === key);
      f.showError(error?.message);
      if (error) placed.add(key);
    }
    alert.replaceChildren(...errors.filter((e) => !placed.has(e.field)).map((e) => el('p', {}, e.message)));
  };

  const focusFirstError = (): void => {
    const invalid = Object.values(fields).find((f) => f.control.getAttribute('aria-invalid') === 'true');
    (invalid?.control ?? alert).focus();
  };

  // Once a submission was refused, each edit re-checks, so an error clears as soon as it is fixed.
  form.addEventListener('input', () => {
    options.sync?.();
    count();
    if (options.draft) drafts.write(options.draft, every());
    if (!attempted) return;
    const checked = checkSubmission(options.kind, values(), wording, options.today);
    show(checked.ok ? [] : checked.errors);
  });

  const send = action({
    button,
    busyLabel: t('sidebar.form.sending'),
    say: (message, tone) => {
      if (tone === 'error') show([{ field: 'form', message }]);
    },
    failure: 'sidebar.form.failed',
    call: () => options.send(values()),
    refused: (errors) => {
      show(errors);
      focusFirstError();
    },
    done: async ({ id }) => {
      attempted = false;
      show([]);
      form.reset();
      if (options.draft) drafts.write(options.draft, undefined);
      options.sync?.();
      count();
      status.textContent = options.success(id);
      await options.saved?.(id);
    },
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (button.disabled) return;
    attempted = true;
    status.textContent = '';
    const checked = checkSubmission(options.kind, values(), wording, options.today);
    if (!checked.ok) {
      show(checked.errors);
      focusFirstError();
      return;
    }
    void send();
  });

  return form;
}
