import { describe, expect, it } from 'vitest';
import { confirmConsent, eraseMember, exportMyData, setEmailPreference, setMemberLanguage } from '../../src/server/privacy';
import { getSidebarState } from '../../src/server/sidebar';
import { submitMember, submitProposal, submitResource } from '../../src/server/submissions';
import { validateAll } from '../../src/server/validation';
import { JEAN, LUCIA, MARINA, checked, groupWorkbook, rowsOf } from './submit-fixture';

const jean = { name: 'Jean Moreau', organization: 'Ville de Nantes', city: 'Nantes', country: 'FR', hub: 'Nantes' };

/** Members columns in a French workbook, 0-based. */
const M = { id: 0, name: 1, email: 2, organization: 3, city: 4, country: 5, hub: 6, role: 7, status: 8, joined: 9, language: 10, consent: 11, emails: 12 } as const;

const state = (google: Parameters<typeof getSidebarState>[0]) => {
  const s = getSidebarState(google);
  if (!s.ok) throw new Error(s.errors[0]?.message);
  return s;
};

/** Raises Settings › Privacy notice version (a date cell: midnight in Recife, the workbook's zone). */
function setVersion(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, date: Date): void {
  const sheet = ss.getSheetByName('Paramètres');
  const values = sheet?.getDataRange().getValues() ?? [];
  const row = values.findIndex((r) => r[0] === 'Version de la notice de confidentialité');
  sheet?.getRange(row + 1, 2).setValue(date);
}

describe('registration asks for consent and emails', () => {
  it('refuses a registration without consent and writes nothing', () => {
    const { google, ss, as } = groupWorkbook();
    as(JEAN);
    const before = { members: rowsOf(ss, 'Membres'), log: rowsOf(ss, 'Journal') };
    for (const consent of [undefined, false, 'false', '']) {
      const result = submitMember(google, { ...jean, consent: consent as never, emails: true });
      expect(result).toEqual({ ok: false, errors: [{ field: 'consent', message: 'Pour vous inscrire, acceptez la notice de confidentialité.' }] });
    }
    expect(rowsOf(ss, 'Membres')).toEqual(before.members);
    expect(rowsOf(ss, 'Journal')).toEqual(before.log);
  });

  it('stores the consent as today, the emails choice (no by default) and the language registered in', () => {
    const { google, ss, as, emulator } = groupWorkbook();
    as(JEAN);
    expect(submitMember(google, { ...jean, consent: true, language: 'en' }).ok).toBe(true);
    const row = rowsOf(ss, 'Membres').at(-1) ?? [];
    expect(row[M.language]).toBe('en');
    expect(row[M.emails]).toBe('non');
    expect(row[M.consent]).toBeInstanceOf(Date);
    const today = emulator.services.Utilities.formatDate(emulator.now(), 'America/Recife', 'yyyy-MM-dd');
    expect(state(google).privacy).toMatchObject({ consent: today, needsConsent: false, emails: false, language: 'en' });
  });

  it('takes the caller’s language when the sidebar sends none, and emails yes when ticked', () => {
    const { google, ss, as } = groupWorkbook();
    as(JEAN);
    expect(submitMember(google, { ...jean, consent: 'true', emails: 'true' }).ok).toBe(true);
    const row = rowsOf(ss, 'Membres').at(-1) ?? [];
    expect([row[M.language], row[M.emails]]).toEqual(['fr', 'oui']);
  });
});

describe('consent dates and notice versions', () => {
  it('asks members again when the version is raised, lists them for coordinators, and records the new consent', () => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    expect(state(google).privacy.needsConsent).toBe(false);
    // Marina accepted an older notice; then the coordinators raise the version.
    ss.getSheetByName('Membres')?.getRange(3, M.consent + 1).setValue(new Date('2025-06-01T03:00:00Z'));
    setVersion(ss, new Date('2025-09-01T03:00:00Z'));
    const mine = state(google);
    expect(mine.privacy).toMatchObject({ version: '2025-09-01', consent: '2025-06-01', needsConsent: true, coordinators: ['lucia.almeida'] });
    expect(mine.staleConsents).toBeUndefined();
    as(LUCIA);
    expect(state(google).staleConsents?.map((s) => s.id)).toEqual(['MEM-001', 'MEM-002']);
    as(MARINA);
    // Still able to work meanwhile.
    expect(submitProposal(google, { title: 'Feira solidária', objectiveId: 'O3' }).ok).toBe(true);
    expect(confirmConsent(google)).toEqual({ ok: true });
    expect(rowsOf(ss, 'Journal').at(-1)?.slice(1)).toEqual([MARINA.email, 'member.consent', 'MEM-002', 'notice 2025-09-01']);
    as(LUCIA);
    expect(state(google).staleConsents?.map((s) => s.id)).toEqual(['MEM-001']);
  });

  it('asks members registered before consent existed (blank Consent) on their next visit', () => {
    const { google, ss, as } = groupWorkbook();
    ss.getSheetByName('Membres')?.getRange(3, M.consent + 1).setValue('');
    as(MARINA);
    expect(state(google).privacy).toMatchObject({ consent: null, needsConsent: true });
    as(LUCIA);
    // Lúcia became coordinator through setup, before any notice was shown: she is asked too.
    expect(state(google).staleConsents).toEqual([
      { id: 'MEM-001', name: 'lucia.almeida', consent: null },
      { id: 'MEM-002', name: 'Marina Souza', consent: null },
    ]);
  });
});

describe('preferences', () => {
  it('changes the caller’s emails choice and language, each logged', () => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    expect(setEmailPreference(google, { emails: true })).toEqual({ ok: true });
    expect(setMemberLanguage(google, { language: 'fr' })).toEqual({ ok: true });
    const row = rowsOf(ss, 'Membres')[1] ?? [];
    expect([row[M.emails], row[M.language]]).toEqual(['oui', 'fr']);
    expect(rowsOf(ss, 'Journal').slice(-2).map((r) => r.slice(1))).toEqual([
      [MARINA.email, 'member.emails', 'MEM-002', 'yes'],
      [MARINA.email, 'member.language', 'MEM-002', 'fr'],
    ]);
  });

  it('refuses bad input and guests, writing nothing', () => {
    const { google, ss, as } = groupWorkbook();
    const log = rowsOf(ss, 'Journal');
    as(MARINA);
    expect(setEmailPreference(google, { emails: 'maybe' } as never).ok).toBe(false);
    expect(setMemberLanguage(google, { language: 'de' } as never).ok).toBe(false);
    as(JEAN);
    expect(setEmailPreference(google, { emails: true })).toEqual({ ok: false, errors: [{ field: 'form', message: 'Inscrivez-vous d’abord\u00a0: votre e-mail ne figure pas encore dans l’onglet Membres.' }] });
    expect(rowsOf(ss, 'Journal')).toEqual(log);
  });
});

describe('exportMyData', () => {
  it('gives the caller’s row, proposals, pledges, meetings and Log rows, and no one else’s email', () => {
    const { google, as } = groupWorkbook();
    as(JEAN);
    expect(submitMember(google, { ...jean, consent: true }).ok).toBe(true);
    expect(submitProposal(google, { title: 'Échanges de jeunes', objectiveId: 'O3' }).ok).toBe(true);
    as(MARINA);
    expect(submitProposal(google, { title: 'Feira solidária', objectiveId: 'O3' }).ok).toBe(true);
    expect(submitResource(google, { kind: 'financial', category: 'funding', amount: 500, currency: 'BRL', availability: 'available' }).ok).toBe(true);
    const result = exportMyData(google);
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.filename).toBe('mutirao-MEM-002.json');
    const data = JSON.parse(result.json);
    expect(data.member).toMatchObject({ ID: 'MEM-002', Nom: 'Marina Souza', 'E-mail': MARINA.email, Organisation: 'Cooperativa Mãos Dadas' });
    expect(data.proposals.map((p: Record<string, unknown>) => p['Titre'])).toEqual(['Feira solidária']);
    expect(data.pledges).toHaveLength(1);
    expect(data.log.map((r: Record<string, unknown>) => r['Action'])).toEqual(['member.register', 'proposal.submit', 'resource.pledge']);
    expect(result.json).not.toContain(JEAN.email);
    expect(result.json).not.toContain(LUCIA.email);
    expect(result.json).not.toContain('Échanges de jeunes');
  });
});

describe('eraseMember', () => {
  it('leaves the rest of the Log as it was: text stays text, dates stay dates', () => {
    const { google, ss, as, emulator } = groupWorkbook();
    const journal = ss.getSheetByName('Journal');
    if (!journal) throw new Error('no Journal');
    const last = journal.getLastRow();
    const text = emulator.services.SpreadsheetApp.newRichTextValue().setText('=1+1').build();
    journal.getRange(last + 1, 1, 1, 5).setValues([[new Date('2026-01-02T10:00:00Z'), LUCIA.email, 'note', '0012', new Date('2026-01-03T03:00:00Z')]]);
    journal.getRange(last + 1, 5).setRichTextValue(text);
    journal.getRange(last + 2, 1, 1, 5).setValues([[new Date('2026-01-02T11:00:00Z'), LUCIA.email, 'note', '', new Date('2026-01-03T03:00:00Z')]]);
    const before = journal.getRange(last + 1, 1, 2, 5).getValues();
    as(MARINA);
    expect(eraseMember(google, { memberId: 'MEM-002' })).toEqual({ ok: true });
    expect(journal.getRange(last + 1, 1, 2, 5).getValues()).toEqual(before);
    expect(journal.getRange(last + 1, 5).getFormula()).toBe('');
  });

  it('lets a member erase themselves: personal cells blanked, ID, hub and contributions kept, Log scrubbed', () => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    expect(submitProposal(google, { title: 'Feira solidária', objectiveId: 'O3' }).ok).toBe(true);
    expect(submitResource(google, { kind: 'financial', category: 'funding', amount: 500, currency: 'BRL', availability: 'available' }).ok).toBe(true);
    expect(eraseMember(google, { memberId: 'MEM-002' })).toEqual({ ok: true });
    const row = rowsOf(ss, 'Membres')[1] ?? [];
    expect(row.slice(0, 9)).toEqual(['MEM-002', '', '', '', '', '', 'Recife', 'membre', 'effacé']);
    expect(rowsOf(ss, 'Propositions')[0]?.[4]).toBe('MEM-002');
    expect(rowsOf(ss, 'Ressources')[0]?.[1]).toBe('MEM-002');
    const log = rowsOf(ss, 'Journal');
    const text = JSON.stringify(log);
    expect(text).not.toContain(MARINA.email);
    expect(text).not.toContain('Marina Souza');
    expect(log.at(-1)?.slice(1)).toEqual(['MEM-002', 'member.erase', 'MEM-002', '']);
    expect(log.filter((r) => r[2] === 'proposal.submit').map((r) => [r[1], r[4]])).toEqual([['MEM-002', 'Feira solidária']]);
    // They are a guest again: nothing of theirs is found by their email.
    expect(state(google).user).toMatchObject({ memberId: null, role: 'guest' });
    // Validation accepts the erased row.
    as(LUCIA);
    expect(checked(validateAll(google)).byTable).toMatchObject({ members: 0 });
  });

  it('lets a coordinator erase anyone, and refuses a member erasing someone else', () => {
    const { google, ss, as } = groupWorkbook();
    as(JEAN);
    expect(submitMember(google, { ...jean, consent: true }).ok).toBe(true);
    const before = rowsOf(ss, 'Membres');
    as(MARINA);
    expect(eraseMember(google, { memberId: 'MEM-003' })).toEqual({ ok: false, errors: [{ field: 'form', message: 'Somente a coordenação pode excluir os dados de outro membro.' }] });
    expect(eraseMember(google, { memberId: 'MEM-999' })).toEqual({ ok: false, errors: [{ field: 'memberId', message: 'O membro MEM-999 não existe.' }] });
    expect(rowsOf(ss, 'Membres')).toEqual(before);
    as(LUCIA);
    expect(eraseMember(google, { memberId: 'MEM-003' })).toEqual({ ok: true });
    expect(rowsOf(ss, 'Membres')[2]?.slice(0, 9)).toEqual(['MEM-003', '', '', '', '', '', 'Nantes', 'membre', 'effacé']);
    expect(rowsOf(ss, 'Journal').at(-1)?.slice(1)).toEqual([LUCIA.email, 'member.erase', 'MEM-003', '']);
    expect(JSON.stringify(rowsOf(ss, 'Journal'))).not.toContain(JEAN.email);
    expect(eraseMember(google, { memberId: 'MEM-003' }).ok).toBe(false);
  });
});
