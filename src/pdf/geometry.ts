/**
 * Any span of the extracted text → where it is printed: one box per page it
 * touches, the union of its runs' boxes (a run cut by the span is cut in
 * proportion to its characters).
 */
import type {Box, PlacedRun} from './layout.ts'

export function locate(runs: readonly PlacedRun[], start: number, end: number): Box[] {
  const boxes = new Map<number, Box>()
  for (let i = firstEndingAfter(runs, start); i < runs.length && runs[i]!.start < Math.max(end, start + 1); i++) {
    const r = runs[i]!
    const per = (r.x1 - r.x0) / Math.max(1, r.end - r.start)
    const from = Math.max(start, r.start) - r.start
    const to = Math.min(Math.max(end, start), r.end) - r.start
    unite(boxes, {page: r.page, x0: r.x0 + from * per, top: r.top, x1: r.x0 + to * per, bottom: r.bottom})
  }
  return [...boxes.values()]
}

/** Of items in text order, the first that ends after `start` (binary search). */
function firstEndingAfter(items: ReadonlyArray<{end: number}>, start: number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (items[mid]!.end <= start) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Adds a box to the union of its page's boxes. */
function unite(boxes: Map<number, Box>, box: Box) {
  const have = boxes.get(box.page)
  boxes.set(box.page, have
    ? {page: box.page, x0: Math.min(have.x0, box.x0), top: Math.min(have.top, box.top), x1: Math.max(have.x1, box.x1), bottom: Math.max(have.bottom, box.bottom)}
    : box)
}

/**
 * A printed line as stored beside the text: `[start, end)` in bytes of the
 * UTF-8 text (where the records' raw offsets point), its page and box, and
 * its runs as `[start, end, x0, x1]`, bytes from the line's start.
 */
export interface PrintedLine extends Box {
  start: number
  end: number
  runs: Array<[number, number, number, number]>
}

/** Two decimals of a point: finer than print, and what is stored. */
const round = (x: number) => Math.round(x * 100) / 100

/** Runs (string offsets of `text`, in text order) → printed lines in byte offsets (`byteAt`: string offset → byte). */
export function printedLines(runs: readonly PlacedRun[], text: string, byteAt: ArrayLike<number>): PrintedLine[] {
  const lines: PrintedLine[] = []
  let line: PrintedLine | undefined
  let prevEnd = 0
  for (const r of runs) {
    const start = byteAt[r.start]!
    const end = byteAt[r.end]!
    const broken = !line || line.page !== r.page || /[\n\f]/.test(text.slice(prevEnd, r.start))
    if (broken) {
      line = {page: r.page, start, end, x0: round(r.x0), top: round(r.top), x1: round(r.x1), bottom: round(r.bottom), runs: []}
      lines.push(line)
    }
    const l = line!
    l.end = end
    l.x0 = Math.min(l.x0, round(r.x0))
    l.top = Math.min(l.top, round(r.top))
    l.x1 = Math.max(l.x1, round(r.x1))
    l.bottom = Math.max(l.bottom, round(r.bottom))
    l.runs.push([start - l.start, end - l.start, round(r.x0), round(r.x1)])
    prevEnd = r.end
  }
  return lines
}

/** Characters of UTF-8 bytes `[from, to)`: every byte that does not continue a sequence. */
function chars(text: Uint8Array, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if ((text[i]! & 0xc0) !== 0x80) n++
  return n
}

/**
 * A span of the stored text (bytes `[start, end)`) → where it is printed:
 * one box per page, the union of the parts of its lines' runs it covers (a
 * run cut by the span in proportion to its characters; heights of the
 * line). Empty when the span covers no printed run (blanks only).
 */
export function locateInLines(lines: readonly PrintedLine[], text: Uint8Array, start: number, end: number): Box[] {
  const boxes = new Map<number, Box>()
  // An empty span is a point: the run it stands in, no wider than the point.
  const stop = Math.max(end, start + 1)
  for (let i = firstEndingAfter(lines, start); i < lines.length && lines[i]!.start < stop; i++) {
    const line = lines[i]!
    for (const [rs, re, x0, x1] of line.runs) {
      const a = line.start + rs
      const b = line.start + re
      if (b <= start || a >= stop) continue
      const per = (x1 - x0) / Math.max(1, chars(text, a, b))
      unite(boxes, {
        page: line.page, top: line.top, bottom: line.bottom,
        x0: round(x0 + chars(text, a, Math.max(a, start)) * per),
        x1: round(x0 + chars(text, a, Math.min(b, Math.max(end, start))) * per)
      })
    }
  }
  return [...boxes.values()]
}
