import { t } from './i18n';
import type { SidebarState } from '../contract/sidebar-state';
import { actionPlanSection } from './action-plan';
import { calendarSection } from './calendar';
import { coordinatorParts } from './coordinator';
import { diagnoseSection } from './diagnose';
import { el } from './dom';
import { pledgeSection } from './forms/pledge';
import { proposalSection } from './forms/proposal';
import { registerSection } from './forms/register';
import { greetingView, homeView } from './home';
import { consentBanner, myDataSection } from './privacy';
import { problemsSection } from './problems';
import { proposalsSection } from './proposals';
import { tabs, type Tabs } from './nav';
import type { App, Part } from './part';
import { submissionsView } from './submissions';

export interface Shell {
  /** Same key, same sections: a reload updates them in place; another key rebuilds. */
  readonly key: string;
  readonly element: HTMLElement;
  readonly tabs: Tabs;
  update(state: SidebarState): void;
}

/** A section that only displays the state, redrawn on each reload. */
function view(id: string, label: string, render: (state: SidebarState) => HTMLElement, state: SidebarState): Part {
  const content = el('div', {}, render(state));
  return { id, label, content, update: (next) => content.replaceChildren(render(next)) };
}

function partsFor(state: SidebarState, app: App, selected: string | undefined): Part[] {
  const home = view('home', t('sidebar.nav.home'), (s) => el('div', {}, homeView(s), coordinatorParts(s)?.lateView(s, app) ?? null, coordinatorParts(s)?.staleConsentsView(s) ?? null), state);
  // Anyone may diagnose, before setup too; opened on it (from the menu), it runs at once.
  const diagnose = diagnoseSection(selected === 'diagnose');
  if (!state.ready) return [home, diagnose];
  if (state.user.role === 'guest') return [home, registerSection(state, app), proposalsSection(state), diagnose];
  const parts = [
    home,
    proposalSection(state, app),
    pledgeSection(state, app),
    view('mine', t('sidebar.nav.mine'), (s) => submissionsView(s, app), state),
    proposalsSection(state),
  ];
  const coordinator = coordinatorParts(state);
  if (coordinator) parts.push(coordinator.meetingSection(state, app));
  parts.push(calendarSection(state, app), problemsSection());
  if (coordinator) parts.push(coordinator.remindersSection(state));
  parts.push(actionPlanSection(state));
  if (coordinator) parts.push(coordinator.reportSection());
  parts.push(myDataSection(state, app), diagnose);
  return parts;
}

/** Guests come to register; members first see where the group stands. */
const defaultSection = (state: SidebarState) => (state.ready && state.user.role === 'guest' ? 'register' : 'home');

export function shellKey(state: SidebarState): string {
  return `${state.locale}/${state.user.role}/${state.ready}`;
}

/** The section that shows the privacy notice: "My data" for members, the registration form for guests. */
export const noticeSection = (state: SidebarState) => (state.user.role === 'guest' ? 'register' : 'mydata');

export function shell(state: SidebarState, app: App, selected: string | undefined, onSelect: (id: string) => void): Shell {
  const parts = partsFor(state, app, selected);
  const header = el('div', {}, greetingView(state), consentBanner(state, app));
  const nav = tabs(t('sidebar.nav.label'), parts, selected ?? defaultSection(state), onSelect);
  return {
    key: shellKey(state),
    element: el('div', {}, header, nav.element),
    tabs: nav,
    update(next) {
      header.replaceChildren(el('div', {}, greetingView(next), consentBanner(next, app)));
      for (const part of parts) part.update?.(next);
    },
  };
}
