import type { Locale } from '../domain/locale';
import type { CityTimes } from '../domain/meetings';
import { mayEmail } from '../domain/privacy';
import type { Member } from '../domain/records';
import { remainingQuota } from '../mail';
import type { Call } from './call';
import { longDate, renderPollClosed } from './emails/render';
import { mailTo, maySendMail } from './mail-run';
import { log, type LogEntry } from './log';

export interface ClosedPoll {
  readonly pollId: string;
  readonly title: string;
  readonly meetingId: string;
  readonly times: CityTimes;
}

/**
 * Tells each respondent who said yes to emails and accepted the privacy notice in force
 * (`noticeVersion`) the time chosen, in their language, with both
 * cities' dates and times; within the day's quota, one Log row each (no body). A poll closes
 * once, so nobody is told twice. Without the mail scope the meeting stands and nobody is told.
 */
export function tellRespondents(call: Call, respondents: readonly Member[], poll: ClosedPoll, workbookLanguage: Locale, noticeVersion: string): number {
  const willing = respondents.filter((m) => mayEmail(m, noticeVersion));
  if (willing.length === 0 || !maySendMail(call)) return 0;
  const spreadsheet = call.workbook.spreadsheet;
  const quota = remainingQuota(call.google.MailApp);
  const entries: LogEntry[] = [];
  for (const member of willing.slice(0, Math.max(0, quota))) {
    const locale = member.language ?? workbookLanguage;
    const when = (c: { date: string; time: string }) => `${longDate(c.date, locale)}, ${c.time}`;
    const email = renderPollClosed({
      locale, name: member.name, title: poll.title, recife: when(poll.times.recife), nantes: when(poll.times.nantes), meeting: poll.meetingId, link: spreadsheet.getUrl(),
    });
    mailTo(call, member.email, email);
    entries.push({ action: 'poll.emailed', target: poll.pollId, details: `${member.id}, ${locale}` });
  }
  if (willing.length > entries.length) entries.push({ action: 'poll.notEmailed', target: poll.pollId, details: `quota: ${willing.length - entries.length}` });
  log(call, entries, workbookLanguage);
  return willing.length > quota ? quota : willing.length;
}
