import '../domain/zod';
import * as z from 'zod/mini';
import { guestsFor } from '../domain/calendar-event';
import { enumLabel } from '../domain/enums';
import { UserError } from '../domain/errors';
import * as f from '../domain/fields';
import { t } from '../domain/i18n';
import { PERSONAL_COLUMNS, replaceAll, withoutEmails } from '../domain/privacy';
import { recordsOf, type Member } from '../domain/records';
import { LOG, MEETINGS, MEMBERS, PROPOSALS, RESOURCES, SUPPORTS, type Table } from '../domain/tables';
import { isDate } from '../domain/time';
import type { Locale } from '../domain/locale';
import { withDocumentLock } from '../lock';
import { rewriteColumn, writeRows } from '../sheets/write';
import type { TableData } from '../sheets/table';
import type { Call } from './call';
import { log } from './log';
import { serve, type Result } from './respond';
import type { GoogleServices } from './services';
import { caller, endpoint, signedIn } from './endpoint';
import { isCoordinator, loadSettings, memberByEmail, readTab, requireTab, today } from './workbook-data';

/**
 * A person's own data (PRODUCT.md §4, issue 12): confirming the privacy notice, choosing
 * emails and language, downloading everything about them, and erasure. Each write happens
 * under the document lock and is logged.
 */

const refusal = (call: Call, field: string, message: Parameters<typeof t>[1], params = {}): { ok: false; errors: { field: string; message: string }[] } =>
  ({ ok: false, errors: [{ field, message: t(call.caller.locale, message, params) }] });

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
const languageInput = z.object({ language: f.required(f.enumOf('language')) });
const eraseInput = z.object({ memberId: f.required(f.idOf('MEM')) });

/** Members › Emails for the caller: yes or no. */
export const setEmailPreference = endpoint(emailsInput, (call, { emails }): Result<object> => {
  const code = emails ? 'yes' : 'no';
  return updateOwnRow(call, (language) => ({ emails: enumLabel('yesNo', code, language) }), { action: 'member.emails', details: code });
});

/** Members › Language for the caller: the language of the emails they get. */
export const setMemberLanguage = endpoint(languageInput, (call, { language }): Result<object> =>
  updateOwnRow(call, () => ({ language }), { action: 'member.language', details: language }));

/** A row as the sheet shows it, keyed by the tab's own headers, so columns a coordinator added are in too. */
function rowObject(data: TableData, row: number): Record<string, unknown> {
  const header = data.grid[0] ?? [];
  const cells = data.grid[row - 1] ?? [];
  const keyAt = new Map([...data.columns].map(([key, i]) => [i, key] as const));
  const values = data.rows.find((r) => r.row === row)?.values ?? {};
  const result: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const key = keyAt.get(i);
    const value = key === undefined ? cells[i] : values[key];
    if (String(name).trim() !== '') result[String(name).trim()] = isDate(value) ? value.toISOString() : (value ?? '');
  });
  return result;
}

/** Every string in a value, emails other than the reader's replaced by those people's IDs. */
function scrubbed(value: Record<string, unknown>, ids: ReadonlyMap<string, string>, own: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? withoutEmails(v, ids, own) : v]));
}

const mentions = (text: string, id: string, email: string): boolean =>
  new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`).test(text) || text.toLowerCase().includes(email);

/**
 * Everything about the caller, as a JSON file: their Members row, their proposals and pledges,
 * the proposals they support, the meetings they are invited to and the Log rows naming them.
 * No one else's email: another person's address becomes their member ID.
 */
export function exportMyData(google: GoogleServices): Result<{ filename: string; json: string }> {
  return serve(google, (call): Result<{ filename: string; json: string }> => {
    if (!call.caller.email) throw new UserError('error.signIn');
    const members = requireTab(call, MEMBERS);
    const records = recordsOf('members', members);
    const me = memberByEmail(records, call.caller.email);
    if (!me) throw new UserError('submit.registerFirst');
    const ids = new Map(records.filter((m) => m.email).map((m) => [m.email, m.id] as const));
    const rowsOf = (table: Table, keep: (values: Readonly<Record<string, unknown>>, data: TableData) => boolean) => {
      const data = readTab(call, table);
      return data ? data.rows.filter((r) => keep(r.values, data)).map((r) => scrubbed(rowObject(data, r.row), ids, me.email)) : [];
    };
    const own = (v: Readonly<Record<string, unknown>>) => String(v['member'] ?? '').trim() === me.id;
    const invited = new Set(recordsOf('meetings', readTab(call, MEETINGS)).filter((m) => guestsFor(m.audience, [me]).length > 0).map((m) => m.id));
    const exported = {
      exported: call.now.toISOString(),
      spreadsheet: call.workbook.spreadsheet.getName(),
      member: scrubbed(rowObject(members, me.row), ids, me.email),
      proposals: rowsOf(PROPOSALS, own),
      pledges: rowsOf(RESOURCES, own),
      supports: rowsOf(SUPPORTS, own),
      meetings: rowsOf(MEETINGS, (v) => invited.has(String(v['id'] ?? '').trim())),
      log: rowsOf(LOG, (v) => Object.values(v).some((cell) => typeof cell === 'string' && mentions(cell, me.id, me.email))),
    };
    return { ok: true, filename: `mutirao-${me.id}.json`, json: JSON.stringify(exported, null, 2) };
  });
}

/**
 * Erases a member's personal data on request: by themselves, or by a coordinator for anyone.
 * Name, Email, Organization, City and Country are blanked and Status becomes `erased`; the ID,
 * the Hub, the proposals and the pledges stay, so the group's totals do not move. In the Log,
 * their email (and, in rows about them, their name) becomes their ID, in one write per column
 * that changes (other rows' cells written back as they were); then one Log row records the erasure, without personal data.
 */
export const eraseMember = endpoint(eraseInput, (call, { memberId: id }): Result<object> => {
    signedIn(call);
    return withDocumentLock(call.google.LockService, (): Result<object> => {
      const language = loadSettings(call).language;
      const data = requireTab(call, MEMBERS);
      const members = recordsOf('members', data);
      const target = members.find((m) => m.id === id);
      if (!target) return refusal(call, 'memberId', 'field.unknownMember', { id });
      const me = memberByEmail(members, call.caller.email);
      const self = me?.id === id;
      if (!self && !isCoordinator(me)) throw new UserError('privacy.eraseOthers');
      if (target.erased) throw new UserError('privacy.alreadyErased', { id });
      const blanks = Object.fromEntries(PERSONAL_COLUMNS.filter((key) => data.columns.has(key)).map((key) => [key, '']));
      writeRows(data, [{ row: target.row, values: { ...blanks, status: enumLabel('memberStatus', 'erased', language) } }], call.workbook, language);
      scrubLog(call, target);
      log(call, [{ action: 'member.erase', target: id, ...(self ? { user: id } : {}) }], language);
      return { ok: true };
    });
});

/** The Log with the member's email replaced by their ID everywhere, and their name in the rows about them. */
function scrubLog(call: Call, member: Member): void {
  const data = readTab(call, LOG);
  if (!data || data.grid.length < 2 || !member.email) return;
  const body = data.grid.slice(1);
  const about = body.map((cells) => cells.some((cell) => typeof cell === 'string' && mentions(cell, member.id, member.email)));
  for (const key of ['user', 'action', 'target', 'details']) {
    const index = data.columns.get(key);
    if (index === undefined) continue;
    const before = body.map((cells) => cells[index] ?? '');
    const after = before.map((cell, i) => {
      if (typeof cell !== 'string') return cell;
      return replaceAll(cell, about[i] && member.name ? [member.email, member.name] : [member.email], member.id);
    });
    rewriteColumn(data, key, after);
  }
}
