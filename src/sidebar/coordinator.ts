import type { ProposalListing } from '../contract/proposals';
import type { MeetingRecordView, PollView } from '../contract/polls';
import type { SidebarState } from '../contract/sidebar-state';
import type { AnswerHost } from './answer-form';
import type { App, Part } from './part';

/**
 * What only coordinators see. A member's or a guest's page never carries it: the coordinators'
 * page (coordinator-page.ts, its own entry) provides these before the sidebar draws, and
 * showSidebar serves that page to coordinators only (src/server/sidebar.ts). On a member's
 * page they are absent, and the sections that would show them show nothing in their place.
 */
export interface CoordinatorParts {
  meetingSection(state: SidebarState, app: App): Part;
  remindersSection(state: SidebarState): Part;
  /** The report for partners (issue 21). */
  reportSection(): Part;
  /** Home: the late members, and who has not accepted the notice in force. */
  lateView(state: SidebarState, app: App): HTMLElement | null;
  staleConsentsView(state: SidebarState): HTMLElement | null;
  /** My data: erase another member's data. */
  eraseOtherView(app: App): HTMLElement;
  /** Calendar: sync the meetings into the group calendar (then reload the list). */
  syncPanel(app: App): HTMLElement;
  /** Proposals: answer one. */
  answerForm(p: ProposalListing, host: AnswerHost): HTMLElement;
  /** Calendar: open a poll, see who answered what, close it, record a meeting's minutes (issue 20). */
  pollOpenForm(state: SidebarState, say: (text: string, tone?: 'info' | 'error') => void, reload: () => Promise<void>): HTMLElement;
  whoAnswered(poll: PollView): HTMLElement;
  pollCloseForm(poll: PollView, hub: 'Recife' | 'Nantes' | null, say: (text: string, tone?: 'info' | 'error') => void, reload: () => Promise<void>): HTMLElement;
  minutesForm(m: MeetingRecordView, say: (text: string, tone?: 'info' | 'error') => void, reload: () => Promise<void>): HTMLElement;
}

let provided: CoordinatorParts | undefined;

export function provideCoordinatorParts(parts: CoordinatorParts): void {
  provided = parts;
}

/** The coordinators' parts, for a coordinator on the coordinators' page; undefined otherwise. */
export function coordinatorParts(state: SidebarState): CoordinatorParts | undefined {
  return state.user.role === 'coordinator' ? provided : undefined;
}
