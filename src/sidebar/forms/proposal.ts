import { t } from '../i18n';
import { LIMITS } from '../../domain/fields';
import type { SidebarState } from '../../contract/sidebar-state';
import { el, field, replaceOptions, select } from '../dom';
import { submissionForm } from '../form';
import { callServer } from '../server';
import type { App, Part } from '../part';

function objectiveOptions(state: SidebarState): [string, string][] {
  return [['', t('sidebar.form.choose')], ...state.objectives.map((o): [string, string] => [o.id, `${o.id} — ${o.title}`])];
}

export function proposalSection(state: SidebarState, app: App): Part {
  const objective = select(objectiveOptions(state));
  const fields = {
    title: field(t('sidebar.field.title'), el('input', { type: 'text', maxlength: String(LIMITS.title) }), true),
    description: field(t('sidebar.field.description'), el('textarea', { rows: '4', maxlength: String(LIMITS.text) })),
    objectiveId: field(t('sidebar.field.objective'), objective, true),
    resourcesNeeded: field(t('sidebar.field.resourcesNeeded'), el('textarea', { rows: '3', maxlength: String(LIMITS.text) })),
  };
  const content = submissionForm({
    title: t('sidebar.propose.title'),
    fields,
    kind: 'proposal',
    today: state.today,
    submitLabel: t('sidebar.propose.submit'),
    send: (values) => callServer('submitProposal', values),
    success: (id) => t('sidebar.propose.done', { id }),
    saved: () => app.refresh(),
  });
  return {
    id: 'propose',
    label: t('sidebar.nav.propose'),
    content,
    update: (next) => replaceOptions(objective, select(objectiveOptions(next))),
  };
}
