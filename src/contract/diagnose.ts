/**
 * What diagnose() answers (PRODUCT.md §4): one line per platform fact the add-on relies on.
 * `name` is stable, so the sidebar words the line and its advice in the reader's language;
 * `detail` is the raw fact observed (values, zones, scopes), for the copied report.
 */
export const CHECK_NAMES = ['text', 'dateZone', 'intl', 'metadata', 'lock', 'properties', 'scopes', 'calendar', 'mail'] as const;

export type CheckName = (typeof CHECK_NAMES)[number];

export interface DiagnosticCheck {
  readonly name: CheckName;
  readonly ok: boolean;
  readonly detail: string;
}

export interface Diagnosis {
  /** True when every check passed. */
  readonly ok: boolean;
  readonly checks: readonly DiagnosticCheck[];
}
