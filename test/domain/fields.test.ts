import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as f from '../../src/domain/fields';
import { issueMessage } from '../../src/domain/messages';
import { wordingFor } from '../../src/domain/i18n';
import type { Locale } from '../../src/domain/locale';
import { MEMBERS, MEETINGS, type Table } from '../../src/domain/tables';

function check(schema: z.core.SomeType, value: unknown, locale: Locale = 'en') {
  const result = z.safeParse(schema as z.ZodMiniType, value);
  if (result.success) return { ok: true as const, value: result.data };
  return { ok: false as const, messages: result.error.issues.map((i) => issueMessage(i as never, wordingFor(locale))) };
}

const column = (table: Table, key: string) => table.columns.find((c) => c.key === key)?.schema as z.core.SomeType;

describe('field rules', () => {
  it('trims free text and reads blank as not given', () => {
    expect(check(f.optional(f.text(10)), '  hi  ')).toEqual({ ok: true, value: 'hi' });
    expect(check(f.optional(f.text(10)), '   ')).toEqual({ ok: true, value: undefined });
  });

  it('refuses a blank required name, in each language', () => {
    const name = column(MEMBERS, 'name');
    expect(check(name, '', 'en')).toEqual({ ok: false, messages: ['This field is required.'] });
    expect(check(name, ' ', 'fr')).toEqual({ ok: false, messages: ['Ce champ est obligatoire.'] });
    expect(check(name, undefined, 'pt-BR')).toEqual({ ok: false, messages: ['Este campo é obrigatório.'] });
  });

  it('limits a name to 120 characters', () => {
    const name = column(MEMBERS, 'name');
    expect(check(name, 'a'.repeat(120)).ok).toBe(true);
    expect(check(name, 'a'.repeat(121), 'fr')).toEqual({ ok: false, messages: ['120 caractères au maximum.'] });
  });

  it('counts characters as people do: 150 emoji make a 150-character title', () => {
    const title = f.required(f.text(f.LIMITS.title, 3));
    expect(check(title, '🌱'.repeat(150)).ok).toBe(true);
    expect(check(title, '🌱'.repeat(151), 'pt-BR')).toEqual({ ok: false, messages: ['No máximo 150 caracteres.'] });
    expect(check(title, '🌱🌱', 'fr')).toEqual({ ok: false, messages: ['3 caractères au minimum.'] });
  });

  it('lowercases emails and refuses malformed ones', () => {
    const email = column(MEMBERS, 'email');
    expect(check(email, ' Ana@Example.org ')).toEqual({ ok: true, value: 'ana@example.org' });
    expect(check(email, 'ana@', 'pt-BR')).toEqual({ ok: false, messages: ['Informe um endereço de e-mail válido.'] });
  });

  it('reads a country code in any case', () => {
    const country = column(MEMBERS, 'country');
    expect(check(country, 'br')).toEqual({ ok: true, value: 'BR' });
    expect(check(country, 'Brazil').ok).toBe(false);
  });

  it('reads enumerated labels of any language and lists the choices in the reader’s language', () => {
    const hub = column(MEMBERS, 'hub');
    expect(check(hub, 'nantes')).toEqual({ ok: true, value: 'Nantes' });
    const role = column(MEMBERS, 'role');
    expect(check(role, 'coordenação')).toEqual({ ok: true, value: 'coordinator' });
    // The label earlier versions wrote is still read.
    expect(check(role, 'coordenador')).toEqual({ ok: true, value: 'coordinator' });
    expect(check(role, 'boss', 'fr')).toEqual({ ok: false, messages: ['Choisissez parmi\u00a0: coordination, membre.'] });
  });

  it('keeps a meeting between 15 and 600 minutes, typed as a number or as text', () => {
    const duration = column(MEETINGS, 'durationMinutes');
    expect(check(duration, '90')).toEqual({ ok: true, value: 90 });
    expect(check(duration, 10, 'en')).toEqual({ ok: false, messages: ['Enter a number from 15 to 600.'] });
    expect(check(duration, 'long', 'fr')).toEqual({ ok: false, messages: ['Saisissez un nombre.'] });
  });

  it('wants Start as HH:MM and a real IANA time zone', () => {
    expect(check(column(MEETINGS, 'start'), '09:30')).toEqual({ ok: true, value: '09:30' });
    expect(check(column(MEETINGS, 'start'), '9h30', 'fr')).toEqual({ ok: false, messages: ['Saisissez une heure au format hh:mm (24\u00a0h).'] });
    expect(check(column(MEETINGS, 'timeZone'), 'Europe/Paris').ok).toBe(true);
    expect(check(column(MEETINGS, 'timeZone'), 'Mars/Olympus').ok).toBe(false);
  });

  it('checks the shape of generated IDs', () => {
    expect(check(f.required(f.idOf('MEM')), 'MEM-012').ok).toBe(true);
    expect(check(f.required(f.idOf('MEM')), 'PRO-012', 'en')).toEqual({ ok: false, messages: ['Expected an ID such as MEM-001.'] });
  });
});
