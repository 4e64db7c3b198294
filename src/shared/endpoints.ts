import type { FormInput, MeetingInput, MemberInput, ProposalInput, ResourceInput } from '../domain/submissions';
import type { Result } from './result';
import type { SidebarState } from './sidebar-state';

/** The server functions the sidebar calls through google.script.run, and what they return. */
export interface Endpoints {
  getSidebarState(): Result<SidebarState>;
  submitMember(input: FormInput<MemberInput>): Result<{ id: string }>;
  submitProposal(input: FormInput<ProposalInput>): Result<{ id: string }>;
  submitResource(input: FormInput<ResourceInput>): Result<{ id: string }>;
  submitMeeting(input: FormInput<MeetingInput>): Result<{ id: string }>;
}
