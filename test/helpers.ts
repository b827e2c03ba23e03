/** Shared test helpers: run the DMK preset, store into an in-memory database, export. */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {dmk} from '../pipelines/dmk.ts'
import {processBytes, type Processed} from '../src/document.ts'
import {openDatabase, type DB} from '../src/store/db.ts'
import {storeDocument} from '../src/store/write.ts'
import {exportDocument, type ExportRecord} from '../src/store/read.ts'
import {resolveCorpus} from '../src/corpus/placement.ts'

export const FIXTURES = new URL('../fixtures/seeds/', import.meta.url).pathname
export const pipeline = dmk

export const SEEDS = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()

/** A seed by the start of its name: 'dmk-02', 'report-dmk-02-reprint'. */
export function seed(name: string): Buffer {
  const file = SEEDS.find((f) => f.startsWith(name))
  if (!file) throw new Error(`no seed ${name}`)
  return readFileSync(join(FIXTURES, file))
}

export function gold(name: string): Record<string, any> {
  const file = SEEDS.find((f) => f.startsWith(name))!.replace(/\.txt$/, '.json')
  return JSON.parse(readFileSync(join(FIXTURES, 'gold', file), 'utf8'))
}

export function run(bytes: Uint8Array | string, path = 'test.txt'): Processed {
  const input = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes
  const result = processBytes(pipeline, input, path)
  if (!result.ok) throw new Error(`rejected: ${result.reason}`)
  return result
}

/** Ingests documents (in order) into a fresh in-memory database, resolves the corpus and exports them all. */
export function ingestAndExport(docs: Array<{source: string; bytes: Uint8Array}>): {db: DB; records: ExportRecord[]} {
  const db = openDatabase(':memory:')
  const ids: number[] = []
  for (const doc of docs) {
    const r = run(doc.bytes, doc.source)
    ids.push(storeDocument(db, {source: doc.source, bytes: doc.bytes, record: r.record, normalized: r.normalized, file: r.file}).id)
  }
  // As `ingest` does after a batch: placements that rest on other documents.
  resolveCorpus(db)
  return {db, records: ids.map((id) => exportDocument(db, id))}
}

/** The parts of an export that the gold fixes, for comparison (diagnostics and extra keys aside). */
export function comparable(record: Record<string, any>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of keys) out[key] = record[key]
  return out
}

/**
 * Windows-1252 bytes of a text, from a table of its own (not the decoder's),
 * so tests check the decoder against an independent encoding.
 */
export function encode1252(text: string): Buffer {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
  return Buffer.from([...text].map((c) => {
    const i = high.indexOf(c)
    if (i !== -1) return 0x80 + i
    const code = c.charCodeAt(0)
    if (code > 0xff) throw new Error(`not in Windows-1252: ${c}`)
    return code
  }))
}

/** vfile-reporter's report with its column padding squashed: one space between fields, none at a line's start. */
export function squash(text: string): string {
  return text.split('\n').map((l) => l.replace(/ {2,}/g, ' ').trim()).join('\n')
}
