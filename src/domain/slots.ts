import './zod';
import * as z from 'zod/mini';
import * as f from './fields';
import { instantToZoned, NANTES_ZONE, RECIFE_ZONE, zonedToInstant, type IsoDate, type WallTime } from './time';
import { insideWorkingTime, type Weekday } from './working-days';

export interface MeetingSlot {
  /** The exact start, as an ISO instant. */
  readonly start: string;
  /** The start on each city's clock, HH:MM. */
  readonly recife: WallTime;
  readonly nantes: WallTime;
}

/** What suggestMeetingSlots takes from the meeting form; a blank duration means Settings' default. */
export const slotInput = z.object({
  date: f.required(f.date()),
  durationMinutes: f.optional(f.duration()),
});

export interface SlotRequest {
  readonly date: IsoDate;
  readonly durationMinutes: number;
  /** Working hours, each city on its own clock (Settings). */
  readonly workingHoursStart: WallTime;
  readonly workingHoursEnd: WallTime;
  /** Settings › Working days, read. */
  readonly workingDays: ReadonlySet<Weekday>;
}

const STEP_MS = 30 * 60_000;

/**
 * Start times on `date`, every 30 minutes, at which a meeting of that length begins and
 * ends inside working hours in Recife and in Nantes. Each city's window is turned into
 * instants with its own offset that day, so a clock change in either city moves the
 * overlap as it should. Both cities' offsets are whole hours, so the 30-minute grid in
 * UTC is also a 30-minute grid on both clocks. A start on a day off in either city (its own
 * calendar date) is left out.
 */
export function meetingSlots(request: SlotRequest): MeetingSlot[] {
  let from = Number.NEGATIVE_INFINITY;
  let until = Number.POSITIVE_INFINITY;
  for (const zone of [RECIFE_ZONE, NANTES_ZONE]) {
    from = Math.max(from, zonedToInstant(request.date, request.workingHoursStart, zone).getTime());
    until = Math.min(until, zonedToInstant(request.date, request.workingHoursEnd, zone).getTime());
  }
  const duration = request.durationMinutes * 60_000;
  const slots: MeetingSlot[] = [];
  const working = { start: request.workingHoursStart, end: request.workingHoursEnd, days: request.workingDays };
  for (let start = Math.ceil(from / STEP_MS) * STEP_MS; start + duration <= until; start += STEP_MS) {
    const instant = new Date(start);
    if (!insideWorkingTime(instant, request.durationMinutes, working)) continue;
    slots.push({
      start: instant.toISOString(),
      recife: instantToZoned(instant, RECIFE_ZONE).time,
      nantes: instantToZoned(instant, NANTES_ZONE).time,
    });
  }
  return slots;
}
