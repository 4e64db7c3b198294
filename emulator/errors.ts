/**
 * Apps Script reports service failures as `Exception: <message>`; giving our errors the same
 * name makes `String(error)` and the add-on's own error handling see what they would in Google.
 */
export class ScriptException extends Error {
  override name = 'Exception';
}
