import './zod';
import * as z from 'zod/mini';
import type { Localized } from './locale';
import type { EnumName } from './enums';
import * as f from './fields';

/**
 * The workbook's tabs, from PRODUCT.md §2: the single source of their names and headers in
 * every language, the dropdowns, the cell formats setup applies, and each field's rules.
 */

/** How setup formats a column (or the Dashboard a cell), and how the sheets adapter reads it back and writes it. */
export type CellKind = 'text' | 'number' | 'integer' | 'money' | 'percent' | 'date' | 'datetime' | 'rate';

export interface Column {
  readonly key: string;
  readonly header: Localized;
  readonly kind: CellKind;
  /** The rule for one cell; cross-field and cross-row rules live with the table. */
  readonly schema: z.core.SomeType;
  readonly enum?: EnumName;
  /** Written by the add-on: protected with a warning, and not checked (unless `typed`). */
  readonly computed?: boolean;
  /** A computed column people may still type into (a manual objective's Progress): checked all the same. */
  readonly typed?: boolean;
  /** No two rows may share a value (`caseless`: whatever the case, as emails). */
  readonly unique?: 'exact' | 'caseless';
  /** The ID of a row of that table, which must exist. */
  readonly references?: TableKey;
}

export interface Table {
  readonly key: TableKey;
  readonly name: Localized;
  readonly columns: readonly Column[];
  /** The prefix of generated IDs (MEM-001); none for tables whose IDs people choose or that have none. */
  readonly idPrefix?: string;
  /** The message key when a reference names none of this table's IDs. */
  readonly unknownId?: string;
}

export type TableKey =
  | 'settings'
  | 'members'
  | 'objectives'
  | 'proposals'
  | 'resources'
  | 'meetings'
  | 'dashboard'
  | 'log'
  | 'supports';

const h = (en: string, fr: string, pt: string): Localized => ({ en, fr, 'pt-BR': pt });

function col(key: string, header: Localized, kind: CellKind, schema: z.core.SomeType, extra: Partial<Column> = {}): Column {
  return { key, header, kind, schema, ...extra };
}

function enumCol(key: string, header: Localized, name: EnumName, isRequired = true): Column {
  const schema = isRequired ? f.required(f.enumOf(name)) : f.optional(f.enumOf(name));
  return col(key, header, 'text', schema, { enum: name });
}

const computed = { computed: true } as const;
const unique = { unique: 'exact' } as const;
const refersTo = (table: TableKey) => ({ references: table });
const idHeader = h('ID', 'ID', 'ID');
const submittedHeader = h('Submitted', 'Soumis le', 'Enviado em');
const memberHeader = h('Member', 'Membre', 'Membro');
const descriptionHeader = h('Description', 'Description', 'Descrição');
const statusHeader = h('Status', 'Statut', 'Situação');
const titleHeader = h('Title', 'Titre', 'Título');

const longText = () => f.optional(f.text(f.LIMITS.text));

export const SETTINGS: Table = {
  key: 'settings',
  name: h('Settings', 'Paramètres', 'Configurações'),
  columns: [
    col('setting', h('Setting', 'Paramètre', 'Configuração'), 'text', f.required(f.text(f.LIMITS.name))),
    col('value', h('Value', 'Valeur', 'Valor'), 'text', z.unknown()),
    col('notes', h('Notes', 'Notes', 'Notas'), 'text', longText()),
  ],
};

export const MEMBERS: Table = {
  key: 'members',
  name: h('Members', 'Membres', 'Membros'),
  idPrefix: 'MEM',
  unknownId: 'unknownMember',
  columns: [
    col('id', idHeader, 'text', f.required(f.idOf('MEM')), unique),
    col('name', h('Name', 'Nom', 'Nome'), 'text', f.required(f.text(f.LIMITS.name))),
    col('email', h('Email', 'E-mail', 'E-mail'), 'text', f.required(f.email()), { unique: 'caseless' }),
    col('organization', h('Organization', 'Organisation', 'Organização'), 'text', longText()),
    col('city', h('City', 'Ville', 'Cidade'), 'text', f.required(f.text(f.LIMITS.text))),
    col('country', h('Country', 'Pays', 'País'), 'text', f.required(f.country())),
    enumCol('hub', h('Hub', 'Pôle', 'Polo'), 'hub'),
    enumCol('role', h('Role', 'Rôle', 'Função'), 'role'),
    enumCol('status', statusHeader, 'memberStatus'),
    col('joined', h('Joined', 'Inscription', 'Ingresso'), 'date', f.required(f.date())),
    // Blank for members registered before these columns existed: asked again on their next visit.
    enumCol('language', h('Language', 'Langue', 'Idioma'), 'language', false),
    col('consent', h('Consent', 'Consentement', 'Consentimento'), 'date', f.optional(f.date())),
    enumCol('emails', h('Emails', 'E-mails', 'E-mails'), 'yesNo', false),
  ],
};

export const OBJECTIVES: Table = {
  key: 'objectives',
  name: h('Objectives', 'Objectifs', 'Objetivos'),
  unknownId: 'unknownObjective',
  columns: [
    col('id', idHeader, 'text', f.required(f.objectiveId()), unique),
    col('objective', h('Objective', 'Objectif', 'Objetivo'), 'text', f.required(f.text(f.LIMITS.text))),
    enumCol('metric', h('Metric', 'Indicateur', 'Indicador'), 'metric'),
    col('target', h('Target', 'Cible', 'Meta'), 'number', f.optional(f.positiveNumber())),
    col('progress', h('Progress', 'Progression', 'Progresso'), 'percent', f.optional(f.fraction()), { computed: true, typed: true }),
    enumCol('status', statusHeader, 'objectiveStatus'),
    enumCol('priority', h('Priority', 'Priorité', 'Prioridade'), 'yesNo'),
    col('notes', h('Notes', 'Notes', 'Notas'), 'text', longText()),
  ],
};

export const PROPOSALS: Table = {
  key: 'proposals',
  name: h('Proposals', 'Propositions', 'Propostas'),
  idPrefix: 'PRO',
  unknownId: 'unknownProposal',
  columns: [
    col('id', idHeader, 'text', f.required(f.idOf('PRO')), unique),
    col('title', titleHeader, 'text', f.required(f.text(f.LIMITS.title, 3))),
    col('description', descriptionHeader, 'text', longText()),
    col('objective', h('Objective', 'Objectif', 'Objetivo'), 'text', f.required(f.objectiveId()), refersTo('objectives')),
    col('member', memberHeader, 'text', f.required(f.idOf('MEM')), refersTo('members')),
    enumCol('status', statusHeader, 'proposalStatus'),
    col('priorityRank', h('Priority rank', 'Rang de priorité', 'Ordem de prioridade'), 'integer', f.optional(f.positiveInteger())),
    col('resourcesNeeded', h('Resources needed', 'Ressources nécessaires', 'Recursos necessários'), 'text', longText()),
    col('submitted', submittedHeader, 'datetime', f.written(), computed),
    col('supports', h('Supports', 'Soutiens', 'Apoios'), 'integer', f.written(), computed),
    col('answer', h('Answer', 'Réponse', 'Resposta'), 'text', longText()),
    col('answered', h('Answered', 'Répondu le', 'Respondido em'), 'date', f.optional(f.date())),
  ],
};

export const RESOURCES: Table = {
  key: 'resources',
  name: h('Resources', 'Ressources', 'Recursos'),
  idPrefix: 'RES',
  columns: [
    col('id', idHeader, 'text', f.required(f.idOf('RES')), unique),
    col('member', memberHeader, 'text', f.required(f.idOf('MEM')), refersTo('members')),
    enumCol('kind', h('Kind', 'Nature', 'Tipo'), 'resourceKind'),
    enumCol('category', h('Category', 'Catégorie', 'Categoria'), 'category'),
    col('description', descriptionHeader, 'text', longText()),
    col('amount', h('Amount', 'Montant', 'Valor'), 'money', f.optional(f.positiveNumber())),
    enumCol('currency', h('Currency', 'Devise', 'Moeda'), 'currency', false),
    col('quantity', h('Quantity', 'Quantité', 'Quantidade'), 'number', f.optional(f.positiveNumber())),
    col('unit', h('Unit', 'Unité', 'Unidade'), 'text', f.optional(f.text(f.LIMITS.name))),
    enumCol('availability', h('Availability', 'Disponibilité', 'Disponibilidade'), 'availability'),
    col('availableFrom', h('Available from', 'Disponible à partir du', 'Disponível a partir de'), 'date', f.optional(f.date())),
    col('proposal', h('Proposal', 'Proposition', 'Proposta'), 'text', f.optional(f.idOf('PRO')), refersTo('proposals')),
    col('submitted', submittedHeader, 'datetime', f.written(), computed),
  ],
};

export const MEETINGS: Table = {
  key: 'meetings',
  name: h('Meetings', 'Réunions', 'Reuniões'),
  idPrefix: 'MTG',
  columns: [
    col('id', idHeader, 'text', f.required(f.idOf('MTG')), unique),
    col('title', titleHeader, 'text', f.required(f.text(f.LIMITS.title))),
    col('date', h('Date', 'Date', 'Data'), 'date', f.required(f.date())),
    col('start', h('Start', 'Début', 'Início'), 'text', f.required(f.wallTime())),
    col('durationMinutes', h('Duration (min)', 'Durée (min)', 'Duração (min)'), 'integer', f.required(f.integerBetween(15, 600))),
    col('timeZone', h('Time zone', 'Fuseau horaire', 'Fuso horário'), 'text', f.required(f.timeZone())),
    col('location', h('Location', 'Lieu', 'Local'), 'text', longText()),
    enumCol('audience', h('Audience', 'Public', 'Público'), 'audience'),
    col('agenda', h('Agenda', 'Ordre du jour', 'Pauta'), 'text', longText()),
    enumCol('status', statusHeader, 'meetingStatus'),
    col('recifeTime', h('Recife time', 'Heure à Recife', 'Horário em Recife'), 'text', f.written(), computed),
    col('nantesTime', h('Nantes time', 'Heure à Nantes', 'Horário em Nantes'), 'text', f.written(), computed),
    col('eventId', h('Event ID', "ID de l’événement", 'ID do evento'), 'text', f.written(), computed),
    col('synced', h('Synced', 'Synchronisé le', 'Sincronizado em'), 'datetime', f.written(), computed),
    col('videoLink', h('Video link', 'Lien visio', 'Link da videochamada'), 'text', f.written(), computed),
    col('going', h('Going', 'Présents', 'Vão'), 'integer', f.written(), computed),
    col('maybe', h('Maybe', 'Peut-être', 'Talvez'), 'integer', f.written(), computed),
    col('notGoing', h('Not going', 'Absents', 'Não vão'), 'integer', f.written(), computed),
    col('noReply', h('No reply', 'Sans réponse', 'Sem resposta'), 'integer', f.written(), computed),
  ],
};

export const DASHBOARD: Table = {
  key: 'dashboard',
  name: h('Dashboard', 'Tableau de bord', 'Painel'),
  columns: [],
};

export const LOG: Table = {
  key: 'log',
  name: h('Log', 'Journal', 'Registro'),
  columns: [
    col('timestamp', h('Timestamp', 'Horodatage', 'Data e hora'), 'datetime', f.written(), computed),
    col('user', h('User', 'Utilisateur', 'Usuário'), 'text', f.written(), computed),
    col('action', h('Action', 'Action', 'Ação'), 'text', f.written(), computed),
    col('target', h('Target', 'Cible', 'Alvo'), 'text', f.written(), computed),
    col('details', h('Details', 'Détails', 'Detalhes'), 'text', f.written(), computed),
  ],
};

/** One row per member and proposal they support (PRODUCT.md §2). */
export const SUPPORTS: Table = {
  key: 'supports',
  name: h('Supports', 'Soutiens', 'Apoios'),
  columns: [
    col('proposal', h('Proposal', 'Proposition', 'Proposta'), 'text', f.required(f.idOf('PRO')), refersTo('proposals')),
    col('member', memberHeader, 'text', f.required(f.idOf('MEM')), refersTo('members')),
    col('date', h('Date', 'Date', 'Data'), 'date', f.optional(f.date())),
  ],
};

/** In the order setup creates the tabs; Supports came later, so it follows the Log. */
export const TABLES: readonly Table[] = [SETTINGS, MEMBERS, OBJECTIVES, PROPOSALS, RESOURCES, MEETINGS, DASHBOARD, LOG, SUPPORTS];

/** The tables a table's columns refer to, whose IDs its checks need. */
export function referencedBy(table: Table): TableKey[] {
  return [...new Set(table.columns.flatMap((c) => (c.references ? [c.references] : [])))];
}

export function tableByKey(key: TableKey): Table {
  const table = TABLES.find((t) => t.key === key);
  if (!table) throw new Error(`Unknown table ${key}`);
  return table;
}
