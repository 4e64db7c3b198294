import { format } from 'node:util';
import type { ServiceEnv } from './env';

/**
 * Logger and console: both only record lines, so tests can read what the script logged and
 * nothing reaches the test runner's output.
 * https://developers.google.com/apps-script/reference/base/logger
 * https://developers.google.com/apps-script/guides/logging
 */

export interface LogLine {
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
}

/** Logger.log(format, ...values) substitutes %s, %d and friends like Java's String.format does. */
function render(args: readonly unknown[]): string {
  return format(...args);
}

class LoggerImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly lines: LogLine[],
  ) {}

  log(...args: unknown[]): LoggerImpl {
    this.env.guard('Logger', 'log', 'locale');
    this.lines.push({ level: 'log', text: render(args) });
    return this;
  }

  getLog(): string {
    this.env.guard('Logger', 'getLog', 'locale');
    return this.lines.map((line) => `${line.text}\n`).join('');
  }

  clear(): void {
    this.env.guard('Logger', 'clear', 'locale');
    this.lines.length = 0;
  }
}

export function createLogger(env: ServiceEnv, lines: LogLine[]): GoogleAppsScript.Base.Logger {
  return new LoggerImpl(env, lines) as unknown as GoogleAppsScript.Base.Logger;
}

export function createConsole(env: ServiceEnv, lines: LogLine[]): Console {
  const at =
    (level: LogLine['level']) =>
    (...args: unknown[]): void => {
      env.guard('console', level, 'locale');
      lines.push({ level, text: render(args) });
    };
  const timers = new Map<string, number>();
  return {
    log: at('log'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    time(label: string) {
      env.guard('console', 'time', 'locale');
      timers.set(label, env.now().getTime());
    },
    timeEnd(label: string) {
      env.guard('console', 'timeEnd', 'locale');
      const start = timers.get(label) ?? env.now().getTime();
      lines.push({ level: 'info', text: `${label}: ${env.now().getTime() - start}ms` });
    },
  } as Console;
}
