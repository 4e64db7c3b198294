import { shortDate } from '../domain/action-plan';
import { t } from '../domain/i18n';
import { INTL_TAG, LOCALE_FACTS, type Locale } from '../domain/locale';
import { formatMoney } from '../domain/money';
import type { Report, ReportCell } from '../domain/report';
import { longDate } from './emails/render';
import { escapeHtml } from './html';

/**
 * The report for partners as people receive it (issue 21): a printable A4 page, or a CSV file
 * that Excel and LibreOffice open as columns in the reader's language. Both render the same
 * model (domain/report.ts), so their figures agree. Every value is escaped.
 */

function htmlCell(cell: ReportCell, locale: Locale): string {
  switch (cell.kind) {
    case 'text':
      return escapeHtml(cell.value);
    case 'blank':
      return '';
    case 'percent':
      return `<span class="bar" aria-hidden="true"><span style="width:${Math.round(cell.value * 100)}%"></span></span> ${escapeHtml(new Intl.NumberFormat(INTL_TAG[locale], { style: 'percent' }).format(cell.value))}`;
    case 'money':
      return escapeHtml(formatMoney(cell.value, locale, cell.currency));
    case 'quantity':
      return escapeHtml(new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 2 }).format(cell.value));
    case 'date':
      return escapeHtml(shortDate(cell.value, locale));
  }
}

const numeric = (cell: ReportCell) => cell.kind === 'money' || cell.kind === 'quantity' || cell.kind === 'percent';

/** The objectives' progress as horizontal bars, drawn inline: the page makes no request. */
function chartSvg(report: Report): string {
  const rowHeight = 22;
  const width = 480;
  const labelWidth = 48;
  const barWidth = width - labelWidth - 60;
  const percent = new Intl.NumberFormat(INTL_TAG[report.language], { style: 'percent' });
  const bars = report.chart.map((item, i) => {
    const y = i * rowHeight;
    const w = Math.round(barWidth * Math.min(1, Math.max(0, item.progress)));
    return `<text x="0" y="${y + 15}">${escapeHtml(item.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="14" fill="#e8eaed"/>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="14" fill="#1a73e8"/>` +
      `<text x="${labelWidth + barWidth + 6}" y="${y + 15}">${escapeHtml(percent.format(item.progress))}</text>`;
  });
  const height = Math.max(1, report.chart.length) * rowHeight;
  return `<svg role="img" aria-label="${escapeHtml(report.tables[0]?.title ?? '')}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="12" font-family="Arial,sans-serif">${bars.join('')}</svg>`;
}

const STYLE = `@page{size:A4;margin:15mm}body{font:12px/1.45 Arial,sans-serif;color:#202124;margin:0 auto;max-width:180mm}
h1{font-size:20px;margin:0 0 2px}h2{font-size:15px;margin:18px 0 6px;border-bottom:1px solid #dadce0;padding-bottom:2px}
.sub{color:#5f6368;margin:0 0 4px}table{border-collapse:collapse;width:100%;page-break-inside:auto}tr{page-break-inside:avoid}
th,td{border:1px solid #dadce0;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f1f3f4}td.n{text-align:right;white-space:nowrap}
.bar{display:inline-block;width:60px;height:8px;background:#e8eaed;vertical-align:middle}.bar span{display:block;height:8px;background:#1a73e8}
.note{color:#5f6368;margin:4px 0}button{margin:8px 0;font:inherit;padding:6px 12px}@media print{button{display:none}}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}`;

export function renderReportHtml(report: Report): string {
  const { language } = report;
  const sections = report.tables.map((table) => {
    const notes = table.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('');
    const chart = table.key === 'objectives' ? `<figure>${chartSvg(report)}</figure>` : '';
    const body = table.rows.length === 0
      ? `<p class="note">${escapeHtml(t(language, 'report.none'))}</p>`
      : `<table><thead><tr>${table.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${table.rows
          .map((row) => `<tr>${row.map((cell) => `<td${numeric(cell) ? ' class="n"' : ''}>${htmlCell(cell, language)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`;
    return `<section data-table="${table.key}"><h2>${escapeHtml(table.title)}</h2>${notes}${chart}${body}</section>`;
  });
  return `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title><style>${STYLE}</style></head><body>` +
    `<button type="button" onclick="window.print()">${escapeHtml(t(language, 'report.print'))}</button>` +
    `<h1>${escapeHtml(report.title)}</h1><p class="sub">${escapeHtml(report.subtitle)}</p><p class="sub">${escapeHtml(t(language, 'report.generated', { date: longDate(report.today, language) }))}</p>` +
    `${sections.join('')}</body></html>`;
}

/** A number as this language's spreadsheets read it in a CSV: no grouping, its own decimal mark; `fixed` keeps trailing zeros (money). */
function csvNumber(value: number, locale: Locale, decimals: number, fixed = false): string {
  const scale = 10 ** decimals;
  const text = fixed ? value.toFixed(decimals) : String(Math.round(value * scale) / scale);
  return LOCALE_FACTS[locale].decimal === ',' ? text.replace('.', ',') : text;
}

function csvValue(cell: ReportCell, locale: Locale): string {
  switch (cell.kind) {
    case 'text':
      // A cell starting with = + - @ would be run as a formula by a spreadsheet: kept as text (OWASP CSV injection).
      return /^[=+\-@\t\r]/.test(cell.value) ? `'${cell.value}` : cell.value;
    case 'blank':
      return '';
    case 'percent':
      return csvNumber(Math.round(cell.value * 1000) / 10, locale, 1);
    case 'money':
      return csvNumber(cell.value, locale, 2, true);
    case 'quantity':
      return csvNumber(cell.value, locale, 2);
    case 'date':
      return cell.value;
  }
}

function csvField(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The same tables as CSV (RFC 4180 quoting, CRLF lines), one after the other, each under its
 * title, with a byte order mark so Excel reads UTF-8. Fields are separated by `;` where the
 * language's decimal mark is a comma (fr, pt-BR), by `,` in English; percentages are written as
 * numbers of percent (their header says so), dates as YYYY-MM-DD, which both spreadsheets read.
 */
export function renderReportCsv(report: Report): string {
  const { language } = report;
  // Where the decimal mark is a comma, spreadsheets expect fields separated by semicolons.
  const separator = LOCALE_FACTS[language].decimal === ',' ? ';' : ',';
  const line = (fields: readonly string[]) => fields.map((f) => csvField(f, separator)).join(separator);
  const progress = t(language, 'report.col.progress');
  const lines: string[] = [line([report.title]), line([t(language, 'report.generated', { date: report.today })])];
  for (const table of report.tables) {
    lines.push('', line([table.title]), ...table.notes.map((note) => line([note])));
    lines.push(line(table.headers.map((h) => (h === progress ? `${h} (%)` : h))));
    for (const row of table.rows) lines.push(line(row.map((cell) => csvValue(cell, language))));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
