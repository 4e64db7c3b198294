import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../emulator';
import { updateProposal } from '../../src/server/own';
import { submitMember, submitProposal } from '../../src/server/submissions';
import { translateText } from '../../src/server/translate';
import { groupWorkbook, JEAN, MARINA, rowsOf } from './submit-fixture';

type Wb = ReturnType<typeof groupWorkbook>;
const SOURCE = 'Proposals!PRO-001!Description';
const errorOf = (result: { ok: boolean; errors?: { message: string }[] }) => (result.ok ? '' : result.errors?.[0]?.message);
const kept = (wb: Wb) => rowsOf(wb.ss, 'Traductions').map((r) => r.slice(0, 4));

/** Marina (Recife) proposed PRO-001 in Portuguese; Jean (Nantes) reads French. */
function withProposal(): Wb {
  const wb = groupWorkbook();
  wb.as(JEAN);
  expect(submitMember(wb.google, { name: 'Jean Moreau', city: 'Nantes', country: 'FR', hub: 'Nantes', consent: true }).ok).toBe(true);
  wb.as(MARINA);
  expect(submitProposal(wb.google, { title: 'Feira solidária', description: 'Uma feira por mês', objectiveId: 'O3' }).ok).toBe(true);
  wb.as(JEAN);
  return wb;
}

describe('translateText', () => {
  it('translates once per language, keeps it in the hidden Translations tab, and reuses it', () => {
    const wb = withProposal();
    expect(wb.ss.getSheetByName('Traductions')?.isSheetHidden()).toBe(true);
    expect(translateText(wb.google, { source: SOURCE })).toEqual({ ok: true, text: '[fr] Uma feira por mês', cached: false });
    expect(wb.emulator.language.calls).toEqual([{ user: JEAN.email, text: 'Uma feira por mês', from: '', to: 'fr' }]);
    const [row] = kept(wb);
    expect(row?.slice(0, 3)).toEqual([SOURCE, 'fr', '[fr] Uma feira por mês']);
    expect(rowsOf(wb.ss, 'Journal').at(-1)?.slice(1, 5)).toEqual([JEAN.email, 'text.translate', SOURCE, 'fr']);
    expect(translateText(wb.google, { source: SOURCE })).toEqual({ ok: true, text: '[fr] Uma feira por mês', cached: true });
    expect(wb.emulator.language.calls).toHaveLength(1);
    // Another language is another row; Brazilian Portuguese is Google's `pt`.
    expect(translateText(wb.google, { source: 'Proposals!PRO-001!Title', to: 'en' })).toMatchObject({ text: '[en] Feira solidária' });
    wb.as({ ...MARINA });
    expect(translateText(wb.google, { source: 'Proposals!PRO-001!Title' })).toMatchObject({ text: '[pt] Feira solidária' });
    expect(kept(wb)).toHaveLength(3);
  });

  it('translates again once the source changed, in the same row', () => {
    const wb = withProposal();
    expect(translateText(wb.google, { source: SOURCE }).ok).toBe(true);
    wb.as(MARINA);
    expect(updateProposal(wb.google, { proposalId: 'PRO-001', title: 'Feira solidária', description: 'Duas feiras por mês', objectiveId: 'O3' }).ok).toBe(true);
    wb.as(JEAN);
    expect(translateText(wb.google, { source: SOURCE })).toEqual({ ok: true, text: '[fr] Duas feiras por mês', cached: false });
    expect(kept(wb).map((r) => r.slice(0, 3))).toEqual([[SOURCE, 'fr', '[fr] Duas feiras por mês']]);
  });

  it('names the daily quota in the reader’s language, and keeps nothing', () => {
    const wb = withProposal();
    wb.emulator.language.setDailyQuota(JEAN.email, 1);
    expect(translateText(wb.google, { source: SOURCE }).ok).toBe(true);
    expect(errorOf(translateText(wb.google, { source: 'Proposals!PRO-001!Title' }))).toBe('La traduction de Google a atteint la limite du jour pour votre compte\u00a0: réessayez demain, ou lisez l’original.');
    // What was kept still serves.
    expect(translateText(wb.google, { source: SOURCE })).toMatchObject({ ok: true, cached: true });
    expect(kept(wb)).toHaveLength(1);
  });

  it('refuses a cell that is not a member’s text, or holds none', () => {
    const wb = withProposal();
    expect(translateText(wb.google, { source: 'Members!MEM-002!Email' })).toMatchObject({ ok: false, errors: [{ field: 'source' }] });
    expect(errorOf(translateText(wb.google, { source: 'Proposals!PRO-001!Answer' }))).toBe('Il n’y a pas de texte à traduire en Proposals!PRO-001!Answer.');
    expect(errorOf(translateText(wb.google, { source: 'Proposals!PRO-009!Title' }))).toMatch(/PRO-009/);
    expect(wb.emulator.language.calls).toEqual([]);
  });

  it('needs only the spreadsheet, the UI and the email: a member who granted nothing else translates', () => {
    const wb = withProposal();
    wb.as({ ...JEAN, grantedScopes: [SCOPES.spreadsheetsCurrentOnly, SCOPES.containerUi, SCOPES.email] });
    expect(translateText(wb.google, { source: SOURCE })).toMatchObject({ ok: true, cached: false });
  });
});
