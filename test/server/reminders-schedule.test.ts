import { describe, expect, it } from 'vitest';
import { readBuiltProject } from '../../emulator/built';
import { loadProject } from '../../emulator/project';
import { JEAN, LUCIA, ok, remindersWorkbook } from './reminders-fixture';

// `npm test` builds first (pretest): the trigger runs the global of dist/Code.js, as Apps Script would.
const { code, files } = readBuiltProject(new URL('../../dist/', import.meta.url));
const DAY_MS = 24 * 60 * 60 * 1000;

function scheduled() {
  const w = remindersWorkbook();
  w.tab('Membres').getRange('H4').setValue('coordinateur');
  const project = loadProject(w.emulator, code, files);
  const tomorrow = () => new Date(w.emulator.now().getTime() + DAY_MS);
  return { ...w, project, tomorrow };
}

describe('scheduled reminders', () => {
  it('one daily trigger, run as the coordinator who turned it on, sends the reminders due that day once', () => {
    const w = scheduled();
    w.setReminderDays('15, 14');
    expect(ok(w.schedule(true))).toMatchObject({ on: true, owner: LUCIA.email, reminderDays: [15, 14] });
    expect(w.emulator.triggers.all().map((t) => [t.handler, t.owner.email])).toEqual([['runScheduledReminders', LUCIA.email]]);
    w.as(JEAN);
    expect(ok(w.scheduleState())).toMatchObject({ on: true, owner: LUCIA.email });
    const fired = w.project.runDueTriggers(w.tomorrow());
    expect(fired).toEqual([expect.objectContaining({ owner: LUCIA.email, handler: 'runScheduledReminders' })]);
    expect(fired[0]?.error).toBeUndefined();
    expect(w.emulator.mail.outbox.map((m) => [m.to[0], m.from, m.replyTo])).toEqual([
      ['amy@example.org', LUCIA.email, LUCIA.email],
      ['ana@example.org', LUCIA.email, LUCIA.email],
      [JEAN.email, LUCIA.email, LUCIA.email],
    ]);
  });

  it('sends nothing on a day Settings › Reminder days does not name', () => {
    const w = scheduled();
    w.setReminderDays('3');
    ok(w.schedule(true));
    w.project.runDueTriggers(w.tomorrow());
    expect(w.emulator.mail.outbox).toEqual([]);
  });

  it('a second coordinator turning it on takes over: one trigger sends, the colleague’s removes itself', () => {
    const w = scheduled();
    w.setReminderDays('15, 14');
    ok(w.schedule(true));
    w.as(JEAN);
    expect(ok(w.schedule(true))).toMatchObject({ on: true, owner: JEAN.email, previousOwner: LUCIA.email });
    w.project.runDueTriggers(w.tomorrow());
    expect(w.emulator.triggers.all().map((t) => t.owner.email)).toEqual([JEAN.email]);
    expect(w.emulator.mail.outbox).toHaveLength(3);
    expect(w.emulator.mail.outbox.every((m) => m.from === JEAN.email)).toBe(true);
  });

  it('turning it off stops it, whoever installed it', () => {
    const w = scheduled();
    w.setReminderDays('15, 14');
    ok(w.schedule(true));
    w.as(JEAN);
    expect(ok(w.schedule(false))).toMatchObject({ on: false, owner: null });
    w.project.runDueTriggers(w.tomorrow());
    expect(w.emulator.mail.outbox).toEqual([]);
    expect(w.emulator.triggers.all()).toEqual([]);
    w.as(LUCIA);
    ok(w.schedule(true));
    expect(ok(w.schedule(false)).on).toBe(false);
    expect(w.emulator.triggers.all()).toEqual([]);
  });

  it('cannot be turned on while Settings › Reminder days is blank: it would never send', () => {
    const w = scheduled();
    w.setReminderDays('');
    expect(w.schedule(true)).toEqual({ ok: false, errors: [{ field: 'form', message: 'Primeiro informe os “Dias de lembrete” em Configurações (por exemplo “5, 1”): sem eles, os lembretes automáticos nunca sairiam.' }] });
    expect(w.emulator.triggers.all()).toEqual([]);
    w.as(JEAN);
    expect(w.schedule(true)).toMatchObject({ ok: false, errors: [{ message: 'Indiquez d’abord les «\u00a0Jours de rappel\u00a0» dans Paramètres (par exemple «\u00a05, 1\u00a0»)\u00a0: sans eux, les rappels automatiques ne partiraient jamais.' }] });
    // Turning it off needs no days.
    expect(ok(w.schedule(false)).on).toBe(false);
  });

  it('is refused to a member', () => {
    const w = scheduled();
    w.tab('Membres').getRange('H4').setValue('membre');
    w.as(JEAN);
    expect(w.schedule(true).ok).toBe(false);
    expect(w.emulator.triggers.all()).toEqual([]);
  });
});
