import type { DiscussedAt } from './polls';
import type { EnumCode } from '../domain/enums';
import type { Meeting, Objective, Proposal, Resource } from '../domain/records';
import type { AsJson } from './json';
import type { LateGroup } from '../domain/late';
import type { Locale } from '../domain/locale';
import type { Weekday } from '../domain/working-days';

/**
 * What getSidebarState() sends to the sidebar: plain JSON (dates as YYYY-MM-DD), since
 * google.script.run refuses Date values.
 */
export interface SidebarState {
  readonly locale: Locale;
  readonly ready: boolean;
  readonly user: {
    readonly email: string;
    readonly memberId: string | null;
    readonly name: string | null;
    readonly role: 'coordinator' | 'member' | 'guest';
    readonly hub: 'Recife' | 'Nantes' | null;
  };
  /** `typed`, for coordinators only: what Settings › Submission deadline holds when it is no date (the countdown then uses the default). */
  readonly deadline: { readonly date: string; readonly daysLeft: number; readonly typed?: string };
  /** The workbook's date today, for the forms' dates that must not be past. */
  readonly today: string;
  readonly objectives: readonly ObjectiveView[];
  /** The caller's own submissions, for "My submissions" and the pledge form's proposal link. */
  readonly mine: { readonly proposals: readonly ProposalView[]; readonly resources: readonly ResourceView[] };
  /** Coordinators only: active members still owing a proposal or a pledge, by hub. */
  readonly late?: readonly LateGroup[];
  /** The privacy notice in force and the caller's answers to it (issue 12). */
  readonly privacy: PrivacyView;
  /** Coordinators only: active members whose consent predates the notice in force, or who never gave it. */
  readonly staleConsents?: readonly StaleConsent[];
  /** What the meeting form starts from, and the working time it asks to confirm a start outside of (Settings). */
  readonly defaults: {
    readonly durationMinutes: number;
    readonly timeZone: string;
    readonly working: { readonly start: string; readonly end: string; readonly days: readonly Weekday[] };
  };
  /** The planned meetings from today on, soonest first, with their Meet link and replies. */
  readonly meetings?: readonly MeetingView[];
}

/** The start as each city reads it ("27/03/2027 14:00"), as the sheet shows it; a Google Meet link, or ''. */
export interface MeetingView extends AsJson<Pick<Meeting, 'id' | 'title' | 'recifeTime' | 'nantesTime' | 'videoLink'>> {
  /** Null until a sync has read the answers. */
  readonly replies: { readonly going: number; readonly maybe: number; readonly notGoing: number; readonly noReply: number } | null;
}

export interface ProposalView extends AsJson<Pick<Proposal, 'id' | 'title' | 'description' | 'resourcesNeeded' | 'status' | 'priorityRank' | 'answer'>> {
  readonly objectiveId: string;
  /** As Proposals › Supports was last written. */
  readonly supports: number;
  /** When the coordinators answered, `YYYY-MM-DD`, or null. */
  readonly answered: string | null;
  /** The held meetings that discussed it (issue 20). */
  readonly discussed: readonly DiscussedAt[];
  /** The author may still edit or withdraw it: no coordinator has answered, and it is not withdrawn. */
  readonly editable: boolean;
}

export interface ResourceView extends AsJson<Pick<Resource, 'id' | 'kind' | 'category' | 'description' | 'amount' | 'currency' | 'quantity' | 'unit' | 'availability'>> {
  readonly availableFrom: string | null;
  readonly proposalId: string;
  /** The pledger may still edit or withdraw it: nothing delivered yet, and it is not withdrawn. */
  readonly editable: boolean;
}

/** The title in the caller's language when it is one of the workshop's objectives as seeded. */
export interface ObjectiveView extends AsJson<Pick<Objective, 'id' | 'title' | 'priority'>> {
  /** 0..1 */
  readonly progress: number;
  readonly status: EnumCode<'objectiveStatus'>;
}

export interface PrivacyView {
  /** Settings › Privacy notice version, `YYYY-MM-DD`. */
  readonly version: string;
  /** The active coordinators' names, for the notice's "who is responsible". */
  readonly coordinators: readonly string[];
  /** When the caller accepted the notice, or null (a guest, or never asked). */
  readonly consent: string | null;
  /** A member who must accept the notice in force: it is shown until they do; they can still work. */
  readonly needsConsent: boolean;
  readonly emails: boolean;
  readonly language: Locale | null;
}

export interface StaleConsent {
  readonly id: string;
  readonly name: string;
  /** `YYYY-MM-DD`, or null when never given. */
  readonly consent: string | null;
}
