import { t } from './i18n';
import type { SidebarState } from '../contract/sidebar-state';
import { el } from './dom';
import { callServer } from './server';
import { noticeSection, shell, shellKey, type App, type Shell } from './shell';

const app = document.getElementById('app') as HTMLElement;
/** Outlives the sections, so a message about a change of screen (such as a registration) is still read. */
const notice = document.getElementById('notice') as HTMLElement;
let current: Shell | undefined;
let selected: string | undefined;

async function fetchState(): Promise<SidebarState> {
  const state = await callServer('getSidebarState');
  if (!state.ok) throw new Error(state.errors.map((e) => e.message).join(' '));
  return state;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Updates the sections in place when the reader's role and language are unchanged, so nothing typed is lost. */
function apply(state: SidebarState, after: { select?: string; notice?: string } = {}): void {
  document.documentElement.lang = state.locale;
  if (after.notice) notice.textContent = after.notice;
  if (current && current.key === shellKey(state)) {
    current.update(state);
    return;
  }
  // Opened from the menu's Privacy notice: the server appended which section to show.
  const open = document.getElementById('open-section')?.textContent === 'privacy' && !current ? noticeSection(state) : undefined;
  current = shell(state, sidebar, after.select ?? open ?? selected, (id) => (selected = id));
  app.replaceChildren(current.element);
  app.setAttribute('aria-busy', 'false');
  if (after.select ?? open) current.tabs.select(after.select ?? open ?? '', true);
}

const sidebar: App = {
  async refresh(after) {
    try {
      apply(await fetchState(), after);
    } catch (error) {
      notice.textContent = t('sidebar.error', { message: messageOf(error) });
    }
  },
};

function showError(message: string): void {
  const retry = el('button', { type: 'button', class: 'action' }, t('sidebar.retry'));
  retry.addEventListener('click', () => void load());
  app.replaceChildren(el('div', { class: 'card error-card', role: 'alert' }, el('p', {}, t('sidebar.error', { message })), retry));
  app.setAttribute('aria-busy', 'false');
}

async function load(): Promise<void> {
  current = undefined;
  app.setAttribute('aria-busy', 'true');
  app.replaceChildren(el('p', { class: 'muted' }, t('sidebar.loading')));
  try {
    apply(await fetchState());
  } catch (error) {
    showError(messageOf(error));
  }
}

void load();
