import { action } from './action';
import { t } from './i18n';
import type { ProblemView } from '../contract/validation';
import { el } from './dom';
import { callServer } from './server';
import type { Part } from './part';

/** A problem; its place is a button that selects the cell in the sheet (issue 22). */
function problemItem(problem: ProblemView, say: (text: string) => void): HTMLElement {
  const where = t('sidebar.check.where', { tab: problem.tab, row: problem.row, column: problem.column });
  const place = problem.cell
    ? el('button', { type: 'button', class: 'link problem-where', title: t('sidebar.check.goTo') }, where)
    : el('p', { class: 'problem-where' }, where);
  if (place instanceof HTMLButtonElement) {
    place.addEventListener('click', action({
      button: place,
      say,
      call: () => callServer('selectCell', { table: problem.table, cell: problem.cell }),
      done: () => say(t('sidebar.check.selected', { cell: `${problem.tab}!${problem.cell}` })),
    }));
  }
  return el('li', { class: 'problem' }, place, el('p', {}, problem.message));
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
      list.replaceChildren(...result.problems.map((p) => problemItem(p, (text) => (status.textContent = text))));
    },
  });
  button.addEventListener('click', () => {
    list.replaceChildren();
    void run();
  });
  const content = el('div', {}, el('p', { class: 'muted' }, t('sidebar.check.intro')), button, status, list);
  return { id: 'check', label: t('sidebar.nav.check'), content };
}
