import { startPreview } from './server';

const port = Number(process.env['PORT'] ?? 8080);
const preview = await startPreview({ port });
console.log(`Mutirão preview: ${preview.url}  (Ctrl+C to stop; data in .preview-data/)`);
