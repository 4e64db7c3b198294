/**
 * The Google services the add-on uses, passed down from the entry file so that every
 * module can be run on the emulator without touching globals.
 */
export interface GoogleServices {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  /** The Calendar advanced service (Calendar API v3); undefined if the manifest does not enable it. */
  readonly Calendar: GoogleAppsScript.Calendar | undefined;
  readonly MailApp: GoogleAppsScript.Mail.MailApp;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly LanguageApp: GoogleAppsScript.Language.LanguageApp;
}
