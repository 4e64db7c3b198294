import { describe, expect, test } from 'vitest';
import { Emulator, type EmulatedUser, type EmulatorSnapshot } from '../../emulator/index';
import { loadProject } from '../../emulator/project';

const ANA: EmulatedUser = { email: 'ana@example.org', locale: 'pt-BR' };
const BEN: EmulatedUser = { email: 'ben@example.org', locale: 'fr' };
const SIMPLE = { kind: 'simple-trigger', authMode: 'LIMITED' } as const;

const BUNDLE = `
function install(hour) {
  return ScriptApp.newTrigger('remind').timeBased().everyDays(1).atHour(hour).nearMinute(30).create().getUniqueId();
}
function installIn(zone) {
  return ScriptApp.newTrigger('remind').timeBased().everyDays(1).atHour(8).inTimezone(zone).create().getUniqueId();
}
function mine() {
  return ScriptApp.getProjectTriggers().map(function (t) {
    return [t.getHandlerFunction(), t.getUniqueId(), String(t.getEventType()), String(t.getTriggerSource())];
  });
}
function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function remind(e) {
  MailApp.sendEmail('member@example.org', 'Reminder', 'from ' + Session.getEffectiveUser().getEmail());
  PropertiesService.getDocumentProperties().setProperty('lastRun', JSON.stringify({
    mode: String(e.authMode), uid: e.triggerUid, hour: e.hour, locale: Session.getActiveUserLocale(),
    active: Session.getActiveUser().getEmail(), effective: Session.getEffectiveUser().getEmail(), now: new Date().toISOString(),
  }));
}
function fail() { throw new Error('broken'); }
function installFailing() { ScriptApp.newTrigger('fail').timeBased().everyHours(1).create(); }
`;

function load(user: EmulatedUser = ANA) {
  const em = new Emulator({ user, scriptTimeZone: 'America/Recife', now: () => new Date('2026-05-01T09:00:00Z') });
  return { em, project: loadProject(em, BUNDLE) };
}

function lastRun(em: Emulator): Record<string, unknown> {
  return JSON.parse(em.properties.document['lastRun'] ?? 'null') as Record<string, unknown>;
}

describe('creating and listing', () => {
  // https://developers.google.com/apps-script/reference/script/trigger
  test('a daily trigger is listed with its handler, id, event type and source', () => {
    const { project } = load();
    const id = project.call('install', 8);
    expect(project.call('mine')).toEqual([['remind', id, 'CLOCK', 'CLOCK']]);
  });

  // https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
  // https://developers.google.com/apps-script/guides/triggers/installable#restrictions (cannot see another account's triggers)
  test("getProjectTriggers lists only the current user's triggers", () => {
    const { em, project } = load();
    project.call('install', 8);
    em.user = BEN;
    expect(project.call('mine')).toEqual([]);
    project.call('install', 9);
    expect(project.call('mine')).toHaveLength(1);
    expect(em.triggers.all().map((t) => t.owner.email)).toEqual(['ana@example.org', 'ben@example.org']);
  });

  // https://developers.google.com/apps-script/reference/script/script-app#deleteTrigger(Trigger)
  test('deleteTrigger removes the trigger, and another user cannot remove it', () => {
    const { em, project } = load();
    project.call('install', 8);
    em.user = BEN;
    project.call('removeAll');
    expect(em.triggers.all()).toHaveLength(1);
    em.user = ANA;
    project.call('removeAll');
    expect(em.triggers.all()).toEqual([]);
  });

  // https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions (one trigger of each type, per user, per document)
  test('an add-on user may have one time-driven trigger in the document; another user has their own', () => {
    const { em, project } = load();
    project.call('install', 8);
    expect(() => project.call('install', 9)).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    em.user = BEN;
    expect(() => project.call('install', 8)).not.toThrow();
    expect(em.triggers.all()).toHaveLength(2);
  });

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#atHour(Integer)
  test('an hour outside 0–23 is refused', () => {
    const { em, project } = load();
    expect(() => project.call('install', 24)).toThrow('Invalid argument: hour');
    expect(em.triggers.all()).toEqual([]);
  });

  // https://developers.google.com/apps-script/guides/triggers#restrictions (no service that needs authorization)
  test('a simple trigger cannot install one, naming the script.scriptapp scope', () => {
    const { em } = load();
    expect(() => em.run(SIMPLE, () => em.services.ScriptApp.newTrigger('remind'))).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });
});

describe('firing', () => {
  // https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers
  test('a daily trigger runs once a day at its hour in the script time zone', () => {
    const { em, project } = load();
    project.call('install', 8); // 08:30 in Recife is 11:30 UTC
    expect(project.runDueTriggers(new Date('2026-05-01T11:29:00Z'))).toEqual([]);
    expect(project.runDueTriggers(new Date('2026-05-01T11:30:00Z'))).toHaveLength(1);
    expect(project.runDueTriggers(new Date('2026-05-02T11:00:00Z'))).toEqual([]);
    expect(project.runDueTriggers(new Date('2026-05-02T11:31:00Z'))).toHaveLength(1);
    expect(em.mail.outbox).toHaveLength(2);
  });

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String)
  test('inTimezone sets the zone of its hour', () => {
    const { project } = load();
    project.call('installIn', 'Europe/Paris'); // 08:00 in Paris in May is 06:00 UTC
    expect(project.runDueTriggers(new Date('2026-05-02T05:59:00Z'))).toEqual([]);
    expect(project.runDueTriggers(new Date('2026-05-02T06:00:00Z'))).toHaveLength(1);
  });

  // A script that was not running cannot catch up: missed days run once.
  test('several missed days run once', () => {
    const { em, project } = load();
    project.call('install', 8);
    expect(project.runDueTriggers(new Date('2026-05-05T12:00:00Z'))).toHaveLength(1);
    expect(em.mail.outbox).toHaveLength(1);
  });

  // https://developers.google.com/apps-script/guides/triggers/installable#restrictions ("always run under the account of the person who created them")
  test('the handler runs as the owner, in AuthMode.FULL, at the emulated time', () => {
    const { em, project } = load();
    const id = project.call('install', 8);
    em.user = BEN;
    const fired = project.runDueTriggers(new Date('2026-05-01T11:30:00Z'));
    expect(fired).toEqual([{ uniqueId: id, handler: 'remind', owner: 'ana@example.org' }]);
    expect(lastRun(em)).toEqual({
      mode: 'FULL',
      uid: id,
      hour: 11,
      locale: 'pt-BR',
      // The owner is the effective user; the active user is blank in a time-driven trigger.
      active: '',
      effective: 'ana@example.org',
      now: '2026-05-01T11:30:00.000Z',
    });
    expect(em.mail.outbox[0]).toMatchObject({ from: 'ana@example.org', body: 'from ana@example.org' });
    expect(em.user).toEqual(BEN);
  });

  // The owner's own quota applies, whoever is using the spreadsheet when it fires.
  test("the owner's mail quota is the one spent", () => {
    const { em, project } = load();
    project.call('install', 8);
    em.mail.setDailyQuota('ana@example.org', 0);
    const [fired] = project.runDueTriggers(new Date('2026-05-01T11:30:00Z'));
    expect(fired?.error).toBe('Exception: Service invoked too many times for one day: email.');
    expect(em.mail.outbox).toEqual([]);
  });

  // A failing trigger does not stop the others; its error is reported.
  test('a handler that throws is reported and the others still run', () => {
    const { em, project } = load(BEN);
    project.call('installFailing');
    em.user = ANA;
    project.call('install', 8);
    const fired = project.runDueTriggers(new Date('2026-05-01T12:00:00Z'));
    expect(fired.map((f) => [f.handler, f.error])).toEqual([
      ['fail', 'Error: broken'],
      ['remind', undefined],
    ]);
    expect(em.mail.outbox).toHaveLength(1);
  });

  test('a deleted trigger no longer fires', () => {
    const { project } = load();
    project.call('install', 8);
    project.call('removeAll');
    expect(project.runDueTriggers(new Date('2026-05-03T12:00:00Z'))).toEqual([]);
  });
});

describe('snapshots', () => {
  // The preview persists the emulator: installed triggers, their owners and next runs survive.
  test('triggers survive a JSON round trip and still fire as their owner', () => {
    const { em, project } = load();
    project.call('install', 8);
    const snapshot = JSON.parse(JSON.stringify(em.toJSON())) as EmulatorSnapshot;
    const restored = Emulator.fromJSON(snapshot, { now: () => new Date('2026-05-01T10:00:00Z') });
    expect(restored.triggers.all()).toEqual(em.triggers.all());
    restored.user = BEN;
    const fired = loadProject(restored, BUNDLE).runDueTriggers(new Date('2026-05-01T11:30:00Z'));
    expect(fired.map((f) => f.owner)).toEqual(['ana@example.org']);
  });
});
