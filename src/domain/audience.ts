import type { EnumCode } from './enums';

/**
 * Who is shown a meeting (PRODUCT.md §5): coordinators see every meeting, since they organize
 * them; a member sees those whose audience includes them (everyone, or their hub); someone
 * not registered (or no longer active) sees only the meetings for everyone. A coordinators-only
 * meeting thus stays out of a member's sidebar and calendar file.
 */
export interface Viewer {
  readonly active: boolean;
  readonly role?: EnumCode<'role'> | undefined;
  readonly hub?: EnumCode<'hub'> | undefined;
}

/** Whether an active member belongs to an audience (a meeting's or a poll's): everyone, their hub, or the coordinators. */
export function inAudience(member: Viewer, audience: EnumCode<'audience'> | undefined): boolean {
  if (!member.active) return false;
  switch (audience ?? 'all') {
    case 'all': return true;
    case 'Recife hub': return member.hub === 'Recife';
    case 'Nantes hub': return member.hub === 'Nantes';
    case 'coordinators': return member.role === 'coordinator';
  }
}

/** Whether a meeting is shown to a viewer: one for everyone to anyone, the others to their audience and to active coordinators. */
export function meantFor(audience: EnumCode<'audience'> | undefined, viewer: Viewer | undefined): boolean {
  return (audience ?? 'all') === 'all' || (viewer !== undefined && (inAudience(viewer, audience) || (viewer.active && viewer.role === 'coordinator')));
}
