import { Emulator, type EmulatedUser } from '../../emulator';
import type { GoogleServices } from '../../src/server/services';

export const LUCIA: EmulatedUser = { email: 'lucia.almeida@example.org', locale: 'pt-BR' };
export const JEAN: EmulatedUser = { email: 'jean.moreau@example.org', locale: 'fr' };
export const MARINA: EmulatedUser = { email: 'marina.souza@example.org', locale: 'pt-BR' };

/** A new spreadsheet on the emulator, and the services the server modules receive from main.ts. */
export function newWorkbook(options: { locale?: string; timeZone?: string; user?: EmulatedUser | null } = {}) {
  const emulator = new Emulator({
    user: options.user === undefined ? LUCIA : options.user,
    spreadsheet: { name: 'Mutirão', locale: options.locale ?? 'fr_FR', timeZone: options.timeZone ?? 'America/Recife' },
    files: { Sidebar: '<!DOCTYPE html><title>sidebar</title>' },
  });
  const google: GoogleServices = emulator.services;
  const ss = emulator.services.SpreadsheetApp.getActive();
  return { emulator, google, ss };
}

/** The values of a tab, header first, as a coordinator sees them. */
export function valuesOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): unknown[][] {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet.getDataRange().getValues();
}
