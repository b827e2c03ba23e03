/**
 * Crashes and concurrency, with real processes: an ingest killed (SIGKILL)
 * at random moments leaves every document complete or absent and the file
 * intact; a reader sees whole documents only; two ingests on one database
 * both succeed; a full disk rolls the document back and says so.
 */
import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import Database from 'better-sqlite3'
import {describe, expect, it} from 'vitest'
import {openDatabase} from '../src/store/db.ts'
import {ingestFiles} from '../src/corpus/run.ts'
import {exportDocument} from '../src/store/read.ts'
import {SEEDS, pipeline, seed} from './helpers.ts'

const BIN = new URL('../bin/protokollant.mjs', import.meta.url).pathname
const FILES = 40

/** A corpus of distinct files made from the seeds (a marker line makes each unique). */
function corpus(files = FILES): {dir: string; paths: string[]} {
  const dir = mkdtempSync(join(tmpdir(), 'protokollant-faults-'))
  mkdirSync(join(dir, 'in'))
  const paths: string[] = []
  for (let i = 0; i < files; i++) {
    const base = SEEDS[i % SEEDS.length]!
    const path = join(dir, 'in', `${String(i).padStart(3, '0')}-${base}`)
    writeFileSync(path, Buffer.concat([seed(base), Buffer.from(`\nVariante ${i}\n`)]))
    paths.push(path)
  }
  return {dir, paths}
}

const COUNTS = `SELECT d.sha256,
  (SELECT COUNT(*) FROM agenda_items x WHERE x.document_id = d.id) AS agenda,
  (SELECT COUNT(*) FROM clauses x WHERE x.document_id = d.id) AS clauses,
  (SELECT COUNT(*) FROM attendances x WHERE x.document_id = d.id) AS attendances,
  (SELECT COUNT(*) FROM vote_positions x WHERE x.document_id = d.id) AS positions,
  (SELECT COUNT(*) FROM segments x WHERE x.document_id = d.id) AS segments
  FROM documents d`

type Row = {sha256: string; agenda: number; clauses: number; attendances: number; positions: number; segments: number}

async function reference(paths: string[]): Promise<Map<string, Row>> {
  const db = openDatabase(':memory:')
  await ingestFiles(db, paths, {pipeline, pipelineName: 'dmk'})
  return new Map((db.prepare(COUNTS).all() as Row[]).map((r) => [r.sha256, r]))
}

function ingest(db: string, paths: string[]) {
  return command(['ingest', ...paths, '--db', db, '--quiet'])
}

function command(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], {stdio: ['ignore', 'pipe', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (d) => { stderr += d })
  const done = new Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>((resolve) => {
    child.on('exit', (code, signal) => resolve({code, signal, stderr}))
  })
  return {child, done}
}

/** Every stored document has exactly the records a clean ingest gives it. */
function expectWhole(rows: Row[], ref: Map<string, Row>) {
  for (const row of rows) expect(row, row.sha256).toEqual(ref.get(row.sha256))
}

let state = 20261123
const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648)

describe('faults', () => {
  it('an ingest killed at random moments leaves whole documents or none, and an intact file', async () => {
    const files = 100
    const {dir, paths} = corpus(files)
    const ref = await reference(paths)
    // Calibrate: how long one whole ingest takes here; kills land uniformly inside it.
    const started = performance.now()
    expect((await ingest(join(dir, 'calibrate.sqlite'), paths).done).code).toBe(0)
    const whole = performance.now() - started
    const stored: number[] = []
    for (let round = 0; round < 12; round++) {
      const db = join(dir, `killed-${round}.sqlite`)
      const delay = Math.floor(whole * (0.2 + 0.8 * random()))
      const {child, done} = ingest(db, paths)
      setTimeout(() => child.kill('SIGKILL'), delay)
      await done
      if (!existsSync(db)) { stored.push(0); continue }
      const check = new Database(db)
      expect(check.pragma('integrity_check', {simple: true})).toBe('ok')
      // Killed after the file was opened and before the first migration committed: no schema at all, not half of one.
      if (check.pragma('user_version', {simple: true}) === 0) {
        expect(check.prepare('SELECT count(*) AS n FROM sqlite_master').get()).toEqual({n: 0})
        check.close()
        stored.push(0)
        continue
      }
      const rows = check.prepare(COUNTS).all() as Row[]
      expectWhole(rows, ref)
      stored.push(rows.length)
      check.close()
      // The crashed database takes a full ingest afterwards.
      if (round === 0) {
        const again = await ingest(db, paths).done
        expect(again.code, again.stderr).toBe(0)
        const after = new Database(db)
        const all = after.prepare(COUNTS).all() as Row[]
        expect(all).toHaveLength(files)
        expectWhole(all, ref)
        after.close()
      }
    }
    // Some kills must land mid-ingest, or the test proves nothing.
    expect(stored.filter((n) => n > 0 && n < files).length, `documents stored per round: ${stored.join(', ')}`).toBeGreaterThanOrEqual(2)
    process.stdout.write(`SIGKILL rounds: documents stored when killed: ${stored.join(', ')} (of ${files}); whole ingest ${Math.round(whole)} ms\n`)
  }, 180_000)

  it('a reader during an ingest sees whole documents only', async () => {
    const {dir, paths} = corpus()
    const ref = await reference(paths)
    const db = join(dir, 'read.sqlite')
    openDatabase(db).close()
    const {done} = ingest(db, paths)
    let finished = false
    void done.then(() => { finished = true })
    const reader = new Database(db, {readonly: true})
    const seen = new Set<number>()
    while (!finished) {
      const rows = reader.prepare(COUNTS).all() as Row[]
      seen.add(rows.length)
      expectWhole(rows, ref)
      await new Promise((r) => setTimeout(r, 5))
    }
    reader.close()
    expect((await done).code).toBe(0)
    // The reads happened while the corpus grew (at least before and after), or the test proves nothing.
    expect(seen.size, `document counts seen: ${[...seen].join(', ')}`).toBeGreaterThanOrEqual(2)
  }, 60_000)

  it('two ingests on one database both succeed', async () => {
    const {dir, paths} = corpus()
    const db = join(dir, 'two.sqlite')
    const [a, b] = await Promise.all([ingest(db, paths.slice(0, 25)).done, ingest(db, paths.slice(15)).done])
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0])
    expect(a.stderr + b.stderr).not.toMatch(/SQLITE_BUSY|database is locked/)
    const check = new Database(db)
    expect((check.prepare('SELECT COUNT(*) AS n FROM documents').get() as {n: number}).n).toBe(FILES)
    expect((check.prepare('SELECT COUNT(*) AS n FROM runs WHERE ended_at IS NOT NULL').get() as {n: number}).n).toBe(2)
    check.close()
  }, 60_000)

  it('a run cut off by a kill is said by the next command, which finishes its corpus pass first', async () => {
    const {dir, paths} = corpus(100)
    const started = performance.now()
    expect((await ingest(join(dir, 'calibrate.sqlite'), paths).done).code).toBe(0)
    const whole = performance.now() - started
    for (let attempt = 0; ; attempt++) {
      const db = join(dir, `cut-${attempt}.sqlite`)
      const {child, done} = ingest(db, paths)
      setTimeout(() => child.kill('SIGKILL'), whole * 0.6)
      await done
      const check = new Database(db)
      const stored = (check.prepare('SELECT source FROM documents ORDER BY id').pluck().all() as string[])
      const unfinished = check.prepare('SELECT COUNT(*) FROM runs WHERE ended_at IS NULL').pluck().get()
      check.close()
      if (unfinished !== 1 || stored.length === 0) {
        if (attempt < 5) continue
        throw new Error(`no kill landed inside the run (documents stored: ${stored.length})`)
      }
      const next = await command(['runs', '--db', db]).done
      expect(next.code).toBe(0)
      expect(next.stderr).toMatch(new RegExp(`^${db}\\n warning Run 1 \\(ingest, started .*\\) was cut off before it ended; its documents are whole, ` +
        'the corpus-wide pass is finished now run-cut-off\\n\\n⚠ 1 warning\\n$'))
      const after = new Database(db)
      expect(after.prepare('SELECT (SELECT COUNT(*) FROM pending_documents) + (SELECT COUNT(*) FROM pending_facts) + (SELECT COUNT(*) FROM pending_persons) + (SELECT COUNT(*) FROM pending_snapshots)').pluck().get()).toBe(0)
      expect(after.prepare('SELECT cut_off IS NOT NULL AND ended_at IS NOT NULL FROM runs WHERE id = 1').pluck().get()).toBe(1)
      // The corpus is as if the stored documents had been ingested whole.
      const ref = openDatabase(':memory:')
      await ingestFiles(ref, paths.filter((p) => stored.includes(basename(p))), {pipeline, pipelineName: 'dmk'})
      const exports = (d: Database.Database) => (d.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[]).map((id) => exportDocument(d, id))
      expect(exports(after)).toEqual(exports(ref))
      after.close()
      // The command after it says nothing more.
      expect((await command(['runs', '--db', db]).done).stderr).toBe('')
      return
    }
  }, 120_000)

  it('four ingests and a reextract beside them on a 200-document database: every document stored, every exit 0', async () => {
    const {dir, paths} = corpus(360)
    const db = join(dir, 'busy.sqlite')
    const first = await ingest(db, paths.slice(0, 200)).done
    expect(first.code, `signal ${first.signal}; ${first.stderr}`).toBe(0)
    const started = performance.now()
    const all = await Promise.all([
      ...[0, 1, 2, 3].map((k) => ingest(db, paths.slice(200 + 40 * k, 240 + 40 * k)).done),
      command(['reextract', '--db', db, '--quiet']).done
    ])
    for (const r of all) expect(r.code, r.stderr).toBe(0)
    expect(all.map((r) => r.stderr).join('')).toBe('')
    const check = new Database(db)
    expect(check.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(360)
    expect(check.prepare('SELECT COUNT(*) FROM runs WHERE ended_at IS NULL').pluck().get()).toBe(0)
    expect(check.pragma('integrity_check', {simple: true})).toBe('ok')
    check.close()
    process.stdout.write(`4 ingests of 40 and a reextract of 200+ on one database: ${Math.round(performance.now() - started)} ms, all exit 0\n`)
  }, 300_000)

  it('a full disk rolls the document back and reports it', async () => {
    const {dir, paths} = corpus()
    const path = join(dir, 'full.sqlite')
    const first = openDatabase(path)
    await ingestFiles(first, [paths[1]!], {pipeline, pipelineName: 'dmk'})
    const pages = first.pragma('page_count', {simple: true}) as number
    first.close()
    const db = openDatabase(path, {maxPageCount: pages + 2})
    // A document four times the size of the first: it cannot fit in the free space of its pages.
    const big = join(dir, 'big.txt')
    writeFileSync(big, Buffer.concat([seed(SEEDS[1]!), seed(SEEDS[1]!), seed(SEEDS[1]!), seed(SEEDS[1]!)]))
    const summary = await ingestFiles(db, [big], {pipeline, pipelineName: 'dmk'})
    expect(summary.documents[0]!.status).toBe('rejected')
    expect(summary.documents[0]!.rejection!.reason).toMatch(/full/)
    expect((db.prepare('SELECT COUNT(*) AS n FROM documents').get() as {n: number}).n).toBe(1)
    expect((db.prepare("SELECT COUNT(*) AS n FROM agenda_items WHERE document_id NOT IN (SELECT id FROM documents)").get() as {n: number}).n).toBe(0)
    expect(db.pragma('integrity_check', {simple: true})).toBe('ok')
  })
})
