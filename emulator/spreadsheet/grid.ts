/**
 * One layer of per-cell data (contents, notes, formats, …) for a sheet, 0-based.
 * Rows are plain arrays created on first write, so a 3,000 × 15 batch is a few thousand
 * array stores rather than tens of thousands of string-keyed map entries.
 */
export class Grid<T> {
  private rows: ((T | undefined)[] | undefined)[] = [];

  get(r: number, c: number): T | undefined {
    return this.rows[r]?.[c];
  }

  set(r: number, c: number, v: T | undefined): void {
    let row = this.rows[r];
    if (v === undefined) {
      if (row && c < row.length) row[c] = undefined;
      return;
    }
    if (!row) {
      row = [];
      this.rows[r] = row;
    }
    row[c] = v;
  }

  clear(r0: number, c0: number, nr: number, nc: number): void {
    for (let r = r0; r < r0 + nr && r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = c0; c < c0 + nc && c < row.length; c++) row[c] = undefined;
    }
  }

  insertRows(at: number, n: number): void {
    if (at < this.rows.length) this.rows.splice(at, 0, ...new Array<undefined>(n));
  }

  deleteRows(at: number, n: number): void {
    this.rows.splice(at, n);
  }

  insertColumns(at: number, n: number): void {
    for (const row of this.rows) if (row && at < row.length) row.splice(at, 0, ...new Array<undefined>(n));
  }

  deleteColumns(at: number, n: number): void {
    for (const row of this.rows) if (row) row.splice(at, n);
  }

  /** Reorders every row's columns: `order[i]` is the former (0-based) column now at i. */
  permuteColumns(order: readonly number[]): void {
    this.rows = this.rows.map((row) => (row ? order.map((from) => row[from]) : row));
  }

  /** 1-based number of the last row holding a value, 0 when none. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row && row.some((v) => v !== undefined)) return r + 1;
    }
    return 0;
  }

  /** 1-based number of the last column holding a value, 0 when none. */
  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (row[c] !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  toJSON(): (T | null)[][] {
    return Array.from(this.rows, (row) => (row ? Array.from(row, (v) => (v === undefined ? null : v)) : []));
  }

  static fromJSON<T>(json: unknown): Grid<T> {
    const grid = new Grid<T>();
    if (!Array.isArray(json)) return grid;
    json.forEach((row: unknown, r) => {
      if (!Array.isArray(row)) return;
      row.forEach((v: unknown, c) => {
        if (v !== null && v !== undefined) grid.set(r, c, v as T);
      });
    });
    return grid;
  }
}
