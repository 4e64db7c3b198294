import type { Doc } from './context';
import { RangeView } from './range';
import type { ChartRecord } from './store';

function cloneRecord(r: ChartRecord): ChartRecord {
  return JSON.parse(JSON.stringify(r)) as ChartRecord;
}

/** A chart as built or as inserted; id 0 until Sheet.insertChart gives it one. */
export class EmbeddedChartView {
  constructor(
    private readonly doc: Doc,
    readonly sheetId: number,
    private readonly record: ChartRecord,
  ) {}

  /** The chart's data, for Sheet.insertChart/updateChart. */
  snapshot(): ChartRecord {
    return cloneRecord(this.record);
  }

  private g(method: string): ChartRecord {
    this.doc.env.guard('EmbeddedChart', method, 'read');
    return this.record;
  }
  getChartId(): number | null {
    const id = this.g('getChartId').id;
    return id === 0 ? null : id;
  }
  getRanges(): RangeView[] {
    return this.g('getRanges').ranges.map(({ sheetId, ...ref }) => new RangeView(this.doc, sheetId, ref));
  }
  getOptions(): { get(option: string): unknown } {
    const options = cloneRecord(this.g('getOptions')).options;
    return { get: (option: string) => options[option] ?? null };
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number; getOffsetX(): number; getOffsetY(): number } {
    const r = this.g('getContainerInfo');
    return {
      getAnchorRow: () => r.anchorRow,
      getAnchorColumn: () => r.anchorColumn,
      getOffsetX: () => r.offsetX,
      getOffsetY: () => r.offsetY,
    };
  }
  modify(): EmbeddedChartBuilderView {
    return new EmbeddedChartBuilderView(this.doc, this.sheetId, cloneRecord(this.g('modify')));
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder */
export class EmbeddedChartBuilderView {
  constructor(
    private readonly doc: Doc,
    private readonly sheetId: number,
    private readonly record: ChartRecord = {
      id: 0,
      chartType: null,
      ranges: [],
      anchorRow: 1,
      anchorColumn: 1,
      offsetX: 0,
      offsetY: 0,
      options: {},
    },
  ) {}

  private g(method: string): ChartRecord {
    this.doc.env.guard('EmbeddedChartBuilder', method, 'read');
    return this.record;
  }
  /** Charts.ChartType belongs to another service: its value is recorded by name. */
  setChartType(type: unknown): EmbeddedChartBuilderView {
    this.g('setChartType').chartType = String(type);
    return this;
  }
  /** Sheets' own shortcut for setChartType(Charts.ChartType.BAR); one builder stands for the typed ones. */
  asBarChart(): EmbeddedChartBuilderView {
    this.g('asBarChart').chartType = 'BAR';
    return this;
  }
  getChartType(): string | null {
    return this.g('getChartType').chartType;
  }
  addRange(range: RangeView): EmbeddedChartBuilderView {
    this.g('addRange').ranges.push({ sheetId: range.sheetIdOf(), ...range.gridRef() });
    return this;
  }
  clearRanges(): EmbeddedChartBuilderView {
    this.g('clearRanges').ranges = [];
    return this;
  }
  getRanges(): RangeView[] {
    return this.g('getRanges').ranges.map(({ sheetId, ...ref }) => new RangeView(this.doc, sheetId, ref));
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): EmbeddedChartBuilderView {
    Object.assign(this.g('setPosition'), { anchorRow, anchorColumn, offsetX, offsetY });
    return this;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilderView {
    this.g('setOption').options[option] = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    return this;
  }
  build(): EmbeddedChartView {
    return new EmbeddedChartView(this.doc, this.sheetId, cloneRecord(this.g('build')));
  }
}
