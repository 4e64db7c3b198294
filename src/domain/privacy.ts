import { isValidEmail } from './fields';
import type { Member } from './records';

/**
 * Personal data (PRODUCT.md §5, issue 12): what erasure blanks, who must confirm the privacy
 * notice again, and how an export or a scrubbed Log leaves other people's emails out.
 */

/** The Members cells an erasure blanks; the ID, the Hub and the contributions stay. */
export const PERSONAL_COLUMNS = ['name', 'email', 'organization', 'city', 'country'] as const;

/**
 * Whether a member must (re)accept the notice: never accepted (registered before consent was
 * asked), or accepted a version older than the one in force.
 */
export function needsConsent(member: Pick<Member, 'consent'>, version: string): boolean {
  return member.consent === '' || member.consent < version;
}

/**
 * Whether the add-on may email a member at all (PRODUCT.md §5): an active member, not erased,
 * who said yes to emails and accepted the privacy notice in force, at a usable address. Every
 * courtesy email asks this; reminders and answers name the reason they skip someone.
 */
export function mayEmail(member: Pick<Member, 'active' | 'erased' | 'emails' | 'email' | 'consent'>, noticeVersion: string): boolean {
  return member.active && !member.erased && member.emails && !needsConsent(member, noticeVersion) && isValidEmail(member.email);
}

/**
 * Members who still count in the group's totals and progress: active ones, and erased ones,
 * whose contributions stay (an inactive member's do not).
 */
export const countsInTotals = (member: { readonly active: boolean; readonly erased?: boolean }): boolean => member.active || member.erased === true;

const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+/g;

/**
 * Text with every email replaced: by the member ID of that address when `ids` knows it, else by
 * `…`. `keep` (the reader's own address) stays as it is.
 */
export function withoutEmails(text: string, ids: ReadonlyMap<string, string>, keep = ''): string {
  return text.replace(EMAIL, (found) => {
    const address = found.toLowerCase();
    if (keep && address === keep) return found;
    return ids.get(address) ?? '…';
  });
}

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whom an erasure or an export looks for: their member ID, their email and their name. */
export interface Person {
  readonly id: string;
  readonly email: string;
  readonly name: string;
}

/**
 * How to find a person in text, compiled once for a whole workbook: their member ID as a whole
 * word, their email in any case, their name as whole words (so that erasing "Ana" leaves
 * "Banana" alone).
 */
export interface Finder {
  /** Whether a text names them by ID or email. */
  mentions(text: string): boolean;
  /** A grid's text cells with their email replaced by their ID, and their name too in the lines about them. */
  scrub<T>(grid: readonly (readonly T[])[]): T[][];
}

export function finderOf(person: Person): Finder {
  const id = person.id ? new RegExp(`(^|[^\\w-])${escaped(person.id)}($|[^\\w-])`) : undefined;
  const email = person.email ? new RegExp(escaped(person.email), 'gi') : undefined;
  const name = person.name ? new RegExp(`(?<![\\p{L}\\p{N}])${escaped(person.name)}(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  const lower = person.email.toLowerCase();
  const mentions = (text: string) => Boolean(id?.test(text)) || (lower !== '' && text.toLowerCase().includes(lower));
  const replace = (text: string, about: boolean) => {
    const scrubbed = email ? text.replace(email, person.id) : text;
    return about && name ? scrubbed.replace(name, person.id) : scrubbed;
  };
  return {
    mentions,
    // Unchanged cells are the very same values, so a caller writes back only the columns that differ.
    scrub: (grid) => grid.map((line) => {
      const about = line.some((cell) => typeof cell === 'string' && mentions(cell));
      return line.map((cell) => (typeof cell === 'string' ? (replace(cell, about) as typeof cell) : cell));
    }),
  };
}
