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

/** Replaces every occurrence of `words` by `by`; emails whatever their case. */
export function replaceAll(text: string, words: readonly string[], by: string): string {
  return words.filter(Boolean).reduce((result, word) => result.replace(new RegExp(escaped(word), word.includes('@') ? 'gi' : 'g'), by), text);
}

/** Whom an erasure or an export looks for: their member ID, their email and their name. */
export interface Person {
  readonly id: string;
  readonly email: string;
  readonly name: string;
}

/** Whether a text names the person: their member ID as a whole word, or their email in any case. */
export function mentionsPerson(text: string, person: Person): boolean {
  const id = new RegExp(`(^|[^\\w-])${escaped(person.id)}($|[^\\w-])`);
  return (person.id !== '' && id.test(text)) || (person.email !== '' && text.toLowerCase().includes(person.email.toLowerCase()));
}

/**
 * A grid (a tab's values or its notes) with the person's email replaced by their ID in every
 * text cell, and their name too in the lines about them (those naming their ID or email): a
 * name alone is too common a word to chase through everyone's rows. Unchanged cells are the
 * very same values, so a caller writes back only the columns that differ.
 */
export function scrubGrid<T>(grid: readonly (readonly T[])[], person: Person): T[][] {
  return grid.map((line) => {
    const about = person.name !== '' && line.some((cell) => typeof cell === 'string' && mentionsPerson(cell, person));
    const words = about ? [person.email, person.name] : [person.email];
    return line.map((cell) => (typeof cell === 'string' ? (replaceAll(cell, words, person.id) as T) : cell));
  });
}
