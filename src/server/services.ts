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
  readonly CalendarApp: GoogleAppsScript.Calendar.CalendarApp;
}
