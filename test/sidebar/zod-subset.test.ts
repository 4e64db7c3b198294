import { beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { ENUMS, enumLabels, type EnumName } from '../../src/domain/enums';
import { wordingFor } from '../../src/domain/i18n';
import { LOCALES } from '../../src/domain/locale';
import type * as Submissions from '../../src/domain/submissions';
import type * as Tables from '../../src/domain/tables';
import type * as Validate from '../../src/domain/validate';

/**
 * The sidebar's pages run the shared schemas with src/sidebar/zod-subset.ts in place of zod/mini
 * (scripts/build.mjs). Here the same modules are loaded twice, once with each engine, and must
 * give the same verdict in the same words: on every submission a form sends, and on every
 * column's rule (which between them use every field builder of src/domain/fields.ts).
 */
interface Engine {
  submissions: typeof Submissions;
  tables: typeof Tables;
  validate: typeof Validate;
}

async function load(): Promise<Engine> {
  return {
    submissions: await import('../../src/domain/submissions'),
    tables: await import('../../src/domain/tables'),
    validate: await import('../../src/domain/validate'),
  };
}

let zod: Engine;
let subset: Engine;

beforeAll(async () => {
  vi.resetModules();
  zod = await load();
  vi.resetModules();
  vi.doMock('zod/mini', () => import('../../src/sidebar/zod-subset'));
  subset = await load();
  vi.doUnmock('zod/mini');
  vi.resetModules();
});

/** What people type, and what a sheet's cell holds: blanks, near misses and valid values of every rule. */
const LABELS = (Object.keys(ENUMS) as EnumName[]).flatMap((name) => LOCALES.flatMap((locale) => enumLabels(name, locale)));
const SAMPLES = [
  undefined, null, '', '  ', true, false, 'true', 'false', 0, -1, 1, 2.5, 15, 14, 600, 601, Number.NaN, Number.POSITIVE_INFINITY,
  '0', '12', '12,5', '12.5', '-3', '1 234,50', '1.234,50', '1,234.50', '1 234.5', '€ 12', 'R$ 10', '10 €', '0,001', '99999999999999',
  '2026-12-11', '2020-02-30', '2999-01-01', '2000-01-01', ' 2026-12-11 ', '11/12/2026', '10:30', '24:00', '9:30', ' 08:00 ',
  'Europe/Paris', 'America/Recife', 'Mars/Base', '+03:00', 'BR', 'br', 'FR', 'UK', 'EU', 'O3', 'O', 'o3', 'PRO-001', 'PRO-1', 'MEM-012',
  'PRO-001, PRO-002', 'PRO-001;x', 'a@b.co', 'Ana@Example.org', 'not@', '5, 1', '5;;1', '2026-12-11 10:00\n2026-12-12 10:00',
  '2026-12-11 10:00\n2026-12-11 10:00', 'x'.repeat(150), 'x'.repeat(151), 'x'.repeat(2001), '😀'.repeat(120), 'ab', 'abc',
  [], {}, new Date(Date.UTC(2026, 11, 11)),
  ...LABELS,
];
const value = fc.oneof(fc.constantFrom(...SAMPLES), fc.string(), fc.integer(), fc.double());

const TODAY = '2026-12-07';

describe('the sidebar’s zod subset', () => {
  it('is what the member’s and the coordinator’s pages carry, in place of zod', () => {
    for (const page of ['Sidebar-fr', 'Sidebar-coordinator-fr']) {
      const html = readFileSync(new URL(`../../dist/${page}.html`, import.meta.url), 'utf8');
      // zod names its classes at run time ("$ZodType"); the subset has none.
      expect(html, page).not.toContain('$ZodType');
    }
  });

  it('checks every submission as zod does, every problem worded the same, in each language', () => {
    for (const kind of Object.keys(zod.submissions.SUBMISSIONS) as (keyof typeof Submissions.SUBMISSIONS)[]) {
      const keys = Object.keys((zod.submissions.SUBMISSIONS[kind] as unknown as { def: { shape: object } }).def.shape);
      const input = fc.dictionary(fc.constantFrom(...keys), value);
      fc.assert(
        fc.property(input, fc.constantFrom(...LOCALES), (typed, locale) => {
          const wording = wordingFor(locale);
          const expected = zod.submissions.checkSubmission(kind, typed, wording, TODAY);
          expect(subset.submissions.checkSubmission(kind, typed, wording, TODAY)).toEqual(expected);
        }),
        { numRuns: 400 },
      );
    }
  });

  it('finds the same problems in a submission that is not an object', () => {
    for (const input of [undefined, null, 'x', 3, []]) {
      const wording = wordingFor('fr');
      expect(subset.submissions.checkSubmission('proposal', input, wording, TODAY)).toEqual(zod.submissions.checkSubmission('proposal', input, wording, TODAY));
    }
  });

  it('checks each field of a submission alone as zod does, with every sample value', () => {
    for (const kind of Object.keys(zod.submissions.SUBMISSIONS) as (keyof typeof Submissions.SUBMISSIONS)[]) {
      for (const key of Object.keys((zod.submissions.SUBMISSIONS[kind] as unknown as { def: { shape: object } }).def.shape)) {
        for (const sample of SAMPLES) {
          const wording = wordingFor('pt-BR');
          const typed = { [key]: sample };
          expect(subset.submissions.checkSubmission(kind, typed, wording, TODAY), `${kind}.${key} ${String(sample)}`).toEqual(zod.submissions.checkSubmission(kind, typed, wording, TODAY));
        }
      }
    }
  });

  describe('reads every column’s cell as zod does', () => {
    const columns = () =>
      zod.tables.TABLES.flatMap((table, t) =>
        table.columns.map((column, c) => ({ name: `${table.key}.${column.key}`, zod: column.schema, subset: subset.tables.TABLES[t]?.columns[c]?.schema })),
      );
    const same = (column: ReturnType<typeof columns>[number], cell: unknown, locale: (typeof LOCALES)[number]) => {
      const wording = wordingFor(locale);
      expect(subset.validate.check(column.subset as never, cell, wording), `${column.name} ${String(cell)}`).toEqual(zod.validate.check(column.zod as never, cell, wording));
    };

    it('with every sample value, in each language in turn', () => {
      columns().forEach((column, i) => SAMPLES.forEach((cell, j) => same(column, cell, LOCALES[(i + j) % LOCALES.length] ?? 'en')));
    });

    it('with any text or number', () => {
      fc.assert(fc.property(fc.constantFrom(...columns()), value, fc.constantFrom(...LOCALES), same), { numRuns: 3000 });
    });
  });
});
