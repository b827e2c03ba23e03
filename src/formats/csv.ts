/** The CSV export: a file per table and view people query (RFC 4180: quoted where needed, CRLF line ends). */
import type {DB} from '../store/db.ts'
import {publicTables, tableRows} from '../store/tables.ts'

export function csvTables(db: DB, ids?: readonly number[]): Array<[string, string]> {
  return publicTables(db).map((name) => {
    const {columns, rows} = tableRows(db, name, ids)
    return [`${name}.csv`, [columns, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n']
  })
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
