import { describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator';
import { t } from '../../src/domain/i18n';
import { bundledWords } from '../../src/domain/i18n/bundled';
import { readWordsFrom } from '../../src/domain/i18n/source';
import { readWordsPage, wordsFromPages, wordsPage, wordsPageName } from '../../src/server/words-page';

describe('the Messages pages', () => {
  it('carry a language’s words through HtmlService unchanged, even words that look like markup', () => {
    const words = bundledWords('pt-BR');
    const tricky = { ...words, messages: { ...words.messages, 'app.name': '</script><?= 1 ?><!-- Mutirão' } };
    const page = wordsPage(tricky);
    expect(page).not.toContain('<?');
    expect(page.indexOf('</script>')).toBe(page.lastIndexOf('</script>'));
    const em = new Emulator({ files: { [wordsPageName('pt-BR')]: page } });
    expect(readWordsPage(em.services.HtmlService.createHtmlOutputFromFile('Messages-pt-BR').getContent())).toEqual(tricky);
  });

  it('are read once per language, when something is said in it', () => {
    const em = new Emulator({ files: { 'Messages-fr': wordsPage(bundledWords('fr')), 'Messages-en': wordsPage(bundledWords('en')) } });
    try {
      readWordsFrom(wordsFromPages(() => em.services.HtmlService));
      expect(em.meter.count('HtmlService')).toBe(0);
      expect(t('fr', 'error.busy')).toBe(bundledWords('fr').messages['error.busy']);
      expect(t('fr', 'error.notSetUp')).toBe(bundledWords('fr').messages['error.notSetUp']);
      expect(t('en', 'error.busy')).toBe(bundledWords('en').messages['error.busy']);
      expect(em.meter.snapshot()['HtmlService.createHtmlOutputFromFile']).toBe(2);
    } finally {
      readWordsFrom(bundledWords);
    }
  });

  it('refuse a page that lost its script element rather than saying nothing', () => {
    expect(() => readWordsPage('<p>nothing</p>')).toThrow(/Messages page/);
  });
});
