/**
 * The add-on's public surface (PRODUCT.md §4). The build adds one top-level forwarder per
 * export so Apps Script can see them; everything else lives in modules.
 */
import './domain/zod';
import * as menu from './server/menu';
import type { GoogleServices } from './server/services';
import * as setup from './server/setup';
import * as sidebar from './server/sidebar';
import * as submissions from './server/submissions';

// Getters, so a service is only looked up when a call needs it.
const google: GoogleServices = {
  get SpreadsheetApp() { return SpreadsheetApp; },
  get HtmlService() { return HtmlService; },
  get Session() { return Session; },
  get LockService() { return LockService; },
  get PropertiesService() { return PropertiesService; },
};

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen) { menu.onOpen(google); }
export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall) { menu.onOpen(google); }
export function showSidebar() { sidebar.showSidebar(google); }
export function showHelp() { menu.showHelp(google); }
export function setupWorkbook() { return setup.setupWorkbook(google); }
export function getSidebarState() { return sidebar.getSidebarState(google); }
export function submitMember(input: unknown) { return submissions.submitMember(google, input); }
export function submitProposal(input: unknown) { return submissions.submitProposal(google, input); }
export function submitResource(input: unknown) { return submissions.submitResource(google, input); }
export function submitMeeting(input: unknown) { return submissions.submitMeeting(google, input); }
