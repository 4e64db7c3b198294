import type { FieldError } from '../domain/validate';

export type { FieldError };

/** The one result shape of every sidebar call (STYLE.md): success with its data, or errors by field. */
export type Result<T extends object = object> = ({ ok: true } & T) | { ok: false; errors: FieldError[] };
