import type { EnumCode } from './enums';
import type { Localized } from './locale';

export interface SeedObjective {
  readonly id: string;
  readonly objective: Localized;
  readonly metric: EnumCode<'metric'>;
  readonly target: number | undefined;
  readonly status: EnumCode<'objectiveStatus'>;
  readonly priority: EnumCode<'yesNo'>;
}

/**
 * The five objectives of workshop 6 (context/README.md). O1 and O2 were reached at the
 * workshop; O3–O5 are the working group's priorities, measured from the sheet.
 */
export const SEED_OBJECTIVES: readonly SeedObjective[] = [
  {
    id: 'O1',
    objective: {
      fr: "Mieux comprendre le rapport entre l’économie solidaire et la coopération décentralisée",
      'pt-BR': 'Compreender melhor a relação entre a economia solidária e a cooperação descentralizada',
      en: 'Better understand the link between the solidarity economy and decentralized cooperation',
    },
    metric: 'manual',
    target: undefined,
    status: 'achieved',
    priority: 'no',
  },
  {
    id: 'O2',
    objective: {
      fr: 'Constituer un groupe de travail permanent',
      'pt-BR': 'Constituir um grupo de trabalho permanente',
      en: 'Form a permanent working group',
    },
    metric: 'manual',
    target: undefined,
    status: 'achieved',
    priority: 'no',
  },
  {
    id: 'O3',
    objective: {
      fr: "Définir les priorités du plan d’action",
      'pt-BR': 'Definir as prioridades do plano de ação',
      en: 'Define the priorities of the action plan',
    },
    metric: 'proposals_prioritized',
    target: 5,
    status: 'not started',
    priority: 'yes',
  },
  {
    id: 'O4',
    objective: {
      fr: 'Définir les ressources disponibles et celles qui seront rendues disponibles',
      'pt-BR': 'Definir os recursos disponíveis e os que serão disponibilizados',
      en: 'Define the resources available and those that will be made available',
    },
    metric: 'resources_declared',
    target: undefined,
    status: 'not started',
    priority: 'yes',
  },
  {
    id: 'O5',
    objective: {
      fr: 'Définir le calendrier des prochaines rencontres du groupe de travail',
      'pt-BR': 'Definir o calendário dos próximos encontros do grupo de trabalho',
      en: "Define the calendar of the working group's next meetings",
    },
    metric: 'meetings_scheduled',
    target: 3,
    status: 'not started',
    priority: 'yes',
  },
];
