import '../domain/zod';
import * as z from 'zod/mini';
import { enumLabel } from '../domain/enums';
import { refuse, UserError } from '../domain/errors';
import * as f from '../domain/fields';
import { recordsOf } from '../domain/records';
import { fieldOf, MEMBERS } from '../domain/tables';
import type { Locale } from '../domain/locale';
import { withDocumentLock } from '../lock';
import { writeRows } from '../sheets/write';
import type { Call } from './call';
import { log } from './log';
import { eraseEverywhere, exportOf } from './personal-data';
import { serve, type Result } from './respond';
import type { GoogleServices } from './services';
import { caller, endpoint, signedIn } from './endpoint';
import { isCoordinator, loadSettings, memberByEmail, requireTab, today } from './workbook-data';

/**
 * A person's own data (PRODUCT.md §4, issue 12): confirming the privacy notice, choosing
 * emails and language, downloading everything about them, and erasure. Each write happens
 * under the document lock and is logged.
 */

/** Writes some of the caller's own Members cells and one Log row about them, under the lock. */
function updateOwnRow(call: Call, cells: (language: Locale) => Record<string, unknown>, entry: { action: string; details: string }): Result<object> {
  return withDocumentLock(call.google.LockService, () => {
    const language = loadSettings(call).language;
    const data = requireTab(call, MEMBERS);
    const me = caller(call, recordsOf('members', data), 'member');
    writeRows(data, [{ row: me.row, values: cells(language) }], call.workbook, language);
    log(call, [{ ...entry, target: me.id }], language);
    return { ok: true as const };
  });
}

/** The caller accepts the privacy notice in force: Consent becomes today. */
export function confirmConsent(google: GoogleServices): Result<object> {
  return serve(google, (call) => updateOwnRow(call, () => ({ consent: today(call) }), { action: 'member.consent', details: `notice ${loadSettings(call).privacyNoticeVersion}` }));
}

const emailsInput = z.object({ emails: z.boolean() });
const languageInput = z.object({ language: f.blankRefused(fieldOf(MEMBERS, 'language')) });
const eraseInput = z.object({ memberId: fieldOf(MEMBERS, 'id') });

/** Members › Emails for the caller: yes or no. */
export const setEmailPreference = endpoint(emailsInput, (call, { emails }): Result<object> => {
  const code = emails ? 'yes' : 'no';
  return updateOwnRow(call, (language) => ({ emails: enumLabel('yesNo', code, language) }), { action: 'member.emails', details: code });
});

/** Members › Language for the caller: the language of the emails they get. */
export const setMemberLanguage = endpoint(languageInput, (call, { language }): Result<object> =>
  updateOwnRow(call, () => ({ language }), { action: 'member.language', details: language }));

/**
 * Everything about the caller, as a JSON file: one entry per place where the add-on keeps
 * personal data (personal-data.ts), from their Members row to the Log rows naming them.
 * No one else's email: another person's address becomes their member ID.
 */
export function exportMyData(google: GoogleServices): Result<{ filename: string; json: string }> {
  return serve(google, (call): Result<{ filename: string; json: string }> => {
    if (!call.caller.email) throw new UserError('error.signIn');
    const records = recordsOf('members', requireTab(call, MEMBERS));
    const me = memberByEmail(records, call.caller.email);
    if (!me) throw new UserError('submit.registerFirst');
    const ids = new Map(records.filter((m) => m.email).map((m) => [m.email, m.id] as const));
    const person = { id: me.id, email: me.email, name: me.name };
    const exported = { exported: call.now.toISOString(), spreadsheet: call.workbook.spreadsheet.getName(), ...exportOf({ call, person, member: me, ids }) };
    return { ok: true, filename: `mutirao-${me.id}.json`, json: JSON.stringify(exported, null, 2) };
  });
}

/**
 * Erases a member's personal data on request: by themselves, or by a coordinator for anyone.
 * Every place personal-data.ts declares is visited: the Members cells blanked (Status `erased`;
 * the ID, the Hub, the proposals and the pledges stay, so the group's totals do not move), their
 * email (and, in rows about them, their name) replaced by their ID in every cell, note, Log row
 * and document property, the counts and the Dashboard recomputed, the scheduled reminders they
 * ran handed on. Then one Log row records the erasure, without personal data.
 */
export const eraseMember = endpoint(eraseInput, (call, { memberId: id }): Result<object> => {
    signedIn(call);
    return withDocumentLock(call.google.LockService, (): Result<object> => {
      const language = loadSettings(call).language;
      const members = recordsOf('members', requireTab(call, MEMBERS));
      const target = members.find((m) => m.id === id);
      if (!target) refuse('memberId', 'field.unknownMember', { id });
      const me = memberByEmail(members, call.caller.email);
      const self = me?.id === id;
      if (!self && !isCoordinator(me)) throw new UserError('privacy.eraseOthers');
      if (target.erased) throw new UserError('privacy.alreadyErased', { id });
      const ids = new Map(members.filter((m) => m.email).map((m) => [m.email, m.id] as const));
      eraseEverywhere({ call, person: { id, email: target.email, name: target.name }, member: target, ids, language, self });
      log(call, [{ action: 'member.erase', target: id, ...(self ? { user: id } : {}) }], language);
      return { ok: true };
    });
});
