import './zod';
import * as z from 'zod/mini';
import { hundredths } from './action-plan';
import type { Locale } from './locale';
import { amountOf, amountProblemMessage, type Currency } from './money';
import * as f from './fields';
import { requireWhen } from './requirements';

/**
 * What saveMilestone and recordDelivery take, and the same rules for the rows people type
 * into the Milestones and Resources tabs (issue 21), so the sidebar, the server and Check agree.
 */

/** What saveMilestone takes (PRODUCT.md §4); a done milestone needs its date. */
export const milestoneInput = z
  .object({
    id: f.optional(f.idOf('MIL')),
    proposalId: f.required(f.idOf('PRO')),
    milestone: f.required(f.text(f.LIMITS.title, 3)),
    due: f.required(f.date()),
    status: f.required(f.enumOf('milestoneStatus')),
    doneOn: f.optional(f.date()),
    notes: f.optional(f.text(f.LIMITS.text)),
  })
  .check(requireWhen((m) => m['status'] === 'done', 'doneOn'));

export type MilestoneInput = z.output<typeof milestoneInput>;

/** The rule of the Milestones tab's rows: the same as the form's. */
export const milestoneRowRules = [requireWhen<Record<string, unknown>>((m) => m['status'] === 'done', 'doneOn')];

/** What recordDelivery takes: this delivery's amount (or quantity) and its date. */
export const deliveryInput = z.object({
  resourceId: f.required(f.idOf('RES')),
  // Money is read as the caller's language writes it, in the pledge's currency (readDelivered), once the pledge is known.
  delivered: f.required(z.custom<number | string>((v) => typeof v === 'string' || Number.isFinite(v), { params: { key: 'invalid' } })),
  deliveredOn: f.required(f.date()),
});

export type DeliveryInput = z.output<typeof deliveryInput>;

/** A Resources row's Delivered against its pledge: Check's rule (0 ≤ Delivered ≤ Amount, or ≤ Quantity). */
export const deliveryRowRules = [
  z.superRefine<Record<string, unknown>>((r, ctx) => {
    const delivered = r['delivered'];
    if (typeof delivered !== 'number') return;
    const cap = r['kind'] === 'financial' || r['kind'] === undefined ? (r['amount'] ?? r['quantity']) : r['quantity'];
    if (typeof cap === 'number' && hundredths(delivered) > hundredths(cap)) {
      ctx.addIssue({ code: 'custom', path: ['delivered'], params: { key: 'beyondPledge', max: cap }, input: delivered });
    } else if (cap === undefined && delivered > 0) {
      ctx.addIssue({ code: 'custom', path: ['delivered'], params: { key: 'nothingPledged' }, input: delivered });
    }
    if (delivered > 0 && r['deliveredOn'] === undefined) ctx.addIssue({ code: 'custom', path: ['deliveredOn'], params: { key: 'required' }, input: undefined });
  }, { when: (payload) => typeof payload.value === 'object' && payload.value !== null }),
];

/**
 * This delivery's amount: money as the caller's language writes it in the pledge's currency
 * (`1.500,00` is fifteen hundred reais in pt-BR), a quantity as a number with either decimal mark.
 */
export function readDelivered(value: number | string, currency: Currency | undefined, locale: Locale): { ok: true; amount: number } | { ok: false; key: string; params: Record<string, string> } {
  if (currency !== undefined) {
    const reading = amountOf(value, locale, currency);
    return reading.ok ? reading : { ok: false, ...amountProblemMessage(reading, locale, currency) };
  }
  const result = z.safeParse(f.positiveNumber(), value);
  return result.success ? { ok: true, amount: result.data } : { ok: false, key: 'positive', params: {} };
}
