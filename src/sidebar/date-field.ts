import { readTypedDate, readTypedTime, typedDate, typedTime } from '../domain/typed-dates';
import { isIsoDate, isWallTime } from '../domain/time';
import { writtenDate } from '../domain/written-dates';
import { el, field, type Field } from './dom';
import { locale, t } from './i18n';

/** What the line under a date field says once the date is understood: "ven. 11 déc. 2026". */
const WORDS = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } as const;

/** Each field's line, redrawn once a form reset has put the fields back to their first values. */
const echoes = new WeakMap<Element, () => void>();
document.addEventListener('reset', (event) =>
  setTimeout(() => (event.target as HTMLFormElement).querySelectorAll('input').forEach((input) => echoes.get(input)?.())),
);

/**
 * A date or a time typed the way the page's language writes it, whatever the browser's locale
 * (a native date field shows mm/dd/yyyy and AM/PM in an American browser, even on the French
 * page): 11/12/2026 and 14:30, read tolerantly (src/domain/typed-dates.ts). The line under it
 * shows the format until the date is understood, then the date in words, so a reader sees at
 * once which day 01/02 became; an impossible day (31/02) is named as such, and sent as typed
 * it is refused like any bad date, nothing written.
 *
 * The control's `value` is what the server reads, `YYYY-MM-DD` or `HH:MM` once understood
 * (the text as typed otherwise), and setting it to such a value shows it the reader's way: the
 * forms, their drafts and the slot picker read and fill it as they would a native field.
 */
export function dateField(label: string, kind: 'date' | 'time', required = false, initial = ''): Field {
  const read = (text: string) => (kind === 'date' ? readTypedDate(text, locale) : readTypedTime(text));
  const shown = (value: string) => (kind === 'date' ? isIsoDate(value) && typedDate(value, locale) : isWallTime(value) && typedTime(value, locale)) || value;
  const hint = t(kind === 'date' ? 'date.hint' : 'time.hint');
  const input = el('input', { type: 'text', autocomplete: 'off' });
  const own = (name: 'value' | 'defaultValue') => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, name) as { get(this: HTMLInputElement): string; set(this: HTMLInputElement, v: string): void };
  const native = own('value');
  const typed = () => native.get.call(input);
  const f = field(label, input, required, hint);
  const line = f.element.querySelector('.hint') as HTMLElement;
  line.setAttribute('aria-live', 'polite');
  const echo = () => {
    const reading = read(typed());
    line.textContent = reading?.ok ? (kind === 'date' ? writtenDate(reading.value, locale, WORDS) : typedTime(reading.value, locale)) : hint;
  };
  echoes.set(input, echo);
  for (const name of ['value', 'defaultValue'] as const) {
    const property = own(name);
    Object.defineProperty(input, name, {
      get: () => {
        const text = property.get.call(input);
        if (name === 'defaultValue') return text;
        const reading = read(text);
        return reading === undefined ? '' : reading.ok ? reading.value : text;
      },
      set: (value: string) => {
        property.set.call(input, shown(value));
        echo();
      },
    });
  }
  // A day that does not exist is said so; any other problem keeps the message it came with.
  const showError = (message: string | undefined) => {
    const reading = read(typed());
    f.showError(message && reading?.ok === false && reading.impossible ? t('date.impossible', { typed: typed().trim() }) : message);
  };
  // The problem shown on leaving the field, until the text reads as a date (or a time) again.
  let left = false;
  input.addEventListener('input', () => {
    echo();
    if (left && read(typed())?.ok !== false) {
      left = false;
      showError(undefined);
    }
  });
  // Leaving the field: what was understood is written back the reader's way (1/2/27 becomes 01/02/2027), or the problem shown.
  input.addEventListener('change', () => {
    const reading = read(typed());
    if (reading?.ok) native.set.call(input, shown(reading.value));
    else if (reading) {
      left = true;
      showError(t(kind === 'date' ? 'field.date' : 'field.time'));
    }
  });
  input.defaultValue = initial;
  return { ...f, showError };
}
