import { describe, expect, it } from 'vitest';
import { closeMeeting, listMinutes } from '../../src/server/minutes';
import { answerPoll, closePoll, listPolls } from '../../src/server/polls';
import { refreshProgress } from '../../src/server/progress';
import { getSidebarState } from '../../src/server/sidebar';
import { submitMeeting, submitProposal } from '../../src/server/submissions';
import { listProposals } from '../../src/server/supports';
import { todayIn } from '../../src/domain/time';
import { forgetConsent, rowsOf } from './submit-fixture';
import { CLAIRE, JEAN, LUCIA, MARINA, openedPoll, workday } from './poll-fixture';

const errorOf = (result: { ok: boolean; errors?: { field: string; message: string }[] }) => (result.ok ? '' : `${result.errors?.[0]?.field}: ${result.errors?.[0]?.message}`);

/** The poll answered by Marina (pt-BR, emails yes), Jean (fr, emails yes) and Claire (en, emails no); Lúcia closes it. */
function answered() {
  const wb = openedPoll();
  const [a, b, c] = wb.lines as [string, string, string];
  for (const [who, answers] of [[MARINA, ['yes', 'yes', 'no']], [JEAN, ['no', 'yes', 'if need be']], [CLAIRE, ['yes', 'if need be', 'no']]] as const) {
    wb.as(who);
    expect(answerPoll(wb.google, { pollId: wb.pollId, answers: [a, b, c].map((option, i) => ({ option, answer: answers[i] })) }).ok).toBe(true);
  }
  wb.as(LUCIA);
  return { ...wb, chosen: b };
}

describe('closePoll', () => {
  it('tells no respondent who has not accepted the privacy notice in force', () => {
    const wb = answered();
    forgetConsent(wb.ss, JEAN.email);
    expect(closePoll(wb.google, { pollId: wb.pollId, option: wb.chosen })).toEqual({ ok: true, meetingId: 'MTG-001', emailed: 1 });
    expect(wb.emulator.mail.sentTo(JEAN.email)).toEqual([]);
    expect(wb.emulator.mail.sentTo(MARINA.email)).toHaveLength(1);
  });

  it('makes the meeting at the option’s instant by submitMeeting’s rules, records the choice, and tells respondents who said yes', () => {
    const wb = answered();
    expect(closePoll(wb.google, { pollId: wb.pollId, option: wb.chosen })).toEqual({ ok: true, meetingId: 'MTG-001', emailed: 2 });
    const meeting = rowsOf(wb.ss, 'Réunions')[0] ?? [];
    expect([meeting[0], meeting[1], meeting[3], meeting[4], meeting[5], meeting[7], meeting[9]]).toEqual(['MTG-001', 'Plenária de março', '10:00', 60, 'America/Recife', 'tous', 'prévue']);
    expect(meeting[10]).toBe(`${wb.chosen.slice(8, 10)}/${wb.chosen.slice(5, 7)}/${wb.chosen.slice(0, 4)} 10:00`);
    expect(rowsOf(wb.ss, 'Sondages')[0]?.slice(7, 10)).toEqual(['clos', wb.chosen, 'MTG-001']);
    expect(listPolls(wb.google)).toMatchObject({ polls: [{ status: 'closed', chosen: wb.chosen, meetingId: 'MTG-001', canAnswer: false }] });
    // Marina in Portuguese, Jean in French, each with both cities' times; Claire said no to emails.
    const [marina] = wb.emulator.mail.sentTo(MARINA.email);
    const [jean] = wb.emulator.mail.sentTo(JEAN.email);
    expect(wb.emulator.mail.sentTo(CLAIRE.email)).toEqual([]);
    expect(marina?.subject).toBe('Data escolhida para “Plenária de março”');
    expect(marina?.body).toMatch(/, 10:00 em Recife, .*, 1[45]:00 em Nantes\./);
    expect(jean?.body).toMatch(/, 10:00 à Recife, .*, 1[45]:00 à Nantes\./);
    const log = rowsOf(wb.ss, 'Journal').map((r) => r.slice(2, 5).join(' | '));
    expect(log.slice(-4)).toEqual([
      'meeting.schedule | MTG-001 | Plenária de março', `poll.close | POL-001 | ${wb.chosen} → MTG-001`, 'poll.emailed | POL-001 | MEM-002, pt-BR', 'poll.emailed | POL-001 | MEM-003, fr',
    ]);
    // Closed once: a second close makes nothing and tells nobody again.
    expect(errorOf(closePoll(wb.google, { pollId: wb.pollId, option: wb.chosen }))).toBe('form: A enquete POL-001 não está mais aberta.');
    expect(rowsOf(wb.ss, 'Réunions')).toHaveLength(1);
    expect(wb.emulator.mail.outbox).toHaveLength(2);
  });

  it('is for coordinators, refuses an option the poll does not offer, and asks to confirm a time outside working hours', () => {
    const wb = openedPoll({ options: [{ date: workday(21), startTime: '10:00' }, { date: workday(21), startTime: '16:00' }], confirmOutsideHours: true });
    wb.as(MARINA);
    expect(errorOf(closePoll(wb.google, { pollId: wb.pollId, option: `${workday(21)} 10:00` }))).toBe('form: Somente a coordenação pode agendar reuniões.');
    wb.as(LUCIA);
    expect(errorOf(closePoll(wb.google, { pollId: wb.pollId, option: `${workday(22)} 10:00` }))).toMatch(/^option: Esta enquete não oferece/);
    expect(errorOf(closePoll(wb.google, { pollId: wb.pollId, option: `${workday(21)} 16:00` }))).toMatch(/^confirmOutsideHours: /);
    expect(rowsOf(wb.ss, 'Réunions')).toEqual([]);
    expect(closePoll(wb.google, { pollId: wb.pollId, option: `${workday(21)} 16:00`, confirmOutsideHours: true }).ok).toBe(true);
  });
});

describe('closeMeeting', () => {
  it('records minutes, attendees and discussed proposals, sets held, and each proposal shows the meeting', () => {
    const wb = answered();
    expect(submitProposal(wb.google, { title: 'Feira solidária', objectiveId: 'O3' }).ok).toBe(true);
    wb.as(MARINA);
    expect(submitProposal(wb.google, { title: 'Banco comunitário', objectiveId: 'O4' }).ok).toBe(true);
    wb.as(LUCIA);
    // A meeting that already took place: today, in Recife.
    const today = todayIn('America/Recife', new Date());
    expect(submitMeeting(wb.google, { title: 'Reunião de hoje', date: today, startTime: '10:00', confirmOutsideHours: true }).ok).toBe(true);
    expect(closePoll(wb.google, { pollId: wb.pollId, option: wb.chosen }).ok).toBe(true);
    expect(errorOf(closeMeeting(wb.google, { meetingId: 'MTG-002', minutes: 'x' }))).toMatch(/^form: A reunião MTG-002 ainda não aconteceu/);
    expect(errorOf(closeMeeting(wb.google, { meetingId: 'MTG-001', proposalIds: ['PRO-009'] }))).toBe('proposalIds: A proposta PRO-009 não existe.');
    expect(errorOf(closeMeeting(wb.google, { meetingId: 'MTG-001', minutes: 'x'.repeat(10_001) }))).toMatch(/^minutes: /);
    wb.as(MARINA);
    expect(errorOf(closeMeeting(wb.google, { meetingId: 'MTG-001', minutes: 'x' }))).toMatch(/^form: Somente a coordenação pode registrar a ata/);
    wb.as(LUCIA);
    const minutes = '=Decidimos a feira em abril.\nPróxima reunião em maio.';
    expect(closeMeeting(wb.google, { meetingId: 'MTG-001', minutes, attendees: 7, proposalIds: ['PRO-002', 'PRO-001'] })).toEqual({ ok: true, id: 'MTG-001' });
    const row = rowsOf(wb.ss, 'Réunions')[0] ?? [];
    // The minutes stay text, even when they start with "=".
    expect([row[9], ...row.slice(19, 22)]).toEqual(['tenue', minutes, 7, 'PRO-002, PRO-001']);
    expect(rowsOf(wb.ss, 'Journal').at(-1)?.slice(2, 5)).toEqual(['meeting.minutes', 'MTG-001', 'attendees 7; proposals PRO-002, PRO-001']);
    wb.as(MARINA);
    const listed = listProposals(wb.google, {});
    const discussed = listed.ok ? listed.proposals.find((p) => p.id === 'PRO-002')?.discussed : undefined;
    expect(discussed).toEqual([{ meetingId: 'MTG-001', title: 'Reunião de hoje', date: today }]);
    const state = getSidebarState(wb.google);
    expect('mine' in state ? state.mine.proposals[0]?.discussed : undefined).toEqual(discussed);
    expect(listMinutes(wb.google)).toMatchObject({ ok: true, coordinator: false, meetings: [{ id: 'MTG-001', status: 'held', minutes, attendees: 7, discussed: [{ id: 'PRO-002', title: 'Banco comunitário' }, { id: 'PRO-001', title: 'Feira solidária' }] }] });
  });

  it('counts a held meeting towards meetings_scheduled as a planned one', () => {
    const wb = answered();
    expect(closePoll(wb.google, { pollId: wb.pollId, option: wb.chosen }).ok).toBe(true);
    // As the sync leaves it: an event ID.
    const meetings = wb.ss.getSheetByName('Réunions');
    meetings?.getRange(2, 13).setValue('evt-1');
    const before = refreshProgress(wb.google);
    const o5 = (r: typeof before) => ('objectives' in r ? r.objectives.find((o) => o.id === 'O5')?.progress : undefined);
    expect(o5(before)).toBeCloseTo(1 / 3);
    meetings?.getRange(2, 10).setValue('tenue');
    expect(o5(refreshProgress(wb.google))).toBeCloseTo(1 / 3);
  });
});
