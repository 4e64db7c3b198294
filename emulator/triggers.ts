import type { EmulatedUser } from './core';
import type { ServiceEnv } from './env';
import { ScriptException } from './errors';
import { fromZoned, isIntlTimeZone, toZoned } from './timezone';

/**
 * Installable time-driven triggers: ScriptApp.newTrigger(…).timeBased()…create(), the user's
 * own list, deletion, and the store behind them, which the emulator fires at an emulated time.
 * - An installable trigger always runs as the account that created it, and an account cannot
 *   see the triggers another account installed.
 *   https://developers.google.com/apps-script/guides/triggers/installable#restrictions
 * - An add-on (Mutirão is one) may have one trigger of each type per user per document, and its
 *   time-driven triggers run at most hourly. This is stricter than the quotas page's "Triggers:
 *   20 / user / script", which so never binds here.
 *   https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 * - A daily trigger at hour h runs once a day at a time Apps Script picks within that hour and
 *   keeps from day to day; here the minute is nearMinute's, or 0.
 *   https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers
 *   https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */

/** What Apps Script throws when an add-on's user already has a time-driven trigger in the document. */
export const TOO_MANY_TRIGGERS_MESSAGE =
  'This add-on has created too many time-based triggers in this document for this Google user account.';
const HOUR_MS = 60 * 60 * 1000;
/** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyHours(Integer) */
const HOUR_INTERVALS = [1, 2, 4, 6, 8, 12];

export type TriggerSchedule =
  | { every: 'days'; n: number; hour: number; minute: number; timeZone: string }
  | { every: 'hours'; n: number };

export interface TriggerData {
  id: string;
  handler: string;
  /** Who created it, and so whom it runs as. */
  owner: EmulatedUser;
  schedule: TriggerSchedule;
  /** ISO instants. */
  created: string;
  nextRun: string;
}

export interface TriggersSnapshot {
  triggers: TriggerData[];
  nextId: number;
}

export class TriggerStore {
  private readonly byId = new Map<string, TriggerData>();
  private nextId = 1;

  /** Every installed trigger, of every owner, in creation order (copies). */
  all(): TriggerData[] {
    return [...this.byId.values()].map((t) => structuredClone(t));
  }

  ownedBy(email: string): TriggerData[] {
    return [...this.byId.values()].filter((t) => t.owner.email === email);
  }

  get(id: string): TriggerData | undefined {
    return this.byId.get(id);
  }

  add(data: Omit<TriggerData, 'id'>): TriggerData {
    if (this.ownedBy(data.owner.email).length > 0) throw new ScriptException(TOO_MANY_TRIGGERS_MESSAGE);
    const trigger = { id: String(8_000_000_000 + this.nextId++), ...data };
    this.byId.set(trigger.id, trigger);
    return trigger;
  }

  delete(id: string): void {
    this.byId.delete(id);
  }

  /**
   * The triggers due at `at`, each moved to its next run after `at`. A trigger missed several
   * times runs once, as a script that was not running cannot catch up.
   */
  takeDue(at: Date): TriggerData[] {
    const due = [...this.byId.values()].filter((t) => Date.parse(t.nextRun) <= at.getTime());
    for (const t of due) {
      let next = Date.parse(t.nextRun);
      while (next <= at.getTime()) next = following(t.schedule, next);
      t.nextRun = new Date(next).toISOString();
    }
    return due.map((t) => structuredClone(t));
  }

  toJSON(): TriggersSnapshot {
    return { triggers: this.all(), nextId: this.nextId };
  }

  static fromJSON(snapshot: TriggersSnapshot): TriggerStore {
    const store = new TriggerStore();
    for (const t of snapshot.triggers) store.byId.set(t.id, structuredClone(t));
    store.nextId = snapshot.nextId;
    return store;
  }
}

/** The first run strictly after `after`. */
export function firstRun(schedule: TriggerSchedule, after: number): number {
  if (schedule.every === 'hours') return after + schedule.n * HOUR_MS;
  const today = toZoned(after, schedule.timeZone);
  const run = fromZoned({ ...today, hour: schedule.hour, minute: schedule.minute, second: 0, millisecond: 0 }, schedule.timeZone);
  return run > after ? run : following(schedule, run);
}

/** The run after the one at `run`: n days later at the same wall-clock time, or n hours later. */
function following(schedule: TriggerSchedule, run: number): number {
  if (schedule.every === 'hours') return run + schedule.n * HOUR_MS;
  const wall = toZoned(run, schedule.timeZone);
  return fromZoned(
    { ...wall, day: wall.day + schedule.n, hour: schedule.hour, minute: schedule.minute, second: 0, millisecond: 0 },
    schedule.timeZone,
  );
}

/** Who is asking, read at call time. */
export interface TriggerOwner {
  readonly user: EmulatedUser | null;
  readonly scriptTimeZone: string;
}

function integerIn(method: string, value: unknown, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new ScriptException(`Invalid argument: ${method}`);
  return n;
}

export class TriggerImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly data: TriggerData,
    private readonly enums: { EventType: { CLOCK: unknown }; TriggerSource: { CLOCK: unknown } },
  ) {}

  getUniqueId(): string {
    this.env.guard('Trigger', 'getUniqueId', 'authorized');
    return this.data.id;
  }

  getHandlerFunction(): string {
    this.env.guard('Trigger', 'getHandlerFunction', 'authorized');
    return this.data.handler;
  }

  getEventType(): unknown {
    this.env.guard('Trigger', 'getEventType', 'authorized');
    return this.enums.EventType.CLOCK;
  }

  getTriggerSource(): unknown {
    this.env.guard('Trigger', 'getTriggerSource', 'authorized');
    return this.enums.TriggerSource.CLOCK;
  }

  /** A time-driven trigger has no source document. */
  getTriggerSourceId(): null {
    this.env.guard('Trigger', 'getTriggerSourceId', 'authorized');
    return null;
  }
}

/** What ScriptApp gives the builders: its services and enums. */
export interface TriggerContext {
  env: ServiceEnv;
  store: TriggerStore;
  owner: TriggerOwner;
  wrap(data: TriggerData): TriggerImpl;
}

export class ClockTriggerBuilderImpl {
  private days: number | undefined;
  private hours: number | undefined;
  private hour: number | undefined;
  private minute = 0;
  private timeZone: string | undefined;

  constructor(
    private readonly context: TriggerContext,
    private readonly handler: string,
  ) {}

  everyDays(n: number): ClockTriggerBuilderImpl {
    this.context.env.guard('ClockTriggerBuilder', 'everyDays', 'authorized');
    this.days = integerIn('n', n, 1, 366);
    return this;
  }

  everyHours(n: number): ClockTriggerBuilderImpl {
    this.context.env.guard('ClockTriggerBuilder', 'everyHours', 'authorized');
    if (!HOUR_INTERVALS.includes(Number(n))) throw new ScriptException('Invalid argument: n');
    this.hours = Number(n);
    return this;
  }

  atHour(hour: number): ClockTriggerBuilderImpl {
    this.context.env.guard('ClockTriggerBuilder', 'atHour', 'authorized');
    this.hour = integerIn('hour', hour, 0, 23);
    return this;
  }

  nearMinute(minute: number): ClockTriggerBuilderImpl {
    this.context.env.guard('ClockTriggerBuilder', 'nearMinute', 'authorized');
    this.minute = integerIn('minute', minute, 0, 59);
    return this;
  }

  inTimezone(timezone: string): ClockTriggerBuilderImpl {
    this.context.env.guard('ClockTriggerBuilder', 'inTimezone', 'authorized');
    if (!isIntlTimeZone(String(timezone))) throw new ScriptException('Invalid argument: timezone');
    this.timeZone = String(timezone);
    return this;
  }

  create(): TriggerImpl {
    const { env, store, owner } = this.context;
    env.guard('ClockTriggerBuilder', 'create', 'authorized');
    const user = owner.user;
    if (user === null) throw new ScriptException('Emulator: a trigger needs a signed-in user');
    const now = env.now().getTime();
    const schedule = this.schedule(now);
    const data = store.add({
      handler: this.handler,
      owner: { ...user },
      schedule,
      created: new Date(now).toISOString(),
      nextRun: new Date(firstRun(schedule, now)).toISOString(),
    });
    return this.context.wrap(data);
  }

  /** A daily trigger without atHour runs at an hour Apps Script picks: here, the hour it was created. */
  private schedule(now: number): TriggerSchedule {
    if (this.hours !== undefined) {
      if (this.days !== undefined || this.hour !== undefined) throw new ScriptException('Invalid argument: atHour');
      return { every: 'hours', n: this.hours };
    }
    if (this.days === undefined) throw new ScriptException('Emulator: only everyDays and everyHours clock triggers are modelled');
    const timeZone = this.timeZone ?? this.context.owner.scriptTimeZone;
    return { every: 'days', n: this.days, hour: this.hour ?? toZoned(now, timeZone).hour, minute: this.minute, timeZone };
  }
}

export class TriggerBuilderImpl {
  constructor(
    private readonly context: TriggerContext,
    private readonly handler: string,
  ) {}

  timeBased(): ClockTriggerBuilderImpl {
    this.context.env.guard('TriggerBuilder', 'timeBased', 'authorized');
    return new ClockTriggerBuilderImpl(this.context, this.handler);
  }
}
