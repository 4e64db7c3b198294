import type { ServiceEnv } from '../env';
import type { LocaleRules } from './locale';
import type { SheetView } from './sheet';
import type { SpreadsheetView } from './spreadsheet';
import type { SpreadsheetStore } from './store';

/** What every view object shares: the environment, the document and the views over it. */
export interface Doc {
  env: ServiceEnv;
  store: SpreadsheetStore;
  rules(): LocaleRules;
  spreadsheet(): SpreadsheetView;
  /** The one view of a sheet that still exists; throws once it has been deleted. */
  sheet(id: number): SheetView;
}
