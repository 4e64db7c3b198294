import { formAction } from './action';
import { enumLabel } from '../domain/enums';
import { LIMITS } from '../domain/fields';
import type { ProposalListing } from '../contract/proposals';
import { el, field, select } from './dom';
import { locale, t } from './i18n';
import { callServer } from './server';

/** What the proposals list lends the answer form: its status line, and a reload once answered. */
export interface AnswerHost {
  say(text: string, tone?: 'info' | 'error'): void;
  reload(): Promise<void>;
}

/** A coordinator's answer to one proposal (status, rank, answer), under it in the proposals list. */
export function answerForm(p: ProposalListing, { say, reload }: AnswerHost): HTMLElement {
  const status = select(
    (['under review', 'prioritized', 'declined'] as const).map((s): [string, string] => [s, enumLabel('proposalStatus', s, locale)]),
    p.status && p.status !== 'submitted' ? p.status : 'under review',
  );
  const fields = {
    status: field(t('proposals.statusField'), status, true),
    priorityRank: field(t('proposals.rankField'), el('input', { type: 'number', min: '1', step: '1', value: p.priorityRank === null ? '' : String(p.priorityRank) })),
    answer: field(t('proposals.answerField'), el('textarea', { rows: '3', maxlength: String(LIMITS.text) }), true),
  };
  fields.answer.control.value = p.answer;
  const rankShown = () => (fields.priorityRank.element.hidden = status.value !== 'prioritized');
  status.addEventListener('change', rankShown);
  rankShown();
  const button = el('button', { type: 'submit', class: 'action' }, t('proposals.send'));
  const form = el('form', { class: 'answer-form', novalidate: '' }, ...Object.values(fields).map((f) => f.element), button);
  formAction({
    form,
    fields,
    button,
    say,
    failure: 'sidebar.form.failed',
    call: () =>
      callServer('answerProposal', {
        proposalId: p.id,
        status: status.value as 'under review' | 'prioritized' | 'declined',
        priorityRank: status.value === 'prioritized' ? fields.priorityRank.control.value : null,
        answer: fields.answer.control.value,
      }),
    done: async () => {
      say(t('proposals.sent', { id: p.id }));
      await reload();
    },
  });
  return el('details', { class: 'answer-toggle' }, el('summary', {}, t('proposals.answerToggle')), form);
}
