import type { EmulatedUser } from './core';
import type { ServiceEnv } from './env';
import { ScriptException } from './errors';
import { signatureMessage } from './values';

/**
 * LanguageApp, as a deterministic fake: the same text, source and target always give the same
 * "translation", the original marked with its target (`[fr] Feira solidária`), so a test or a
 * preview reader sees at once what was translated into what. Each user has a daily quota of
 * calls, as Apps Script counts them: 5,000 on a consumer account, 20,000 on Google Workspace
 * (the quotas page, https://developers.google.com/apps-script/guides/services/quotas). The
 * reference lists no authorization scope for the service
 * (https://developers.google.com/apps-script/reference/language/language-app).
 */

export const LANGUAGE_DAILY_QUOTA = { consumer: 5000, workspace: 20000 } as const;
/**
 * What Apps Script throws once the day's translations are used up. The quotas page gives the
 * pattern ("Service invoked too many times for one day: …") but not this service's name in it:
 * assumed, so the add-on must recognise the pattern, not this exact sentence.
 */
export const LANGUAGE_QUOTA_MESSAGE = 'Service invoked too many times for one day: translate.';
/** Google Translate's codes the add-on may ask for, and a few more; anything else is refused (assumed wording). */
const CODES = new Set(['fr', 'pt', 'pt-PT', 'en', 'es', 'de', 'it']);
const DAY_MS = 24 * 60 * 60 * 1000;

export interface Translated {
  readonly user: string;
  readonly text: string;
  readonly from: string;
  readonly to: string;
}

export class LanguageStore {
  /** Every translation asked for, oldest first. */
  readonly calls: Translated[] = [];
  private readonly quotas = new Map<string, number>();
  private readonly usage = new Map<string, { since: number; count: number }>();

  setDailyQuota(email: string, callsPerDay: number): void {
    this.quotas.set(email.toLowerCase(), callsPerDay);
  }

  /** Counts a call against the user's day, or throws as Apps Script does once it is used up. */
  spend(email: string, now: Date): void {
    const key = email.toLowerCase();
    const quota = this.quotas.get(key) ?? LANGUAGE_DAILY_QUOTA.consumer;
    let day = this.usage.get(key);
    if (!day || now.getTime() - day.since >= DAY_MS) day = { since: now.getTime(), count: 0 };
    if (day.count >= quota) throw new ScriptException(LANGUAGE_QUOTA_MESSAGE);
    this.usage.set(key, { since: day.since, count: day.count + 1 });
  }
}

/** The fake's translation: the text itself, marked with the language it was asked in. */
export function fakeTranslation(text: string, to: string): string {
  return text === '' ? '' : `[${to}] ${text}`;
}

export function createLanguageApp(env: ServiceEnv, store: LanguageStore, who: { user: EmulatedUser | null }): GoogleAppsScript.Language.LanguageApp {
  const translate = (text: unknown, from: unknown, to: unknown, advanced?: unknown): string => {
    env.guard('LanguageApp', 'translate', 'html');
    if (typeof text !== 'string' || typeof from !== 'string' || typeof to !== 'string' || (advanced !== undefined && typeof advanced !== 'object')) {
      throw new ScriptException(signatureMessage('LanguageApp.translate', [text, from, to, ...(advanced === undefined ? [] : [advanced])]));
    }
    if (!CODES.has(to) || (from !== '' && !CODES.has(from))) throw new ScriptException('Invalid argument: language');
    const user = who.user?.email ?? '';
    store.spend(user, env.now());
    store.calls.push({ user, text, from, to });
    return from === to ? text : fakeTranslation(text, to);
  };
  return { translate } as unknown as GoogleAppsScript.Language.LanguageApp;
}
