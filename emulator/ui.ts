import type { ServiceEnv } from './env';
import { EnumValue, makeEnum } from './enums';
import { ScriptException } from './errors';
import { HtmlOutputImpl } from './html';

/**
 * SpreadsheetApp.getUi(): menus, sidebar, dialogs and alerts, recorded on a UiRecord so that
 * tests and the local preview can see (and answer) what the script showed.
 * https://developers.google.com/apps-script/reference/base/ui
 */

export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; menu: MenuRecord };

export interface MenuRecord {
  title: string;
  /** Built with createAddonMenu(): shown under Extensions › <add-on name>. */
  addon: boolean;
  items: MenuEntry[];
}

export interface ShownHtml {
  title: string;
  width: number;
  height: number;
  html: string;
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  answer: ButtonName;
}

/** Google Sheets draws every sidebar 300 px wide, whatever setWidth() said. */
export const SIDEBAR_WIDTH = 300;

export class UiRecord {
  menus: MenuRecord[] = [];
  sidebar: ShownHtml | null = null;
  dialogs: (ShownHtml & { modal: boolean })[] = [];
  alerts: AlertRecord[] = [];
  private readonly answers: ButtonName[] = [];

  constructor(readonly addonName: string) {}

  /** The button the (imaginary) user will click on the next alert. */
  answerNextAlert(button: ButtonName): void {
    this.answers.push(button);
  }

  /** Without a preset answer the user clicks the first button of the set (OK or Yes). */
  takeAnswer(buttons: ButtonSetName): ButtonName {
    return this.answers.shift() ?? (buttons.startsWith('YES') ? 'YES' : 'OK');
  }

  addMenu(menu: MenuRecord): void {
    // Running onOpen again replaces a menu rather than adding a second one with the same title.
    const at = this.menus.findIndex((m) => m.title === menu.title);
    if (at >= 0) this.menus[at] = menu;
    else this.menus.push(menu);
  }
}

class MenuImpl {
  readonly items: MenuEntry[] = [];

  constructor(
    private readonly env: ServiceEnv,
    private readonly record: UiRecord,
    readonly title: string,
    readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): MenuImpl {
    this.env.guard('Menu', 'addItem', 'ui-menu');
    this.items.push({ type: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): MenuImpl {
    this.env.guard('Menu', 'addSeparator', 'ui-menu');
    this.items.push({ type: 'separator' });
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): MenuImpl {
    this.env.guard('Menu', 'addSubMenu', 'ui-menu');
    if (!(menu instanceof MenuImpl)) throw new ScriptException('Invalid argument: menu');
    this.items.push({ type: 'submenu', menu: menu.snapshot() });
    return this;
  }

  addToUi(): void {
    this.env.guard('Menu', 'addToUi', 'ui-menu');
    this.record.addMenu(this.snapshot());
  }

  private snapshot(): MenuRecord {
    return { title: this.title, addon: this.addon, items: structuredClone(this.items) };
  }
}

function view(output: unknown): ShownHtml {
  if (!(output instanceof HtmlOutputImpl)) throw new ScriptException('Invalid argument: userInterface');
  return HtmlOutputImpl.view(output);
}

class UiImpl {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly env: ServiceEnv,
    private readonly record: UiRecord,
  ) {}

  createMenu(caption: string): MenuImpl {
    this.env.guard('Ui', 'createMenu', 'ui-menu');
    return new MenuImpl(this.env, this.record, String(caption), false);
  }

  createAddonMenu(): MenuImpl {
    this.env.guard('Ui', 'createAddonMenu', 'ui-menu');
    return new MenuImpl(this.env, this.record, this.record.addonName, true);
  }

  showSidebar(output: unknown): void {
    this.env.guard('Ui', 'showSidebar', 'ui');
    this.record.sidebar = { ...view(output), width: SIDEBAR_WIDTH };
  }

  showModalDialog(output: unknown, title: string): void {
    this.env.guard('Ui', 'showModalDialog', 'ui');
    this.record.dialogs.push({ ...view(output), title: String(title), modal: true });
  }

  showModelessDialog(output: unknown, title: string): void {
    this.env.guard('Ui', 'showModelessDialog', 'ui');
    this.record.dialogs.push({ ...view(output), title: String(title), modal: false });
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(...args: unknown[]): EnumValue {
    this.env.guard('Ui', 'alert', 'ui');
    const [title, prompt, set] =
      args.length >= 3 ? args : args[1] instanceof EnumValue ? ['', args[0], args[1]] : ['', args[0], ButtonSet.OK];
    const buttons = (set instanceof EnumValue ? set.name() : 'OK') as ButtonSetName;
    const answer = this.record.takeAnswer(buttons);
    this.record.alerts.push({ title: String(title), prompt: String(prompt), buttons, answer });
    return Button[answer];
  }
}

export function createUi(env: ServiceEnv, record: UiRecord): GoogleAppsScript.Base.Ui {
  return new UiImpl(env, record) as unknown as GoogleAppsScript.Base.Ui;
}
