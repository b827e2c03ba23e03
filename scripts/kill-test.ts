/**
 * Kill test (not part of npm test): ingests and re-extractions (into the
 * IMK preset's records, so that documents are written again) killed with
 * SIGKILL at random moments, then the database checked. A database is
 * consistent when PRAGMA integrity_check and foreign_key_check are clean,
 * every stored document has exactly the records a clean ingest gives it,
 * the next command says the run was cut off and leaves no pending notes,
 * and a corpus pass over everything then changes nothing.
 *
 *   npm run kill-test -- [ROUNDS=20] [--seed S]    (ROUNDS kills that land inside a run)
 */
import {spawn} from 'node:child_process'
import {copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Database from 'better-sqlite3'
import {isDeepStrictEqual} from 'node:util'
import {openDatabase, type DB} from '../src/store/db.ts'
import {ingestFiles} from '../src/corpus/run.ts'
import {resolveCorpus} from '../src/corpus/placement.ts'
import {exportDocument} from '../src/store/read.ts'
import {loadPipeline} from '../pipelines/index.ts'

const args = process.argv.slice(2)
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 20)
const seedAt = args.indexOf('--seed')
let state = seedAt === -1 ? Date.now() % 2147483648 : Number(args[seedAt + 1])
const seed = state
const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648)

const ROOT = new URL('..', import.meta.url).pathname
const BIN = join(ROOT, 'bin/protokollant.mjs')
const SEEDS = join(ROOT, 'fixtures/seeds')
const FILES = 120

const work = mkdtempSync(join(tmpdir(), 'protokollant-kill-'))
mkdirSync(join(work, 'in'))
const paths: string[] = []
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()
for (let i = 0; i < FILES; i++) {
  const base = seeds[i % seeds.length]!
  const path = join(work, 'in', `${String(i).padStart(3, '0')}-${base}`)
  writeFileSync(path, Buffer.concat([readFileSync(join(SEEDS, base)), Buffer.from(`\nVariante ${i}\n`)]))
  paths.push(path)
}

const COUNTS = `SELECT d.sha256,
  (SELECT COUNT(*) FROM agenda_items x WHERE x.document_id = d.id) AS agenda,
  (SELECT COUNT(*) FROM clauses x WHERE x.document_id = d.id) AS clauses,
  (SELECT COUNT(*) FROM attendances x WHERE x.document_id = d.id) AS attendances,
  (SELECT COUNT(*) FROM vote_positions x WHERE x.document_id = d.id) AS positions,
  (SELECT COUNT(*) FROM segments x WHERE x.document_id = d.id) AS segments,
  (SELECT COUNT(*) FROM person_facts x WHERE x.document_id = d.id) AS facts
  FROM documents d`

function command(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], {stdio: ['ignore', 'pipe', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (d) => { stderr += d })
  const done = new Promise<{code: number | null; stderr: string}>((resolve) => child.on('exit', (code) => resolve({code, stderr})))
  return {child, done}
}

async function timed(args: string[]): Promise<number> {
  const started = performance.now()
  const r = await command(args).done
  if (r.code !== 0) throw new Error(`${args.join(' ')}: exit ${r.code}\n${r.stderr}`)
  return performance.now() - started
}

const exportsOf = (db: DB) => (db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[]).map((id) => exportDocument(db, id))

// What a clean ingest stores for each document, with the DMK preset and with the IMK one: the killed
// re-extractions switch presets, so that every document they reach is written again.
const whole = new Map<string, Array<Record<string, unknown>>>()
for (const name of ['dmk', 'imk']) {
  const reference = openDatabase(':memory:')
  await ingestFiles(reference, paths, {pipeline: await loadPipeline(name), pipelineName: name})
  for (const r of reference.prepare(COUNTS).all() as Array<Record<string, unknown>>) whole.set(r.sha256 as string, [...whole.get(r.sha256 as string) ?? [], r])
}
const full = join(work, 'full.sqlite')
const ingestMs = await timed(['ingest', ...paths, '--db', full, '--quiet'])
const reextractMs = await timed(['reextract', '--db', full, '--quiet', '--pipeline', 'imk'])
// Back to the DMK's records: each round's re-extraction changes them all again.
await timed(['reextract', '--db', full, '--quiet', '--pipeline', 'dmk'])

let inconsistent = 0
let landed = 0
// Rounds whose run ended before the kill are told and not counted.
for (let round = 0; landed < rounds && round < 3 * rounds; round++) {
  const reextract = round % 2 === 1
  const db = join(work, `round-${round}.sqlite`)
  if (reextract) for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, {force: true})
  if (reextract) copyFileSync(full, db)
  const args = reextract ? ['reextract', '--db', db, '--quiet', '--pipeline', 'imk'] : ['ingest', ...paths, '--db', db, '--quiet']
  const delay = Math.floor((reextract ? reextractMs : ingestMs) * (0.2 + 0.6 * random()))
  const {child, done} = command(args)
  setTimeout(() => child.kill('SIGKILL'), delay)
  const killed = await done
  const problems: string[] = []
  let stored = 0
  let written = 0
  try {
    if (!existsSync(db)) throw new Error('killed before the database was created')
    const check = new Database(db)
    const tables = check.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents'").pluck().get()
    if (tables === 0) {
      check.close()
      throw new Error('killed before the schema was made')
    }
    if (check.pragma('integrity_check', {simple: true}) !== 'ok') problems.push('integrity_check')
    if ((check.pragma('foreign_key_check') as unknown[]).length > 0) problems.push('foreign_key_check')
    const rows = check.prepare(COUNTS).all() as Array<Record<string, unknown>>
    stored = rows.length
    for (const row of rows) {
      if (!(whole.get(row.sha256 as string) ?? []).some((w) => isDeepStrictEqual(row, w))) problems.push(`partial document ${String(row.sha256).slice(0, 8)}`)
    }
    const unfinished = check.prepare('SELECT COUNT(*) FROM runs WHERE ended_at IS NULL').pluck().get() as number
    // Documents written since the last corpus pass: how far the killed run got.
    written = check.prepare('SELECT COUNT(*) FROM pending_documents WHERE written = 1').pluck().get() as number
    check.close()
    // The next command says so and finishes the corpus pass.
    const next = await command(['runs', '--db', db]).done
    if (next.code !== 0) problems.push(`runs exited ${next.code}`)
    if (unfinished > 0 && !/was cut off before it ended/.test(next.stderr)) problems.push('cut-off run not said')
    if (unfinished === 0 && next.stderr !== '') problems.push(`unexpected stderr: ${next.stderr.trim()}`)
    const after = openDatabase(db)
    const pending = after.prepare(`SELECT (SELECT COUNT(*) FROM pending_documents) + (SELECT COUNT(*) FROM pending_facts)
      + (SELECT COUNT(*) FROM pending_persons) + (SELECT COUNT(*) FROM pending_snapshots)`).pluck().get() as number
    if (pending > 0) problems.push(`${pending} pending notes left`)
    if ((after.prepare('SELECT COUNT(*) FROM runs WHERE ended_at IS NULL').pluck().get() as number) > 0) problems.push('a run still unfinished')
    const incremental = exportsOf(after)
    const persons = after.prepare('SELECT name, name_key FROM persons ORDER BY name').all()
    resolveCorpus(after, {full: true})
    if (!isDeepStrictEqual(exportsOf(after), incremental)) problems.push('a pass over everything changes records')
    if (!isDeepStrictEqual(after.prepare('SELECT name, name_key FROM persons ORDER BY name').all(), persons)) problems.push('a pass over everything changes persons')
    after.close()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (!/^killed before/.test(message)) problems.push(`check failed: ${message}`)
  }
  if (problems.length > 0) inconsistent++
  if (killed.code === null) landed++
  const line = `round ${String(round + 1).padStart(2)}: ${reextract ? 'reextract' : 'ingest   '} killed after ${String(delay).padStart(5)} ms` +
    ` (${killed.code === null ? 'SIGKILL' : `exit ${killed.code}`}), ${stored} documents stored, ${written} written by it and not yet passed: ` +
    `${problems.length === 0 ? 'consistent' : problems.join('; ')}`
  process.stdout.write(line + '\n')
}
process.stdout.write(`\n${landed} kills inside a run (seed ${seed}; whole ingest ${Math.round(ingestMs)} ms, whole reextract ${Math.round(reextractMs)} ms), ` +
  `every database checked: ${inconsistent} inconsistent\n`)
rmSync(work, {recursive: true, force: true})
process.exitCode = inconsistent > 0 || landed < rounds ? 1 : 0
