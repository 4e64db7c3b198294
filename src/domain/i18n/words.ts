import type { Catalog, EmailTexts } from '../languages/types';

/** One language's words: what dist/Messages-<locale>.html holds. */
export interface LanguageWords {
  readonly messages: Catalog;
  readonly emails: EmailTexts;
}
