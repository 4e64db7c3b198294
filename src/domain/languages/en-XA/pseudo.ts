/**
 * Pseudo-localization, in the manner of Google's `en-XA`: every letter accented and each word
 * padded with `·` (one per three letters, rounded up), so an English word left in the code
 * shows at once and the layout meets text about a third longer than English. What the code
 * or the reader needs as written stays so: `{placeholders}`, the ICU `plural`/`select` syntax
 * around the sentences it chooses between, HTML tags and entities, URLs, email addresses and
 * domain names, and acronyms (CNIL, EUR, ID).
 */

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [letter, [...'åƀçðéƒĝĥîĵķļṁñöþǫŕšţûṽŵẋýžÅɃÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] ?? letter]),
);

/** Parts of a sentence that are not words: tags, entities, URLs, email addresses, domain names, acronyms. */
const UNTOUCHED = /(<[^<>]*>|&#?\w+;|https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}\b(?:\/[\w/-]*)?|\b[A-Z]{2,}\b)/;

const word = (letters: string): string => [...letters].map((c) => ACCENTED[c] ?? c).join('') + '·'.repeat(Math.ceil(letters.length / 3));

function accent(text: string): string {
  return text
    .split(UNTOUCHED)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]+/g, word)))
    .join('');
}

const CHOOSERS = new Set(['plural', 'select', 'selectordinal']);

/** The sentence from `start` up to an unmatched `}` (or the end): `[pseudo text, index of that }]`. */
function sentence(text: string, start: number): [string, number] {
  let out = '';
  let plain = '';
  let i = start;
  while (i < text.length && text[i] !== '}') {
    if (text[i] === '{') {
      out += accent(plain);
      plain = '';
      const [argument, end] = placeholder(text, i);
      out += argument;
      i = end;
    } else {
      plain += text[i];
      i++;
    }
  }
  return [out + accent(plain), i];
}

/** `{name}`, `{n, plural, one {…} other {…}}` or `{d, date, short}` from the `{` at `start`: `[pseudo text, index after its }]`. */
function placeholder(text: string, start: number): [string, number] {
  const header = /^\{\s*([^,{}]+?)\s*(?:,\s*(\w+)\s*)?(,|\})/.exec(text.slice(start));
  if (!header) return ['{', start + 1];
  let i = start + header[0].length;
  if (header[3] === '}') return [header[0], i];
  if (!CHOOSERS.has(header[2] ?? '')) {
    // A number or date format: the code reads it, copied through its closing brace.
    let depth = 1;
    while (i < text.length && depth > 0) depth += text[i] === '{' ? 1 : text[i++] === '}' ? -1 : 0;
    return [text.slice(start, i), i];
  }
  let out = header[0];
  for (;;) {
    const choice = /^(\s*)(\}|[^\s{}]+\s*\{)/.exec(text.slice(i));
    if (!choice) return [out + text.slice(i), text.length];
    out += choice[0];
    i += choice[0].length;
    if (choice[2] === '}') return [out, i];
    const [inner, end] = sentence(text, i);
    out += `${inner}}`;
    i = end + 1;
  }
}

/** One sentence, pseudo-localized. */
export function pseudoText(text: string): string {
  const [out, end] = sentence(text, 0);
  return end < text.length ? out + accent(text.slice(end)) : out;
}

/** A pseudo-localized copy of English's words: the same shape, every string through pseudoText. */
export type Pseudo<T> = T extends string ? string : T extends readonly (infer U)[] ? readonly Pseudo<U>[] : { readonly [K in keyof T]: Pseudo<T[K]> };

export function pseudoLocalize<T>(words: T): Pseudo<T> {
  const copy = (value: unknown): unknown => {
    if (typeof value === 'string') return pseudoText(value);
    if (Array.isArray(value)) return value.map(copy);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, copy(inner)]));
    return value;
  };
  return copy(words) as Pseudo<T>;
}
