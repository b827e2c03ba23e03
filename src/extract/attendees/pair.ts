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
}

export interface Paired {
  /** code index per row (-1: before any code). */
  codeOf: number[]
  /** Rows that share their code with the row before. */
  extra: boolean[]
  /** Codes no row took. */
  skipped: number[]
}

const PAIR_MISMATCH = 0.4
const EXTRA = 1
const EXTRA_DEPUTY = 0.6
const SKIP = 1.2
const KNOWN_MATCH = -0.5
const KNOWN_MISMATCH = 3

function fit(row: PairRow, code: PairCode): number {
  let cost = 0
  if ((code.role === 'member' || code.role === 'permanent_guest') && !row.official) cost += PAIR_MISMATCH
  if (code.role === 'staff' && row.official && !row.absent) cost += PAIR_MISMATCH
  if (row.known && isLandCode(code.org)) cost += row.known === code.org ? KNOWN_MATCH : KNOWN_MISMATCH
  return cost
}

export function pair(codes: readonly PairCode[], rows: readonly PairRow[]): Paired {
  const m = rows.length
  const k = codes.length
  const INF = Number.POSITIVE_INFINITY
  // cost[i][j]: rows 0..i-1 placed, codes 0..j-1 used (row i-1 on code j-1); how[i][j]: the step that got there.
  const cost = Array.from({length: m + 1}, () => new Array<number>(k + 1).fill(INF))
  const how = Array.from({length: m + 1}, () => new Array<number>(k + 1).fill(0))
  cost[0]![0] = 0
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= k; j++) {
      const here = cost[i]![j]!
      if (here === INF) continue
      if (j < k && here + SKIP < cost[i]![j + 1]!) {
        cost[i]![j + 1] = here + SKIP
        how[i]![j + 1] = 3
      }
      if (i === m) continue
      const row = rows[i]!
      if (j < k) {
        const c = here + fit(row, codes[j]!)
        if (c < cost[i + 1]![j + 1]!) {
          cost[i + 1]![j + 1] = c
          how[i + 1]![j + 1] = 1
        }
      }
      if (j > 0 && i > 0) {
        const code = codes[j - 1]!
        const deputy = (code.role === 'member' || code.role === 'permanent_guest') && row.official && rows[i - 1]!.official && !row.absent
        const c = here + (deputy ? EXTRA_DEPUTY : EXTRA) + fit(row, code) + (row.absent ? 2 : 0)
        if (c < cost[i + 1]![j]!) {
          cost[i + 1]![j] = c
          how[i + 1]![j] = 2
        }
      }
    }
  }
  const codeOf = new Array<number>(m).fill(-1)
  const extra = new Array<boolean>(m).fill(false)
  const skipped: number[] = []
  let i = m
  let j = k
  while (i > 0 || j > 0) {
    const step = how[i]![j]!
    if (step === 3) { skipped.unshift(j - 1); j-- } else if (step === 1) { codeOf[i - 1] = j - 1; i--; j-- } else if (step === 2) { codeOf[i - 1] = j - 1; extra[i - 1] = true; i-- } else break
  }
  return {codeOf, extra, skipped}
}

/**
 * Codes of several sections written one after the other (labels first, then every code): split
 * where the canonical order restarts or Länder and bodies take turns. A "Ständiger Gast" section
 * followed by a guests section takes one body.
 */
export function splitCodes(codes: readonly string[], roles: readonly Role[]): number[] {
  const order = (c: string) => (isLandCode(c) ? LAND_CODES.indexOf(c) : -1)
  const sectionOf: number[] = []
  let s = 0
  let inSection = 0
  codes.forEach((code, n) => {
    const prev = codes[n - 1]
    if (prev !== undefined && s < roles.length - 1) {
      const restart = isLandCode(code) !== isLandCode(prev) || (isLandCode(code) && order(code) <= order(prev))
      const single = roles[s] === 'permanent_guest' && roles[s + 1] === 'guest' && !isLandCode(code) && inSection >= 1
      if (restart || single) { s++; inSection = 0 }
    }
    sectionOf.push(s)
    inSection++
  })
  return sectionOf
}
