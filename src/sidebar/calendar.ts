import { action } from './action';
import { coordinatorParts } from './coordinator';
import { t } from './i18n';
import type { SyncCounts } from '../contract/calendar';
import type { Result } from '../contract/result';
import type { MeetingView, SidebarState } from '../contract/sidebar-state';
import { el } from './dom';
import { callServer } from './server';
import type { App, Part } from './part';
import { pollsPanel } from './polls';

/**
 * Saves text as a file through a Blob link, so the .ics needs no second request and no
 * Drive access. The URL is revoked once the click has been handled.
 */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: filename, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

type Counts = { -readonly [K in keyof SyncCounts]: number };

/**
 * The sync button. A sync stops before Apps Script's time limit with meetings left over, so
 * the sidebar calls again while some remain and some progress was made, showing the counts
 * so far: the coordinator sees it advance and never has to know about the limit.
 */
export function syncPanel(app: App): HTMLElement {
  const status = el('p', { class: 'muted calendar-status', role: 'status' });
  const button = el('button', { type: 'button', class: 'action' }, t('calendar.sidebar.sync'));
  const panel = el('div', { class: 'calendar-sync' }, button, status);
  const say = (text: string, tone: 'info' | 'error' = 'info'): void => {
    status.textContent = text;
    status.className = tone === 'error' ? 'error calendar-status' : 'muted calendar-status';
  };

  /** Calls until nothing remains (or nothing moved), adding up the counts; a refusal stops it. */
  async function syncAll(): Promise<Result<{ total: Counts }>> {
    const total: Counts = { created: 0, updated: 0, cancelled: 0, unchanged: 0, failed: 0, remaining: 0 };
    for (;;) {
      const result = await callServer('syncCalendar');
      if (!result.ok) return result;
      const done = result.created + result.updated + result.cancelled + result.unchanged + result.failed;
      for (const key of ['created', 'updated', 'cancelled', 'unchanged', 'failed'] as const) total[key] += result[key];
      total.remaining = result.remaining;
      // Calling again would meet the same limit: stop and say how many wait.
      if (result.quotaLeft !== undefined) return { ok: true, total: { ...total, quotaLeft: result.quotaLeft } };
      if (result.remaining === 0 || done === 0) return { ok: true, total };
      say(t('calendar.sidebar.continuing', { done: total.created + total.updated + total.cancelled + total.failed, remaining: result.remaining }));
    }
  }

  const run = action({
    button,
    region: panel,
    say,
    busyText: t('calendar.sidebar.syncing'),
    failure: 'calendar.sidebar.failed',
    call: syncAll,
    done: ({ total }) => {
      const next = total.quotaLeft !== undefined ? t('calendar.quotaLeft', { count: total.quotaLeft }) : total.remaining > 0 ? t('calendar.remaining', total) : '';
      say([t('calendar.result', total), next].join(' ').trim(), total.quotaLeft === undefined ? 'info' : 'error');
      // The list above shows the Meet links and replies the sync just wrote.
      void app.refresh();
    },
  });
  button.addEventListener('click', () => void run());
  return panel;
}

function exportPanel(): HTMLElement {
  const status = el('p', { class: 'error', role: 'alert', hidden: '' });
  const button = el('button', { type: 'button', class: 'calendar-export' }, t('ics.sidebar.download'));
  const run = action({
    button,
    say: (text) => {
      status.textContent = text;
      status.hidden = !text;
    },
    failure: 'calendar.sidebar.failed',
    call: () => callServer('exportCalendarIcs'),
    done: (file) => download(file.filename, file.ics, 'text/calendar;charset=utf-8'),
  });
  button.addEventListener('click', () => void run());
  return el('div', { class: 'calendar-export-panel' }, el('p', { class: 'muted' }, t('ics.explainShort')), button, status);
}

/** Each answer's words, named whole: a key built from a prefix would bring the whole prefix's words into a member's page (scripts/build.mjs, wordsSaidBy). */
const REPLY_WORDS = { going: 'calendar.sidebar.going', maybe: 'calendar.sidebar.maybe', notGoing: 'calendar.sidebar.notGoing', noReply: 'calendar.sidebar.noReply' } as const;

/** "12 going · 3 no replies": the answers counted, zeros left out. */
export function repliesText(replies: NonNullable<MeetingView['replies']>): string {
  const parts = (Object.keys(REPLY_WORDS) as (keyof typeof REPLY_WORDS)[])
    .filter((key) => replies[key] > 0)
    .map((key) => t(REPLY_WORDS[key], { count: replies[key] }));
  return parts.join(' · ');
}

/** The next meetings, in both cities' times, with their Meet link and replies; text only, never HTML. */
function meetingList(meetings: readonly MeetingView[]): HTMLElement {
  if (meetings.length === 0) return el('p', { class: 'muted' }, t('calendar.sidebar.noMeeting'));
  const items = meetings.map((m) => {
    const replies = m.replies && repliesText(m.replies);
    return el(
      'li',
      { class: 'meeting', 'data-id': m.id },
      el('strong', {}, m.title),
      m.recifeTime || m.nantesTime ? el('div', { class: 'muted' }, t('calendar.sidebar.times', { recife: m.recifeTime, nantes: m.nantesTime })) : null,
      m.videoLink ? el('a', { href: m.videoLink, target: '_blank', rel: 'noopener', class: 'meeting-link' }, t('calendar.sidebar.join')) : null,
      replies ? el('div', { class: 'meeting-replies' }, replies) : null,
    );
  });
  return el('ul', { class: 'meetings' }, ...items);
}

/**
 * "Calendar": the next meetings; coordinators sync them; everyone may download them as .ics;
 * polls and minutes below. The list follows each reload of the state (a meeting just
 * scheduled, a sync just done); the panels below it keep what they last said.
 */
export function calendarSection(state: SidebarState, app: App): Part {
  const polls = pollsPanel(state);
  let loaded = false;
  const list = el('div', { class: 'calendar-meetings' }, meetingList(state.meetings ?? []));
  const content = el(
    'div',
    {},
    el('h2', {}, t('calendar.sidebar.title')),
    el('h3', {}, t('calendar.sidebar.upcoming')),
    list,
    coordinatorParts(state)?.syncPanel(app) ?? null,
    exportPanel(),
    polls.element,
  );
  return {
    id: 'calendar',
    label: t('calendar.sidebar.title'),
    content,
    opened() {
      if (loaded) return;
      loaded = true;
      void polls.load();
    },
    update: (next) => list.replaceChildren(meetingList(next.meetings ?? [])),
  };
}
