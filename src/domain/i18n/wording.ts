import type * as z from 'zod/mini';
import type { Locale } from '../locale';
import type { MessageKey } from './en';

/**
 * How a message reaches a reader, without the catalogs themselves: the server words with
 * every language it holds, the sidebar with the one catalog its page carries.
 */
export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface Wording {
  readonly locale: Locale;
  readonly t: Translate;
  /** zod's own sentence for an issue our catalog has none for (the server has zod's locales; the sidebar does without). */
  readonly fallback?: (issue: z.core.$ZodRawIssue) => string | undefined;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
