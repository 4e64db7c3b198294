import { describe, expect, test } from 'vitest';
import { Emulator } from '../../emulator/index';

function ui(em: Emulator): GoogleAppsScript.Base.Ui {
  return em.services.SpreadsheetApp.getUi();
}

describe('menus', () => {
  // https://developers.google.com/apps-script/guides/menus#custom_menus_in_google_docs_sheets_slides_or_forms
  test('records items, separators and sub-menus', () => {
    const em = new Emulator();
    const u = ui(em);
    u.createMenu('Tools')
      .addItem('One', 'one')
      .addSeparator()
      .addSubMenu(u.createMenu('More').addItem('Two', 'two'))
      .addToUi();
    expect(em.ui.menus).toEqual([
      {
        title: 'Tools',
        addon: false,
        items: [
          { type: 'item', caption: 'One', functionName: 'one' },
          { type: 'separator' },
          { type: 'submenu', menu: { title: 'More', addon: false, items: [{ type: 'item', caption: 'Two', functionName: 'two' }] } },
        ],
      },
    ]);
  });

  // https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()
  test('the add-on menu is titled with the add-on name', () => {
    const em = new Emulator({ addonName: 'Mutirão' });
    ui(em).createAddonMenu().addItem('Open sidebar', 'showSidebar').addToUi();
    expect(em.ui.menus[0]).toMatchObject({ title: 'Mutirão', addon: true });
  });

  // onOpen runs on every open; the menu bar shows one menu per title.
  test('adding a menu again replaces the earlier one', () => {
    const em = new Emulator();
    ui(em).createAddonMenu().addItem('A', 'a').addToUi();
    ui(em).createAddonMenu().addItem('B', 'b').addToUi();
    expect(em.ui.menus).toHaveLength(1);
    expect(em.ui.menus[0]?.items).toEqual([{ type: 'item', caption: 'B', functionName: 'b' }]);
  });
});

describe('sidebar and dialogs', () => {
  // https://developers.google.com/apps-script/guides/dialogs#custom_sidebars
  test('the sidebar keeps its title and content, 300 px wide', () => {
    const em = new Emulator();
    const output = em.services.HtmlService.createHtmlOutput('<p>Hi</p>').setTitle('Mutirão').setWidth(500);
    ui(em).showSidebar(output);
    expect(em.ui.sidebar).toEqual({ title: 'Mutirão', width: 300, height: 0, html: '<p>Hi</p>' });
  });

  // https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)
  test('a modal dialog is recorded with its title and size', () => {
    const em = new Emulator();
    const output = em.services.HtmlService.createHtmlOutput('<p>Help</p>').setWidth(400).setHeight(200);
    ui(em).showModalDialog(output, 'Help');
    expect(em.ui.dialogs).toEqual([{ title: 'Help', width: 400, height: 200, html: '<p>Help</p>', modal: true }]);
  });

  // https://developers.google.com/apps-script/reference/base/ui#showModelessDialog(Object,String)
  test('a modeless dialog is recorded as such', () => {
    const em = new Emulator();
    ui(em).showModelessDialog(em.services.HtmlService.createHtmlOutput('x'), 'Note');
    expect(em.ui.dialogs[0]?.modal).toBe(false);
  });
});

describe('alerts', () => {
  // https://developers.google.com/apps-script/reference/base/ui#alert(String)
  test('alert(prompt) shows an OK alert and returns OK', () => {
    const em = new Emulator();
    const u = ui(em);
    expect(u.alert('Saved')).toBe(u.Button.OK);
    expect(em.ui.alerts).toEqual([{ title: '', prompt: 'Saved', buttons: 'OK', answer: 'OK' }]);
  });

  // https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
  test('a preset answer is what the user clicks', () => {
    const em = new Emulator();
    const u = ui(em);
    em.ui.answerNextAlert('NO');
    expect(u.alert('Sync', 'Send invitations?', u.ButtonSet.YES_NO)).toBe(u.Button.NO);
    expect(em.ui.alerts[0]).toEqual({ title: 'Sync', prompt: 'Send invitations?', buttons: 'YES_NO', answer: 'NO' });
  });

  // https://developers.google.com/apps-script/reference/base/ui#alert(String,ButtonSet)
  test('alert(prompt, buttons) answers the first button by default', () => {
    const em = new Emulator();
    const u = ui(em);
    expect(u.alert('Continue?', u.ButtonSet.YES_NO_CANCEL)).toBe(u.Button.YES);
  });

  // https://developers.google.com/apps-script/reference/base/button ("compared by identity, print their name")
  test('buttons are enum values that print their name', () => {
    const em = new Emulator();
    expect(String(ui(em).Button.CANCEL)).toBe('CANCEL');
  });
});
