import { action } from './action';
import { t } from './i18n';
import type { ProblemView } from '../contract/validation';
import { el } from './dom';
import { callServer } from './server';
import type { Part } from './part';

function problemItem(problem: ProblemView): HTMLElement {
  return el(
    'li',
    { class: 'problem' },
    el('p', { class: 'problem-where' }, t('sidebar.check.where', { tab: problem.tab, row: problem.row, column: problem.column })),
    el('p', {}, problem.message),
  );
}

/**
 * "Check the sheet": runs validateAll and lists each problem's tab, row and column, the same
 * problems the sheet now shows as notes, for people who prefer a list to hunting for colours.
 */
export function problemsSection(): Part {
  const status = el('p', { class: 'muted', role: 'status' });
  const list = el('ul', { class: 'problems' });
  const button = el('button', { type: 'button', class: 'action' }, t('sidebar.check.run'));
  const run = action({
    button,
    say: (text) => (status.textContent = text),
    busyText: t('sidebar.check.running'),
    // A checked sheet answers with its problems, ok or not; only a refusal carries errors.
    call: () => callServer('validateAll'),
    done: (result) => {
      status.textContent = result.ok ? t('validate.none') : t('validate.found', { count: result.problems.length });
      list.replaceChildren(...result.problems.map((p) => problemItem(p)));
    },
  });
  button.addEventListener('click', () => {
    list.replaceChildren();
    void run();
  });
  const content = el('div', {}, el('p', { class: 'muted' }, t('sidebar.check.intro')), button, status, list);
  return { id: 'check', label: t('sidebar.nav.check'), content };
}
