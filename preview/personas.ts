import type { Locale } from '../src/domain/locale';

/**
 * The people one can act as in the preview: a coordinator and a member from each hub, and
 * newcomers who have never seen the add-on (one per language), so registration can be tried
 * more than once without resetting the workbook.
 */
export interface Persona {
  readonly id: string;
  readonly label: string;
  readonly email: string;
  readonly locale: Locale;
}

export const PERSONAS: readonly Persona[] = [
  { id: 'lucia', label: 'Lúcia — coordinator, Recife', email: 'lucia.almeida@example.org', locale: 'pt-BR' },
  { id: 'jean', label: 'Jean — coordinator, Nantes', email: 'jean.moreau@example.org', locale: 'fr' },
  { id: 'marina', label: 'Marina — member, Recife', email: 'marina.souza@example.org', locale: 'pt-BR' },
  { id: 'claire', label: 'Claire — member, Nantes', email: 'claire.dubois@example.org', locale: 'fr' },
  { id: 'newcomer', label: 'Newcomer — not registered', email: 'newcomer@example.org', locale: 'en' },
  { id: 'newcomer-nantes', label: 'Élodie — newcomer, Nantes (fr)', email: 'elodie.martin@example.org', locale: 'fr' },
  { id: 'newcomer-recife', label: 'Tiago — newcomer, Recife (pt-BR)', email: 'tiago.santos@example.org', locale: 'pt-BR' },
];

export function persona(id: string | null | undefined): Persona {
  return PERSONAS.find((p) => p.id === id) ?? (PERSONAS[0] as Persona);
}
