/**
 * The corpus pass works on what changed, and must leave what a pass over
 * everything leaves: documents stored in any batches and any order, and
 * documents whose facts are replaced, end as one batch in order ends.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {processBytes} from '../src/document.ts'
import {openDatabase, type DB} from '../src/store/db.ts'
import {factRows, replaceRows, storeRows, type FactRows} from '../src/store/write.ts'
import {exportDocument, listDocuments} from '../src/store/read.ts'
import {resolveCorpus} from '../src/corpus/placement.ts'
import {FIXTURES, pipeline} from './helpers.ts'

const GENERALITY = new URL('../fixtures/generality/text/', import.meta.url).pathname
const PHENOMENA = new URL('fixtures/', import.meta.url).pathname

interface Doc {
  source: string
  bytes: Buffer
  rows: FactRows
}

// Bench protocols (words shuffled in long lines) lose codes and break rows: placements that need the corpus.
const SYNTH = mkdtempSync(join(tmpdir(), 'protokollant-incremental-'))
execFileSync(process.execPath, [new URL('../bench/synth-corpus.mjs', import.meta.url).pathname, SYNTH, '24', 'synth'])

const DOCS: Doc[] = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, f)),
  ...readdirSync(GENERALITY).filter((f) => f.endsWith('.txt')).map((f) => join(GENERALITY, f)),
  ...readdirSync(PHENOMENA).filter((f) => f.endsWith('.txt') && !f.startsWith('imk-')).map((f) => join(PHENOMENA, f)),
  ...readdirSync(SYNTH).map((f) => join(SYNTH, f))
].sort().map((path) => {
  const bytes = readFileSync(path)
  const result = processBytes(pipeline, bytes, path)
  if (!result.ok) throw new Error(`${path}: ${result.reason}`)
  return {source: path.slice(path.lastIndexOf('/') + 1), bytes, rows: factRows(result.record, result.normalized, result.file)}
})

/** Everything a reader sees of the corpus, by source (a report's duplicate depends on the order of ingestion). */
function state(db: DB) {
  const docs = listDocuments(db).map((d) => exportDocument(db, d.id)).map((r: Record<string, any>) => {
    if (r.report) r.report.duplicate_of = null
    return r
  }).sort((a, b) => a.document.source.localeCompare(b.document.source))
  const persons = db.prepare('SELECT name, name_key FROM persons ORDER BY name').all()
  return {docs, persons}
}

function oneBatch(docs: readonly Doc[]): DB {
  const db = openDatabase(':memory:')
  for (const d of docs) storeRows(db, d)
  resolveCorpus(db)
  return db
}

describe('incremental corpus pass', () => {
  const reference = state(oneBatch(DOCS))

  it('has attendees placed otherwise in the corpus than in their document alone, or it proves nothing', () => {
    const alone = DOCS.map((d) => state(oneBatch([d])).docs[0]!)
    const placements = (docs: Array<Record<string, any>>) => docs.flatMap((d) => (d.attendees ?? []).map((a: any) => `${a.org} ${a.evidence.reason}`))
    const here = placements(reference.docs)
    const there = placements(alone.sort((a, b) => a.document.source.localeCompare(b.document.source)))
    expect(here.length).toBe(there.length)
    expect(here.filter((p, i) => p !== there[i]).length).toBeGreaterThan(20)
    expect(reference.persons.length).toBeGreaterThan(100)
  }, 60_000)

  it('ends as one batch ends, whatever the batches and their order', () => {
    fc.assert(fc.property(fc.shuffledSubarray(DOCS, {minLength: DOCS.length}), fc.array(fc.integer({min: 1, max: 40}), {minLength: 1, maxLength: 8}),
      (order, sizes) => {
        const db = openDatabase(':memory:')
        let at = 0
        for (let i = 0; at < order.length; i++) {
          for (const d of order.slice(at, at + sizes[i % sizes.length]!)) storeRows(db, d)
          at += sizes[i % sizes.length]!
          resolveCorpus(db)
        }
        expect(state(db)).toEqual(reference)
        // A pass over everything finds nothing left to change.
        expect(resolveCorpus(db, {full: true}).replaced).toBe(0)
        expect(state(db)).toEqual(reference)
      }), {numRuns: 10})
  }, 120_000)

  it('ends as one batch ends when a document is re-extracted into the records it had', () => {
    const db = oneBatch(DOCS)
    for (const d of DOCS.slice(0, 5)) replaceRows(db, listDocuments(db).find((x) => x.source === d.source)!.id, d.rows)
    resolveCorpus(db)
    expect(state(db)).toEqual(reference)
  })

  it('rewrites only the tables whose rows changed, and what hangs on them', () => {
    const db = oneBatch(DOCS)
    const doc = DOCS.find((d) => d.rows.tables.clauses !== '[]' && d.rows.tables.attendances !== '[]')!
    const id = listDocuments(db).find((x) => x.source === doc.source)!.id
    const rowids = (table: string) => db.prepare(`SELECT rowid FROM ${table} WHERE document_id = ? ORDER BY rowid`).pluck().all(id)
    const before = {segments: rowids('segments'), attendances: rowids('attendances'), clauses: rowids('clauses'), items: rowids('clause_items')}
    // A rule change that touches one clause's text.
    const clauses = (JSON.parse(doc.rows.tables.clauses) as unknown[][]).map((row, i) => (i === 0 ? row.map((v, k) => (k === 3 ? `${String(v)} (geändert)` : v)) : row))
    const rows: FactRows = {...doc.rows, tables: {...doc.rows.tables, clauses: JSON.stringify(clauses)}, digests: {...doc.rows.digests, clauses: 'changed'}}
    expect(replaceRows(db, id, rows)).toBe(true)
    expect(rowids('segments')).toEqual(before.segments)
    expect(rowids('attendances')).toEqual(before.attendances)
    expect(rowids('clauses')).not.toEqual(before.clauses)
    if (before.items.length > 0) expect(rowids('clause_items')).not.toEqual(before.items)
    resolveCorpus(db)
    expect(state(db)).toEqual(state(oneBatch(DOCS.map((d) => (d === doc ? {...d, rows} : d)))))
    // The same rows again write nothing.
    expect(replaceRows(db, id, rows)).toBe(false)
  })

  it('ends as one batch ends when documents are re-extracted into other records', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(DOCS.length - 1), fc.nat(DOCS.length - 1), fc.boolean()), {minLength: 1, maxLength: 12}), (swaps) => {
      const db = oneBatch(DOCS)
      const now = [...DOCS]
      const ids = new Map(listDocuments(db).map((d) => [d.source, d.id]))
      for (const [i, j, pass] of swaps) {
        // Document i re-extracted into the records of document j.
        replaceRows(db, ids.get(DOCS[i]!.source)!, DOCS[j]!.rows)
        now[i] = {...DOCS[i]!, rows: DOCS[j]!.rows}
        if (pass) resolveCorpus(db)
      }
      resolveCorpus(db)
      expect(state(db)).toEqual(state(oneBatch(now)))
    }), {numRuns: 10})
  }, 120_000)
})
