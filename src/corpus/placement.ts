/**
 * Corpus-level resolution, run after every ingest and re-extraction:
 * attendee rows placed by alignment are placed again with what the whole
 * corpus knows of their people (a person printed with their Land in one
 * protocol anchors them in another), and persons are clustered from all
 * attendance names. Only facts each document yields on its own are used as
 * evidence, so the result does not depend on the order of ingestion.
 *
 * The pass does what changed since the last one asks for (the writers'
 * notes, `store/corpus.ts`) and leaves what a pass over everything would:
 * a document is placed again when it was written, when the Land the corpus
 * knows one of its names as changed, or when two Länder its ambiguous rows
 * choose between changed rank. It runs in short transactions of at most
 * `BATCH` documents, so that other writers wait briefly; a pass cut off
 * leaves its notes for the next one.
 */
import {dataVersion, inTransaction, retryBusy, type DB} from '../store/db.ts'
import {attendanceNames, corpusQueries, forgetCorpusPass, personsPending, updatePersons, type FactTally, type NameRow, type RoleUsage} from '../store/corpus.ts'
import {alignSection} from '../extract/align.ts'
import {isLandCode, LAND_CODES, type LandCode} from '../data/laender.ts'
import {KeyIndex, nameKey} from '../text/fuzzy.ts'
import {lineColumn} from '../text/raw.ts'

export interface CorpusSummary {
  /** Attendances whose placement changed. */
  replaced: number
  /** Attendances still ambiguous (several Länder possible). */
  ambiguous: number
  persons: number
}

/** Documents placed per transaction. */
const BATCH = 100

type Queries = ReturnType<typeof corpusQueries>

export interface ResolveOptions {
  /** Place every document and cluster every name again, as if all were new (a repair, and the tests' yardstick). */
  full?: boolean
}

export function resolveCorpus(db: DB, options: ResolveOptions = {}): CorpusSummary {
  if (options.full) inTransaction(db, () => forgetCorpusPass(db))
  const q = corpusQueries(db)
  const book = new NameBook(db, q)
  let replaced = 0
  for (let more = true; more;) {
    const step = retryBusy(() => {
      try {
        return inTransaction(db, () => placeStep(q, book))
      } catch (error) {
        book.forget()
        throw error
      }
    })
    replaced += step.replaced
    more = step.more
  }
  if (personsPending(db)) retryBusy(() => inTransaction(db, () => clusterPersons(db)))
  return {replaced, ambiguous: q.ambiguousCount(), persons: q.personCount()}
}

function placeStep(q: Queries, book: NameBook): {replaced: number; more: boolean} {
  book.refresh()
  // Names whose facts changed: where the Land the corpus knows a name as changed, its documents are placed again.
  const facts = q.pendingFacts()
  if (facts.length > 0) {
    const affected = book.attendanceNamesNear(facts).filter((n) => book.row(n)?.known !== null)
    const now = book.knownOf(affected)
    const changed = affected.filter((n) => now.get(n) !== book.row(n)!.known)
    for (const n of changed) book.setKnown(n, now.get(n)!)
    if (changed.length > 0) for (const id of q.documentsNaming(changed)) q.markPending(id)
    q.clearPendingFacts()
  }
  // Certain placements per role changed: rows whose candidates changed rank are placed again.
  const usage = q.roleUsage()
  if (usage.some((u) => u.documents !== u.placed)) {
    for (const role of new Set(usage.filter((u) => u.documents !== u.placed).map((u) => u.role))) {
      const pairs = reordered(usage.filter((u) => u.role === role))
      if (pairs.length === 0) continue
      for (const row of q.inferred(role)) {
        const candidates = [row.org, ...JSON.parse(row.alt_orgs) as string[]]
        if (pairs.some(([a, b]) => candidates.includes(a) && candidates.includes(b))) q.markPending(row.document_id)
      }
    }
    q.usagePlaced()
  }
  const counts = new Map<string, Map<string, number>>()
  for (const u of q.roleUsage()) {
    if (!counts.has(u.role)) counts.set(u.role, new Map())
    counts.get(u.role)!.set(u.org, u.documents)
  }
  const docs = q.pendingDocuments(BATCH)
  const sections = new Map(docs.map((d) => [d.document_id, q.alignedSections(d.document_id)]))
  const rows = new Map<string, ReturnType<Queries['attendances']>>()
  for (const list of sections.values()) for (const s of list) rows.set(`${s.document_id}/${s.seq}`, q.attendances(s.document_id, s.seq))
  // Names asked for the first time.
  const fresh = new Set<string>()
  for (const list of rows.values()) for (const r of list) if (book.row(r.name)?.known === null) fresh.add(r.name)
  if (fresh.size > 0) for (const [n, k] of book.knownOf([...fresh])) book.setKnown(n, k)
  const known = (name: string) => (book.row(name)?.known || undefined) as LandCode | undefined
  let replaced = 0
  for (const {document_id: id, written} of docs) {
    const placed = placeDocument(q, id, sections.get(id)!, (s) => rows.get(`${id}/${s}`)!, counts, known)
    replaced += placed.replaced
    q.donePending(id, written === 1 || placed.changed)
  }
  return {replaced, more: q.pendingCount() > 0}
}

function placeDocument(
  q: Queries, id: number, sections: ReturnType<Queries['alignedSections']>, rowsOf: (section: number) => ReturnType<Queries['attendances']>,
  counts: Map<string, Map<string, number>>, known: (name: string) => LandCode | undefined
): {replaced: number; changed: boolean} {
  if (sections.length === 0) return {replaced: 0, changed: false}
  const own = new Set(q.certainOf(id).map((c) => `${c.role}\t${c.org}`))
  let replaced = 0
  let changed = false
  let raw: Buffer | undefined
  q.dropAmbiguity(id)
  for (const section of sections) {
    const aligned: number[] = JSON.parse(section.aligned_groups)
    const rows = rowsOf(section.seq)
    const groups = aligned.map((g) => rows.filter((r) => r.group_seq === g))
    // Prefer Länder that sent people in this role elsewhere: a Land with staff at other meetings.
    const preference = [...counts.get(section.role) ?? []]
      .map(([org, n]): [string, number] => [org, n - (own.has(`${section.role}\t${org}`) ? 1 : 0)])
      .filter(([org, n]) => n > 0 && isLandCode(org))
      .sort((a, b) => b[1] - a[1] || LAND_CODES.indexOf(a[0] as LandCode) - LAND_CODES.indexOf(b[0] as LandCode))
      .map(([org]) => org as LandCode)
    const placed = alignSection(groups.map((g) => g.map((r) => r.name)),
      (JSON.parse(section.codes) as string[]).filter(isLandCode), JSON.parse(section.excluded), known, preference)
    groups.forEach((group, i) => {
      const p = placed[i]!
      const alt = JSON.stringify(p.alt)
      for (const row of group) {
        // "Dr. Felix Rapp (BW), Korbinian Mayr (BY), …": a person printed with a Land keeps it, whoever the group's
        // known person is.
        if (row.evidence === 'printed') continue
        if (row.org !== p.org) replaced++
        if (row.org !== p.org || row.evidence !== p.evidence || row.reason !== p.reason || row.confidence !== p.confidence || row.alt_orgs !== alt) {
          q.place(row, p)
          changed = true
        }
      }
      if (p.evidence === 'inferred' && group[0]) {
        const first = group[0]
        const {line, column} = lineColumn(raw ??= q.raw(id), first.raw_start)
        const names = group.map((r) => r.name).join(', ')
        q.addAmbiguity(id, {
          reason: `Unexpected ambiguous Land for \`${names}\`: kept ${p.org}, also possible ${p.alt.join(', ')} (${p.reason})`,
          line, column, rawStart: first.raw_start, rawEnd: first.raw_end
        })
      }
    })
  }
  return {replaced, changed}
}

/**
 * Pairs of Länder whose order in a role's preference changed between the
 * counts the placements used and the counts now, for a document that
 * itself counts for neither, one or both (its own share is left out).
 */
function reordered(usage: RoleUsage[]): Array<[LandCode, LandCode]> {
  const before = new Map(usage.map((u) => [u.org, u.placed]))
  const after = new Map(usage.map((u) => [u.org, u.documents]))
  const rank = (counts: Map<string, number>, a: LandCode, b: LandCode, ownA: number, ownB: number) => {
    const x = Math.max(0, (counts.get(a) ?? 0) - ownA)
    const y = Math.max(0, (counts.get(b) ?? 0) - ownB)
    return x !== y ? y - x : LAND_CODES.indexOf(a) - LAND_CODES.indexOf(b)
  }
  const pairs: Array<[LandCode, LandCode]> = []
  for (let i = 0; i < LAND_CODES.length; i++) {
    for (let j = i + 1; j < LAND_CODES.length; j++) {
      const a = LAND_CODES[i]!
      const b = LAND_CODES[j]!
      if (before.get(a) === after.get(a) && before.get(b) === after.get(b)) continue
      const flips = [[0, 0], [0, 1], [1, 0], [1, 1]].some(([oa, ob]) =>
        Math.sign(rank(before, a, b, oa!, ob!)) !== Math.sign(rank(after, a, b, oa!, ob!)))
      if (flips) pairs.push([a, b])
    }
  }
  return pairs
}

/**
 * The names table in memory with blocking indexes over attendance names
 * and fact names; read again only when another connection wrote.
 */
class NameBook {
  readonly #db: DB
  readonly #q: Queries
  #version = -1
  #rows = new Map<string, NameRow>()
  #attendances: Keyed | undefined
  #facts: Keyed | undefined

  constructor(db: DB, q: Queries) {
    this.#db = db
    this.#q = q
  }

  /** After a transaction rolled back: what is held may not be what is stored. */
  forget() {
    this.#version = -1
  }

  refresh() {
    const version = dataVersion(this.#db)
    if (version === this.#version) return
    this.#version = version
    this.#rows = new Map(this.#q.names().map((r) => [r.name, r]))
    this.#attendances = undefined
    this.#facts = undefined
  }

  row(name: string): NameRow | undefined {
    return this.#rows.get(name)
  }

  setKnown(name: string, known: string) {
    this.#q.setKnown(name, known)
    const row = this.#rows.get(name)
    if (row) row.known = known
  }

  /** Attendance names that `sameName` matches with one of these names. */
  attendanceNamesNear(names: readonly string[]): string[] {
    this.#attendances ??= keyed([...this.#rows.values()].filter((r) => r.attendances > 0).map((r) => r.name))
    const out = new Set<string>()
    for (const n of names) for (const k of this.#attendances.index.near(nameKey(n))) for (const m of this.#attendances.byKey.get(k)!) out.add(m)
    return [...out]
  }

  /** The Land the corpus's person facts give each name ('' for none): the majority; a tie gives none. */
  knownOf(names: readonly string[]): Map<string, string> {
    this.#facts ??= keyed([...this.#rows.values()].filter((r) => r.facts > 0).map((r) => r.name))
    const facts = this.#facts
    const near = new Map(names.map((n) => [n, facts.index.near(nameKey(n)).flatMap((k) => facts.byKey.get(k)!)]))
    const tallies = new Map<string, FactTally[]>()
    for (const t of this.#q.factTallies([...new Set([...near.values()].flat())])) {
      if (!isLandCode(t.org)) continue
      const list = tallies.get(t.name)
      if (list) list.push(t)
      else tallies.set(t.name, [t])
    }
    return new Map(names.map((n) => [n, majority(near.get(n)!.flatMap((m) => tallies.get(m) ?? []))]))
  }
}

interface Keyed {
  index: KeyIndex
  byKey: Map<string, string[]>
}

function keyed(names: string[]): Keyed {
  const index = new KeyIndex()
  const byKey = new Map<string, string[]>()
  for (const name of names) {
    const key = nameKey(name)
    index.add(key)
    const list = byKey.get(key)
    if (list) list.push(name)
    else byKey.set(key, [name])
  }
  return {index, byKey}
}

/**
 * The Land most facts give, or none when two Länder are given equally often.
 * (Within one document the Land named first wins a tie; across documents
 * "first" would depend on the order of ingestion.)
 */
function majority(tallies: FactTally[]): string {
  const counts = new Map<string, number>()
  for (const t of tallies) counts.set(t.org, (counts.get(t.org) ?? 0) + t.n)
  let best = ''
  let top = 0
  let tied = false
  for (const [org, n] of counts) {
    if (n > top) {
      best = org
      top = n
      tied = false
    } else if (n === top) {
      tied = true
    }
  }
  return tied ? '' : best
}

/**
 * One person per distinct name across the corpus; spellings one edit apart
 * ("Nicolas Ullrich" / "Nicolas Ulrich") are one person: each name in sort
 * order joins the first person that has a spelling it matches. The name
 * kept is the most frequent spelling, then the first in sort order.
 */
function clusterPersons(db: DB) {
  const clusters: Array<{members: string[]; count: Map<string, number>}> = []
  const index = new KeyIndex()
  // Per key, the first cluster that has a spelling with that key.
  const first = new Map<string, number>()
  for (const {name, n} of attendanceNames(db)) {
    const key = nameKey(name)
    let hit = -1
    for (const k of index.near(key)) {
      const c = first.get(k)!
      if (hit === -1 || c < hit) hit = c
    }
    if (hit === -1) {
      hit = clusters.length
      clusters.push({members: [name], count: new Map([[name, n]])})
    } else {
      clusters[hit]!.members.push(name)
      clusters[hit]!.count.set(name, n)
    }
    index.add(key)
    first.set(key, Math.min(first.get(key) ?? hit, hit))
  }
  updatePersons(db, clusters.map((cluster) => {
    const canonical = [...cluster.count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0]
    return {name: canonical, key: nameKey(canonical), spellings: cluster.members}
  }))
}
