import { en } from './en';
import { enXA } from './en-XA';
import { fr } from './fr';
import { ptBR } from './pt-BR';
import type { Language } from './types';

/**
 * Languages for tests and the preview only, never offered to a user: `node scripts/build.mjs`
 * builds dist/ (what clasp pushes) as if this list were empty and LANGUAGES did not name it,
 * and `--test-languages` builds .cache/dist-test/ with them (docs/languages.md).
 */
export const TEST_LANGUAGES = [enXA] as const satisfies readonly Language[];

/**
 * The languages the add-on speaks, in the order lists offer them: one import and one entry
 * each. The group reads French and Brazilian Portuguese, and English as a bridge.
 */
export const LANGUAGES = [fr, ptBR, en, ...TEST_LANGUAGES] as const satisfies readonly Language[];
