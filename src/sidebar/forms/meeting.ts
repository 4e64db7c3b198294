import { enumCodes, enumLabel } from '../../domain/enums';
import { LIMITS } from '../../domain/fields';
import { t } from '../../domain/i18n';
import type { Locale } from '../../domain/locale';
import { cityTimes } from '../../domain/meetings';
import { meetingInput } from '../../domain/submissions';
import { isIsoDate, isTimeZone, isWallTime, NANTES_ZONE, RECIFE_ZONE } from '../../domain/time';
import type { SidebarState } from '../../shared/sidebar-state';
import { el, field, select } from '../dom';
import { submissionForm } from '../form';
import { formatShortDate } from '../format';
import { callServer } from '../server';
import { slotPicker } from '../slots';
import type { App, Part } from '../shell';

function zoneOptions(locale: Locale, preferred: string): [string, string][] {
  const zones: [string, string][] = [
    [RECIFE_ZONE, t(locale, 'sidebar.zone.recife')],
    [NANTES_ZONE, t(locale, 'sidebar.zone.nantes')],
  ];
  return zones.some(([zone]) => zone === preferred) ? zones : [...zones, [preferred, preferred]];
}

/** The start in each hub's own clock, daylight saving included, or a hint while date or time is incomplete. */
function timesIn(locale: Locale, date: string, start: string, timeZone: string): HTMLElement[] {
  if (!isIsoDate(date) || !isWallTime(start) || !isTimeZone(timeZone)) {
    return [el('p', { class: 'muted' }, t(locale, 'sidebar.meeting.timesHint'))];
  }
  const { recife, nantes } = cityTimes({ date, start, timeZone });
  return [
    el('p', { class: 'city-time' }, t(locale, 'sidebar.meeting.recife', { time: recife.time, date: formatShortDate(recife.date, locale) })),
    el('p', { class: 'city-time' }, t(locale, 'sidebar.meeting.nantes', { time: nantes.time, date: formatShortDate(nantes.date, locale) })),
  ];
}

/** "Schedule a meeting", for coordinators: the hubs are four or five hours apart, so both clocks show as one types. */
export function meetingSection(state: SidebarState, app: App): Part {
  const l = state.locale;
  const fields = {
    title: field(t(l, 'sidebar.field.title'), el('input', { type: 'text', maxlength: String(LIMITS.title) }), true),
    date: field(t(l, 'sidebar.field.date'), el('input', { type: 'date' }), true),
    startTime: field(t(l, 'sidebar.field.startTime'), el('input', { type: 'time' }), true),
    durationMinutes: field(
      t(l, 'sidebar.field.duration'),
      el('input', { type: 'number', min: '15', max: '600', step: '5', value: String(state.defaults.durationMinutes) }),
    ),
    timeZone: field(t(l, 'sidebar.field.timeZone'), select(zoneOptions(l, state.defaults.timeZone), state.defaults.timeZone)),
    location: field(t(l, 'sidebar.field.location'), el('input', { type: 'text', maxlength: String(LIMITS.text) })),
    audience: field(
      t(l, 'sidebar.field.audience'),
      select(enumCodes('audience').map((c) => [c, enumLabel('audience', c, l)]), 'all'),
    ),
    agenda: field(t(l, 'sidebar.field.agenda'), el('textarea', { rows: '3', maxlength: String(LIMITS.text) })),
  };
  const live = el('div', { 'aria-live': 'polite' });
  const times = el('div', { class: 'card times' }, el('h3', {}, t(l, 'sidebar.meeting.times')), live);
  // Every edit of the form syncs; only a changed time is redrawn, so typing a title announces nothing.
  const sync = (): void => {
    const shown = timesIn(l, fields.date.control.value, fields.startTime.control.value, fields.timeZone.control.value);
    const text = (lines: readonly Element[]) => lines.map((line) => line.textContent).join('\n');
    if (text(shown) !== text([...live.children])) live.replaceChildren(...shown);
  };
  const content = submissionForm({
    locale: l,
    title: t(l, 'sidebar.meeting.title'),
    fields,
    body: [
      ...[fields.title, fields.date, fields.startTime, fields.timeZone].map((f) => f.element),
      times,
      slotPicker(l, { date: fields.date.control, startTime: fields.startTime.control, durationMinutes: fields.durationMinutes.control, timeZone: fields.timeZone.control }),
      ...[fields.durationMinutes, fields.location, fields.audience, fields.agenda].map((f) => f.element),
    ],
    schema: meetingInput,
    submitLabel: t(l, 'sidebar.meeting.submit'),
    send: (values) => callServer('submitMeeting', values),
    success: (id) => t(l, 'sidebar.meeting.done', { id }),
    saved: () => app.refresh(),
    sync,
  });
  sync();
  return { id: 'meeting', label: t(l, 'sidebar.nav.meeting'), content };
}
