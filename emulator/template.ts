/**
 * Turns an HTML template into JavaScript, the way HtmlService templates work: text is copied,
 * `<? code ?>` runs, `<?= expr ?>` prints escaped, `<?!= expr ?>` prints raw. The code sees the
 * properties set on the template as variables and, like on Google's servers, the script's globals.
 * https://developers.google.com/apps-script/guides/html/templates
 */

const SCRIPTLET = /<\?(!?=)?([\s\S]*?)\?>/g;

/** Source of a function `(vars, escape, raw) => string`, evaluated in the script's realm. */
export function compileTemplate(text: string): string {
  const lines = ['(function (__vars, __escape, __raw) {', 'var __out = [];', 'with (__vars) {'];
  let last = 0;
  for (const match of text.matchAll(SCRIPTLET)) {
    const [whole, kind, code = ''] = match;
    lines.push(`__out.push(${JSON.stringify(text.slice(last, match.index))});`);
    if (kind === '=') lines.push(`__out.push(__escape(${code}));`);
    else if (kind === '!=') lines.push(`__out.push(__raw(${code}));`);
    else lines.push(code);
    last = match.index + whole.length;
  }
  lines.push(`__out.push(${JSON.stringify(text.slice(last))});`, '}', 'return __out.join("");', '})');
  return lines.join('\n');
}

export function printRaw(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Google escapes by context (HTML, attribute, script, URL). HTML escaping of the five special
 * characters is the strictest common case and what the add-on relies on for user text.
 */
export function escapeHtml(value: unknown): string {
  return printRaw(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
