import { enumLabel } from '../domain/enums';
import { t } from './i18n';
import type { Locale } from '../domain/locale';
import type { ProposalView, ResourceView, SidebarState } from '../contract/sidebar-state';
import { el } from './dom';
import { formatMoney } from '../domain/money';
import { formatDate } from './format';
import { answerView, statusLabel } from './proposals';
import { discussedLine } from './polls';

/** "My submissions": the member's proposals with their review status, and their pledges. */
export function submissionsView({ locale, mine }: SidebarState): HTMLElement {
  return el(
    'div',
    {},
    el('h2', {}, t('sidebar.mine.proposals')),
    mine.proposals.length
      ? el('ul', { class: 'items' }, ...mine.proposals.map((p) => proposalItem(p)))
      : el('p', { class: 'muted' }, t('sidebar.mine.noProposals')),
    el('h2', {}, t('sidebar.mine.pledges')),
    mine.resources.length
      ? el('ul', { class: 'items' }, ...mine.resources.map((r) => pledgeItem(r, locale)))
      : el('p', { class: 'muted' }, t('sidebar.mine.noPledges')),
  );
}

function proposalItem(p: ProposalView): HTMLElement {
  return el(
    'li',
    { class: 'item' },
    el('p', { class: 'item-title' }, el('strong', {}, p.id), ' ', p.title),
    el(
      'p',
      { class: 'muted' },
      p.objectiveId ? `${t('sidebar.mine.objective', { id: p.objectiveId })} · ` : '',
      el('span', { class: `status status-${(p.status ?? 'none').replace(' ', '-')}` }, statusLabel(p.status, p.priorityRank)),
      ` · ${t('proposals.supports', { count: p.supports })}`,
    ),
    answerView(p.answer, p.answered),
    discussedLine(p.discussed),
  );
}

function pledgeSummary(r: ResourceView, locale: Locale): string {
  if (r.kind === 'financial' && r.amount !== null && r.currency) return formatMoney(r.amount, locale, r.currency);
  const quantity = r.quantity === null ? '' : ` (${r.quantity} ${r.unit})`.replace(' )', ')');
  const category = r.category ? enumLabel('category', r.category, locale) : '';
  return [category, `${r.description}${quantity}`].filter(Boolean).join(' — ');
}

function pledgeItem(r: ResourceView, locale: Locale): HTMLElement {
  const availability = r.availability ? enumLabel('availability', r.availability, locale) : t('sidebar.mine.noStatus');
  const details = [
    r.availableFrom ? `${availability}, ${t('sidebar.mine.from', { date: formatDate(r.availableFrom, locale) })}` : availability,
    r.proposalId ? t('sidebar.mine.forProposal', { id: r.proposalId }) : '',
  ];
  return el(
    'li',
    { class: 'item' },
    el('p', { class: 'item-title' }, el('strong', {}, r.id), ' ', pledgeSummary(r, locale)),
    el('p', { class: 'muted' }, details.filter(Boolean).join(' · ')),
  );
}
