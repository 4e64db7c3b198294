import { sheet as english } from '../en/sheet';
import { pseudoLocalize } from './pseudo';

/** English's sheet, pseudo-localized (./pseudo.ts). */
export const sheet = pseudoLocalize(english);
