import type { Catalog, EmailTexts, SheetWords } from '../languages/types';

/** One language's words: what dist/Messages-<locale>.html holds. */
export interface LanguageWords {
  readonly messages: Catalog;
  readonly emails: EmailTexts;
  /** What the workbook says: Code.js reads its headers from here, for setup and for a column not where setup recorded it. */
  readonly sheet: SheetWords;
}
