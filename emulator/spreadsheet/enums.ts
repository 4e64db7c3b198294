/**
 * Apps Script enums are objects whose string form is their name
 * (`String(SpreadsheetApp.ProtectionType.SHEET) === 'SHEET'`); identity comparison works too.
 */
export interface EnumValue {
  name(): string;
  toString(): string;
  toJSON(): string;
}

function enumOf<const N extends string>(names: readonly N[]): Record<N, EnumValue> {
  return Object.freeze(
    Object.fromEntries(
      names.map((n) => [n, Object.freeze({ name: () => n, toString: () => n, toJSON: () => n })]),
    ),
  ) as unknown as Record<N, EnumValue>;
}

export const ProtectionType = enumOf(['RANGE', 'SHEET']);

export const DeveloperMetadataLocationType = enumOf(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);

export const DeveloperMetadataVisibility = enumOf(['DOCUMENT', 'PROJECT']);

export const DataValidationCriteria = enumOf([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);

/** Looks an enum value up by its name, for state read back from JSON. */
export function byName(e: Record<string, EnumValue>, name: string): EnumValue {
  const v = e[name];
  if (!v) throw new TypeError(`Unknown enum value ${name}`);
  return v;
}
