/**
 * google.script.run for the sidebar inside the preview: each call goes to the preview
 * server, which runs it on the built Code.js through the emulator's transport rules.
 * Dates and functions are tagged rather than dropped, so the emulator refuses them as
 * Apps Script does.
 */
type Handler = (value: unknown) => void;

function encode(args: unknown[]): string {
  return JSON.stringify(args, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    if (Object.prototype.toString.call(raw) === '[object Date]') return { $date: (raw as Date).toISOString() };
    if (typeof raw === 'function') return { $function: true };
    return value;
  });
}

function runner(success?: Handler, failure?: Handler): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'withSuccessHandler') return (handler: Handler) => runner(handler, failure);
        if (property === 'withFailureHandler') return (handler: Handler) => runner(success, handler);
        if (property === 'withUserObject') return () => runner(success, failure);
        return (...args: unknown[]) => {
          fetch(`/api/run${location.search}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ name: String(property), args: JSON.parse(encode(args)) as unknown }),
          })
            .then((response) => response.json() as Promise<{ value?: unknown; error?: string; dialogs?: unknown[] }>)
            .then((outcome) => {
              parent.postMessage({ type: 'mutirao-ran', name: String(property), dialogs: outcome.dialogs ?? [] }, '*');
              if (outcome.error !== undefined) failure?.(new Error(outcome.error));
              else success?.(outcome.value);
            })
            .catch((error: unknown) => failure?.(error instanceof Error ? error : new Error(String(error))));
        };
      },
    },
  );
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner(),
    host: { close: () => parent.postMessage({ type: 'mutirao-close-sidebar' }, '*') },
  },
};
