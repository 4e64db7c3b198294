/** What the preview page draws; shared by the server (view.ts) and the page script. */
export interface TabView {
  readonly name: string;
  readonly rows: string[][];
  readonly notes: string[][];
  readonly backgrounds: string[][];
  readonly frozenRows: number;
}

export interface WorkbookView {
  readonly title: string;
  readonly menu: { readonly title: string; readonly items: ({ caption: string; functionName: string } | null)[] };
  readonly tabs: TabView[];
}
