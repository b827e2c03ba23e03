/**
 * The corpus-wide pass's tables and queries (`corpus/placement.ts`). A
 * writer notes, in the transaction of its document, what the pass must
 * look at again: the document, names whose person facts changed, names
 * whose attendance counts changed, and the certain placements per role
 * (`role_usage`). The pass takes the notes up and clears them.
 */
import {statement, type DB} from './db.ts'
import {documentText} from './pdf.ts'

/** What of a document the corpus pass keys on. */
export interface Footprint {
  /** Attendance names, one per row. */
  names: string[]
  /** Person facts as (name, org), in the document's order. */
  facts: Array<[string, string]>
  /** Distinct (role, org) placed with certainty (printed on the row, or a code column). */
  certain: Array<[string, string]>
}

/** A stored document's footprint, read before its facts are replaced. */
export function footprintOf(db: DB, id: number): Footprint {
  const names = statement(db, 'SELECT name FROM attendances WHERE document_id = ? ORDER BY seq').pluck().all(id) as string[]
  const facts = (statement(db, 'SELECT name, org FROM person_facts WHERE document_id = ? ORDER BY seq').all(id) as Array<{name: string; org: string}>)
    .map((f): [string, string] => [f.name, f.org])
  const certain = (statement(db, "SELECT DISTINCT role, org FROM attendances WHERE document_id = ? AND evidence IN ('printed', 'column') AND org IS NOT NULL")
    .all(id) as Array<{role: string; org: string}>).map((c): [string, string] => [c.role, c.org])
  return {names, facts, certain}
}

/**
 * Notes what writing a document (replacing `before`, if it was stored)
 * changes for the corpus pass. Call inside its transaction, after its old
 * facts are deleted and before its new ones are inserted.
 */
export function noteWritten(db: DB, id: number, before: Footprint | null, after: Footprint) {
  const counts = new Map<string, {attendances: number; facts: number}>()
  const count = (name: string) => {
    let c = counts.get(name)
    if (!c) counts.set(name, (c = {attendances: 0, facts: 0}))
    return c
  }
  for (const n of before?.names ?? []) count(n).attendances--
  for (const n of after.names) count(n).attendances++
  for (const [n] of before?.facts ?? []) count(n).facts--
  for (const [n] of after.facts) count(n).facts++
  // One statement per table for all of a document's names (each run from JS costs more than the row).
  const changed = [...counts].filter(([, c]) => c.attendances !== 0 || c.facts !== 0)
  statement(db, `INSERT INTO names (name, attendances, facts)
    SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?) WHERE true
    ON CONFLICT (name) DO UPDATE SET attendances = attendances + excluded.attendances, facts = facts + excluded.facts`)
    .run(JSON.stringify(changed.map(([name, c]) => [name, c.attendances, c.facts])))
  statement(db, 'INSERT OR IGNORE INTO pending_persons (name) SELECT value FROM json_each(?)')
    .run(JSON.stringify(changed.filter(([, c]) => c.attendances !== 0).map(([name]) => name)))
  // A new document only adds: no count falls to zero.
  if (before) {
    statement(db, 'DELETE FROM names WHERE name IN (SELECT value FROM json_each(?)) AND attendances = 0 AND facts = 0')
      .run(JSON.stringify(changed.map(([name]) => name)))
  }
  // A name's facts changed when the Länder it is given, and how often, differ.
  const factsByName = (facts: Array<[string, string]>) => {
    const out = new Map<string, string[]>()
    for (const [n, org] of facts) out.set(n, [...out.get(n) ?? [], org])
    return out
  }
  const old = factsByName(before?.facts ?? [])
  const now = factsByName(after.facts)
  const facts = [...new Set([...old.keys(), ...now.keys()])]
    .filter((name) => (old.get(name) ?? []).sort().join() !== (now.get(name) ?? []).sort().join())
  if (facts.length > 0) statement(db, 'INSERT OR IGNORE INTO pending_facts (name) SELECT value FROM json_each(?) WHERE true ORDER BY key').run(JSON.stringify(facts))
  tallyFacts(db, before?.facts ?? [], after.facts)
  const key = (c: [string, string]) => `${c[0]}\t${c[1]}`
  const had = new Set((before?.certain ?? []).map(key))
  const has = new Set(after.certain.map(key))
  const usage = [
    ...(before?.certain ?? []).filter((c) => !has.has(key(c))).map((c) => [c[0], c[1], -1]),
    ...after.certain.filter((c) => !had.has(key(c))).map((c) => [c[0], c[1], 1])
  ]
  if (usage.length > 0) {
    statement(db, `INSERT INTO role_usage (role, org, documents, placed) SELECT value ->> 0, value ->> 1, value ->> 2, 0 FROM json_each(?) WHERE true ORDER BY key
      ON CONFLICT (role, org) DO UPDATE SET documents = documents + excluded.documents`).run(JSON.stringify(usage))
  }
  notePending(db, id)
}

/** Notes that a document was written: the corpus pass places it again and its snapshot is owed. */
export function notePending(db: DB, id: number) {
  statement(db, 'INSERT INTO pending_documents (document_id, written) VALUES (?, 1) ON CONFLICT (document_id) DO UPDATE SET written = 1').run(id)
}

/** Keeps `fact_tallies` (person facts per name and org) for one document's facts. */
function tallyFacts(db: DB, before: Array<[string, string]>, after: Array<[string, string]>) {
  const delta = new Map<string, number>()
  for (const [name, org] of before) delta.set(`${name}\t${org}`, (delta.get(`${name}\t${org}`) ?? 0) - 1)
  for (const [name, org] of after) delta.set(`${name}\t${org}`, (delta.get(`${name}\t${org}`) ?? 0) + 1)
  const changed = JSON.stringify([...delta].filter(([, n]) => n !== 0).map(([pair, n]) => [...pair.split('\t'), n]))
  statement(db, `INSERT INTO fact_tallies (name, org, n) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?) WHERE true
    ON CONFLICT (name, org) DO UPDATE SET n = n + excluded.n`).run(changed)
  if (before.length > 0) statement(db, `DELETE FROM fact_tallies WHERE n <= 0 AND (name, org) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))`).run(changed)
}

export interface NameRow {
  name: string
  attendances: number
  facts: number
  person_id: number | null
  known: string | null
}

export interface FactTally {
  name: string
  org: string
  n: number
}

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
  evidence: string
  reason: string
  confidence: number
  alt_orgs: string
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

export interface RoleUsage {
  role: string
  org: string
  documents: number
  placed: number
}

/** The pass's queries on one connection. */
export function corpusQueries(db: DB) {
  const q = (sql: string) => statement(db, sql)
  return {
    names: () => q('SELECT name, attendances, facts, person_id, known FROM names ORDER BY name').all() as NameRow[],
    setKnown: (name: string, known: string) => q('UPDATE names SET known = ? WHERE name = ?').run(known, name),
    /** How many person facts give these names each org. */
    factTallies: (names: string[]) => q(`SELECT name, org, n FROM fact_tallies
      WHERE name IN (SELECT value FROM json_each(?))`).all(JSON.stringify(names)) as FactTally[],
    pendingFacts: () => q('SELECT name FROM pending_facts').pluck().all() as string[],
    clearPendingFacts: () => q('DELETE FROM pending_facts').run(),
    /** Documents with an attendance of one of these names. */
    documentsNaming: (names: string[]) => q(`SELECT DISTINCT document_id FROM attendances
      WHERE name IN (SELECT value FROM json_each(?))`).pluck().all(JSON.stringify(names)) as number[],
    markPending: (documentId: number) => q('INSERT OR IGNORE INTO pending_documents (document_id, written) VALUES (?, 0)').run(documentId),
    roleUsage: () => q('SELECT role, org, documents, placed FROM role_usage').all() as RoleUsage[],
    usagePlaced: () => {
      q('DELETE FROM role_usage WHERE documents = 0').run()
      q('UPDATE role_usage SET placed = documents WHERE placed <> documents').run()
    },
    /** Attendances placed among several Länder, in a role. */
    inferred: (role: string) => q("SELECT document_id, org, alt_orgs FROM attendances WHERE role = ? AND evidence = 'inferred'")
      .all(role) as Array<{document_id: number; org: string | null; alt_orgs: string}>,
    pendingDocuments: (limit: number) => q('SELECT document_id, written FROM pending_documents ORDER BY document_id LIMIT ?')
      .all(limit) as Array<{document_id: number; written: number}>,
    pendingCount: () => q('SELECT COUNT(*) FROM pending_documents').pluck().get() as number,
    donePending: (documentId: number, snapshot: boolean) => {
      q('DELETE FROM pending_documents WHERE document_id = ?').run(documentId)
      if (snapshot) {
        q(`INSERT INTO pending_snapshots (document_id, version) VALUES (?, 1)
          ON CONFLICT (document_id) DO UPDATE SET version = version + 1`).run(documentId)
      }
    },
    alignedSections: (documentId: number) => q(`SELECT document_id, seq, role, codes, aligned_groups, excluded FROM attendee_sections
      WHERE document_id = ? AND aligned_groups <> '[]' ORDER BY seq`).all(documentId) as AlignedSection[],
    attendances: (documentId: number, section: number) => q(`SELECT document_id, seq, group_seq, name, org, evidence, reason, confidence,
      alt_orgs, raw_start, raw_end FROM attendances WHERE document_id = ? AND section_seq = ? ORDER BY seq`).all(documentId, section) as AttendanceRow[],
    /** The (role, org) a document placed with certainty: its own share of `role_usage`. */
    certainOf: (documentId: number) => q(`SELECT DISTINCT role, org FROM attendances
      WHERE document_id = ? AND evidence IN ('printed', 'column') AND org IS NOT NULL`).all(documentId) as Array<{role: string; org: string}>,
    place: (row: AttendanceRow, p: PlacementUpdate) => q('UPDATE attendances SET org = ?, evidence = ?, reason = ?, confidence = ?, alt_orgs = ? WHERE document_id = ? AND seq = ?')
      .run(p.org, p.evidence, p.reason, p.confidence, JSON.stringify(p.alt), row.document_id, row.seq),
    ambiguities: (documentId: number) => q(`SELECT reason, line, "column", raw_start, raw_end FROM diagnostics
      WHERE document_id = ? AND rule_id = 'attendee-ambiguous' ORDER BY seq`).all(documentId) as Array<Record<string, unknown>>,
    dropAmbiguity: (documentId: number) => q("DELETE FROM diagnostics WHERE document_id = ? AND rule_id = 'attendee-ambiguous'").run(documentId),
    addAmbiguity: (documentId: number, d: AmbiguityDiagnostic) => {
      const seq = q('SELECT COALESCE(MAX(seq), -1) + 1 FROM diagnostics WHERE document_id = ?').pluck().get(documentId) as number
      q(`INSERT INTO diagnostics (document_id, seq, rule_id, severity, reason, line, "column", raw_start, raw_end)
        VALUES (?, ?, 'attendee-ambiguous', 'warning', ?, ?, ?, ?, ?)`).run(documentId, seq, d.reason, d.line, d.column, d.rawStart, d.rawEnd)
    },
    /** The bytes raw offsets point into (a PDF's extracted text): for lines and columns. */
    raw: (documentId: number) => documentText(db, documentId),
    ambiguousCount: () => q("SELECT COUNT(*) FROM attendances WHERE evidence = 'inferred'").pluck().get() as number,
    personCount: () => q('SELECT COUNT(*) FROM persons').pluck().get() as number
  }
}

/** Notes every document, name and person as changed: the next pass redoes everything. */
export function forgetCorpusPass(db: DB) {
  db.exec(`INSERT OR IGNORE INTO pending_documents (document_id, written) SELECT DISTINCT document_id, 0 FROM attendee_sections WHERE aligned_groups <> '[]';
    UPDATE names SET known = NULL;
    INSERT OR IGNORE INTO pending_persons (name) SELECT name FROM names WHERE attendances > 0;`)
}

/** Whether persons must be clustered again (attendance names came or went, or their counts changed). */
export function personsPending(db: DB): boolean {
  return statement(db, 'SELECT EXISTS (SELECT 1 FROM pending_persons)').pluck().get() === 1
}

/** Every attendance spelling with how often it occurs and its person, in sort order. */
export function attendanceNames(db: DB): Array<{name: string; n: number; person_id: number | null}> {
  return statement(db, 'SELECT name, attendances AS n, person_id FROM names WHERE attendances > 0 ORDER BY name').all() as Array<{name: string; n: number; person_id: number | null}>
}

/**
 * Makes the persons table the given clusters. A cluster keeps the person
 * most of its spellings belong to (renamed when its most frequent spelling
 * changed), so that attendances are linked again only for spellings that
 * moved; persons no cluster keeps are removed. Clears the pending note.
 */
export function updatePersons(db: DB, persons: Array<{name: string; key: string; spellings: string[]}>) {
  const q = (sql: string) => statement(db, sql)
  const existing = new Map((q('SELECT id, name FROM persons').all() as Array<{id: number; name: string}>).map((p) => [p.id, p.name]))
  const current = new Map((q('SELECT name, person_id FROM names WHERE attendances > 0').all() as Array<{name: string; person_id: number | null}>)
    .map((n) => [n.name, n.person_id]))
  const claimed = new Set<number>()
  const ids = persons.map((p) => {
    const votes = new Map<number, number>()
    for (const s of p.spellings) {
      const id = current.get(s)
      if (id !== null && id !== undefined && !claimed.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1)
    }
    const id = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0]
    if (id !== undefined) claimed.add(id)
    return id
  })
  // Names are unique: persons renamed or removed give theirs up first.
  const park = q("UPDATE persons SET name = char(0) || id WHERE id = ?")
  for (const [id, name] of existing) {
    const i = ids.indexOf(id)
    if (i === -1 || persons[i]!.name !== name) park.run(id)
  }
  const insert = q('INSERT INTO persons (name, name_key) VALUES (?, ?)')
  const rename = q('UPDATE persons SET name = ?, name_key = ? WHERE id = ?')
  const link = q('UPDATE names SET person_id = ? WHERE name = ?')
  const moved: string[] = []
  persons.forEach((p, i) => {
    let id = ids[i]
    if (id === undefined) id = Number(insert.run(p.name, p.key).lastInsertRowid)
    else if (existing.get(id) !== p.name) rename.run(p.name, p.key, id)
    for (const spelling of p.spellings) {
      if (current.get(spelling) === id) continue
      link.run(id, spelling)
      moved.push(spelling)
    }
  })
  if (moved.length > 0) {
    q(`UPDATE attendances SET person_id = (SELECT n.person_id FROM names n WHERE n.name = attendances.name)
      WHERE name IN (SELECT value FROM json_each(?))`).run(JSON.stringify(moved))
  }
  // Rows written before their spelling had a person.
  q('UPDATE attendances SET person_id = (SELECT n.person_id FROM names n WHERE n.name = attendances.name) WHERE person_id IS NULL').run()
  q('UPDATE names SET person_id = NULL WHERE attendances = 0 AND person_id IS NOT NULL').run()
  const gone = [...existing.keys()].filter((id) => !claimed.has(id))
  if (gone.length > 0) q('DELETE FROM persons WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(gone))
  q('DELETE FROM pending_persons').run()
}
