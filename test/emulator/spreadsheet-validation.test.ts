import { describe, expect, it } from 'vitest';
import { harness } from './spreadsheet-env';

// DataValidationBuilder: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
// DataValidation: https://developers.google.com/apps-script/reference/spreadsheet/data-validation

describe('data validation rules', () => {
  it('a list rule reports its criteria and values', () => {
    const h = harness();
    const rule = h.app.newDataValidation().requireValueInList(['Recife', 'Nantes']).build();
    // For VALUE_IN_LIST the criteria values are the list and whether a dropdown shows.
    expect([rule.getCriteriaType(), rule.getCriteriaValues()]).toEqual([
      h.app.DataValidationCriteria.VALUE_IN_LIST,
      [['Recife', 'Nantes'], true],
    ]);
  });

  it('a new rule allows invalid input', () => {
    // setAllowInvalid: "The default for a new data validation rule is true."
    expect(harness().app.newDataValidation().requireValueInList(['a']).build().getAllowInvalid()).toBe(true);
  });

  it('records allowInvalid and help text', () => {
    const rule = harness().app.newDataValidation().requireValueInList(['a']).setAllowInvalid(false).setHelpText('Pick one').build();
    expect([rule.getAllowInvalid(), rule.getHelpText()]).toEqual([false, 'Pick one']);
  });

  it('has no help text unless set', () => {
    // getHelpText: "or null if no help text is set".
    expect(harness().app.newDataValidation().requireDate().build().getHelpText()).toBeNull();
  });

  it('requireDate is a valid-date rule', () => {
    const h = harness();
    expect(h.app.newDataValidation().requireDate().build().getCriteriaType()).toBe(h.app.DataValidationCriteria.DATE_IS_VALID_DATE);
  });
});

describe('validations on ranges', () => {
  it('are null where none is set', () => {
    expect(harness().sheet().getRange('A1:B1').getDataValidations()).toEqual([[null, null]]);
  });

  it('apply to every cell of the range', () => {
    const h = harness();
    h.sheet().getRange('A2:A4').setDataValidation(h.app.newDataValidation().requireValueInList(['yes', 'no']).build());
    const rules = h.sheet().getRange('A1:A4').getDataValidations();
    expect(rules.map(([r]) => r?.getCriteriaValues()[0] ?? null)).toEqual([null, ['yes', 'no'], ['yes', 'no'], ['yes', 'no']]);
  });

  it('are set per cell with setDataValidations', () => {
    const h = harness();
    const rule = h.app.newDataValidation().requireCheckbox().build();
    h.sheet().getRange('A1:B1').setDataValidations([[rule, null]]);
    expect(h.sheet().getRange('A1:B1').getDataValidations()[0]?.map((r) => r === null)).toEqual([false, true]);
  });

  it('are removed by clearDataValidations', () => {
    const h = harness();
    const range = h.sheet().getRange('A1').setDataValidation(h.app.newDataValidation().requireDate().build());
    range.clearDataValidations();
    expect(range.getDataValidation()).toBeNull();
  });

  it('are removed by setDataValidation(null)', () => {
    const h = harness();
    const range = h.sheet().getRange('A1').setDataValidation(h.app.newDataValidation().requireDate().build());
    range.setDataValidation(null);
    expect(range.getDataValidation()).toBeNull();
  });

  it('return values that do not change the rule when mutated', () => {
    const h = harness();
    const range = h.sheet().getRange('A1').setDataValidation(h.app.newDataValidation().requireValueInList(['a']).build());
    (range.getDataValidation()!.getCriteriaValues()[0] as string[]).push('b');
    expect(range.getDataValidation()!.getCriteriaValues()[0]).toEqual(['a']);
  });

  it('copy() starts a builder from an existing rule', () => {
    const h = harness();
    const rule = h.app.newDataValidation().requireValueInList(['a']).setHelpText('h').build();
    expect(rule.copy().setAllowInvalid(false).build().getHelpText()).toBe('h');
  });
});
