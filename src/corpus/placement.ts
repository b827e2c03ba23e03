/**
 * Corpus-level resolution, run after every ingest and re-extraction:
 * attendee rows placed by alignment are placed again with what the whole
 * corpus knows of their people (a person printed with their Land in one
 * protocol anchors them in another), and persons are rebuilt from all
 * attendances. Only facts each document yields on its own are used as
 * evidence, so the result does not depend on the order of ingestion.
 */
import type {DB} from '../store/db.ts'
import {inTransaction} from '../store/db.ts'
import {attendanceNames, corpusQueries, replacePersons} from '../store/corpus.ts'
import {alignSection, knowledgeFrom} from '../extract/align.ts'
import {isLandCode, LAND_CODES, type LandCode} from '../data/laender.ts'
import {nameKey, sameName} from '../text/fuzzy.ts'
import {lineColumn} from '../text/raw.ts'

export interface CorpusSummary {
  /** Attendances whose placement changed. */
  replaced: number
  /** Attendances still ambiguous (several Länder possible). */
  ambiguous: number
  persons: number
}

export function resolveCorpus(db: DB): CorpusSummary {
  return inTransaction(db, (): CorpusSummary => {
    const q = corpusQueries(db)
    const known = knowledgeFrom(q.personFacts())
    let replaced = 0
    let ambiguous = 0
    const touched = new Set<number>()
    for (const section of q.alignedSections()) {
      const aligned: number[] = JSON.parse(section.aligned_groups)
      const rows = q.attendances(section.document_id, section.seq)
      const groups = aligned.map((g) => rows.filter((r) => r.group_seq === g))
      // Prefer Länder that sent people in this role elsewhere: a Land with staff at other meetings.
      const preference = q.roleUsage(section.role, section.document_id)
        .filter((u) => isLandCode(u.org)).sort((a, b) => b.n - a.n || LAND_CODES.indexOf(a.org as LandCode) - LAND_CODES.indexOf(b.org as LandCode))
        .map((u) => u.org as LandCode)
      const placed = alignSection(groups.map((g) => g.map((r) => r.name)),
        (JSON.parse(section.codes) as string[]).filter(isLandCode), JSON.parse(section.excluded), known, preference)
      if (!touched.has(section.document_id)) {
        q.dropAmbiguity(section.document_id)
        touched.add(section.document_id)
      }
      groups.forEach((group, i) => {
        const p = placed[i]!
        for (const row of group) {
          if (row.org !== p.org) replaced++
          q.place(row, p)
        }
        if (p.evidence === 'inferred' && group[0]) {
          ambiguous += group.length
          const first = group[0]
          const {line, column} = lineColumn(q.raw(first.document_id), first.raw_start)
          const names = group.map((r) => r.name).join(', ')
          q.addAmbiguity(first.document_id, {
            reason: `Unexpected ambiguous Land for \`${names}\`: kept ${p.org}, also possible ${p.alt.join(', ')} (${p.reason})`,
            line, column, rawStart: first.raw_start, rawEnd: first.raw_end
          })
        }
      })
    }
    const persons = rebuildPersons(db)
    return {replaced, ambiguous, persons}
  })
}

/**
 * One person per distinct name across the corpus; spellings one edit apart
 * ("Nicolas Ullrich" / "Nicolas Ulrich") are one person. The name kept is
 * the most frequent spelling, then the first in sort order.
 */
function rebuildPersons(db: DB): number {
  const clusters: Array<{members: string[]; count: Map<string, number>}> = []
  for (const {name, n} of attendanceNames(db)) {
    const hit = clusters.find((c) => c.members.some((m) => sameName(m, name)))
    if (hit) {
      hit.members.push(name)
      hit.count.set(name, n)
    } else {
      clusters.push({members: [name], count: new Map([[name, n]])})
    }
  }
  replacePersons(db, clusters.map((cluster) => {
    const canonical = [...cluster.count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0]
    return {name: canonical, key: nameKey(canonical), spellings: cluster.members}
  }))
  return clusters.length
}
