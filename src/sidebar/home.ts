import { enumLabel } from '../domain/enums';
import { t } from './i18n';
import type { Locale } from '../domain/locale';
import type { ObjectiveView, SidebarState } from '../contract/sidebar-state';
import { el } from './dom';
import { formatDate, formatPercent } from './format';

/** Above the sections, whichever is open: who the sidebar takes the reader for. */
export function greetingView({ user }: SidebarState): HTMLElement {
  return el(
    'header',
    { class: 'greeting' },
    el('h1', {}, user.name ? t('sidebar.greeting', { name: user.name }) : t('sidebar.greetingGuest')),
    el('p', { class: `badge role-${user.role}` }, t(`sidebar.role.${user.role}`)),
  );
}

/** The first section: deadline countdown and the objectives' progress. */
export function homeView(state: SidebarState): HTMLElement {
  return el(
    'div',
    {},
    state.ready ? null : el('p', { class: 'card' }, t('error.notSetUp')),
    deadlineView(state),
    objectivesView(state.objectives, state.locale),
  );
}

function deadlineView({ deadline, locale }: SidebarState): HTMLElement {
  const date = formatDate(deadline.date, locale);
  const days = deadline.daysLeft;
  const text =
    days < 0
      ? t('sidebar.deadline.past', { date })
      : days === 0
        ? t('sidebar.deadline.today', { date })
        : days === 1
          ? t('sidebar.deadline.one', { date })
          : t('sidebar.deadline.left', { days, date });
  return el(
    'section',
    { class: `card deadline${days < 0 ? ' past' : days <= 3 ? ' soon' : ''}`, 'aria-labelledby': 'deadline-title' },
    el('h2', { id: 'deadline-title' }, t('sidebar.deadline.title')),
    el('p', { class: 'countdown' }, text),
    deadline.typed === undefined ? null : el('p', { class: 'form-error', role: 'alert' }, t('sidebar.deadline.invalid', { typed: deadline.typed, date })),
  );
}

function objectivesView(objectives: readonly ObjectiveView[], locale: Locale): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'objectives-title' },
    el('h2', { id: 'objectives-title' }, t('sidebar.objectives.title')),
    el('ol', { class: 'objectives' }, ...objectives.map((o) => objectiveItem(o, locale))),
  );
}

function objectiveItem(objective: ObjectiveView, locale: Locale): HTMLElement {
  const percent = Math.round(objective.progress * 100);
  const titleId = `objective-${objective.id}`;
  return el(
    'li',
    { class: `objective status-${objective.status.replace(' ', '-')}` },
    el(
      'p',
      { class: 'objective-title', id: titleId },
      el('strong', {}, objective.id),
      ` ${objective.title}`,
      objective.priority ? el('span', { class: 'tag' }, t('sidebar.priority')) : null,
    ),
    el(
      'div',
      {
        class: 'bar',
        role: 'progressbar',
        'aria-labelledby': titleId,
        'aria-valuemin': '0',
        'aria-valuemax': '100',
        'aria-valuenow': String(percent),
      },
      el('span', { style: `width:${percent}%` }),
    ),
    el(
      'p',
      { class: 'muted' },
      t('sidebar.objectives.progress', {
        percent: formatPercent(objective.progress, locale),
        status: enumLabel('objectiveStatus', objective.status, locale),
      }),
    ),
  );
}
