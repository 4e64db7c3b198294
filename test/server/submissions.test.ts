import { describe, expect, it } from 'vitest';
import { submitMeeting, submitMember, submitProposal, submitResource } from '../../src/server/submissions';
import { JEAN, LUCIA, MARINA, groupWorkbook, rowsOf } from './submit-fixture';

const proposal = { title: 'Feira de economia solidária', description: 'Uma feira anual', objectiveId: 'O3', resourcesNeeded: 'Local' };

describe('submitMember', () => {
  it('registers the caller with the email from the session, whatever the input says', () => {
    const { google, ss, as } = groupWorkbook();
    as(JEAN);
    const result = submitMember(google, { name: 'Jean Moreau', city: 'Nantes', country: 'fr', hub: 'Nantes', consent: true, email: 'boss@example.org', role: 'coordinator', memberId: 'MEM-001' });
    expect(result).toEqual({ ok: true, id: 'MEM-003' });
    const row = rowsOf(ss, 'Membres').at(-1) ?? [];
    expect(row.slice(0, 9)).toEqual(['MEM-003', 'Jean Moreau', JEAN.email, '', 'Nantes', 'FR', 'Nantes', 'membre', 'actif']);
    expect(Object.prototype.toString.call(row[9])).toBe('[object Date]');
  });

  it('never adds a second row for someone already registered', () => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    const again = submitMember(google, { name: 'Marina', city: 'Recife', country: 'BR', hub: 'Recife', consent: true });
    expect(again).toEqual({ ok: false, errors: [{ field: 'form', message: 'Sua inscrição já foi feita (MEM-002).' }] });
    expect(rowsOf(ss, 'Membres')).toHaveLength(2);
  });

  it('explains how to authorize when Google gives no email', () => {
    const { google, as } = groupWorkbook();
    as(null);
    const result = submitMember(google, { name: 'X', city: 'Y', country: 'BR', hub: 'Recife', consent: true });
    expect(result.ok ? '' : result.errors[0]?.message).toMatch(/authorize the add-on/);
  });

  it('lists every wrong field, in the caller’s language', () => {
    const { google, as } = groupWorkbook();
    as(JEAN);
    const result = submitMember(google, { name: '', city: 'Nantes', country: 'France', hub: 'Paris', consent: true });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'name', message: 'Ce champ est obligatoire.' },
        { field: 'country', message: 'Utilisez un code pays à deux lettres, comme BR ou FR.' },
        { field: 'hub', message: 'Choisissez parmi\u00a0: Recife, Nantes.' },
      ],
    });
  });
});

describe('submitProposal', () => {
  it('adds the proposal for the caller’s member row, with status submitted and a timestamp', () => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    expect(submitProposal(google, { ...proposal, memberId: 'MEM-001' })).toEqual({ ok: true, id: 'PRO-001' });
    const row = rowsOf(ss, 'Propositions')[0] ?? [];
    expect(row.slice(0, 8)).toEqual(['PRO-001', 'Feira de economia solidária', 'Uma feira anual', 'O3', 'MEM-002', 'soumise', '', 'Local']);
    expect(Object.prototype.toString.call(row[8])).toBe('[object Date]');
  });

  it('asks a guest to register first, writing nothing', () => {
    const { google, ss, as } = groupWorkbook();
    as(JEAN);
    expect(submitProposal(google, proposal)).toEqual({
      ok: false,
      errors: [{ field: 'form', message: "Inscrivez-vous d’abord\u00a0: votre e-mail ne figure pas encore dans l’onglet Membres." }],
    });
    expect(rowsOf(ss, 'Propositions')).toHaveLength(0);
  });

  it('refuses an objective that does not exist, on that field', () => {
    const { google, as } = groupWorkbook();
    as(MARINA);
    expect(submitProposal(google, { ...proposal, objectiveId: 'O9' })).toEqual({
      ok: false,
      errors: [{ field: 'objectiveId', message: 'O objetivo O9 não existe.' }],
    });
  });

  it('refuses a two-letter title', () => {
    const { google, as } = groupWorkbook();
    as(MARINA);
    expect(submitProposal(google, { ...proposal, title: 'Ok' })).toEqual({ ok: false, errors: [{ field: 'title', message: 'No mínimo 3 caracteres.' }] });
  });

  it('logs the submission', () => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    submitProposal(google, proposal);
    expect(rowsOf(ss, 'Journal').at(-1)?.slice(1, 4)).toEqual([MARINA.email, 'proposal.submit', 'PRO-001']);
  });
});

describe('submitResource', () => {
  it('stores a financial pledge with its amount as a number and its currency', () => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    const result = submitResource(google, { kind: 'financial', category: 'funding', amount: '1234,50', currency: 'BRL', availability: 'available' });
    expect(result).toEqual({ ok: true, id: 'RES-001' });
    const row = rowsOf(ss, 'Ressources')[0] ?? [];
    expect(row.slice(0, 11)).toEqual(['RES-001', 'MEM-002', 'financière', 'financement', '', 1234.5, 'BRL', '', '', 'disponible', '']);
  });

  it('needs an amount and a currency for money, a description for in-kind help, a unit with a quantity and a date when planned', () => {
    const { google, as } = groupWorkbook();
    as(MARINA);
    const money = submitResource(google, { kind: 'financial', category: 'funding', availability: 'planned' });
    expect(money.ok ? [] : money.errors.map((e) => e.field)).toEqual(['amount', 'currency', 'availableFrom']);
    const help = submitResource(google, { kind: 'in-kind', category: 'venue', quantity: 2, availability: 'available' });
    expect(help.ok ? [] : help.errors.map((e) => e.field)).toEqual(['description', 'unit']);
  });

  it('stores an in-kind pledge planned from a date as a date cell', () => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    submitResource(google, { kind: 'in-kind', category: 'venue', description: 'Salle', quantity: 2, unit: 'jours', availability: 'planned', availableFrom: '2027-02-01' });
    const row = rowsOf(ss, 'Ressources')[0] ?? [];
    expect(row.slice(2, 10)).toEqual(['en nature', 'lieu', 'Salle', '', '', 2, 'jours', 'prévue']);
    expect(ss.getSheetByName('Ressources')?.getRange(2, 11).getDisplayValue()).toBe('01/02/2027');
  });

  it('links a pledge to an existing proposal only', () => {
    const { google, as } = groupWorkbook();
    as(MARINA);
    submitProposal(google, proposal);
    expect(submitResource(google, { kind: 'in-kind', category: 'expertise', description: 'Conseil', availability: 'available', proposalId: 'PRO-001' }).ok).toBe(true);
    expect(submitResource(google, { kind: 'in-kind', category: 'expertise', description: 'Conseil', availability: 'available', proposalId: 'PRO-007' })).toEqual({
      ok: false,
      errors: [{ field: 'proposalId', message: 'A proposta PRO-007 não existe.' }],
    });
  });
});

describe('submitMeeting', () => {
  const meeting = { title: 'Réunion du groupe', date: '2027-01-15', startTime: '10:00', location: 'Visio', agenda: 'Plan' };

  it('lets only coordinators schedule', () => {
    const { google, as } = groupWorkbook();
    as(MARINA);
    expect(submitMeeting(google, meeting)).toEqual({ ok: false, errors: [{ field: 'form', message: 'Somente a coordenação pode agendar reuniões.' }] });
  });

  it('fills duration, zone and audience from Settings and the coordinator’s hub, and writes both cities’ times', () => {
    const { google, ss, as } = groupWorkbook();
    as(LUCIA);
    expect(submitMeeting(google, meeting)).toEqual({ ok: true, id: 'MTG-001' });
    const row = rowsOf(ss, 'Réunions')[0] ?? [];
    expect([row[0], row[1], row[3], row[4], row[5], row[7], row[9], row[10], row[11]]).toEqual([
      'MTG-001', 'Réunion du groupe', '10:00', 90, 'America/Recife', 'tous', 'prévue', '15/01/2027 10:00', '15/01/2027 14:00',
    ]);
  });

  it('asks for confirmation, showing both local times, before a start outside working time, and writes nothing until then', () => {
    const { google, ss, as } = groupWorkbook();
    as(LUCIA);
    // Friday 21:30 in Recife is Saturday 01:30 in Nantes.
    const late = { ...meeting, startTime: '21:30', timeZone: 'America/Recife' };
    expect(submitMeeting(google, late)).toEqual({
      ok: false,
      errors: [{
        field: 'confirmOutsideHours',
        message: 'Início: 15 de janeiro de 2027 às 21:30 em Recife, 16 de janeiro de 2027 à 01:30 em Nantes, fora do horário de trabalho (09:00–18:00, seg-sex). Marque “Agendar mesmo assim” para confirmar.',
      }],
    });
    expect(rowsOf(ss, 'Réunions')).toEqual([]);
    expect(submitMeeting(google, { ...late, confirmOutsideHours: 'true' })).toEqual({ ok: true, id: 'MTG-001' });
  });

  it('asks the same for a working hour on a Saturday', () => {
    const { google, as } = groupWorkbook();
    as(LUCIA);
    const saturday = submitMeeting(google, { ...meeting, date: '2027-01-16' });
    expect(!saturday.ok && saturday.errors.map((e) => e.field)).toEqual(['confirmOutsideHours']);
  });
});
