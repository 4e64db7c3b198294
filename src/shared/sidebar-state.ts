import type { EnumCode } from '../domain/enums';
import type { Locale } from '../domain/locale';

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
  };
  readonly deadline: { readonly date: string; readonly daysLeft: number };
  readonly objectives: readonly ObjectiveView[];
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
