import type { BuildResult } from 'esbuild';

/** The chapters src/main.ts declares, by path: see chapters.mjs. */
export function chaptersOf(file: string, text: string): string[];
export function chapterPage(id: string): string;
export function link(
  result: BuildResult<{ write: false; metafile: true }>,
  options: { root: string; outdir: string; namespace: string; chapters: readonly string[] },
): { code: string; pages: { name: string; text: string; inputs: Record<string, { bytesInOutput: number }> }[]; inputs: Record<string, { bytesInOutput: number }> };
