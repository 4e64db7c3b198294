import { action } from './action';
import { locale, t } from './i18n';
import type { ReminderSchedule, RemindersResult } from '../contract/reminders';
import type { SidebarState } from '../contract/sidebar-state';
import { el } from './dom';
import { settle, whatWentWrong } from './result';
import { callServer } from './server';
import type { Part } from './part';

type Skipped = RemindersResult['skipped'][number] & { readonly pollId?: string };

const languageName = (code: string): string => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;

/**
 * "Reminders", for coordinators: a dry run shows who would get which email, the day's quota,
 * and one email per language exactly as members receive it (its plain text, shown as text);
 * only then does Send go out. Below, the switch of the daily scheduled reminders.
 */
export function remindersSection(state: SidebarState): Part {
  let names = namesOf(state);
  const status = el('p', { class: 'muted', role: 'status' });
  const say = (text: string, tone: 'info' | 'error' = 'info'): void => {
    status.textContent = text;
    status.className = tone === 'error' ? 'error' : 'muted';
  };
  const preview = el('div', { class: 'reminders-preview' });
  const previewButton = el('button', { type: 'button', class: 'action' }, t('reminders.sidebar.preview'));
  const sendButton = el('button', { type: 'button', class: 'action', hidden: '' }, t('reminders.sidebar.send'));
  const who = (id: string) => (names.get(id) ? `${names.get(id)} (${id})` : id);

  const showPreview = (result: RemindersResult): void => {
    preview.replaceChildren(
      el('p', {}, t('reminders.sidebar.quota', { quota: result.quotaLeft })),
      // "Nobody to remind" would contradict the poll reminders listed below.
      result.sent.length > 0 || result.polls.sent.length === 0 ? el('p', {}, t('reminders.sidebar.toSend', { count: result.sent.length })) : el('div'),
      el('ul', { class: 'items' }, ...result.sent.map((s) => el('li', {}, `${who(s.memberId)} — ${t(`reminders.kind.${s.kind}`)} · ${languageName(s.language)}`))),
      skippedList(result.skipped, who),
      ...(result.polls.sent.length > 0 ? [
        el('p', {}, t('reminders.sidebar.pollsToSend', { count: result.polls.sent.length })),
        el('ul', { class: 'items' }, ...result.polls.sent.map((s) => el('li', {}, `${s.name} (${s.memberId}) — ${s.title} (${s.pollId}) · ${languageName(s.language)}`))),
      ] : []),
      skippedList(result.polls.skipped, who),
      ...result.examples.map((e) => el(
        'details',
        { class: 'reminder-example' },
        el('summary', {}, t(e.pollId ? 'reminders.sidebar.pollExample' : 'reminders.sidebar.example', { language: languageName(e.language) })),
        el('p', {}, el('strong', {}, e.subject)),
        el('pre', { class: 'reminder-body' }, e.body),
      )),
    );
    sendButton.hidden = result.sent.length + result.polls.sent.length === 0;
  };

  const runPreview = action({
    button: previewButton,
    region: preview,
    say,
    busyText: t('reminders.sidebar.previewing'),
    call: () => callServer('sendReminders', { dryRun: true }),
    done: (result) => showPreview(result),
  });
  const runSend = action({
    button: sendButton,
    region: preview,
    say,
    busyText: t('reminders.sidebar.sending'),
    call: () => callServer('sendReminders', { dryRun: false }),
    done: (result) => {
      sendButton.hidden = true;
      preview.replaceChildren(skippedList([...result.skipped, ...result.polls.skipped], who));
      say(t('reminders.sidebar.sent', { count: result.sent.length + result.polls.sent.length }));
    },
  });
  previewButton.addEventListener('click', () => void runPreview());
  sendButton.addEventListener('click', () => void runSend());

  const schedule = schedulePanel();
  const content = el(
    'div',
    {},
    el('h2', {}, t('reminders.sidebar.title')),
    el('p', { class: 'muted' }, t('reminders.sidebar.intro')),
    previewButton,
    status,
    preview,
    sendButton,
    schedule.element,
  );
  return { id: 'reminders', label: t('reminders.sidebar.title'), content, opened: schedule.load, update: (next) => (names = namesOf(next)) };
}

function namesOf(state: SidebarState): Map<string, string> {
  return new Map((state.late ?? []).flatMap((g) => g.members.map((m) => [m.id, m.name] as const)));
}

function skippedList(skipped: readonly Skipped[], who: (id: string) => string): HTMLElement {
  if (skipped.length === 0) return el('div');
  return el('div', {}, el('p', {}, t('reminders.sidebar.skipped')), el('ul', { class: 'items' }, ...skipped.map((s) => el('li', {}, `${who(s.memberId)}${s.pollId ? ` · ${s.pollId}` : ''} — ${t(`reminders.reason.${s.reason}`)}`))));
}

/** The daily reminders' switch (a button with role switch); its state is asked for the first time the section is opened. */
function schedulePanel(): { element: HTMLElement; load: () => void } {
  const toggle = el('button', { type: 'button', role: 'switch', 'aria-checked': 'false', class: 'reminders-switch', disabled: '' }, t('reminders.sidebar.scheduleLoading'));
  const owner = el('p', { class: 'muted', role: 'status' });
  let on = false;
  const show = (s: ReminderSchedule): void => {
    on = s.on;
    toggle.setAttribute('aria-checked', String(on));
    toggle.disabled = false;
    toggle.textContent = t('reminders.sidebar.schedule', { days: s.reminderDays.length > 0 ? s.reminderDays.join(', ') : t('reminders.sidebar.noDays') });
    owner.textContent = [s.owner ? t('reminders.sidebar.owner', { owner: s.owner }) : '', s.previousOwner ? t('reminders.sidebar.takenOver', { owner: s.previousOwner }) : '', s.stoppedFor ? t('reminders.sidebar.stopped', { member: s.stoppedFor }) : ''].join(' ').trim();
  };
  const panel = el('div', { class: 'reminders-schedule' }, toggle, owner);
  const say = (text: string): void => {
    owner.textContent = text;
  };
  let asked = false;
  const load = (): void => {
    if (asked) return;
    asked = true;
    void settle(() => callServer('getReminderSchedule')).then((s) => (s.ok ? show(s.answer) : say(whatWentWrong(s))));
  };
  const run = action({
    button: toggle,
    region: panel,
    say,
    call: () => callServer('setReminderSchedule', { on: !on }),
    done: show,
  });
  toggle.addEventListener('click', () => void run());
  return { element: panel, load };
}
