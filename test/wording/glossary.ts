import type { Locale } from '../../src/domain/locale';

/**
 * One term family per concept and language (WAVE2's glossary), and the synonyms it rules out.
 * It lives with the tests: the product only needs the words, not the list (Code.js budget).
 */
export interface Concept {
  /** The stem every label for this concept uses, in each language held to the glossary (a test language is not). */
  readonly term: Partial<Record<Locale, RegExp>>;
  /** Words that must not name it. */
  readonly never: Partial<Record<Locale, RegExp>>;
}

export const GLOSSARY = {
  pledge: {
    term: { en: /pledg/i, fr: /contribu/i, 'pt-BR': /contribu/i },
    never: { fr: /\bengag/i, 'pt-BR': /oferec\w*\s+(um\s+)?recursos?|compromisso/i },
  },
  proposal: {
    term: { en: /propos/i, fr: /propos/i, 'pt-BR': /propo/i },
    never: { 'pt-BR': /sugest[ãa]o de a[çc][ãa]o/i },
  },
  support: {
    term: { en: /support/i, fr: /souti?en/i, 'pt-BR': /apoi/i },
    never: { fr: /\bvote/i, 'pt-BR': /\bvoto/i },
  },
  coordination: {
    term: { en: /coordinat/i, fr: /coordination/i, 'pt-BR': /coordena[çc][ãa]o/i },
    // The role, never a gendered person.
    never: { fr: /coordinat(eur|rice)/i, 'pt-BR': /coordenador/i },
  },
  status: {
    term: { en: /status/i, fr: /statut/i, 'pt-BR': /situa[çc][ãa]o/i },
    never: { 'pt-BR': /\bstatus\b/i },
  },
  hub: {
    term: { en: /hub/i, fr: /pôle/i, 'pt-BR': /polo/i },
    never: { 'pt-BR': /\bnúcleo/i },
  },
} as const satisfies Record<string, Concept>;

/** The role badge must read exactly this. */
export const ROLE_LABEL: Partial<Record<Locale, string>> = { en: 'Coordinator', fr: 'Coordination', 'pt-BR': 'Coordenação' };
