/**
 * Type tests of the sidebar ↔ server contract, run by `npm run typecheck` (tsconfig.node.json),
 * never executed: each @ts-expect-error must meet an error, so a contract that stopped
 * catching a wrong call would fail the typecheck.
 */
import type { Result } from '../../src/contract/result';
import type { SidebarState } from '../../src/contract/sidebar-state';
import { callServer } from '../../src/sidebar/server';

export async function calls(anyName: string): Promise<void> {
  // What the sidebar does: the answer is the server function's own result.
  const state: Result<SidebarState> = await callServer('getSidebarState');
  const submitted = await callServer('submitProposal', { title: 'Feira', objectiveId: 'O3' });
  if (submitted.ok) submitted.id.toUpperCase();
  const slots = await callServer('suggestMeetingSlots', { date: '2027-03-29', durationMinutes: '60' });
  if (slots.ok) slots.slots.map((slot) => slot.recife);

  // @ts-expect-error a name src/main.ts does not export
  await callServer('getSidebarStates');
  // @ts-expect-error a name that is not a literal could be anything
  await callServer(anyName);
  // @ts-expect-error the registration form sends an object of fields, not a string
  await callServer('submitMember', 'Ana');
  // @ts-expect-error google.script.run refuses Dates: the contract says fields as typed
  await callServer('suggestMeetingSlots', { date: new Date() });
  // @ts-expect-error getSidebarState takes no argument
  await callServer('getSidebarState', {});
  // @ts-expect-error a submission answers with an ID, not a sidebar state
  const wrong: Result<SidebarState> = await callServer('submitMember', {});
  // @ts-expect-error a refusal has no ID: the answer must be checked first
  submitted.id.toUpperCase();
  // Inputs derive from each endpoint's schema (src/server/endpoint.ts): a rank may come as typed.
  await callServer('answerProposal', { proposalId: 'PRO-001', status: 'prioritized', priorityRank: '2', answer: 'Oui' });
  await callServer('setEmailPreference', { emails: true });
  // @ts-expect-error a status code the proposalStatus enum does not have
  await callServer('answerProposal', { proposalId: 'PRO-001', status: 'prioritised', answer: 'Oui' });
  // @ts-expect-error a field the schema does not declare
  await callServer('supportProposal', { proposal: 'PRO-001' });
  // @ts-expect-error the emails choice is a boolean, not the label of a Members cell
  await callServer('setEmailPreference', { emails: 'yes' });
  // @ts-expect-error a language the add-on does not speak
  await callServer('setMemberLanguage', { language: 'es' });
  // The globals merged late are endpoints too: their inputs come from their schemas.
  await callServer('openPoll', { title: 'Plenária', options: [{ date: '2027-03-29', startTime: '14:00' }], closes: '2027-03-20', durationMinutes: '90' });
  await callServer('answerPoll', { pollId: 'POL-001', answers: [{ option: '2027-03-29 14:00', answer: 'if need be' }] });
  await callServer('saveMilestone', { proposalId: 'PRO-001', milestone: 'Compra', due: '2027-04-01', status: 'done', doneOn: '2027-03-30' });
  await callServer('updateProposal', { proposalId: 'PRO-001', title: 'Feira', objectiveId: 'O3' });
  // @ts-expect-error an answer code the pollAnswer enum does not have
  await callServer('answerPoll', { pollId: 'POL-001', answers: [{ option: '2027-03-29 14:00', answer: 'maybe' }] });
  // @ts-expect-error a poll's options are dates and times, not lines of text
  await callServer('openPoll', { title: 'Plenária', options: '2027-03-29 14:00', closes: '2027-03-20' });
  // @ts-expect-error closeMeeting takes the IDs of the proposals discussed, as a list
  await callServer('closeMeeting', { meetingId: 'MTG-001', proposalIds: 'PRO-001' });
  // @ts-expect-error a report is html or csv
  await callServer('buildReport', { format: 'pdf' });
  // @ts-expect-error an edit names the pledge it changes by its resourceId
  await callServer('withdrawResource', { proposalId: 'PRO-001' });
  // @ts-expect-error an edit's fields are the form's: a proposal has no amount
  await callServer('updateProposal', { proposalId: 'PRO-001', amount: 12 });
  // @ts-expect-error translations go to a language the add-on speaks
  await callServer('translateText', { source: 'Proposals!PRO-001!Description', to: 'de' });
  void state;
  void wrong;
}
