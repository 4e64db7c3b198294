import type { ServiceEnv } from '../env';
import { DataValidationCriteria, DeveloperMetadataLocationType, DeveloperMetadataVisibility, ProtectionType } from './enums';
import { createDoc } from './spreadsheet';
import type { SpreadsheetStore } from './store';
import { RichTextValueBuilderView } from './rich-text';
import { DataValidationBuilderView } from './validation';

export { SpreadsheetStore } from './store';
export type { StoreInit, Toast } from './store';

/**
 * SpreadsheetApp over one in-memory document. Only the subset the add-on uses exists;
 * anything else is absent, so calling it fails loudly.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 */
export function createSpreadsheetApp(env: ServiceEnv, store: SpreadsheetStore): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const doc = createDoc(env, store);
  const app = {
    ProtectionType,
    DataValidationCriteria,
    DeveloperMetadataLocationType,
    DeveloperMetadataVisibility,
    getActive() {
      env.guard('SpreadsheetApp', 'getActive', 'read');
      return doc.spreadsheet();
    },
    getActiveSpreadsheet() {
      env.guard('SpreadsheetApp', 'getActiveSpreadsheet', 'read');
      return doc.spreadsheet();
    },
    getActiveSheet() {
      env.guard('SpreadsheetApp', 'getActiveSheet', 'read');
      return doc.spreadsheet().getActiveSheet();
    },
    getUi() {
      env.guard('SpreadsheetApp', 'getUi', 'ui-menu');
      return env.ui();
    },
    newDataValidation() {
      env.guard('SpreadsheetApp', 'newDataValidation', 'read');
      return new DataValidationBuilderView(env);
    },
    /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#newRichTextValue() */
    newRichTextValue() {
      env.guard('SpreadsheetApp', 'newRichTextValue', 'read');
      return new RichTextValueBuilderView(env);
    },
    flush() {
      env.guard('SpreadsheetApp', 'flush', 'read');
    },
  };
  return app as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
