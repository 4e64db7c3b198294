import { enumLabel } from '../domain/enums';
import { t } from './i18n';
import type { Locale } from '../domain/locale';
import type { ProposalView, ResourceView, SidebarState } from '../contract/sidebar-state';
import { el } from './dom';
import { formatMoney } from '../domain/money';
import { formatDate } from './format';
import { answerView, statusLabel } from './proposals';
import { discussedLine } from './polls';
import { action } from './action';
import type { Result } from '../contract/result';
import { proposalForm } from './forms/proposal';
import { pledgeForm } from './forms/pledge';
import { callServer } from './server';
import type { App } from './part';

/**
 * "My submissions": the member's proposals with their review status, and their pledges; each
 * one they may still change (issue 22) has Edit, which opens its form filled in, and Withdraw,
 * which asks first.
 */
export function submissionsView(state: SidebarState, app: App): HTMLElement {
  const { locale, mine } = state;
  return el(
    'div',
    {},
    el('h2', {}, t('sidebar.mine.proposals')),
    mine.proposals.length
      ? el('ul', { class: 'items' }, ...mine.proposals.map((p) => withControls(proposalItem(p), p.editable && {
        id: p.id,
        edit: () => proposalForm(state, app, p).form,
        confirm: t('mine.confirmProposal', { id: p.id }),
        withdraw: () => callServer('withdrawProposal', { proposalId: p.id }),
        done: t('mine.withdrawnProposal', { id: p.id }),
      }, app)))
      : el('p', { class: 'muted' }, t('sidebar.mine.noProposals')),
    el('h2', {}, t('sidebar.mine.pledges')),
    mine.resources.length
      ? el('ul', { class: 'items' }, ...mine.resources.map((r) => withControls(pledgeItem(r, locale), r.editable && {
        id: r.id,
        edit: () => pledgeForm(state, app, r).form,
        confirm: t('mine.confirmPledge', { id: r.id }),
        withdraw: () => callServer('withdrawResource', { resourceId: r.id }),
        done: t('mine.withdrawnPledge', { id: r.id }),
      }, app)))
      : el('p', { class: 'muted' }, t('sidebar.mine.noPledges')),
  );
}

interface Controls {
  readonly id: string;
  readonly edit: () => HTMLFormElement;
  readonly confirm: string;
  readonly withdraw: () => Promise<Result<{ id: string }>>;
  readonly done: string;
}

/** Edit and Withdraw under an item the member may still change; the item alone otherwise. */
function withControls(item: HTMLElement, controls: Controls | false, app: App): HTMLElement {
  if (!controls) return item;
  const edit = el('button', { type: 'button', class: 'link', 'aria-expanded': 'false' }, t('mine.edit'));
  const withdraw = el('button', { type: 'button', class: 'link' }, t('mine.withdraw'));
  const panel = el('div', { class: 'edit-panel', hidden: '' });
  const message = el('p', { class: 'form-error', role: 'alert' });
  let form: HTMLFormElement | undefined;
  edit.addEventListener('click', () => {
    form ??= controls.edit();
    const open = panel.hidden;
    panel.replaceChildren(form);
    panel.hidden = !open;
    edit.setAttribute('aria-expanded', String(open));
    if (open) form.querySelector<HTMLElement>('input, textarea, select')?.focus();
  });
  const yes = el('button', { type: 'button', class: 'action danger' }, t('mine.confirm'));
  const no = el('button', { type: 'button', class: 'link' }, t('mine.cancel'));
  const ask = el('div', { class: 'confirm', role: 'group', 'aria-label': t('mine.withdraw'), hidden: '' }, el('p', {}, controls.confirm), yes, no);
  withdraw.addEventListener('click', () => {
    ask.hidden = false;
    yes.focus();
  });
  no.addEventListener('click', () => {
    ask.hidden = true;
    withdraw.focus();
  });
  yes.addEventListener('click', action({
    button: yes,
    say: (text) => (message.textContent = text),
    call: controls.withdraw,
    // A refusal means the sheet moved on (a coordinator answered meanwhile): show it, and the list as it is now.
    refused: (errors) => {
      message.textContent = errors.map((e) => e.message).join(' ');
      void app.refresh();
    },
    done: () => app.refresh({ notice: controls.done }),
  }));
  item.append(el('p', { class: 'item-actions' }, edit, ' ', withdraw), ask, message, panel);
  return item;
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
