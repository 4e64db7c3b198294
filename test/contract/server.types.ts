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
  void state;
  void wrong;
}
