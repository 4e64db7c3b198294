import { describe, expect, it } from 'vitest';
import { harness } from './spreadsheet-env';

// Currency in number formats: "[$€]" shows the symbol, "[$R$-416]" a symbol with a locale code;
// the grouping and decimal marks of "#,##0.00" follow the spreadsheet locale.
// https://developers.google.com/sheets/api/guides/formats#number_format_tokens
// https://support.google.com/docs/answer/56470 (custom number formats)

function shown(locale: string, value: number, format: string): string {
  const sheet = harness({ locale }).sheet();
  return sheet.getRange('A1').setNumberFormat(format).setValue(value).getDisplayValue();
}

describe('currency formats', () => {
  it('puts the symbol where the format does, in fr_FR', () => {
    expect(shown('fr_FR', 1234.5, '#,##0.00 [$€]')).toBe('1\u202f234,50 €');
    expect(shown('fr_FR', 1234.5, '#,##0.00 [$R$]')).toBe('1\u202f234,50 R$');
  });

  it('in pt_BR', () => {
    expect(shown('pt_BR', 1234.5, '[$R$] #,##0.00')).toBe('R$ 1.234,50');
    expect(shown('pt_BR', 0, '[$€] #,##0.00')).toBe('€ 0,00');
  });

  it('in en_US, with a locale code after the symbol and quoted text', () => {
    expect(shown('en_US', 1234567.891, '[$R$-416]#,##0.00')).toBe('R$1,234,567.89');
    expect(shown('en_US', 5, '0 "BRL"')).toBe('5 BRL');
  });
});
