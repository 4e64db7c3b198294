/**
 * The add-on's public surface (PRODUCT.md §4). The build adds one top-level forwarder per
 * export so Apps Script can see them; everything else lives in modules. The parameter types
 * are the sidebar's contract (src/contract/server.ts): callers are typed by them. Each is its
 * endpoint's schema (Input, src/server/endpoint.ts; a form's fields as typed, FormInput), which
 * the server checks the input against at run time.
 */
import './domain/zod';
import { readWordsFrom } from './domain/i18n/source';
import type { FormInput, MeetingInput, MemberInput, ProposalInput, ResourceInput } from './domain/submissions';
import type * as ActionPlanModule from './server/action-plan';
import type * as CalendarModule from './server/calendar';
import type * as DiagnosticsModule from './server/diagnose';
import type { Input } from './server/endpoint';
import * as menu from './server/menu';
import type * as MinutesModule from './server/minutes';
import type * as PollsModule from './server/polls';
import type * as PrivacyModule from './server/privacy';
import type * as ProgressModule from './server/progress';
import type * as RemindersModule from './server/reminders';
import type * as ReportModule from './server/report';
import type { GoogleServices } from './server/services';
import type * as SetupModule from './server/setup';
import type * as SidebarModule from './server/sidebar';
import type * as SubmissionsModule from './server/submissions';
import type * as SupportsModule from './server/supports';
import * as validation from './server/validation';
import type * as OwnModule from './server/own';
import type * as TranslationsModule from './server/translate';
import * as goTo from './server/go-to-cell';
import { wordsFromPages } from './server/words-page';
import { chaptersFrom } from './server/chapter';
import { wgProgress } from './server/wg-progress';

// Getters, so a service is only looked up when a call needs it.
const google: GoogleServices = {
  get SpreadsheetApp() { return SpreadsheetApp; },
  get HtmlService() { return HtmlService; },
  get Session() { return Session; },
  get LockService() { return LockService; },
  get PropertiesService() { return PropertiesService; },
  get Calendar() { return Calendar; },
  get MailApp() { return MailApp; },
  get ScriptApp() { return ScriptApp; },
  get LanguageApp() { return LanguageApp; },
};

const chapter = chaptersFrom(google);
// Each is loaded by the first call that needs it (src/server/chapter.ts): Code.js keeps what every
// execution may run (the menu, onEdit's checks, WG_PROGRESS).
const actionPlan = chapter<typeof ActionPlanModule>('./server/action-plan');
const calendar = chapter<typeof CalendarModule>('./server/calendar');
const diagnostics = chapter<typeof DiagnosticsModule>('./server/diagnose');
const minutes = chapter<typeof MinutesModule>('./server/minutes');
const polls = chapter<typeof PollsModule>('./server/polls');
const privacy = chapter<typeof PrivacyModule>('./server/privacy');
const progress = chapter<typeof ProgressModule>('./server/progress');
const reminders = chapter<typeof RemindersModule>('./server/reminders');
const report = chapter<typeof ReportModule>('./server/report');
const setup = chapter<typeof SetupModule>('./server/setup');
const own = chapter<typeof OwnModule>('./server/own');
const translations = chapter<typeof TranslationsModule>('./server/translate');
const sidebar = chapter<typeof SidebarModule>('./server/sidebar');
const submissions = chapter<typeof SubmissionsModule>('./server/submissions');
const supports = chapter<typeof SupportsModule>('./server/supports');

// Code.js carries no catalogs (scripts/build.mjs): each language's words are its Messages page.
readWordsFrom(wordsFromPages(() => google.HtmlService));

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen) { menu.onOpen(google); }
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit) { validation.onEdit(google, e); }
export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall) { menu.onOpen(google); }
export function showSidebar() { sidebar().showSidebar(google); }
export function showHelp() { menu.showHelp(google); }
export function setupWorkbook() { return setup().setupWorkbook(google); }
export function getSidebarState() { return sidebar().getSidebarState(google); }
export function submitMember(input: FormInput<MemberInput>) { return submissions().submitMember(google, input); }
export function submitProposal(input: FormInput<ProposalInput>) { return submissions().submitProposal(google, input); }
export function submitResource(input: FormInput<ResourceInput>) { return submissions().submitResource(google, input); }
export function submitMeeting(input: FormInput<MeetingInput>) { return submissions().submitMeeting(google, input); }
export function validateAll() { return validation.validateAll(google); }
export function refreshProgress() { return progress().refreshProgress(google); }

/**
 * The progress of a Mutirão objective, from 0 to 1, computed from the sheet as
 * "Refresh progress" does (format the cell as a percentage). Read-only.
 *
 * @param {string} objectiveId The objective's ID, as in the Objectives tab, such as "O3".
 * @return {number} The objective's progress, from 0 (not started) to 1 (achieved).
 * @customfunction
 */
export function WG_PROGRESS(objectiveId: unknown) { return wgProgress(google, objectiveId); }
export function syncCalendar() { return calendar().syncCalendar(google); }
export function exportCalendarIcs() { return calendar().exportCalendarIcs(google); }
export function showCalendarExport() { calendar().showCalendarExport(google); }
export function suggestMeetingSlots(input: Input<typeof CalendarModule.suggestMeetingSlots>) { return calendar().suggestMeetingSlots(google, input); }
export function sendReminders(input: Input<typeof RemindersModule.sendReminders>) { return reminders().sendReminders(google, input); }
export function getReminderSchedule() { return reminders().getReminderSchedule(google); }
export function setReminderSchedule(input: Input<typeof RemindersModule.setReminderSchedule>) { return reminders().setReminderSchedule(google, input); }
export function runScheduledReminders(e?: { triggerUid?: string }) { return reminders().runScheduledReminders(google, e); }
export function showReminders() { sidebar().showSidebar(google, 'reminders'); }
export function diagnose() { return diagnostics().diagnose(google); }
export function showDiagnose() { sidebar().showSidebar(google, 'diagnose'); }
export function supportProposal(input: Input<typeof SupportsModule.supportProposal>) { return supports().supportProposal(google, input); }
export function withdrawSupport(input: Input<typeof SupportsModule.withdrawSupport>) { return supports().withdrawSupport(google, input); }
export function listProposals(input: Input<typeof SupportsModule.listProposals> = {}) { return supports().listProposals(google, input); }
export function answerProposal(input: Input<typeof SupportsModule.answerProposal>) { return supports().answerProposal(google, input); }

// Personal data (issue 12).
export function showPrivacyNotice() { sidebar().showSidebar(google, 'privacy'); }
export function confirmConsent() { return privacy().confirmConsent(google); }
export function exportMyData() { return privacy().exportMyData(google); }
export function setEmailPreference(input: Input<typeof PrivacyModule.setEmailPreference>) { return privacy().setEmailPreference(google, input); }
export function setMemberLanguage(input: Input<typeof PrivacyModule.setMemberLanguage>) { return privacy().setMemberLanguage(google, input); }
export function eraseMember(input: Input<typeof PrivacyModule.eraseMember>) { return privacy().eraseMember(google, input); }

// Time polls and minutes (issue 20).
export function openPoll(input: Input<typeof PollsModule.openPoll>) { return polls().openPoll(google, input); }
export function answerPoll(input: Input<typeof PollsModule.answerPoll>) { return polls().answerPoll(google, input); }
export function listPolls() { return polls().listPolls(google); }
export function closePoll(input: Input<typeof PollsModule.closePoll>) { return polls().closePoll(google, input); }
export function closeMeeting(input: Input<typeof MinutesModule.closeMeeting>) { return minutes().closeMeeting(google, input); }
export function listMinutes() { return minutes().listMinutes(google); }
// The action plan after the 15 days, and the report for partners (issue 21).
export function listActionPlan() { return actionPlan().listActionPlan(google); }
export function saveMilestone(input: Input<typeof ActionPlanModule.saveMilestone>) { return actionPlan().saveMilestone(google, input); }
export function recordDelivery(input: Input<typeof ActionPlanModule.recordDelivery>) { return actionPlan().recordDelivery(google, input); }
export function buildReport(input: Input<typeof ReportModule.buildReport>) { return report().buildReport(google, input); }
export function showReportDialog(input: Input<typeof ReportModule.showReportDialog>) { return report().showReportDialog(google, input); }
export function showReport() { sidebar().showSidebar(google, 'report'); }
// Members in control of what they wrote, and translations (issue 22).
export function updateProposal(input: Input<typeof OwnModule.updateProposal>) { return own().updateProposal(google, input); }
export function withdrawProposal(input: Input<typeof OwnModule.withdrawProposal>) { return own().withdrawProposal(google, input); }
export function updateResource(input: Input<typeof OwnModule.updateResource>) { return own().updateResource(google, input); }
export function withdrawResource(input: Input<typeof OwnModule.withdrawResource>) { return own().withdrawResource(google, input); }
export function translateText(input: Input<typeof TranslationsModule.translateText>) { return translations().translateText(google, input); }
export function selectCell(input: Input<typeof goTo.selectCell>) { return goTo.selectCell(google, input); }
