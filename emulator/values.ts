/** Values coming from the script's own realm defeat `instanceof`; these checks work across realms. */

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** How Apps Script names argument types in "The parameters (…) don't match the method signature for …". */
function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'number';
  return isDate(value) ? 'Date' : 'Object';
}

/** E.g. "The parameters (String,String,String) don't match the method signature for Utilities.formatDate." */
export function signatureMessage(method: string, args: readonly unknown[]): string {
  return `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`;
}
