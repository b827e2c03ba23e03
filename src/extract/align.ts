/**
 * Placing attendee groups whose Land codes the PDF extraction lost.
 * Groups stand in the canonical order of the Länder (BW BY BE … TH), so
 * their Länder are a monotone assignment into the sixteen slots. Anchors
 * (a group known to be a Land) and surviving codes (a Land that must have a
 * row) cut the assignments down; for each group, the slots that some
 * consistent assignment gives it are its candidates.
 */
import {LAND_CODES, type LandCode} from '../data/laender.ts'

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
