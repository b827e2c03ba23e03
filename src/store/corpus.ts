/**
 * The queries of the corpus-wide pass (`corpus/placement.ts`): sections
 * placed by alignment, their rows, what other documents say, and the
 * persons table.
 */
import type {DB} from './db.ts'

export interface AlignedSection {
  document_id: number
  seq: number
  role: string
  codes: string
  aligned_groups: string
  excluded: string
}

export interface AttendanceRow {
  document_id: number
  seq: number
  group_seq: number
  name: string
  org: string | null
  raw_start: number
  raw_end: number
}

export interface PlacementUpdate {
  org: string | null
  evidence: string
  reason: string
  confidence: number
  alt: string[]
}

export interface AmbiguityDiagnostic {
  reason: string
  line: number
  column: number
  rawStart: number
  rawEnd: number
}

/** The queries, prepared once per pass. */
export function corpusQueries(db: DB) {
  const sections = db.prepare("SELECT document_id, seq, role, codes, aligned_groups, excluded FROM attendee_sections WHERE aligned_groups <> '[]' ORDER BY document_id, seq")
  const rows = db.prepare('SELECT document_id, seq, group_seq, name, org, raw_start, raw_end FROM attendances WHERE document_id = ? AND section_seq = ? ORDER BY seq')
  const update = db.prepare('UPDATE attendances SET org = ?, evidence = ?, reason = ?, confidence = ?, alt_orgs = ? WHERE document_id = ? AND seq = ?')
  const usage = db.prepare(`SELECT org, COUNT(DISTINCT document_id) AS n FROM attendances
    WHERE role = ? AND document_id <> ? AND evidence IN ('printed', 'column') GROUP BY org`)
  const dropDiag = db.prepare("DELETE FROM diagnostics WHERE document_id = ? AND rule_id = 'attendee-ambiguous'")
  const nextDiag = db.prepare('SELECT COALESCE(MAX(seq), -1) + 1 AS n FROM diagnostics WHERE document_id = ?')
  const addDiag = db.prepare(`INSERT INTO diagnostics (document_id, seq, rule_id, severity, reason, line, "column", raw_start, raw_end)
    VALUES (?, ?, 'attendee-ambiguous', 'warning', ?, ?, ?, ?, ?)`)
  const raw = db.prepare('SELECT raw FROM documents WHERE id = ?')
  return {
    personFacts: () => db.prepare('SELECT name, org FROM person_facts').all() as Array<{name: string; org: string}>,
    alignedSections: () => sections.all() as AlignedSection[],
    attendances: (documentId: number, section: number) => rows.all(documentId, section) as AttendanceRow[],
    /** How many other documents placed people of this role in each org with certainty. */
    roleUsage: (role: string, exceptDocument: number) => usage.all(role, exceptDocument) as Array<{org: string; n: number}>,
    place: (row: AttendanceRow, p: PlacementUpdate) => update.run(p.org, p.evidence, p.reason, p.confidence, JSON.stringify(p.alt), row.document_id, row.seq),
    dropAmbiguity: (documentId: number) => dropDiag.run(documentId),
    addAmbiguity: (documentId: number, d: AmbiguityDiagnostic) =>
      addDiag.run(documentId, (nextDiag.get(documentId) as {n: number}).n, d.reason, d.line, d.column, d.rawStart, d.rawEnd),
    raw: (documentId: number) => (raw.get(documentId) as {raw: Buffer}).raw
  }
}

/** Every spelling of an attendee name with how often it occurs, in sort order. */
export function attendanceNames(db: DB): Array<{name: string; n: number}> {
  return db.prepare('SELECT name, COUNT(*) AS n FROM attendances GROUP BY name ORDER BY name').all() as Array<{name: string; n: number}>
}

/** Replaces the persons table: one row per cluster of spellings, linked to their attendances. */
export function replacePersons(db: DB, persons: Array<{name: string; key: string; spellings: string[]}>) {
  db.prepare('UPDATE attendances SET person_id = NULL').run()
  db.prepare('DELETE FROM persons').run()
  const insert = db.prepare('INSERT INTO persons (name, name_key) VALUES (?, ?)')
  const link = db.prepare('UPDATE attendances SET person_id = ? WHERE name = ?')
  for (const p of persons) {
    const {lastInsertRowid} = insert.run(p.name, p.key)
    for (const spelling of p.spellings) link.run(Number(lastInsertRowid), spelling)
  }
}
