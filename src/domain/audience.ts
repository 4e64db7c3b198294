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

export function meantFor(audience: EnumCode<'audience'> | undefined, viewer: Viewer | undefined): boolean {
  if (viewer?.active && viewer.role === 'coordinator') return true;
  switch (audience ?? 'all') {
    case 'all': return true;
    case 'Recife hub': return viewer?.active === true && viewer.hub === 'Recife';
    case 'Nantes hub': return viewer?.active === true && viewer.hub === 'Nantes';
    case 'coordinators': return false;
  }
}
