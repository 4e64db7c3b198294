import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Emulator } from '../emulator';
import { loadProject } from '../emulator/project';
import { LOCALES } from '../src/domain/locale';
import { MEMBER_SCOPES } from '../src/script';

// `npm test` builds first (pretest); this reads what clasp would push.
const code = readFileSync(new URL('../dist/Code.js', import.meta.url), 'utf8');
/** The sidebar pages, one per language, by file name without `.html`, as the project holds them. */
const pages = Object.fromEntries(LOCALES.map((l) => [`Sidebar-${l}`, readFileSync(new URL(`../dist/Sidebar-${l}.html`, import.meta.url), 'utf8')]));

/** The globals of PRODUCT.md §4 that exist so far, plus the Help menu item's handler. */
const GLOBALS = ['onOpen', 'onEdit', 'onInstall', 'showSidebar', 'showHelp', 'setupWorkbook', 'getSidebarState', 'submitMember', 'submitProposal', 'submitResource', 'submitMeeting', 'validateAll', 'refreshProgress', 'WG_PROGRESS', 'syncCalendar', 'exportCalendarIcs', 'showCalendarExport', 'suggestMeetingSlots',
  'sendReminders', 'getReminderSchedule', 'setReminderSchedule', 'runScheduledReminders', 'showReminders', 'diagnose', 'showDiagnose',
  // Supports and answers (issue 13).
  'supportProposal', 'withdrawSupport', 'listProposals', 'answerProposal',
  'showPrivacyNotice', 'confirmConsent', 'exportMyData', 'setEmailPreference', 'setMemberLanguage', 'eraseMember'];

function load(user = { email: 'ana@example.org', locale: 'pt-BR' }) {
  const emulator = new Emulator({ user, spreadsheet: { locale: 'pt_BR' }, files: pages });
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
      'showSidebar', 'setupWorkbook', 'validateAll', 'refreshProgress', 'syncCalendar', 'showCalendarExport', 'showReminders', '—', 'showDiagnose', 'showHelp', 'showPrivacyNotice',
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

  it('opens the reader’s own sidebar page, 300 px wide, with a translated title', () => {
    for (const [user, lang, loading] of [
      [{ email: 'ana@example.org', locale: 'pt-BR' }, 'pt-BR', 'Carregando…'],
      [{ email: 'jean@example.org', locale: 'fr' }, 'fr', 'Chargement…'],
      [{ email: 'kim@example.org', locale: 'de' }, 'en', 'Loading…'],
    ] as const) {
      const { emulator, project } = load(user);
      project.call('showSidebar');
      expect(emulator.ui.sidebar?.width).toBe(300);
      expect(emulator.ui.sidebar?.title).toBe('Mutirão');
      const html = emulator.ui.sidebar?.html ?? '';
      expect(html).toContain(`<html lang="${lang}">`);
      const catalog = catalogOf(html);
      expect(catalog.locale).toBe(lang);
      expect(catalog.messages['sidebar.loading']).toBe(loading);
      expect(catalog.messages['help.intro']).toBeUndefined();
    }
  });

  it('diagnoses through google.script.run in the bundle’s own realm (its Intl included), all checks passing', () => {
    const { project } = load();
    project.call('setupWorkbook');
    const result = project.scriptRun('diagnose', []) as { ok: boolean; checks: { name: string; ok: boolean; detail: string }[] };
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.checks).toHaveLength(9);
  });

  it('lets a member who granted only the spreadsheet, UI and email scopes open the sidebar and register', () => {
    const { emulator, project } = load();
    project.call('setupWorkbook');
    emulator.user = { email: 'bia@example.org', locale: 'pt-BR', grantedScopes: [...MEMBER_SCOPES] };
    project.onOpen('FULL');
    project.call('showSidebar');
    const registered = project.scriptRun('submitMember', [{ name: 'Bia', city: 'Recife', country: 'BR', hub: 'Recife', consent: true }]) as { ok: boolean };
    expect(registered.ok).toBe(true);
    expect((project.scriptRun('getSidebarState', []) as { user: { role: string } }).user.role).toBe('member');
  });

  it('opens the sidebar on Diagnose from the menu', () => {
    const { emulator, project } = load({ email: 'jean@example.org', locale: 'fr' });
    project.call('showDiagnose');
    expect(emulator.ui.sidebar?.html).toMatch(/<html lang="fr">[\s\S]*<meta name="mutirao-open" content="diagnose">$/);
  });

  it('shows Help in the user’s language', () => {
    const { emulator, project } = load({ email: 'jean@example.org', locale: 'fr' });
    project.call('showHelp');
    expect(emulator.ui.dialogs[0]?.title).toBe('Mutirão — aide');
    expect(emulator.ui.dialogs[0]?.html).toContain('Configurer le classeur');
  });
});

describe('dist/Sidebar-<locale>.html', () => {
  it('is one self-contained file per language: no external script, style or font', () => {
    for (const page of Object.values(pages)) {
      expect(page).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
      expect(page).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    }
  });

  it('carries its own language only, and stays well under 100 KB', () => {
    expect(catalogOf(pages['Sidebar-fr'] ?? '').messages['sidebar.retry']).toBe('Réessayer');
    expect(pages['Sidebar-fr']).not.toContain('Tentar de novo');
    for (const page of Object.values(pages)) expect(Buffer.byteLength(page)).toBeLessThan(100 * 1024);
  });

  it('leaves the sidebar’s own words out of Code.js', () => {
    expect(code).not.toContain('Réessayer');
    expect(code).not.toContain('Propor uma ação');
  });
});

function catalogOf(html: string): { locale: string; messages: Record<string, string> } {
  return JSON.parse(/<script type="application\/json" id="catalog">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}');
}
