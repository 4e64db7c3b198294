export type { EmailTexts } from '../languages/types';

/**
 * The sender's name and the signature, the same in every language. The emails' words live in
 * each language's folder (src/domain/languages/<code>/emails.ts, with the placeholders they
 * take) and reach Code.js through the Messages pages.
 */
export const EMAIL_SENDER = 'Mutirão — {spreadsheetName}';
