/**
 * Whole tables and views as rows, for the CSV export: the tables and views
 * people query (not the corpus pass's bookkeeping, not the full-text
 * indexes' own tables), without raw bytes, limited to some documents.
 */
import {statement, type DB} from './db.ts'
import {INTERNAL_TABLES} from './docs.ts'

export interface TableRows {
  name: string
  columns: string[]
  rows: unknown[][]
}

/** The tables and views people query, in the order they were made. */
export function publicTables(db: DB): string[] {
  const names = statement(db, `SELECT name FROM sqlite_master WHERE type IN ('table', 'view')
    AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rowid`).pluck().all() as string[]
  const shadow = new Set(statement(db, "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[])
  return names.filter((n) => !INTERNAL_TABLES.has(n) && ![...shadow].some((v) => n.startsWith(`${v}_`)))
}

/** A table's or view's rows (of these documents, where it has a `document_id`; all rows of the others), BLOB columns left out. */
export function tableRows(db: DB, name: string, ids?: readonly number[]): TableRows {
  if (!publicTables(db).includes(name)) throw new Error(`Unexpected table \`${name}\`, expected one of publicTables()`)
  const info = db.pragma(`table_xinfo(${name})`) as Array<{name: string; type: string}>
  const columns = info.filter((c) => c.type.toUpperCase() !== 'BLOB').map((c) => c.name)
  const list = columns.map((c) => `"${c}"`).join(', ')
  // A document's rows: by its document_id, or its own id in `documents`.
  const key = name === 'documents' ? 'id' : columns.includes('document_id') ? 'document_id' : null
  const scoped = ids && key
  const stmt = db.prepare(`SELECT ${list} FROM ${name}${scoped ? ` WHERE ${key} IN (SELECT value FROM json_each(?))` : ''}`).raw()
  const rows = (scoped ? stmt.all(JSON.stringify(ids)) : stmt.all()) as unknown[][]
  return {name, columns, rows}
}
