/**
 * Corpus-level resolution, run after every ingest and re-extraction:
 * attendee rows placed by alignment are placed again with what the whole
 * corpus knows of their people (a person printed with their Land in one
 * protocol anchors them in another), and persons are rebuilt from all
 * attendances. Only facts each document yields on its own are used as
 * evidence, so the result does not depend on the order of ingestion.
 */
import type {DB} from './db.ts'
import {alignSection, knowledgeFrom} from '../extract/attendees.ts'
import {isLandCode, LAND_CODES, type LandCode} from '../data/laender.ts'
import {nameKey, sameName} from '../text/fuzzy.ts'
import {lineColumn} from '../util/raw.ts'

interface AttendanceRow {
  document_id: number
  seq: number
  group_seq: number
  name: string
  org: string | null
  raw_start: number
  raw_end: number
}

export interface CorpusSummary {
  /** Attendances whose placement changed. */
  replaced: number
  /** Attendances still ambiguous (several Länder possible). */
  ambiguous: number
  persons: number
}

export function resolveCorpus(db: DB): CorpusSummary {
  return db.transaction((): CorpusSummary => {
    const facts = db.prepare('SELECT name, org FROM person_facts').all() as Array<{name: string; org: string}>
    const known = knowledgeFrom(facts)
    const sections = db.prepare("SELECT document_id, seq, role, codes, aligned_groups, excluded FROM attendee_sections WHERE aligned_groups <> '[]' ORDER BY document_id, seq").all() as Array<{
      document_id: number; seq: number; role: string; codes: string; aligned_groups: string; excluded: string
    }>
    const rowsOf = db.prepare('SELECT document_id, seq, group_seq, name, org, raw_start, raw_end FROM attendances WHERE document_id = ? AND section_seq = ? ORDER BY seq')
    const update = db.prepare('UPDATE attendances SET org = ?, evidence = ?, reason = ?, confidence = ?, alt_orgs = ? WHERE document_id = ? AND seq = ?')
    const usage = db.prepare(`SELECT org, COUNT(DISTINCT document_id) AS n FROM attendances
      WHERE role = ? AND document_id <> ? AND evidence IN ('printed', 'column') GROUP BY org`)
    const dropDiag = db.prepare("DELETE FROM diagnostics WHERE document_id = ? AND rule_id = 'attendee-ambiguous'")
    const nextDiag = db.prepare('SELECT COALESCE(MAX(seq), -1) + 1 AS n FROM diagnostics WHERE document_id = ?')
    const addDiag = db.prepare(`INSERT INTO diagnostics (document_id, seq, rule_id, severity, reason, line, "column", raw_start, raw_end)
      VALUES (?, ?, 'attendee-ambiguous', 'warning', ?, ?, ?, ?, ?)`)
    const rawOf = db.prepare('SELECT raw FROM documents WHERE id = ?')
    let replaced = 0
    let ambiguous = 0
    const touched = new Set<number>()
    for (const section of sections) {
      const aligned: number[] = JSON.parse(section.aligned_groups)
      const rows = rowsOf.all(section.document_id, section.seq) as AttendanceRow[]
      const groups = aligned.map((g) => rows.filter((r) => r.group_seq === g))
      // Prefer Länder that sent people in this role elsewhere: a Land with staff at other meetings.
      const preference = (usage.all(section.role, section.document_id) as Array<{org: string; n: number}>)
        .filter((u) => isLandCode(u.org)).sort((a, b) => b.n - a.n || LAND_CODES.indexOf(a.org as LandCode) - LAND_CODES.indexOf(b.org as LandCode))
        .map((u) => u.org as LandCode)
      const placed = alignSection(groups.map((g) => g.map((r) => r.name)),
        (JSON.parse(section.codes) as string[]).filter(isLandCode), JSON.parse(section.excluded), known, preference)
      if (!touched.has(section.document_id)) {
        dropDiag.run(section.document_id)
        touched.add(section.document_id)
      }
      groups.forEach((group, i) => {
        const p = placed[i]!
        for (const row of group) {
          if (row.org !== p.org) replaced++
          update.run(p.org, p.evidence, p.reason, p.confidence, JSON.stringify(p.alt), row.document_id, row.seq)
        }
        if (p.evidence === 'inferred' && group[0]) {
          ambiguous += group.length
          const first = group[0]
          const raw = (rawOf.get(first.document_id) as {raw: Buffer}).raw
          const {line, column} = lineColumn(raw, first.raw_start)
          const names = group.map((r) => r.name).join(', ')
          addDiag.run(first.document_id, (nextDiag.get(first.document_id) as {n: number}).n,
            `Unexpected ambiguous Land for \`${names}\`: kept ${p.org}, also possible ${p.alt.join(', ')} (${p.reason})`,
            line, column, first.raw_start, first.raw_end)
        }
      })
    }
    const persons = rebuildPersons(db)
    return {replaced, ambiguous, persons}
  }).immediate()
}

/**
 * One person per distinct name across the corpus; spellings one edit apart
 * ("Nicolas Ullrich" / "Nicolas Ulrich") are one person. The name kept is
 * the most frequent spelling, then the first in sort order.
 */
function rebuildPersons(db: DB): number {
  const names = db.prepare('SELECT name, COUNT(*) AS n FROM attendances GROUP BY name ORDER BY name').all() as Array<{name: string; n: number}>
  const clusters: Array<{members: string[]; count: Map<string, number>}> = []
  for (const {name, n} of names) {
    const hit = clusters.find((c) => c.members.some((m) => sameName(m, name)))
    if (hit) {
      hit.members.push(name)
      hit.count.set(name, n)
    } else {
      clusters.push({members: [name], count: new Map([[name, n]])})
    }
  }
  db.prepare('UPDATE attendances SET person_id = NULL').run()
  db.prepare('DELETE FROM persons').run()
  const insert = db.prepare('INSERT INTO persons (name, name_key) VALUES (?, ?)')
  const link = db.prepare('UPDATE attendances SET person_id = ? WHERE name = ?')
  for (const cluster of clusters) {
    const canonical = [...cluster.count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0]
    const {lastInsertRowid} = insert.run(canonical, nameKey(canonical))
    for (const member of cluster.members) link.run(Number(lastInsertRowid), member)
  }
  return clusters.length
}

