import { INTL_TAG, type Locale } from '../locale';
import type { MessageKey } from '../languages/types';

/**
 * How a message reaches a reader, without the catalogs themselves: the server words with
 * every language it holds, the sidebar with the one catalog its page carries. Every problem
 * is worded from our catalogs (src/domain/messages.ts): no library's wording reaches people.
 */
export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface Wording {
  readonly locale: Locale;
  readonly t: Translate;
}

// `{count, plural, =0 {…} one {…} other {…}}`: each form is text and `{name}` placeholders.
const PLURAL = /\{(\w+),\s*plural,((?:\s*[=\w]+\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const FORM = /([=\w]+)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

/** The form for `count`: an exact `=n` first, then the language's plural category (French says "0 problème"), then `other`. */
function pluralForm(forms: string, count: number, locale: Locale): string | undefined {
  const byKey = new Map([...forms.matchAll(FORM)].map(([, key = '', text = '']) => [key, text]));
  return byKey.get(`=${count}`) ?? byKey.get(new Intl.PluralRules(INTL_TAG[locale]).select(count)) ?? byKey.get('other');
}

/**
 * Fills `{name}` placeholders, and with a `locale` the plural blocks too:
 * `{count, plural, one {# problema encontrado} other {# problemas encontrados}}`, where `#`
 * is the count written the reader's way. An unknown placeholder, or a plural block without
 * a locale or a number, stays visible rather than vanishing.
 */
export function fill(template: string, params: MessageParams = {}, locale?: Locale): string {
  const counted =
    locale === undefined
      ? template
      : template.replace(PLURAL, (whole, name: string, forms: string) => {
          const value = params[name];
          const count = Number(value);
          const form = value === undefined || value === '' || !Number.isFinite(count) ? undefined : pluralForm(forms, count, locale);
          return form === undefined ? whole : form.replace(/#/g, new Intl.NumberFormat(INTL_TAG[locale]).format(count));
        });
  return counted.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
