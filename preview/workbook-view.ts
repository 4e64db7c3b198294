/** What the preview page draws; shared by the server (view.ts) and the page script. */
export interface TabView {
  readonly name: string;
  readonly rows: string[][];
  readonly notes: string[][];
  readonly backgrounds: string[][];
  readonly frozenRows: number;
  /** The tab's embedded charts, read from what the add-on inserted (the Dashboard's bar chart). */
  readonly charts: readonly ChartView[];
}

/** A bar chart as the sheet would draw it: one bar per row of its data ranges. */
export interface ChartView {
  readonly title: string;
  /** The value axis' end: the chart's hAxis.maxValue, else the largest value. */
  readonly max: number;
  readonly bars: readonly { readonly label: string; readonly value: number; readonly text: string }[];
}

/** An event of the emulated Google Calendar, for the preview's calendar view. */
export interface EventView {
  readonly calendarId: string;
  readonly title: string;
  /** ISO instants. */
  readonly start: string;
  readonly end: string;
  readonly location: string;
  readonly guests: readonly string[];
  /** The meeting the event belongs to (its private property, or the old version's tag), or ''. */
  readonly meeting: string;
  /** The Calendar API's id of the event, which an answer names. */
  readonly id: string;
  /** The Meet link, or ''. */
  readonly videoLink: string;
  /** Each guest's answer, as the Calendar API reports it. */
  readonly replies: readonly { readonly email: string; readonly response: GuestResponse }[];
  /** The acting person's own answer, when they are a guest. */
  readonly mine: GuestResponse | null;
}

/** An email MailApp sent, for the preview's Outbox: what the recipients receive. */
export interface EmailView {
  /** The sender's display name and address, e.g. "Mutirão — Atelier <coord@example.org>". */
  readonly from: string;
  readonly to: readonly string[];
  readonly replyTo: string;
  readonly subject: string;
  readonly body: string;
  /** The HTML body, or '' for a plain-text email. */
  readonly htmlBody: string;
  /** ISO instant. */
  readonly sentAt: string;
}

export type GuestResponse = 'needsAction' | 'declined' | 'tentative' | 'accepted';

export interface WorkbookView {
  readonly title: string;
  readonly menu: { readonly title: string; readonly items: ({ caption: string; functionName: string } | null)[] };
  readonly tabs: TabView[];
  readonly events: readonly EventView[];
  /** Newest first. */
  readonly emails: readonly EmailView[];
  /** The cell the add-on last selected (Range.activate): its tab's index, 1-based row and column, and a counter of selections. */
  readonly selection: { readonly tab: number; readonly row: number; readonly column: number; readonly count: number } | null;
}
