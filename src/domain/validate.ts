import './zod';
import * as z from 'zod/mini';
import type { Wording } from './i18n/wording';
import { errorMapFor } from './messages';

/** A problem with one input field: the sidebar shows it next to that field (see src/contract/result.ts). */
export interface FieldError {
  /** The input key the problem belongs to, or `form` for the input as a whole. */
  readonly field: string;
  readonly message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Checks an input against a schema, with one message per field in the reader's language. */
export function check<S extends z.ZodMiniType>(schema: S, input: unknown, wording: Wording): Checked<z.output<S>> {
  const result = z.safeParse(schema, input, { error: errorMapFor(wording) });
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldError[] = [];
  for (const issue of result.error.issues) {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : 'form';
    if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
  }
  return { ok: false, errors };
}
