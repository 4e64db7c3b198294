/**
 * A record's fields as JSON carries them to the sidebar (src/domain/records.ts): a blank
 * number or enum, undefined in the record, is null, since JSON has no undefined. Contract
 * types pick their fields from the records through it rather than restating them.
 */
export type AsJson<T> = { readonly [K in keyof T]: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };
