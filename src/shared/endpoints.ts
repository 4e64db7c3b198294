import type { FormInput, MeetingInput, MemberInput, ProposalInput, ResourceInput } from '../domain/submissions';
import type { Progress } from '../domain/progress';
import type { IcsExport, MeetingSlot, SyncCounts } from './calendar';
import type { FieldError, Result } from './result';
import type { Validation } from './validation';
import type { SidebarState } from './sidebar-state';

/** The server functions the sidebar calls through google.script.run, and what they return. */
export interface Endpoints {
  getSidebarState(): Result<SidebarState>;
  validateAll(): Validation | { ok: false; errors: FieldError[] };
  syncCalendar(): Result<SyncCounts>;
  exportCalendarIcs(): Result<IcsExport>;
  suggestMeetingSlots(input: { date: string; durationMinutes?: number | string | null }): Result<{ slots: MeetingSlot[] }>;
  refreshProgress(): Result<{ objectives: Progress[] }>;
  submitMember(input: FormInput<MemberInput>): Result<{ id: string }>;
  submitProposal(input: FormInput<ProposalInput>): Result<{ id: string }>;
  submitResource(input: FormInput<ResourceInput>): Result<{ id: string }>;
  submitMeeting(input: FormInput<MeetingInput>): Result<{ id: string }>;
}
