import { t } from './i18n';
import type { SidebarState } from '../contract/sidebar-state';
import { el } from './dom';
import { messages, settle } from './result';
import { callServer } from './server';
import type { App } from './part';
import { noticeSection, shell, shellKey, type Shell } from './shell';

const app = document.getElementById('app') as HTMLElement;
/** Outlives the sections, so a message about a change of screen (such as a registration) is still read. */
const notice = document.getElementById('notice') as HTMLElement;
let current: Shell | undefined;
let selected: string | undefined;

/**
 * The section the menu asked for (showDiagnose and showPrivacyNotice append the marker after the
 * page), read once the page is parsed, which it is by the time the first state arrives. The
 * notice lives in "My data" for members and in the registration form for guests.
 */
function requestedSection(state: SidebarState): string | undefined {
  const asked = document.querySelector<HTMLMetaElement>('meta[name="mutirao-open"]')?.content || undefined;
  return asked === 'privacy' ? noticeSection(state) : asked;
}

// The notice can be dismissed, and goes away by itself once the reader moves to another section.
const dismiss = el('button', { type: 'button', class: 'dismiss', 'aria-label': t('sidebar.notice.dismiss') }, '×');
const noticeBar = el('div', { class: 'notice-bar', hidden: '' });
notice.replaceWith(noticeBar);
noticeBar.append(notice, dismiss);
let noticeAt: string | undefined;

function showNotice(text: string): void {
  notice.textContent = text;
  noticeBar.hidden = !text;
  noticeAt = selected;
}

dismiss.addEventListener('click', () => showNotice(''));

function onSelect(id: string): void {
  if (id !== noticeAt && !noticeBar.hidden) showNotice('');
  selected = id;
}

/** The state, or what to tell the reader: the server's refusal, or the failed call's own sentence. */
async function fetchState(): Promise<{ state: SidebarState } | { message: string }> {
  const outcome = await settle(() => callServer('getSidebarState'));
  return outcome.ok ? { state: outcome.answer } : { message: messages(outcome.errors) };
}

/** Updates the sections in place when the reader's role and language are unchanged, so nothing typed is lost. */
function apply(state: SidebarState, after: { select?: string; notice?: string } = {}): void {
  document.documentElement.lang = state.locale;
  selected ??= requestedSection(state);
  if (current && current.key === shellKey(state)) {
    current.update(state);
  } else {
    current = shell(state, sidebar, after.select ?? selected, onSelect);
    app.replaceChildren(current.element);
    app.setAttribute('aria-busy', 'false');
    if (after.select) current.tabs.select(after.select, true);
  }
  if (after.notice) showNotice(after.notice);
}

const sidebar: App = {
  async refresh(after) {
    const fetched = await fetchState();
    if ('state' in fetched) apply(fetched.state, after);
    else showNotice(t('sidebar.error', { message: fetched.message }));
  },
};

function showError(message: string): void {
  const retry = el('button', { type: 'button', class: 'action' }, t('sidebar.retry'));
  retry.addEventListener('click', () => void load());
  app.replaceChildren(el('div', { class: 'card error-card', role: 'alert' }, el('p', {}, t('sidebar.error', { message })), retry));
  app.setAttribute('aria-busy', 'false');
}

/** The state showSidebar wrote into the page, for a first screen with no round trip; read once. */
function stateInPage(): SidebarState | undefined {
  const slot = document.getElementById('state');
  const text = slot?.textContent ?? '';
  slot?.remove();
  return text ? (JSON.parse(text) as SidebarState) : undefined;
}

async function load(): Promise<void> {
  current = undefined;
  const written = stateInPage();
  if (written) {
    apply(written);
    return;
  }
  app.setAttribute('aria-busy', 'true');
  app.replaceChildren(el('p', { class: 'muted' }, t('sidebar.loading')));
  const fetched = await fetchState();
  if ('state' in fetched) apply(fetched.state);
  else showError(fetched.message);
}

void load();
