import type { Locale } from '../locale';
import { en, type Catalog, type MessageKey } from './en';
import { fr } from './fr';
import { ptBR } from './pt-BR';

export type { MessageKey, Catalog };

export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, fr, 'pt-BR': ptBR };

export type MessageParams = Readonly<Record<string, string | number>>;

/** The message in that language, with `{name}` placeholders filled in. */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return CATALOGS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
