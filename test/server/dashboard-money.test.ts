import { describe, expect, it } from 'vitest';
import { refreshProgress } from '../../src/server/progress';
import { progressWorkbook } from './progress-fixture';

/** A row without its trailing blank cells. */
const trimEnd = (row: string[]) => row.slice(0, row.length - [...row].reverse().findIndex((c) => c !== ''));

type Fixture = ReturnType<typeof progressWorkbook>;

/** The financial pledges block as a coordinator reads it (getDisplayValues), trailing blanks dropped. */
function pledges(f: Fixture, tabName: string, title: string): string[][] {
  const result = refreshProgress(f.google);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  const rows = f.tab(tabName).getDataRange().getDisplayValues();
  const start = rows.findIndex((r) => r[0] === title);
  const end = rows.findIndex((r, i) => i > start && r.every((c) => c === ''));
  return rows.slice(start + 1, end).map((r) => trimEnd(r));
}

function withPledges(locale: string): Fixture {
  const f = progressWorkbook({ locale });
  f.add('Membres', [f.member('MEM-003', 'Jean Moreau', 'Nantes'), f.member('MEM-004', 'Ana Lima', 'Recife', 'inactif')]);
  // Labels typed in French work in a Portuguese workbook too: the add-on reads every language.
  f.add('Ressources', [
    f.money('RES-001', 'MEM-002', 1500.5, 'BRL'),
    f.money('RES-002', 'MEM-002', 250, 'BRL'),
    f.money('RES-003', 'MEM-003', 1234.5, 'EUR'),
    f.money('RES-004', 'MEM-001', 200, 'EUR'),
    f.money('RES-005', 'MEM-004', 99, 'EUR'), // inactive member: not counted
  ]);
  return f;
}

// The fixture's spreadsheet locale sets the group and decimal marks (the emulator's fr_FR
// groups with a narrow no-break space); the workbook language sets the symbol's place.
const NNBSP = '\u202f';

describe('pledge totals on the dashboard', () => {
  it('in a French workbook (fr_FR): per hub and per currency, € and R$ after the amount', () => {
    const f = withPledges('fr_FR');
    expect(pledges(f, 'Tableau de bord', 'Contributions financières')).toEqual([
      ['Pôle', 'EUR', 'BRL'],
      ['Recife', '200,00 €', `1${NNBSP}750,50 R$`],
      ['Nantes', `1${NNBSP}234,50 €`, '0,00 R$'],
      ['Total', `1${NNBSP}434,50 €`, `1${NNBSP}750,50 R$`],
      ['Pas de total converti\u00a0: indiquez le taux EUR → BRL dans Paramètres.'],
    ]);
  });

  it('in a Brazilian workbook (pt_BR): R$ and € before the amount, with the converted totals and the rate', () => {
    const f = withPledges('pt_BR');
    f.setRate(6.25);
    expect(pledges(f, 'Painel', 'Contribuições financeiras')).toEqual([
      ['Polo', 'EUR', 'BRL'],
      ['Recife', '€ 200,00', 'R$ 1.750,50'],
      ['Nantes', '€ 1.234,50', 'R$ 0,00'],
      ['Total', '€ 1.434,50', 'R$ 1.750,50'],
      ['Taxa EUR → BRL usada (BRL por 1 EUR, das Configurações)', '6,25'],
      // 1,434.50 + 1,750.50 / 6.25 = 1,714.58 EUR; 1,750.50 + 1,434.50 × 6.25 = 10,716.13 BRL
      ['Total geral convertido em EUR', '€ 1.714,58'],
      ['Total geral convertido em BRL', '', 'R$ 10.716,13'],
    ]);
  });
});
