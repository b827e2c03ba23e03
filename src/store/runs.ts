/**
 * The runs tables: every `ingest` and `reextract` is a row with its parser
 * version, preset, times, process, counts and diagnostics per rule. A run
 * stores gzipped snapshots of the documents whose records it changed; the
 * snapshot of a run is, per document, the latest one written before the
 * run ended (`end_seq`), so unchanged documents refer to earlier runs.
 */
import {statement, type DB} from './db.ts'

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
  /** When a later command found the run cut off (its process gone) and finished it. */
  cutOff: string | null
}

export function insertRun(db: DB, kind: RunInfo['kind'], parserVersion: string, pipeline: string, pid: number, host: string): number {
  const {lastInsertRowid} = db.prepare('INSERT INTO runs (kind, parser_version, pipeline, started_at, pid, host) VALUES (?, ?, ?, ?, ?, ?)')
    .run(kind, parserVersion, pipeline, new Date().toISOString(), pid, host)
  return Number(lastInsertRowid)
}

/** Runs not ended, with the process that started them. */
export function unfinishedRuns(db: DB): Array<{id: number; kind: string; startedAt: string; pid: number | null; host: string | null}> {
  return db.prepare('SELECT id, kind, started_at AS startedAt, pid, host FROM runs WHERE ended_at IS NULL ORDER BY id').all() as
    Array<{id: number; kind: string; startedAt: string; pid: number | null; host: string | null}>
}

export function markCutOff(db: DB, run: number) {
  db.prepare('UPDATE runs SET cut_off = ? WHERE id = ? AND cut_off IS NULL').run(new Date().toISOString(), run)
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
  /** The version of the pending note it was made for. */
  version: number
}

/** Documents whose snapshot is owed (the corpus pass changed or wrote them), with the note's version. */
export function pendingSnapshots(db: DB): Array<{documentId: number; version: number}> {
  return db.prepare('SELECT document_id AS documentId, version FROM pending_snapshots ORDER BY document_id').all() as Array<{documentId: number; version: number}>
}

/**
 * Writes snapshots for a run, in one transaction: one whose note changed
 * meanwhile (the document changed again) is left for a later run, one equal
 * to the document's latest is not written again.
 */
export function writeSnapshots(db: DB, run: number, rows: readonly SnapshotRow[]): number {
  return db.transaction(() => {
    let written = 0
    const version = statement(db, 'SELECT version FROM pending_snapshots WHERE document_id = ?').pluck()
    const latest = statement(db, 'SELECT snapshot FROM run_documents WHERE document_id = ? ORDER BY seq DESC LIMIT 1').pluck()
    const insert = statement(db, `INSERT INTO run_documents (run_id, document_id, source, sha256, snapshot, seq)
      VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM run_documents))`)
    const done = statement(db, 'DELETE FROM pending_snapshots WHERE document_id = ?')
    for (const s of rows) {
      if (version.get(s.documentId) !== s.version) continue
      const before = latest.get(s.documentId) as Buffer | undefined
      if (!before || !before.equals(s.snapshot)) {
        insert.run(run, s.documentId, s.source, s.sha256, s.snapshot)
        written++
      }
      done.run(s.documentId)
    }
    return written
  }).immediate()
}

/** Removes a run that changed nothing (no document written, no snapshot): it is not history. */
export function deleteRun(db: DB, run: number) {
  db.transaction(() => {
    db.prepare('DELETE FROM run_documents WHERE run_id = ?').run(run)
    db.prepare('DELETE FROM runs WHERE id = ?').run(run)
  }).immediate()
}

/** Closes a run: counts (with the run's own, `own`), diagnostics per rule, and the snapshots written so far as its end. */
export function writeRunEnd(db: DB, run: number, documents: number, own: Record<string, number> = {}) {
  db.transaction(() => {
    const {counts, diagnostics} = corpusCounts(db)
    db.prepare(`UPDATE runs SET ended_at = ?, documents = ?, counts = ?, diagnostics = ?,
      end_seq = (SELECT COALESCE(MAX(seq), 0) FROM run_documents) WHERE id = ?`)
      .run(new Date().toISOString(), documents, JSON.stringify({...counts, ...own}), JSON.stringify(diagnostics), run)
  }).immediate()
}

export function listRuns(db: DB): RunInfo[] {
  return (db.prepare('SELECT * FROM runs ORDER BY id').all() as Array<Record<string, any>>).map((r) => ({
    id: r.id, kind: r.kind, parserVersion: r.parser_version, pipeline: r.pipeline, startedAt: r.started_at,
    endedAt: r.ended_at, documents: r.documents ?? 0, counts: JSON.parse(r.counts ?? '{}'), diagnostics: JSON.parse(r.diagnostics ?? '{}'),
    cutOff: r.cut_off ?? null
  }))
}

export function runEnded(db: DB, id: number): {exists: boolean; ended: boolean} {
  const run = db.prepare('SELECT ended_at FROM runs WHERE id = ?').get(id) as {ended_at: string | null} | undefined
  return {exists: run !== undefined, ended: Boolean(run?.ended_at)}
}

/** A run's snapshot: per document, the latest written before the run ended. */
export function readSnapshots(db: DB, run: number): Array<{source: string; sha256: string; snapshot: Buffer}> {
  return db.prepare(`SELECT source, sha256, snapshot FROM run_documents d
    WHERE d.seq = (SELECT MAX(x.seq) FROM run_documents x WHERE x.document_id = d.document_id
      AND x.seq <= (SELECT end_seq FROM runs WHERE id = ?))`).all(run) as Array<{source: string; sha256: string; snapshot: Buffer}>
}
