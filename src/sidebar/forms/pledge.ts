import { enumCodes, enumLabel } from '../../domain/enums';
import { LOCALE_FACTS } from '../../domain/locale';
import { LIMITS } from '../../domain/fields';
import { t } from '../i18n';
import type { ResourceView, SidebarState } from '../../contract/sidebar-state';
import { dateField } from '../date-field';
import { el, field, replaceOptions, select } from '../dom';
import { submissionForm, visibleValues } from '../form';
import { amountExample, currencyOr, formatAmount, formatMoney, readAmount, type Currency } from '../../domain/money';
import { callServer } from '../server';
import type { App, Part } from '../part';

/** Each hub pledges in its own currency; without a hub, the language is the hint. */
function likelyCurrency({ user, locale }: SidebarState): string {
  if (user.hub) return user.hub === 'Recife' ? 'BRL' : 'EUR';
  return LOCALE_FACTS[locale].currency;
}

function proposalOptions(state: SidebarState): [string, string][] {
  return [
    ['', t('sidebar.pledge.noProposal')],
    ...state.mine.proposals.map((p): [string, string] => [p.id, p.title ? `${p.id} — ${p.title}` : p.id]),
  ];
}

/** "Pledge a resource": the form shows what the kind of resource needs, and nothing else. */
export function pledgeSection(state: SidebarState, app: App): Part {
  const { form, proposal } = pledgeForm(state, app);
  return {
    id: 'pledge',
    label: t('sidebar.nav.pledge'),
    content: form,
    update: (next) => replaceOptions(proposal, select(proposalOptions(next))),
  };
}

/** A pledge as the form writes it back: the amount the reader's way, the date as the date field holds it. */
function valuesOf(r: ResourceView, locale: SidebarState['locale']): Readonly<Record<string, string>> {
  return {
    kind: r.kind ?? 'financial',
    amount: r.amount === null ? '' : formatAmount(r.amount, locale),
    currency: r.currency ?? '',
    category: r.category === 'funding' ? '' : (r.category ?? ''),
    description: r.description,
    quantity: r.quantity === null ? '' : String(r.quantity),
    unit: r.unit,
    availability: r.availability === 'planned' ? 'planned' : 'available',
    availableFrom: r.availableFrom ?? '',
    proposalId: r.proposalId,
  };
}

/**
 * The pledge form: a new pledge (submitResource) or, given one of the member's own, its edit
 * (updateResource), filled in with what it holds and checked by the same rules.
 */
export function pledgeForm(state: SidebarState, app: App, existing?: ResourceView): { form: HTMLFormElement; proposal: HTMLSelectElement } {
  const l = state.locale;
  const decimal = () => el('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  const kind = select([['financial', t('sidebar.pledge.financial')], ['in-kind', t('sidebar.pledge.inKind')]], 'financial');
  const currency = select(enumCodes('currency').map((c) => [c, c]), likelyCurrency(state));
  // Money is "funding" by definition; the other categories describe what is given in kind.
  const categories = enumCodes('category').filter((c) => c !== 'funding');
  const availability = select([['available', t('sidebar.pledge.now')], ['planned', t('sidebar.pledge.planned')]], 'available');
  const proposal = select(proposalOptions(state));
  const fields = {
    kind: field(t('sidebar.field.kind'), kind, true),
    amount: field(t('sidebar.field.amount'), decimal(), true, t('sidebar.pledge.amountHint', { example: amountExample(l) })),
    currency: field(t('sidebar.field.currency'), currency, true),
    category: field(
      t('sidebar.field.category'),
      select([['', t('sidebar.form.choose')], ...categories.map((c): [string, string] => [c, enumLabel('category', c, l)])]),
      true,
    ),
    description: field(t('sidebar.field.description'), el('textarea', { rows: '3', maxlength: String(LIMITS.text) }), true),
    quantity: field(t('sidebar.field.quantity'), decimal()),
    unit: field(t('sidebar.field.unit'), el('input', { type: 'text', maxlength: String(LIMITS.name) })),
    availability: field(t('sidebar.field.availability'), availability, true),
    availableFrom: dateField(t('sidebar.field.availableFrom'), 'date', true),
    proposalId: field(t('sidebar.field.proposal'), proposal),
  };
  // The amount as the reader's locale writes money, so a misplaced decimal mark shows at once.
  const money = el('output', { class: 'money', for: fields.amount.control.id });
  fields.amount.control.after(money);
  // An amount two conventions read differently: both readings, one click to keep the one meant.
  const readings = el('div', { class: 'readings', role: 'group', 'aria-label': t('sidebar.pledge.pickReading'), hidden: '' });
  money.after(readings);

  const sync = (): void => {
    const financial = kind.value === 'financial';
    for (const f of [fields.amount, fields.currency]) f.element.hidden = !financial;
    for (const f of [fields.category, fields.description, fields.quantity, fields.unit]) f.element.hidden = financial;
    fields.availableFrom.element.hidden = availability.value !== 'planned';
    const chosen = currencyOr(currency.value, l);
    const reading = readAmount(fields.amount.control.value, l, chosen);
    money.textContent = reading.ok ? formatMoney(reading.amount, l, chosen) : '';
    const choices = !reading.ok && reading.kind === 'ambiguous' ? reading.readings : [];
    if (readings.dataset['for'] !== choices.join('/')) {
      const question = el('span', { 'aria-hidden': 'true' }, t('sidebar.pledge.pickReading'));
      readings.replaceChildren(...(choices.length ? [question, ...choices.map((amount) => pick(amount, chosen))] : []));
    }
    readings.dataset['for'] = choices.join('/');
    readings.hidden = choices.length === 0;
  };

  function pick(amount: number, chosen: Currency): HTMLButtonElement {
    const button = el('button', { type: 'button', class: 'link' }, formatMoney(amount, l, chosen));
    button.addEventListener('click', () => {
      fields.amount.control.value = formatAmount(amount, l);
      // As if typed: the form re-checks and the preview follows.
      fields.amount.control.dispatchEvent(new Event('input', { bubbles: true }));
      fields.amount.control.focus();
    });
    return button;
  }

  if (existing) {
    for (const [key, value] of Object.entries(valuesOf(existing, l))) {
      const control = fields[key as keyof typeof fields].control;
      control.value = value;
      // What form.reset() comes back to: the pledge as it is.
      if (control instanceof HTMLSelectElement) for (const option of control.options) option.defaultSelected = option.value === value;
      else control.defaultValue = value;
    }
  }
  const form = submissionForm({
    title: existing ? t('mine.editTitle', { id: existing.id }) : t('sidebar.pledge.title'),
    fields,
    body: [
      fields.kind.element,
      el('div', { class: 'row' }, fields.amount.element, fields.currency.element),
      ...[fields.category, fields.description, fields.quantity, fields.unit, fields.availability, fields.availableFrom, fields.proposalId].map(
        (f) => f.element,
      ),
    ],
    kind: 'resource',
    draft: existing ? `resource:${existing.id}` : 'resource',
    today: state.today,
    submitLabel: existing ? t('mine.save') : t('sidebar.pledge.submit'),
    values: () => ({ ...visibleValues(fields), ...(kind.value === 'financial' ? { category: 'funding' } : {}) }),
    send: (values) => (existing ? callServer('updateResource', { ...values, resourceId: existing.id }) : callServer('submitResource', values)),
    success: (id) => (existing ? t('mine.saved', { id }) : t('sidebar.pledge.done', { id })),
    saved: existing ? (id) => app.refresh({ notice: t('mine.saved', { id }) }) : () => app.refresh(),
    sync,
  });
  sync();
  return { form, proposal };
}
