import { LOCALE_FACTS, type Locale } from './locale';
import { instantToZoned, NANTES_ZONE, RECIFE_ZONE, zonedToInstant, type IsoDate, type WallTime } from './time';

export interface MeetingTime {
  readonly date: IsoDate;
  readonly start: WallTime;
  readonly timeZone: string;
}

export interface CityTimes {
  /** The exact instant the meeting starts. */
  readonly instant: Date;
  readonly recife: { readonly date: IsoDate; readonly time: WallTime };
  readonly nantes: { readonly date: IsoDate; readonly time: WallTime };
}

/**
 * The same start shown in each city's own clock, daylight saving included: a meeting time
 * is only clear to the group when both hubs read it in their time.
 */
export function cityTimes(meeting: MeetingTime): CityTimes {
  const instant = zonedToInstant(meeting.date, meeting.start, meeting.timeZone);
  const recife = instantToZoned(instant, RECIFE_ZONE);
  const nantes = instantToZoned(instant, NANTES_ZONE);
  return { instant, recife: { date: recife.date, time: recife.time }, nantes: { date: nantes.date, time: nantes.time } };
}

/** "27/03/2027 14:00" in fr and pt-BR, "2027-03-27 14:00" in en: the Recife/Nantes time cells. */
export function formatLocalTime(local: { date: IsoDate; time: WallTime }, locale: Locale): string {
  if (!LOCALE_FACTS[locale].dayFirst) return `${local.date} ${local.time}`;
  const [year, month, day] = local.date.split('-');
  return `${day}/${month}/${year} ${local.time}`;
}

/** The zone a coordinator of each hub most likely means. */
export function hubZone(hub: 'Recife' | 'Nantes' | undefined): string {
  return hub === 'Recife' ? RECIFE_ZONE : NANTES_ZONE;
}
