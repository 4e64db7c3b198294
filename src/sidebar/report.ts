import { enumLabel } from '../domain/enums';
import { LOCALES } from '../domain/locale';
import { action } from './action';
import { download } from './calendar';
import { el, field, select } from './dom';
import { locale, t } from './i18n';
import type { Part } from './part';
import { callServer } from './server';

/** "Report" (coordinators): the report for partners in the language chosen, as a printable page or a CSV file. */
export function reportSection(): Part {
  const language = select(LOCALES.map((l) => [l, enumLabel('language', l, locale)]), locale);
  const chooser = field(t('report.language'), language);
  const status = el('p', { class: 'muted', role: 'status' });
  const say = (text: string) => (status.textContent = text);
  const open = el('button', { type: 'button', class: 'action' }, t('report.open'));
  const csv = el('button', { type: 'button' }, t('report.csv'));
  const chosen = () => language.value as (typeof LOCALES)[number];
  open.addEventListener('click', action({ button: open, say, busyText: t('report.opening'), call: () => callServer('showReportDialog', { language: chosen() }), done: () => { say(t('report.opened')); } }));
  csv.addEventListener('click', action({
    button: csv,
    say,
    busyText: t('report.opening'),
    call: () => callServer('buildReport', { language: chosen(), format: 'csv' }),
    done: (file) => {
      say('');
      download(file.filename, file.content, 'text/csv;charset=utf-8');
    },
  }));
  return { id: 'report', label: t('report.nav'), content: el('div', {}, el('p', { class: 'muted' }, t('report.intro')), chooser.element, el('div', { class: 'form-actions' }, open, csv), status) };
}
