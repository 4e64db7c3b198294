import { labels as english } from '../en/labels';
import { pseudoLocalize } from './pseudo';

/** English's labels, pseudo-localized (./pseudo.ts). */
export const labels = pseudoLocalize(english);
