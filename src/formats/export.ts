/**
 * `export`: the stored documents as `protocol-export/1` JSON (a file per
 * document), NDJSON (a line per document) or CSV (a file per table and
 * view), read from the database alone, into a folder or a stream. Nothing
 * is written outside the folder whatever the documents are called.
 */
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import type {DB} from '../store/db.ts'
import {documentRefs, exportDocument} from '../store/read.ts'
import {exportNames, toJson, toNdjsonLine} from './json.ts'

export const FORMATS = ['json', 'ndjson', 'csv'] as const
export type Format = (typeof FORMATS)[number]

export interface ExportSummary {
  format: Format
  documents: number
  /** File names written into the folder (none when streamed). */
  files: string[]
}

/** The NDJSON file a folder export writes. */
export const NDJSON_FILE = 'documents.ndjson'

/** Writes the documents `ids` (all when absent) into the folder `dir`. */
export async function exportToFolder(db: DB, format: Format, dir: string, ids?: readonly number[]): Promise<ExportSummary> {
  const root = resolve(dir)
  await mkdir(root, {recursive: true})
  const files: string[] = []
  const write = async (name: string, text: string) => {
    const path = resolve(root, name)
    // Names are built to stay inside (formats/json.ts); this says so if one ever did not.
    if (dirname(path) !== root) throw new Error(`Unexpected export name \`${name}\`, expected a file inside ${root}`)
    await writeFile(path, text)
    files.push(name)
  }
  const docs = selected(db, ids)
  if (format === 'json') {
    const names = exportNames(documentRefs(db))
    for (const doc of docs) await write(names.get(doc.id)!, toJson(exportDocument(db, doc.id)))
  } else if (format === 'ndjson') {
    await write(NDJSON_FILE, docs.map((doc) => toNdjsonLine(exportDocument(db, doc.id))).join(''))
  } else {
    const {csvTables} = await import('./csv.ts')
    for (const [name, text] of csvTables(db, ids)) await write(name, text)
  }
  return {format, documents: docs.length, files}
}

/** Streams the documents (json: one array; ndjson: a line each) to `out`. CSV has a file per table and needs a folder. */
export function exportToStream(db: DB, format: Exclude<Format, 'csv'>, out: (chunk: string) => void, ids?: readonly number[]): ExportSummary {
  const docs = selected(db, ids)
  if (format === 'ndjson') {
    for (const doc of docs) out(toNdjsonLine(exportDocument(db, doc.id)))
  } else {
    out('[\n')
    docs.forEach((doc, i) => out(`${i > 0 ? ',\n' : ''}${toJson(exportDocument(db, doc.id)).trimEnd()}`))
    out('\n]\n')
  }
  return {format, documents: docs.length, files: []}
}

function selected(db: DB, ids?: readonly number[]) {
  const all = documentRefs(db)
  if (!ids) return all
  const want = new Set(ids)
  return all.filter((d) => want.has(d.id))
}
