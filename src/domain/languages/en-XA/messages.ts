import { messages as english } from '../en/messages';
import { pseudoLocalize } from './pseudo';

/** English's messages, pseudo-localized (./pseudo.ts). */
export const messages = pseudoLocalize(english);
