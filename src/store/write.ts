/**
 * Writing one document: its bytes and every fact, in one transaction, with
 * a note of what the corpus-wide pass must look at again. `factRows` turns a
 * record into table rows without a database (worker threads run it);
 * offsets are turned from normalized text into raw bytes there.
 */
import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import type {Extraction} from '../record/schema.ts'
import type {Normalized} from '../normalize/index.ts'
import type {Span} from '../record/tree.ts'
import type {PdfExtraction} from '../document.ts'
import {statement, type DB} from './db.ts'
import {footprintOf, notePending, noteWritten, type Footprint} from './corpus.ts'
import {noteKind} from '../data/notes.ts'
import {writeExtraction} from './pdf.ts'

export interface StoreInput {
  source: string
  bytes: Uint8Array
  record: Extraction
  normalized: Normalized
  file: VFile
}

export type StoreOutcome =
  | {status: 'ingested'; id: number}
  | {status: 'unchanged'; id: number; source: string}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Columns of each fact table after `document_id`, in the order rows give them; parents before children. */
const COLUMNS = {
  meeting_facts: ['field', 'value', 'raw_start', 'raw_end'],
  meeting_people: ['role', 'seq', 'name', 'honorific', 'title', 'org', 'raw_start', 'raw_end'],
  announcements: ['seq', 'number', 'place', 'date', 'sentence', 'raw_start', 'raw_end'],
  agenda_items: ['seq', 'number', 'parent', 'title', 'title_start', 'title_end', 'raw_start', 'raw_end'],
  agenda_orgs: ['item_seq', 'role', 'seq', 'org', 'raw_start', 'raw_end'],
  attachment_refs: ['item_seq', 'number', 'raw_start', 'raw_end'],
  votes: ['item_seq', 'outcome', 'unanimous', 'debate', 'raw_start', 'raw_end'],
  vote_positions: ['item_seq', 'land', 'position'],
  vote_evidence: ['item_seq', 'seq', 'sentence', 'raw_start', 'raw_end'],
  notes: ['item_seq', 'seq', 'org', 'kind', 'label', 'text', 'raw_start', 'raw_end'],
  amendments: ['item_seq', 'seq', 'clause', 'action', 'sentence', 'raw_start', 'raw_end'],
  presenters: ['item_seq', 'seq', 'name', 'honorific', 'title', 'org', 'raw_start', 'raw_end'],
  resolutions: ['item_seq', 'preamble', 'preamble_start', 'preamble_end', 'raw_start', 'raw_end'],
  clauses: ['item_seq', 'seq', 'number', 'text', 'raw_start', 'raw_end'],
  clause_items: ['item_seq', 'clause_seq', 'seq', 'label', 'text', 'raw_start', 'raw_end'],
  attendee_sections: ['seq', 'role', 'codes', 'aligned_groups', 'excluded', 'raw_start', 'raw_end'],
  attendances: ['seq', 'section_seq', 'group_seq', 'role', 'name', 'honorific', 'title', 'org', 'chair',
    'evidence', 'reason', 'confidence', 'alt_orgs', 'raw_start', 'raw_end'],
  person_facts: ['seq', 'name', 'org', 'source', 'raw_start', 'raw_end'],
  absences: ['org', 'raw_start', 'raw_end'],
  land_mentions: ['seq', 'org', 'surface', 'form', 'raw_start', 'raw_end'],
  departures: ['seq', 'name', 'org', 'time', 'proxy', 'after_number', 'sentence', 'raw_start', 'raw_end'],
  agenda_changes: ['seq', 'number', 'change', 'by_org', 'after_number', 'title', 'sentence', 'raw_start', 'raw_end'],
  sponsor_changes: ['seq', 'number', 'org', 'change', 'sentence', 'raw_start', 'raw_end'],
  attachments: ['seq', 'number', 'title', 'raw_start', 'raw_end'],
  segments: ['seq', 'kind', 'label', 'raw_start', 'raw_end'],
  diagnostics: ['seq', 'rule_id', 'severity', 'reason', 'line', '"column"', 'raw_start', 'raw_end']
} as const

type RowTable = keyof typeof COLUMNS
type Row = Array<string | number | null>

/**
 * Columns a row's insert looks up: the parent's id by the parent's natural key (the document
 * and these of the row's columns), and an attendance's person by the name its spelling has.
 */
const LINKS: Partial<Record<RowTable, Array<{column: string; sql: string; from: readonly string[]}>>> = {}
const agendaItem = {column: 'agenda_item_id', sql: '(SELECT id FROM agenda_items WHERE document_id = ? AND seq = ?)', from: ['item_seq']}
for (const table of ['agenda_orgs', 'attachment_refs', 'resolutions', 'clauses', 'votes', 'notes', 'amendments', 'presenters'] as const) {
  LINKS[table] = [agendaItem]
}
LINKS.clause_items = [{column: 'clause_id', sql: '(SELECT id FROM clauses WHERE document_id = ? AND item_seq = ? AND seq = ?)', from: ['item_seq', 'clause_seq']}]
const vote = {column: 'vote_id', sql: '(SELECT id FROM votes WHERE document_id = ? AND item_seq = ?)', from: ['item_seq']}
LINKS.vote_positions = [vote]
LINKS.vote_evidence = [vote]
LINKS.attendances = [
  {column: 'section_id', sql: '(SELECT id FROM attendee_sections WHERE document_id = ? AND seq = ?)', from: ['section_seq']},
  // Linked at insert to the person its spelling already has (the corpus pass links the others).
  {column: 'person_id', sql: '(SELECT person_id FROM names WHERE name = ?)', from: ['name']}
]

/**
 * Per table: one insert for all of a document's rows, given as a JSON array of rows (`@rows`) and
 * the document's id (`@id`): one call from JS per table, not per row (each call costs more than
 * the row). The rows go in in their order; the links look up what the row's columns name.
 */
const INSERTS = Object.fromEntries(Object.entries(COLUMNS).map(([table, columns]) => {
  const links = LINKS[table as RowTable] ?? []
  const value = (column: string) => `value ->> ${(columns as readonly string[]).indexOf(column)}`
  const lookup = (l: {column: string; sql: string; from: readonly string[]}) => {
    const args = [...(l.column === 'person_id' ? [] : ['@id']), ...l.from.map(value)]
    let k = 0
    return l.sql.replace(/\?/g, () => args[k++]!)
  }
  // A Land absent twice in one table is one absence.
  const sql = `INSERT${table === 'absences' ? ' OR IGNORE' : ''} INTO ${table} (document_id, ${[...columns, ...links.map((l) => l.column)].join(', ')}) ` +
    `SELECT @id${columns.map((_, i) => `, value ->> ${i}`).join('')}${links.map((l) => `, ${lookup(l)}`).join('')} FROM json_each(@rows) WHERE true ORDER BY key`
  return [table, sql]
})) as Record<RowTable, string>

/** A document's records as table rows: what a worker thread hands the writer. */
export interface FactRows {
  kind: string
  encoding: string
  /**
   * Per table, its rows as one JSON array (of arrays in `COLUMNS` order): what the digest is
   * taken of and what the insert reads, so the writer's thread neither copies nor encodes a row.
   */
  tables: Record<RowTable, string>
  /** published, fingerprint, body, number, date, place; the duplicate is looked up when written. */
  report: Row | null
  footprint: Footprint
  /**
   * sha256 (128 bits) of the rows per table, and of kind, encoding and report under `document`:
   * a re-extraction writes only the tables whose rows changed (and those that hang on them).
   */
  digests: Record<string, string>
}

/** `encoding`: what `documents.encoding` says of the raw bytes (`pdf` for a PDF); by default the text's. */
export function factRows(record: Extraction, normalized: Normalized, file: VFile, encoding: string = normalized.encoding): FactRows {
  const {map} = normalized
  const raw = (span: Span | null | undefined): [number | null, number | null] =>
    span ? [map[Math.min(span.start, map.length - 1)]!, map[Math.min(span.end, map.length - 1)]!] : [null, null]
  const tables = Object.fromEntries(Object.keys(COLUMNS).map((t) => [t, [] as Row[]])) as Record<RowTable, Row[]>
  const add = (table: RowTable, ...row: Row) => tables[table].push(row)

  const m = record.meeting
  if (m) {
    for (const field of ['body', 'number', 'date', 'place', 'start', 'end'] as const) {
      const value = m[field]
      if (value !== null) add('meeting_facts', field, String(value), ...raw(m.spans[field]))
    }
    m.chair.forEach((p, i) => add('meeting_people', 'chair', i, p.name, p.honorific, p.title, p.org, ...raw(p.span)))
    m.minutes.forEach((p, i) => add('meeting_people', 'minutes', i, p.name, p.honorific, p.title, p.org, ...raw(p.span)))
    m.announcements.forEach((a, i) => add('announcements', i, a.number, a.place, a.date, a.text, ...raw(a.span)))
    m.departures.forEach((d, i) => add('departures', i, d.name, d.org, d.time, d.proxy, d.after, d.text, ...raw(d.span)))
  }

  const bool = (b: boolean | null) => (b === null ? null : b ? 1 : 0)
  record.agenda.forEach((a, s) => {
    add('agenda_items', s, a.number, a.parent, a.title, ...raw(a.titleSpan), ...raw(a.span))
    a.sponsors.forEach((o, i) => add('agenda_orgs', s, 'sponsor', i, o.org, ...raw(o.span)))
    a.guests.forEach((o, i) => add('agenda_orgs', s, 'guest', i, o.org, ...raw(o.span)))
    for (const r of a.attachments) add('attachment_refs', s, r.number, ...raw(r.span))
    const v = a.vote
    if (v) {
      add('votes', s, v.outcome, bool(v.unanimous), bool(v.debate), ...raw(v.span))
      for (const [land, position] of Object.entries(v.positions ?? {})) add('vote_positions', s, land, position)
      v.evidence.forEach((e, i) => add('vote_evidence', s, i, e.text, ...raw(e.span)))
    }
    a.notes.forEach((n, i) => add('notes', s, i, n.org, noteKind(n.kind), n.kind, n.text, ...raw(n.span)))
    a.amendments.forEach((am, i) => { for (const c of new Set(am.clauses)) add('amendments', s, i, c, am.action, am.text, ...raw(am.span)) })
    a.presenters.forEach((p, i) => add('presenters', s, i, p.name, p.honorific, p.title, p.org, ...raw(p.span)))
    const r = a.resolution
    if (r) {
      add('resolutions', s, r.preamble, ...raw(r.preambleSpan), ...raw(r.span))
      r.clauses.forEach((c, ci) => {
        add('clauses', s, ci, c.number, c.text, ...raw(c.span))
        c.items.forEach((it, ii) => add('clause_items', s, ci, ii, it.label, it.text, ...raw(it.span)))
      })
    }
  })

  record.attendeeSections.forEach((sc, i) => add('attendee_sections', i, sc.role, JSON.stringify(sc.codes), JSON.stringify(sc.alignedGroups), JSON.stringify(sc.excluded), ...raw(sc.span)))
  record.attendees.forEach((a, i) => add('attendances', i, a.section, a.group, a.role, a.name, a.honorific, a.title, a.org,
    a.chair ? 1 : 0, a.evidence, a.reason, a.confidence, JSON.stringify(a.altOrgs), ...raw(a.span)))
  record.personFacts.forEach((f, i) => add('person_facts', i, f.name, f.org, f.source, ...raw(f.span)))
  for (const a of record.absent) add('absences', a.org, ...raw(a.span))
  record.landMentions.forEach((lm, i) => add('land_mentions', i, lm.org, lm.surface, lm.form, ...raw(lm.span)))
  record.agendaChanges.forEach((c, i) => add('agenda_changes', i, c.number, c.change, c.by, c.after, c.title, c.text, ...raw(c.span)))
  record.sponsorChanges.forEach((c, i) => add('sponsor_changes', i, c.number, c.org, c.change, c.text, ...raw(c.span)))
  record.attachments.forEach((a, i) => add('attachments', i, a.number, a.title, ...raw(a.span)))
  // The tree's node types are camelCase (unist); the database's values are snake_case.
  record.segments.forEach((sg, i) => add('segments', i, snakeCase(sg.kind), sg.label, ...raw(sg.span)))
  file.messages.forEach((msg, i) => {
    const start = msg.place && 'start' in msg.place ? msg.place.start : msg.place
    const end = msg.place && 'end' in msg.place ? msg.place.end : start
    const span = start?.offset !== undefined ? {start: start.offset, end: end?.offset ?? start.offset} : null
    const severity = msg.fatal === true ? 'error' : msg.fatal === false ? 'warning' : 'info'
    add('diagnostics', i, msg.ruleId ?? 'unknown', severity, msg.reason, start?.line ?? null, start?.column ?? null, ...raw(span))
  })

  const json = Object.fromEntries(Object.entries(tables).map(([table, list]) => [table, JSON.stringify(list)])) as Record<RowTable, string>
  const r = record.report
  const certain = new Map<string, [string, string]>()
  for (const a of record.attendees) if (a.org && (a.evidence === 'printed' || a.evidence === 'column')) certain.set(`${a.role}\t${a.org}`, [a.role, a.org])
  const report = r ? [r.published, r.fingerprint, r.meeting.body, r.meeting.number, r.meeting.date, r.meeting.place] : null
  return {
    kind: record.kind,
    encoding,
    tables: json,
    report,
    digests: {
      document: digestOf(JSON.stringify([record.kind, encoding, report])),
      ...Object.fromEntries(Object.entries(json).map(([table, text]) => [table, digestOf(text)]))
    },
    footprint: {
      names: record.attendees.map((a) => a.name),
      facts: record.personFacts.map((f) => [f.name, f.org]),
      certain: [...certain.values()]
    }
  }
}

/** "agendaItem" → "agenda_item". */
export function snakeCase(kind: string): string {
  return kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

/** Of a JSON text. */
function digestOf(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 32)
}

/** Stores a new document; the same bytes again change nothing. */
export function storeDocument(db: DB, input: StoreInput): StoreOutcome {
  return storeRows(db, {source: input.source, bytes: input.bytes, rows: factRows(input.record, input.normalized, input.file)})
}

/**
 * Stores a new document from its rows, in one transaction; the same bytes
 * again change nothing. A PDF's extraction (`pdf`) is stored beside its bytes.
 */
export function storeRows(db: DB, input: {source: string; bytes: Uint8Array; sha256?: string; rows: FactRows; pdf?: PdfExtraction}): StoreOutcome {
  const hash = input.sha256 ?? sha256(input.bytes)
  return db.transaction((): StoreOutcome => {
    const existing = statement(db, 'SELECT id, source FROM documents WHERE sha256 = ?').get(hash) as {id: number; source: string} | undefined
    if (existing) return {status: 'unchanged', id: existing.id, source: existing.source}
    const {lastInsertRowid} = statement(db,
      'INSERT INTO documents (source, sha256, raw, size, encoding, kind, ingested_at, records_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
    ).run(input.source, hash, Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength), input.bytes.length,
      input.rows.encoding, input.rows.kind, new Date().toISOString(), JSON.stringify(input.rows.digests))
    const id = Number(lastInsertRowid)
    if (input.pdf) writeExtraction(db, id, input.pdf)
    noteWritten(db, id, null, input.rows.footprint)
    insertRows(db, id, input.rows)
    return {status: 'ingested', id}
  }).immediate()
}

/** Replaces a stored document's facts with a new record (re-extraction), in one transaction. */
export function replaceFacts(db: DB, id: number, record: Extraction, normalized: Normalized, file: VFile): boolean {
  return replaceRows(db, id, factRows(record, normalized, file))
}

/**
 * Replaces a stored document's rows, in one transaction: only the tables
 * whose rows changed, with the tables that hang on them by foreign key.
 * A PDF extracted again (`pdf`) replaces its stored extraction in the same
 * transaction. False, writing nothing, when nothing changed.
 */
export function replaceRows(db: DB, id: number, rows: FactRows, pdf?: PdfExtraction): boolean {
  const stored = JSON.parse(statement(db, 'SELECT records_digest FROM documents WHERE id = ?').pluck().get(id) as string | null ?? '{}') as Record<string, string>
  const changed = Object.keys(rows.digests).filter((k) => stored[k] !== rows.digests[k])
  if (changed.length === 0 && !pdf) return false
  const tables = withDependents(db, changed)
  db.transaction(() => {
    if (pdf) writeExtraction(db, id, pdf)
    // The same records from a new extractor: its snapshot names the extractor, so it is owed.
    if (changed.length === 0) {
      notePending(db, id)
      return
    }
    // The corpus pass keys on attendances and person facts; when they stay, so does what it knows.
    const keyed = tables.has('attendances') || tables.has('person_facts')
    const before = keyed ? footprintOf(db, id) : null
    for (const table of FACT_TABLES) if (tables.has(table)) statement(db, `DELETE FROM ${table} WHERE document_id = ?`).run(id)
    statement(db, 'UPDATE documents SET encoding = ?, kind = ?, records_digest = ? WHERE id = ?').run(rows.encoding, rows.kind, JSON.stringify(rows.digests), id)
    if (keyed) noteWritten(db, id, before, rows.footprint)
    else notePending(db, id)
    insertRows(db, id, rows, tables)
  }).immediate()
  return true
}

const dependents = new WeakMap<DB, Map<string, string[]>>()

/** The tables, and every table that hangs on one of them by foreign key (a deleted row takes its children). */
function withDependents(db: DB, tables: readonly string[]): Set<string> {
  let children = dependents.get(db)
  if (!children) {
    children = new Map()
    for (const table of FACT_TABLES) {
      for (const fk of db.pragma(`foreign_key_list(${table})`) as Array<{table: string}>) {
        children.set(fk.table, [...children.get(fk.table) ?? [], table])
      }
    }
    dependents.set(db, children)
  }
  const out = new Set<string>()
  const add = (t: string) => {
    if (out.has(t)) return
    out.add(t)
    for (const c of children!.get(t) ?? []) add(c)
  }
  for (const t of tables) add(t === 'document' ? 'reports' : t)
  return out
}

/** Tables holding a document's extracted facts, children first. */
export const FACT_TABLES = [
  'vote_positions', 'vote_evidence', 'votes', 'notes', 'amendments', 'presenters', 'departures', 'agenda_changes',
  'sponsor_changes', 'attendances', 'attendee_sections', 'person_facts', 'absences', 'land_mentions', 'clause_items', 'clauses', 'resolutions', 'attachment_refs', 'agenda_orgs', 'agenda_items',
  'meeting_facts', 'meeting_people', 'announcements', 'attachments', 'reports', 'segments', 'diagnostics'
] as const

export function deleteFacts(db: DB, id: number) {
  for (const table of FACT_TABLES) statement(db, `DELETE FROM ${table} WHERE document_id = ?`).run(id)
}

/** Inserts a document's rows (of these tables only, if given). Call inside a transaction. */
function insertRows(db: DB, id: number, rows: FactRows, only?: ReadonlySet<string>) {
  for (const table of Object.keys(COLUMNS) as RowTable[]) {
    if (only && !only.has(table)) continue
    const list = rows.tables[table]
    if (list !== '[]') statement(db, INSERTS[table]).run({id, rows: list})
  }
  if (rows.report && (!only || only.has('reports'))) {
    const [published, fingerprint, ...meeting] = rows.report
    // The same article ingested before (same lead and date): the earliest document.
    const dup = fingerprint
      ? statement(db, 'SELECT document_id FROM reports WHERE fingerprint = ? AND document_id < ? ORDER BY document_id LIMIT 1').get(fingerprint, id) as {document_id: number} | undefined
      : undefined
    statement(db, 'INSERT INTO reports (document_id, published, fingerprint, duplicate_of, body, number, date, place) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, published, fingerprint, dup?.document_id ?? null, ...meeting)
  }
}
