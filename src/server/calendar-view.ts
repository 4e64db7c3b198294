import { meantFor, type Viewer } from '../domain/audience';
import { startOf } from '../domain/calendar-event';
import { recordsOf } from '../domain/records';
import type { MeetingView } from '../contract/sidebar-state';
import type { TableData } from '../sheets/table';

/** The sidebar shows the next few meetings; the tab holds the rest. */
const SHOWN = 10;

/**
 * The planned meetings meant for the viewer that have not started, soonest first, as the
 * sidebar lists them: both cities' times, the Meet link and the replies the last sync counted.
 */
export function upcomingMeetings(data: TableData | undefined, now: Date, viewer: Viewer | undefined): MeetingView[] {
  return recordsOf('meetings', data)
    .filter((m) => m.status === 'planned' && m.id !== '' && meantFor(m.audience, viewer))
    .flatMap((m) => {
      const start = startOf(m)?.instant.getTime();
      return start === undefined || start < now.getTime() ? [] : [{ m, start }];
    })
    .sort((a, b) => a.start - b.start)
    .slice(0, SHOWN)
    .map(({ m }) => ({
      id: m.id,
      title: m.title,
      recifeTime: m.recifeTime,
      nantesTime: m.nantesTime,
      // Only a Meet link becomes a link in the sidebar.
      videoLink: /^https:\/\/meet\.google\.com\/[a-z0-9-]+$/.test(m.videoLink) ? m.videoLink : '',
      replies:
        m.going === undefined && m.noReply === undefined
          ? null
          : { going: m.going ?? 0, maybe: m.maybe ?? 0, notGoing: m.notGoing ?? 0, noReply: m.noReply ?? 0 },
    }));
}
