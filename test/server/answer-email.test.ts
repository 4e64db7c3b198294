import { describe, expect, it } from 'vitest';
import { recordsOf } from '../../src/domain/records';
import { MEMBERS } from '../../src/domain/tables';
import { sendAnswerEmail, type ProposalAnswer } from '../../src/server/answer-email';
import { openCall } from '../../src/server/call';
import { readTab } from '../../src/server/workbook-data';
import { LUCIA, remindersWorkbook } from './reminders-fixture';

const ANSWER: ProposalAnswer = { proposalId: 'PRO-001', title: '<i>Feira</i> =1+1', status: 'prioritized', priorityRank: 2, answer: 'Ótima ideia <script>x</script>' };

function answering(w = remindersWorkbook()) {
  const author = (id: string) => {
    const call = openCall(w.google);
    return recordsOf('members', readTab(call, MEMBERS)).find((m) => m.id === id);
  };
  const send = (id: string, answer = ANSWER, previous?: ProposalAnswer) => sendAnswerEmail(openCall(w.google), author(id), answer, previous, 'fr', '2026-01-01');
  return { ...w, send };
}

describe('sendAnswerEmail', () => {
  it('sends the author who said yes one email in their language, every value escaped, and logs it without the body', () => {
    const w = answering();
    expect(w.send('MEM-002')).toEqual({ sent: true });
    const [email] = w.emulator.mail.outbox;
    expect(email?.to).toEqual(['ana@example.org']);
    expect(email?.subject).toBe('Resposta à sua proposta “<i>Feira</i> =1+1”');
    expect(email?.body).toContain('Nova situação: priorizada.');
    expect(email?.body).toContain('Ela está na posição 2 entre as prioridades do plano de ação.');
    expect(email?.htmlBody).toContain('&#60;i&#62;Feira&#60;/i&#62;');
    expect(email?.htmlBody).not.toMatch(/<script|<i>|<b>/);
    expect(email?.replyTo).toBe(LUCIA.email);
    const logged = w.logRows().filter((r) => r[2] === 'answer.emailed');
    expect(logged.map((r) => [r[3], r[4]])).toEqual([['PRO-001', 'MEM-002, pt-BR']]);
  });

  it('sends nothing to an author who said no, nor twice for the same answer, nor beyond the quota', () => {
    const w = answering();
    expect(w.send('MEM-005')).toEqual({ sent: false, reason: 'noEmails' });
    expect(w.send('MEM-007')).toEqual({ sent: false, reason: 'noEmails' });
    expect(w.send('MEM-002', ANSWER, ANSWER)).toEqual({ sent: false, reason: 'unchanged' });
    w.emulator.mail.setDailyQuota(LUCIA.email, 0);
    expect(w.send('MEM-002')).toEqual({ sent: false, reason: 'quota' });
    expect(w.emulator.mail.outbox).toEqual([]);
  });

  it('sends nothing to an author who has not accepted the privacy notice in force', () => {
    const w = answering();
    w.tab('Membres').getRange('L3').setValue(''); // Ana never accepted
    expect(w.send('MEM-002')).toEqual({ sent: false, reason: 'noNotice' });
    w.tab('Membres').getRange('L3').setValue(new Date('2026-02-10T03:00:00Z'));
    // The notice changed after she accepted it.
    w.tab('Paramètres').getRange('B14').setValue(new Date('2026-03-01T03:00:00Z'));
    expect(sendAnswerEmail(openCall(w.google), recordsOf('members', readTab(openCall(w.google), MEMBERS)).find((m) => m.id === 'MEM-002'), ANSWER, undefined, 'fr', '2026-03-01')).toEqual({ sent: false, reason: 'noNotice' });
    expect(w.emulator.mail.outbox).toEqual([]);
  });
});
