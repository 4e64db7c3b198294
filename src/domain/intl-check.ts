/**
 * Whether this runtime's Intl knows the two cities' zones, daylight saving included: every
 * date the add-on reads or shows relies on Intl.DateTimeFormat with a timeZone and
 * formatToParts. The instants straddle Europe/Paris's changes of 2026 (29 March and
 * 25 October, at 01:00 UTC); Recife has kept UTC−3 all year since 2019.
 */
const EXPECTED: readonly (readonly [zone: string, instant: string, wallClock: string])[] = [
  ['Europe/Paris', '2026-03-29T00:30:00Z', '2026-03-29 01:30'],
  ['Europe/Paris', '2026-03-29T01:30:00Z', '2026-03-29 03:30'],
  ['Europe/Paris', '2026-10-25T00:30:00Z', '2026-10-25 02:30'],
  ['Europe/Paris', '2026-10-25T01:30:00Z', '2026-10-25 02:30'],
  ['America/Recife', '2026-03-29T00:30:00Z', '2026-03-28 21:30'],
  ['America/Recife', '2026-10-25T01:30:00Z', '2026-10-24 22:30'],
];

/** The Intl the checks use: the runtime's, or a broken one a test passes in. */
export type IntlLike = Pick<typeof Intl, 'DateTimeFormat'>;

function wallClock(intl: IntlLike, zone: string, instant: Date): string {
  const parts = new intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '?';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** Each instant that came out wrong, as "zone instant → got (expected)"; empty when Intl is right. */
export function intlZoneErrors(intl: IntlLike): string[] {
  return EXPECTED.flatMap(([zone, instant, expected]) => {
    let got: string;
    try {
      got = wallClock(intl, zone, new Date(instant));
    } catch (error) {
      got = String(error);
    }
    return got === expected ? [] : [`${zone} ${instant} → ${got} (${expected})`];
  });
}
