/**
 * The sidebar's `zod/mini`: the builders the shared schemas are made of (src/domain/fields.ts,
 * submissions.ts, requirements.ts, validate.ts), run the way zod 4 runs them. The sidebar checks
 * a form with the server's own schemas before sending it; those schemas are declared once, in
 * src/domain, and only the engine that runs them differs. All of zod/mini would be a fifth of
 * a member's page.
 *
 * The build puts this module in place of `zod/mini` in the sidebar's pages only (scripts/build.mjs);
 * Code.js and the tests keep zod itself. A builder the schemas start to use and this module
 * lacks fails the sidebar's build, and test/sidebar/zod-subset.test.ts checks that both engines
 * give the same verdict, in the same words, on every submission and every field builder.
 *
 * What it keeps of zod's semantics: a pipe stops at its first side's problems; a check is skipped
 * once an earlier problem aborted (one that is not `continue`), unless it has a `when`, which
 * only an explicit abort skips; an object reads each declared key, optional ones may be absent,
 * and drops the others; each problem's message comes from the error map given to `safeParse`.
 */

interface Issue {
  code: string;
  input?: unknown;
  path?: PropertyKey[];
  params?: Record<string, unknown>;
  continue?: boolean;
  message?: string;
  [detail: string]: unknown;
}

interface Payload {
  value: unknown;
  issues: Issue[];
  aborted?: boolean;
  addIssue?: (issue: Issue | string) => void;
}

type ErrorMap = (issue: Issue) => string | { message: string } | undefined;

interface Params {
  params?: Record<string, unknown>;
  abort?: boolean;
  when?: (payload: Payload) => boolean;
}

/** A schema, or a check (a refinement is both, as in zod). */
interface Node {
  readonly optin?: 'optional';
  readonly optout?: 'optional';
  /** What the schema itself accepts, before its checks. */
  readonly parse: (payload: Payload) => Payload;
  /** As a check: adds its problems to the payload. */
  readonly test?: (payload: Payload) => void;
  readonly when?: (payload: Payload) => boolean;
  readonly checks: readonly Node[];
  run(payload: Payload): Payload;
  check(...checks: Node[]): Node;
}

const aborted = (payload: Payload, from = 0, explicit = false): boolean =>
  payload.aborted === true || payload.issues.slice(from).some((issue) => (explicit ? issue.continue === false : issue.continue !== true));

function runChecks(payload: Payload, checks: readonly Node[]): Payload {
  let stopped = aborted(payload);
  for (const check of checks) {
    if (check.when ? aborted(payload, 0, true) || !check.when(payload) : stopped) continue;
    const before = payload.issues.length;
    check.test?.(payload);
    if (!stopped && payload.issues.length !== before) stopped = aborted(payload, before);
  }
  return payload;
}

function node(parts: Omit<Node, 'run' | 'check' | 'checks'> & { checks?: readonly Node[] }): Node {
  const checks = parts.checks ?? [];
  const self: Node = {
    ...parts,
    checks,
    run: (payload) => runChecks(self.parse(payload), self.test ? [self, ...checks] : checks),
    check: (...more) => node({ ...parts, checks: [...checks, ...more] }),
  };
  return self;
}

const same = (payload: Payload) => payload;

/** A value of one JavaScript type, else zod's `invalid_type` problem. */
function typed(expected: string, accepts: (value: unknown) => boolean): Node {
  return node({
    parse: (payload) => {
      if (!accepts(payload.value)) payload.issues.push({ code: 'invalid_type', expected, input: payload.value });
      return payload;
    },
  });
}

export const string = () => typed('string', (v) => typeof v === 'string');
export const number = () => typed('number', (v) => typeof v === 'number' && Number.isFinite(v));
export const boolean = () => typed('boolean', (v) => typeof v === 'boolean');
export const unknown = () => node({ parse: same });

export function transform(fn: (value: unknown, payload: Payload) => unknown): Node {
  return node({
    optin: 'optional',
    parse: (payload) => {
      payload.value = fn(payload.value, payload);
      return payload;
    },
  });
}

export function optional(inner: Node): Node {
  return node({ optin: 'optional', optout: 'optional', parse: (payload) => (payload.value === undefined ? payload : inner.run(payload)) });
}

export function pipe(first: Node, then: Node): Node {
  return node({
    ...(first.optin ? { optin: first.optin } : {}),
    ...(then.optout ? { optout: then.optout } : {}),
    parse: (payload) => {
      const left = first.run(payload);
      if (left.issues.some((issue) => issue.code !== 'unrecognized_keys')) {
        left.aborted = true;
        return left;
      }
      return then.run({ value: left.value, issues: left.issues });
    },
  });
}

/** `z.custom` aborts by default; `z.refine` does not. */
function refinement(fn: (value: never) => unknown, params: Params, abortByDefault: boolean): Node {
  const stops = params.abort ?? abortByDefault;
  return node({
    parse: same,
    test: (payload) => {
      if (fn(payload.value as never)) return;
      payload.issues.push({ code: 'custom', input: payload.value, path: [], continue: !stops, ...(params.params ? { params: params.params } : {}) });
    },
  });
}

export const custom = <T = unknown>(fn?: (value: T) => unknown, params: Params = {}): Node => refinement(fn ?? (() => true), params, true);
export const refine = <T = unknown>(fn: (value: T) => unknown, params: Params = {}): Node => refinement(fn, params, false);

export function superRefine<T = unknown>(fn: (value: T, payload: Payload) => void, params: Params = {}): Node {
  return node({
    parse: same,
    ...(params.when ? { when: params.when } : {}),
    test: (payload) => {
      payload.addIssue = (issue) => {
        if (typeof issue === 'string') {
          payload.issues.push({ code: 'custom', message: issue, input: payload.value });
          return;
        }
        if (issue['fatal']) issue.continue = false;
        if (!('input' in issue)) issue.input = payload.value;
        payload.issues.push({ ...issue, code: issue.code ?? 'custom', continue: issue.continue ?? true });
      };
      fn(payload.value as T, payload);
    },
  });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field's verdict put into the object's (zod's handlePropertyResult). */
function takeField(result: Payload, into: Payload & { value: Record<string, unknown> }, key: string, input: Record<string, unknown>, field: Node): void {
  const present = key in input;
  if (!present && field.optout === 'optional' && field.optin === 'optional') return;
  if (result.issues.length > 0) {
    if (field.optin !== undefined && field.optout === 'optional' && !present) return;
    for (const issue of result.issues) into.issues.push({ ...issue, path: [key, ...(issue.path ?? [])] });
  }
  if (!present && field.optin === undefined) {
    if (result.issues.length === 0) into.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] });
    return;
  }
  if (result.value !== undefined) into.value[key] = result.value;
  else if (present) into.value[key] = undefined;
}

export function object(shape: Readonly<Record<string, Node>>): Node {
  const parse = (payload: Payload): Payload => {
    const input = payload.value;
    if (!isObject(input)) {
      payload.issues.push({ code: 'invalid_type', expected: 'object', input });
      return payload;
    }
    const into = Object.assign(payload, { value: {} as Record<string, unknown> });
    for (const [key, field] of Object.entries(shape)) {
      if (key !== '__proto__') takeField(field.run({ value: input[key], issues: [] }), into, key, input, field);
    }
    return into;
  };
  return node({ parse });
}

/** What `safeParse` hands back: zod's result, its issues worded by the error map. */
export function safeParse(schema: Node, value: unknown, context: { error?: ErrorMap } = {}) {
  const result = schema.run({ value, issues: [] });
  if (result.issues.length === 0) return { success: true as const, data: result.value };
  const issues = result.issues.map((issue) => {
    const worded = issue.message ?? context.error?.(issue);
    const { continue: _continue, input: _input, ...rest } = issue;
    return { ...rest, path: issue.path ?? [], message: (typeof worded === 'string' ? worded : worded?.message) ?? 'Invalid input' };
  });
  return { success: false as const, error: { issues } };
}

/** zod's settings: nothing to set here (this engine never compiles code, jitless or not). */
export function config(): void {}
