import type { validateAll } from '../../src/server/validation';
import { setupWorkbook } from '../../src/server/setup';
import { submitMember } from '../../src/server/submissions';
import { JEAN, LUCIA, MARINA, newWorkbook } from './fixture';

/** A set-up French workbook: Lúcia (coordinator, Recife), Marina (member, Recife) registered through the sidebar. */
export function groupWorkbook(options: { locale?: string } = {}) {
  const fixture = newWorkbook({ locale: options.locale ?? 'fr_FR', user: LUCIA });
  setupWorkbook(fixture.google);
  fixture.emulator.user = MARINA;
  const marina = submitMember(fixture.google, { name: 'Marina Souza', organization: 'Cooperativa Mãos Dadas', city: 'Recife', country: 'BR', hub: 'Recife', consent: true });
  if (!marina.ok) throw new Error(marina.errors[0]?.message);
  fixture.emulator.meter.reset();
  return { ...fixture, as: (user: typeof LUCIA | null) => (fixture.emulator.user = user) };
}

export { JEAN, LUCIA, MARINA };

/** Blanks a member's Consent cell in the French workbook's Membres tab, as if they never accepted the privacy notice. */
export function forgetConsent(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, email: string): void {
  const members = ss.getSheetByName('Membres');
  const values = members?.getDataRange().getValues() ?? [];
  const row = values.findIndex((cells) => cells.includes(email));
  members?.getRange(row + 1, (values[0] ?? []).indexOf('Consentement') + 1).setValue('');
}

/** The rows of a tab below its header. */
export function rowsOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): unknown[][] {
  return (ss.getSheetByName(name)?.getDataRange().getValues() ?? []).slice(1);
}

/** What validateAll found; a refused call fails the test with its message. */
export function checked(result: ReturnType<typeof validateAll>) {
  if ('errors' in result) throw new Error(result.errors[0]?.message);
  return result;
}
