import { describe, expect, it } from 'vitest';
import { Emulator, type EmulatedUser } from '../emulator';
import { readBuiltProject, TEST_BUILD } from '../emulator/built';
import { loadProject } from '../emulator/project';
import { CATALOGS } from '../src/domain/i18n/bundled';
import { LOCALES, type Locale } from '../src/domain/locale';
import { answerInput, listInput, supportInput } from '../src/domain/supports';
import { meetingInput, memberInput, proposalInput, resourceInput } from '../src/domain/submissions';
import { slotInput } from '../src/domain/slots';

// Issue 18 (item 8): the product words every problem itself. Whatever a caller sends to an
// endpoint (null, a boolean, an array, an object, a number where text is expected…), the answer
// holds our catalog's sentences in the caller's language, never a library's ("expected boolean,
// received null", "Invalid input"). Run on the built Code.js, as Apps Script runs it.
// The build with the test languages too, so that the pseudo-locale is answered in as well.
const { code, files } = readBuiltProject(TEST_BUILD);

const JUNK: readonly unknown[] = [
  null, true, false, 0, -1, 1.5, 1e21, '', ' ', 'x'.repeat(3000), '<b>', [], [1, 'a'], [null], {}, { a: 1 }, { toString: 'x' },
];

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);

/** Each endpoint that takes an input, with the fields it reads. */
const ENDPOINTS: Readonly<Record<string, readonly string[]>> = {
  submitMember: keysOf(memberInput),
  submitProposal: keysOf(proposalInput),
  submitResource: keysOf(resourceInput),
  submitMeeting: keysOf(meetingInput),
  suggestMeetingSlots: keysOf(slotInput),
  supportProposal: keysOf(supportInput),
  withdrawSupport: keysOf(supportInput),
  listProposals: keysOf(listInput),
  answerProposal: keysOf(answerInput),
  setEmailPreference: ['emails'],
  setMemberLanguage: ['language'],
  eraseMember: ['memberId'],
  sendReminders: ['dryRun'],
  setReminderSchedule: ['on'],
};

/** zod's wording in its English locale and in the ones we used to bundle, and a stack's marks. */
const LIBRARY = /\bexpected\b[^.]*\breceived\b|invalid input|invalid (?:string|option|element|key|union)|unrecognized key|too (?:big|small)|entrée invalide|entrada inválida|\battendu\b|\breçu\b|\besperado\b|\brecebido\b|TypeError|ZodError|\bat [\w.$]+ \(/i;

/** A catalog sentence as a pattern: its placeholders and plural blocks match anything. */
function templatePattern(template: string): RegExp {
  const holes = template.replace(/\{\w+,\s*plural,(?:[^{}]|\{(?:[^{}]|\{\w+\})*\})*\}/g, '\u0000').replace(/\{\w+\}/g, '\u0000');
  const escaped = holes.split('\u0000').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[\\s\\S]*')}$`);
}

const SENTENCES = Object.fromEntries(LOCALES.map((locale) => [locale, Object.values(CATALOGS[locale]).map(templatePattern)])) as Record<Locale, RegExp[]>;

/** Every sentence an answer shows: its message and each field's. */
function messagesOf(answer: unknown): string[] {
  if (typeof answer !== 'object' || answer === null) return [];
  const { message, errors } = answer as { message?: unknown; errors?: unknown };
  const own = typeof message === 'string' ? [message] : [];
  return Array.isArray(errors) ? [...own, ...errors.flatMap((e: { message?: unknown }) => (typeof e.message === 'string' ? [e.message] : []))] : own;
}

const USERS = Object.fromEntries(LOCALES.map((locale) => [locale, { email: `coordinator.${locale.toLowerCase()}@example.org`, locale }])) as Record<Locale, EmulatedUser>;

describe.each(LOCALES)('junk sent to every endpoint, answered in %s', (locale) => {
  it('gets our own sentences only, never a library’s wording', () => {
    const emulator = new Emulator({ user: USERS[locale], spreadsheet: { locale: 'fr_FR', timeZone: 'America/Recife' } });
    const project = loadProject(emulator, code, files);
    // The coordinator who set the workbook up reaches every endpoint's checks, the coordinators' too.
    project.call('setupWorkbook');
    let answers = 0;
    const expectOurs = (name: string, input: unknown) => {
      const answer = project.scriptRun(name, [input]);
      const text = JSON.stringify(answer) ?? '';
      expect(text, `${name}(${JSON.stringify(input)})`).not.toMatch(LIBRARY);
      for (const message of messagesOf(answer)) {
        expect(SENTENCES[locale].some((pattern) => pattern.test(message)), `${name}(${JSON.stringify(input)}): ${message}`).toBe(true);
      }
      answers += 1;
    };
    for (const [name, fields] of Object.entries(ENDPOINTS)) {
      for (const junk of JUNK) {
        expectOurs(name, junk);
        for (const field of fields) expectOurs(name, { [field]: junk });
        expectOurs(name, Object.fromEntries(fields.map((field) => [field, junk])));
      }
    }
    expect(answers).toBeGreaterThan(1000);
    // The custom function answers in its cell: a number, or an error the sheet shows in our words.
    for (const junk of JUNK) {
      try {
        expect(typeof project.call('WG_PROGRESS', junk)).toBe('number');
      } catch (error) {
        // Thrown in the bundle's own realm: an Error, though not this realm's.
        const message = String((error as { message?: unknown }).message);
        expect(message).not.toMatch(LIBRARY);
        expect(message).toMatch(/^WG_PROGRESS: /);
        expect(SENTENCES[locale].some((pattern) => pattern.test(message.replace(/^WG_PROGRESS: /, '')))).toBe(true);
      }
    }
  });
});

describe('Code.js', () => {
  it('carries no library locale', () => {
    for (const text of ['Too big: expected', 'Invalid option: expected', 'Entrée invalide', 'Entrada inválida']) expect(code).not.toContain(text);
  });
});
