import { describe, expect, test } from 'vitest';
import { Emulator } from '../../emulator/index';

describe('HtmlOutput', () => {
  // https://developers.google.com/apps-script/reference/html/html-output#appendUntrusted(String)
  test('appendUntrusted escapes, append does not', () => {
    const em = new Emulator();
    const output = em.services.HtmlService.createHtmlOutput('<p>').append('<b>ok</b>').appendUntrusted('<script>x</script>');
    expect(output.getContent()).toBe('<p><b>ok</b>&lt;script&gt;x&lt;/script&gt;');
  });

  // https://developers.google.com/apps-script/reference/html/html-output#setTitle(String)
  test('setters chain and getters read back', () => {
    const em = new Emulator();
    const output = em.services.HtmlService.createHtmlOutput()
      .setTitle('T')
      .setWidth(320)
      .setHeight(240)
      .setSandboxMode(em.services.HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(em.services.HtmlService.XFrameOptionsMode.DEFAULT)
      .addMetaTag('viewport', 'width=device-width');
    expect([output.getTitle(), output.getWidth(), output.getHeight(), output.getContent()]).toEqual(['T', 320, 240, '']);
  });
});

describe('files', () => {
  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
  test('createHtmlOutputFromFile reads a project file by name', () => {
    const em = new Emulator({ files: { Sidebar: '<h1>Mutirão</h1>' } });
    expect(em.services.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<h1>Mutirão</h1>');
  });

  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
  test('a missing file fails with the Apps Script message', () => {
    const em = new Emulator({ files: {} });
    expect(() => em.services.HtmlService.createHtmlOutputFromFile('Sidebar')).toThrow('No HTML file named Sidebar was found.');
  });

  // https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle#authorization_modes
  // (NONE: menus only; assumed-pessimistic for HtmlService) and
  // https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services ("HTML: can generate HTML")
  test('a file is read in simple triggers and custom functions, but not in AuthMode.NONE', () => {
    const em = new Emulator({ files: { Messages: '<script type="application/json">{}</script>' } });
    const read = () => em.services.HtmlService.createHtmlOutputFromFile('Messages').getContent();
    expect(() => em.run({ kind: 'simple-trigger', authMode: 'NONE' }, read)).toThrow(/You do not have permission to call HtmlService\.createHtmlOutputFromFile/);
    expect(em.run({ kind: 'simple-trigger', authMode: 'LIMITED' }, read)).toContain('{}');
    expect(em.run({ kind: 'custom-function', authMode: 'CUSTOM_FUNCTION' }, read)).toContain('{}');
  });

  // https://developers.google.com/apps-script/reference/html/html-service#createTemplateFromFile(String)
  test('a missing template file fails the same way', () => {
    const em = new Emulator({ files: {} });
    expect(() => em.services.HtmlService.createTemplateFromFile('Help')).toThrow('No HTML file named Help was found.');
  });
});

describe('templates', () => {
  // https://developers.google.com/apps-script/guides/html/templates#printing_scriptlets
  test('printing scriptlets escape HTML', () => {
    const em = new Emulator();
    const template = em.services.HtmlService.createTemplate('<p><?= name ?></p>');
    template['name'] = '<img src=x onerror="alert(1)">';
    expect(template.evaluate().getContent()).toBe('<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>');
  });

  // https://developers.google.com/apps-script/guides/html/templates#force-printing_scriptlets
  test('force-printing scriptlets print raw', () => {
    const em = new Emulator();
    const template = em.services.HtmlService.createTemplate('<div><?!= html ?></div>');
    template['html'] = '<b>bold</b>';
    expect(template.evaluate().getContent()).toBe('<div><b>bold</b></div>');
  });

  // https://developers.google.com/apps-script/guides/html/templates#standard_scriptlets
  test('standard scriptlets run code around text', () => {
    const em = new Emulator();
    const template = em.services.HtmlService.createTemplate('<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul>');
    template['items'] = ['a', 'b & c'];
    expect(template.evaluate().getContent()).toBe('<ul><li>a</li><li>b &amp; c</li></ul>');
  });

  // https://developers.google.com/apps-script/guides/html/templates#calling_apps_script_apis_from_a_template
  test('template code can call Apps Script services', () => {
    const em = new Emulator({ user: { email: 'ana@example.org', locale: 'pt-BR' } });
    const template = em.services.HtmlService.createTemplate('<html lang="<?= Session.getActiveUserLocale() ?>">');
    expect(template.evaluate().getContent()).toBe('<html lang="pt-BR">');
  });

  // https://developers.google.com/apps-script/guides/html/templates#printing_scriptlets
  test('null and undefined print nothing', () => {
    const em = new Emulator();
    const template = em.services.HtmlService.createTemplate('[<?= missing ?>|<?!= nothing ?>]');
    template['missing'] = undefined;
    template['nothing'] = null;
    expect(template.evaluate().getContent()).toBe('[|]');
  });

  // https://developers.google.com/apps-script/reference/html/html-template#getRawContent()
  test('getRawContent returns the unprocessed template', () => {
    const em = new Emulator({ files: { Page: '<?= 1 + 1 ?>' } });
    expect(em.services.HtmlService.createTemplateFromFile('Page').getRawContent()).toBe('<?= 1 + 1 ?>');
  });
});
