import { action } from './action';
import { enumLabel } from '../domain/enums';
import type { ProposalListing, ProposalPage } from '../contract/proposals';
import type { ServerInput } from '../contract/server';
import type { SidebarState } from '../contract/sidebar-state';
import { coordinatorParts } from './coordinator';
import { el, field, replaceOptions, select } from './dom';
import { formatDate } from './format';
import { locale, t } from './i18n';
import { settle, whatWentWrong } from './result';
import { callServer } from './server';
import type { Part } from './part';
import { discussedLine } from './polls';
import { translateControl } from './translate';

/** Words the section and My submissions share: a status, with its rank when prioritized. */
export function statusLabel(status: ProposalListing['status'], rank: number | null): string {
  if (!status) return t('sidebar.mine.noStatus');
  const label = enumLabel('proposalStatus', status, locale);
  return status === 'prioritized' && rank !== null ? `${label} (${t('proposals.rank', { rank })})` : label;
}

/** The coordinators' answer as the author reads it: dated, as text. */
export function answerView(answer: string, answered: string | null): HTMLElement | null {
  if (!answer) return null;
  return el(
    'div',
    { class: 'answer' },
    el('p', { class: 'muted' }, answered ? t('proposals.answeredOn', { date: formatDate(answered, locale) }) : t('proposals.answer')),
    el('p', { class: 'answer-text' }, answer),
  );
}

function objectiveOptions(state: SidebarState): [string, string][] {
  return [['', t('proposals.allObjectives')], ...state.objectives.map((o): [string, string] => [o.id, `${o.id} — ${o.title}`])];
}

/**
 * "Proposals", for everyone: the group's proposals a page at a time (the server sends 25 per
 * call, "Show more" asks for the next), filtered by objective and sorted by supports or date.
 * Members support or withdraw from each item; coordinators answer from the same list.
 */
export function proposalsSection(state: SidebarState): Part {
  const objective = select(objectiveOptions(state));
  const sort = select([['supports', t('proposals.sort.supports')], ['date', t('proposals.sort.date')]], 'supports');
  const left = el('p', { class: 'supports-left', role: 'status' });
  const notice = el('p', { class: 'muted', role: 'status' });
  const list = el('ul', { class: 'items proposals' });
  const more = el('button', { type: 'button', hidden: '' }, t('proposals.more'));
  let shown: ProposalListing[] = [];
  let coordinator = coordinatorParts(state);

  const say = (text: string, tone: 'info' | 'error' = 'info') => {
    notice.textContent = text;
    notice.className = tone === 'error' ? 'error' : 'muted';
  };
  const query = (offset: number): ServerInput<'listProposals'> => ({ ...(objective.value ? { objectiveId: objective.value } : {}), sort: sort.value === 'date' ? 'date' : 'supports', offset });

  function show(page: ProposalPage, append: boolean): void {
    shown = append ? [...shown, ...page.proposals] : [...page.proposals];
    left.textContent = page.canSupport ? t('proposals.left', { left: page.supportsLeft, total: page.supportsPerMember }) : '';
    list.replaceChildren(...shown.map((p) => item(p, page)));
    if (shown.length === 0) list.append(el('li', { class: 'muted' }, t('proposals.none')));
    more.hidden = shown.length >= page.total;
  }

  let asked = 0;
  async function load(append = false): Promise<void> {
    // Busy while a filter, a sort or "Show more" asks again: what is listed is about to change.
    const mine = ++asked;
    list.setAttribute('aria-busy', 'true');
    const page = await settle(() => callServer('listProposals', query(append ? shown.length : 0)));
    // An answer to an earlier question (the filter changed again meanwhile) never replaces a newer one.
    if (mine !== asked) return;
    list.setAttribute('aria-busy', 'false');
    if (page.ok) show(page.answer, append);
    else say(whatWentWrong(page), 'error');
  }

  function item(p: ProposalListing, page: ProposalPage): HTMLElement {
    const meta = [
      t('proposals.objective', { id: p.objectiveId }),
      p.author ? t('proposals.by', { name: p.author }) : t('proposals.formerMember'),
      t('proposals.supports', { count: p.supports }),
    ].join(' · ');
    const title = el('span', {}, p.title);
    const description = p.description ? el('p', { class: 'description' }, p.description) : null;
    const answer = answerView(p.answer, p.answered);
    const li = el(
      'li',
      { class: 'item', 'data-id': p.id },
      el('p', { class: 'item-title' }, el('strong', {}, p.id), ' ', title),
      description,
      el('p', { class: 'muted' }, meta, ' · ', el('span', { class: `status status-${(p.status ?? 'none').replace(' ', '-')}` }, statusLabel(p.status, p.priorityRank))),
      answer,
      discussedLine(p.discussed),
    );
    // Written in another language than the reader's: Translate, for the title, the description and the answer.
    if (!p.mine && p.language && p.language !== locale) {
      const texts = [{ source: `Proposals!${p.id}!Title`, node: title }];
      if (description) texts.push({ source: `Proposals!${p.id}!Description`, node: description });
      const answerText = answer?.querySelector<HTMLElement>('.answer-text');
      if (answerText) texts.push({ source: `Proposals!${p.id}!Answer`, node: answerText });
      li.append(translateControl(texts, p.language));
    }
    if (p.mine) li.append(el('p', { class: 'muted' }, t('proposals.yours')));
    else if (p.status === 'withdrawn') li.append(el('p', { class: 'muted' }, t('proposals.withdrawnByAuthor')));
    else if (page.canSupport && (p.supported || page.supportsLeft > 0)) li.append(supportButton(p));
    // At the limit, the reason stands where the button would be.
    else if (page.canSupport) li.append(el('p', { class: 'muted' }, t('proposals.atLimit', { total: page.supportsPerMember })));
    if (coordinator) li.append(coordinator.answerForm(p, { say, reload: () => load() }));
    return li;
  }

  function supportButton(p: ProposalListing): HTMLElement {
    const withdraw = p.supported;
    const button = el('button', { type: 'button', class: withdraw ? '' : 'action' }, t(withdraw ? 'proposals.withdraw' : 'proposals.support'));
    button.setAttribute('aria-label', `${t(withdraw ? 'proposals.withdraw' : 'proposals.support')} ${p.id}`);
    const run = action({
      button,
      region: list,
      say,
      failure: 'sidebar.form.failed',
      call: () => callServer(withdraw ? 'withdrawSupport' : 'supportProposal', { proposalId: p.id }),
      // The list may be stale (another window, another member): reload it so its counts are true.
      refused: (errors) => {
        say(errors.map((e) => e.message).join(' '), 'error');
        void load();
      },
      done: async () => {
        say(t(withdraw ? 'proposals.withdrawn' : 'proposals.supported', { id: p.id }));
        await load();
      },
    });
    button.addEventListener('click', () => void run());
    return button;
  }

  objective.addEventListener('change', () => void load());
  sort.addEventListener('change', () => void load());
  more.addEventListener('click', () => void load(true));
  const content = el(
    'div',
    {},
    el('h2', {}, t('proposals.title')),
    field(t('proposals.filter'), objective).element,
    field(t('proposals.sort'), sort).element,
    left,
    notice,
    list,
    more,
  );
  let loaded = false;
  return {
    id: 'proposals',
    label: t('proposals.nav'),
    content,
    opened() {
      if (loaded) return;
      loaded = true;
      void load();
    },
    update(next) {
      coordinator = coordinatorParts(next);
      replaceOptions(objective, select(objectiveOptions(next)));
      if (loaded) void load();
    },
  };
}
