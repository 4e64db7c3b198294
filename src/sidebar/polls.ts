import type { MeetingRecordView, PollAnswerCode, PollOptionView, PollView } from '../contract/polls';
import type { DiscussedAt } from '../contract/polls';
import type { SidebarState } from '../contract/sidebar-state';
import { enumLabel } from '../domain/enums';
import { instantToZoned, NANTES_ZONE, RECIFE_ZONE } from '../domain/time';
import { action } from './action';
import { el } from './dom';
import { formatDate, formatShortDate } from './format';
import { locale, t } from './i18n';
import { callServer } from './server';
import { coordinatorParts } from './coordinator';
import { translateOne } from './translate';

/**
 * Time polls and minutes in the Calendar section (issue 20). Every option is shown on the
 * reader's own city's clock with the other city's beside it, and on the browser's clock when
 * that is a third zone. Answers are radio groups (arrow keys move within an option, Tab goes
 * to the next one), so the grid works from the keyboard alone. Text only, never HTML.
 */

const ANSWERS: readonly PollAnswerCode[] = ['yes', 'if need be', 'no'];

/** "discussed at <meeting>, <date>": shown under a proposal in the proposals list and My submissions. */
export function discussedLine(discussed: readonly DiscussedAt[]): HTMLElement | null {
  if (discussed.length === 0) return null;
  return el('p', { class: 'muted discussed' }, discussed.map((d) => t('polls.discussedAt', { meeting: d.title, date: formatDate(d.date, locale) })).join(' · '));
}

const browserZone = (): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  } catch {
    return '';
  }
};

/** The option's clocks, the reader's city first. */
export function clocks(option: Pick<PollOptionView, 'start' | 'recife' | 'nantes'>, hub: 'Recife' | 'Nantes' | null): string {
  const at = (c: { date: string; time: string }) => `${formatShortDate(c.date, locale)} ${c.time}`;
  const recife = t('polls.inCity', { city: 'Recife', time: at(option.recife) });
  const nantes = t('polls.inCity', { city: 'Nantes', time: at(option.nantes) });
  const zone = browserZone();
  const mine = new Date(option.start);
  const third = zone && zone !== RECIFE_ZONE && zone !== NANTES_ZONE && instantToZoned(mine, zone).offsetMinutes !== instantToZoned(mine, RECIFE_ZONE).offsetMinutes && instantToZoned(mine, zone).offsetMinutes !== instantToZoned(mine, NANTES_ZONE).offsetMinutes;
  const local = third ? t('polls.yourTime', { time: at(instantToZoned(mine, zone)) }) : '';
  return [...(hub === 'Nantes' ? [nantes, recife] : [recife, nantes]), local].filter(Boolean).join(' · ');
}

function counts(o: PollOptionView): string {
  return t('polls.counts', { yes: o.yes, maybe: o.ifNeedBe, no: o.no });
}

export interface PollsPanel {
  readonly element: HTMLElement;
  /** Loads the polls and minutes the first time the Calendar section opens, and again after each change. */
  load(): Promise<void>;
}

export function pollsPanel(state: SidebarState): PollsPanel {
  // What only coordinators do (open, close, who answered what, record minutes) is on their page alone.
  const parts = coordinatorParts(state);
  const hub = state.user.hub;
  const notice = el('p', { class: 'muted', role: 'status' });
  const list = el('div', { class: 'polls' });
  const minutes = el('div', { class: 'minutes' });
  const say = (text: string, tone: 'info' | 'error' = 'info') => {
    notice.textContent = text;
    notice.className = tone === 'error' ? 'error' : 'muted';
  };

  async function load(): Promise<void> {
    const [polls, past] = await Promise.all([callServer('listPolls'), callServer('listMinutes')]);
    if (polls.ok) list.replaceChildren(...(polls.polls.length ? polls.polls.map(pollCard) : [el('p', { class: 'muted' }, t('polls.none'))]));
    else say(polls.errors.map((e) => e.message).join(' '), 'error');
    if (past.ok) minutes.replaceChildren(...(past.meetings.length ? past.meetings.map(meetingCard) : [el('p', { class: 'muted' }, t('minutes.none'))]));
  }

  function pollCard(poll: PollView): HTMLElement {
    const closed = poll.status !== 'open';
    const rows = poll.options.map((o, i) => {
      const name = `${poll.id}-${i}`;
      const radios = ANSWERS.map((answer) => {
        const input = el('input', { type: 'radio', name, value: answer });
        input.checked = o.mine === answer;
        input.disabled = !poll.canAnswer;
        return el('label', { class: 'poll-answer' }, input, ` ${enumLabel('pollAnswer', answer, locale)}`);
      });
      const marks = [o.best ? t('polls.best') : '', o.outsideHours ? t('polls.outsideHours') : '', poll.chosen === o.option ? t('polls.chosen') : ''].filter(Boolean).join(' · ');
      return el(
        'fieldset',
        { class: `poll-option${o.best ? ' best' : ''}`, 'data-option': o.option },
        el('legend', {}, clocks(o, hub)),
        el('div', { class: 'poll-answers' }, ...radios),
        el('p', { class: 'muted' }, counts(o), marks ? ` · ${marks}` : ''),
      );
    });
    const status = closed ? t('polls.closedOn', { meeting: poll.meetingId ?? '' }) : t('polls.closes', { date: formatDate(poll.closes, locale) });
    const title = el('h4', {}, poll.title);
    const card = el('article', { class: 'poll item', 'data-id': poll.id }, title, el('p', { class: 'muted' }, `${status} · ${t('polls.respondents', { count: poll.respondents })}`), translateOne(`Polls!${poll.id}!Title`, title, poll.language), ...rows);
    if (poll.canAnswer) card.append(answerButton(poll, card));
    if (parts && poll.answers?.length) card.append(parts.whoAnswered(poll));
    if (parts && !closed) card.append(parts.pollCloseForm(poll, hub, say, load));
    return card;
  }

  function answerButton(poll: PollView, card: HTMLElement): HTMLElement {
    const button = el('button', { type: 'button', class: 'action' }, t('polls.save'));
    const run = action({
      button,
      say,
      failure: 'sidebar.form.failed',
      call: () => {
        const answers = poll.options.flatMap((o, i) => {
          const picked = card.querySelector<HTMLInputElement>(`input[name="${poll.id}-${i}"]:checked`);
          return picked ? [{ option: o.option, answer: picked.value as PollAnswerCode }] : [];
        });
        return callServer('answerPoll', { pollId: poll.id, answers });
      },
      done: async () => {
        say(t('polls.saved'));
        await load();
      },
    });
    button.addEventListener('click', () => void run());
    return button;
  }

  function meetingCard(m: MeetingRecordView): HTMLElement {
    const card = el('article', { class: 'meeting-record item', 'data-id': m.id }, el('h4', {}, m.title), el('p', { class: 'muted' }, `${formatDate(m.date, locale)} · Recife ${m.recife} · Nantes ${m.nantes}`));
    if (m.status === 'held') {
      const minutes = el('p', { class: 'minutes-text' }, m.minutes || t('minutes.empty'));
      card.append(
        minutes,
        (m.minutes && translateOne(`Meetings!${m.id}!Minutes`, minutes, m.language)) || '',
        el('p', { class: 'muted' }, [m.attendees === null ? '' : t('minutes.attendees', { count: m.attendees }), ...m.discussed.map((d) => `${d.id} ${d.title}`.trim())].filter(Boolean).join(' · ')),
      );
    }
    if (parts) card.append(parts.minutesForm(m, say, load));
    return card;
  }

  const element = el(
    'div',
    { class: 'polls-panel' },
    el('h3', {}, t('polls.title')),
    parts?.pollOpenForm(state, say, load) ?? null,
    notice,
    list,
    el('h3', {}, t('minutes.title')),
    minutes,
  );
  return { element, load };
}

