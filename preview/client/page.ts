import type { ChartView, EmailView, EventView, GuestResponse, WorkbookView } from '../workbook-view';

interface Persona { id: string; label: string }
interface Shown { title: string; width: number; height: number; html: string }
interface MenuOutcome {
  error?: string;
  dialogs: Shown[];
  alerts: { title: string; prompt: string }[];
  toasts: { message: string; title: string }[];
  sidebarOpened: boolean;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const personaSelect = $<HTMLSelectElement>('persona');
const langSelect = $<HTMLSelectElement>('lang');
const frame = $<HTMLIFrameElement>('sidebar-frame');
let currentTab = 0;
/** What the grid shows: the current tab, the emulated Google Calendar, or the emails sent. */
let shown: 'tab' | 'calendar' | 'outbox' = 'tab';

function query(): string {
  const params = new URLSearchParams({ as: personaSelect.value });
  if (langSelect.value) params.set('lang', langSelect.value);
  return `?${params}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attributes: Record<string, string> = {}) {
  const element = document.createElement(tag);
  element.textContent = text;
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
  return element;
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${path}${query()}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as T;
}

function columnName(i: number): string {
  let name = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const ANSWERS = [
  ['accepted', 'Yes'],
  ['tentative', 'Maybe'],
  ['declined', 'No'],
] as const;
const REPLY_WORDS: Record<GuestResponse, string> = { accepted: 'going', tentative: 'maybe', declined: 'not going', needsAction: 'no reply' };

/** "2 going · 1 no reply": the guests' answers, as Calendar counts them. */
function replySummary(replies: EventView['replies']): string {
  const counts = new Map<GuestResponse, number>();
  for (const r of replies) counts.set(r.response, (counts.get(r.response) ?? 0) + 1);
  return (['accepted', 'tentative', 'declined', 'needsAction'] as const)
    .filter((k) => counts.has(k))
    .map((k) => `${counts.get(k)} ${REPLY_WORDS[k]}`)
    .join(' · ');
}

/** The acting person's answer to an invitation, as Calendar's Yes / Maybe / No. */
function answerButtons(e: EventView): HTMLElement {
  const cell = el('td');
  if (e.mine === null) return cell;
  const group = el('div', '', { role: 'group', 'aria-label': `Your answer to ${e.title}` });
  for (const [response, label] of ANSWERS) {
    const button = el('button', label, { type: 'button', 'aria-pressed': String(e.mine === response) });
    button.addEventListener('click', () => void api('/api/answer', { eventId: e.id, response }).then(refresh));
    group.append(button);
  }
  cell.append(group);
  return cell;
}

/** The emulated Google Calendar: each event at its time in both cities, as the guests will see it. */
function renderCalendar(view: WorkbookView): void {
  const clock = (iso: string, timeZone: string) =>
    new Date(iso).toLocaleString('en-GB', { timeZone, weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const table = el('table', '', { 'data-view': 'calendar' });
  const head = el('tr');
  for (const h of ['Meeting', 'Title', 'Start in Recife', 'Start in Nantes', 'End in Nantes', 'Location', 'Guests', 'Calendar', 'Video link', 'Replies', 'Your answer']) {
    head.append(el('th', h));
  }
  const body = el('tbody');
  for (const e of view.events) {
    const row = el('tr');
    for (const cell of [e.meeting, e.title, clock(e.start, 'America/Recife'), clock(e.start, 'Europe/Paris'), clock(e.end, 'Europe/Paris'), e.location, e.guests.join(', '), e.calendarId]) {
      row.append(el('td', cell, { title: cell }));
    }
    const video = el('td');
    if (e.videoLink) video.append(el('a', e.videoLink, { href: e.videoLink, target: '_blank', rel: 'noopener' }));
    const replies = e.replies.map((r) => `${r.email}: ${REPLY_WORDS[r.response]}`).join('\n');
    row.append(video, el('td', replySummary(e.replies), { title: replies, 'data-replies': '' }), answerButtons(e));
    body.append(row);
  }
  table.append(el('thead'), body);
  table.tHead?.append(head);
  const section = el('div', '', { class: 'calendar-view' });
  section.append(el('h2', `Google Calendar (emulated): ${view.events.length} event(s)`), view.events.length ? table : el('p', 'No events yet: a coordinator runs Sync calendar.'));
  $('grid').replaceChildren(section);
}

/** One email as its recipient sees it: the HTML body sandboxed (no scripts, no same origin) above the plain text. */
function renderEmail(email: EmailView): HTMLElement {
  const article = el('article', '', { class: 'email', 'data-email': '' });
  const fields = el('dl');
  const when = new Date(email.sentAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  for (const [name, value] of [['From', email.from], ['To', email.to.join(', ')], ['Reply-To', email.replyTo], ['Sent', when]] as const) {
    if (value) fields.append(el('dt', name), el('dd', value, { 'data-field': name.toLowerCase() }));
  }
  article.append(el('h3', email.subject), fields);
  if (email.htmlBody) {
    const frame = el('iframe', '', { sandbox: '', title: `HTML body: ${email.subject}` }) as HTMLIFrameElement;
    frame.srcdoc = email.htmlBody;
    article.append(frame);
  }
  article.append(el('pre', email.body));
  return article;
}

/** The emails MailApp sent, newest first, as members receive them. */
function renderOutbox(view: WorkbookView): void {
  const section = el('div', '', { class: 'outbox-view', 'data-view': 'outbox' });
  section.append(el('h2', `Outbox (emulated MailApp): ${view.emails.length} email(s)`));
  if (!view.emails.length) section.append(el('p', 'No emails sent yet.'));
  section.append(...view.emails.map(renderEmail));
  $('grid').replaceChildren(section);
}

/** The last selection shown: a new one (Check's "select this cell") brings its tab forward. */
let selectionSeen = 0;

function renderGrid(view: WorkbookView): void {
  const selection = view.selection;
  if (selection && selection.count !== selectionSeen) {
    selectionSeen = selection.count;
    currentTab = selection.tab;
    shown = 'tab';
  }
  $('show-calendar').setAttribute('aria-pressed', String(shown === 'calendar'));
  $('show-outbox').setAttribute('aria-pressed', String(shown === 'outbox'));
  if (shown === 'calendar') return renderCalendar(view);
  if (shown === 'outbox') return renderOutbox(view);
  const tab = view.tabs[currentTab] ?? view.tabs[0];
  const grid = $('grid');
  if (!tab) return grid.replaceChildren(el('p', 'No tabs yet.'));
  const table = el('table');
  table.setAttribute('data-tab', tab.name);
  const head = el('thead');
  const headRow = el('tr');
  headRow.append(el('th'));
  (tab.rows[0] ?? []).forEach((_, i) => headRow.append(el('th', columnName(i))));
  head.append(headRow);
  const body = el('tbody');
  tab.rows.forEach((row, r) => {
    const tr = el('tr', '', r < tab.frozenRows ? { class: 'frozen' } : {});
    tr.append(el('td', String(r + 1), { class: 'rownum' }));
    row.forEach((value, c) => {
      const td = el('td', value, { title: value });
      const note = tab.notes[r]?.[c];
      if (note) {
        td.classList.add('noted');
        td.title = note;
      }
      const background = tab.backgrounds[r]?.[c];
      if (background && background !== '#ffffff') td.style.background = background;
      if (selection && selection.tab === currentTab && selection.row === r + 1 && selection.column === c + 1) {
        td.classList.add('selected');
        td.setAttribute('aria-current', 'true');
      }
      tr.append(td);
    });
    body.append(tr);
  });
  table.append(head, body);
  grid.replaceChildren(table, ...tab.charts.map(renderChart));
  grid.querySelector('td.selected')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** The chart the add-on inserted, drawn as CSS bars beside the grid, as the sheet would show it. */
function renderChart(chart: ChartView): HTMLElement {
  const figure = el('figure', '', { class: 'chart' });
  figure.append(el('figcaption', chart.title));
  for (const bar of chart.bars) {
    const row = el('div', '', { class: 'bar-row', 'data-value': String(bar.value) });
    const track = el('div', '', { class: 'bar-track' });
    const fill = el('div', '', { class: 'bar-fill' });
    fill.style.width = `${Math.max(0, Math.min(100, (bar.value / chart.max) * 100))}%`;
    track.append(fill);
    row.append(el('span', bar.label, { class: 'bar-label', title: bar.label }), track, el('span', bar.text, { class: 'bar-value' }));
    figure.append(row);
  }
  return figure;
}

function renderTabs(view: WorkbookView): void {
  $('tabs').replaceChildren(
    ...view.tabs.map((tab, i) => {
      const button = el('button', tab.name, { type: 'button', role: 'tab', 'aria-selected': String(i === currentTab && shown === 'tab') });
      button.addEventListener('click', () => {
        currentTab = i;
        shown = 'tab';
        void refresh();
      });
      return button;
    }),
  );
}

function renderMenu(view: WorkbookView): void {
  const items = view.menu.items.filter((item): item is { caption: string; functionName: string } => item !== null);
  $('menu').replaceChildren(
    el('strong', `${view.menu.title} › `),
    ...items.map((item) => {
      const button = el('button', item.caption, { type: 'button', 'data-function': item.functionName });
      button.addEventListener('click', () => void runMenu(item.functionName));
      return button;
    }),
  );
}

async function refresh(): Promise<void> {
  const view = await api<WorkbookView>('/api/workbook');
  document.title = `${view.title} — Mutirão preview`;
  renderMenu(view);
  // The grid first: a new selection may bring another tab forward.
  renderGrid(view);
  renderTabs(view);
}

function toast(message: string): void {
  const item = el('div', message, { class: 'toast' });
  $('toasts').append(item);
  setTimeout(() => item.remove(), 6000);
}

function showDialog(title: string, content: Node): void {
  $('dialog-title').textContent = title;
  $('dialog-body').replaceChildren(content);
  $<HTMLDialogElement>('dialog').showModal();
}

function showDialogs(dialogs: readonly Shown[]): void {
  for (const d of dialogs) {
    // The dialog's HTML is the add-on's own; sandboxed all the same, without scripts.
    // allow-downloads, as Apps Script's own dialog frames have: the .ics export is a download link.
    const inner = el('iframe', '', { sandbox: 'allow-downloads', width: String(d.width), height: String(d.height) }) as HTMLIFrameElement;
    inner.srcdoc = d.html;
    showDialog(d.title, inner);
  }
}

async function runMenu(functionName: string): Promise<void> {
  const outcome = await api<MenuOutcome>('/api/menu', { functionName });
  if (outcome.error) showDialog('Error', el('p', outcome.error));
  for (const t of outcome.toasts) toast(t.message);
  for (const a of outcome.alerts) showDialog(a.title, el('p', a.prompt));
  showDialogs(outcome.dialogs);
  if (outcome.sidebarOpened) openSidebar(functionName);
  await refresh();
}

/** Loads the sidebar as the menu item `via` shows it (Open sidebar by default). */
function openSidebar(via?: string): void {
  $('sidebar').hidden = false;
  frame.src = `/sidebar${query()}${via ? `&via=${encodeURIComponent(via)}` : ''}`;
}

async function start(): Promise<void> {
  const personas = await api<Persona[]>('/api/personas');
  personaSelect.replaceChildren(...personas.map((p) => el('option', p.label, { value: p.id })));
  const saved = new URLSearchParams(location.search);
  // A first visit (nobody picked yet) opens "Start here".
  if (!saved.get('as') && !localStorage.getItem('mutirao.as')) $<HTMLDetailsElement>('start-here').open = true;
  personaSelect.value = saved.get('as') ?? localStorage.getItem('mutirao.as') ?? personas[0]?.id ?? '';
  langSelect.value = saved.get('lang') ?? localStorage.getItem('mutirao.lang') ?? '';
  const changed = () => {
    localStorage.setItem('mutirao.as', personaSelect.value);
    localStorage.setItem('mutirao.lang', langSelect.value);
    openSidebar();
    void refresh();
  };
  personaSelect.addEventListener('change', changed);
  langSelect.addEventListener('change', changed);
  $('reset').addEventListener('click', () => {
    void api('/api/reset', {}).then(() => {
      openSidebar();
      return refresh();
    });
  });
  $('show-calendar').addEventListener('click', () => {
    shown = shown === 'calendar' ? 'tab' : 'calendar';
    void refresh();
  });
  $('show-outbox').addEventListener('click', () => {
    shown = shown === 'outbox' ? 'tab' : 'outbox';
    void refresh();
  });
  $('close-sidebar').addEventListener('click', () => ($('sidebar').hidden = true));
  window.addEventListener('message', (event: MessageEvent<{ type?: string; dialogs?: Shown[] }>) => {
    if (event.data?.type === 'mutirao-ran') {
      showDialogs(event.data.dialogs ?? []);
      void refresh();
    }
    if (event.data?.type === 'mutirao-close-sidebar') $('sidebar').hidden = true;
  });
  openSidebar();
  await refresh();
}

void start();
