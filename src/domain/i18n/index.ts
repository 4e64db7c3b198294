import frZod from 'zod/v4/locales/fr.js';
import ptZod from 'zod/v4/locales/pt.js';
import enZod from 'zod/v4/locales/en.js';
import type { Locale } from '../locale';
import { en, type Catalog, type MessageKey } from './en';
import { fr } from './fr';
import { ptBR } from './pt-BR';
import { fill, type MessageParams, type Wording } from './wording';

export type { Catalog, MessageKey, MessageParams, Wording };

/** Every language's catalog: the server's. The sidebar never imports this module: its page carries its catalog (src/sidebar/i18n). */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, fr, 'pt-BR': ptBR };

/** The message in that language, with `{name}` placeholders and plural blocks filled in. */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return fill(CATALOGS[locale][key], params, locale);
}

/** zod's own wording, for the rare issue our catalog has no sentence for. */
const ZOD = { fr: frZod(), 'pt-BR': ptZod(), en: enZod() };

export function wordingFor(locale: Locale): Wording {
  return {
    locale,
    t: (key, params) => t(locale, key, params),
    fallback: (issue) => {
      const message = ZOD[locale].localeError(issue);
      return typeof message === 'string' ? message : message?.message;
    },
  };
}
