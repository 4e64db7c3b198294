import { describe, expect, it } from 'vitest';
import type { TableKey } from '../../src/domain/tables';
import { parseSource, sourceName, TRANSLATABLE } from '../../src/domain/translations';

describe('the texts a member may have translated (issue 22)', () => {
  it('names each by its English tab and column, and reads the name back', () => {
    const names = (Object.entries(TRANSLATABLE) as [TableKey, readonly string[]][]).flatMap(([table, columns]) => columns.map((column) => sourceName({ table, id: 'X-001', column })));
    expect(names).toEqual([
      'Proposals!X-001!Title', 'Proposals!X-001!Description', 'Proposals!X-001!Resources needed', 'Proposals!X-001!Answer',
      'Meetings!X-001!Minutes', 'Polls!X-001!Title', 'Milestones!X-001!Milestone',
    ]);
    for (const name of names) expect(sourceName(parseSource(name) ?? { table: 'log', id: '', column: '' })).toBe(name);
  });

  it('refuses any other cell: what people do not read in the sidebar, or what is not text', () => {
    for (const name of ['Meetings!MTG-001!Agenda', 'Meetings!MTG-001!Title', 'Polls!POL-001!Location', 'Milestones!MIL-001!Notes', 'Members!MEM-001!Email', 'Réunions!MTG-001!Compte rendu', 'Meetings!MTG-001!Minutes!x', 'Meetings!!Minutes']) {
      expect(parseSource(name), name).toBeUndefined();
    }
  });
});
