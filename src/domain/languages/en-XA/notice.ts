import { notice as english } from '../en/notice';
import { pseudoLocalize } from './pseudo';

/** English's notice, pseudo-localized (./pseudo.ts). */
export const notice = pseudoLocalize(english);
