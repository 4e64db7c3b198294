import type { ServiceEnv } from './env';
import { ScriptException } from './errors';

/**
 * PropertiesService: string key/value stores for the document, the script, and each user.
 * Values are stored as strings, whatever the script passes.
 * https://developers.google.com/apps-script/reference/properties/properties
 */

export type PropertyMap = Record<string, string>;

/**
 * "Properties value size: 9 KB / val" and "Properties total storage: 500 KB / property store":
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * The page does not say how a size is counted: we count UTF-8 bytes, a KB as 1,000 bytes, and a
 * store as its keys plus its values (the less convenient reading of each).
 */
export const MAX_VALUE_BYTES = 9_000;
export const MAX_STORE_BYTES = 500_000;
/**
 * The quotas page gives no wording; these are the messages Apps Script is reported to throw
 * (assumed): the first for one value, the second for a full store.
 */
export const VALUE_TOO_LARGE = 'Argument too large: value';
export const STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';
/** What a failing PropertiesService answers under the propertiesFail fault (a generic server error). */
export const PROPERTIES_UNAVAILABLE = "We're sorry, a server error occurred. Please wait a bit and try again.";

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function storeBytes(map: PropertyMap): number {
  let total = 0;
  for (const [key, value] of Object.entries(map)) total += bytes(key) + bytes(value);
  return total;
}

/** Applies `changes` to `map` only if every value and the whole store stay within the limits. */
function commit(map: PropertyMap, changes: PropertyMap, deleteAllOthers: boolean): void {
  for (const value of Object.values(changes)) if (bytes(value) > MAX_VALUE_BYTES) throw new ScriptException(VALUE_TOO_LARGE);
  const next: PropertyMap = deleteAllOthers ? { ...changes } : { ...map, ...changes };
  if (storeBytes(next) > MAX_STORE_BYTES) throw new ScriptException(STORE_FULL);
  if (deleteAllOthers) for (const key of Object.keys(map)) delete map[key];
  Object.assign(map, changes);
}

export interface PropertiesSnapshot {
  document: PropertyMap;
  script: PropertyMap;
  /** Keyed by user email ('' for a visitor without an account). */
  user: Record<string, PropertyMap>;
}

export class PropertyStores {
  document: PropertyMap = {};
  script: PropertyMap = {};
  user: Record<string, PropertyMap> = {};

  forUser(email: string): PropertyMap {
    return (this.user[email] ??= {});
  }

  toJSON(): PropertiesSnapshot {
    return structuredClone({ document: this.document, script: this.script, user: this.user });
  }

  static fromJSON(snapshot: PropertiesSnapshot): PropertyStores {
    const stores = new PropertyStores();
    Object.assign(stores, structuredClone(snapshot));
    return stores;
  }
}

class PropertiesImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly store: () => PropertyMap,
  ) {}

  private g(method: string, need: 'read' | 'write'): PropertyMap {
    this.env.guard('Properties', method, need);
    if (this.env.faults.propertiesFail === true) throw new ScriptException(PROPERTIES_UNAVAILABLE);
    return this.store();
  }

  getProperty(key: string): string | null {
    const map = this.g('getProperty', 'read');
    return Object.hasOwn(map, String(key)) ? (map[String(key)] ?? null) : null;
  }

  getProperties(): PropertyMap {
    return { ...this.g('getProperties', 'read') };
  }

  getKeys(): string[] {
    return Object.keys(this.g('getKeys', 'read'));
  }

  setProperty(key: string, value: unknown): PropertiesImpl {
    commit(this.g('setProperty', 'write'), { [String(key)]: String(value) }, false);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): PropertiesImpl {
    const map = this.g('setProperties', 'write');
    const changes = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, String(value)]));
    // All or nothing: a value or a total over the limit stores none of them.
    commit(map, changes, deleteAllOthers);
    return this;
  }

  deleteProperty(key: string): PropertiesImpl {
    delete this.g('deleteProperty', 'write')[String(key)];
    return this;
  }

  deleteAllProperties(): PropertiesImpl {
    const map = this.g('deleteAllProperties', 'write');
    for (const key of Object.keys(map)) delete map[key];
    return this;
  }
}

class PropertiesServiceImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly stores: PropertyStores,
    private readonly userEmail: () => string,
  ) {}

  getDocumentProperties(): PropertiesImpl {
    this.env.guard('PropertiesService', 'getDocumentProperties', 'read');
    return new PropertiesImpl(this.env, () => this.stores.document);
  }

  getScriptProperties(): PropertiesImpl {
    this.env.guard('PropertiesService', 'getScriptProperties', 'read');
    return new PropertiesImpl(this.env, () => this.stores.script);
  }

  getUserProperties(): PropertiesImpl {
    this.env.guard('PropertiesService', 'getUserProperties', 'read');
    // Bound to the user at the time of the call, as a Properties object is in Apps Script.
    const email = this.userEmail();
    return new PropertiesImpl(this.env, () => this.stores.forUser(email));
  }
}

export function createPropertiesService(
  env: ServiceEnv,
  stores: PropertyStores,
  userEmail: () => string,
): GoogleAppsScript.Properties.PropertiesService {
  return new PropertiesServiceImpl(env, stores, userEmail) as unknown as GoogleAppsScript.Properties.PropertiesService;
}
