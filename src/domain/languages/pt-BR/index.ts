import { emails } from './emails';
import { facts } from './facts';
import { labels } from './labels';
import { messages } from './messages';
import { notice } from './notice';
import { sheet } from './sheet';
import { sidebar } from './sidebar';

/** Everything Brazilian Portuguese says, and what it decides besides its words (one folder: docs/languages.md). */
export const ptBR = { facts, messages, sidebar, emails, notice, sheet, labels };
