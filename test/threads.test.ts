/**
 * Worker threads change where documents are processed, not what is
 * stored: an ingest and a re-extraction with 1 or 2 workers leave a
 * database equal, table by table and byte by byte, to one made in this
 * thread (times aside).
 */
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {openDatabase, type DB} from '../src/store/db.ts'
import {ingestFiles, reextract, type RunOptions, type RunSummary} from '../src/corpus/run.ts'
import {defaultLimit, Pool} from '../src/corpus/pool.ts'
import {MAX_SIZE} from '../src/corpus/read.ts'
import {FIXTURES, pipeline} from './helpers.ts'

const GENERALITY = new URL('../fixtures/generality/text/', import.meta.url).pathname
const TIMES = new Set(['ingested_at', 'started_at', 'ended_at'])

const BAD = mkdtempSync(join(tmpdir(), 'protokollant-threads-'))
writeFileSync(join(BAD, 'empty.txt'), '')
writeFileSync(join(BAD, 'scan.txt'), Buffer.from('%PDF-1.7\n%âãÏÓ\n'))

function files(): string[] {
  const dir = BAD
  return [
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, f)),
    ...readdirSync(GENERALITY).filter((f) => f.endsWith('.txt')).map((f) => join(GENERALITY, f)),
    join(dir, 'empty.txt'), join(dir, 'scan.txt'), join(dir, 'missing.txt')
  ]
}

/** Every row of every table, in rowid order, without the times. */
function dump(db: DB): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name, sql LIKE '%WITHOUT ROWID' AS keyed FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{name: string; keyed: number}>
  return Object.fromEntries(tables.map(({name: t, keyed}) => [t, (db.prepare(`SELECT * FROM ${t}${keyed ? '' : ' ORDER BY rowid'}`).all() as Array<Record<string, unknown>>)
    .map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !TIMES.has(k))))]))
}

async function corpus(jobs: number): Promise<{dump: Record<string, unknown[]>; runs: RunSummary[]}> {
  const path = join(mkdtempSync(join(tmpdir(), 'protokollant-threads-')), 'db.sqlite')
  const db = openDatabase(path)
  // `jobs` workers from the start, however few documents and cores (a run would start fewer: see pool.ts).
  const options = (): RunOptions => ({pipeline, pipelineName: 'dmk', jobs,
    ...(jobs > 0 ? {workers: new Pool({jobs, pipeline: 'dmk', maxSize: MAX_SIZE, limit: defaultLimit})} : {})})
  const list = files()
  const runs = [
    await ingestFiles(db, list.slice(0, 30), options()),
    await ingestFiles(db, list, options()),
    await reextract(db, options())
  ]
  const out = {dump: dump(db), runs}
  db.close()
  return out
}

describe('worker threads', () => {
  it('store what this thread stores, byte for byte', async () => {
    const here = await corpus(0)
    expect(here.dump.documents!.length).toBeGreaterThan(60)
    expect(here.runs[1]!.rejected).toBe(3)
    for (const jobs of [1, 2]) {
      const there = await corpus(jobs)
      expect(there.runs).toEqual(here.runs)
      for (const table of Object.keys(here.dump)) expect(there.dump[table], `${table} with ${jobs} worker(s)`).toEqual(here.dump[table])
    }
  }, 180_000)
})

describe('starting workers', () => {
  it('starts one per 25 documents, and one that shares the writer\'s core only for 600 documents per worker', async () => {
    const started = async (documents: number, ownCores: number) => {
      const pool = new Pool({jobs: 2, documents, ownCores, pipeline: 'dmk', maxSize: MAX_SIZE, limit: defaultLimit})
      const n = pool.started
      await pool.close()
      return n
    }
    expect(await started(5, 2)).toBe(1)
    expect(await started(50, 2)).toBe(2)
    expect(await started(1000, 1)).toBe(1)
    expect(await started(1200, 1)).toBe(2)
  }, 60_000)
})

describe('the watchdog', () => {
  it('stops a document past its time limit, rejects it as document-timeout, and goes on with the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'protokollant-watchdog-'))
    const seed = readdirSync(FIXTURES).filter((f) => f.startsWith('dmk-')).map((f) => join(FIXTURES, f))
    const big = join(dir, 'big.txt')
    writeFileSync(big, Array.from({length: 12}, (_, i) => `${readFileSync(seed[0]!, 'utf8')}\nVariante ${i}\n`).join('\n'))
    const db = openDatabase(':memory:')
    // A limit no document of 200 KB can meet; the small ones get all the time they need.
    const limit = (bytes: number) => (bytes > 200_000 ? 20 : 60_000)
    const summary = await ingestFiles(db, [seed[0]!, big, seed[1]!], {pipeline, pipelineName: 'dmk', jobs: 1, limit})
    expect(summary.documents.map((d) => d.status)).toEqual(['ingested', 'rejected', 'ingested'])
    expect(summary.documents[1]!.rejection).toMatchObject({ruleId: 'document-timeout', path: big})
    expect(summary.documents[1]!.rejection!.reason).toMatch(/^Unexpected processing time over 0\.0 s, expected less for \d+ bytes: the worker was stopped$/)
  }, 60_000)
})

describe('the last guard', () => {
  it('rejects a document whose pipeline throws as pipeline-error with the stack, and goes on', async () => {
    const seeds = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().slice(0, 3).map((f) => join(FIXTURES, f))
    // A preset with a bug that the second document meets.
    const buggy = {
      parse: (file: {path: string}) => {
        if (file.path === seeds[1]) throw new TypeError('Cannot read properties of null (reading \'1\')')
        return pipeline.parse(file as unknown as Parameters<typeof pipeline.parse>[0])
      },
      runSync: pipeline.runSync.bind(pipeline),
      stringify: pipeline.stringify.bind(pipeline)
    } as unknown as typeof pipeline
    const summary = await ingestFiles(openDatabase(':memory:'), seeds, {pipeline: buggy})
    expect(summary.documents.map((d) => d.status)).toEqual(['ingested', 'rejected', 'ingested'])
    expect(summary.documents[1]!.rejection).toMatchObject({ruleId: 'pipeline-error', reason: 'Cannot read properties of null (reading \'1\')'})
    expect(summary.documents[1]!.rejection!.stack).toMatch(/^TypeError: Cannot read properties of null \(reading '1'\)\n {4}at /)
  })
})
