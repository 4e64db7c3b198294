import type { EnumCode } from '../domain/enums';
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
  readonly deadline: { readonly date: string; readonly daysLeft: number };
  readonly objectives: readonly ObjectiveView[];
  /** The caller's own submissions, for "My submissions" and the pledge form's proposal link. */
  readonly mine: { readonly proposals: readonly ProposalView[]; readonly resources: readonly ResourceView[] };
  /** Coordinators only: active members still owing a proposal or a pledge, by hub. */
  readonly late?: readonly LateGroup[];
  /** What the meeting form starts from, and the working time it asks to confirm a start outside of (Settings). */
  readonly defaults: {
    readonly durationMinutes: number;
    readonly timeZone: string;
    readonly working: { readonly start: string; readonly end: string; readonly days: readonly Weekday[] };
  };
}

export interface ProposalView {
  readonly id: string;
  readonly title: string;
  readonly objectiveId: string;
  readonly status: EnumCode<'proposalStatus'> | null;
}

export interface ResourceView {
  readonly id: string;
  readonly kind: EnumCode<'resourceKind'> | null;
  readonly category: EnumCode<'category'> | null;
  readonly description: string;
  readonly amount: number | null;
  readonly currency: EnumCode<'currency'> | null;
  readonly quantity: number | null;
  readonly unit: string;
  readonly availability: EnumCode<'availability'> | null;
  readonly availableFrom: string | null;
  readonly proposalId: string;
}

export interface ObjectiveView {
  readonly id: string;
  /** In the caller's language when it is one of the workshop's objectives as seeded. */
  readonly title: string;
  /** 0..1 */
  readonly progress: number;
  readonly status: EnumCode<'objectiveStatus'>;
  readonly priority: boolean;
}
