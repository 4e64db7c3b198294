import type { Doc } from './context';
import { byName, ProtectionType, type EnumValue } from './enums';
import { SheetsError } from './errors';
import { RangeView } from './range';
import type { ProtectionRecord } from './store';

/** A protected range or sheet. The emulated user owns the document, so canEdit() is true. */
export class ProtectionView {
  constructor(
    private readonly doc: Doc,
    private readonly sheetId: number,
    private readonly id: number,
  ) {}

  private g(method: string, need: 'read' | 'write'): ProtectionRecord {
    this.doc.env.guard('Protection', method, need);
    const record = this.doc.sheet(this.sheetId).state.protections.find((p) => p.id === this.id);
    if (!record) throw new SheetsError('The protection has been removed.');
    return record;
  }

  getProtectionType(): EnumValue {
    return byName(ProtectionType, this.g('getProtectionType', 'read').type);
  }
  getRange(): RangeView {
    const record = this.g('getRange', 'read');
    const state = this.doc.sheet(this.sheetId).state;
    const ref = record.range ?? { row: 1, column: 1, numRows: state.maxRows, numColumns: state.maxColumns };
    return new RangeView(this.doc, this.sheetId, ref);
  }
  getDescription(): string {
    return this.g('getDescription', 'read').description;
  }
  setDescription(description: string): ProtectionView {
    this.g('setDescription', 'write').description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.g('isWarningOnly', 'read').warningOnly;
  }
  setWarningOnly(warningOnly: boolean): ProtectionView {
    this.g('setWarningOnly', 'write').warningOnly = warningOnly === true;
    return this;
  }
  getEditors(): { getEmail(): string }[] {
    return this.g('getEditors', 'read').editors.map((email) => ({ getEmail: () => email }));
  }
  addEditor(email: string): ProtectionView {
    const record = this.g('addEditor', 'write');
    if (!record.editors.includes(email)) record.editors.push(email);
    return this;
  }
  removeEditors(emails: string[]): ProtectionView {
    const record = this.g('removeEditors', 'write');
    record.editors = record.editors.filter((e) => !emails.includes(e));
    return this;
  }
  canEdit(): boolean {
    this.g('canEdit', 'read');
    return true;
  }
  remove(): void {
    this.g('remove', 'write');
    const state = this.doc.sheet(this.sheetId).state;
    state.protections = state.protections.filter((p) => p.id !== this.id);
  }
}
