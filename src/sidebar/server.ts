import type { ServerFunctions, ServerName } from '../contract/server';

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/**
 * Calls a server function through google.script.run as a promise, typed by the server's own
 * signature (src/contract/server.ts): a name Code.js does not export (or any plain string), a
 * wrong argument or a wrong use of the answer fails `npm run typecheck`.
 */
export function callServer<K extends ServerName>(
  name: K,
  ...args: Parameters<ServerFunctions[K]>
): Promise<ReturnType<ServerFunctions[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerFunctions[K]>))
      .withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
