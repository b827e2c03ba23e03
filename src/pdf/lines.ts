/**
 * The runs of one page → printed lines, top to bottom, each left to right.
 * Runs share a line when their baselines do. A small raised number beside
 * bigger text is a footnote marker: inside a line it is kept apart (the
 * sentence reads on without it), at the start of a line it opens a footnote.
 */
import type {Run} from './read.ts'

export interface Line {
  /** Baseline, in points from the page's top. */
  y: number
  /** The largest font size on the line. */
  size: number
  /** Left to right, markers excluded. */
  runs: Run[]
  /** Raised small numbers inside the line: footnote markers. */
  markers: Run[]
  /** The line opens with a raised number: the first line of a footnote. */
  noteLabel: boolean
}

/** What a footnote marker looks like: a short number or a dagger. */
const MARK = /^(?:\d{1,3}|[*†‡]{1,3})(?:,\d{1,3}){0,3}$/
/** Baselines closer than this share of the smaller size are one line. */
const SAME_LINE = 0.3

export function pageLines(runs: readonly Run[]): Line[] {
  const attached = new Map<Run, Run>()
  const byY = [...runs].sort((a, b) => a.y - b.y)
  const biggest = runs.reduce((m, r) => Math.max(m, r.size), 0)
  for (const r of runs) {
    // Only text smaller than the page's biggest can be raised beside it.
    if (1.25 * r.size > biggest || !MARK.test(r.text)) continue
    const host = hostOf(r, byY, biggest)
    if (host) attached.set(r, host)
  }
  const lines = cluster(runs.filter((r) => !attached.has(r)))
  const lineOf = new Map<Run, Line>()
  for (const line of lines) for (const r of line.runs) lineOf.set(r, line)
  for (const [mark, host] of attached) {
    const line = lineOf.get(host)!
    const before = line.runs.some((r) => r.x1 <= mark.x0 + 0.5 && r.x0 < mark.x0)
    if (before) {
      line.markers.push(mark)
    } else {
      line.runs.push(mark)
      line.noteLabel = true
    }
  }
  for (const line of lines) {
    line.runs.sort((a, b) => a.x0 - b.x0)
    line.markers.sort((a, b) => a.x0 - b.x0)
    line.runs = dedupe(line.runs)
  }
  return lines
}

/**
 * The run a raised small number belongs to: bigger text whose baseline lies
 * a little below it, ending where the number starts (a marker) or starting
 * just after it (a footnote's label).
 */
function hostOf(mark: Run, byY: readonly Run[], biggest: number): Run | undefined {
  let best: Run | undefined
  // Only runs whose baseline lies below the mark's, by less than the biggest size.
  let lo = 0
  let hi = byY.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (byY[mid]!.y < mark.y) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < byY.length && byY[i]!.y - mark.y <= 0.75 * biggest; i++) {
    const n = byY[i]!
    if (n === mark || n.size < 1.25 * mark.size) continue
    const raise = n.y - mark.y
    if (raise < 0.1 * n.size || raise > 0.75 * n.size) continue
    const after = mark.x0 - n.x1
    const before = n.x0 - mark.x1
    if ((after >= -0.5 && after <= 0.4 * n.size) || (before >= -0.5 && before <= 1.5 * n.size)) {
      if (!best || Math.abs(n.y - mark.y) < Math.abs(best.y - mark.y)) best = n
    }
  }
  return best
}

function cluster(runs: readonly Run[]): Line[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0)
  const lines: Line[] = []
  let current: Line | undefined
  for (const r of sorted) {
    if (current && Math.abs(r.y - current.y) <= SAME_LINE * Math.min(r.size, current.size)) {
      current.runs.push(r)
      current.size = Math.max(current.size, r.size)
      continue
    }
    current = {y: r.y, size: r.size, runs: [r], markers: [], noteLabel: false}
    lines.push(current)
  }
  return lines
}

/** Text drawn twice, a hair apart (fake bold), is one text. */
function dedupe(runs: Run[]): Run[] {
  return runs.filter((r, i) => {
    const prev = runs[i - 1]
    return !(prev && prev.text === r.text && Math.abs(prev.x0 - r.x0) < 0.2 * r.size)
  })
}
