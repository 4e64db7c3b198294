import { describe, expect, it } from 'vitest';
import { harness } from './spreadsheet-env';

// EmbeddedChartBuilder: https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder (asBarChart: #asBarChart())
// Sheet.insertChart / getCharts / updateChart / removeChart: https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertChart(EmbeddedChart)

function inserted() {
  const h = harness();
  const sheet = h.sheet();
  const chart = sheet
    .newChart()
    .setChartType('BAR' as unknown as GoogleAppsScript.Charts.ChartType)
    .addRange(sheet.getRange('A1:B6'))
    .setPosition(2, 4, 0, 0)
    .setOption('title', 'Progress')
    .build();
  sheet.insertChart(chart);
  return sheet;
}

describe('charts', () => {
  it('a built chart is not on the sheet until inserted', () => {
    const sheet = harness().sheet();
    const chart = sheet.newChart().addRange(sheet.getRange('A1:B2')).build();
    expect([chart.getChartId(), sheet.getCharts().length]).toEqual([null, 0]);
  });

  it('an inserted chart keeps its ranges, position and options', () => {
    const [chart] = inserted().getCharts();
    const info = chart!.getContainerInfo();
    expect([
      chart!.getRanges().map((r) => r.getA1Notation()),
      [info.getAnchorRow(), info.getAnchorColumn()],
      chart!.getOptions().get('title'),
    ]).toEqual([['A1:B6'], [2, 4], 'Progress']);
  });

  it('records the chart type given to the builder', () => {
    const [chart] = inserted().getCharts();
    expect(chart!.modify().getChartType()).toBe('BAR');
  });

  it('asBarChart() records a bar chart, as setChartType(Charts.ChartType.BAR) does', () => {
    const sheet = harness().sheet();
    sheet.insertChart(sheet.newChart().asBarChart().addRange(sheet.getRange('A1:B3')).build());
    expect(sheet.getCharts()[0]!.modify().getChartType()).toBe('BAR');
  });

  it('updateChart replaces the chart with the modified one', () => {
    const sheet = inserted();
    sheet.updateChart(sheet.getCharts()[0]!.modify().setOption('title', 'New').build());
    expect(sheet.getCharts().map((c) => c.getOptions().get('title'))).toEqual(['New']);
  });

  it('removeChart removes it', () => {
    const sheet = inserted();
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toEqual([]);
  });

  it('modifying without updateChart leaves the sheet unchanged', () => {
    const sheet = inserted();
    sheet.getCharts()[0]!.modify().setOption('title', 'Draft').build();
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBe('Progress');
  });
});
