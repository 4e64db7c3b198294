import { nextId } from '../domain/ids';

const ISSUED = 'mutirao.issued.';

/**
 * Gives the next ID of a prefix and remembers it in the document's properties, so that
 * an ID freed by a deleted row is never handed out again. Call it inside the document lock.
 */
export function issueId(properties: GoogleAppsScript.Properties.Properties, prefix: string, idsInSheet: readonly unknown[]): string {
  const issued = Number(properties.getProperty(ISSUED + prefix) ?? 0) || 0;
  const next = nextId(prefix, idsInSheet, issued);
  properties.setProperty(ISSUED + prefix, String(next.number));
  return next.id;
}
