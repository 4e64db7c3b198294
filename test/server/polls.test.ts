import { describe, expect, it } from 'vitest';
import { answerPoll, closePoll, listPolls, openPoll } from '../../src/server/polls';
import { eraseMember } from '../../src/server/privacy';
import { rowsOf } from './submit-fixture';
import { CLAIRE, JEAN, LUCIA, MARINA, openedPoll, options, pollGroup, workday } from './poll-fixture';

const errorOf = (result: { ok: boolean; errors?: { field: string; message: string }[] }) => (result.ok ? '' : `${result.errors?.[0]?.field}: ${result.errors?.[0]?.message}`);
const log = (wb: ReturnType<typeof pollGroup>) => rowsOf(wb.ss, 'Journal').map((r) => r.slice(2, 5).join(' | '));
const page = (wb: ReturnType<typeof pollGroup>) => {
  const listed = listPolls(wb.google);
  if (!listed.ok) throw new Error(listed.errors[0]?.message);
  return listed;
};

describe('openPoll', () => {
  it('writes one Polls row with its option lines, open, and a Log row', () => {
    const wb = openedPoll();
    expect(wb.pollId).toBe('POL-001');
    const [row] = rowsOf(wb.ss, 'Sondages');
    expect(row?.slice(0, 8)).toEqual(['POL-001', 'Plenária de março', 60, 'America/Recife', 'tous', wb.lines.join('\n'), expect.any(Date), 'ouvert']);
    expect(log(wb).at(-1)).toBe('poll.open | POL-001 | Plenária de março (3)');
  });

  it('is for coordinators only, and refuses bad input writing nothing', () => {
    const wb = pollGroup();
    wb.as(MARINA);
    expect(errorOf(openPoll(wb.google, { title: 'x', options: options(), closes: workday(14) }))).toBe('form: Somente a coordenação pode abrir ou encerrar uma enquete.');
    wb.as(LUCIA);
    expect(errorOf(openPoll(wb.google, { title: 'Plenária', options: options().slice(0, 1), closes: workday(14) }))).toBe('options: Ofereça de 2 a 12 datas e horários.');
    expect(errorOf(openPoll(wb.google, { title: 'Plenária', options: [options()[0], options()[0]], closes: workday(14) }))).toMatch(/^options: A mesma data e horário/);
    expect(errorOf(openPoll(wb.google, { title: 'Plenária', options: options(), closes: workday(60) }))).toMatch(/^closes: A enquete deve ser encerrada antes da primeira opção/);
    expect(errorOf(openPoll(wb.google, { title: 'Plenária', options: options(), closes: '2020-01-01' }))).toMatch(/^closes: /);
    expect(rowsOf(wb.ss, 'Sondages')).toEqual([]);
  });

  it('marks options outside working hours on either clock and needs a confirmation, as meetings do', () => {
    const wb = pollGroup();
    // 16:00 in Recife is 20:00 or 21:00 in Nantes.
    const late = [...options().slice(0, 1), { date: workday(21, 1), startTime: '16:00' }];
    const refused = openPoll(wb.google, { title: 'Plenária', timeZone: 'America/Recife', options: late, closes: workday(14) });
    expect(errorOf(refused)).toMatch(/^confirmOutsideHours: Esta opção fica fora do horário de trabalho \(09:00–18:00, .*\) em Recife ou em Nantes: .* 16:00 em Recife, .* 2[01]:00 em Nantes\./);
    const opened = openPoll(wb.google, { title: 'Plenária', timeZone: 'America/Recife', options: late, closes: workday(14), confirmOutsideHours: true });
    expect(opened.ok).toBe(true);
    expect(page(wb).polls[0]?.options.map((o) => o.outsideHours)).toEqual([false, true]);
  });
});

describe('answerPoll', () => {
  it('writes one row per option, replaces the caller’s earlier answers, and logs one row per answer set', () => {
    const wb = openedPoll();
    const [a, b, c] = wb.lines as [string, string, string];
    wb.as(MARINA);
    expect(answerPoll(wb.google, { pollId: wb.pollId, answers: [{ option: a, answer: 'yes' }, { option: b, answer: 'if need be' }, { option: c, answer: 'no' }] })).toEqual({ ok: true, answered: 3 });
    wb.as(JEAN);
    expect(answerPoll(wb.google, { pollId: wb.pollId, answers: [{ option: b, answer: 'yes' }, { option: c, answer: 'oui' }] }).ok).toBe(true);
    wb.as(MARINA);
    expect(answerPoll(wb.google, { pollId: wb.pollId, answers: [{ option: a, answer: 'no' }, { option: b, answer: 'yes' }, { option: c, answer: 'no' }] }).ok).toBe(true);
    const rows = rowsOf(wb.ss, 'Réponses aux sondages').map((r) => r.slice(0, 4));
    expect(rows).toEqual([
      ['POL-001', 'MEM-003', b, 'oui'], ['POL-001', 'MEM-003', c, 'oui'],
      ['POL-001', 'MEM-002', a, 'non'], ['POL-001', 'MEM-002', b, 'oui'], ['POL-001', 'MEM-002', c, 'non'],
    ]);
    expect(log(wb).filter((l) => l.startsWith('poll.answer'))).toEqual([
      'poll.answer | POL-001 | MEM-002: yes 1, if need be 1, no 1',
      'poll.answer | POL-001 | MEM-003: yes 2, if need be 0, no 0',
      'poll.answer | POL-001 | MEM-002: yes 1, if need be 0, no 2',
    ]);
  });

  it('refuses options the poll does not offer, polls that are closed, and members outside the audience', () => {
    const wb = openedPoll({ audience: 'Nantes hub' });
    // A coordinator sees every poll, but answers only those of their audience.
    expect(errorOf(answerPoll(wb.google, { pollId: wb.pollId, answers: [{ option: wb.lines[0], answer: 'yes' }] }))).toBe('form: Esta enquete é para: polo Nantes. Sua resposta não foi registrada.');
    // A member outside it does not even see it.
    wb.as(MARINA);
    expect(errorOf(answerPoll(wb.google, { pollId: wb.pollId, answers: [{ option: wb.lines[0], answer: 'yes' }] }))).toBe('pollId: A enquete POL-001 não existe.');
    wb.as(JEAN);
    expect(errorOf(answerPoll(wb.google, { pollId: wb.pollId, answers: [{ option: '2031-01-01 10:00', answer: 'yes' }] }))).toBe('answers: Ce sondage ne propose pas 2031-01-01 10:00.');
    expect(errorOf(answerPoll(wb.google, { pollId: 'POL-009', answers: [{ option: wb.lines[0], answer: 'yes' }] }))).toBe('pollId: Le sondage POL-009 n’existe pas.');
    expect(rowsOf(wb.ss, 'Réponses aux sondages')).toEqual([]);
    wb.as(LUCIA);
    expect(closePoll(wb.google, { pollId: wb.pollId, option: wb.lines[0] }).ok).toBe(true);
    wb.as(JEAN);
    expect(errorOf(answerPoll(wb.google, { pollId: wb.pollId, answers: [{ option: wb.lines[0], answer: 'yes' }] }))).toBe('form: Le sondage POL-001 est clos\u00a0: les réponses ne peuvent plus changer.');
  });
});

describe('listPolls', () => {
  it('gives each option both cities’ times and its counts, the best one marked, and the caller’s own answers', () => {
    const wb = openedPoll();
    const [a, b] = wb.lines as [string, string, string];
    wb.as(MARINA);
    answerPoll(wb.google, { pollId: wb.pollId, answers: [{ option: a, answer: 'yes' }, { option: b, answer: 'if need be' }] });
    wb.as(JEAN);
    answerPoll(wb.google, { pollId: wb.pollId, answers: [{ option: a, answer: 'if need be' }, { option: b, answer: 'yes' }] });
    wb.as(CLAIRE);
    answerPoll(wb.google, { pollId: wb.pollId, answers: [{ option: a, answer: 'no' }, { option: b, answer: 'yes' }] });
    const seen = page(wb);
    const poll = seen.polls[0];
    expect(seen.coordinator).toBe(false);
    expect(poll?.options.map((o) => [o.option, o.yes, o.ifNeedBe, o.no, o.best, o.mine])).toEqual([
      [a, 1, 1, 1, false, 'no'], [b, 2, 1, 0, true, 'yes'], [wb.lines[2], 0, 0, 0, false, null],
    ]);
    const first = poll?.options[0];
    expect(first?.recife).toEqual({ date: a.slice(0, 10), time: '10:00' });
    expect(['14:00', '15:00']).toContain(first?.nantes.time);
    expect(first?.start).toBe(new Date(`${a.slice(0, 10)}T13:00:00Z`).toISOString());
    // Members see counts and their own answers, never who answered what.
    expect(poll).not.toHaveProperty('answers');
    wb.as(LUCIA);
    const coordinator = page(wb).polls[0];
    expect(coordinator?.answers).toEqual([
      { memberId: 'MEM-002', name: 'Marina Souza', answers: ['yes', 'if need be', null] },
      { memberId: 'MEM-003', name: 'Jean Moreau', answers: ['if need be', 'yes', null] },
      { memberId: 'MEM-004', name: 'Claire Dubois', answers: ['no', 'yes', null] },
    ]);
    expect(JSON.stringify(page(wb))).not.toMatch(/@/);
  });

  it('keeps a coordinators-only poll out of a member’s list, and stops counting an erased member’s answers', () => {
    const wb = openedPoll();
    expect(openPoll(wb.google, { title: 'Coordenação', audience: 'coordinators', options: options(), closes: workday(14) }).ok).toBe(true);
    wb.as(MARINA);
    expect(page(wb).polls.map((p) => p.id)).toEqual(['POL-001']);
    expect(errorOf(answerPoll(wb.google, { pollId: 'POL-002', answers: [{ option: wb.lines[0], answer: 'yes' }] }))).toBe('pollId: A enquete POL-002 não existe.');
    answerPoll(wb.google, { pollId: wb.pollId, answers: [{ option: wb.lines[0], answer: 'yes' }] });
    expect(page(wb).polls[0]?.options[0]?.yes).toBe(1);
    expect(eraseMember(wb.google, { memberId: 'MEM-002' }).ok).toBe(true);
    wb.as(LUCIA);
    const after = page(wb).polls.find((p) => p.id === 'POL-001');
    expect([after?.respondents, after?.options[0]?.yes, after?.answers]).toEqual([0, 0, []]);
  });
});
