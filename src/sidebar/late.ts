import { t } from './i18n';
import type { Missing } from '../domain/late';
import type { SidebarState } from '../contract/sidebar-state';
import { el } from './dom';
import { callServer } from './server';
import type { App } from './shell';

/**
 * Coordinators' part of the home section: the Refresh button (progress, Status cells and
 * the Dashboard tab) and the members who still owe a proposal or a pledge, by hub. Nothing
 * for anyone else, whose state carries no late list.
 */
export function lateView(state: SidebarState, app: App): HTMLElement | null {
  const { late } = state;
  if (state.user.role !== 'coordinator' || !late) return null;
  const error = el('p', { class: 'form-error', role: 'alert' });
  const button = el('button', { type: 'button', class: 'action' }, t('progress.menu'));
  button.addEventListener('click', () => void refresh(button, error, app));
  return el(
    'section',
    { class: 'card late', 'aria-labelledby': 'late-title' },
    el('h2', { id: 'late-title' }, t('progress.late.title')),
    el('p', { class: 'muted' }, t('progress.late.intro')),
    late.length === 0
      ? el('p', {}, t('dashboard.noneLate'))
      : el('div', {}, ...late.map((group) => el(
        'div',
        {},
        el('h3', {}, group.hub ?? t('dashboard.noHub')),
        el('ul', { class: 'items' }, ...group.members.map((m) => el(
          'li',
          { class: 'item' },
          el('p', { class: 'item-title' }, el('strong', {}, m.id), ' ', m.name),
          el('p', { class: 'muted' }, t('progress.late.missing', { missing: missingText(m.missing) })),
        ))),
      ))),
    error,
    el('div', { class: 'form-actions' }, button),
  );
}

function missingText(missing: readonly Missing[]): string {
  return missing.map((k) => t(k === 'proposal' ? 'dashboard.missing.proposal' : 'dashboard.missing.pledge')).join(', ');
}

/** Refreshes on the server, then reloads the state so the bars and the list follow. */
async function refresh(button: HTMLButtonElement, error: HTMLElement, app: App): Promise<void> {
  button.disabled = true;
  button.textContent = t('progress.refreshing');
  error.textContent = '';
  try {
    const result = await callServer('refreshProgress');
    if (!result.ok) {
      error.textContent = result.errors.map((e) => e.message).join(' ');
      return;
    }
    await app.refresh({ notice: t('progress.done') });
  } catch (failure) {
    error.textContent = t('sidebar.error', { message: failure instanceof Error ? failure.message : String(failure) });
  } finally {
    // After a reload this button may already be gone; when it is not, it works again.
    button.disabled = false;
    button.textContent = t('progress.menu');
  }
}
