import { action } from './action';
import { coordinatorParts } from './coordinator';
import { download } from './calendar';
import { locale, notice, t } from './i18n';
import type { SidebarState } from '../contract/sidebar-state';
import { LOCALE_FACTS, LOCALES, type Locale } from '../domain/locale';
import { el, select } from './dom';
import { formatDate } from './format';
import { callServer } from './server';
import type { App, Part } from './part';

/**
 * Personal data in the sidebar (issue 12): the privacy notice, as text only; the banner that
 * asks a member to confirm a new notice; "My data" (download, emails and language, erasure);
 * and the coordinators' list of consents to confirm.
 */


/** The notice with the coordinators' names and the version filled in; every word goes in as text. */
export function noticeView(state: SidebarState, open = false): HTMLElement {
  const names = state.privacy.coordinators.join(', ') || t('privacy.noCoordinators');
  const fill = (text: string) => text.replace('{coordinators}', names).replace('{version}', formatDate(state.privacy.version, state.locale));
  return el(
    'details',
    { class: 'notice-text', ...(open ? { open: '' } : {}) },
    el('summary', {}, t('privacy.read')),
    el('h3', {}, notice.title),
    el('p', { class: 'muted' }, fill(notice.version)),
    ...notice.sections.map((section) => el('section', {}, el('h4', {}, section.heading), ...section.paragraphs.map((p) => el('p', {}, fill(p))))),
  );
}

/** Above the sections while a member has not accepted the notice in force; they can still work meanwhile. */
export function consentBanner(state: SidebarState, app: App): HTMLElement | null {
  if (!state.privacy.needsConsent) return null;
  const say = el('p', { class: 'form-error', role: 'alert' });
  const button = el('button', { type: 'button', class: 'action' }, t('privacy.confirm'));
  const run = action({
    button,
    busyLabel: t('sidebar.form.sending'),
    say: (text) => (say.textContent = text),
    call: () => callServer('confirmConsent'),
    done: () => app.refresh({ notice: t('privacy.confirmed') }),
  });
  button.addEventListener('click', () => void run());
  return el(
    'section',
    { class: 'card consent', 'aria-labelledby': 'consent-title' },
    el('h2', { id: 'consent-title' }, t('privacy.confirm.title')),
    el('p', {}, t('privacy.confirm.intro', { version: formatDate(state.privacy.version, state.locale) })),
    noticeView(state, true),
    say,
    el('div', { class: 'form-actions' }, button),
  );
}

/** "My data": the notice, the download, the emails and language choices, and erasure. */
export function myDataSection(state: SidebarState, app: App): Part {
  const content = el('div', {});
  const render = (next: SidebarState) => content.replaceChildren(el(
    'div',
    {},
    el('h2', {}, t('privacy.nav')),
    next.privacy.consent ? el('p', { class: 'muted' }, t('privacy.consentOn', { date: formatDate(next.privacy.consent, next.locale) })) : null,
    noticeView(next),
    downloadView(),
    preferencesView(next, app),
    eraseView(next, app),
    coordinatorParts(next)?.eraseOtherView(app) ?? null,
  ));
  render(state);
  return { id: 'mydata', label: t('privacy.nav'), content, update: render };
}

function downloadView(): HTMLElement {
  const status = el('p', { role: 'status' });
  const button = el('button', { type: 'button', class: 'action' }, t('privacy.download'));
  const run = action({
    button,
    say: (text) => (status.textContent = text),
    call: () => callServer('exportMyData'),
    done: (file) => {
      download(file.filename, file.json, 'application/json;charset=utf-8');
      status.textContent = t('privacy.downloaded', { filename: file.filename });
    },
  });
  button.addEventListener('click', () => void run());
  return el('section', { class: 'card' }, el('p', {}, t('privacy.download.intro')), el('div', { class: 'form-actions' }, button), status);
}

function preferencesView(state: SidebarState, app: App): HTMLElement {
  const emails = el('input', { type: 'checkbox', id: 'pref-emails', ...(state.privacy.emails ? { checked: '' } : {}) });
  const language = select(LOCALES.map((l) => [l, LOCALE_FACTS[l].name] as const), state.privacy.language ?? locale);
  language.id = 'pref-language';
  const status = el('p', { role: 'status' });
  const button = el('button', { type: 'button', class: 'action' }, t('privacy.save'));
  const run = action({
    button,
    busyLabel: t('sidebar.form.sending'),
    say: (text) => (status.textContent = text),
    // Only what changed is sent, so the Log says what the member did.
    call: async () => {
      if (emails.checked !== state.privacy.emails) {
        const answer = await callServer('setEmailPreference', { emails: emails.checked });
        if (!answer.ok) return answer;
      }
      if (language.value !== (state.privacy.language ?? '')) return callServer('setMemberLanguage', { language: language.value as Locale });
      return { ok: true as const };
    },
    done: () => app.refresh({ notice: t('privacy.saved') }),
  });
  button.addEventListener('click', () => void run());
  return el(
    'section',
    { class: 'card' },
    el('h3', {}, t('privacy.emailsHeading')),
    el('div', { class: 'field checkbox' }, emails, el('label', { for: 'pref-emails' }, t('privacy.emails'))),
    el('div', { class: 'field' }, el('label', { for: 'pref-language' }, t('privacy.language')), language),
    el('div', { class: 'form-actions' }, button),
    status,
  );
}

interface EraseSteps {
  readonly start: string;
  readonly yes: string;
  readonly question: () => string;
  readonly memberId: () => string;
  readonly done: () => Promise<void>;
}

/** Erasure asks first, in the page: a first button shows the question, "yes" erases, "cancel" goes back. */
function eraseButtons(steps: EraseSteps): HTMLElement {
  const error = el('p', { class: 'form-error', role: 'alert' });
  const start = el('button', { type: 'button', class: 'danger' }, steps.start);
  const yes = el('button', { type: 'button', class: 'danger' }, steps.yes);
  const cancel = el('button', { type: 'button' }, t('privacy.erase.cancel'));
  const question = el('strong', {});
  const confirm = el('div', { class: 'confirm', role: 'group', hidden: '' }, el('p', {}, question), el('div', { class: 'form-actions' }, yes, cancel));
  const show = (asking: boolean) => {
    confirm.hidden = !asking;
    start.hidden = asking;
    (asking ? cancel : start).focus();
  };
  start.addEventListener('click', () => {
    question.textContent = steps.question();
    show(true);
  });
  cancel.addEventListener('click', () => show(false));
  const run = action({
    button: yes,
    busyLabel: t('sidebar.form.sending'),
    say: (text) => (error.textContent = text),
    call: () => callServer('eraseMember', { memberId: steps.memberId() }),
    done: steps.done,
  });
  yes.addEventListener('click', () => void run());
  return el('div', {}, start, confirm, error);
}

/** A member erases their own data, told first what goes and what stays. */
function eraseView(state: SidebarState, app: App): HTMLElement {
  const buttons = eraseButtons({
    start: t('privacy.erase'),
    yes: t('privacy.erase.yes'),
    question: () => t('privacy.erase.confirm'),
    memberId: () => state.user.memberId ?? '',
    done: () => app.refresh({ notice: t('privacy.erased') }),
  });
  return el(
    'section',
    { class: 'card erase', 'aria-labelledby': 'erase-title' },
    el('h3', { id: 'erase-title' }, t('privacy.erase')),
    el('p', {}, t('privacy.erase.intro')),
    buttons,
  );
}

/** Coordinators erase a member's data for a request received by other means (email, in person). */
export function eraseOtherView(app: App): HTMLElement {
  const id = el('input', { type: 'text', id: 'erase-id', class: 'short', placeholder: 'MEM-001', autocomplete: 'off' });
  const typed = () => id.value.trim().toUpperCase();
  const buttons = eraseButtons({
    start: t('privacy.eraseOther.submit'),
    yes: t('privacy.erase.yesOther'),
    question: () => t('privacy.eraseOther.confirm', { id: typed() }),
    memberId: typed,
    done: () => app.refresh({ notice: t('privacy.eraseOther.done', { id: typed() }) }),
  });
  return el(
    'section',
    { class: 'card erase-other', 'aria-labelledby': 'erase-other-title' },
    el('h3', { id: 'erase-other-title' }, t('privacy.eraseOther.title')),
    el('p', { class: 'muted' }, t('privacy.eraseOther.intro')),
    el('div', { class: 'field' }, el('label', { for: 'erase-id' }, t('privacy.eraseOther.id')), id),
    buttons,
  );
}

/** Coordinators' part of the home section: who has not accepted the notice in force. */
export function staleConsentsView(state: SidebarState): HTMLElement | null {
  const stale = state.staleConsents;
  if (state.user.role !== 'coordinator' || !stale) return null;
  return el(
    'section',
    { class: 'card stale-consents', 'aria-labelledby': 'stale-title' },
    el('h2', { id: 'stale-title' }, t('privacy.stale.title')),
    stale.length === 0
      ? el('p', {}, t('privacy.stale.none'))
      : el('div', {},
        el('p', { class: 'muted' }, t('privacy.stale.intro', { version: formatDate(state.privacy.version, state.locale) })),
        el('ul', { class: 'items' }, ...stale.map((m) => el(
          'li',
          { class: 'item' },
          el('p', { class: 'item-title' }, el('strong', {}, m.id), ' ', m.name),
          el('p', { class: 'muted' }, m.consent ? t('privacy.stale.since', { date: formatDate(m.consent, state.locale) }) : t('privacy.stale.never')),
        )))),
  );
}
