/** The number in a generated ID (MEM-012 → 12), or 0 when the text is not one of this prefix. */
export function idNumber(prefix: string, id: unknown): number {
  if (typeof id !== 'string') return 0;
  const match = new RegExp(`^${prefix}-(\\d+)$`).exec(id.trim());
  return match ? Number(match[1]) : 0;
}

/**
 * The next ID after everything in the sheet and everything ever issued (`issued`, kept
 * outside the sheet), so an ID freed by a deleted row is never given to someone else.
 */
export function nextId(prefix: string, idsInSheet: readonly unknown[], issued: number): { id: string; number: number } {
  let highest = issued;
  for (const id of idsInSheet) highest = Math.max(highest, idNumber(prefix, id));
  const number = highest + 1;
  return { id: `${prefix}-${String(number).padStart(3, '0')}`, number };
}
