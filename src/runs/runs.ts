/**
 * Runs: every `ingest` and `reextract` is recorded with its parser version,
 * preset, times, counts and diagnostics per rule, and a snapshot of every
 * document's records after it, so any two runs can be compared.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {gzipSync, gunzipSync} from 'node:zlib'
import type {DB} from '../store/db.ts'
import {exportDocument, listDocuments} from '../store/export.ts'
import {diffSnapshots, type DocumentDiff} from './diff.ts'
import {snapshot, type SnapshotRecord} from './snapshot.ts'

export interface RunInfo {
  id: number
  kind: 'ingest' | 'reextract'
  parserVersion: string
  pipeline: string
  startedAt: string
  endedAt: string | null
  documents: number
  counts: Record<string, number>
  diagnostics: Record<string, number>
}

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
  const {lastInsertRowid} = db.prepare('INSERT INTO runs (kind, parser_version, pipeline, started_at) VALUES (?, ?, ?, ?)')
    .run(kind, parserVersion(), pipeline, new Date().toISOString())
  return Number(lastInsertRowid)
}

/** Closes a run: counts, diagnostics per rule, and a snapshot of every document. */
export function finishRun(db: DB, run: number, documents: number) {
  db.transaction(() => {
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as {n: number}).n
    const counts = Object.fromEntries(['documents', 'agenda_items', 'clauses', 'votes', 'attendances', 'notes', 'land_mentions', 'diagnostics']
      .map((t) => [t, count(t)]))
    const diagnostics = Object.fromEntries((db.prepare('SELECT rule_id, COUNT(*) AS n FROM diagnostics GROUP BY rule_id ORDER BY rule_id').all() as Array<{rule_id: string; n: number}>)
      .map((r) => [r.rule_id, r.n]))
    const insert = db.prepare('INSERT INTO run_documents (run_id, document_id, source, sha256, snapshot) VALUES (?, ?, ?, ?, ?)')
    for (const doc of listDocuments(db)) {
      const record = exportDocument(db, doc.id)
      insert.run(run, doc.id, doc.source, record.document.sha256, gzipSync(JSON.stringify(snapshot(record))))
    }
    db.prepare('UPDATE runs SET ended_at = ?, documents = ?, counts = ?, diagnostics = ? WHERE id = ?')
      .run(new Date().toISOString(), documents, JSON.stringify(counts), JSON.stringify(diagnostics), run)
  }).immediate()
}

export function listRuns(db: DB): RunInfo[] {
  return (db.prepare('SELECT * FROM runs ORDER BY id').all() as Array<Record<string, any>>).map((r) => ({
    id: r.id, kind: r.kind, parserVersion: r.parser_version, pipeline: r.pipeline, startedAt: r.started_at,
    endedAt: r.ended_at, documents: r.documents ?? 0, counts: JSON.parse(r.counts ?? '{}'), diagnostics: JSON.parse(r.diagnostics ?? '{}')
  }))
}

function snapshots(db: DB, run: number): Map<string, {source: string; sha256: string; records: SnapshotRecord[]}> {
  const rows = db.prepare('SELECT source, sha256, snapshot FROM run_documents WHERE run_id = ?').all(run) as Array<{source: string; sha256: string; snapshot: Buffer}>
  return new Map(rows.map((r) => [r.sha256, {source: r.source, sha256: r.sha256, records: JSON.parse(gunzipSync(r.snapshot).toString('utf8'))}]))
}

/** The difference between two finished runs, per document (by sha256). */
export function diffRuns(db: DB, from: number, to: number): DocumentDiff[] {
  for (const id of [from, to]) {
    const run = db.prepare('SELECT ended_at FROM runs WHERE id = ?').get(id) as {ended_at: string | null} | undefined
    if (!run) throw new Error(`Unexpected run ${id}, expected one of \`protokollant runs\``)
    if (!run.ended_at) throw new Error(`Unexpected unfinished run ${id}, expected a finished run`)
  }
  const a = snapshots(db, from)
  const b = snapshots(db, to)
  const out: DocumentDiff[] = []
  for (const sha of new Set([...a.keys(), ...b.keys()])) {
    const before = a.get(sha)
    const after = b.get(sha)
    const changes = diffSnapshots(before?.records, after?.records)
    out.push({source: (after ?? before)!.source, sha256: sha, changes})
  }
  return out.sort((x, y) => x.source.localeCompare(y.source))
}
