import { action } from './action';
import { t } from './i18n';
import { instantToZoned, isIsoDate, isTimeZone } from '../domain/time';
import { el } from './dom';
import { callServer } from './server';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The meeting form's controls the suggestions read and fill. */
export interface SlotInputs {
  readonly date: Control;
  readonly startTime: Control;
  readonly durationMinutes: Control;
  readonly timeZone: Control;
}

/**
 * "Suggest times": asks the server for starts inside both cities' working hours on the
 * chosen date, and fills the start (in the form's zone) with the one picked. The form's
 * own `input` listener then redraws both cities' clocks.
 */
export function slotPicker(inputs: SlotInputs): HTMLElement {
  const button = el('button', { type: 'button', class: 'slots-suggest' }, t('calendar.slots.suggest'));
  const list = el('div', { class: 'slots', 'aria-live': 'polite' });
  const say = (key: 'calendar.slots.none' | 'calendar.slots.needDate') =>
    list.replaceChildren(el('p', { class: 'muted' }, t(key)));

  const pick = (start: string): void => {
    const zone = isTimeZone(inputs.timeZone.value) ? inputs.timeZone.value : 'UTC';
    const local = instantToZoned(new Date(start), zone);
    inputs.date.value = local.date;
    inputs.startTime.value = local.time;
    inputs.startTime.dispatchEvent(new Event('input', { bubbles: true }));
    inputs.startTime.focus();
  };

  const run = action({
    button,
    say: (text, tone) => list.replaceChildren(el('p', { class: tone === 'error' ? 'error' : 'muted' }, text)),
    busyText: t('calendar.slots.loading'),
    failure: 'calendar.sidebar.failed',
    call: () => callServer('suggestMeetingSlots', { date: inputs.date.value, durationMinutes: inputs.durationMinutes.value }),
    done: ({ slots }) => {
      if (slots.length === 0) {
        say('calendar.slots.none');
        return;
      }
      // The picked slot stays pressed, so the coordinator sees which one the start came from.
      const buttons = slots.map((slot) => {
        const option = el('button', { type: 'button', class: 'slot', 'aria-pressed': 'false' }, t('calendar.slots.option', { recife: slot.recife, nantes: slot.nantes }));
        option.addEventListener('click', () => {
          for (const other of buttons) other.setAttribute('aria-pressed', String(other === option));
          pick(slot.start);
        });
        return option;
      });
      list.replaceChildren(el('h3', {}, t('calendar.slots.title')), ...buttons);
    },
  });
  button.addEventListener('click', () => {
    if (isIsoDate(inputs.date.value)) void run();
    else say('calendar.slots.needDate');
  });
  return el('div', { class: 'slot-picker' }, button, list);
}
