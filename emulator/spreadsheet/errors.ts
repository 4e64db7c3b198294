/** Apps Script surfaces service failures as `Exception: <message>`. */
export class SheetsError extends Error {
  override name = 'Exception';
}
