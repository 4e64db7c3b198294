import { action } from './action';
import { locale, t } from './i18n';
import type { DiagnosticCheck, Diagnosis, Measured } from '../contract/diagnose';
import { el } from './dom';
import { callServer } from './server';
import type { Part } from './part';

const label = (check: DiagnosticCheck) => t(`diagnose.check.${check.name}`);

const ROLES = ['owner', 'writer', 'reader'] as const;

/** What the check measured, in the reader's words; '' when it counts nothing (its detail is in the report). */
function measuredText(measured: Measured | undefined): string {
  switch (measured?.kind) {
    case 'emailsLeft':
      return t('diagnose.measured.emailsLeft', { count: measured.count });
    case 'calendarAccess': {
      // Listing events needs at least reader; another role is shown as Google names it.
      const role = ROLES.find((r) => r === measured.role);
      return t('diagnose.measured.calendarAccess', { role: role ? t(`diagnose.role.${role}`) : measured.role });
    }
    default:
      return '';
  }
}

const took = (check: DiagnosticCheck): string => t('diagnose.took', { ms: new Intl.NumberFormat(locale).format(check.ms) });

/** One line per check: ✓ or ✗ with its name, what it measured and how long it took, and under a failed one what to do. */
function checkItem(check: DiagnosticCheck): HTMLElement {
  const verdict = t(check.ok ? 'diagnose.passed' : 'diagnose.failed');
  const measured = measuredText(check.measured);
  return el(
    'li',
    { class: check.ok ? 'check check-ok' : 'check check-failed', 'data-check': check.name },
    el('p', {}, el('span', { class: 'check-mark', 'aria-hidden': 'true' }, check.ok ? '✓' : '✗'), ' ', label(check), el('span', { class: 'visually-hidden' }, ` (${verdict})`)),
    el('p', { class: 'muted check-measured' }, measured ? `${measured} · ${took(check)}` : took(check)),
    check.ok ? null : el('p', { class: 'muted' }, t(`diagnose.fix.${check.name}`)),
  );
}

/** What the reader sends to whoever helps: each line's verdict, name, time and the raw fact observed. */
function reportText(diagnosis: Diagnosis): string {
  const lines = diagnosis.checks.map((c) => `${c.ok ? '✓' : '✗'} ${label(c)} [${c.name}, ${c.ms} ms]: ${c.detail}`);
  return [`Mutirão — ${t('sidebar.nav.diagnose')} — ${new Date().toISOString()}`, ...lines].join('\n');
}

/**
 * Diagnose, as a sidebar section rather than a dialog: the page already speaks the reader's
 * language and reaches the server, and the list stays open beside the sheet while the reader
 * follows its advice. Opened from the menu (showDiagnose), it runs at once.
 */
export function diagnoseSection(runAtOnce: boolean): Part {
  const status = el('p', { class: 'muted', role: 'status' });
  const list = el('ul', { class: 'checks' });
  const report = el('textarea', { readonly: '', rows: '6', class: 'report', 'aria-label': t('diagnose.report') });
  const copied = el('p', { class: 'muted', role: 'status' });
  const copy = el('button', { type: 'button' }, t('diagnose.copy'));
  const reportBlock = el('div', { hidden: '' }, el('h3', {}, t('diagnose.report')), el('p', { class: 'muted' }, t('diagnose.reportHint')), report, copy, copied);
  const button = el('button', { type: 'button', class: 'action' }, t('diagnose.run'));
  const run = action({
    button,
    region: list,
    say: (text) => (status.textContent = text),
    busyText: t('diagnose.running'),
    call: () => callServer('diagnose'),
    done: (diagnosis) => {
      const failed = diagnosis.checks.filter((c) => !c.ok).length;
      status.textContent = failed === 0 ? t('diagnose.allOk') : t('diagnose.someFailed', { count: failed });
      list.replaceChildren(...diagnosis.checks.map(checkItem));
      report.value = reportText(diagnosis);
      reportBlock.hidden = false;
    },
  });
  button.addEventListener('click', () => {
    list.replaceChildren();
    copied.textContent = '';
    void run();
  });
  copy.addEventListener('click', () => {
    report.select();
    // The sidebar's frame may not be allowed the clipboard: the selected text is the fallback.
    Promise.resolve().then(() => navigator.clipboard.writeText(report.value)).then(
      () => (copied.textContent = t('diagnose.copied')),
      () => (copied.textContent = t('diagnose.copyByHand')),
    );
  });
  if (runAtOnce) void run();
  const content = el('div', {}, el('p', { class: 'muted' }, t('diagnose.intro')), button, status, list, reportBlock);
  return { id: 'diagnose', label: t('sidebar.nav.diagnose'), content };
}
