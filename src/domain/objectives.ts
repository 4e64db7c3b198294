import type { EnumCode } from './enums';
import type { SheetWords } from './languages/types';
import { localized, LOCALES, normalizeLabel, type Locale, type Localized } from './locale';

/** A seed objective's wording, from each language's folder (src/domain/languages/<language>/sheet.ts). */
const seed = (id: keyof SheetWords['objectives']): Localized => localized((language) => language.sheet.objectives[id]);

export interface SeedObjective {
  readonly id: string;
  readonly objective: Localized;
  readonly metric: EnumCode<'metric'>;
  readonly target: number | undefined;
  readonly status: EnumCode<'objectiveStatus'>;
  readonly priority: EnumCode<'yesNo'>;
}

/**
 * The five objectives of workshop 6 (context/README.md). O1 and O2 were reached at the
 * workshop; O3–O5 are the working group's priorities, measured from the sheet.
 */
export const SEED_OBJECTIVES: readonly SeedObjective[] = [
  {
    id: 'O1',
    objective: seed('O1'),
    metric: 'manual',
    target: undefined,
    status: 'achieved',
    priority: 'no',
  },
  {
    id: 'O2',
    objective: seed('O2'),
    metric: 'manual',
    target: undefined,
    status: 'achieved',
    priority: 'no',
  },
  {
    id: 'O3',
    objective: seed('O3'),
    metric: 'proposals_prioritized',
    target: 5,
    status: 'not started',
    priority: 'yes',
  },
  {
    id: 'O4',
    objective: seed('O4'),
    metric: 'resources_declared',
    target: undefined,
    status: 'not started',
    priority: 'yes',
  },
  {
    id: 'O5',
    objective: seed('O5'),
    metric: 'meetings_scheduled',
    target: 3,
    status: 'not started',
    priority: 'yes',
  },
];

/**
 * An objective's title in `locale`: the seed's wording there when the cell still says what setup
 * wrote in some language, or the cell as a coordinator retyped it.
 */
export function translatedSeed(id: string, text: string, locale: Locale): string {
  const seed = SEED_OBJECTIVES.find((o) => o.id === id);
  const unchanged = seed && LOCALES.some((l) => normalizeLabel(seed.objective[l]) === normalizeLabel(text));
  return unchanged ? seed.objective[locale] : text.trim();
}
