/**
 * iCalendar text (RFC 5545) for partners whose calendars are not Google's. Times are
 * written in UTC (`…Z`), which every client reads the same way, so no VTIMEZONE is needed.
 */

export interface IcsEvent {
  /** Stable across exports, so that importing again updates rather than duplicates. */
  readonly uid: string;
  readonly start: Date;
  readonly end: Date;
  readonly summary: string;
  readonly description: string;
  readonly location: string;
  /** The meeting's video link (its Meet link), '' when none: the URL property (RFC 5545 §3.8.4.6). */
  readonly url?: string;
}

/** A link that can stand as a URI value as it is: https, no space, quote or angle bracket. */
export function isLinkUri(value: string): boolean {
  return /^https:\/\/[^\s"<>\\^`{|}]+$/.test(value);
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
 * Other control characters are not allowed in TEXT and are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 §3.1): each continuation line
 * starts with a space, which counts towards its 75. Splits fall between code points,
 * never inside a multi-byte character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** 2027-03-27T17:00:00.000Z → 20270327T170000Z (RFC 5545 §3.3.5, UTC form). */
export function utcDateTime(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

export function icsCalendar(events: readonly IcsEvent[], options: { readonly stamp: Date; readonly name: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mutirao//Meetings export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  const stamp = utcDateTime(options.stamp);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcDateTime(event.start)}`,
      `DTEND:${utcDateTime(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== '') lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location !== '') lines.push(`LOCATION:${escapeText(event.location)}`);
    // A URI, not TEXT: written as it is (only a link that needs no escaping gets here).
    if (event.url !== undefined && isLinkUri(event.url)) lines.push(`URL:${event.url}`);
    lines.push('STATUS:CONFIRMED', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
