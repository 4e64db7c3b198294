import type { ActionPlanPage, DeliverablePledge, PlannedProposal } from '../contract/action-plan';
import type { SidebarState } from '../contract/sidebar-state';
import { enumCodes, enumLabel } from '../domain/enums';
import { INTL_TAG } from '../domain/locale';
import { formatMoney } from '../domain/money';
import { formAction } from './action';
import { dateField } from './date-field';
import { el, field, select } from './dom';
import { formatDate, formatPercent } from './format';
import { locale, t } from './i18n';
import { callServer } from './server';
import type { Part } from './part';
import { translateOne } from './translate';

/**
 * "Action plan" (issue 21): the milestones of the prioritized proposals the reader may plan
 * (their own; every one for a coordinator), a form to add or update one, and a form to record
 * what a pledge actually delivered. Its data comes with its first opening (listActionPlan).
 */

const percent = (value: number) => formatPercent(value, locale);

function amountOf(pledge: DeliverablePledge, value: number): string {
  if (pledge.currency) return formatMoney(value, locale, pledge.currency);
  const number = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 2 }).format(value);
  return pledge.unit ? `${number} ${pledge.unit}` : number;
}

function proposalView(p: PlannedProposal): HTMLElement {
  const bar = el('progress', { max: '1', value: String(p.progress ?? 0), 'aria-label': t('plan.progress', { percent: percent(p.progress ?? 0) }) });
  const items = p.milestones.map((m) => {
    const title = el('span', {}, m.milestone);
    return el(
      'li',
      { 'data-milestone': m.id, class: m.overdue ? 'overdue' : '' },
      title,
      ` — ${m.status ? enumLabel('milestoneStatus', m.status, locale) : ''}, `,
      m.status === 'done' && m.doneOn ? t('plan.doneOn', { date: formatDate(m.doneOn, locale) }) : t('plan.due', { date: formatDate(m.due, locale) }),
      m.overdue ? el('strong', {}, ` (${t('plan.overdue')})`) : null,
      translateOne(`Milestones!${m.id}!Milestone`, title, m.language),
    );
  });
  return el(
    'div',
    { class: 'card', 'data-proposal': p.id },
    el('h3', {}, `${p.priorityRank ? `#${p.priorityRank} ` : ''}${p.id} ${p.title}`),
    p.progress === null ? null : el('p', {}, bar, ' ', t('plan.progress', { percent: percent(p.progress) })),
    items.length > 0 ? el('ul', {}, ...items) : el('p', { class: 'muted' }, t('plan.noMilestones')),
  );
}

function milestoneForm(page: ActionPlanPage, today: string, reload: (notice: string) => Promise<void>): HTMLFormElement {
  const proposal = select(page.proposals.map((p) => [p.id, `${p.id} ${p.title}`]));
  const which = select([]);
  const fields = {
    proposalId: field(t('plan.form.proposal'), proposal, true),
    id: field(t('plan.form.which'), which),
    milestone: field(t('plan.form.milestone'), el('input', { type: 'text', maxlength: '150' }), true),
    due: dateField(t('plan.form.due'), 'date', true),
    status: field(t('plan.form.status'), select(enumCodes('milestoneStatus').map((s) => [s, enumLabel('milestoneStatus', s, locale)]), 'planned'), true),
    doneOn: dateField(t('plan.form.doneOn'), 'date', true, today),
    notes: field(t('plan.form.notes'), el('textarea', { rows: '2', maxlength: '2000' })),
  };
  const value = (key: keyof typeof fields) => fields[key].control.value;
  const set = (key: keyof typeof fields, text: string) => (fields[key].control.value = text);
  const syncDone = () => (fields.doneOn.element.hidden = value('status') !== 'done');
  const milestonesOf = () => page.proposals.find((p) => p.id === proposal.value)?.milestones ?? [];
  const syncWhich = () => {
    which.replaceChildren(...select([['', t('plan.form.new')], ...milestonesOf().map((m): [string, string] => [m.id, `${m.id} ${m.milestone}`])]).options);
    // Moving options carries a selection along with them: a new milestone is what the form starts with.
    which.value = '';
  };
  // Picking an existing milestone fills the form with it, to update its status or date.
  which.addEventListener('change', () => {
    const m = milestonesOf().find((x) => x.id === which.value);
    set('milestone', m?.milestone ?? '');
    set('due', m?.due ?? '');
    set('status', m?.status ?? 'planned');
    set('doneOn', m?.doneOn || today);
    set('notes', m?.notes ?? '');
    syncDone();
  });
  proposal.addEventListener('change', syncWhich);
  fields.status.control.addEventListener('change', syncDone);
  syncWhich();
  syncDone();
  const alert = el('div', { class: 'form-error', role: 'alert', tabindex: '-1' });
  const button = el('button', { type: 'submit', class: 'action' }, t('plan.form.save'));
  const form = el('form', { novalidate: '', 'data-form': 'milestone' }, el('h3', {}, t('plan.form.title')), ...Object.values(fields).map((f) => f.element), alert, el('div', { class: 'form-actions' }, button));
  formAction({
    form,
    fields,
    elsewhere: (errors) => alert.replaceChildren(...errors.map((e) => el('p', {}, e.message))),
    button,
    busyLabel: t('sidebar.form.sending'),
    failure: 'sidebar.form.failed',
    say: (message, tone) => tone === 'error' && alert.replaceChildren(el('p', {}, message)),
    call: () =>
      callServer('saveMilestone', {
        ...(value('id') ? { id: value('id') } : {}),
        proposalId: value('proposalId'),
        milestone: value('milestone'),
        due: value('due'),
        status: value('status') as 'planned',
        ...(value('status') === 'done' ? { doneOn: value('doneOn') } : {}),
        notes: value('notes'),
      }),
    done: ({ id }) => reload(t('plan.form.saved', { id })),
  });
  return form;
}

function deliveryForm(page: ActionPlanPage, today: string, reload: (notice: string) => Promise<void>): HTMLFormElement {
  const pledge = select(page.pledges.map((p) => [p.id, `${p.id} ${p.description || amountOf(p, p.pledged)}`]));
  const fields = {
    resourceId: field(t('delivery.pledge'), pledge, true),
    delivered: field(t('delivery.amount'), el('input', { type: 'text', inputmode: 'decimal' }), true, ' '),
    deliveredOn: dateField(t('delivery.on'), 'date', true, today),
  };
  const chosen = () => page.pledges.find((p) => p.id === pledge.value);
  const hint = fields.delivered.element.querySelector('.hint');
  const syncHint = () => {
    const p = chosen();
    if (hint) hint.textContent = p ? t('delivery.hint', { left: amountOf(p, Math.max(0, p.pledged - p.delivered)) }) : '';
  };
  pledge.addEventListener('change', syncHint);
  syncHint();
  const alert = el('div', { class: 'form-error', role: 'alert', tabindex: '-1' });
  const button = el('button', { type: 'submit', class: 'action' }, t('delivery.save'));
  const form = el('form', { novalidate: '', 'data-form': 'delivery' }, el('h3', {}, t('delivery.title')), ...Object.values(fields).map((f) => f.element), alert, el('div', { class: 'form-actions' }, button));
  formAction({
    form,
    fields,
    elsewhere: (errors) => alert.replaceChildren(...errors.map((e) => el('p', {}, e.message))),
    button,
    busyLabel: t('sidebar.form.sending'),
    failure: 'sidebar.form.failed',
    say: (message, tone) => tone === 'error' && alert.replaceChildren(el('p', {}, message)),
    call: () => callServer('recordDelivery', { resourceId: pledge.value, delivered: fields.delivered.control.value, deliveredOn: fields.deliveredOn.control.value }),
    done: (answer) => {
      const p = chosen();
      return reload(p ? t('delivery.saved', { delivered: amountOf(p, answer.delivered), pledged: amountOf(p, answer.pledged) }) : '');
    },
  });
  return form;
}

export function actionPlanSection(state: SidebarState): Part {
  const status = el('p', { class: 'success', role: 'status' });
  const body = el('div', { 'aria-live': 'polite' }, el('p', { class: 'muted' }, t('plan.loading')));
  let loaded = false;
  const load = async (notice = ''): Promise<void> => {
    const page = await callServer('listActionPlan').catch((error: unknown) => ({ ok: false as const, errors: [{ field: 'form', message: String(error) }] }));
    if (!page.ok) {
      body.replaceChildren(el('p', { class: 'form-error', role: 'alert' }, page.errors.map((e) => e.message).join(' ')));
      return;
    }
    const pledges = page.pledges.map((p) => el('li', { 'data-pledge': p.id }, t('delivery.line', { id: p.id, delivered: amountOf(p, p.delivered), pledged: amountOf(p, p.pledged) })));
    body.replaceChildren(
      ...(page.proposals.length === 0 ? [el('p', { class: 'muted' }, t('plan.none'))] : [...page.proposals.map(proposalView), milestoneForm(page, state.today, load)]),
      el('h3', {}, t('delivery.title')),
      ...(page.pledges.length === 0 ? [el('p', { class: 'muted' }, t('delivery.none'))] : [el('ul', {}, ...pledges), deliveryForm(page, state.today, load)]),
    );
    status.textContent = notice;
  };
  const content = el('div', {}, el('p', { class: 'muted' }, t('plan.intro')), status, body);
  return {
    id: 'plan',
    label: t('plan.nav'),
    content,
    opened: () => {
      if (loaded) return;
      loaded = true;
      void load();
    },
  };
}
