import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/domain/errors';
import { t } from '../../src/domain/i18n';
import { ensureScopes, grantedScopes, SCOPES_FOR } from '../../src/script';
import { Emulator } from '../../emulator/index';

const CORE = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/userinfo.email',
];

/** A coordinator who granted only what members need, as granular consent allows. */
function declinedCalendar(): Emulator {
  return new Emulator({ user: { email: 'ana@example.org', locale: 'pt-BR', grantedScopes: CORE } });
}

const refusal = (run: () => void): UserError => {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('ensureScopes', () => {
  it('refuses, with the link that grants Calendar, a user who declined it', () => {
    const em = declinedCalendar();
    const error = em.run({ kind: 'user', authMode: 'FULL' }, () => refusal(() => ensureScopes(em.services.ScriptApp, 'calendar')));
    expect(error.key).toBe('consent.calendar');
    expect(String(error.params['url'])).toContain(encodeURIComponent(SCOPES_FOR.calendar[0]));
    expect(t('pt-BR', error.key, error.params)).toMatch(/^A sincronização da agenda precisa de acesso ao Google Agenda.*https:\/\//);
  });

  it('lets the same user through once they granted it', () => {
    const em = declinedCalendar();
    em.grantScopes(...SCOPES_FOR.calendar);
    expect(() => em.run({ kind: 'user', authMode: 'FULL' }, () => ensureScopes(em.services.ScriptApp, 'calendar'))).not.toThrow();
  });

  it('tells which of the manifest scopes were granted', () => {
    const em = declinedCalendar();
    expect(em.run({ kind: 'user', authMode: 'FULL' }, () => grantedScopes(em.services.ScriptApp)).sort()).toEqual([...CORE].sort());
  });
});
