import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { saveMilestone } from '../../src/server/action-plan';
import { eraseMember } from '../../src/server/privacy';
import { buildReport } from '../../src/server/report';
import type { Locale } from '../../src/domain/locale';
import { deliverSome, JEAN, LUCIA, MARINA, planWorkbook, setEurToBrl } from './plan-fixture';

/** Marina's plan a third done, R$ 500 of R$ 1.500 and 2,5 of 10 jours delivered, Jean's 800 € untouched; rate 5. */
function reported() {
  const wb = planWorkbook();
  wb.as(MARINA);
  expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Local reservado', due: '2026-01-10', status: 'done', doneOn: '2026-01-12' }).ok).toBe(true);
  expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Feira; "grande" =SUM(1)', due: '2030-02-01', status: 'planned' }).ok).toBe(true);
  expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: '=1+1 balanço', due: '2031-02-01', status: 'planned' }).ok).toBe(true);
  deliverSome(wb);
  wb.as(LUCIA);
  setEurToBrl(wb, 5);
  return wb;
}

function content(wb: ReturnType<typeof planWorkbook>, language: Locale, format: 'html' | 'csv') {
  const built = buildReport(wb.google, { language, format });
  if (!built.ok) throw new Error(built.errors[0]?.message);
  return built;
}

/** The CSV as a real parser reads it: the tables, each under its title, by their first cell. */
function tables(csv: string, separator: string): Map<string, string[][]> {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const records: string[][] = parse(csv, { bom: true, delimiter: separator, relax_column_count: true, skip_empty_lines: false });
  const found = new Map<string, string[][]>();
  let current: string[][] = [];
  for (const [i, record] of records.entries()) {
    if (record.length === 1 && record[0] === '') continue;
    if ((records[i - 1]?.join('') ?? '') === '' && record.length === 1) {
      current = [];
      found.set(record[0] ?? '', current);
    } else {
      current.push(record);
    }
  }
  return found;
}

const CASES = [
  { language: 'fr', separator: ';', number: (s: string) => Number(s.replace(',', '.')), resources: 'Contributions financières promises et versées, par pôle', inKind: 'Contributions en nature, par pôle', plan: 'Plan d’action', milestones: 'Jalons' },
  { language: 'pt-BR', separator: ';', number: (s: string) => Number(s.replace(',', '.')), resources: 'Contribuições financeiras prometidas e entregues, por polo', inKind: 'Contribuições não financeiras, por polo', plan: 'Plano de ação', milestones: 'Marcos' },
  { language: 'en', separator: ',', number: (s: string) => Number(s), resources: 'Financial pledges and deliveries by hub', inKind: 'Help in kind by hub', plan: 'Action plan', milestones: 'Milestones' },
] as const;

describe('buildReport as CSV (issue 21)', () => {
  it.each(CASES)('opens as columns in $language, and its numbers read back as the sheet’s', ({ language, separator, number, resources, inKind, plan, milestones }) => {
    const wb = reported();
    const built = content(wb, language, 'csv');
    expect(built.filename).toMatch(/\.csv$/);
    const found = tables(built.content, separator);
    const money = found.get(resources) ?? [];
    // Header, Recife BRL, Nantes EUR, totals EUR and BRL, total in EUR at the rate (after the note).
    const rows = money.filter((r) => r.length === 4).slice(1).map((r) => [r[0], r[1], number(r[2] ?? ''), number(r[3] ?? '')]);
    expect(rows).toEqual([
      ['Recife', 'BRL', 1500, 500],
      ['Nantes', 'EUR', 800, 0],
      [expect.any(String), 'EUR', 800, 0],
      [expect.any(String), 'BRL', 1500, 500],
      [expect.any(String), 'EUR', 1100, 100],
    ]);
    expect((found.get(inKind) ?? []).slice(1).map((r) => [r[0], r[1], number(r[2] ?? ''), number(r[3] ?? '')])).toEqual([['Recife', 'jours', 10, 2.5]]);
    const planRow = (found.get(plan) ?? [])[1] ?? [];
    expect(planRow.slice(0, 4)).toEqual(['1', 'PRO-001 Feira solidária', 'Cooperativa Mãos Dadas · Recife', expect.any(String)]);
    expect(number(planRow[3] ?? '')).toBeCloseTo(33.3);
    // A title with the separator and quotes stays one field; one starting like a formula stays text.
    expect((found.get(milestones) ?? []).slice(2).map((r) => r.slice(0, 3))).toEqual([
      ['PRO-001', 'Feira; "grande" =SUM(1)', '2030-02-01'],
      ['PRO-001', "'=1+1 balanço", '2031-02-01'],
    ]);
  });

  it('lists the meetings held with their date and the proposals they discussed', () => {
    const wb = reported();
    const sheet = wb.ss.getSheetByName('Réunions');
    const header = (sheet?.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).map(String);
    const row = header.map(() => '' as unknown);
    const put = (name: string, value: unknown) => { row[header.indexOf(name)] = value; };
    put('ID', 'MTG-009'); put('Titre', 'Plénière de mars'); put('Date', '2026-03-03'); put('Statut', 'tenue');
    put('Propositions discutées', 'PRO-001, PRO-002');
    sheet?.getRange((sheet.getLastRow() || 1) + 1, 1, 1, row.length).setValues([row]);
    const found = tables(content(wb, 'en', 'csv').content, ',');
    expect(found.get('Meetings held')?.slice(1)).toEqual([['2026-03-03', 'Plénière de mars', 'PRO-001, PRO-002']]);
  });

  it('names organizations and hubs, never a person’s name or email; an erased member appears nowhere', () => {
    const wb = reported();
    const everything = () => (['fr', 'pt-BR', 'en'] as const).flatMap((l) => [content(wb, l, 'csv').content, content(wb, l, 'html').content]).join('\n');
    for (const text of [JEAN.email, MARINA.email, LUCIA.email, 'Marina Souza', 'Jean Moreau']) expect(everything()).not.toContain(text);
    expect(everything()).toContain('Cooperativa Mãos Dadas');
    wb.as(MARINA);
    expect(eraseMember(wb.google, { memberId: 'MEM-002' }).ok).toBe(true);
    wb.as(LUCIA);
    expect(everything()).not.toContain('Cooperativa Mãos Dadas');
    // Her contributions still count, by hub.
    expect(content(wb, 'en', 'csv').content).toContain('Recife,BRL,1500.00,500.00');
  });

  it('is for coordinators only', () => {
    const wb = reported();
    wb.as(MARINA);
    const built = buildReport(wb.google, { language: 'pt-BR', format: 'csv' });
    expect(built).toEqual({ ok: false, errors: [{ field: 'form', message: 'Só a coordenação pode gerar o relatório para parceiros.' }] });
  });

  it('refuses a format other than html or csv in the caller’s words, before reading a tab', () => {
    const wb = reported();
    for (const format of ['pdf', 3, true]) {
      expect(buildReport(wb.google, { language: 'fr', format })).toEqual({ ok: false, errors: [{ field: 'format', message: 'Este valor não é válido.' }] });
    }
    expect(buildReport(wb.google, { language: 'fr', format: ' ' }).ok).toBe(true);
  });
});

describe('buildReport as a printable page (issue 21)', () => {
  it('is an A4 page in the language chosen, with an inline chart, every text escaped and no external request', () => {
    const wb = reported();
    const built = content(wb, 'pt-BR', 'html');
    const html = built.content;
    expect(built.filename).toMatch(/^relatorio-parceiros-\d{4}-\d{2}-\d{2}\.html$/);
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('<html lang="pt-BR">');
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain('Feira; &#34;grande&#34; =SUM(1)');
    expect(html).not.toContain('"grande"');
    for (const figure of ['R$\u00a01.500,00', 'R$\u00a0500,00', '€\u00a01.100,00', '€\u00a0100,00', '33%', 'Taxa EUR → BRL usada: 5 BRL por 1 EUR']) expect(html).toContain(figure);
  });
});
