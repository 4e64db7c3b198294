import { el } from './dom';

export interface Section {
  readonly id: string;
  readonly label: string;
  readonly content: HTMLElement;
  /**
   * Runs when the section is shown; a section that asks the server for its own data does so
   * here, once, so the sidebar's first screen needs no call (issue 11).
   */
  readonly opened?: () => void;
}

export interface Tabs {
  readonly element: HTMLElement;
  select(id: string, focus?: boolean): void;
}

/**
 * The sections as an ARIA tab list (WAI-ARIA APG "Tabs with automatic activation"): one
 * tab stop, arrow keys, Home and End move between tabs. The tabs wrap onto a second line
 * rather than scroll, so every section stays in sight at 300 px.
 */
export function tabs(label: string, sections: readonly Section[], selected: string, onSelect: (id: string) => void): Tabs {
  const buttons = sections.map((s) =>
    el('button', { type: 'button', role: 'tab', id: `tab-${s.id}`, 'aria-controls': `panel-${s.id}` }, s.label),
  );
  const panels = sections.map((s) =>
    el('div', { role: 'tabpanel', id: `panel-${s.id}`, 'aria-labelledby': `tab-${s.id}`, tabindex: '0', class: 'panel' }, s.content),
  );
  const list = el('div', { role: 'tablist', 'aria-label': label, class: 'tabs' }, ...buttons);

  const select = (id: string, focus = false): void => {
    sections.forEach((s, i) => {
      const on = s.id === id;
      const button = buttons[i] as HTMLButtonElement;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      (panels[i] as HTMLElement).hidden = !on;
      if (on && focus) button.focus();
      if (on) s.opened?.();
    });
    onSelect(id);
  };

  buttons.forEach((button, i) => button.addEventListener('click', () => select(sections[i]?.id ?? '')));
  list.addEventListener('keydown', (event) => {
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const last = sections.length - 1;
    const next: Record<string, number> = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(sections[target]?.id ?? '', true);
  });

  select(sections.some((s) => s.id === selected) ? selected : (sections[0]?.id ?? ''));
  return { element: el('div', {}, list, ...panels), select };
}
