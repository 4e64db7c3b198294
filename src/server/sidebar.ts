import { needsConsent } from '../domain/privacy';
import { pledgeLocked, proposalLocked } from '../domain/own';
import { recordsOf, type Member } from '../domain/records';
import { t } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import { translatedSeed } from '../domain/objectives';
import { hubZone } from '../domain/meetings';
import type { Settings } from '../domain/settings';
import { workingTimeOf } from '../domain/working-days';
import { lateMembers } from '../domain/late';
import type { Progress } from '../domain/progress';
import { daysBetween, isIsoDate } from '../domain/time';
import { cellText } from '../domain/cells';
import type { ObjectiveView, ProposalView, ResourceView, SidebarState } from '../contract/sidebar-state';
import type { DiscussedAt } from '../contract/polls';
import { discussedAt } from './minutes';
import type { TableData } from '../sheets/table';
import { upcomingMeetings } from './calendar-view';
import { progressOfTabs } from './progress';
import { serve, type Result } from './respond';
import type { GoogleServices } from './services';
import { callerLocale } from '../session';
import { scriptJson } from './html';
import { isCoordinator, memberByEmail, readProgressTabs, today, type ProgressTabs } from './workbook-data';

/** Where showSidebar writes the caller's state: an empty JSON block of src/sidebar/index.html. */
const STATE_SLOT = '<script type="application/json" id="state"></script>';

/**
 * Sidebars are 300 px wide in every editor. The build writes self-contained pages per language
 * and role, their words inlined: Sidebar-fr.html for members and newcomers, with no coordinator
 * section, and Sidebar-coordinator-fr.html for coordinators; the caller's state is written into the
 * reader's page, so its first screen draws with no round trip (later refreshes call
 * getSidebarState). A state that could not be read is left out: the page then asks for it.
 */
export function showSidebar(google: GoogleServices, section?: 'diagnose' | 'privacy' | 'reminders' | 'report'): void {
  const locale = callerLocale(google.Session);
  const state = getSidebarState(google);
  // A coordinator's page holds the coordinators' sections; a member's or a newcomer's has none.
  const coordinator = state.ok && state.user.role === 'coordinator';
  const page = google.HtmlService.createHtmlOutputFromFile(coordinator ? `Sidebar-coordinator-${locale}` : `Sidebar-${locale}`);
  // The section to open first (from a menu item) goes before the state, so the sidebar's script,
  // which draws at once from that state, finds it already parsed (src/sidebar/main.ts).
  const opener = section ? `<meta name="mutirao-open" content="${section}">` : '';
  const filled = state.ok ? STATE_SLOT.replace('></', `>${scriptJson(state)}</`) : STATE_SLOT;
  if (opener || state.ok) page.setContent(page.getContent().replace(STATE_SLOT, () => opener + filled));
  google.SpreadsheetApp.getUi().showSidebar(page.setTitle(t(locale, 'sidebar.title')));
}

/**
 * Everything the sidebar shows, in one call, each tab read once. Progress is computed as
 * refreshProgress computes it, so the bars are right even before anyone refreshes.
 */
export function getSidebarState(google: GoogleServices): Result<SidebarState> {
  return serve(google, (call): Result<SidebarState> => {
    const tabs = readProgressTabs(call);
    const { settings, settingsData, objectives, members } = tabs;
    const me = memberByEmail(members, call.caller.email);
    const mine = me?.active ? ownSubmissions(tabs, me.id, discussedAt(recordsOf('meetings', tabs.meetings), me)) : { proposals: [], resources: [] };
    const coordinator = isCoordinator(me);
    return {
      ok: true,
      locale: call.caller.locale,
      ready: Boolean(settingsData && objectives),
      user: {
        email: call.caller.email,
        memberId: me?.id ?? null,
        name: me?.name || null,
        role: me?.active ? (me.role ?? 'member') : 'guest',
        hub: me?.hub ?? null,
      },
      deadline: {
        date: settings.submissionDeadline,
        daysLeft: daysBetween(today(call), settings.submissionDeadline),
        ...(coordinator ? unreadableDeadline(settingsData) : {}),
      },
      today: today(call),
      objectives: objectiveViews(objectives, progressOfTabs(tabs), call.caller.locale),
      mine,
      ...(coordinator ? { late: lateMembers({ members, proposals: recordsOf('proposals', tabs.proposals), resources: recordsOf('resources', tabs.resources) }) } : {}),
      ...privacyOf(members, me, settings.privacyNoticeVersion, coordinator),
      defaults: { durationMinutes: settings.defaultDuration, timeZone: hubZone(me?.hub), working: workingView(settings) },
      meetings: upcomingMeetings(tabs.meetings, call.now, me),
    };
  });
}

/** Settings › Submission deadline when a coordinator typed something that is no date: loadSettings fell back, and they should know. */
function unreadableDeadline(data: TableData | undefined): { typed?: string } {
  const row = recordsOf('settings', data).find((r) => r.key === 'submissionDeadline');
  const typed = row === undefined ? '' : cellText(row.value);
  return typed && !isIsoDate(typed) ? { typed } : {};
}

/** The notice's version and coordinators, the caller's answers, and for coordinators whose consent is out of date. */
function privacyOf(members: readonly Member[], me: Member | undefined, version: string, coordinator: boolean): Pick<SidebarState, 'privacy' | 'staleConsents'> {
  const privacy = {
    version,
    coordinators: members.filter((m) => isCoordinator(m) && m.name).map((m) => m.name),
    consent: me?.consent || null,
    needsConsent: Boolean(me?.active && needsConsent(me, version)),
    emails: me?.emails ?? false,
    language: me?.language ?? null,
  };
  if (!coordinator) return { privacy };
  const stale = members.filter((m) => m.active && m.id && needsConsent(m, version)).map((m) => ({ id: m.id, name: m.name, consent: m.consent || null }));
  return { privacy, staleConsents: stale };
}

function workingView(settings: Settings): SidebarState['defaults']['working'] {
  const working = workingTimeOf(settings);
  return { start: working.start, end: working.end, days: [...working.days].sort() };
}

/**
 * Objectives in the sheet's order, with their computed progress; the seeded workshop
 * objectives speak the caller's language while their text is unchanged.
 */
function objectiveViews(data: TableData | undefined, progress: readonly Progress[], locale: Locale): ObjectiveView[] {
  const byId = new Map(progress.map((p) => [p.id, p] as const));
  return recordsOf('objectives', data).flatMap((objective) => {
    const computed = byId.get(objective.id);
    if (!objective.id || !computed) return [];
    return [{
      id: objective.id,
      title: translatedSeed(objective.id, objective.title, locale),
      progress: computed.progress,
      status: computed.status,
      priority: objective.priority,
    }];
  });
}


/** The caller's proposals and pledges, newest last, as the sheet has them now. */
function ownSubmissions(tabs: ProgressTabs, memberId: string, discussed: ReadonlyMap<string, DiscussedAt[]>): SidebarState['mine'] {
  const proposals: ProposalView[] = recordsOf('proposals', tabs.proposals)
    .filter((p) => p.member === memberId)
    .map((p) => ({
      id: p.id,
      title: p.title,
      description: p.description,
      resourcesNeeded: p.resourcesNeeded,
      objectiveId: p.objective,
      status: p.status ?? null,
      priorityRank: p.priorityRank ?? null,
      supports: p.supports ?? 0,
      answer: p.answer,
      answered: p.answered || null,
      discussed: discussed.get(p.id) ?? [],
      editable: proposalLocked(p) === undefined,
    }));
  const resources: ResourceView[] = recordsOf('resources', tabs.resources)
    .filter((r) => r.member === memberId)
    .map((r) => ({
      id: r.id,
      kind: r.kind ?? null,
      category: r.category ?? null,
      description: r.description,
      amount: r.amount ?? null,
      currency: r.currency ?? null,
      quantity: r.quantity ?? null,
      unit: r.unit,
      availability: r.availability ?? null,
      availableFrom: r.availableFrom || null,
      proposalId: r.proposal,
      editable: pledgeLocked(r) === undefined,
    }));
  return { proposals, resources };
}
