/** What the calendar endpoints return to the sidebar (PRODUCT.md §4): plain JSON. */

export interface SyncCounts {
  readonly created: number;
  readonly updated: number;
  readonly cancelled: number;
  readonly unchanged: number;
  readonly failed: number;
  /** Meetings not reached before the time budget ran out; the next run finishes them. */
  readonly remaining: number;
  /**
   * Present when Google Calendar's limit on changes stopped some meetings: how many are still to
   * sync (those it refused and those not reached). The sidebar stops and says so.
   */
  readonly quotaLeft?: number;
}

export type { MeetingSlot } from '../domain/slots';

export interface IcsExport {
  readonly filename: string;
  readonly ics: string;
}
