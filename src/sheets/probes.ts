type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Writes on Diagnose's scratch tab (server/diagnose.ts), reporting what Sheets did, for the
 * checks of the platform facts the writer (write.ts) relies on. These are the only writes
 * outside write.ts: they must use the raw calls whose behaviour they check.
 */

/** What a cell holds once written: its value, and its formula if Sheets made it one. */
export interface ReadBack {
  readonly value: unknown;
  readonly formula: string;
}

/**
 * Each text written as rich text on row 1 (how the writer stores people's text), and with
 * setValues under a plain-text format on row 2 (for the record), read back.
 */
export function probeText(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp, sheet: Sheet, texts: readonly string[]): { rich: ReadBack[]; typed: ReadBack[] } {
  const rich = sheet.getRange(1, 1, 1, texts.length);
  rich.setRichTextValues([texts.map((text) => app.newRichTextValue().setText(text).build())]);
  const typed = sheet.getRange(2, 1, 1, texts.length).setNumberFormat('@');
  typed.setValues([[...texts]]);
  return { rich: readBack(rich), typed: readBack(typed) };
}

function readBack(range: GoogleAppsScript.Spreadsheet.Range): ReadBack[] {
  const values = range.getValues()[0] ?? [];
  const formulas = range.getFormulas()[0] ?? [];
  return values.map((value, i) => ({ value, formula: formulas[i] ?? '' }));
}

/** A date written on row 3 and read back, as Apps Script gives it. */
export function probeDate(sheet: Sheet, instant: Date): unknown {
  const cell = sheet.getRange(3, 1);
  cell.setValues([[instant]]);
  return cell.getValue();
}
