/**
 * Minutes set in two text columns come out of `pdftotext -layout` side by
 * side, a line of the left column and a line of the right one on each line:
 *
 *   TOP 1: Eröffnung und Regularien          Erfüllung der Auflagen jährlich …
 *   Staatsminister Dr. … (BY) begrüßt         Abstimmungsergebnis:
 *
 * Read in that order, every sentence is cut in two. A region of a page whose
 * lines all leave a gutter blank at one position, and whose both sides are
 * prose (filled lines of several words, not a table's short cells), is read
 * column by column: its left parts, then its right parts. Each character keeps
 * its raw offset, so the map is no longer increasing there (`reordered`).
 */

/** Blank characters a gutter has at least, before the right column's first character. */
const GUTTER = 2
/** The right column starts at least this far in (a table's second column may start earlier). */
const MIN_X = 24
/** Lines with text in the right column a region needs. */
const MIN_RIGHT = 6
/** Lines with text in the left column a region needs. */
const MIN_LEFT = 4
/** Edges tried per page. */
const CANDIDATES = 4
/** Lines a left column may run on below the right one. */
const TAIL = 3
/** How far a right column's lines may be indented from its edge (a clause's hanging indent). */
const INDENT = 12

interface Cut {
  /** Line starts and ends (exclusive, before the line break) in the text. */
  lines: Array<[number, number]>
  x: number
}

export interface Columns {
  text: string
  map: Uint32Array
  /** Regions read column by column. */
  regions: number
}

/** The text with every two-column region read left column first; `pageBreaks` moved along. */
export function splitColumns(text: string, map: Uint32Array, pageBreaks: number[]): Columns {
  const cuts = findRegions(text, pageBreaks)
  if (cuts.length === 0) return {text, map, regions: 0}
  const out: string[] = []
  const next: number[] = []
  let last = 0
  const copy = (from: number, to: number) => {
    out.push(text.slice(from, to))
    for (let j = from; j < to; j++) next.push(map[j]!)
  }
  // A piece of a line and its line break: the break maps to the raw offset just after the piece.
  const piece = (from: number, to: number, breakAt: number) => {
    copy(from, to)
    out.push('\n')
    next.push(map[breakAt]!)
  }
  const shift: Array<[at: number, delta: number]> = []
  for (const {lines, x} of cuts) {
    const [regionStart] = lines[0]!
    const regionEnd = lines.at(-1)![1] + 1
    copy(last, regionStart)
    const before = next.length
    // A side's blank piece is kept only where the whole line is blank (a paragraph's end in both columns).
    const blank = (s: number, e: number) => { for (let i = s; i < e; i++) if (text.charCodeAt(i) !== 32) return false; return true }
    for (const [s, e] of lines) {
      let end = Math.min(e, s + x)
      while (end > s && text.charCodeAt(end - 1) === 32) end--
      if (end > s || blank(s, e)) piece(s, end, end)
    }
    for (const [s, e] of lines) {
      if (e - s > x && !blank(s + x, e)) piece(s + x, e, e)
      else if (blank(s, e)) piece(e, e, e)
    }
    shift.push([regionEnd, next.length - before - (regionEnd - regionStart)])
    last = regionEnd
  }
  copy(last, text.length)
  next.push(map[text.length]!)
  for (let i = 0; i < pageBreaks.length; i++) {
    let delta = 0
    // The page break that ends a region is its last line break, which stays last.
    for (const [at, d] of shift) if (pageBreaks[i]! >= at - 1) delta += d
    pageBreaks[i] = pageBreaks[i]! + delta
  }
  return {text: out.join(''), map: Uint32Array.from(next), regions: cuts.length}
}

function findRegions(text: string, pageBreaks: readonly number[]): Cut[] {
  const all: Array<[number, number]> = []
  // Lines that end in a line break (a last line without one stays as it is).
  for (let s = 0, e = text.indexOf('\n'); e !== -1; s = e + 1, e = text.indexOf('\n', s)) all.push([s, e])
  const breaks = new Set(pageBreaks)
  const cuts: Cut[] = []
  let page: Array<[number, number]> = []
  const flush = () => {
    if (page.length >= MIN_RIGHT) cuts.push(...regionsOf(text, page))
    page = []
  }
  for (const line of all) {
    page.push(line)
    if (breaks.has(line[1])) flush()
  }
  flush()
  return cuts
}

/** The two-column regions of one page's lines. */
function regionsOf(text: string, lines: ReadonlyArray<[number, number]>): Cut[] {
  // Where right columns could start: a character after a gutter, far enough in.
  const votes = new Map<number, number>()
  for (const [s, e] of lines) {
    if (e - s <= MIN_X) continue
    for (let i = s + MIN_X; i < e; i++) {
      if (text.charCodeAt(i) !== 32 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i - 2) === 32) {
        votes.set(i - s, (votes.get(i - s) ?? 0) + 1)
      }
    }
  }
  // The likeliest few edges (bounded: a page of justified lines has gaps everywhere).
  const candidates = [...votes].filter(([, n]) => n >= MIN_RIGHT).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES).map(([x]) => x)
  const indents = lines.map(([s, e]) => {
    let i = s
    while (i < e && text.charCodeAt(i) === 32) i++
    return i - s
  })
  const taken = new Set<number>()
  const cuts: Cut[] = []
  for (const x of candidates) {
    // Maximal runs of lines that keep the gutter before x blank.
    let run: Array<[number, number]> = []
    const close = () => {
      const cut = prose(text, run, x)
      if (cut && !cut.lines.some(([s]) => taken.has(s))) {
        for (const [s] of cut.lines) taken.add(s)
        cuts.push(cut)
      }
      run = []
    }
    lines.forEach((line, k) => {
      if (clear(text, line, indents[k]!, x)) run.push(line)
      else close()
    })
    close()
  }
  return cuts.sort((a, b) => a.lines[0]![0] - b.lines[0]![0])
}

/**
 * The line keeps the gutter before x blank, and what it has right of x starts
 * near x or stands alone: "Beschlussprotokoll · 24. Sitzung …      Seite 3 von 4"
 * spans the page.
 */
function clear(text: string, [s, e]: readonly [number, number], indent: number, x: number): boolean {
  for (let i = s + x - GUTTER; i < s + x; i++) if (i < e && text.charCodeAt(i) !== 32) return false
  if (e - s <= x + INDENT) return true
  for (let i = s + x; i < s + x + INDENT; i++) if (text.charCodeAt(i) !== 32) return true
  // Far right of x: a right column's indented line ("NW, RP, SN, ST, SH, TH" under a vote's row) has nothing left of it.
  return indent >= x
}

/**
 * The run as a region when both its sides are prose. It ends with its last
 * line that reaches the right column, and the left column's few lines
 * after it (what follows a blank line is one column again).
 */
function prose(text: string, run: Array<[number, number]>, x: number): Cut | null {
  let last = run.length - 1
  while (last >= 0 && run[last]![1] - run[last]![0] <= x) last--
  // A left column a few lines longer than the right one: its lines right after, up to a blank line.
  for (let k = 0; k < TAIL && last + 1 < run.length; k++) {
    const [s, e] = run[last + 1]!
    if (!/\S/.test(text.slice(s, e))) break
    last++
  }
  const lines = run.slice(0, last + 1)
  const left: string[] = []
  const right: string[] = []
  for (const [s, e] of lines) {
    const l = text.slice(s, Math.min(e, s + x)).trimEnd()
    if (l.trim()) left.push(l)
    if (e - s > x) {
      const r = text.slice(s + x, e).trim()
      if (r) right.push(r)
    }
  }
  if (left.length < MIN_LEFT || right.length < MIN_RIGHT) return null
  // Prose: lines of several words, some lower-case, without a table's gaps between cells,
  // and a left column whose lines mostly run on to its edge.
  const share = (side: readonly string[], test: (l: string) => boolean) => side.filter(test).length / side.length
  const wordy = (l: string) => /(?:^|[ \t])\p{Ll}{3,}/u.test(l) && l.trim().split(/[ \t]+/).length >= 3
  const cells = (l: string) => /\S {3,}\S/.test(l)
  const edge = Math.max(...left.map((l) => l.length))
  const filled = share(left, (l) => l.length >= edge - 12)
  if (filled < 0.35 || share(left, wordy) < 0.6 || share(right, wordy) < 0.6 || share(left, cells) > 0.25 || share(right, cells) > 0.25) return null
  return {lines, x}
}
