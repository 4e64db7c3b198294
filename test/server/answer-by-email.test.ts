import { describe, expect, it } from 'vitest';
import { setEmailPreference, setMemberLanguage } from '../../src/server/privacy';
import { submitProposal } from '../../src/server/submissions';
import { answerProposal } from '../../src/server/supports';
import { LUCIA, MARINA, groupWorkbook, rowsOf } from './submit-fixture';

/** Marina (member, pt-BR) proposes; Lúcia (coordinator) answers from the Proposals section. */
function proposed(emails: boolean) {
  const wb = groupWorkbook();
  wb.as(MARINA);
  expect(setEmailPreference(wb.google, { emails }).ok).toBe(true);
  expect(setMemberLanguage(wb.google, { language: 'pt-BR' }).ok).toBe(true);
  expect(submitProposal(wb.google, { title: 'Banco comunitário <b>já</b>', objectiveId: 'O3' })).toEqual({ ok: true, id: 'PRO-001' });
  wb.as(LUCIA);
  return wb;
}

describe('answerProposal tells the author by email (PRODUCT.md §4, issue 13 and 14)', () => {
  it('sends the author who said yes one email in their language, escaped, and a Log row without its body', () => {
    const wb = proposed(true);
    expect(answerProposal(wb.google, { proposalId: 'PRO-001', status: 'prioritized', priorityRank: 1, answer: 'Vamos priorizar <script>x</script>' })).toEqual({ ok: true, id: 'PRO-001' });
    const sent = wb.emulator.mail.sentTo(MARINA.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.replyTo).toBe(LUCIA.email);
    expect(sent[0]?.body).toContain('Vamos priorizar <script>x</script>');
    expect(sent[0]?.htmlBody).toContain('Vamos priorizar &#60;script&#62;x&#60;/script&#62;');
    expect(sent[0]?.htmlBody).not.toContain('<script>');
    // Portuguese: the status label and the proposal's title as typed.
    expect(`${sent[0]?.subject} ${sent[0]?.body}`).toMatch(/priorizada/);
    expect(sent[0]?.subject).toContain('Banco comunitário <b>já</b>');
    const log = rowsOf(wb.ss, 'Journal').map((r) => r.slice(2, 5).join(' | '));
    expect(log.at(-1)).toBe('answer.emailed | PRO-001 | MEM-002, pt-BR');
    // The same answer given again sends nothing more.
    answerProposal(wb.google, { proposalId: 'PRO-001', status: 'prioritized', priorityRank: 1, answer: 'Vamos priorizar <script>x</script>' });
    expect(wb.emulator.mail.sentTo(MARINA.email)).toHaveLength(1);
  });

  it('sends nothing to an author who did not say yes, and the answer is saved all the same', () => {
    const wb = proposed(false);
    expect(answerProposal(wb.google, { proposalId: 'PRO-001', status: 'declined', answer: 'Fora do escopo deste ano.' })).toEqual({ ok: true, id: 'PRO-001' });
    expect(wb.emulator.mail.outbox).toEqual([]);
    expect(rowsOf(wb.ss, 'Propositions')[0]?.[10]).toBe('Fora do escopo deste ano.');
  });
});
