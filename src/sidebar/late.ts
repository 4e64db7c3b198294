import { action } from './action';
import { t } from './i18n';
import type { Missing } from '../domain/late';
import type { SidebarState } from '../contract/sidebar-state';
import { el } from './dom';
import { callServer } from './server';
import type { App } from './part';

/**
 * Said beside the Refresh button once the refresh is done; it outlives the redraw the
 * refresh causes (the same node moves into the new view), so the reader hears it.
 */
const confirmation = el('p', { class: 'success', role: 'status' });

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
  // Refreshes on the server, then reloads the state so the bars and the list follow.
  const run = action({
    button,
    busyLabel: t('progress.refreshing'),
    say: (text) => {
      error.textContent = text;
      confirmation.textContent = '';
    },
    call: () => callServer('refreshProgress'),
    done: async () => {
      await app.refresh();
      confirmation.textContent = t('progress.done');
    },
  });
  button.addEventListener('click', () => void run());
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
    confirmation,
  );
}

function missingText(missing: readonly Missing[]): string {
  return missing.map((k) => t(k === 'proposal' ? 'dashboard.missing.proposal' : 'dashboard.missing.pledge')).join(', ');
}
