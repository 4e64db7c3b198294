/**
 * ScriptApp's time-driven triggers. An installable trigger runs as whoever created it, and
 * nobody else can see or delete it, so the document properties say whose it is; an add-on user
 * may have one time-driven trigger per document.
 * https://developers.google.com/apps-script/guides/triggers/installable#restrictions
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */

/** Installs a daily trigger of `handler` at `hour` in `timeZone`, after removing the user's own older ones of it; its ID. */
export function installDailyTrigger(scriptApp: GoogleAppsScript.Script.ScriptApp, handler: string, timeZone: string, hour: number): string {
  deleteOwnTriggers(scriptApp, handler);
  return scriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour).inTimezone(timeZone).create().getUniqueId();
}

/** Deletes the user's own triggers of `handler` (all of them, or only the one with `id`); how many. */
export function deleteOwnTriggers(scriptApp: GoogleAppsScript.Script.ScriptApp, handler: string, id?: string): number {
  const mine = scriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler && (id === undefined || t.getUniqueId() === id));
  for (const trigger of mine) scriptApp.deleteTrigger(trigger);
  return mine.length;
}
