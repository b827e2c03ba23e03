/**
 * Runs: every `ingest` and `reextract` is recorded with its parser version
 * and preset, and closed with a snapshot of every document's records, so
 * any two runs can be compared by natural keys.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {gzipSync, gunzipSync} from 'node:zlib'
import type {DB} from '../store/db.ts'
import {exportDocument, listDocuments} from '../store/read.ts'
import {insertRun, readSnapshots, runEnded, writeRunEnd, type RunInfo} from '../store/runs.ts'
import {diffSnapshots, type DocumentDiff} from './diff.ts'
import {snapshot, type SnapshotRecord} from './snapshot.ts'

let version: string | undefined

/** "0.1.0+60dc6da" — the package version and, in a git checkout, the commit. */
export function parserVersion(): string {
  if (version) return version
  const root = new URL('../../', import.meta.url)
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {version: string}
  let commit = ''
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: root, stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8'}).trim()
  } catch {
    // Not a git checkout: the package version alone.
  }
  version = commit ? `${pkg.version}+${commit}` : pkg.version
  return version
}

export function startRun(db: DB, kind: RunInfo['kind'], pipeline: string): number {
  return insertRun(db, kind, parserVersion(), pipeline)
}

/** Closes a run: counts, diagnostics per rule, and a snapshot of every document. */
export function finishRun(db: DB, run: number, documents: number) {
  const snapshots = function* () {
    for (const doc of listDocuments(db)) {
      const record = exportDocument(db, doc.id)
      yield {documentId: doc.id, source: doc.source, sha256: record.document.sha256, snapshot: gzipSync(JSON.stringify(snapshot(record)))}
    }
  }
  writeRunEnd(db, run, documents, snapshots())
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
