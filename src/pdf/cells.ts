/**
 * Lines → cells: runs one blank apart are words of one cell; a wide gap, or
 * a gap before text that other lines nearby also start at, opens a new cell
 * (a column of a table). Justified text has wide gaps too, but they are all
 * alike on a line, while a table fixes where its cells start, not the gaps.
 */
import type {Run} from './read.ts'
import type {Line} from './lines.ts'
import type {PdfFurnitureKind} from './furniture.ts'

/** A line as the layout prints it: its cells left to right. */
export interface Row {
  y: number
  size: number
  cells: Run[][]
  markers: Run[]
  furniture: PdfFurnitureKind | undefined
}

/** Below this gap (share of the font size) two runs touch: one word. */
export const GLUE = 0.15
/** From this gap on, a gap may be a column gap, if the next cell is aligned. */
const CELL_GAP = 0.5
/** From this gap on, a gap is a column gap anyway. */
const WIDE_GAP = 1.5
/** How far (lines) to look up and down for cells that start at the same x. */
const ALIGN_REACH = 4
/** Same x (points). */
export const SAME_X = 1.5
/** A cell start on this many lines of the document makes a column. */
const DOCUMENT_STOP = 4
/** A line with this many gaps of one width is spaced out (justified): those gaps are between words. */
const EVEN_GAPS = 4

/** Where cells start on the pages of a document: x positions and on how many lines. */
export type Stops = ReadonlyMap<number, number>

/** Cells start at the same x on many lines of a table, also across its pages. */
export function documentStops(pages: ReadonlyArray<readonly Line[]>): Stops {
  const stops = new Map<number, number>()
  for (const lines of pages) {
    for (const line of lines) {
      for (const x of new Set(cellStarts(line, wordGaps(line)).map(bucket))) stops.set(x, (stops.get(x) ?? 0) + 1)
    }
  }
  return stops
}

const bucket = (x: number) => Math.round(x / SAME_X)

export function rowsOf(lines: readonly Line[], furniture: ReadonlyMap<number, PdfFurnitureKind>, stops: Stops = new Map()): Row[] {
  const words = lines.map(wordGaps)
  const starts = lines.map((line, i) => cellStarts(line, words[i]!))
  return lines.map((line, i) => {
    const cells: Run[][] = []
    line.runs.forEach((run, k) => {
      const gap = k === 0 ? 0 : gapBefore(line, k)
      const opens = k === 0 || (!words[i]!.has(k) &&
        (gap >= WIDE_GAP * run.size || (gap >= CELL_GAP * run.size && isCell(starts, i, run, gap, stops))))
      if (opens) cells.push([run])
      else cells[cells.length - 1]!.push(run)
    })
    return {y: line.y, size: line.size, cells, markers: line.markers, furniture: furniture.get(i)}
  })
}

/** Where `k` starts, measured from the end of the text before it (a marker included). */
export function gapBefore(line: {runs: readonly Run[]; markers: readonly Run[]}, k: number): number {
  const a = line.runs[k - 1]!
  const b = line.runs[k]!
  let end = a.x1
  for (const m of line.markers) if (m.x0 >= a.x0 && m.x1 <= b.x0 + 0.5) end = Math.max(end, m.x1)
  return b.x0 - end
}

/** The x where a line's cells may start: its first run and every run after a gap that is not between words. */
function cellStarts(line: Line, words: ReadonlySet<number>): number[] {
  return line.runs.filter((r, k) => k === 0 || (!words.has(k) && gapBefore(line, k) >= CELL_GAP * r.size)).map((r) => r.x0)
}

/** The gaps (by run index) of a spaced-out line that are as wide as most of its gaps. */
function wordGaps(line: Line): Set<number> {
  const gaps: Array<[number, number]> = []
  for (let k = 1; k < line.runs.length; k++) {
    const gap = gapBefore(line, k)
    if (gap >= GLUE * line.runs[k]!.size) gaps.push([k, gap])
  }
  if (gaps.length < EVEN_GAPS) return new Set()
  const sorted = gaps.map(([, g]) => g).sort((a, b) => a - b)
  const median = sorted[sorted.length >> 1]!
  const even = gaps.filter(([, g]) => Math.abs(g - median) <= 0.15 * median + 0.05 * line.size)
  return new Set(even.length >= EVEN_GAPS ? even.map(([k]) => k) : [])
}

/**
 * A cell of a table: other lines nearby have a cell starting at the same x;
 * after a gap of a whole em, one such line will do, or many in the document.
 */
function isCell(starts: readonly number[][], i: number, run: Run, gap: number, stops: Stops): boolean {
  let n = 0
  for (let j = Math.max(0, i - ALIGN_REACH); j <= Math.min(starts.length - 1, i + ALIGN_REACH); j++) {
    if (j !== i && starts[j]!.some((s) => Math.abs(s - run.x0) <= SAME_X)) n++
  }
  if (n >= 2 || (n >= 1 && gap >= run.size)) return true
  const b = bucket(run.x0)
  const elsewhere = (stops.get(b - 1) ?? 0) + (stops.get(b) ?? 0) + (stops.get(b + 1) ?? 0)
  return gap >= run.size && elsewhere >= DOCUMENT_STOP
}
