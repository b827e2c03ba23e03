/**
 * The runs tables: every `ingest` and `reextract` is a row with its parser
 * version, preset, times, counts and diagnostics per rule, and a gzipped
 * snapshot of every document's records after it.
 */
import type {DB} from './db.ts'

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

export function insertRun(db: DB, kind: RunInfo['kind'], parserVersion: string, pipeline: string): number {
  const {lastInsertRowid} = db.prepare('INSERT INTO runs (kind, parser_version, pipeline, started_at) VALUES (?, ?, ?, ?)')
    .run(kind, parserVersion, pipeline, new Date().toISOString())
  return Number(lastInsertRowid)
}

/** Table sizes and diagnostics per rule, as a run records them. */
export function corpusCounts(db: DB): {counts: Record<string, number>; diagnostics: Record<string, number>} {
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as {n: number}).n
  const counts = Object.fromEntries(['documents', 'agenda_items', 'clauses', 'votes', 'attendances', 'notes', 'land_mentions', 'diagnostics']
    .map((t) => [t, count(t)]))
  const diagnostics = Object.fromEntries((db.prepare('SELECT rule_id, COUNT(*) AS n FROM diagnostics GROUP BY rule_id ORDER BY rule_id').all() as Array<{rule_id: string; n: number}>)
    .map((r) => [r.rule_id, r.n]))
  return {counts, diagnostics}
}

export interface SnapshotRow {
  documentId: number
  source: string
  sha256: string
  /** gzipped JSON */
  snapshot: Buffer
}

/** Closes a run with its snapshots, in one transaction. */
export function writeRunEnd(db: DB, run: number, documents: number, snapshots: Iterable<SnapshotRow>) {
  db.transaction(() => {
    const {counts, diagnostics} = corpusCounts(db)
    const insert = db.prepare('INSERT INTO run_documents (run_id, document_id, source, sha256, snapshot) VALUES (?, ?, ?, ?, ?)')
    for (const s of snapshots) insert.run(run, s.documentId, s.source, s.sha256, s.snapshot)
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

export function runEnded(db: DB, id: number): {exists: boolean; ended: boolean} {
  const run = db.prepare('SELECT ended_at FROM runs WHERE id = ?').get(id) as {ended_at: string | null} | undefined
  return {exists: run !== undefined, ended: Boolean(run?.ended_at)}
}

export function readSnapshots(db: DB, run: number): Array<{source: string; sha256: string; snapshot: Buffer}> {
  return db.prepare('SELECT source, sha256, snapshot FROM run_documents WHERE run_id = ?').all(run) as Array<{source: string; sha256: string; snapshot: Buffer}>
}
