import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/domain/i18n/bundled';
import type { MessageKey } from '../../src/domain/languages/types';
import { LOCALES } from '../../src/domain/locale';
import { MENU } from '../../src/server/menu';
import { pageCatalog, type SidebarKey } from '../../src/sidebar/i18n/page';

/** Actions a reader finds both in the menu and in the sidebar: the button must say what the menu says. */
const SAME_ACTION: readonly [menu: MessageKey, sidebar: SidebarKey][] = [
  ['menu.validate', 'sidebar.check.run'],
  ['calendar.menu.sync', 'calendar.sidebar.sync'],
];

// The README is the short start; each feature's page in docs/ names the menu items too.
const DOCS = new URL('../../docs/', import.meta.url);
const README = [readFileSync(new URL('../../README.md', import.meta.url), 'utf8'),
  ...readdirSync(DOCS).filter((name) => name.endsWith('.md')).map((name) => readFileSync(new URL(name, DOCS), 'utf8'))].join('\n');

describe('one name per action (issue 22)', () => {
  it('calls an action the same in the menu and in the sidebar, in every language', () => {
    for (const locale of LOCALES) {
      for (const [menu, sidebar] of SAME_ACTION) expect(pageCatalog(locale)[sidebar], `${locale} ${sidebar}`).toBe(CATALOGS[locale][menu]);
    }
  });

  it('names in the README and docs/ only menu items that exist, by their English label, and no former name', () => {
    const labels = new Set(MENU.flatMap((item) => (item === 'separator' ? [] : [CATALOGS.en[item.label]])));
    const named = [...README.matchAll(/Extensions › Mutirão ›\s*(?:\*\*)?([^*\n(]+?)\*\*/g)].map((m) => (m[1] ?? '').trim());
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(labels, name).toContain(name);
    expect(README).not.toMatch(/Validate the sheet/);
  });
});
