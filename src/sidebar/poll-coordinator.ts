import type { MeetingRecordView, PollView } from '../contract/polls';
import type { SidebarState } from '../contract/sidebar-state';
import { enumLabel, type EnumCode } from '../domain/enums';
import { DURATION } from '../domain/fields';
import { instantToZoned, isIsoDate, isWallTime, NANTES_ZONE, RECIFE_ZONE, zonedToInstant } from '../domain/time';
import { insideWorkingTime, type Weekday } from '../domain/working-days';
import { action, formAction } from './action';
import { dateField } from './date-field';
import { el, field, select } from './dom';
import { formatShortDate } from './format';
import { locale, t } from './i18n';
import { clocks } from './polls';
import { messages } from './result';
import { callServer } from './server';
import { slotPicker } from './slots';

/**
 * The coordinators' side of time polls and minutes (issue 20), on their page only
 * (./coordinator.ts): opening a poll, who answered what, closing it on an option, recording minutes.
 */

type Say = (text: string, tone?: 'info' | 'error') => void;

const MAX_OPTIONS = 12;

export function whoAnswered(poll: PollView): HTMLElement {
  const head = el('tr', {}, el('th', { scope: 'col' }, t('polls.member')), ...poll.options.map((o) => el('th', { scope: 'col' }, `${formatShortDate(o.option.slice(0, 10), locale)} ${o.option.slice(11)}`)));
  const body = (poll.answers ?? []).map((r) =>
    el('tr', {}, el('th', { scope: 'row' }, r.name || r.memberId), ...r.answers.map((a) => el('td', {}, a ? enumLabel('pollAnswer', a, locale) : '–'))));
  return el('details', { class: 'poll-who' }, el('summary', {}, t('polls.who')), el('table', {}, el('thead', {}, head), el('tbody', {}, ...body)));
}

export function pollCloseForm(poll: PollView, hub: 'Recife' | 'Nantes' | null, say: Say, load: () => Promise<void>): HTMLElement {
  const best = poll.options.find((o) => o.best)?.option ?? '';
  const option = select(poll.options.map((o): [string, string] => [o.option, clocks(o, hub)]), best);
  const confirm = el('input', { type: 'checkbox' });
  const confirmLabel = el('label', { hidden: '' }, confirm, ` ${t('polls.keepAnyway')}`);
  const error = el('p', { class: 'error', role: 'alert', hidden: '' });
  const button = el('button', { type: 'button', class: 'action' }, t('polls.close'));
  const run = action({
    button,
    say,
    failure: 'sidebar.form.failed',
    call: () => callServer('closePoll', { pollId: poll.id, option: option.value, confirmOutsideHours: confirm.checked }),
    refused: (errors) => {
      error.textContent = errors.map((e) => e.message).join(' ');
      error.hidden = false;
      if (errors.some((e) => e.field === 'confirmOutsideHours')) confirmLabel.hidden = false;
    },
    done: async ({ meetingId }) => {
      say(t('polls.closedDone', { meeting: meetingId }));
      await load();
    },
  });
  button.addEventListener('click', () => void run());
  return el('div', { class: 'poll-close' }, field(t('polls.chooseOption'), option).element, confirmLabel, error, button);
}

export function minutesForm(m: MeetingRecordView, say: Say, load: () => Promise<void>): HTMLElement {
  const text = field(t('minutes.text'), el('textarea', { rows: '4', maxlength: '10000' }));
  text.control.value = m.minutes;
  const attendees = field(t('minutes.attendeesField'), el('input', { type: 'number', min: '0', step: '1', value: m.attendees === null ? '' : String(m.attendees) }));
  const proposals = field(t('minutes.proposals'), el('input', { type: 'text', value: m.discussed.map((d) => d.id).join(', ') }), false, t('minutes.proposalsHint'));
  const button = el('button', { type: 'submit', class: 'action' }, t('minutes.save'));
  const form = el('form', { class: 'minutes-form', novalidate: '' }, text.element, attendees.element, proposals.element, button);
  formAction({
    form,
    fields: { minutes: text, attendees, proposalIds: proposals },
    button,
    say,
    failure: 'sidebar.form.failed',
    call: () =>
      callServer('closeMeeting', {
        meetingId: m.id,
        minutes: text.control.value,
        attendees: attendees.control.value,
        proposalIds: proposals.control.value.split(/[,;\s]+/).filter(Boolean),
      }),
    done: async () => {
      say(t('minutes.saved', { meeting: m.id }));
      await load();
    },
  });
  return el('details', { class: 'minutes-edit' }, el('summary', {}, m.status === 'held' ? t('minutes.edit') : t('minutes.record')), form);
}

/** The coordinator's "Open a poll" form: options picked from the suggested slots or typed, each shown on both clocks. */
export function pollOpenForm(state: SidebarState, say: Say, reload: () => Promise<void>): HTMLElement {
  const zone = state.user.hub === 'Nantes' ? NANTES_ZONE : RECIFE_ZONE;
  const working = { start: state.defaults.working.start, end: state.defaults.working.end, days: new Set<Weekday>(state.defaults.working.days) };
  const title = field(t('polls.titleField'), el('input', { type: 'text', maxlength: '150' }), true);
  const duration = field(t('polls.duration'), el('input', { type: 'number', min: String(DURATION.min), max: String(DURATION.max), step: '15', value: String(state.defaults.durationMinutes) }));
  const audience = field(t('polls.audience'), select((['all', 'Recife hub', 'Nantes hub', 'coordinators'] as const).map((a): [string, string] => [a, enumLabel('audience', a, locale)]), 'all'));
  const closes = dateField(t('polls.closesField'), 'date', true);
  const day = dateField(t('polls.optionDate'), 'date');
  const start = dateField(t('polls.optionTime'), 'time');
  const date = day.control;
  const time = start.control;
  const timeZone = el('input', { type: 'hidden', value: zone });
  const add = el('button', { type: 'button' }, t('polls.addOption'));
  const chosen = el('ul', { class: 'poll-options', 'aria-live': 'polite' });
  const confirm = el('input', { type: 'checkbox' });
  const confirmLabel = el('label', { hidden: '' }, confirm, ` ${t('polls.keepAnyway')}`);
  const error = el('p', { class: 'error', role: 'alert', hidden: '' });
  const options: { date: string; startTime: string }[] = [];

  const redraw = () => {
    chosen.replaceChildren(...options.map((o, i) => {
      const instant = zonedToInstant(o.date, o.startTime, zone);
      const outside = !insideWorkingTime(instant, Number(duration.control.value) || state.defaults.durationMinutes, working);
      const remove = el('button', { type: 'button', 'aria-label': t('polls.removeOption', { n: i + 1 }) }, '×');
      remove.addEventListener('click', () => {
        options.splice(i, 1);
        redraw();
      });
      const recife = instantToZoned(instant, RECIFE_ZONE);
      const nantes = instantToZoned(instant, NANTES_ZONE);
      return el('li', { class: outside ? 'outside' : '' }, clocks({ start: instant.toISOString(), recife, nantes }, state.user.hub), outside ? ` — ${t('polls.outsideHours')}` : '', ' ', remove);
    }));
    add.disabled = options.length >= MAX_OPTIONS;
  };
  add.addEventListener('click', () => {
    if (!isIsoDate(date.value) || !isWallTime(time.value)) {
      error.textContent = t('polls.pickDateTime');
      error.hidden = false;
      return;
    }
    error.hidden = true;
    if (!options.some((o) => o.date === date.value && o.startTime === time.value)) options.push({ date: date.value, startTime: time.value });
    options.sort((a, b) => `${a.date} ${a.startTime}`.localeCompare(`${b.date} ${b.startTime}`));
    redraw();
  });
  duration.control.addEventListener('input', redraw);

  const button = el('button', { type: 'submit', class: 'action' }, t('polls.open'));
  const form = el(
    'form',
    { class: 'poll-form', novalidate: '' },
    title.element, duration.element, audience.element,
    el('fieldset', {}, el('legend', {}, t('polls.options')), day.element, start.element, timeZone,
      slotPicker({ date, startTime: time, durationMinutes: duration.control, timeZone }), add, chosen),
    closes.element, confirmLabel, error, button,
  );
  formAction({
    form,
    fields: { title, durationMinutes: duration, audience, closes },
    elsewhere: (errors) => {
      if (errors.some((e) => e.field === 'confirmOutsideHours')) confirmLabel.hidden = false;
      error.textContent = messages(errors);
      error.hidden = errors.length === 0;
    },
    button,
    say,
    failure: 'sidebar.form.failed',
    call: () =>
      callServer('openPoll', {
        title: title.control.value, durationMinutes: duration.control.value, timeZone: zone, audience: audience.control.value as EnumCode<'audience'>,
        options, closes: closes.control.value, confirmOutsideHours: confirm.checked,
      }),
    done: async ({ id }) => {
      form.reset();
      options.length = 0;
      confirmLabel.hidden = true;
      redraw();
      say(t('polls.opened', { id }));
      await reload();
    },
  });
  return el('details', { class: 'poll-open' }, el('summary', {}, t('polls.openTitle')), form);
}
