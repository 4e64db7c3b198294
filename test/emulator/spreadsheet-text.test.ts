import { describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/index';
import { harness } from './spreadsheet-env';

// The setValue reference: a string starting with "=" is a formula; nothing there says a plain-text
// ("@") format stops it, so by default the emulator parses typing whatever the format.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)

function textCell(options: { trusted?: boolean } = {}) {
  const h = harness();
  if (options.trusted === true) h.options.textRule = 'plain-text-trusted';
  return { h, range: h.sheet().getRange('A1').setNumberFormat('@') };
}

describe('pessimistic text rule (default)', () => {
  it('makes a formula of "=1+1" in a plain-text cell', () => {
    const { range } = textCell();
    range.setValue('=1+1');
    expect(range.getFormula()).toBe('=1+1');
  });

  it.each([
    ['0012', 12],
    ['TRUE', true],
  ])('reads %s as typing in a plain-text cell', (typed, value) => {
    const { range } = textCell();
    range.setValues([[typed]]);
    expect(range.getValue()).toBe(value);
  });

  it('makes a date of an ISO date in a plain-text cell', () => {
    const { range } = textCell();
    range.setValue('2027-01-12');
    expect(range.getValue()).toBeInstanceOf(Date);
  });

  it('drops the leading apostrophe (the quote prefix) in a plain-text cell', () => {
    const { range } = textCell();
    range.setValue("'90s fair");
    expect(range.getValue()).toBe('90s fair');
  });

  it('is the Emulator default, and the former rule can be chosen', () => {
    const strict = new Emulator();
    const trusted = new Emulator({ textRule: 'plain-text-trusted' });
    const written = [strict, trusted].map((em) => {
      const range = em.services.SpreadsheetApp.getActiveSheet().getRange('A1').setNumberFormat('@').setValue('0012');
      return range.getValue();
    });
    expect(written).toEqual([12, '0012']);
  });
});

describe('plain-text-trusted rule', () => {
  it('keeps strings verbatim in a plain-text cell', () => {
    const { range } = textCell({ trusted: true });
    range.setValues([['=1+1']]);
    expect([range.getValue(), range.getFormula()]).toEqual(['=1+1', '']);
  });

  it('still parses typing in a cell of another format', () => {
    const { h } = textCell({ trusted: true });
    expect(h.sheet().getRange('B1').setValue('0012').getValue()).toBe(12);
  });
});

const TRICKY = ['=1+1', '+33 6 12', '-abc', '0012', '2027-01-12', 'TRUE', "'90s fair", '10:00', '50%'];

describe('rich text', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value-builder
  function rich(h: ReturnType<typeof harness>, text: string) {
    return h.app.newRichTextValue().setText(text).build();
  }

  it('stores tricky text literally, whatever the format', () => {
    const h = harness();
    const range = h.sheet().getRange(1, 1, 1, TRICKY.length);
    range.setRichTextValues([TRICKY.map((t) => rich(h, t))]);
    expect(range.getValues()).toEqual([TRICKY]);
    expect(range.getFormulas()).toEqual([TRICKY.map(() => '')]);
    expect(range.getDisplayValues()).toEqual([TRICKY]);
  });

  it('leaves the number format as it was', () => {
    const h = harness();
    const range = h.sheet().getRange('A1:B1').setNumberFormats([['@', '0.00']]);
    range.setRichTextValues([[rich(h, '0012'), rich(h, '0012')]]);
    expect(range.getNumberFormats()).toEqual([['@', '0.00']]);
  });

  it('reads back with getText, and null for a cell that is not text', () => {
    const h = harness();
    const range = h.sheet().getRange('A1:C1');
    range.setValues([[12, 'x', '']]);
    range.offset(0, 1, 1, 1).setRichTextValue(rich(h, "'quoted"));
    const texts = range.getRichTextValues()[0]?.map((v) => (v === null ? null : v.getText()));
    expect(texts).toEqual([null, "'quoted", '']);
    expect(range.getRichTextValue()).toBeNull();
  });

  it('writes the same value into every cell with setRichTextValue', () => {
    const h = harness();
    const range = h.sheet().getRange('A1:B2').setRichTextValue(rich(h, '=A1'));
    expect(range.getValues()).toEqual([
      ['=A1', '=A1'],
      ['=A1', '=A1'],
    ]);
  });

  it('refuses data of the wrong size, as setValues does, and writes nothing', () => {
    const h = harness();
    const range = h.sheet().getRange('A1:B1');
    expect(() => range.setRichTextValues([[rich(h, 'a')]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(range.getValues()).toEqual([['', '']]);
  });

  it('refuses a plain string where a RichTextValue is expected', () => {
    const h = harness();
    const range = h.sheet().getRange('A1');
    const plain = [['plain']] as unknown as GoogleAppsScript.Spreadsheet.RichTextValue[][];
    expect(() => range.setRichTextValues(plain)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setRichTextValues.",
    );
  });

  it('is metered like every other call, and refused where writes are', () => {
    const h = harness();
    const value = rich(h, 'x');
    h.sheet().getRange('A1:A3').setRichTextValues([[value], [value], [value]]);
    expect(h.meter.count('Range.setRichTextValues')).toBe(1);
    h.deny.add('write');
    expect(() => h.sheet().getRange('A1').setRichTextValue(value)).toThrow(/not allowed/);
  });

  it('parses like typing under the richTextParsesLikeTyping fault', () => {
    const h = harness();
    h.faults.richTextParsesLikeTyping = true;
    const range = h.sheet().getRange('A1').setRichTextValue(rich(h, '=1+1'));
    expect(range.getFormula()).toBe('=1+1');
  });
});
