import { enumCodes, enumLabel } from '../../domain/enums';
import { DURATION, LIMITS } from '../../domain/fields';
import { t } from '../i18n';
import type { Locale } from '../../domain/locale';
import { cityTimes } from '../../domain/meetings';
import { isIsoDate, isTimeZone, isWallTime, NANTES_ZONE, RECIFE_ZONE } from '../../domain/time';
import { formatWorkingDays, insideWorkingTime } from '../../domain/working-days';
import type { SidebarState } from '../../contract/sidebar-state';
import { dateField } from '../date-field';
import { el, field, select } from '../dom';
import { submissionForm, visibleValues } from '../form';
import { formatShortDate } from '../format';
import { callServer } from '../server';
import { slotPicker } from '../slots';
import type { App, Part } from '../part';

function zoneOptions(preferred: string): [string, string][] {
  const zones: [string, string][] = [
    [RECIFE_ZONE, t('sidebar.zone.recife')],
    [NANTES_ZONE, t('sidebar.zone.nantes')],
  ];
  return zones.some(([zone]) => zone === preferred) ? zones : [...zones, [preferred, preferred]];
}

/** The start in each hub's own clock, daylight saving included, or a hint while date or time is incomplete. */
function timesIn(locale: Locale, date: string, start: string, timeZone: string): HTMLElement[] {
  if (!isIsoDate(date) || !isWallTime(start) || !isTimeZone(timeZone)) {
    return [el('p', { class: 'muted' }, t('sidebar.meeting.timesHint'))];
  }
  const { recife, nantes } = cityTimes({ date, start, timeZone });
  return [
    el('p', { class: 'city-time' }, t('sidebar.meeting.recife', { time: recife.time, date: formatShortDate(recife.date, locale) })),
    el('p', { class: 'city-time' }, t('sidebar.meeting.nantes', { time: nantes.time, date: formatShortDate(nantes.date, locale) })),
  ];
}

/** Whether the start, as typed, falls outside working time on either city's clock (the server asks the same). */
function outsideWorkingTime(defaults: SidebarState['defaults'], date: string, start: string, timeZone: string, duration: string): boolean {
  if (!isIsoDate(date) || !isWallTime(start) || !isTimeZone(timeZone)) return false;
  const minutes = /^\d+$/.test(duration) ? Number(duration) : defaults.durationMinutes;
  const { start: from, end, days } = defaults.working;
  return !insideWorkingTime(cityTimes({ date, start, timeZone }).instant, minutes, { start: from, end, days: new Set(days) });
}

/** "Schedule a meeting", for coordinators: the hubs are four or five hours apart, so both clocks show as one types. */
export function meetingSection(state: SidebarState, app: App): Part {
  const l = state.locale;
  const fields = {
    title: field(t('sidebar.field.title'), el('input', { type: 'text', maxlength: String(LIMITS.title) }), true),
    date: dateField(t('sidebar.field.date'), 'date', true),
    startTime: dateField(t('sidebar.field.startTime'), 'time', true),
    durationMinutes: field(
      t('sidebar.field.duration'),
      el('input', { type: 'number', min: String(DURATION.min), max: String(DURATION.max), step: '5', value: String(state.defaults.durationMinutes) }),
    ),
    timeZone: field(t('sidebar.field.timeZone'), select(zoneOptions(state.defaults.timeZone), state.defaults.timeZone)),
    location: field(t('sidebar.field.location'), el('input', { type: 'text', maxlength: String(LIMITS.text) })),
    audience: field(
      t('sidebar.field.audience'),
      select(enumCodes('audience').map((c) => [c, enumLabel('audience', c, l)]), 'all'),
    ),
    agenda: field(t('sidebar.field.agenda'), el('textarea', { rows: '3', maxlength: String(LIMITS.text) })),
  };
  const confirm = field(t('sidebar.meeting.confirmOutsideHours'), el('input', { type: 'checkbox' }));
  confirm.element.classList.add('confirm');
  const live = el('div', { 'aria-live': 'polite' });
  const times = el('div', { class: 'card times' }, el('h3', {}, t('sidebar.meeting.times')), live);
  // Every edit of the form syncs; only a changed time is redrawn, so typing a title announces nothing.
  const sync = (): void => {
    const outside = outsideWorkingTime(state.defaults, fields.date.control.value, fields.startTime.control.value, fields.timeZone.control.value, fields.durationMinutes.control.value);
    confirm.element.hidden = !outside;
    const { start, end, days } = state.defaults.working;
    const shown = [
      ...timesIn(l, fields.date.control.value, fields.startTime.control.value, fields.timeZone.control.value),
      ...(outside ? [el('p', { class: 'warning' }, t('sidebar.meeting.outsideHours', { start, end, days: formatWorkingDays(new Set(days), l) }))] : []),
    ];
    const text = (lines: readonly Element[]) => lines.map((line) => line.textContent).join('\n');
    if (text(shown) !== text([...live.children])) live.replaceChildren(...shown);
  };
  const content = submissionForm({
    title: t('sidebar.meeting.title'),
    fields: { ...fields, confirmOutsideHours: confirm },
    // Duration before the suggestions it decides; the start they fill, then both cities' clocks.
    body: [
      ...[fields.title, fields.date, fields.durationMinutes].map((f) => f.element),
      slotPicker({ date: fields.date.control, startTime: fields.startTime.control, durationMinutes: fields.durationMinutes.control, timeZone: fields.timeZone.control }),
      ...[fields.startTime, fields.timeZone].map((f) => f.element),
      times,
      confirm.element,
      ...[fields.location, fields.audience, fields.agenda].map((f) => f.element),
    ],
    kind: 'meeting',
    draft: 'meeting',
    today: state.today,
    values: () => {
      const values = visibleValues(fields);
      if (!confirm.element.hidden && (confirm.control as HTMLInputElement).checked) values['confirmOutsideHours'] = 'true';
      return values;
    },
    submitLabel: t('sidebar.meeting.submit'),
    send: (values) => callServer('submitMeeting', values),
    success: (id) => t('sidebar.meeting.done', { id }),
    saved: () => app.refresh(),
    sync,
  });
  sync();
  return { id: 'meeting', label: t('sidebar.nav.meeting'), content };
}
