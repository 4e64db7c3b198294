import type { ServiceEnv } from './env';

/**
 * PropertiesService: string key/value stores for the document, the script, and each user.
 * Values are stored as strings, whatever the script passes.
 * https://developers.google.com/apps-script/reference/properties/properties
 */

export type PropertyMap = Record<string, string>;

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

  getProperty(key: string): string | null {
    this.env.guard('Properties', 'getProperty', 'read');
    const map = this.store();
    return Object.hasOwn(map, String(key)) ? (map[String(key)] ?? null) : null;
  }

  getProperties(): PropertyMap {
    this.env.guard('Properties', 'getProperties', 'read');
    return { ...this.store() };
  }

  getKeys(): string[] {
    this.env.guard('Properties', 'getKeys', 'read');
    return Object.keys(this.store());
  }

  setProperty(key: string, value: unknown): PropertiesImpl {
    this.env.guard('Properties', 'setProperty', 'write');
    this.store()[String(key)] = String(value);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): PropertiesImpl {
    this.env.guard('Properties', 'setProperties', 'write');
    const map = this.store();
    if (deleteAllOthers) for (const key of Object.keys(map)) delete map[key];
    for (const [key, value] of Object.entries(properties)) map[key] = String(value);
    return this;
  }

  deleteProperty(key: string): PropertiesImpl {
    this.env.guard('Properties', 'deleteProperty', 'write');
    delete this.store()[String(key)];
    return this;
  }

  deleteAllProperties(): PropertiesImpl {
    this.env.guard('Properties', 'deleteAllProperties', 'write');
    const map = this.store();
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
