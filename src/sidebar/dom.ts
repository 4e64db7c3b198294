/**
 * Builds elements from text only: user text is set with textContent, never parsed as
 * HTML, so a title such as `<img onerror=…>` typed into the sheet shows as text.
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

let nextId = 0;

export type Field = ReturnType<typeof field>;

/**
 * A dropdown whose `selected` option is set as an attribute, so that form.reset() brings
 * it back after a submission.
 */
export function select(options: readonly (readonly [value: string, label: string])[], selected = ''): HTMLSelectElement {
  return el(
    'select',
    {},
    ...options.map(([value, label]) => el('option', value === selected ? { value, selected: '' } : { value }, label)),
  );
}

/** New options from a reload, keeping the choice made so far when it is still offered. */
export function replaceOptions(control: HTMLSelectElement, from: HTMLSelectElement): void {
  const value = control.value;
  control.replaceChildren(...from.options);
  if ([...control.options].some((o) => o.value === value)) control.value = value;
}

/** A labelled form field whose error is announced: aria-invalid and aria-describedby point at it. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, required = false, hint?: string) {
  const id = `f${++nextId}`;
  control.id = id;
  if (required) control.required = true;
  const help = hint === undefined ? null : el('p', { class: 'hint muted', id: `${id}-hint` }, hint);
  const error = el('p', { class: 'error', id: `${id}-error`, hidden: '' });
  const describe = (...ids: (string | undefined)[]) => {
    const list = ids.filter(Boolean).join(' ');
    if (list) control.setAttribute('aria-describedby', list);
    else control.removeAttribute('aria-describedby');
  };
  describe(help?.id);
  const wrapper = el(
    'div',
    { class: 'field' },
    el('label', { for: id }, label, required ? el('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    control,
    error,
    help,
  );
  return {
    element: wrapper,
    control,
    showError(message: string | undefined): void {
      error.textContent = message ?? '';
      error.hidden = !message;
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      // The error first: it is what the reader must act on; the hint stays described.
      describe(message ? error.id : undefined, help?.id);
    },
  };
}
