import { randomUUID } from 'node:crypto';
import type { ServiceEnv } from './env';
import { ScriptException } from './errors';
import { formatDate, parseDate } from './date-format';
import { isDate, signatureMessage } from './values';

/**
 * The Utilities methods the add-on uses. sleep() does not wait: it moves the emulated clock.
 * https://developers.google.com/apps-script/reference/utilities/utilities
 */

function signatureError(method: string, args: readonly unknown[]): ScriptException {
  return new ScriptException(signatureMessage(`Utilities.${method}`, args));
}

class UtilitiesImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly advanceClock: (ms: number) => void,
  ) {}

  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    this.env.guard('Utilities', 'formatDate', 'locale');
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError('formatDate', [date, timeZone, format]);
    }
    return formatDate(date.getTime(), timeZone, format);
  }

  parseDate(text: unknown, timeZone: unknown, format: unknown): Date {
    this.env.guard('Utilities', 'parseDate', 'locale');
    if (typeof text !== 'string' || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError('parseDate', [text, timeZone, format]);
    }
    return new Date(parseDate(text, timeZone, format, this.env.now().getTime()));
  }

  sleep(milliseconds: number): void {
    this.env.guard('Utilities', 'sleep', 'locale');
    this.advanceClock(Math.max(0, Number(milliseconds)));
  }

  getUuid(): string {
    this.env.guard('Utilities', 'getUuid', 'locale');
    return randomUUID();
  }
}

export function createUtilities(env: ServiceEnv, advanceClock: (ms: number) => void): GoogleAppsScript.Utilities.Utilities {
  return new UtilitiesImpl(env, advanceClock) as unknown as GoogleAppsScript.Utilities.Utilities;
}
