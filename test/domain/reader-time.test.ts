import { describe, expect, it } from 'vitest';
import { readerTime } from '../../src/domain/reader-time';

describe('a city’s date and time in a sentence', () => {
  it('joins the day and the hour as each language does', () => {
    const at = { date: '2027-03-27', time: '14:00' } as const;
    expect(readerTime(at, 'fr')).toBe('27 mars 2027 à 14:00');
    expect(readerTime(at, 'pt-BR')).toBe('27 de março de 2027 às 14:00');
    expect(readerTime(at, 'en')).toBe('Sat 27 Mar 2027 at 14:00');
  });

  it('writes « à » before midnight’s and one o’clock’s hours in Portuguese, « às » before the others', () => {
    expect(readerTime({ date: '2027-01-16', time: '00:30' }, 'pt-BR')).toBe('16 de janeiro de 2027 à 00:30');
    expect(readerTime({ date: '2027-01-16', time: '01:30' }, 'pt-BR')).toBe('16 de janeiro de 2027 à 01:30');
    expect(readerTime({ date: '2027-01-16', time: '02:30' }, 'pt-BR')).toBe('16 de janeiro de 2027 às 02:30');
  });
});
