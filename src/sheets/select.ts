type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Selects one cell in the editor, as a click would: its tab becomes the active one
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#activate()).
 * A selection changes no data.
 */
export function selectRange(sheet: Sheet, a1: string): void {
  sheet.getRange(a1).activate();
}
