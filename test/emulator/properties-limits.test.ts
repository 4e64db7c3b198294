import { describe, expect, test } from 'vitest';
import { Emulator } from '../../emulator/index';
import { MAX_STORE_BYTES, MAX_VALUE_BYTES, STORE_FULL, VALUE_TOO_LARGE } from '../../emulator/properties';

// "Properties value size: 9 KB / val", "Properties total storage: 500 KB / property store":
// https://developers.google.com/apps-script/guides/services/quotas#current_limitations

function documentProperties(em = new Emulator()) {
  return em.services.PropertiesService.getDocumentProperties();
}

describe('property limits', () => {
  test('a value of 9 KB is stored, one byte more is refused and nothing changes', () => {
    const props = documentProperties();
    props.setProperty('k', 'a'.repeat(MAX_VALUE_BYTES));
    expect(() => props.setProperty('k', 'b'.repeat(MAX_VALUE_BYTES + 1))).toThrow(VALUE_TOO_LARGE);
    expect(props.getProperty('k')).toBe('a'.repeat(MAX_VALUE_BYTES));
  });

  test('a value is measured in UTF-8 bytes, so accented text reaches the limit sooner', () => {
    const props = documentProperties();
    expect(() => props.setProperty('k', 'ã'.repeat(MAX_VALUE_BYTES / 2 + 1))).toThrow(VALUE_TOO_LARGE);
  });

  test('a store stops at 500 KB with the quota message', () => {
    const props = documentProperties();
    const value = 'x'.repeat(8_990);
    let stored = 0;
    expect(() => {
      for (;;) {
        props.setProperty(`key${String(stored).padStart(4, '0')}`, value);
        stored++;
      }
    }).toThrow(STORE_FULL);
    expect(stored).toBe(Math.floor(MAX_STORE_BYTES / (8_990 + 7)));
  });

  test('setProperties fails whole when one value is too large', () => {
    const props = documentProperties();
    expect(() => props.setProperties({ small: '1', big: 'x'.repeat(MAX_VALUE_BYTES + 1) })).toThrow(VALUE_TOO_LARGE);
    expect(props.getProperties()).toEqual({});
  });

  test('setProperties fails whole when the store would overflow', () => {
    const props = documentProperties();
    props.setProperty('kept', 'yes');
    const batch = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'x'.repeat(9_000)]));
    expect(() => props.setProperties(batch)).toThrow(STORE_FULL);
    expect(props.getProperties()).toEqual({ kept: 'yes' });
  });

  test('setProperties with deleteAllOthers counts only what stays', () => {
    const props = documentProperties();
    for (let i = 0; i < 50; i++) props.setProperty(`old${i}`, 'x'.repeat(9_000));
    props.setProperties({ fresh: 'x'.repeat(9_000) }, true);
    expect(props.getKeys()).toEqual(['fresh']);
  });

  test('each store has its own 500 KB', () => {
    const em = new Emulator();
    const big = 'x'.repeat(9_000);
    for (let i = 0; i < 50; i++) documentProperties(em).setProperty(`k${i}`, big);
    expect(() => em.services.PropertiesService.getScriptProperties().setProperty('k', big)).not.toThrow();
  });

  test('the propertiesFail fault makes every read and write throw', () => {
    const em = new Emulator({ faults: { propertiesFail: true } });
    const props = documentProperties(em);
    expect(() => props.getProperty('k')).toThrow(/server error/);
    expect(() => props.setProperty('k', 'v')).toThrow(/server error/);
  });
});
