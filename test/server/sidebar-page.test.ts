import { describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator';
import { setupWorkbook } from '../../src/server/setup';
import { scriptJson } from '../../src/server/html';
import { getSidebarState, showSidebar } from '../../src/server/sidebar';
import { submitMember } from '../../src/server/submissions';
import type { GoogleServices } from '../../src/server/services';
import { LUCIA, MARINA } from './fixture';

const SLOT = '<script type="application/json" id="state"></script>';

describe('showSidebar writes the caller’s state into the page (issue 11)', () => {
  it('writes the state getSidebarState gives, where user text cannot end the script block', () => {
    const emulator = new Emulator({
      user: LUCIA,
      spreadsheet: { name: 'Mutirão', locale: 'pt_BR', timeZone: 'America/Recife' },
      files: { 'Sidebar-pt-BR': `<!DOCTYPE html><body>${SLOT}<script>app()</script></body>` },
    });
    const google: GoogleServices = emulator.services;
    setupWorkbook(google);
    emulator.user = MARINA;
    const name = 'Marina \u2028 </script><script>alert(1)</script><!-- \u2029 x';
    expect(submitMember(google, { name, city: 'Recife', country: 'BR', hub: 'Recife', consent: true }).ok).toBe(true);

    showSidebar(google);
    const html = emulator.ui.sidebar?.html ?? '';
    const json = /<script type="application\/json" id="state">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(json).not.toMatch(/[<\u2028\u2029]/);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(JSON.parse(json)).toEqual(getSidebarState(google));
    expect(JSON.parse(json).user.name).toBe(name);
  });

  it('escapes only what could leave the block', () => {
    expect(scriptJson({ a: '</script>\u2028é' })).toBe('{"a":"\\u003c/script>\\u2028é"}');
  });
});
