import { describe, expect, test } from 'vitest';
import { Emulator } from '../../emulator/index';

describe('Properties', () => {
  // https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)
  test('an unknown key reads as null', () => {
    const em = new Emulator();
    expect(em.services.PropertiesService.getScriptProperties().getProperty('missing')).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
  test('values are stored as strings', () => {
    const em = new Emulator();
    const props = em.services.PropertiesService.getDocumentProperties();
    props.setProperty('count', 3 as unknown as string);
    expect(props.getProperty('count')).toBe('3');
  });

  // https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean)
  test('setProperties with deleteAllOthers replaces everything', () => {
    const em = new Emulator();
    const props = em.services.PropertiesService.getDocumentProperties();
    props.setProperty('old', 'x');
    props.setProperties({ a: '1', b: '2' }, true);
    expect(props.getProperties()).toEqual({ a: '1', b: '2' });
    expect(props.getKeys().sort()).toEqual(['a', 'b']);
  });

  // https://developers.google.com/apps-script/reference/properties/properties#deleteProperty(String)
  test('deleteProperty and deleteAllProperties remove keys', () => {
    const em = new Emulator();
    const props = em.services.PropertiesService.getScriptProperties();
    props.setProperties({ a: '1', b: '2', c: '3' });
    props.deleteProperty('a');
    expect(props.getKeys().sort()).toEqual(['b', 'c']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  // https://developers.google.com/apps-script/reference/properties/properties#getProperties()
  test('getProperties returns a copy', () => {
    const em = new Emulator();
    const props = em.services.PropertiesService.getDocumentProperties();
    props.getProperties()['sneaky'] = 'x';
    expect(props.getProperty('sneaky')).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()
  test('user properties belong to each user', () => {
    const em = new Emulator({ user: { email: 'ana@example.org', locale: 'pt-BR' } });
    em.services.PropertiesService.getUserProperties().setProperty('lang', 'pt-BR');
    em.user = { email: 'bruno@example.org', locale: 'fr' };
    expect(em.services.PropertiesService.getUserProperties().getProperty('lang')).toBeNull();
    expect(em.properties.user).toEqual({ 'ana@example.org': { lang: 'pt-BR' }, 'bruno@example.org': {} });
  });

  // https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
  test('document and script stores are separate', () => {
    const em = new Emulator();
    em.services.PropertiesService.getDocumentProperties().setProperty('k', 'doc');
    em.services.PropertiesService.getScriptProperties().setProperty('k', 'script');
    expect([em.properties.document, em.properties.script]).toEqual([{ k: 'doc' }, { k: 'script' }]);
  });
});
