import { t } from '../i18n';
import { INTL_TAG, LOCALE_FACTS, type Locale } from '../../domain/locale';
import { COUNTRIES } from '../../domain/fields';
import type { SidebarState } from '../../contract/sidebar-state';
import { el, field, select } from '../dom';
import { submissionForm, visibleValues } from '../form';
import { noticeView } from '../privacy';
import { callServer } from '../server';
import type { App, Part } from '../part';

/**
 * Every country by its name in the reader's language (Intl.DisplayNames), alphabetically as
 * that language sorts; the value sent is still the ISO code the Members tab keeps.
 */
function countryOptions(locale: Locale): [string, string][] {
  const tag = INTL_TAG[locale];
  const names = new Intl.DisplayNames([tag], { type: 'region' });
  const options = [...COUNTRIES].map((code): [string, string] => [code, names.of(code) ?? code]);
  options.sort((a, b) => a[1].localeCompare(b[1], tag));
  return [['', t('sidebar.form.choose')], ...options];
}

/** A guest's only section: register, then the member's sections appear. */
export function registerSection(state: SidebarState, app: App): Part {
  const l = state.locale;
  // What a newcomer speaking this language most likely answers (its folder's facts: a French speaker, Nantes).
  const likely = LOCALE_FACTS[l].newcomer;
  const fields = {
    name: field(t('sidebar.field.name'), el('input', { type: 'text', autocomplete: 'name', maxlength: '120' }), true),
    organization: field(t('sidebar.field.organization'), el('input', { type: 'text', autocomplete: 'organization' })),
    city: field(t('sidebar.field.city'), el('input', { type: 'text', autocomplete: 'address-level2', maxlength: '120' }), true),
    country: field(t('sidebar.field.country'), select(countryOptions(l), likely.country), true),
    hub: field(
      t('sidebar.field.hub'),
      select([['', t('sidebar.form.choose')], ['Recife', 'Recife'], ['Nantes', 'Nantes']], likely.hub),
      true,
    ),
    // Unticked by default: consent is required, emails are opt-in (issue 12).
    consent: field(t('privacy.consent'), el('input', { type: 'checkbox', class: 'check' }), true),
    emails: field(t('privacy.emails'), el('input', { type: 'checkbox', class: 'check' })),
  };
  const ticked = (f: { control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement }) => String((f.control as HTMLInputElement).checked);
  const content = submissionForm({
    title: t('sidebar.register.title'),
    intro: el('div', {}, el('p', {}, t('sidebar.register.intro', { email: state.user.email })), noticeView(state, true)),
    fields,
    kind: 'member',
    draft: 'member',
    today: state.today,
    // The language they register in is the sidebar's.
    values: () => ({ ...visibleValues(fields), consent: ticked(fields.consent), emails: ticked(fields.emails), language: state.locale }),
    submitLabel: t('sidebar.register.submit'),
    send: (values) => callServer('submitMember', values),
    success: (id) => t('sidebar.register.done', { id }),
    saved: (id) => app.refresh({ select: 'propose', notice: t('sidebar.register.done', { id }) }),
  });
  return { id: 'register', label: t('sidebar.nav.register'), content };
}
