/**
 * Runs: every `ingest` and `reextract` is recorded with its parser version
 * and preset, and closed with a snapshot of every document's records, so
 * any two runs can be compared by natural keys.
 */
import {readFileSync} from 'node:fs'
import {hostname} from 'node:os'
import {gzipSync, gunzipSync} from 'node:zlib'
import {Worker} from 'node:worker_threads'
import {readTransaction, retryBusy, type DB} from '../store/db.ts'
import {exportDocument} from '../store/read.ts'
import {deleteRun, insertRun, markCutOff, pendingSnapshots, unfinishedRuns, readSnapshots, runEnded, writeRunEnd, writeSnapshots, type RunInfo, type SnapshotRow} from '../store/runs.ts'
import {diffSnapshots, type DocumentDiff} from './diff.ts'
import {snapshot, type SnapshotRecord} from './snapshot.ts'
import {resolveCorpus, type CorpusSummary} from './placement.ts'
import {parserVersion} from './version.ts'

export {parserVersion} from './version.ts'

/** Runs this process has started and not yet finished. */
const active = new Set<number>()

export function startRun(db: DB, kind: RunInfo['kind'], pipeline: string): number {
  const run = insertRun(db, kind, parserVersion(), pipeline, process.pid, hostname())
  active.add(run)
  return run
}

export interface CutOff {
  runs: Array<{id: number; kind: string; startedAt: string}>
  corpus: CorpusSummary
}

/**
 * Runs whose process is gone (killed) before they ended: their corpus-wide
 * pass is finished and they are closed, marked as cut off. Null when there
 * are none. A run of a live process, or of another host, is left alone.
 */
export async function finishCutOffRuns(db: DB): Promise<CutOff | null> {
  const here = hostname()
  const dead = unfinishedRuns(db).filter((r) => r.host === here && r.pid !== null && !active.has(r.id) && !alive(r.pid))
  if (dead.length === 0) return null
  const corpus = resolveCorpus(db)
  for (const r of dead) {
    retryBusy(() => markCutOff(db, r.id))
    await finishRun(db, r.id, 0)
  }
  return {runs: dead.map(({id, kind, startedAt}) => ({id, kind, startedAt})), corpus}
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  // A killed process no one has reaped yet (a zombie) answers the signal too.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return true
  }
}

/** Documents exported per snapshot transaction. */
const SNAPSHOT_BATCH = 200

/**
 * Closes a run: snapshots of the documents whose records changed since
 * they were last snapshot (the others refer to earlier runs), counts and
 * diagnostics per rule. Exports are read outside the write lock and
 * written in short transactions, in order. With more than one batch, a
 * thread of its own with its own read-only connection makes every other
 * batch (the document workers have ended by then, their core is free).
 * With `dropIfIdle` (the run wrote no
 * document), a run that wrote no snapshot either is removed instead: a
 * no-op is not recorded, so `diff` and `audit` compare the runs that
 * changed something. `own`: counts of the run's own (PDFs extracted). True when the run was recorded.
 */
export async function finishRun(db: DB, run: number, documents: number, options: {dropIfIdle?: boolean; own?: Record<string, number>} = {}): Promise<boolean> {
  const owed = pendingSnapshots(db)
  const batches: Owed[][] = []
  for (let i = 0; i < owed.length; i += SNAPSHOT_BATCH) batches.push(owed.slice(i, i + SNAPSHOT_BATCH))
  const helper = batches.length > 1 && !db.memory ? new SnapshotMaker(db.name) : null
  // The helper's batches are asked for at once; this thread makes its own while it waits for them.
  const asked = batches.map((batch, i) => (helper && i % 2 === 0 ? helper.make(batch) : null))
  let written = 0
  const write = (rows: SnapshotRow[]) => { written += retryBusy(() => writeSnapshots(db, run, rows)) }
  try {
    for (let i = 0; i < batches.length; i++) {
      const theirs = asked[i]
      if (!theirs) {
        write(makeSnapshots(db, batches[i]!))
        continue
      }
      const mine = i + 1 < batches.length ? makeSnapshots(db, batches[i + 1]!) : null
      write(await theirs ?? makeSnapshots(db, batches[i]!))
      if (mine) write(mine)
      i++
    }
  } finally {
    await helper?.close()
  }
  const recorded = !(options.dropIfIdle && written === 0)
  retryBusy(() => (recorded ? writeRunEnd(db, run, documents, options.own) : deleteRun(db, run)))
  active.delete(run)
  return recorded
}

type Owed = ReturnType<typeof pendingSnapshots>[number]

/** Snapshots of these documents (gzipped JSON of `snapshot(export)`), read in one read transaction. */
export function makeSnapshots(db: DB, batch: readonly Owed[]): SnapshotRow[] {
  return readTransaction(db, () => batch.map(({documentId, version}): SnapshotRow => {
    const record = exportDocument(db, documentId, {locations: false})
    return {documentId, version, source: record.document.source, sha256: record.document.sha256, snapshot: gzipSync(JSON.stringify(snapshot(record)))}
  }))
}

/**
 * `makeSnapshots` in a worker thread (`snapshot-worker.ts`) on a read-only connection of its own;
 * a batch it cannot make (the thread failed) comes back as null, for this thread to make.
 */
class SnapshotMaker {
  readonly #worker: Worker
  readonly #exited: Promise<unknown>
  #waiting: Array<(rows: SnapshotRow[] | null) => void> = []

  constructor(path: string) {
    const here = import.meta.url
    // Built to JS the worker runs as it is; from the sources, a bootstrap registers tsx first.
    const entry = here.endsWith('.ts') ? new URL('../../bin/worker.mjs', here) : new URL('./snapshot-worker.js', here)
    this.#worker = new Worker(entry, {workerData: {path, entry: new URL('./snapshot-worker.ts', here).href}})
    this.#worker.on('message', (rows: Array<Omit<SnapshotRow, 'snapshot'> & {snapshot: Uint8Array}>) => {
      this.#waiting.shift()?.(rows.map((r) => ({...r, snapshot: Buffer.from(r.snapshot.buffer, r.snapshot.byteOffset, r.snapshot.byteLength)})))
    })
    const fail = () => { for (const resolve of this.#waiting.splice(0)) resolve(null) }
    this.#worker.on('error', fail)
    this.#exited = new Promise((resolve) => this.#worker.once('exit', (code) => {
      fail()
      resolve(code)
    }))
  }

  make(batch: readonly Owed[]): Promise<SnapshotRow[] | null> {
    return new Promise((resolve) => {
      this.#waiting.push(resolve)
      this.#worker.postMessage(batch)
    })
  }

  /** Closes its connection and ends. */
  async close() {
    this.#worker.postMessage(null)
    await this.#exited
  }
}

function snapshotsOf(db: DB, run: number): Map<string, {source: string; sha256: string; records: SnapshotRecord[]}> {
  return new Map(readSnapshots(db, run).map((r) => [r.sha256, {source: r.source, sha256: r.sha256, records: JSON.parse(gunzipSync(r.snapshot).toString('utf8'))}]))
}

/** The difference between two finished runs, per document (by sha256). */
export function diffRuns(db: DB, from: number, to: number): DocumentDiff[] {
  for (const id of [from, to]) {
    const run = runEnded(db, id)
    if (!run.exists) throw new Error(`Unexpected run ${id}, expected one of \`protokollant runs\``)
    if (!run.ended) throw new Error(`Unexpected unfinished run ${id}, expected a finished run`)
  }
  const a = snapshotsOf(db, from)
  const b = snapshotsOf(db, to)
  const out: DocumentDiff[] = []
  for (const sha of new Set([...a.keys(), ...b.keys()])) {
    const before = a.get(sha)
    const after = b.get(sha)
    out.push({source: (after ?? before)!.source, sha256: sha, changes: diffSnapshots(before?.records, after?.records)})
  }
  return out.sort((x, y) => x.source.localeCompare(y.source))
}

export {listRuns, type RunInfo} from '../store/runs.ts'
