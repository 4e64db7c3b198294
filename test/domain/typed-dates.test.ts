import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/domain/locale';
import { readTypedDate, readTypedTime, typedDate, typedTime } from '../../src/domain/typed-dates';
import { writtenDate } from '../../src/domain/written-dates';
import { pageCatalog } from '../../src/sidebar/i18n/page';

const ok = (value: string) => ({ ok: true, value });
const unreadable = { ok: false, impossible: false };
const impossible = { ok: false, impossible: true };

describe('a date typed the page language’s way', () => {
  it('is written day first with slashes in every language, as its hint says', () => {
    for (const locale of LOCALES) {
      expect(typedDate('2026-12-11', locale), locale).toBe('11/12/2026');
      // The hint's letters stand where the figures go: jj/mm/aaaa, dd/mm/aaaa, dd/mm/yyyy (and
      // the pseudo-locale's accented letters, between its padding).
      expect(pageCatalog(locale)['date.hint'].replace(/[^\p{L}/]/gu, '').replace(/\p{L}/gu, '0'), locale).toBe(typedDate('2026-12-11', locale).replace(/\d/g, '0'));
    }
  });

  it('reads what people type and paste: short, dotted, dashed, ISO and two-digit years', () => {
    for (const locale of LOCALES) {
      for (const text of ['1/2/2027', '01/02/2027', '1/2/27', '01.02.2027', '1-2-2027', ' 1 / 2 / 2027 ', '2027-02-01', '2027/2/1']) {
        expect(readTypedDate(text, locale), `${locale} ${text}`).toEqual(ok('2027-02-01'));
      }
    }
  });

  it('reads a month written in words in the page’s language, wherever the year stands', () => {
    expect(readTypedDate('11 déc. 2026', 'fr')).toEqual(ok('2026-12-11'));
    expect(readTypedDate('vendredi 11 décembre 2026', 'fr')).toEqual(ok('2026-12-11'));
    expect(readTypedDate('1er mars 2027', 'fr')).toEqual(ok('2027-03-01'));
    // « mar. » is Tuesday, and begins « mars »: the month named last counts.
    expect(readTypedDate('mar. 15 juin 2027', 'fr')).toEqual(ok('2027-06-15'));
    expect(readTypedDate('11 de dezembro de 2026', 'pt-BR')).toEqual(ok('2026-12-11'));
    expect(readTypedDate('sexta-feira, 11 de dez. de 2026', 'pt-BR')).toEqual(ok('2026-12-11'));
    expect(readTypedDate('2 de março de 2027', 'pt-BR')).toEqual(ok('2027-03-02'));
    expect(readTypedDate('11 Dec 2026', 'en')).toEqual(ok('2026-12-11'));
    expect(readTypedDate('Fri 11 Dec 2026', 'en')).toEqual(ok('2026-12-11'));
    expect(readTypedDate('December 11th, 2026', 'en')).toEqual(ok('2026-12-11'));
    expect(readTypedDate('2026 Dec 11', 'en')).toEqual(ok('2026-12-11'));
  });

  it('names a day that does not exist as such, apart from text that is no date', () => {
    for (const locale of LOCALES) {
      for (const text of ['31/02/2027', '29/02/2027', '31/04/2027', '0/1/2027', '32/01/2027', '11/13/2026', '2027-02-30']) {
        expect(readTypedDate(text, locale), `${locale} ${text}`).toEqual(impossible);
      }
      for (const text of ['demain', '11/12', '11/12/2026/1', '1/2/027', '11 2026', 'ju 11 2026', '11 xyz 2026']) {
        expect(readTypedDate(text, locale), `${locale} ${text}`).toEqual(unreadable);
      }
      expect(readTypedDate('  ', locale)).toBeUndefined();
    }
    expect(readTypedDate('29/02/2028', 'fr')).toEqual(ok('2028-02-29'));
    // "jui" begins both juin and juillet: no guess.
    expect(readTypedDate('3 jui 2027', 'fr')).toEqual(unreadable);
  });

  it('reads back what it writes, and the date in words it echoes, for every day and language', () => {
    const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom(...LOCALES), (date, locale) => {
        expect(readTypedDate(typedDate(date, locale), locale)).toEqual(ok(date));
        expect(readTypedDate(writtenDate(date, locale), locale)).toEqual(ok(date));
        expect(readTypedDate(writtenDate(date, locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }), locale)).toEqual(ok(date));
      }),
    );
  });
});

describe('a time typed the page language’s way', () => {
  it('is written on the 24-hour clock in every language', () => {
    for (const locale of LOCALES) {
      expect(typedTime('14:30', locale)).toBe('14:30');
      expect(typedTime('09:05', locale)).toBe('09:05');
    }
  });

  it('reads 24-hour times however they are written, and 12-hour ones with am or pm', () => {
    for (const text of ['14:30', '14h30', '14 h 30', '14.30', '14:30:00', ' 14:30 ', '2:30 pm', '2:30 PM', '2.30 p.m.']) expect(readTypedTime(text), text).toEqual(ok('14:30'));
    expect(readTypedTime('14h')).toEqual(ok('14:00'));
    expect(readTypedTime('9:05')).toEqual(ok('09:05'));
    expect(readTypedTime('12 am')).toEqual(ok('00:00'));
    expect(readTypedTime('12 pm')).toEqual(ok('12:00'));
    for (const text of ['24:00', '14:60', '14:5', '13 pm', '0 am', 'midi', '1430']) expect(readTypedTime(text), text).toEqual(unreadable);
    expect(readTypedTime('')).toBeUndefined();
  });

  it('reads back what it writes, for every minute of the day and language', () => {
    const minute = fc.integer({ min: 0, max: 1439 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
    fc.assert(fc.property(minute, fc.constantFrom(...LOCALES), (time, locale) => {
      expect(readTypedTime(typedTime(time, locale))).toEqual(ok(time));
    }));
  });
});

describe('a date written for a reader', () => {
  it('is British style in English, without the comma CLDR puts after the weekday, and long in French and Portuguese', () => {
    expect(writtenDate('2026-12-11', 'en')).toBe('Fri 11 Dec 2026');
    expect(writtenDate('2026-12-11', 'fr')).toBe('11 décembre 2026');
    expect(writtenDate('2026-12-11', 'pt-BR')).toBe('11 de dezembro de 2026');
    const short = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } as const;
    expect(writtenDate('2026-12-11', 'fr', short)).toBe('ven. 11 déc. 2026');
    expect(writtenDate('2026-12-11', 'pt-BR', short)).toBe('sex., 11 de dez. de 2026');
  });

  it('stays on its calendar day whatever the host’s time zone', () => {
    expect(writtenDate('2027-01-01', 'en')).toBe('Fri 1 Jan 2027');
    expect(writtenDate('2026-12-31', 'fr')).toBe('31 décembre 2026');
  });
});
