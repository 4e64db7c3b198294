import { en } from './en';
import { fr } from './fr';
import { ptBR } from './pt-BR';
import type { Language } from './types';

/**
 * The languages the add-on speaks, in the order lists offer them: one import and one entry
 * each. The group reads French and Brazilian Portuguese, and English as a bridge.
 */
export const LANGUAGES = [fr, ptBR, en] as const satisfies readonly Language[];
