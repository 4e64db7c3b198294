import { describe, expect, it } from 'vitest';
import { t } from '../../src/domain/i18n';
import { syncMessage } from '../../src/server/calendar';
import { COL, calendarWorkbook, type CalendarWorkbook } from './calendar-fixture';

/** French notes and messages use no-break spaces; these tests read the words. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

function scheduleMany(wb: CalendarWorkbook, n: number): string[] {
  return Array.from({ length: n }, (_, i) => wb.schedule({ title: `Réunion ${i + 1}`, date: new Date(Date.UTC(2027, 3, 1 + i)).toISOString().slice(0, 10) }));
}

describe('a quota failure is named as such, with what remains to do', () => {
  it('on the very first write (making the group calendar), refused in the caller’s language (Lúcia’s pt-BR) with the meetings waiting, nothing made', () => {
    const wb = calendarWorkbook();
    scheduleMany(wb, 3);
    wb.emulator.calendar.failWritesAfter(0);
    const result = wb.sync();
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : (result.errors[0]?.message ?? '');
    expect(message).toBe(t('pt-BR', 'calendar.quotaLeft', { count: 3 }));
    expect(plain(message)).not.toBe(plain(t('pt-BR', 'error.unexpected')));
    expect(wb.calendarId()).toBe('');
    expect(wb.events()).toEqual([]);
    // Once the limit is lifted, the same click does it all.
    wb.emulator.calendar.resetQuota();
    expect(wb.sync()).toMatchObject({ ok: true, created: 3, failed: 0 });
  });

  it('half-way, the answer says how many meetings still wait (refused and not reached), in every language', () => {
    const wb = calendarWorkbook();
    wb.sync();
    scheduleMany(wb, 4);
    wb.emulator.calendar.failWritesAfter(1);
    const result = wb.sync();
    expect(result).toMatchObject({ ok: true, created: 1, failed: 3, quotaLeft: 3 });
    expect(plain(syncMessage(result, 'fr'))).toContain('Limite de modifications de Google Agenda atteinte : 3 réunions restent à synchroniser.');
    expect(syncMessage(result, 'en')).toContain("Google Calendar's limit on changes was reached: 3 meetings are still to sync.");
    expect(syncMessage(result, 'pt-BR')).toContain('Limite de alterações do Google Agenda atingido: faltam sincronizar 3 reuniões.');
    wb.emulator.calendar.resetQuota();
    const after = wb.sync();
    expect(after).toMatchObject({ ok: true, created: 3, failed: 0 });
    expect(after.ok && after.quotaLeft).toBeFalsy();
  });
});

describe('the sync’s read-back write', () => {
  it('never turns text someone typed into a formula, in a row the sync leaves alone', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({ location: 'Google Meet' });
    // A coordinator's own line under the meetings, no ID: the sync only notes it cannot place it,
    // but rewrites the columns it holds while writing the synced meeting's link and replies.
    const sheet = wb.sheet();
    const row = sheet.getLastRow() + 1;
    sheet.getRange(row, COL.title + 1).setValue('Notes');
    for (const column of [COL.eventId, COL.videoLink, COL.going, COL.noReply]) sheet.getRange(row, column + 1).setValue("'=1+2");
    expect(wb.sync()).toMatchObject({ ok: true, created: 1 });
    expect(String(wb.cell(id, COL.videoLink))).toMatch(/^https:\/\/meet\.google\.com\//);
    for (const column of [COL.eventId, COL.videoLink, COL.going, COL.noReply]) {
      const cell = sheet.getRange(row, column + 1);
      expect([cell.getFormula(), cell.getValue()]).toEqual(['', '=1+2']);
    }
  });

  it('costs the same calls after one move at 3 and at 40 meetings (rich text only where someone typed such text)', () => {
    const calls = (n: number) => {
      const wb = calendarWorkbook();
      const ids = scheduleMany(wb, n);
      wb.sync();
      wb.setCell(ids[0] as string, COL.start, '15:30');
      wb.emulator.meter.reset();
      expect(wb.sync()).toMatchObject({ ok: true, updated: 1 });
      const m = wb.emulator.meter;
      return { total: m.total(), richText: m.count('Range.setRichTextValues') + m.count('RichTextValueBuilder') };
    };
    expect(calls(40)).toEqual(calls(3));
  });
});
