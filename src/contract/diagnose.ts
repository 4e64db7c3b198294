/**
 * What diagnose() answers (PRODUCT.md §4): one line per platform fact the add-on relies on.
 * `name` is stable, so the sidebar words the line and its advice in the reader's language;
 * `detail` is the raw fact observed (values, zones, scopes), for the copied report.
 */
export const CHECK_NAMES = ['text', 'dateZone', 'intl', 'metadata', 'lock', 'properties', 'chapters', 'scopes', 'calendar', 'mail'] as const;

export type CheckName = (typeof CHECK_NAMES)[number];

/**
 * What a check measured, as numbers and codes the sidebar words in the reader's language
 * (the English `detail` goes to the report as it is).
 */
export type Measured =
  | { readonly kind: 'emailsLeft'; readonly count: number }
  | { readonly kind: 'calendarAccess'; readonly role: string; readonly calendar: 'group' | 'own' };

export interface DiagnosticCheck {
  readonly name: CheckName;
  readonly ok: boolean;
  readonly detail: string;
  /** How long the check took on Google's servers, in milliseconds: real timings to report. */
  readonly ms: number;
  readonly measured?: Measured;
}

export interface Diagnosis {
  /** True when every check passed. */
  readonly ok: boolean;
  readonly checks: readonly DiagnosticCheck[];
}
