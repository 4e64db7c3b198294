import './zod';
import * as z from 'zod/mini';

/**
 * "This field is needed when …" rules, shared by the sidebar's inputs and the sheet's rows
 * (their keys are the same). The issue lands on the field a person has to fill in. They run
 * even when another field is wrong, so one submit shows every missing field at once.
 */
export function requireWhen<T extends Record<string, unknown>>(condition: (value: T) => boolean, field: keyof T & string) {
  return z.superRefine<T>((value, ctx) => {
    if (condition(value) && value[field] === undefined) {
      ctx.addIssue({ code: 'custom', path: [field], params: { key: 'required' }, input: value[field] });
    }
  }, { when: (payload) => typeof payload.value === 'object' && payload.value !== null });
}

interface ResourceFields extends Record<string, unknown> {
  kind?: string;
  quantity?: unknown;
  availability?: string;
}

/** Money needs an amount and a currency; help in kind a description; a quantity its unit; a planned pledge its date. */
export const resourceRequirements = [
  requireWhen<ResourceFields>((r) => r.kind === 'financial', 'amount'),
  requireWhen<ResourceFields>((r) => r.kind === 'financial', 'currency'),
  requireWhen<ResourceFields>((r) => r.kind === 'in-kind', 'description'),
  requireWhen<ResourceFields>((r) => r.quantity !== undefined, 'unit'),
  requireWhen<ResourceFields>((r) => r.availability === 'planned', 'availableFrom'),
];

/** A pledge is taken back with Withdraw (withdrawResource), never by choosing "withdrawn" in a form. */
export const noWithdrawnPledge = z.superRefine<ResourceFields>((value, ctx) => {
  if (value.availability === 'withdrawn') ctx.addIssue({ code: 'custom', path: ['availability'], params: { key: 'withdrawWithButton' }, input: value.availability });
}, { when: (payload) => typeof payload.value === 'object' && payload.value !== null });
