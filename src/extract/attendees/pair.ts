/**
 * Pairing the code column with the rows of names. Codes and rows each keep
 * their order, whatever order the extraction wrote the cells in, so the
 * pairing is monotone: a minimum-cost alignment in which a row takes the
 * next code, or stays with the code before (a Land's second row: minister
 * and deputy, or a wrap the text does not show), and a code may have no row.
 * Costs come from what a row looks like (an office title suits members, a
 * list of names suits staff) and from people the document places elsewhere.
 */
import {isLandCode, LAND_CODES, type LandCode} from '../../data/laender.ts'
import type {Role} from '../../data/roles.ts'
import {isConferenceOffice} from '../../data/bodies.ts'

export interface PairCode {
  org: string
  role: Role
}

export interface PairRow {
  /** Starts with an office title or says nobody came ("n. a."). */
  official: boolean
  /** Only an absence marker. */
  absent: boolean
  /** The Land its people are known to belong to. */
  known: LandCode | undefined
  /** The only Länder whose members hold the row's office ("Staatsrätin": Bremen, Hamburg). */
  only?: readonly LandCode[]
  /** The code printed right before the row, where codes and rows take turns ("BW", "Minister …", "BY", …). */
  after?: number
}

export interface Paired {
  /** code index per row (-1: before any code). */
  codeOf: number[]
  /** Per row, every code some cheapest pairing gives it (more than one: the evidence leaves it open). */
  options: number[][]
  /** Rows that share their code with the row before. */
  extra: boolean[]
  /** Codes no row took. */
  skipped: number[]
}

// Costs: a row that does not look like its section's rows, a further row of a Land (cheaper for a
// members' row with an office title after another: minister and deputy), a code without a row; what
// the document says of a row's people outweighs them.
const PAIR_MISMATCH = 0.4
const EXTRA = 1
const EXTRA_DEPUTY = 0.6
const SKIP = 1.2
const KNOWN_MATCH = -0.5
const KNOWN_MISMATCH = 3

// An office no member of the code's Land holds ("Staatsrätin" beside Hessen): likelier a Land's second row.
const OFFICE_ELSEWHERE = 1.5

// Where codes and rows take turns, a row belongs to the code right before it.
const ADJACENT = 0.5

function fit(row: PairRow, code: PairCode, index: number): number {
  let cost = 0
  if (row.after !== undefined) cost += row.after === index ? -ADJACENT : ADJACENT
  if ((code.role === 'member' || code.role === 'permanent_guest') && !row.official) cost += PAIR_MISMATCH
  if (code.role === 'staff' && row.official && !row.absent) cost += PAIR_MISMATCH
  if (row.known && isLandCode(code.org)) cost += row.known === code.org ? KNOWN_MATCH : KNOWN_MISMATCH
  if (row.only && isLandCode(code.org) && !row.only.includes(code.org)) cost += OFFICE_ELSEWHERE
  return cost
}

/** Beyond this many code-row pairs the alignment is not worth its cost: rows take the codes in order. */
const MAX_CELLS = 40_000

export function pair(codes: readonly PairCode[], rows: readonly PairRow[]): Paired {
  const m = rows.length
  const k = codes.length
  if ((m + 1) * (k + 1) > MAX_CELLS) return inOrder(k, m)
  const INF = Number.POSITIVE_INFINITY
  const extraCost = (i: number, c: number) => {
    const row = rows[i]!
    const code = codes[c]!
    const deputy = (code.role === 'member' || code.role === 'permanent_guest') && row.official && rows[i - 1]!.official && !row.absent
    return (deputy ? EXTRA_DEPUTY : EXTRA) + fit(row, code, c) + (row.absent ? 2 : 0) + (row.after !== undefined ? ADJACENT : 0)
  }
  // State (i, j): rows 0..i-1 placed, codes 0..j-1 used. Steps: skip code j; row i takes code j;
  // row i stays with code j-1 (a further row). fwd: cheapest way in; bwd: cheapest way out.
  const fwd = Array.from({length: m + 1}, () => new Array<number>(k + 1).fill(INF))
  fwd[0]![0] = 0
  const relax = (i: number, j: number, c: number) => {
    if (c < fwd[i]![j]!) fwd[i]![j] = c
  }
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= k; j++) {
      const here = fwd[i]![j]!
      if (here === INF) continue
      if (j < k) relax(i, j + 1, here + SKIP)
      if (i === m) continue
      if (j < k) relax(i + 1, j + 1, here + fit(rows[i]!, codes[j]!, j))
      if (j > 0 && i > 0) relax(i + 1, j, here + extraCost(i, j - 1))
    }
  }
  const bwd = Array.from({length: m + 1}, () => new Array<number>(k + 1).fill(INF))
  bwd[m]![k] = 0
  for (let i = m; i >= 0; i--) {
    for (let j = k; j >= 0; j--) {
      let best = bwd[i]![j]!
      if (j < k) best = Math.min(best, SKIP + bwd[i]![j + 1]!)
      if (i < m && j < k) best = Math.min(best, fit(rows[i]!, codes[j]!, j) + bwd[i + 1]![j + 1]!)
      if (i < m && j > 0 && i > 0) best = Math.min(best, extraCost(i, j - 1) + bwd[i + 1]![j]!)
      bwd[i]![j] = best
    }
  }
  const total = fwd[m]![k]!
  const options: number[][] = rows.map(() => [])
  const EPS = 1e-9
  for (let i = 0; i < m; i++) {
    for (let c = 0; c < k; c++) {
      const paired = fwd[i]![c]! + fit(rows[i]!, codes[c]!, c) + bwd[i + 1]![c + 1]!
      const further = i > 0 ? fwd[i]![c + 1]! + extraCost(i, c) + bwd[i + 1]![c + 1]! : INF
      if (Math.min(paired, further) <= total + EPS) options[i]!.push(c)
    }
  }
  // Back from the end; among equal ways, a further row as late as possible (each code takes the next
  // row, what is left over stays with the last).
  const codeOf = new Array<number>(m).fill(-1)
  const extra = new Array<boolean>(m).fill(false)
  const skipped: number[] = []
  let i = m
  let j = k
  const near = (a: number, b: number) => Math.abs(a - b) <= EPS
  while (i > 0 || j > 0) {
    const here = fwd[i]![j]!
    if (i > 1 && j > 0 && near(fwd[i - 1]![j]! + extraCost(i - 1, j - 1), here)) {
      codeOf[i - 1] = j - 1
      extra[i - 1] = true
      i--
    } else if (i > 0 && j > 0 && near(fwd[i - 1]![j - 1]! + fit(rows[i - 1]!, codes[j - 1]!, j - 1), here)) {
      codeOf[i - 1] = j - 1
      i--
      j--
    } else if (j > 0 && near(fwd[i]![j - 1]! + SKIP, here)) {
      skipped.unshift(j - 1)
      j--
    } else {
      break
    }
  }
  return {codeOf, options, extra, skipped}
}

/** Row i takes code i; rows past the last code stay with it, codes past the last row have none. */
function inOrder(k: number, m: number): Paired {
  const codeOf = Array.from({length: m}, (_, i) => (k === 0 ? -1 : Math.min(i, k - 1)))
  return {
    codeOf, options: codeOf.map((c) => (c === -1 ? [] : [c])), extra: codeOf.map((c, i) => i >= k && c !== -1),
    skipped: Array.from({length: Math.max(0, k - m)}, (_, j) => m + j)
  }
}

/**
 * Codes of several sections written one after the other (labels first, then every code): split
 * where the canonical order restarts or Länder and bodies take turns. A "Ständiger Gast" section
 * followed by a guests section takes one body — or, given the conference's permanent guests, the
 * bodies among them. Länder after the bodies are the staff when a staff section is among the labels.
 */
export function splitCodes(codes: readonly string[], roles: readonly Role[], permanent?: (code: string) => boolean): number[] {
  const order = (c: string) => (isLandCode(c) ? LAND_CODES.indexOf(c) : -1)
  const staff = roles.lastIndexOf('staff')
  const sectionOf: number[] = []
  let s = 0
  let inSection = 0
  codes.forEach((code, n) => {
    const prev = codes[n - 1]
    if (prev !== undefined && s < roles.length - 1) {
      // "… (NW), Vorsitz" / "… (BW)" / "… (BY)": the chair's Land before the others, one Land out of order, no new section.
      const chairFirst = n === 1 && roles[0] === 'member' && isLandCode(code) && isLandCode(prev)
      const restart = isLandCode(code) !== isLandCode(prev) || (isLandCode(code) && order(code) <= order(prev) && !chairFirst)
      const single = roles[s] === 'permanent_guest' && roles[s + 1] === 'guest' && !isLandCode(code) &&
        (permanent && permanent(prev) ? !permanent(code) : inSection >= 1)
      // "… (BMDS)" / "… (GS DMK)": the conference's office opens the staff after the permanent guest.
      const office = roles[s + 1] === 'staff' && !isLandCode(code) && isConferenceOffice(code)
      // "…, Thüringen" / "…, BMDS" under "Länder" / "Bund" (no label of the permanent guest's or the guests'): the federal body
      // stays with the members, where it is read as the permanent guest.
      const federal = roles[s] === 'member' && !roles.includes('permanent_guest') && !roles.includes('guest') && permanent !== undefined && permanent(code) && isLandCode(prev)
      if ((restart && !federal) || single || office) {
        s = isLandCode(code) && !isLandCode(prev) && staff > s ? staff : s + 1
        inSection = 0
      }
    }
    sectionOf.push(s)
    inSection++
  })
  return sectionOf
}
