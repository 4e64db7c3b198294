import { sidebar as english } from '../en/sidebar';
import { pseudoLocalize } from './pseudo';

/** English's sidebar, pseudo-localized (./pseudo.ts). */
export const sidebar = pseudoLocalize(english);
