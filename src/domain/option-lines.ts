import { isIsoDate, isWallTime, type IsoDate, type WallTime } from './time';

/**
 * A poll's Options cell (PRODUCT.md §2): candidate starts, one per line, `YYYY-MM-DD HH:MM`
 * in the poll's Time zone. A line is the option's identity: answers and Chosen name it.
 */

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 12;

export interface OptionStart {
  readonly date: IsoDate;
  readonly time: WallTime;
}

/** `2027-03-04 14:00` (spaces around tolerated, a `T` too), or undefined when it is no date and time. */
export function parseOptionLine(line: string): OptionStart | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T]+(\d{2}:\d{2})$/.exec(line.trim());
  if (!match) return undefined;
  const [, date = '', time = ''] = match;
  return isIsoDate(date) && isWallTime(time) ? { date, time } : undefined;
}

export function optionLine(start: OptionStart): string {
  return `${start.date} ${start.time}`;
}

/** The cell's non-blank lines, trimmed, in order. */
export function optionLines(cell: string): string[] {
  return cell.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

/** Why an Options cell is not a list of 2–12 distinct starts; undefined when it is. */
export function optionsProblem(cell: string): { key: 'pollOptionLine'; line: string } | { key: 'pollOptionCount' } | { key: 'pollOptionTwice'; line: string } | undefined {
  const lines = optionLines(cell);
  const bad = lines.find((line) => !parseOptionLine(line));
  if (bad !== undefined) return { key: 'pollOptionLine', line: bad };
  if (lines.length < MIN_OPTIONS || lines.length > MAX_OPTIONS) return { key: 'pollOptionCount' };
  const normalized = lines.map((line) => optionLine(parseOptionLine(line) as OptionStart));
  const twice = normalized.find((line, i) => normalized.indexOf(line) !== i);
  return twice === undefined ? undefined : { key: 'pollOptionTwice', line: twice };
}

/** Proposal IDs typed in one cell, separated by commas (semicolons and spaces tolerated). */
export function idList(cell: string): string[] {
  return cell.split(/[,;\s]+/).map((id) => id.trim()).filter(Boolean);
}
