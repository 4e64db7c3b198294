/**
 * Apps Script enum values are objects, not numbers or strings: they print their name and are
 * compared by identity (`e.authMode === ScriptApp.AuthMode.NONE`). Modelling them as objects
 * catches code that compares against a string or serialises them by accident.
 * https://developers.google.com/apps-script/reference/script/auth-mode
 */
export class EnumValue<Name extends string = string> {
  readonly #name: Name;
  readonly #ordinal: number;

  constructor(name: Name, ordinal: number) {
    this.#name = name;
    this.#ordinal = ordinal;
    Object.freeze(this);
  }

  name(): Name {
    return this.#name;
  }

  ordinal(): number {
    return this.#ordinal;
  }

  toString(): string {
    return this.#name;
  }
}

export type EnumObject<Name extends string> = { readonly [K in Name]: EnumValue<K> };

export function makeEnum<const Names extends readonly string[]>(names: Names): EnumObject<Names[number]> {
  const entries = names.map((name, i) => [name, new EnumValue(name, i)] as const);
  return Object.freeze(Object.fromEntries(entries)) as EnumObject<Names[number]>;
}

/** The name of an enum value coming from the script (which may pass anything). */
export function enumName(value: unknown): string | undefined {
  return value instanceof EnumValue ? value.name() : undefined;
}
