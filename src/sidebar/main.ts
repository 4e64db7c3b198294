import { t } from '../domain/i18n';
import { toLocale } from '../domain/locale';
import { el } from './dom';
import { homeView } from './home';
import { callServer } from './server';

const app = document.getElementById('app') as HTMLElement;
/** Until the server tells the caller's language, the browser's is the best guess. */
const browserLocale = toLocale(navigator.language);

function show(content: HTMLElement): void {
  app.replaceChildren(content);
  app.setAttribute('aria-busy', 'false');
}

function showError(message: string): void {
  const retry = el('button', { type: 'button', class: 'action' }, t(browserLocale, 'sidebar.retry'));
  retry.addEventListener('click', () => void load());
  show(el('div', { class: 'card error-card', role: 'alert' }, el('p', {}, t(browserLocale, 'sidebar.error', { message })), retry));
}

async function load(): Promise<void> {
  app.setAttribute('aria-busy', 'true');
  app.replaceChildren(el('p', { class: 'muted' }, t(browserLocale, 'sidebar.loading')));
  try {
    const state = await callServer('getSidebarState');
    if (!state.ok) {
      showError(state.errors.map((e) => e.message).join(' '));
      return;
    }
    document.documentElement.lang = state.locale;
    show(homeView(state));
  } catch (error) {
    showError(error instanceof Error ? error.message : String(error));
  }
}

void load();
