import type { ServiceEnv } from '../env';
import { byName, DataValidationCriteria, type EnumValue } from './enums';
import type { ValidationRule } from './store';

function copyValues(values: unknown[]): unknown[] {
  return values.map((v) => (Array.isArray(v) ? [...(v as unknown[])] : v));
}

const rules = new WeakMap<object, ValidationRule>();

/** The record behind a DataValidation built by this emulator. */
export function ruleOf(view: DataValidationView): ValidationRule {
  const rule = rules.get(view);
  if (!rule) throw new TypeError('Not a DataValidation from SpreadsheetApp.newDataValidation()');
  return rule;
}

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation */
export class DataValidationView {
  constructor(
    private readonly env: ServiceEnv,
    rule: ValidationRule,
  ) {
    rules.set(this, { ...rule, values: copyValues(rule.values) });
  }

  private g(method: string): ValidationRule {
    this.env.guard('DataValidation', method, 'read');
    return ruleOf(this);
  }
  getCriteriaType(): EnumValue {
    return byName(DataValidationCriteria, this.g('getCriteriaType').criteria);
  }
  getCriteriaValues(): unknown[] {
    return copyValues(this.g('getCriteriaValues').values);
  }
  getAllowInvalid(): boolean {
    return this.g('getAllowInvalid').allowInvalid;
  }
  getHelpText(): string | null {
    return this.g('getHelpText').helpText;
  }
  copy(): DataValidationBuilderView {
    return new DataValidationBuilderView(this.env, this.g('copy'));
  }
}

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 * A new rule allows invalid input (shows a warning) until setAllowInvalid(false).
 */
export class DataValidationBuilderView {
  private rule: ValidationRule;

  constructor(
    private readonly env: ServiceEnv,
    from?: ValidationRule,
  ) {
    this.rule = from
      ? { ...from, values: copyValues(from.values) }
      : { criteria: 'VALUE_IN_LIST', values: [[], true], allowInvalid: true, helpText: null };
  }

  private set(method: string, change: Partial<ValidationRule>): DataValidationBuilderView {
    this.env.guard('DataValidationBuilder', method, 'read');
    this.rule = { ...this.rule, ...change };
    return this;
  }
  requireValueInList(values: unknown[], showDropdown = true): DataValidationBuilderView {
    return this.set('requireValueInList', { criteria: 'VALUE_IN_LIST', values: [[...values], showDropdown] });
  }
  requireDate(): DataValidationBuilderView {
    return this.set('requireDate', { criteria: 'DATE_IS_VALID_DATE', values: [] });
  }
  requireCheckbox(): DataValidationBuilderView {
    return this.set('requireCheckbox', { criteria: 'CHECKBOX', values: [] });
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilderView {
    return this.set('requireNumberBetween', { criteria: 'NUMBER_BETWEEN', values: [start, end] });
  }
  requireNumberGreaterThan(n: number): DataValidationBuilderView {
    return this.set('requireNumberGreaterThan', { criteria: 'NUMBER_GREATER_THAN', values: [n] });
  }
  requireTextIsEmail(): DataValidationBuilderView {
    return this.set('requireTextIsEmail', { criteria: 'TEXT_IS_VALID_EMAIL', values: [] });
  }
  setAllowInvalid(allowInvalid: boolean): DataValidationBuilderView {
    return this.set('setAllowInvalid', { allowInvalid: allowInvalid === true });
  }
  setHelpText(helpText: string): DataValidationBuilderView {
    return this.set('setHelpText', { helpText: String(helpText) });
  }
  getCriteriaType(): EnumValue {
    this.env.guard('DataValidationBuilder', 'getCriteriaType', 'read');
    return byName(DataValidationCriteria, this.rule.criteria);
  }
  getCriteriaValues(): unknown[] {
    this.env.guard('DataValidationBuilder', 'getCriteriaValues', 'read');
    return copyValues(this.rule.values);
  }
  build(): DataValidationView {
    this.env.guard('DataValidationBuilder', 'build', 'read');
    return new DataValidationView(this.env, this.rule);
  }
}
