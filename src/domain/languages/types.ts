import type { messages } from './en/messages';
import type { labels } from './en/labels';
import type { sheet } from './en/sheet';
import type { sidebar } from './en/sidebar';

/**
 * The shape of a language's folder, typed from the English one: a language that lacks a text,
 * or has one English does not, fails to compile, with every missing key listed.
 */

/** English's literal texts as the strings any language may put there. */
type Widen<T> = T extends string ? string : T extends readonly (infer U)[] ? readonly Widen<U>[] : { readonly [K in keyof T]: Widen<T[K]> };

export type MessageKey = keyof typeof messages;
/** The server's words (and the field messages the sidebar shares). */
export type Catalog = Readonly<Record<MessageKey, string>>;

export type SidebarMessageKey = keyof typeof sidebar;
/** The sidebar's own words. */
export type SidebarCatalog = Readonly<Record<SidebarMessageKey, string>>;

/** What the workbook says: tab names, headers by tab and column key, Settings rows, seed objectives, default working days. */
export type SheetWords = Widen<typeof sheet>;

/** What a cell's value reads as: dropdown labels by code, metric labels, days of the week. */
export type LabelWords = Widen<Omit<typeof labels, 'former'>> & {
  /** Dropdown labels earlier versions wrote in this language, by enum: label → code. */
  readonly former: { readonly [E in keyof (typeof labels)['enums']]?: Readonly<Record<string, string>> };
};

/**
 * The emails' words, plain text with `{placeholders}`; the code escapes every value and builds
 * the HTML. `{days, plural, =0 {…} one {…} other {…}}` is chosen with Intl.PluralRules for the
 * language (`=0` first, `#` is the number) before the placeholders are filled. `{deadline}` is a
 * date written the member's way; `{status}` the status label in their language; `{link}` the
 * spreadsheet's URL, always last on its line so no punctuation sticks to it.
 */
/** What a late member still owes (src/domain/reminders.ts): each reminder is worded for one. */
type ReminderGap = 'proposal' | 'pledge' | 'both';

export interface EmailTexts {
  /** `{name}`: the member's first name. */
  readonly greeting: string;
  readonly reply: string;
  /** How to stop these emails: the "Emails" choice in the sidebar's "My data". */
  readonly stop: string;
  readonly reminder: {
    readonly subject: Readonly<Record<ReminderGap, string>>;
    readonly missing: Readonly<Record<ReminderGap, string>>;
    readonly deadline: string;
    /** Followed by the list of objectives still in progress. */
    readonly objectives: string;
    readonly link: string;
    readonly thanks: string;
  };
  readonly answer: {
    readonly subject: string;
    readonly intro: string;
    readonly status: string;
    /** Only for a prioritized proposal. */
    readonly rank: string;
    readonly answer: string;
    readonly link: string;
  };
  /** A time poll closed: `{title}`, `{recife}` and `{nantes}` (each city's date and time), `{meeting}`, `{link}`. */
  readonly pollClosed: {
    readonly subject: string;
    readonly intro: string;
    readonly times: string;
    readonly invitation: string;
    readonly link: string;
  };
  /** A poll closes tomorrow or today and the member has not answered: `{title}`, `{closes}` (written the reader's way), `{link}`. */
  readonly pollReminder: {
    readonly subject: string;
    readonly intro: string;
    readonly link: string;
  };
  /** A milestone of the author's proposal is done (issue 21). `{doneOn}` a long date, `{progress}` a percentage. */
  readonly milestone: {
    readonly subject: string;
    readonly intro: string;
    readonly progress: string;
    readonly link: string;
  };
}

/** One part of the notice: a heading and short paragraphs of plain text (the sidebar escapes them). */
export interface NoticeSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export interface PrivacyNotice {
  readonly title: string;
  /** `{version}`: the date in Settings › Privacy notice version, written the reader's way. */
  readonly version: string;
  readonly sections: readonly NoticeSection[];
}

/** What a language decides besides its words: the one place that says what is French, Brazilian or English. */
export interface LocaleFacts {
  /** Its code: the folder's name, what Settings › Language and Members › Language hold. */
  readonly code: string;
  /** Its name, in itself, as the sidebar's language choice shows it. */
  readonly name: string;
  /** The BCP 47 tag given to `Intl`. */
  readonly intl: string;
  /** The language tags Google reports (`Session.getActiveUserLocale()`, `getSpreadsheetLocale()`) it answers: the longest match wins. */
  readonly reportedAs: readonly string[];
  /** Spoken to whoever Google reports in a language we don't have (exactly one language says so). */
  readonly bridge?: true;
  /** dd/mm/yyyy, or the ISO order yyyy-mm-dd. */
  readonly dayFirst: boolean;
  /** The hub a coordinator setting up a workbook in it most likely belongs to, with its city's country. */
  readonly hub: keyof LabelWords['enums']['hub'];
  readonly country: 'BR' | 'FR';
  /** What the registration form suggests to a newcomer speaking it (blank: no guess). */
  readonly newcomer: { readonly hub: string; readonly country: string };
  /** The currency of an amount written without one. */
  readonly currency: keyof LabelWords['enums']['currency'];
  /** A money number format, `¤` standing where the language writes the currency symbol. */
  readonly money: string;
  /** How people writing it type amounts: the decimal mark and the grouping marks they use. */
  readonly decimal: string;
  readonly grouping: string;
  /** Its code for Google's translation (LanguageApp): `pt` is Brazilian Portuguese there. */
  readonly translateAs: string;
  /** A date written for a reader (the sidebar, emails, reports): Intl's options for `intl`. */
  readonly date: Intl.DateTimeFormatOptions;
  /** `false` drops the commas Intl puts in a date: British style writes "Fri 11 Dec 2026" where CLDR has "Fri, 11 Dec 2026". */
  readonly dateCommas?: false;
}

/** One language's folder. */
export interface Language {
  readonly facts: LocaleFacts;
  readonly messages: Catalog;
  readonly sidebar: SidebarCatalog;
  readonly emails: EmailTexts;
  /**
   * What GDPR (France) and LGPD (Brazil) ask the group to tell people before it keeps their
   * data, worded for members rather than lawyers and short enough for a 300 px sidebar.
   * `{coordinators}` is the names of the active coordinators in Members, filled in by the code.
   * Each language is written for its readers, not translated word for word; the words for a
   * pledge and the sidebar's "My data" section must stay those the sidebar itself shows.
   */
  readonly notice: PrivacyNotice;
  readonly sheet: SheetWords;
  readonly labels: LabelWords;
}
