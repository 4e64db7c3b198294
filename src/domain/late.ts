import type { EnumCode } from './enums';
import { standingPledge, standingProposal } from './own';

/**
 * Who still owes the workshop's 15-day action: every active member is asked for at least
 * one proposal and one pledge. Any proposal counts, whatever became of it, unless its author
 * withdrew it; a withdrawn pledge counts no more (issue 22).
 */

export type Hub = EnumCode<'hub'>;
export type Missing = 'proposal' | 'pledge';

export interface LateMember {
  readonly id: string;
  readonly name: string;
  readonly missing: readonly Missing[];
}

export interface LateGroup {
  /** null for members whose Hub cell is blank or unreadable. */
  readonly hub: Hub | null;
  readonly members: readonly LateMember[];
}

export interface LateInput {
  readonly members: readonly { id: string; name: string; hub: Hub | undefined; active: boolean; erased?: boolean }[];
  readonly proposals: readonly { member: string; status?: EnumCode<'proposalStatus'> | undefined }[];
  readonly resources: readonly { member: string; availability?: EnumCode<'availability'> | undefined }[];
}

const HUB_ORDER: readonly (Hub | null)[] = ['Recife', 'Nantes', null];

/** Grouped by hub (Recife, Nantes, then no hub), in the Members tab's order within a hub. */
export function lateMembers({ members, proposals, resources }: LateInput): LateGroup[] {
  const proposed = new Set(proposals.filter(standingProposal).map((p) => p.member));
  const pledged = new Set(resources.filter(standingPledge).map((r) => r.member));
  const seen = new Set<string>();
  const late = members.flatMap((m) => {
    if (!m.active || !m.id || seen.has(m.id)) return [];
    seen.add(m.id);
    const missing: Missing[] = [];
    if (!proposed.has(m.id)) missing.push('proposal');
    if (!pledged.has(m.id)) missing.push('pledge');
    return missing.length > 0 ? [{ hub: m.hub ?? null, member: { id: m.id, name: m.name, missing } }] : [];
  });
  return HUB_ORDER.flatMap((hub) => {
    const group = late.filter((l) => l.hub === hub).map((l) => l.member);
    return group.length > 0 ? [{ hub, members: group }] : [];
  });
}
