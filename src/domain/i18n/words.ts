import type { Catalog, EmailTexts, SheetWords } from '../languages/types';

/** One language's words: what dist/Messages-<locale>.html holds. */
export interface LanguageWords {
  readonly messages: Catalog;
  readonly emails: EmailTexts;
  /** What the workbook says (tab names, headers, seed objectives…): setup writes it, the server reads it only when a tab or column is not where setup recorded it. */
  readonly sheet: SheetWords;
}
