/**
 * JSON that stays inside its script element whatever the text in it: `<` (so no `</script`,
 * `<!--` or scriptlet `<?`) and the line separators U+2028/U+2029 are written as escapes. The
 * sidebar's state, the Messages pages and the build's sidebar catalogs all go through it.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text made safe inside HTML, attribute values included: the dialogs never render user text as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
