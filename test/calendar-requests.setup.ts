import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DISCOVERY_REVISION } from '../emulator/calendar-discovery';

/**
 * Every Calendar API request any test makes, in any worker (the preview server's included), is
 * checked by the emulator against Google's discovery document before it is served
 * (emulator/calendar-discovery.ts), and counted here: this prints how many were checked, and how
 * many were refused as Google would refuse them (the tests of those refusals make them on purpose).
 */
export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'mutirao-calendar-requests-'));
  process.env['MUTIRAO_CALENDAR_REQUESTS'] = folder;
  return () => {
    const lines = readdirSync(folder).flatMap((file) => readFileSync(join(folder, file), 'utf8').split('\n').filter(Boolean));
    rmSync(folder, { recursive: true, force: true });
    const refused = lines.filter((line) => line.endsWith(' refused')).length;
    const methods = new Set(lines.map((line) => line.split(' ')[0])).size;
    console.log(
      `Calendar API: ${lines.length} requests checked against Google's discovery document (revision ${DISCOVERY_REVISION}), ${methods} methods; ${lines.length - refused} valid, ${refused} refused with 400.`,
    );
  };
}
