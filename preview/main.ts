import { startPreview } from './server';

const port = Number(process.env['PORT'] ?? 8080);
// MUTIRAO_LOCALE=en-XA: everyone speaks the pseudo-locale (docs/languages.md), unless the page picks another language.
const preview = await startPreview({ port, language: process.env['MUTIRAO_LOCALE'] });
console.log(`Mutirão preview: ${preview.url}  (Ctrl+C to stop; data in .preview-data/)`);
