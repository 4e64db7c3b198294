import { fill, type MessageParams } from '../../domain/i18n/wording';
import { INTL_TAG, type Locale } from '../../domain/locale';
import { writtenDate } from '../../domain/written-dates';
import type { ReminderGap } from '../../domain/reminders';
import type { IsoDate } from '../../domain/time';
import { escapeHtml } from '../html';
import { wordsOf } from '../../domain/i18n/source';
import { EMAIL_SENDER, type EmailTexts } from '../../domain/i18n/emails';

/**
 * The emails as members receive them: plain text, and simple HTML where every value is
 * escaped after the words are filled, so nothing typed into a cell (`<b>Ana</b>`,
 * `=HYPERLINK(…)`) can become markup. A link is the spreadsheet's URL, never a cell's text.
 */

export interface RenderedEmail {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

/** A paragraph, or a bulleted list of values. */
type Block = string | { readonly items: readonly string[] };

/** The sender's display name, "Mutirão — <spreadsheet name>". */
export function senderName(spreadsheetName: string): string {
  return fill(EMAIL_SENDER, { spreadsheetName });
}

/** A date written the reader's way (their language's facts): « 15 mars 2027 », "15 de março de 2027", "Mon 15 Mar 2027". */
export const longDate: (date: IsoDate, locale: Locale) => string = writtenDate;

/** The link stays alone at the end of its line (domain/i18n/emails.ts): that is where it becomes an anchor. */
function linkLine(line: string, link: string): { text: string; html: string } {
  const before = line.endsWith(link) ? line.slice(0, line.length - link.length) : line;
  const anchor = `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`;
  return { text: line, html: line.endsWith(link) ? `${escapeHtml(before)}${anchor}` : escapeHtml(line) };
}

function compose(subject: string, blocks: readonly Block[], link: string, locale: Locale): RenderedEmail {
  const text: string[] = [];
  const html: string[] = [];
  for (const block of blocks) {
    if (typeof block === 'string') {
      const line = linkLine(block, link);
      text.push(line.text);
      html.push(`<p>${line.html}</p>`);
    } else if (block.items.length > 0) {
      text.push(block.items.map((item) => `- ${item}`).join('\n'));
      html.push(`<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    }
  }
  return {
    subject,
    body: text.join('\n\n'),
    htmlBody: `<div lang="${locale}" style="font:14px/1.5 Arial,sans-serif;color:#202124">${html.join('')}</div>`,
  };
}

/** An email greets by the first name ("Bonjour Jean,"), as people write to each other. */
const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name;

/**
 * Every email's one shape: its subject, the greeting, its own lines (each filled with `params`
 * and the link, plurals chosen for the reader), then how to reply and how to stop these emails.
 */
function renderEmail(locale: Locale, link: string, params: MessageParams, pick: (texts: EmailTexts) => { subject: string; lines: readonly (Block | false)[] }): RenderedEmail {
  const texts = wordsOf(locale).emails;
  const { subject, lines } = pick(texts);
  const say = (template: string) => fill(template, { ...params, link }, locale);
  const blocks = [texts.greeting, ...lines, texts.reply, texts.stop].flatMap((block) => (block === false ? [] : [typeof block === 'string' ? say(block) : block]));
  return compose(say(subject), blocks, link, locale);
}

export interface ReminderContent {
  readonly locale: Locale;
  readonly name: string;
  readonly kind: ReminderGap;
  readonly deadline: IsoDate;
  readonly days: number;
  /** The objectives still in progress, in the member's language. */
  readonly objectives: readonly string[];
  readonly link: string;
}

export function renderReminder(content: ReminderContent): RenderedEmail {
  const { locale, kind, objectives } = content;
  const params = { name: firstName(content.name), days: content.days, deadline: longDate(content.deadline, locale) };
  return renderEmail(locale, content.link, params, ({ reminder: r }) => ({
    subject: r.subject[kind],
    lines: [r.missing[kind], r.deadline, objectives.length > 0 && r.objectives, { items: objectives }, r.link, r.thanks],
  }));
}

export interface AnswerContent {
  readonly locale: Locale;
  readonly name: string;
  readonly title: string;
  /** The status label in the author's language. */
  readonly status: string;
  /** Only for a prioritized proposal. */
  readonly rank: number | undefined;
  readonly answer: string;
  readonly link: string;
}

export function renderAnswer(content: AnswerContent): RenderedEmail {
  const { rank, answer } = content;
  const params = { name: firstName(content.name), title: content.title, status: content.status, rank: rank ?? '', answer };
  return renderEmail(content.locale, content.link, params, ({ answer: a }) => ({
    subject: a.subject,
    lines: [a.intro, a.status, rank !== undefined && a.rank, answer !== '' && a.answer, a.link],
  }));
}

export interface PollClosedContent {
  readonly locale: Locale;
  readonly name: string;
  readonly title: string;
  /** Each city's date and time, written the reader's way. */
  readonly recife: string;
  readonly nantes: string;
  readonly meeting: string;
  readonly link: string;
}

export function renderPollClosed(content: PollClosedContent): RenderedEmail {
  return renderEmail(content.locale, content.link, { ...content }, ({ pollClosed: p }) => ({ subject: p.subject, lines: [p.intro, p.times, p.invitation, p.link] }));
}

export interface PollReminderContent {
  readonly locale: Locale;
  readonly name: string;
  readonly title: string;
  readonly closes: IsoDate;
  readonly link: string;
}

export function renderPollReminder(content: PollReminderContent): RenderedEmail {
  const { locale } = content;
  return renderEmail(locale, content.link, { ...content, closes: longDate(content.closes, locale) }, ({ pollReminder: p }) => ({ subject: p.subject, lines: [p.intro, p.link] }));
}

export interface MilestoneContent {
  readonly locale: Locale;
  readonly name: string;
  readonly title: string;
  readonly milestone: string;
  readonly doneOn: IsoDate;
  /** The proposal's share of milestones done, 0..1. */
  readonly progress: number;
  readonly link: string;
}

/** A milestone of the author's proposal is done (issue 21). */
export function renderMilestone(content: MilestoneContent): RenderedEmail {
  const { locale } = content;
  const progress = new Intl.NumberFormat(INTL_TAG[locale], { style: 'percent' }).format(content.progress);
  const params = { name: content.name, title: content.title, milestone: content.milestone, doneOn: longDate(content.doneOn, locale), progress };
  return renderEmail(locale, content.link, params, ({ milestone: m }) => ({ subject: m.subject, lines: [m.intro, m.progress, m.link] }));
}
