import { describe, expect, it } from 'vitest';
import { optionsProblem, parseOptionLine } from '../../src/domain/option-lines';
import { pollAnswerProblems } from '../../src/domain/poll-checks';
import { inAudience } from '../../src/domain/audience';
import { bestOption, countedAnswers, countOptions } from '../../src/domain/polls';
import { recordsOf, type Member, type Poll, type PollAnswer } from '../../src/domain/records';

const member = (id: string, extra: Partial<Member> = {}): Member => ({
  row: 2, id, name: id, email: `${id}@x.org`, organization: '', city: 'Recife', country: 'BR', role: 'member', hub: 'Recife', status: 'active', active: true, joined: '', erased: false, language: 'fr', consent: '', emails: false, ...extra,
});
const poll: Poll = {
  row: 2, id: 'POL-001', title: 'Plenária', durationMinutes: 60, timeZone: 'America/Recife', audience: 'all',
  options: ['2027-03-04 10:00', '2027-03-05 10:00', '2027-03-06 10:00'], closes: '2027-03-01', status: 'open', chosen: '', meeting: '', location: '', agenda: '',
};
const answer = (memberId: string, option: string, a: PollAnswer['answer'], row = 2): PollAnswer => ({ row, poll: 'POL-001', member: memberId, option, answer: a, answered: '' });

describe('option lines', () => {
  it('reads YYYY-MM-DD HH:MM and refuses anything else', () => {
    expect(parseOptionLine(' 2027-03-04  14:00 ')).toEqual({ date: '2027-03-04', time: '14:00' });
    expect(parseOptionLine('04/03/2027 14:00')).toBeUndefined();
    expect(parseOptionLine('2027-02-30 14:00')).toBeUndefined();
    expect(parseOptionLine('2027-03-04 24:00')).toBeUndefined();
  });
  it('asks for 2 to 12 distinct lines', () => {
    expect(optionsProblem('2027-03-04 14:00')).toEqual({ key: 'pollOptionCount' });
    expect(optionsProblem('2027-03-04 14:00\nsoon')).toEqual({ key: 'pollOptionLine', line: 'soon' });
    expect(optionsProblem('2027-03-04 14:00\n2027-03-04  14:00')).toEqual({ key: 'pollOptionTwice', line: '2027-03-04 14:00' });
    expect(optionsProblem('2027-03-04 14:00\n\n2027-03-05 14:00\n')).toBeUndefined();
  });
  it('are the lines of the Options cell when the row is read', () => {
    const [read] = recordsOf('polls', { rows: [{ row: 2, values: { id: 'POL-001', options: '2027-03-04 14:00\r\n2027-03-05 14:00\n', status: 'ouvert' } }] });
    expect(read?.options).toEqual(['2027-03-04 14:00', '2027-03-05 14:00']);
    expect(read?.status).toBe('open');
  });
});

describe('counts and the best option', () => {
  const members = [member('MEM-001'), member('MEM-002'), member('MEM-003', { active: false }), member('MEM-004', { erased: true, active: false })];
  it('counts the last answer of each active member, and prefers most yes, then most if need be', () => {
    const answers = [
      answer('MEM-001', '2027-03-04 10:00', 'no'),
      answer('MEM-001', '2027-03-04 10:00', 'yes', 3),
      answer('MEM-001', '2027-03-05 10:00', 'yes'),
      answer('MEM-002', '2027-03-04 10:00', 'if need be'),
      answer('MEM-002', '2027-03-05 10:00', 'yes'),
      answer('MEM-002', '2027-03-06 10:00', 'no'),
      // Inactive and erased members' answers stop counting.
      answer('MEM-003', '2027-03-04 10:00', 'yes'),
      answer('MEM-004', '2027-03-04 10:00', 'yes'),
    ];
    const counts = countOptions(poll, countedAnswers(poll, answers, members));
    expect(counts.get('2027-03-04 10:00')).toEqual({ yes: 1, ifNeedBe: 1, no: 0 });
    expect(counts.get('2027-03-05 10:00')).toEqual({ yes: 2, ifNeedBe: 0, no: 0 });
    expect(counts.get('2027-03-06 10:00')).toEqual({ yes: 0, ifNeedBe: 0, no: 1 });
    expect(bestOption(counts)).toBe('2027-03-05 10:00');
  });
  it('breaks a tie on yes by if need be, and names none while nobody can come', () => {
    const tie = [answer('MEM-001', '2027-03-04 10:00', 'yes'), answer('MEM-002', '2027-03-05 10:00', 'yes'), answer('MEM-001', '2027-03-05 10:00', 'if need be')];
    expect(bestOption(countOptions(poll, countedAnswers(poll, tie, members)))).toBe('2027-03-05 10:00');
    expect(bestOption(countOptions(poll, countedAnswers(poll, [answer('MEM-001', '2027-03-04 10:00', 'no')], members)))).toBeUndefined();
  });
  it('keeps a coordinators-only poll to coordinators, and a hub poll to its hub', () => {
    expect(inAudience(member('MEM-001'), 'coordinators')).toBe(false);
    expect(inAudience(member('MEM-001', { role: 'coordinator' }), 'coordinators')).toBe(true);
    expect(inAudience(member('MEM-001', { hub: 'Nantes' }), 'Recife hub')).toBe(false);
    const coordinatorsOnly = { ...poll, audience: 'coordinators' as const };
    expect(countOptions(coordinatorsOnly, countedAnswers(coordinatorsOnly, [answer('MEM-001', '2027-03-04 10:00', 'yes')], members)).get('2027-03-04 10:00')?.yes).toBe(0);
  });
  it('Check names answers outside the audience and lines the poll does not offer', () => {
    const coordinatorsOnly = { ...poll, audience: 'coordinators' as const };
    const problems = pollAnswerProblems([answer('MEM-001', '2027-03-04 10:00', 'yes', 2), answer('MEM-002', '2027-03-09 10:00', 'yes', 3)], [coordinatorsOnly], [member('MEM-001'), member('MEM-002', { role: 'coordinator' })]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[2, 'member'], [3, 'option']]);
  });
});
