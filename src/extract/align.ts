/**
 * Placing attendee groups whose Land codes the PDF extraction lost.
 * Groups stand in the canonical order of the Länder (BW BY BE … TH), so
 * their Länder are a monotone assignment into the sixteen slots. Anchors
 * (a group known to be a Land) and surviving codes (a Land that must have a
 * row) cut the assignments down; for each group, the slots that some
 * consistent assignment gives it are its candidates.
 */
import {isLandCode, LAND_CODES, type LandCode} from '../data/laender.ts'
import {KeyIndex, nameKey} from '../text/fuzzy.ts'

/** Knowledge of people's Länder: from this document, and at corpus level from all. */
export type Knowledge = (name: string) => LandCode | undefined

export interface AlignInput {
  /** Number of groups, in document order. */
  groups: number
  /** anchors[g]: the Land group g is known to be, if any. */
  anchors: ReadonlyArray<LandCode | undefined>
  /** Codes printed in the section's code column: each must have a group. */
  required: readonly LandCode[]
  /** Länder that cannot have a group (absent, already placed). */
  excluded?: readonly LandCode[]
}

export interface AlignResult {
  /** candidates[g]: the Länder group g can be, in canonical order; empty when no assignment fits. */
  candidates: LandCode[][]
  consistent: boolean
}

export function align(input: AlignInput): AlignResult {
  const G = input.groups
  const S = LAND_CODES.length
  const required = new Set(input.required)
  const excluded = new Set(input.excluded ?? [])
  const allowed = (g: number, s: number) => {
    const code = LAND_CODES[s]!
    if (excluded.has(code)) return false
    const anchor = input.anchors[g]
    return anchor === undefined || anchor === code
  }
  // fwd[g][s]: groups 0..g-1 fit into slots 0..s-1 (slot s-1 used or skipped).
  const fwd = Array.from({length: G + 1}, () => new Array<boolean>(S + 1).fill(false))
  fwd[0]![0] = true
  for (let s = 1; s <= S; s++) fwd[0]![s] = fwd[0]![s - 1]! && !required.has(LAND_CODES[s - 1]!)
  for (let g = 1; g <= G; g++) {
    for (let s = 1; s <= S; s++) {
      const skip = fwd[g]![s - 1]! && !required.has(LAND_CODES[s - 1]!)
      const take = fwd[g - 1]![s - 1]! && allowed(g - 1, s - 1)
      fwd[g]![s] = skip || take
    }
  }
  // bwd[g][s]: groups g..G-1 fit into slots s..S-1.
  const bwd = Array.from({length: G + 1}, () => new Array<boolean>(S + 1).fill(false))
  bwd[G]![S] = true
  for (let s = S - 1; s >= 0; s--) bwd[G]![s] = bwd[G]![s + 1]! && !required.has(LAND_CODES[s]!)
  for (let g = G - 1; g >= 0; g--) {
    for (let s = S - 1; s >= 0; s--) {
      const skip = bwd[g]![s + 1]! && !required.has(LAND_CODES[s]!)
      const take = bwd[g + 1]![s + 1]! && allowed(g, s)
      bwd[g]![s] = skip || take
    }
  }
  const consistent = fwd[G]![S]!
  const candidates: LandCode[][] = []
  for (let g = 0; g < G; g++) {
    const list: LandCode[] = []
    if (consistent) {
      for (let s = 0; s < S; s++) {
        if (allowed(g, s) && fwd[g]![s]! && bwd[g + 1]![s + 1]!) list.push(LAND_CODES[s]!)
      }
    }
    candidates.push(list)
  }
  return {candidates, consistent}
}

export interface Placement {
  org: string | null
  evidence: string
  reason: string
  confidence: number
  alt: string[]
}

/**
 * Places groups (each a list of names) into Länder: anchors from what is
 * known of the people; among several possible Länder the one that
 * `preference` ranks first (then canonical order) is kept.
 */
export function alignSection(
  groups: string[][], required: LandCode[], excluded: LandCode[], known: Knowledge, preference: LandCode[]
): Placement[] {
  const anchors: Array<LandCode | undefined> = groups.map((names) => vote(names.map(known)))
  let result = align({groups: groups.length, anchors, required, excluded})
  let dropped = false
  if (!result.consistent) {
    // Anchors that contradict each other or the codes: align on order alone.
    result = align({groups: groups.length, anchors: [], required, excluded})
    dropped = true
  }
  if (!result.consistent) {
    result = align({groups: groups.length, anchors: [], required: [], excluded: []})
  }
  return groups.map((names, i) => {
    const cands = result.candidates[i] ?? []
    const anchor = dropped ? undefined : anchors[i]
    if (cands.length === 0) return {org: null, evidence: 'unplaced', reason: 'no Land fits the canonical order', confidence: 0, alt: []}
    if (cands.length === 1) {
      const org = cands[0]!
      const reason = anchor ? `${names[0]} is known as ${org}` : `canonical order leaves only ${org}${neighbours(i, anchors, groups)}`
      return {org, evidence: 'aligned', reason, confidence: 1, alt: []}
    }
    const ranked = [...cands].sort((a, b) => rank(a, preference) - rank(b, preference) || LAND_CODES.indexOf(a) - LAND_CODES.indexOf(b))
    const org = ranked[0]!
    return {
      org, evidence: 'inferred',
      reason: `canonical order allows ${cands.join(' or ')}${neighbours(i, anchors, groups)}`,
      confidence: 1 / cands.length,
      alt: ranked.slice(1)
    }
  })
}

function rank(code: LandCode, preference: LandCode[]): number {
  const i = preference.indexOf(code)
  return i === -1 ? preference.length : i
}

function neighbours(i: number, anchors: Array<LandCode | undefined>, groups: string[][]): string {
  let before = ''
  for (let k = i - 1; k >= 0; k--) if (anchors[k]) { before = `${anchors[k]} (${groups[k]![0]})`; break }
  let after = ''
  for (let k = i + 1; k < anchors.length; k++) if (anchors[k]) { after = `${anchors[k]} (${groups[k]![0]})`; break }
  if (!before && !after) return ''
  return `: between ${before || 'the start'} and ${after || 'the end'}`
}

/** The Land most of a group's known people belong to. */
function vote(orgs: Array<LandCode | undefined>): LandCode | undefined {
  const counts = new Map<LandCode, number>()
  for (const o of orgs) if (o) counts.set(o, (counts.get(o) ?? 0) + 1)
  let best: LandCode | undefined
  let n = 0
  for (const [o, c] of counts) if (c > n) { best = o; n = c }
  return best
}

/**
 * What a set of facts says about a name (fuzzy, majority; ties go to the
 * Land named first). Facts are indexed by name key, each key once; facts
 * the caller appends later (rows placed while a table is read) are taken
 * in at the next look-up.
 */
export function knowledgeFrom(facts: ReadonlyArray<{name: string; org: string}>): Knowledge {
  const index = new KeyIndex()
  const positions = new Map<string, number[]>()
  const answers = new Map<string, LandCode | undefined>()
  let seen = 0
  return (name) => {
    if (facts.length !== seen) {
      for (; seen < facts.length; seen++) {
        const f = facts[seen]!
        if (!isLandCode(f.org)) continue
        const key = nameKey(f.name)
        index.add(key)
        const list = positions.get(key)
        if (list) list.push(seen)
        else positions.set(key, [seen])
      }
      answers.clear()
    }
    const key = nameKey(name)
    if (answers.has(key)) return answers.get(key)
    const hits = index.near(key).flatMap((k) => positions.get(k)!).sort((a, b) => a - b)
    const answer = vote(hits.map((i) => facts[i]!.org as LandCode))
    answers.set(key, answer)
    return answer
  }
}

