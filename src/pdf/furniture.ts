/**
 * Page furniture from geometry: lines at the top or foot of the page that
 * stand at the same place with the same words (digits aside) on several
 * pages are running headers and footers; a lone number there that counts
 * the pages is a page number; the small lines at the page foot that open
 * with a raised number are footnotes. Only marked, never removed.
 */
import type {Line} from './lines.ts'

export type PdfFurnitureKind = 'running-header' | 'running-footer' | 'page-number' | 'footnote'

export interface PageLines {
  number: number
  height: number
  lines: Line[]
}

/** How many lines from the page's top or foot may be furniture. */
const EDGE_LINES = 3
/** Which share of the page's height counts as its top or foot. */
const EDGE_SHARE = 0.15
/** Same place: baselines this close (points). */
const SAME_Y = 3

const PAGE_NUMBER = /^(?:Seite|S\.|Page)?\s?[-–]?\s?(\d{1,4})\s?[-–]?(?:\s?(?:von|of|\/)\s?\d{1,4})?$/i

export function lineText(line: Line): string {
  return line.runs.map((r) => r.text).join(' ')
}

/** Per page, the furniture kind of each line index. */
export function classifyPages(pages: readonly PageLines[]): Array<Map<number, PdfFurnitureKind>> {
  const found = pages.map(() => new Map<number, PdfFurnitureKind>())
  const edges = pages.map((page) => edgeLines(page))
  // Page numbers first: a lone number at the edge that counts the pages (from any start).
  const numbers: Array<{page: number; index: number; offset: number}> = []
  edges.forEach((indexes, p) => {
    for (const index of indexes) {
      const m = PAGE_NUMBER.exec(lineText(pages[p]!.lines[index]!))
      if (m) numbers.push({page: p, index, offset: Number(m[1]) - pages[p]!.number})
    }
  })
  const offsets = new Map<number, number>()
  for (const n of numbers) offsets.set(n.offset, (offsets.get(n.offset) ?? 0) + 1)
  for (const n of numbers) {
    if (n.offset === 0 || offsets.get(n.offset)! >= 2) found[n.page]!.set(n.index, 'page-number')
  }
  // Running headers and footers: the same words at the same height on several pages.
  const groups = new Map<string, Array<{page: number; index: number; y: number}>>()
  edges.forEach((indexes, p) => {
    for (const index of indexes) {
      if (found[p]!.has(index)) continue
      const line = pages[p]!.lines[index]!
      const key = lineText(line).replace(/\d+/g, '#').replace(/\s+/g, ' ')
      const list = groups.get(key) ?? []
      list.push({page: p, index, y: line.y})
      groups.set(key, list)
    }
  })
  const needed = Math.max(2, Math.ceil(0.5 * (pages.length - 1)))
  for (const list of groups.values()) {
    for (const at of list) {
      const same = new Set(list.filter((o) => Math.abs(o.y - at.y) <= SAME_Y).map((o) => o.page))
      if (same.size >= needed) found[at.page]!.set(at.index, edgeKind(pages[at.page]!, at.y))
    }
  }
  pages.forEach((page, p) => markFootnotes(page, found[p]!))
  return found
}

/** Indexes of the lines near the top and the foot of a page. */
function edgeLines(page: PageLines): number[] {
  const out: number[] = []
  const n = page.lines.length
  for (let i = 0; i < Math.min(EDGE_LINES, n); i++) {
    if (page.lines[i]!.y <= EDGE_SHARE * page.height) out.push(i)
  }
  for (let i = Math.max(EDGE_LINES, n - EDGE_LINES); i < n; i++) {
    if (page.lines[i]!.y >= (1 - EDGE_SHARE) * page.height) out.push(i)
  }
  return out
}

function edgeKind(page: PageLines, y: number): PdfFurnitureKind {
  return y < page.height / 2 ? 'running-header' : 'running-footer'
}

/** The size most of the characters are set in. */
export function commonSize(lines: readonly Line[]): number {
  const chars = new Map<number, number>()
  for (const l of lines) {
    for (const r of l.runs) {
      const size = Math.round(r.size * 10) / 10
      chars.set(size, (chars.get(size) ?? 0) + r.text.length)
    }
  }
  let best = 0
  let most = -1
  for (const [size, n] of chars) if (n > most) { best = size; most = n }
  return best
}

/**
 * Footnotes: from a line that opens with a raised number, in the lower half
 * of the page, down to the footer; every line of it smaller than most of the
 * text above the first note.
 */
function markFootnotes(page: PageLines, found: Map<number, PdfFurnitureKind>) {
  const {lines} = page
  const first = lines.findIndex((l, i) => l.noteLabel && l.y > page.height / 2 && !found.has(i))
  if (first <= 0) return
  const body = commonSize(lines.slice(0, first).filter((_, i) => !found.has(i)))
  const notes: number[] = []
  for (let i = first; i < lines.length; i++) {
    if (found.has(i)) continue
    if (lines[i]!.size >= body - 0.25) return
    notes.push(i)
  }
  for (const i of notes) found.set(i, 'footnote')
}
