/** Text made safe inside HTML, attribute values included: the dialogs never render user text as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
