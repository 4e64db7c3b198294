import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Emulator } from '../emulator';
import { loadProject } from '../emulator/project';

// `npm test` builds first (pretest); this reads what clasp would push.
const code = readFileSync(new URL('../dist/Code.js', import.meta.url), 'utf8');
const sidebar = readFileSync(new URL('../dist/Sidebar.html', import.meta.url), 'utf8');

/** The globals of PRODUCT.md §4 that exist so far, plus the Help menu item's handler. */
const GLOBALS = ['onOpen', 'onEdit', 'onInstall', 'showSidebar', 'showHelp', 'setupWorkbook', 'getSidebarState', 'submitMember', 'submitProposal', 'submitResource', 'submitMeeting', 'validateAll', 'refreshProgress', 'WG_PROGRESS', 'syncCalendar', 'exportCalendarIcs', 'showCalendarExport', 'suggestMeetingSlots'];

function load(user = { email: 'ana@example.org', locale: 'pt-BR' }) {
  const emulator = new Emulator({ user, spreadsheet: { locale: 'pt_BR' }, files: { Sidebar: sidebar } });
  return { emulator, project: loadProject(emulator, code) };
}

describe('dist/Code.js in a bare V8 context, as Apps Script runs it', () => {
  it('defines every global as a top-level function', () => {
    expect(load().project.globals().sort()).toEqual([...GLOBALS].sort());
    for (const name of GLOBALS) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('builds only the menu in onOpen under AuthMode.NONE', () => {
    const { emulator, project } = load();
    project.onOpen('NONE');
    expect(emulator.ui.menus[0]?.items.map((i) => (i.type === 'item' ? i.functionName : '—'))).toEqual([
      'showSidebar', 'setupWorkbook', 'validateAll', 'refreshProgress', 'syncCalendar', 'showCalendarExport', '—', 'showHelp',
    ]);
    const touched = Object.keys(emulator.meter.snapshot()).filter((call) => !/^(Ui|Menu)\.|^SpreadsheetApp\.getUi$/.test(call));
    expect(touched).toEqual(['Session.getActiveUserLocale']);
  });

  it('sets up the workbook and answers the sidebar through google.script.run', () => {
    const { project } = load();
    project.call('setupWorkbook');
    const state = project.scriptRun('getSidebarState', []) as { ok: boolean; user: { role: string }; objectives: unknown[] };
    expect(state.ok).toBe(true);
    expect(state.user.role).toBe('coordinator');
    expect(state.objectives).toHaveLength(5);
  });

  it('opens the built sidebar 300 px wide with a translated title', () => {
    const { emulator, project } = load();
    project.call('showSidebar');
    expect(emulator.ui.sidebar?.width).toBe(300);
    expect(emulator.ui.sidebar?.title).toBe('Mutirão');
    const html = emulator.ui.sidebar?.html ?? '';
    expect(html).toContain('<html lang="pt-BR">');
    const catalog = JSON.parse(/<script type="application\/json" id="catalog">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}');
    expect(catalog.locale).toBe('pt-BR');
    expect(catalog.messages['sidebar.loading']).toBe('Carregando…');
    expect(catalog.messages['help.intro']).toBeUndefined();
  });

  it('shows Help in the user’s language', () => {
    const { emulator, project } = load({ email: 'jean@example.org', locale: 'fr' });
    project.call('showHelp');
    expect(emulator.ui.dialogs[0]?.title).toBe('Mutirão — aide');
    expect(emulator.ui.dialogs[0]?.html).toContain('Configurer le classeur');
  });
});

describe('dist/Sidebar.html', () => {
  it('is one self-contained file: no external script, style or font', () => {
    expect(sidebar).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(sidebar).not.toMatch(/@import|url\(\s*['"]?https?:/i);
  });
});
