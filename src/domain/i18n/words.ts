import type { EmailTexts } from './emails';
import type { Catalog } from './en';

/** One language's words: what dist/Messages-<locale>.html holds. */
export interface LanguageWords {
  readonly messages: Catalog;
  readonly emails: EmailTexts;
}
