import { describe, expect, it } from 'vitest';
import { LOCALES, normalizeLabel } from '../../src/domain/locale';
import { MEMBERS, TABLES } from '../../src/domain/tables';

describe('tables', () => {
  it('lists the tabs of PRODUCT.md §2 in setup order, with their English names', () => {
    expect(TABLES.map((t) => t.name.en)).toEqual([
      'Settings', 'Members', 'Objectives', 'Proposals', 'Resources', 'Meetings', 'Dashboard', 'Log', 'Supports', 'Polls', 'Poll answers', 'Milestones', 'Translations',
    ]);
  });

  it('names the tabs in French and Brazilian Portuguese as the contract says', () => {
    expect(TABLES.map((t) => t.name.fr)).toEqual([
      'Paramètres', 'Membres', 'Objectifs', 'Propositions', 'Ressources', 'Réunions', 'Tableau de bord', 'Journal', 'Soutiens', 'Sondages', 'Réponses aux sondages', 'Jalons', 'Traductions',
    ]);
    expect(TABLES.map((t) => t.name['pt-BR'])).toEqual([
      'Configurações', 'Membros', 'Objetivos', 'Propostas', 'Recursos', 'Reuniões', 'Painel', 'Registro', 'Apoios', 'Enquetes', 'Respostas às enquetes', 'Marcos', 'Traduções',
    ]);
  });

  it('has the English headers of the contract, in order', () => {
    const headers = Object.fromEntries(TABLES.map((t) => [t.key, t.columns.map((c) => c.header.en).join(' · ')]));
    expect(headers).toMatchObject({
      settings: 'Setting · Value · Notes',
      members: 'ID · Name · Email · Organization · City · Country · Hub · Role · Status · Joined · Language · Consent · Emails',
      objectives: 'ID · Objective · Metric · Target · Progress · Status · Priority · Notes',
      proposals: 'ID · Title · Description · Objective · Member · Status · Priority rank · Resources needed · Submitted · Supports · Answer · Answered · Progress · Next milestone',
      resources:
        'ID · Member · Kind · Category · Description · Amount · Currency · Quantity · Unit · Availability · Available from · Proposal · Submitted · Delivered · Delivered on',
      meetings:
        'ID · Title · Date · Start · Duration (min) · Time zone · Location · Audience · Agenda · Status · Recife time · Nantes time · Event ID · Synced · Video link · Going · Maybe · Not going · No reply · Minutes · Attendees · Discussed proposals',
      log: 'Timestamp · User · Action · Target · Details',
      supports: 'Proposal · Member · Date',
      // The contract's ten columns, then where the meeting's place and agenda wait for closePoll.
      polls: 'ID · Title · Duration (min) · Time zone · Audience · Options · Closes · Status · Chosen · Meeting · Location · Agenda',
      pollAnswers: 'Poll · Member · Option · Answer · Answered',
      milestones: 'ID · Proposal · Milestone · Due · Status · Done on · Notes',
    });
  });

  it.each(TABLES.map((t) => [t.key, t] as const))('finds each %s column from a header in any language without ambiguity', (_key, table) => {
    const owner = new Map<string, string>();
    for (const column of table.columns) {
      for (const locale of LOCALES) {
        const header = normalizeLabel(column.header[locale]);
        expect(owner.get(header) ?? column.key, `"${header}" names two columns`).toBe(column.key);
        owner.set(header, column.key);
      }
    }
  });

  it('tells tabs apart by name in any language', () => {
    const names = TABLES.flatMap((t) => LOCALES.map((l) => `${normalizeLabel(t.name[l])}=${t.key}`));
    const byName = new Map(names.map((n) => n.split('=') as [string, string]));
    for (const entry of names) {
      const [name, key] = entry.split('=') as [string, string];
      expect(byName.get(name)).toBe(key);
    }
  });

  it('generates member IDs with the MEM prefix', () => {
    expect(MEMBERS.idPrefix).toBe('MEM');
  });
});
