/**
 * Writing one document: its bytes and every fact, in one transaction, with
 * a note of what the corpus-wide pass must look at again. The rows come
 * from `factRows` (`rows.ts`, without a database: worker threads run it).
 */
import type {VFile} from 'vfile'
import type {Extraction} from '../record/schema.ts'
import type {Normalized} from '../normalize/index.ts'
import type {PdfExtraction} from '../document.ts'
import {statement, type DB} from './db.ts'
import {footprintOf, notePending, noteWritten} from './corpus.ts'
import {writeExtraction} from './pdf.ts'
import {COLUMNS, factRows, sha256, type FactRows, type RowTable} from './rows.ts'

export {factRows, sha256, snakeCase, type FactRows} from './rows.ts'

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
