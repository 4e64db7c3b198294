import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiError, type ApiErrorBody } from './google-json-error';

/**
 * Google's own description of the Calendar API v3: its discovery document, kept verbatim in
 * emulator/discovery/calendar-v3.json (see emulator/discovery/README.md for where it came from
 * and its revision). The emulator takes from it, for every method, the scopes that allow the
 * call, the parameters it accepts (names, types, enums, bounds) and the request body's schema,
 * so that the add-on is held to what Google accepts rather than to what we once wrote by hand.
 * https://developers.google.com/discovery/v1/reference/apis
 */

interface JsonSchema {
  readonly type?: string;
  readonly format?: string;
  readonly $ref?: string;
  readonly enum?: readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: JsonSchema;
  readonly items?: JsonSchema;
  readonly repeated?: boolean;
  readonly required?: boolean;
  readonly minimum?: string;
  readonly maximum?: string;
  readonly location?: string;
}

interface DiscoveryMethod {
  readonly id: string;
  readonly httpMethod: string;
  readonly parameters?: Readonly<Record<string, JsonSchema>>;
  readonly request?: { readonly $ref: string };
  readonly scopes?: readonly string[];
}

interface DiscoveryDocument {
  readonly revision: string;
  readonly parameters: Readonly<Record<string, JsonSchema>>;
  readonly schemas: Readonly<Record<string, JsonSchema>>;
  readonly resources: Readonly<Record<string, { readonly methods: Readonly<Record<string, DiscoveryMethod>> }>>;
}

/** Found from the repository's root, as scopes.ts finds appsscript.json, so that bundled runners (.cache/run.mjs) find it too. */
export const CALENDAR_DISCOVERY: DiscoveryDocument = JSON.parse(
  readFileSync(new URL('../emulator/discovery/calendar-v3.json', import.meta.url), 'utf8'),
) as DiscoveryDocument;

/** The document's revision (its `revision` field), e.g. "20260225". */
export const DISCOVERY_REVISION = CALENDAR_DISCOVERY.revision;

export interface CalendarApiMethod {
  /** The REST method, as Apps Script names it in its errors (calendar.events.delete). */
  readonly rest: string;
  readonly kind: 'read' | 'write';
  /** Any one of these scopes allows the call: the method's `scopes` in the document. */
  readonly scopes: readonly string[];
  readonly method: DiscoveryMethod;
}

/**
 * Apps Script's names for the REST methods: the collection capitalized, `delete` as `remove`
 * (a reserved word in JavaScript), e.g. calendar.events.delete is Calendar.Events.remove.
 * https://developers.google.com/apps-script/guides/services/advanced#how_method_signatures_are_determined
 */
function appsScriptName(resource: string, method: string): string {
  const collection = resource.charAt(0).toUpperCase() + resource.slice(1);
  return `Calendar.${collection}.${method === 'delete' ? 'remove' : method}`;
}

/** Every method of the document, keyed by its meter name ('Calendar.Events.insert'). */
export const CALENDAR_API_METHODS: Readonly<Record<string, CalendarApiMethod>> = Object.fromEntries(
  Object.entries(CALENDAR_DISCOVERY.resources).flatMap(([resource, { methods }]) =>
    Object.entries(methods).map(([name, method]) => [
      appsScriptName(resource, name),
      { rest: method.id, kind: method.httpMethod === 'GET' ? 'read' : 'write', scopes: method.scopes ?? [], method },
    ]),
  ),
);

/** A request Google refuses before it reaches the calendar (400), with the API's error body. */
export class RequestRefused extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}

/** The wording of Google's front end for a request it cannot bind (One Platform's JSON errors). */
const refuse = (message: string): RequestRefused => new RequestRefused(apiError(400, 'global', 'invalid', message));

/** A query parameter travels as text: what Google does with the text decides (5 and '5' are alike). */
function checkParameter(name: string, schema: JsonSchema, value: unknown): void {
  const values = Array.isArray(value) ? value : [value];
  if (Array.isArray(value) && schema.repeated !== true) throw refuse(`Invalid value for: ${name} (not repeated)`);
  for (const one of values) {
    if (one === null || typeof one === 'object') throw refuse(`Invalid value for: ${name}`);
    const text = String(one);
    if (schema.type === 'integer') {
      if (!/^-?\d+$/.test(text)) throw refuse(`Invalid value '${text}'. Values must match the following regular expression: '-?\\d+'`);
      const n = Number(text);
      if (schema.minimum !== undefined && n < Number(schema.minimum)) throw refuse(`Invalid value for: ${name} (${text} is below ${schema.minimum})`);
      if (schema.maximum !== undefined && n > Number(schema.maximum)) throw refuse(`Invalid value for: ${name} (${text} is above ${schema.maximum})`);
    }
    if (schema.type === 'boolean' && text !== 'true' && text !== 'false') throw refuse(`Invalid boolean value: '${text}'.`);
    if (schema.enum !== undefined && !schema.enum.includes(text)) throw refuse(`Invalid value for: ${name} ('${text}' is not one of ${schema.enum.join(', ')})`);
  }
}

function resolve(schema: JsonSchema): JsonSchema {
  if (schema.$ref === undefined) return schema;
  const target = CALENDAR_DISCOVERY.schemas[schema.$ref];
  if (!target) throw new Error(`Emulator: the discovery document has no schema ${schema.$ref}`);
  return target;
}

const TYPE_NAMES: Record<string, string> = { string: 'TYPE_STRING', boolean: 'TYPE_BOOL', integer: 'TYPE_INT32', object: 'TYPE_MESSAGE', array: 'TYPE_MESSAGE' };

/** The JSON body against its schema: unknown fields and wrong types are refused as Google refuses them. */
function checkBody(given: unknown, declared: JsonSchema, path: string): void {
  if (given === undefined || given === null) return; // null clears a field in a patch; undefined is never sent.
  const schema = resolve(declared);
  const wrong = (): RequestRefused => refuse(`Invalid value at '${path}' (${TYPE_NAMES[schema.type ?? ''] ?? schema.type}), ${JSON.stringify(given)}`);
  switch (schema.type) {
    case 'any':
      return;
    case 'string':
      // int64 travels as a string; a number is accepted too.
      if (typeof given === 'string' || (schema.format === 'int64' && Number.isInteger(given))) return;
      throw wrong();
    case 'boolean':
      if (typeof given !== 'boolean') throw wrong();
      return;
    case 'integer':
      if (!Number.isInteger(typeof given === 'string' ? Number(given) : given)) throw wrong();
      return;
    case 'array':
      if (!Array.isArray(given)) throw wrong();
      given.forEach((item, i) => checkBody(item, schema.items ?? {}, `${path}[${i}]`));
      return;
    case 'object': {
      if (typeof given !== 'object' || Array.isArray(given)) throw wrong();
      for (const [key, value] of Object.entries(given)) {
        const field = schema.properties?.[key] ?? schema.additionalProperties;
        if (field === undefined) throw refuse(`Invalid JSON payload received. Unknown name "${key}" at '${path}': Cannot find field.`);
        checkBody(value, field, `${path}.${key}`);
      }
      return;
    }
    default:
      throw new Error(`Emulator: schema type ${String(schema.type)} at ${path} is not modelled`);
  }
}

/**
 * Checks one request as Google would before doing anything: every parameter is one the method
 * or the API declares, of its type, within its enum and bounds, the required ones given; the
 * body matches the method's request schema. Throws RequestRefused (400) otherwise.
 */
export function checkRequest(meterName: string, parameters: Readonly<Record<string, unknown>>, body?: unknown): void {
  const api = CALENDAR_API_METHODS[meterName];
  if (!api) throw new Error(`Emulator: ${meterName} is not a method of the Calendar API v3`);
  const declared = api.method.parameters ?? {};
  for (const [name, schema] of Object.entries(declared)) {
    if (schema.required === true && parameters[name] === undefined) throw refuse(`Required parameter: ${name}`);
  }
  for (const [name, value] of Object.entries(parameters)) {
    if (value === undefined) continue;
    const schema = declared[name] ?? CALENDAR_DISCOVERY.parameters[name];
    if (!schema) {
      throw refuse(`Invalid JSON payload received. Unknown name "${name}": Cannot bind query parameter. Field '${name}' could not be found in request message.`);
    }
    checkParameter(name, schema, value);
  }
  if (api.method.request !== undefined) {
    if (body === undefined || body === null) throw refuse('Required resource: request body is missing.');
    checkBody(body, api.method.request, 'resource');
  }
}

/**
 * Where the test suite counts the requests checked (one line per request, per process), when
 * MUTIRAO_CALENDAR_REQUESTS names a folder: test/calendar-requests.setup.ts prints the total.
 */
export function recordCheckedRequest(meterName: string, outcome: 'valid' | 'refused'): void {
  const folder = process.env['MUTIRAO_CALENDAR_REQUESTS'];
  if (folder === undefined || folder === '') return;
  appendFileSync(join(folder, `${process.pid}.log`), `${meterName} ${outcome}\n`);
}
