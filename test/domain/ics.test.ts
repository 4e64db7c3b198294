import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar, utcDateTime, type IcsEvent } from '../../src/domain/ics';

const utc = (iso: string): Date => new Date(`${iso}Z`);
const octets = (s: string): number => new TextEncoder().encode(s).length;

const event: IcsEvent = {
  uid: 'MTG-001.sheet123@mutirao',
  start: utc('2027-03-27T17:00:00'),
  end: utc('2027-03-27T18:30:00'),
  summary: 'Réunion; plénière, Recife\\Nantes',
  description: 'Ordre du jour\u00a0:\n1. Bilan, budget; calendrier\nRecife\u00a0: 27/03/2027 14:00',
  location: 'Visio, salle 3; bâtiment B',
};

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break (RFC 5545 §3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters TEXT does not allow, keeping tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td')).toBe('abc\td');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a line starting with a space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts UTF-8 octets, not characters, and never splits a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine(`DESCRIPTION:${text}`);
        const lines = folded.split('\r\n');
        for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
        lines.slice(1).forEach((line) => expect(line.startsWith(' ')).toBe(true));
        // Unfolding gives back the line exactly: no character was cut or changed.
        expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${text}`);
      }),
    );
  });

  it('keeps a four-octet emoji whole when it would straddle the fold', () => {
    const folded = foldLine(`${'a'.repeat(73)}😀b`);
    expect(folded).toBe(`${'a'.repeat(73)}\r\n 😀b`);
  });
});

describe('utcDateTime', () => {
  it('writes the UTC basic form', () => {
    expect(utcDateTime(utc('2027-10-31T01:30:00.250'))).toBe('20271031T013000Z');
  });
});

describe('icsCalendar, read back by ical.js', () => {
  const text = icsCalendar([event, { ...event, uid: 'MTG-002.sheet123@mutirao', location: '', description: '' }], {
    stamp: utc('2027-03-01T09:00:00'),
    name: 'Réunions Mutirão',
  });

  it('uses CRLF line ends only and folds every line at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('parses into events with their UID, times in UTC and text unescaped', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Réunions Mutirão');
    const [first, second] = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(first?.uid).toBe('MTG-001.sheet123@mutirao');
    expect(first?.summary).toBe(event.summary);
    expect(first?.description).toBe(event.description);
    expect(first?.location).toBe(event.location);
    expect(first?.startDate.toJSDate().toISOString()).toBe('2027-03-27T17:00:00.000Z');
    expect(first?.endDate.toJSDate().toISOString()).toBe('2027-03-27T18:30:00.000Z');
    expect(first?.startDate.zone?.tzid).toBe('UTC');
    expect(String(first?.component.getFirstPropertyValue('dtstamp'))).toBe('2027-03-01T09:00:00Z');
    expect(second?.uid).toBe('MTG-002.sheet123@mutirao');
    expect(second?.component.hasProperty('location')).toBe(false);
  });

  it('round-trips any text through ical.js', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }), (summary, description) => {
        // What the parser cannot distinguish: CR and CRLF both become \n, control characters are dropped.
        const clean = (s: string) => s.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
        const ics = icsCalendar([{ ...event, summary, description: description.trim() === '' ? '' : description }], { stamp: utc('2027-03-01T09:00:00'), name: 'x' });
        const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
        expect(vevent?.getFirstPropertyValue('summary') ?? '').toBe(clean(summary));
        if (description.trim() !== '') expect(vevent?.getFirstPropertyValue('description')).toBe(clean(description));
      }),
    );
  });
});
