import { t } from '../i18n';
import { LIMITS } from '../../domain/fields';
import type { ProposalView, SidebarState } from '../../contract/sidebar-state';
import { el, field, replaceOptions, select } from '../dom';
import { submissionForm } from '../form';
import { callServer } from '../server';
import type { App, Part } from '../part';

function objectiveOptions(state: SidebarState): [string, string][] {
  return [['', t('sidebar.form.choose')], ...state.objectives.map((o): [string, string] => [o.id, `${o.id} — ${o.title}`])];
}

export function proposalSection(state: SidebarState, app: App): Part {
  const { form, objective } = proposalForm(state, app);
  return {
    id: 'propose',
    label: t('sidebar.nav.propose'),
    content: form,
    update: (next) => replaceOptions(objective, select(objectiveOptions(next))),
  };
}

/** The proposal form: a new proposal (submitProposal) or, given one of the member's own, its edit (updateProposal). */
export function proposalForm(state: SidebarState, app: App, existing?: ProposalView): { form: HTMLFormElement; objective: HTMLSelectElement } {
  const objective = select(objectiveOptions(state), existing?.objectiveId ?? '');
  const fields = {
    title: field(t('sidebar.field.title'), el('input', { type: 'text', maxlength: String(LIMITS.title) }), true),
    description: field(t('sidebar.field.description'), el('textarea', { rows: '4', maxlength: String(LIMITS.text) })),
    objectiveId: field(t('sidebar.field.objective'), objective, true),
    resourcesNeeded: field(t('sidebar.field.resourcesNeeded'), el('textarea', { rows: '3', maxlength: String(LIMITS.text) })),
  };
  if (existing) {
    for (const key of ['title', 'description', 'resourcesNeeded'] as const) {
      const control = fields[key].control as HTMLInputElement | HTMLTextAreaElement;
      control.value = existing[key];
      control.defaultValue = existing[key];
    }
  }
  const form = submissionForm({
    title: existing ? t('mine.editTitle', { id: existing.id }) : t('sidebar.propose.title'),
    fields,
    kind: 'proposal',
    draft: existing ? `proposal:${existing.id}` : 'proposal',
    today: state.today,
    submitLabel: existing ? t('mine.save') : t('sidebar.propose.submit'),
    send: (values) => (existing ? callServer('updateProposal', { ...values, proposalId: existing.id }) : callServer('submitProposal', values)),
    success: (id) => (existing ? t('mine.saved', { id }) : t('sidebar.propose.done', { id })),
    saved: existing ? (id) => app.refresh({ notice: t('mine.saved', { id }) }) : () => app.refresh(),
  });
  return { form, objective };
}
