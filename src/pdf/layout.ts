/**
 * Lines of every page → one text, the way `pdftotext -layout` prints it but
 * from the real coordinates: a character grid laid over the page (x → column),
 * cells of a table padded to their column, words of a sentence one blank
 * apart, vertical space as blank lines, pages separated by form feeds.
 * Every run of the text keeps its page and box; markers and furniture are
 * returned beside the text.
 */
import type {Run} from './read.ts'
import type {PdfFurnitureKind} from './furniture.ts'
import {gapBefore, GLUE, type Row} from './cells.ts'

/** A box on a page, in points from the page's top-left corner. */
export interface Box {
  /** 1-based. */
  page: number
  x0: number
  top: number
  x1: number
  bottom: number
}

/** A run of the text `[start, end)` and where it is printed. */
export interface PlacedRun extends Box {
  start: number
  end: number
}

/** A furniture line of the text `[start, end)`. */
export interface FurnitureSpan {
  kind: PdfFurnitureKind
  start: number
  end: number
  page: number
}

/** A footnote marker kept out of the text: it stood at `offset`. */
export interface Marker extends Box {
  text: string
  offset: number
}

export interface LaidOut {
  text: string
  runs: PlacedRun[]
  furniture: FurnitureSpan[]
  markers: Marker[]
}

export interface LayoutPage {
  number: number
  rows: Row[]
}

/** More blank lines say nothing more (and a tiny font far apart must not make megabytes of them). */
const MAX_BLANKS = 16
/** Columns beyond any page: text far off the page stands at the right edge of the grid. */
const MAX_COLUMN = 10_000

interface Grid {
  left: number
  /** Points per character column. */
  cw: number
  /** Baseline distance of consecutive lines, as a share of their font size. */
  pitch: number
}

export function layOut(pages: readonly LayoutPage[]): LaidOut {
  const grid = gridOf(pages)
  const out: LaidOut = {text: '', runs: [], furniture: [], markers: []}
  const parts: string[] = []
  let offset = 0
  const push = (s: string) => {
    parts.push(s)
    offset += s.length
  }
  pages.forEach((page, p) => {
    if (p > 0) push('\f')
    page.rows.forEach((row, i) => {
      const prev = page.rows[i - 1]
      if (prev) push('\n'.repeat(blankLines(prev, row, grid)))
      const s = rowString(row, grid, offset, page.number, out)
      if (row.furniture) {
        const lead = s.length - s.trimStart().length
        out.furniture.push({kind: row.furniture, start: offset + lead, end: offset + s.length, page: page.number})
      }
      push(s)
      push('\n')
    })
  })
  out.text = parts.join('')
  return out
}

function gridOf(pages: readonly LayoutPage[]): Grid {
  const widths: number[] = []
  let left = Infinity
  const ratios = new Map<number, number>()
  for (const page of pages) {
    page.rows.forEach((row, i) => {
      for (const r of row.cells.flat()) {
        if (r.x0 >= 0) left = Math.min(left, r.x0)
        if (r.text.length >= 2) widths.push((r.x1 - r.x0) / r.text.length)
      }
      const prev = page.rows[i - 1]
      if (prev && Math.abs(prev.size - row.size) < 0.1 && row.y > prev.y) {
        const ratio = Math.round(((row.y - prev.y) / row.size) * 20) / 20
        ratios.set(ratio, (ratios.get(ratio) ?? 0) + 1)
      }
    })
  }
  widths.sort((a, b) => a - b)
  let pitch = 1.5
  let most = 0
  for (const [ratio, n] of ratios) if (n > most) { pitch = ratio; most = n }
  return {
    left: Number.isFinite(left) ? left : 0,
    cw: Math.max(1, widths[widths.length >> 1] || 5),
    // Wider than one and a half lines is not a line pitch but a paragraph gap.
    pitch: Math.min(1.5, Math.max(1, pitch))
  }
}

function blankLines(prev: Row, row: Row, grid: Grid): number {
  const gap = row.y - prev.y
  return Math.min(MAX_BLANKS, Math.max(0, Math.round(gap / (grid.pitch * Math.max(prev.size, row.size))) - 1))
}

function rowString(row: Row, grid: Grid, at: number, page: number, out: LaidOut): string {
  const col = (x: number) => Math.min(MAX_COLUMN, Math.max(0, Math.round((x - grid.left) / grid.cw)))
  let s = ''
  let prev: Run | undefined
  let m = 0
  for (const cell of row.cells) {
    cell.forEach((run, k) => {
      // A marker stands where the text before it ends, not after the blank.
      for (; m < row.markers.length && row.markers[m]!.x0 < run.x0; m++) addMarker(out, row.markers[m]!, at + s.length, page)
      if (!prev) {
        s = ' '.repeat(col(run.x0))
      } else {
        const gap = gapBefore({runs: [prev, run], markers: row.markers}, 1)
        if (prev.mono && run.mono) {
          // A monospaced text is its own grid: its blanks count.
          s += ' '.repeat(Math.max(gap < GLUE * run.size ? 0 : 1, col(run.x0) - s.length))
        } else if (k === 0) {
          s += ' '.repeat(Math.max(2, col(run.x0) - s.length))
        } else if (gap >= GLUE * run.size) {
          s += ' '
        }
      }
      out.runs.push({start: at + s.length, end: at + s.length + run.text.length, page, x0: run.x0, top: run.top, x1: run.x1, bottom: run.bottom})
      s += run.text
      prev = run
    })
  }
  for (; m < row.markers.length; m++) addMarker(out, row.markers[m]!, at + s.length, page)
  return s
}

function addMarker(out: LaidOut, m: Run, offset: number, page: number) {
  out.markers.push({text: m.text, offset, page, x0: m.x0, top: m.top, x1: m.x1, bottom: m.bottom})
}
