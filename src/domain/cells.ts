/**
 * What a cell holds, as the tabs' row readers (the progress, the dashboard, the calendar)
 * read it: one rule for text and one for numbers, so every reader agrees on a row.
 */

/** The cell as trimmed text; blank for an empty cell. */
export function cellText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim();
}

/**
 * A number cell, or a number typed as text with either decimal mark ("1,5" or "1.5"), as the
 * forms accept it (fields.ts); undefined for anything else, a blank cell included.
 */
export function cellNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : undefined;
}
