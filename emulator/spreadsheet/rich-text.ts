import type { ServiceEnv } from '../env';
import { SheetsError } from './errors';

/**
 * RichTextValue and its builder, reduced to their text: the add-on uses rich text only to write
 * user text that no number format can turn into a formula, number, date or boolean.
 * https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value
 * https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value-builder
 */
export class RichTextValueView {
  constructor(
    private readonly env: ServiceEnv,
    readonly text: string,
  ) {}

  getText(): string {
    this.env.guard('RichTextValue', 'getText', 'read');
    return this.text;
  }
  getStartIndex(): number {
    this.env.guard('RichTextValue', 'getStartIndex', 'read');
    return 0;
  }
  getEndIndex(): number {
    this.env.guard('RichTextValue', 'getEndIndex', 'read');
    return this.text.length;
  }
  copy(): RichTextValueBuilderView {
    this.env.guard('RichTextValue', 'copy', 'read');
    return new RichTextValueBuilderView(this.env, this.text);
  }
}

export class RichTextValueBuilderView {
  constructor(
    private readonly env: ServiceEnv,
    private text = '',
  ) {}

  setText(text: string): RichTextValueBuilderView {
    this.env.guard('RichTextValueBuilder', 'setText', 'read');
    if (typeof text !== 'string') {
      throw new SheetsError(`The parameters (${text === null ? 'null' : typeof text}) don't match the method signature for SpreadsheetApp.RichTextValueBuilder.setText.`);
    }
    this.text = text;
    return this;
  }
  build(): RichTextValueView {
    this.env.guard('RichTextValueBuilder', 'build', 'read');
    return new RichTextValueView(this.env, this.text);
  }
}

/** The text of a RichTextValue argument, or the signature error Apps Script gives for anything else. */
export function richTextOf(value: unknown, method: string): string {
  if (value instanceof RichTextValueView) return value.text;
  const type = value === null ? 'null' : Array.isArray(value) ? 'Object[]' : typeof value === 'object' ? 'Object' : typeof value;
  const name = type.charAt(0).toUpperCase() + type.slice(1);
  throw new SheetsError(`The parameters (${name === 'Null' ? 'null' : name}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
}
