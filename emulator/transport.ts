/**
 * What google.script.run lets through between the sidebar and the server: primitives, null,
 * and arrays and plain objects made of them. A Date, a function or any other object fails the
 * whole call; circular structures fail; `undefined` in an array becomes null; the receiver gets
 * a copy. https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
 * The messages are those the client library raises ("Failed due to illegal value in property: 0").
 */

function isPlainObject(value: object): boolean {
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  // Plain objects from any realm: their prototype is null or that realm's Object.prototype.
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function copy(value: unknown, property: string, ancestors: Set<object>): unknown {
  if (value === null || value === undefined) return value;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (type !== 'object' || !(Array.isArray(value) || isPlainObject(value as object))) {
    throw new TypeError(`Failed due to illegal value in property: ${property}`);
  }
  const object = value as object;
  if (ancestors.has(object)) throw new TypeError('Failed due to circular reference.');
  ancestors.add(object);
  try {
    if (Array.isArray(object)) return object.map((item: unknown, i) => copy(item, String(i), ancestors) ?? null);
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(object)) {
      const copied = copy(item, key, ancestors);
      if (copied !== undefined) result[key] = copied;
    }
    return result;
  } finally {
    ancestors.delete(object);
  }
}

/** Arguments as the server function receives them; each argument is named by its index. */
export function transportArguments(args: readonly unknown[]): unknown[] {
  return args.map((arg, i) => copy(arg, String(i), new Set()));
}

/** A server function's result as the success handler receives it. */
export function transportResult(result: unknown): unknown {
  return copy(result, 'result', new Set());
}
