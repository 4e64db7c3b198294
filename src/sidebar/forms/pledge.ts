import { enumCodes, enumLabel } from '../../domain/enums';
import { LIMITS } from '../../domain/fields';
import { t } from '../i18n';
import { resourceInput } from '../../domain/submissions';
import type { SidebarState } from '../../contract/sidebar-state';
import { el, field, replaceOptions, select } from '../dom';
import { submissionForm, visibleValues } from '../form';
import { formatMoney, parseAmount } from '../format';
import { callServer } from '../server';
import type { App, Part } from '../shell';

/** Each hub pledges in its own currency; without a hub, the language is the hint. */
function likelyCurrency({ user, locale }: SidebarState): string {
  if (user.hub) return user.hub === 'Recife' ? 'BRL' : 'EUR';
  return locale === 'pt-BR' ? 'BRL' : 'EUR';
}

function proposalOptions(state: SidebarState): [string, string][] {
  return [
    ['', t('sidebar.pledge.noProposal')],
    ...state.mine.proposals.map((p): [string, string] => [p.id, p.title ? `${p.id} — ${p.title}` : p.id]),
  ];
}

/** "Pledge a resource": the form shows what the kind of resource needs, and nothing else. */
export function pledgeSection(state: SidebarState, app: App): Part {
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
    amount: field(t('sidebar.field.amount'), decimal(), true),
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
    availableFrom: field(t('sidebar.field.availableFrom'), el('input', { type: 'date' }), true),
    proposalId: field(t('sidebar.field.proposal'), proposal),
  };
  // The amount as the reader's locale writes money, so a misplaced decimal mark shows at once.
  const money = el('output', { class: 'money', for: fields.amount.control.id });
  fields.amount.control.after(money);

  const sync = (): void => {
    const financial = kind.value === 'financial';
    for (const f of [fields.amount, fields.currency]) f.element.hidden = !financial;
    for (const f of [fields.category, fields.description, fields.quantity, fields.unit]) f.element.hidden = financial;
    fields.availableFrom.element.hidden = availability.value !== 'planned';
    const amount = parseAmount(fields.amount.control.value);
    money.textContent = amount === undefined ? '' : formatMoney(amount, currency.value, l);
  };

  const content = submissionForm({
    title: t('sidebar.pledge.title'),
    fields,
    body: [
      fields.kind.element,
      el('div', { class: 'row' }, fields.amount.element, fields.currency.element),
      ...[fields.category, fields.description, fields.quantity, fields.unit, fields.availability, fields.availableFrom, fields.proposalId].map(
        (f) => f.element,
      ),
    ],
    schema: resourceInput,
    submitLabel: t('sidebar.pledge.submit'),
    values: () => ({ ...visibleValues(fields), ...(kind.value === 'financial' ? { category: 'funding' } : {}) }),
    send: (values) => callServer('submitResource', values),
    success: (id) => t('sidebar.pledge.done', { id }),
    saved: () => app.refresh(),
    sync,
  });
  sync();
  return {
    id: 'pledge',
    label: t('sidebar.nav.pledge'),
    content,
    update: (next) => replaceOptions(proposal, select(proposalOptions(next))),
  };
}
