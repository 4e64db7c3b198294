import { describe, expect, test } from 'vitest';
import { Emulator, type EmulatorSnapshot } from '../../emulator/index';

function populated(): Emulator {
  const em = new Emulator({
    user: { email: 'coord@example.org', locale: 'fr' },
    spreadsheet: { id: 'sheet-1', name: 'Mutirão', locale: 'fr_FR', timeZone: 'Europe/Paris' },
    scriptTimeZone: 'Europe/Paris',
    now: () => new Date('2026-05-01T09:00:00Z'),
  });
  em.services.PropertiesService.getDocumentProperties().setProperty('settings', '{"lang":"fr"}');
  em.services.PropertiesService.getUserProperties().setProperty('seen', 'yes');
  em.calendar.addCalendar({ id: 'wg@group.calendar.google.com', name: 'WG', timeZone: 'America/Recife' });
  em.services.CalendarApp.getCalendarById('wg@group.calendar.google.com')
    ?.createEvent('Réunion', new Date('2026-06-10T13:00:00Z'), new Date('2026-06-10T14:00:00Z'), { guests: 'a@example.org' })
    .setTag('meetingId', 'MTG-001');
  return em;
}

/** Through JSON text, as the preview persists it to a file. */
function throughJson(em: Emulator): EmulatorSnapshot {
  return JSON.parse(JSON.stringify(em.toJSON())) as EmulatorSnapshot;
}

describe('snapshots', () => {
  // The preview persists the emulator between runs; a snapshot must survive JSON unchanged.
  test('toJSON survives a JSON round trip unchanged', () => {
    const em = populated();
    expect(throughJson(em)).toEqual(em.toJSON());
  });

  // Restoring gives the same document, properties, calendars and user.
  test('fromJSON restores an emulator whose snapshot is identical', () => {
    const restored = Emulator.fromJSON(throughJson(populated()));
    expect(restored.toJSON()).toEqual(populated().toJSON());
  });

  // The restored emulator keeps working: services read the restored state.
  test('services read the restored state', () => {
    const restored = Emulator.fromJSON(throughJson(populated()));
    const props = restored.services.PropertiesService;
    const event = restored.services.CalendarApp.getCalendarById('wg@group.calendar.google.com')?.getEvents(
      new Date('2026-06-01T00:00:00Z'),
      new Date('2026-07-01T00:00:00Z'),
    )[0];
    expect([
      props.getDocumentProperties().getProperty('settings'),
      props.getUserProperties().getProperty('seen'),
      restored.services.Session.getActiveUser().getEmail(),
      restored.services.Session.getScriptTimeZone(),
      event?.getTag('meetingId'),
      restored.spreadsheet.name,
    ]).toEqual(['{"lang":"fr"}', 'yes', 'coord@example.org', 'Europe/Paris', 'MTG-001', 'Mutirão']);
  });

  // Event ids stay unique after a restore: the next event does not reuse an old id.
  test('new events after a restore get fresh ids', () => {
    const restored = Emulator.fromJSON(throughJson(populated()));
    const calendar = restored.services.CalendarApp.getCalendarById('wg@group.calendar.google.com');
    calendar?.createEvent('Autre', new Date('2026-06-11T13:00:00Z'), new Date('2026-06-11T14:00:00Z'));
    const ids = restored.calendar.events().map((e) => e.id);
    expect(new Set(ids).size).toBe(2);
  });

  // Options given to fromJSON override what the snapshot says, e.g. to act as another user.
  test('fromJSON options override the snapshot user', () => {
    const restored = Emulator.fromJSON(throughJson(populated()), { user: { email: 'ana@example.org', locale: 'pt-BR' } });
    expect(restored.services.Session.getActiveUser().getEmail()).toBe('ana@example.org');
  });
});
