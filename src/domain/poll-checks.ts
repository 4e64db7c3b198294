import type { Member, Poll, PollAnswer } from './records';
import { inAudience } from './audience';
import { normalizedLine } from './polls';
import { custom, type Problem } from './rows';

/**
 * The Poll answers rows Check refuses beyond each cell and reference (PRODUCT.md §2): an
 * answer by an active member outside the poll's audience, or to a line that is not one of
 * the poll's options. Unknown polls and members are the references' problems.
 */
export function pollAnswerProblems(answers: readonly PollAnswer[], polls: readonly Poll[], members: readonly Member[]): Problem[] {
  const pollById = new Map(polls.filter((p) => p.id).map((p) => [p.id, p] as const));
  const memberById = new Map(members.filter((m) => m.id).map((m) => [m.id, m] as const));
  return answers.flatMap((a): Problem[] => {
    const poll = pollById.get(a.poll);
    const member = memberById.get(a.member);
    if (!poll || !member) return [];
    // Inactive and erased members' answers simply stop counting; only a member who could answer but may not is a mistake.
    if (member.active && !inAudience(member, poll.audience)) return [{ table: 'pollAnswers', row: a.row, column: 'member', issue: custom('pollOutsideAudience', { id: member.id, poll: poll.id }) }];
    const lines = new Set(poll.options.map(normalizedLine));
    if (a.option && !lines.has(normalizedLine(a.option))) return [{ table: 'pollAnswers', row: a.row, column: 'option', issue: custom('pollNoSuchOption', { line: a.option, poll: poll.id }) }];
    return [];
  });
}
