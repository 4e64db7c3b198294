import { describe, expect, it } from 'vitest';
import { todayIn } from '../../src/domain/time';
import { listActionPlan, saveMilestone } from '../../src/server/action-plan';
import { closeMeeting, listMinutes } from '../../src/server/minutes';
import { openPoll, listPolls } from '../../src/server/polls';
import { eraseMember, setMemberLanguage } from '../../src/server/privacy';
import { submitMeeting, submitProposal } from '../../src/server/submissions';
import { answerProposal } from '../../src/server/supports';
import { translateText } from '../../src/server/translate';
import { validateAll } from '../../src/server/validation';
import { CLAIRE, JEAN, LUCIA, MARINA, options, pollGroup, workday } from './poll-fixture';
import { checked, rowsOf } from './submit-fixture';

/**
 * Translate beyond proposals (issue 22): a held meeting's minutes, a poll's title and a
 * milestone, each offered to whoever may read it and refused to anyone else.
 * Lúcia (MEM-001, coordinator, Recife) writes in French here, to tell writer from reader;
 * Marina (MEM-002, Recife, pt-BR), Jean (MEM-003, Nantes, fr), Claire (MEM-004, Nantes, en).
 */
type Wb = ReturnType<typeof pollGroup>;

const MINUTES = 'Meetings!MTG-001!Minutes';
const RECIFE_MINUTES = 'Meetings!MTG-002!Minutes';
const errorOf = (result: { ok: boolean; errors?: { message: string }[] }) => (result.ok ? '' : result.errors?.[0]?.message);
const kept = (wb: Wb) => rowsOf(wb.ss, 'Traductions').map((r) => r.slice(0, 3).join(' | '));
const translations = (wb: Wb) => wb.ss.getSheetByName('Traductions')?.getDataRange().getValues().slice(1) ?? [];
const setRow = (wb: Wb, tab: string, row: number, column: number, value: unknown) => wb.ss.getSheetByName(tab)?.getRange(row, column).setValue(value);

/** Two meetings held today, minutes recorded by Lúcia in French: MTG-001 for everyone, MTG-002 for the Recife hub. */
function heldMeetings(): Wb {
  const wb = pollGroup();
  expect(setMemberLanguage(wb.google, { language: 'fr' }).ok).toBe(true);
  const today = todayIn('America/Recife', new Date());
  for (const [audience, minutes] of [['all', 'La foire est décidée pour avril.'], ['Recife hub', 'Le pôle Recife réserve la salle.']] as const) {
    const meeting = submitMeeting(wb.google, { title: 'Réunion', date: today, startTime: '10:00', audience, confirmOutsideHours: true });
    if (!meeting.ok) throw new Error(meeting.errors[0]?.message);
    expect(closeMeeting(wb.google, { meetingId: meeting.id, minutes }).ok).toBe(true);
  }
  wb.emulator.meter.reset();
  return wb;
}

describe('translateText for minutes', () => {
  it('translates a held meeting’s minutes once per language, then serves them from the Translations tab', () => {
    const wb = heldMeetings();
    wb.as(MARINA);
    expect(translateText(wb.google, { source: MINUTES })).toEqual({ ok: true, text: '[pt] La foire est décidée pour avril.', cached: false });
    expect(translateText(wb.google, { source: MINUTES })).toEqual({ ok: true, text: '[pt] La foire est décidée pour avril.', cached: true });
    // The second reading asked Google nothing.
    expect(wb.emulator.language.calls).toHaveLength(1);
    expect(kept(wb)).toEqual([`${MINUTES} | pt-BR | [pt] La foire est décidée pour avril.`]);
    expect(rowsOf(wb.ss, 'Journal').at(-1)?.slice(1, 5)).toEqual([MARINA.email, 'text.translate', MINUTES, 'pt-BR']);
  });

  it('says which language the minutes are in, from whoever recorded them, so the sidebar offers Translate', () => {
    const wb = heldMeetings();
    wb.as(MARINA);
    const page = listMinutes(wb.google);
    expect(page.ok && page.meetings.map((m) => [m.id, m.language])).toEqual([['MTG-002', 'fr'], ['MTG-001', 'fr']]);
    // A text typed straight into the sheet has no writer in the Log: its language is unknown.
    wb.ss.getSheetByName('Journal')?.getRange(2, 1, wb.ss.getSheetByName('Journal')?.getLastRow() ?? 1, 5).clearContent();
    const unknown = listMinutes(wb.google);
    expect(unknown.ok && unknown.meetings.map((m) => m.language)).toEqual([null, null]);
  });

  it('translates minutes again once a coordinator corrects them, in the same row', () => {
    const wb = heldMeetings();
    wb.as(MARINA);
    expect(translateText(wb.google, { source: MINUTES }).ok).toBe(true);
    wb.as(LUCIA);
    expect(closeMeeting(wb.google, { meetingId: 'MTG-001', minutes: 'La foire est décidée pour mai.' }).ok).toBe(true);
    wb.as(MARINA);
    expect(translateText(wb.google, { source: MINUTES })).toEqual({ ok: true, text: '[pt] La foire est décidée pour mai.', cached: false });
    expect(kept(wb)).toEqual([`${MINUTES} | pt-BR | [pt] La foire est décidée pour mai.`]);
  });

  it('refuses minutes of a meeting whose audience leaves the caller out, in their language, writing nothing', () => {
    const wb = heldMeetings();
    wb.as(JEAN);
    expect(errorOf(translateText(wb.google, { source: RECIFE_MINUTES }))).toBe('Ce texte ne vous est pas destiné\u00a0: il ne peut donc pas être traduit.');
    wb.as(CLAIRE);
    expect(errorOf(translateText(wb.google, { source: RECIFE_MINUTES }))).toBe('This text is not meant for you, so it cannot be translated.');
    expect(wb.emulator.language.calls).toEqual([]);
    expect(kept(wb)).toEqual([]);
    expect(rowsOf(wb.ss, 'Journal').some((r) => r[2] === 'text.translate')).toBe(false);
    // Marina is of the Recife hub; a coordinator reads every meeting.
    wb.as(MARINA);
    expect(translateText(wb.google, { source: RECIFE_MINUTES }).ok).toBe(true);
    wb.as(LUCIA);
    expect(translateText(wb.google, { source: RECIFE_MINUTES, to: 'en' }).ok).toBe(true);
  });

  it('gives someone not registered, or no longer active, the usual refusal', () => {
    const wb = heldMeetings();
    wb.as({ email: 'tiago.santos@example.org', locale: 'pt-BR' });
    expect(errorOf(translateText(wb.google, { source: MINUTES }))).toBe('Inscreva-se primeiro: seu e-mail ainda não está na aba Membros.');
    // Claire's membership becomes inactive (Members › Status).
    setRow(wb, 'Membres', 5, 9, 'inactif');
    wb.as(CLAIRE);
    expect(errorOf(translateText(wb.google, { source: MINUTES }))).toBe('Your membership (MEM-004) is inactive. Ask a coordinator to reactivate it.');
    expect(wb.emulator.language.calls).toEqual([]);
    expect(kept(wb)).toEqual([]);
  });

  it('leaves Check with nothing to say about the Translations tab', () => {
    const wb = heldMeetings();
    wb.as(MARINA);
    expect(translateText(wb.google, { source: MINUTES }).ok).toBe(true);
    wb.as(LUCIA);
    const result = checked(validateAll(wb.google));
    expect(result.problems.filter((p) => JSON.stringify(p).includes('Traductions'))).toEqual([]);
    expect(wb.ss.getSheetByName('Traductions')?.getDataRange().getNotes().flat().filter(Boolean)).toEqual([]);
  });
});

describe('translateText for poll titles', () => {
  function polls(): Wb {
    const wb = pollGroup();
    expect(setMemberLanguage(wb.google, { language: 'fr' }).ok).toBe(true);
    expect(openPoll(wb.google, { title: 'Plénière de mars', options: options(), closes: workday(14) }).ok).toBe(true);
    expect(openPoll(wb.google, { title: 'Pôle Nantes', audience: 'Nantes hub', options: options(), closes: workday(14) }).ok).toBe(true);
    return wb;
  }

  it('translates a poll’s title for its audience, once, and says the language it was opened in', () => {
    const wb = polls();
    wb.as(MARINA);
    const page = listPolls(wb.google);
    expect(page.ok && page.polls.map((p) => [p.id, p.language])).toEqual([['POL-001', 'fr']]);
    expect(translateText(wb.google, { source: 'Polls!POL-001!Title' })).toEqual({ ok: true, text: '[pt] Plénière de mars', cached: false });
    expect(translateText(wb.google, { source: 'Polls!POL-001!Title' })).toMatchObject({ cached: true });
    expect(wb.emulator.language.calls).toHaveLength(1);
    // A title corrected by hand in the sheet is translated again.
    setRow(wb, 'Sondages', 2, 2, 'Plénière d’avril');
    expect(translateText(wb.google, { source: 'Polls!POL-001!Title' })).toEqual({ ok: true, text: '[pt] Plénière d’avril', cached: false });
  });

  it('refuses a poll the caller is not in the audience of, in pt-BR, writing nothing', () => {
    const wb = polls();
    wb.as(MARINA);
    expect(errorOf(translateText(wb.google, { source: 'Polls!POL-002!Title' }))).toBe('Este texto não é destinado a você, por isso não pode ser traduzido.');
    expect(wb.emulator.language.calls).toEqual([]);
    expect(kept(wb)).toEqual([]);
    wb.as(CLAIRE);
    expect(translateText(wb.google, { source: 'Polls!POL-002!Title' })).toMatchObject({ ok: true, text: '[en] Pôle Nantes' });
  });
});

describe('translateText for milestones', () => {
  /** Marina's PRO-001, prioritized; Lúcia, writing in French, adds its first milestone, Marina the second. */
  function plan(): Wb {
    const wb = pollGroup();
    wb.as(MARINA);
    expect(submitProposal(wb.google, { title: 'Feira solidária', objectiveId: 'O3' }).ok).toBe(true);
    wb.as(LUCIA);
    expect(setMemberLanguage(wb.google, { language: 'fr' }).ok).toBe(true);
    expect(answerProposal(wb.google, { proposalId: 'PRO-001', status: 'prioritized', priorityRank: 1, answer: 'Priorité du groupe.' }).ok).toBe(true);
    expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Salle réservée', due: '2030-01-10', status: 'planned' })).toEqual({ ok: true, id: 'MIL-001' });
    wb.as(MARINA);
    expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Convites enviados', due: '2030-02-10', status: 'planned' })).toEqual({ ok: true, id: 'MIL-002' });
    return wb;
  }
  const languages = (wb: Wb) => {
    const page = listActionPlan(wb.google);
    return page.ok ? page.proposals.flatMap((p) => p.milestones.map((m) => [m.id, m.language])) : page.errors;
  };

  it('says each milestone’s language, its writer’s, else its proposal’s author’s', () => {
    const wb = plan();
    expect(languages(wb)).toEqual([['MIL-001', 'fr'], ['MIL-002', 'pt-BR']]);
    // Typed into the sheet by hand: no writer in the Log, so the author's language.
    const sheet = wb.ss.getSheetByName('Jalons');
    sheet?.getRange(4, 1, 1, 5).setValues([['MIL-003', 'PRO-001', 'Bilan', new Date('2030-03-10T12:00:00Z'), 'prévu']]);
    expect(languages(wb)).toEqual([['MIL-001', 'fr'], ['MIL-002', 'pt-BR'], ['MIL-003', 'pt-BR']]);
  });

  it('translates a milestone for its proposal’s author, serves it again, and translates again after an edit', () => {
    const wb = plan();
    expect(translateText(wb.google, { source: 'Milestones!MIL-001!Milestone' })).toEqual({ ok: true, text: '[pt] Salle réservée', cached: false });
    expect(translateText(wb.google, { source: 'Milestones!MIL-001!Milestone' })).toMatchObject({ cached: true });
    expect(wb.emulator.language.calls).toHaveLength(1);
    wb.as(LUCIA);
    expect(saveMilestone(wb.google, { id: 'MIL-001', proposalId: 'PRO-001', milestone: 'Grande salle réservée', due: '2030-01-10', status: 'planned' }).ok).toBe(true);
    wb.as(MARINA);
    expect(translateText(wb.google, { source: 'Milestones!MIL-001!Milestone' })).toEqual({ ok: true, text: '[pt] Grande salle réservée', cached: false });
    expect(kept(wb)).toEqual(['Milestones!MIL-001!Milestone | pt-BR | [pt] Grande salle réservée']);
  });

  it('refuses a member who is not the proposal’s author, as the action plan does not show them its milestones', () => {
    const wb = plan();
    wb.as(JEAN);
    expect(errorOf(translateText(wb.google, { source: 'Milestones!MIL-002!Milestone' }))).toBe('Ce texte ne vous est pas destiné\u00a0: il ne peut donc pas être traduit.');
    expect(wb.emulator.language.calls).toEqual([]);
    wb.as(LUCIA);
    expect(translateText(wb.google, { source: 'Milestones!MIL-002!Milestone' })).toMatchObject({ ok: true, text: '[pt] Convites enviados' });
  });
});

describe('erasure and kept translations', () => {
  it('keeps no translation that still names an erased member, and their texts’ language stays known', () => {
    const wb = heldMeetings();
    wb.as(MARINA);
    expect(submitProposal(wb.google, { title: 'Feira solidária', description: 'Proposta de Marina Souza para abril', objectiveId: 'O3' }).ok).toBe(true);
    wb.as(JEAN);
    expect(translateText(wb.google, { source: 'Proposals!PRO-001!Description' })).toMatchObject({ text: '[fr] Proposta de Marina Souza para abril' });
    expect(translateText(wb.google, { source: 'Proposals!PRO-001!Title' }).ok).toBe(true);
    wb.as(MARINA);
    expect(eraseMember(wb.google, { memberId: 'MEM-002' })).toEqual({ ok: true });
    // Her proposal stays under her ID, its text rewritten without her name: its kept translation is cleared with it.
    expect(JSON.stringify(translations(wb))).not.toContain('Marina');
    expect(kept(wb)).toEqual(['Proposals!PRO-001!Description | fr | ', 'Proposals!PRO-001!Title | fr | [fr] Feira solidária']);
    wb.as(JEAN);
    expect(translateText(wb.google, { source: 'Proposals!PRO-001!Description' })).toEqual({ ok: true, text: '[fr] Proposta de MEM-002 para abril', cached: false });
    expect(translateText(wb.google, { source: 'Proposals!PRO-001!Title' })).toMatchObject({ cached: true });
  });

  it('still knows the language of minutes recorded by someone since erased', () => {
    const wb = heldMeetings();
    wb.as(LUCIA);
    expect(eraseMember(wb.google, { memberId: 'MEM-001' })).toEqual({ ok: true });
    wb.as(MARINA);
    const page = listMinutes(wb.google);
    expect(page.ok && page.meetings.map((m) => m.language)).toEqual(['fr', 'fr']);
  });
});
