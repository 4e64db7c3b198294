/** The chapters src/main.ts declares, by path: see chapters.mjs. */
export function chaptersOf(file: string, text: string): string[];
export function chapterPage(id: string): string;
