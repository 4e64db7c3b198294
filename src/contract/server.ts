import type * as main from '../main';

/**
 * What google.script.run may call: the globals of src/main.ts themselves, so the compiler
 * checks each sidebar call's name, argument and result against the server's own signatures
 * (there is no list to keep in step by hand). Type-only: nothing of the server reaches the
 * sidebar bundle.
 */
export type ServerFunctions = typeof main;

export type ServerName = keyof ServerFunctions;

/** What a server function takes: the input its endpoint's schema describes (src/server/endpoint.ts). */
export type ServerInput<K extends ServerName> = Parameters<ServerFunctions[K]>[0];
