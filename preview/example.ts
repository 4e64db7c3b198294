import { Emulator } from '../emulator';
import { loadProject, type Project } from '../emulator/project';
import { enumLabel, type EnumCode } from '../src/domain/enums';
import { PERSONAS } from './personas';

export interface ProjectFiles {
  readonly code: string;
  /** The built HTML files by name without `.html`: the sidebar's and the server's words' pages of each language (Sidebar-fr, Messages-fr, …). */
  readonly pages: Readonly<Record<string, string>>;
}

/**
 * Members a coordinator would have typed into the Members tab after the workshop: role, Name to
 * Hub, then their language, whether they said yes to emails and whether they accepted the privacy
 * notice. Claire has no consent date: she joined before the notice was asked for, so the sidebar
 * asks her to confirm it (and the coordinators see her listed).
 */
const EXAMPLE_MEMBERS: readonly (readonly [EnumCode<'role'>, string, string, string, string, string, string, string, boolean, boolean])[] = [
  ['coordinator', 'Jean Moreau', 'jean.moreau@example.org', 'Ville de Nantes', 'Nantes', 'FR', 'Nantes', 'fr', true, true],
  ['member', 'Marina Souza', 'marina.souza@example.org', 'Cooperativa Mãos Dadas', 'Recife', 'BR', 'Recife', 'pt-BR', true, true],
  ['member', 'Paulo Lima', 'paulo.lima@example.org', 'Prefeitura do Recife', 'Recife', 'BR', 'Recife', 'pt-BR', false, true],
  ['member', 'Claire Dubois', 'claire.dubois@example.org', 'Les Écossolies', 'Nantes', 'FR', 'Nantes', 'fr', true, false],
  ['member', 'Yann Le Goff', 'yann.legoff@example.org', 'CAE Ouest', 'Saint-Nazaire', 'FR', 'Nantes', 'fr', true, true],
];

export function createEmulator(files: ProjectFiles, snapshot?: unknown): Emulator {
  const options = { files: { ...files.pages }, addonName: 'Mutirão' };
  if (snapshot) return Emulator.fromJSON(snapshot as Parameters<typeof Emulator.fromJSON>[0], options);
  return new Emulator({ ...options, spreadsheet: { name: 'Grupo de trabalho Recife–Nantes', locale: 'pt_BR', timeZone: 'America/Recife' } });
}

/** A date `days` from today, as the sidebar sends dates. */
function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** What two members (not among the preview's personas, whose own lists start empty) sent from their sidebar. */
const EXAMPLE_SUBMISSIONS: readonly { email: string; locale: string; name: string; input: unknown }[] = [
  { email: 'paulo.lima@example.org', locale: 'pt-BR', name: 'submitProposal', input: { title: 'Feira de economia solidária Recife–Nantes', description: 'Uma feira anual com cooperativas das duas cidades.', objectiveId: 'O3', resourcesNeeded: 'Local, divulgação' } },
  { email: 'paulo.lima@example.org', locale: 'pt-BR', name: 'submitResource', input: { kind: 'financial', category: 'funding', amount: '5000', currency: 'BRL', availability: 'available', proposalId: 'PRO-001' } },
  { email: 'yann.legoff@example.org', locale: 'fr', name: 'submitProposal', input: { title: 'Échanges de jeunes coopérateurs', objectiveId: 'O3', resourcesNeeded: 'Billets, hébergement' } },
  { email: 'yann.legoff@example.org', locale: 'fr', name: 'submitResource', input: { kind: 'in-kind', category: 'expertise', description: 'Accompagnement à la création de coopératives', quantity: '10', unit: 'jours', availability: 'planned', availableFrom: '2027-02-01' } },
  // Supports from both hubs, each for the other hub's proposal.
  { email: 'paulo.lima@example.org', locale: 'pt-BR', name: 'supportProposal', input: { proposalId: 'PRO-002' } },
  { email: 'yann.legoff@example.org', locale: 'fr', name: 'supportProposal', input: { proposalId: 'PRO-001' } },
  // An action plan in progress (issue 21): the fair is prioritized, Paulo plans it, one step is done, one late,
  // and R$ 2.000 of his R$ 5.000 are delivered.
  { email: 'lucia.almeida@example.org', locale: 'pt-BR', name: 'answerProposal', input: { proposalId: 'PRO-001', status: 'prioritized', priorityRank: 1, answer: 'Prioridade do grupo para 2027.' } },
  { email: 'paulo.lima@example.org', locale: 'pt-BR', name: 'saveMilestone', input: { proposalId: 'PRO-001', milestone: 'Local da feira reservado', due: day(-20), status: 'done', doneOn: day(-25) } },
  // Jean (coordinator, Nantes) writes his step in French: a Recife reader is offered Translate beside it.
  { email: 'jean.moreau@example.org', locale: 'fr', name: 'saveMilestone', input: { proposalId: 'PRO-001', milestone: 'Invitation des coopératives nantaises', due: day(-3), status: 'in progress' } },
  { email: 'paulo.lima@example.org', locale: 'pt-BR', name: 'saveMilestone', input: { proposalId: 'PRO-001', milestone: 'Feira realizada', due: day(120), status: 'planned' } },
  { email: 'paulo.lima@example.org', locale: 'pt-BR', name: 'recordDelivery', input: { resourceId: 'RES-001', delivered: '2.000,00', deliveredOn: day(-10) } },
];

/**
 * The workshop's workbook as it would look a few days after: set up by Lúcia (Recife), with
 * members of both hubs typed in by hand, through the same services a person's edits reach,
 * a few proposals and pledges sent from the sidebar, and progress refreshed.
 */
export function exampleWorkbook(files: ProjectFiles): { emulator: Emulator; project: Project } {
  const emulator = createEmulator(files);
  const project = loadProject(emulator, files.code);
  const lucia = PERSONAS[0];
  if (!lucia) throw new Error('no personas');
  emulator.user = { email: lucia.email, locale: lucia.locale };
  project.call('setupWorkbook');

  emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const ss = emulator.services.SpreadsheetApp.getActive();
    const members = ss.getSheetByName('Membros');
    if (!members) throw new Error('setup did not create Membros');
    // Setup named Lúcia after her email; she types her name and organization, as anyone would, and says no to emails.
    members.getRange(2, 2).setValue('Lúcia Almeida');
    members.getRange(2, 4).setValue('Prefeitura do Recife');
    const today = new Date();
    members.getRange(2, 11, 1, 3).setValues([['pt-BR', today, enumLabel('yesNo', 'no', 'pt-BR')]]);
    // The rate the Dashboard and the report convert BRL with, shown beside the figures.
    const settings = ss.getSheetByName('Configurações');
    const rateRow = (settings?.getDataRange().getValues() ?? []).findIndex((row) => row[0] === 'Taxa EUR → BRL') + 1;
    if (rateRow > 0) settings?.getRange(rateRow, 2).setValue(6);
    const first = members.getLastRow() + 1;
    members.getRange(first, 1, EXAMPLE_MEMBERS.length, 13).setValues(
      // Enumerated cells hold the workbook language's labels, as a coordinator typing in a pt-BR sheet would.
      EXAMPLE_MEMBERS.map(([role, name, email, organization, city, country, hub, language, emails, consented], i) => [
        `MEM-${String(first + i - 1).padStart(3, '0')}`, name, email, organization, city, country, hub,
        enumLabel('role', role, 'pt-BR'), enumLabel('memberStatus', 'active', 'pt-BR'), today,
        language, consented ? today : '', enumLabel('yesNo', emails ? 'yes' : 'no', 'pt-BR'),
      ]),
    );
  });
  for (const submission of EXAMPLE_SUBMISSIONS) {
    emulator.user = { email: submission.email, locale: submission.locale };
    const result = project.scriptRun(submission.name, [submission.input]) as { ok: boolean; errors?: unknown };
    if (!result.ok) throw new Error(`example ${submission.name} refused: ${JSON.stringify(result.errors)}`);
  }
  emulator.user = { email: lucia.email, locale: lucia.locale };
  examplePollAndMinutes(emulator, project);
  emulator.user = { email: lucia.email, locale: lucia.locale };
  project.call('refreshProgress');
  return { emulator, project };
}

/** The n-th weekday at least `days` days from today in Recife, as `YYYY-MM-DD`. */
function workday(days: number, n = 0): string {
  const date = new Date(Date.now() - 3 * 3_600_000 + days * 86_400_000);
  for (let found = -1; ; date.setUTCDate(date.getUTCDate() + 1)) {
    const weekday = date.getUTCDay();
    if (weekday >= 1 && weekday <= 5 && ++found === n) return date.toISOString().slice(0, 10);
  }
}

/**
 * Issue 20: today's meeting held, with its minutes (Jean's, in French) and the proposals it
 * discussed; and an open poll for the next one, which Paulo (Recife) and Yann (Nantes) have answered.
 */
function examplePollAndMinutes(emulator: Emulator, project: Project): void {
  const run = (name: string, input: unknown) => {
    const result = project.scriptRun(name, [input]) as { ok: boolean; errors?: unknown; id?: string };
    if (!result.ok) throw new Error(`example ${name} refused: ${JSON.stringify(result.errors)}`);
    return result;
  };
  const today = new Date(Date.now() - 3 * 3_600_000).toISOString().slice(0, 10);
  const held = run('submitMeeting', { title: 'Primeira reunião do grupo de trabalho', date: today, startTime: '10:00', timeZone: 'America/Recife', location: 'Google Meet', confirmOutsideHours: true });
  // Jean took the minutes, in French: Recife's members read them with Translate.
  const lucia = emulator.user;
  emulator.user = { email: 'jean.moreau@example.org', locale: 'fr' };
  run('closeMeeting', {
    meetingId: held.id,
    minutes: 'Présentation des propositions reçues. La foire Recife–Nantes et l’échange de jeunes coopérateurs sont à l’étude\u00a0; prochaine réunion à fixer par sondage.',
    attendees: 6,
    proposalIds: ['PRO-001', 'PRO-002'],
  });
  emulator.user = lucia;
  const options = [0, 1, 2, 3].map((n) => ({ date: workday(21, n), startTime: n % 2 ? '11:00' : '10:00' }));
  const poll = run('openPoll', { title: 'Segunda reunião do grupo de trabalho', durationMinutes: 60, timeZone: 'America/Recife', options, closes: workday(14), location: 'Google Meet' });
  const lines = options.map((o) => `${o.date} ${o.startTime}`);
  const answers: readonly [string, string, readonly string[]][] = [
    ['paulo.lima@example.org', 'pt-BR', ['yes', 'if need be', 'yes', 'no']],
    ['yann.legoff@example.org', 'fr', ['no', 'yes', 'yes', 'if need be']],
  ];
  for (const [email, locale, theirs] of answers) {
    emulator.user = { email, locale };
    run('answerPoll', { pollId: poll.id, answers: lines.map((option, i) => ({ option, answer: theirs[i] })) });
  }
}
