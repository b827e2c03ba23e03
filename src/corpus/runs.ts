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
 * written in short transactions. With `dropIfIdle` (the run wrote no
 * document), a run that wrote no snapshot either is removed instead: a
 * no-op is not recorded, so `diff` and `audit` compare the runs that
 * changed something. `own`: counts of the run's own (PDFs extracted). True when the run was recorded.
 */
export async function finishRun(db: DB, run: number, documents: number, options: {dropIfIdle?: boolean; own?: Record<string, number>} = {}): Promise<boolean> {
  const owed = pendingSnapshots(db)
  // Batch by batch, in order: a batch is compressed (in a thread of its own when there are several)
  // while this thread writes the batch before it and exports the next.
  const zip = owed.length > SNAPSHOT_BATCH ? new Compressor() : null
  let written = 0
  let previous: Promise<SnapshotRow[]> | undefined
  try {
    // One turn more than there are batches: the last one writes what the one before exported.
    for (let i = 0; i < owed.length + SNAPSHOT_BATCH; i += SNAPSHOT_BATCH) {
      let next: Promise<SnapshotRow[]> | undefined
      if (i < owed.length) {
        const exported = readTransaction(db, () => owed.slice(i, i + SNAPSHOT_BATCH).map(({documentId, version}) => {
          const record = exportDocument(db, documentId, {locations: false})
          return {documentId, version, source: record.document.source, sha256: record.document.sha256, json: JSON.stringify(snapshot(record))}
        }))
        const jsons = exported.map((e) => e.json)
        next = (zip ? zip.gzip(jsons) : Promise.resolve(jsons.map((j) => gzipSync(j))))
          .then((zipped) => exported.map(({json: _, ...row}, k): SnapshotRow => ({...row, snapshot: zipped[k]!})))
        // Awaited below, unless writing the batch before fails first.
        next.catch(() => {})
      }
      if (previous) {
        const rows = await previous
        written += retryBusy(() => writeSnapshots(db, run, rows))
      }
      previous = next
    }
  } finally {
    await zip?.close()
  }
  const recorded = !(options.dropIfIdle && written === 0)
  retryBusy(() => (recorded ? writeRunEnd(db, run, documents, options.own) : deleteRun(db, run)))
  active.delete(run)
  return recorded
}

/**
 * gzip (the same bytes as `gzipSync`) in a worker thread: the document workers have ended by the time
 * a run's snapshots are made, and their core would be idle. Should the thread fail, this one compresses.
 */
class Compressor {
  readonly #worker = new Worker(`const {parentPort} = require('node:worker_threads')
const {gzipSync} = require('node:zlib')
parentPort.on('message', (jsons) => {
  const zipped = jsons.map((j) => gzipSync(j))
  parentPort.postMessage(zipped, zipped.map((z) => z.buffer))
})`, {eval: true})
  #waiting: Array<{jsons: string[]; resolve: (zipped: Buffer[]) => void}> = []
  #failed = false

  constructor() {
    this.#worker.on('message', (zipped: Uint8Array[]) => {
      this.#waiting.shift()?.resolve(zipped.map((z) => Buffer.from(z.buffer, z.byteOffset, z.byteLength)))
    })
    const fail = () => {
      this.#failed = true
      for (const w of this.#waiting.splice(0)) w.resolve(w.jsons.map((j) => gzipSync(j)))
    }
    this.#worker.on('error', fail)
    this.#worker.on('exit', fail)
  }

  gzip(jsons: string[]): Promise<Buffer[]> {
    if (this.#failed) return Promise.resolve(jsons.map((j) => gzipSync(j)))
    return new Promise((resolve) => {
      this.#waiting.push({jsons, resolve})
      this.#worker.postMessage(jsons)
    })
  }

  async close() {
    await this.#worker.terminate()
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
