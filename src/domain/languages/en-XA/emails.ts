import { emails as english } from '../en/emails';
import { pseudoLocalize } from './pseudo';

/** English's emails, pseudo-localized (./pseudo.ts). */
export const emails = pseudoLocalize(english);
