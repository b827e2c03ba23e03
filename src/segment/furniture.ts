/**
 * Page furniture: page numbers, running headers and footers, separators.
 * Classified, kept as nodes and counted; never silently dropped.
 */
import type {FurnitureHint, FurnitureKind} from '../record/tree.ts'
import {isBlank, type Line} from '../text/lines.ts'
import {ATTACHMENT_LINE, CLAUSE_LINE, ENDS_WITH_PAGE_NUMBER, PAGE_NUMBER, RESOLUTION_END, RESOLUTION_HEAD, SEPARATOR, TOP_HEAD} from './patterns.ts'
import {MONTH_PATTERN} from '../data/months.ts'
import {matchesOf} from '../text/matches.ts'

const BARE_NUMBER = /^[ \t]*\d{1,4}[ \t]*$/

/** "18. Mai 2056" alone on its line: a running header's date part, not a clause (plain pdftotext sets it apart). */
const DATE_ONLY = new RegExp(`^[ \\t]*\\d{1,2}\\.[ \\t]*(?:${MONTH_PATTERN})[ \\t]+\\d{4}[ \\t]*$`, 'u')

/** How near (in lines) a running header stands to a page break or page number. */
const NEAR = 4
/** How often a line must repeat to be a running header or footer. */
const REPEATS = 3
/** Which share of its occurrences must stand near a page boundary. */
const NEAR_SHARE = 0.8

/**
 * Lines that carry structure are never page furniture, however often they repeat ("Beschluss:"). Header
 * labels are not among them: "Protokoll der 6. Sitzung" is a running header's usual start.
 */
function structural(text: string): boolean {
  if (DATE_ONLY.test(text)) return false
  // "Abstimmung: Ja 16 / Nein 0 / Enthaltung 0" under three items, each near a page's edge: a vote's result, no running header.
  return TOP_HEAD.test(text) || RESOLUTION_HEAD.test(text) || CLAUSE_LINE.test(text) || ATTACHMENT_LINE.test(text) || RESOLUTION_END.test(text)
}

/** The last line with text before each page break (the form feed may stand on a line of its own). */
export function pageBreakLines(lines: readonly Line[], pageBreaks: readonly number[]): Set<number> {
  const breakLines = new Set<number>()
  let b = 0
  let lastText = -1
  for (const line of lines) {
    if (!isBlank(line)) lastText = line.index
    if (b < pageBreaks.length && line.end >= pageBreaks[b]!) {
      if (lastText !== -1) breakLines.add(lastText)
      while (b < pageBreaks.length && line.end >= pageBreaks[b]!) b++
    }
  }
  return breakLines
}

const ENDS_WITH_DATE = new RegExp(String.raw`(?:\d{1,2}\.[ \t]*(?:${MONTH_PATTERN})|\d{1,2}\.\d{1,2}\.)[ \t]*\d{4}[ \t]*$`)

export function classifyFurniture(lines: readonly Line[], pageBreaks: readonly number[]): Map<number, FurnitureKind> {
  const found = new Map<number, FurnitureKind>()
  const breakLines = pageBreakLines(lines, pageBreaks)
  // Each line's key once: the passes below ask for it again and again.
  const keys: Array<string | undefined> = []
  const keyAt = (line: Line) => (keys[line.index] ??= keyOf(line.text))
  for (const line of lines) {
    if (SEPARATOR.test(line.text)) {
      found.set(line.index, 'separator')
    } else if (PAGE_NUMBER.test(line.text) && (!BARE_NUMBER.test(line.text) || standsAlone(lines, line.index, breakLines))) {
      // "- 2 -", "Seite 3 von 9", "4/9" say what they are; a bare "10" must stand alone to count.
      found.set(line.index, 'page-number')
    }
  }
  besideBareNumbers(lines, found, keyAt)
  // "Protokoll 6. DMK · 2026    1/5": a running header or footer with the page number on the same line,
  // the same on several pages but for its digits.
  const numbered = new Map<string, number[]>()
  for (const line of lines) {
    if (found.has(line.index) || !ENDS_WITH_PAGE_NUMBER.test(line.text) || structural(line.text)) continue
    const key = keyAt(line)
    if (key.length < 12 || subItemHead(key)) continue
    const list = numbered.get(key)
    if (list) list.push(line.index)
    else numbered.set(key, [line.index])
  }
  for (const indexes of numbered.values()) {
    if (indexes.length < 2) continue
    // "Donnerstag, 16. November 2045" in the header, "Donnerstag, 15. November 2046" among the next sessions, "Vorlage: DMK-Drs.
    // 2050/07 vom 24. April 2050" under two items: a year, no page number — a running header's date is the same on every page.
    const dates = indexes.map((i) => ENDS_WITH_DATE.exec(lines[i]!.text)?.[0].replace(/[ \t]+/g, ' '))
    if (dates.every((d) => d !== undefined) && new Set(dates).size > 1) continue
    for (const i of indexes) found.set(i, 'running-header')
  }
  // Running headers and footers: the same line (digits aside) near several page boundaries.
  const anchors = [...breakLines, ...[...found].filter(([, k]) => k === 'page-number' || k === 'running-header').map(([i]) => i)]
  // The top of the first page is a page's edge too: its running header stands there, often far from any number.
  const top = lines.find((l) => !isBlank(l))?.index
  if (top !== undefined && anchors.length > 0) anchors.push(top)
  if (anchors.length >= REPEATS - 1) {
    const groups = new Map<string, number[]>()
    const add = (key: string, index: number) => {
      const list = groups.get(key)
      if (list) list.push(index)
      else groups.set(key, [index])
    }
    for (const line of lines) {
      const key = keyAt(line)
      // "36. DMK · 14.11.2041", "62. DMK – Ergebnisprotokoll" start like a clause, but a clause has no parts set apart by "·"
      // or "|", nor a dash before a last word without a sentence's end. An item's head does ("Tagesordnungspunkt 8 – Termine").
      // "690. DMK" (plain: the header's part on a line of its own) is short, but names the session.
      if ((key.length < 8 && !/^#\. ?(?:DMK|Sitzung)$/.test(key)) || found.has(line.index) || (structural(line.text) && !/ [·|] /.test(key) && (TOP_HEAD.test(line.text) || !/ – \p{L}+$/u.test(key)))) continue
      add(key, line.index)
      // "Kurzprotokoll der 25. DMK · A. Regularien" / "… · B. Beschlüsse": a header that names the part it stands in,
      // the same up to its last separator.
      const cut = Math.max(key.lastIndexOf(' · '), key.lastIndexOf(' | '), key.lastIndexOf(' – '))
      if (cut >= 12) add(`${key.slice(0, cut)} ·…`, line.index)
      // "DMK 631 | 11.05.2339          TOP 3" / "…          Anlagen": the same, its last cell set apart by a wide gap.
      const gap = lastCell(line.text.trimEnd())
      const head = gap > 0 ? keyOf(line.text.slice(0, gap)) : ''
      if (head.length >= 12 && (head.includes('#') || / [·|] /.test(head))) add(`${head} ·…`, line.index)
      // The same with one blank (raw, pdf.js): "DMK 631 | 11.05.2339 TOP 3", the part after the separator less its last words.
      else if (cut > 0) {
        for (const words of [1, 2]) {
          const less = key.split(' ').slice(0, -words).join(' ')
          if (less.length >= 12 && less.length > cut + 2) add(`${less} ·…`, line.index)
        }
      }
    }
    const sorted = anchors.sort((x, y) => x - y)
    // Near in lines with text too, for a line that looks like a header (digits, or parts set apart by "·" or "|",
    // and no sentence's end): plain pdftotext puts a blank line between every two blocks.
    const rank: number[] = []
    let seen = 0
    for (const line of lines) rank[line.index] = isBlank(line) ? seen : ++seen
    const ranked = anchors.map((i) => rank[i]!).sort((x, y) => x - y)
    // A short protocol (up to four pages) may show its header on two pages only ("36. DMK · 14.11.2041" not on
    // the first); twice is enough there for a line that looks like one.
    const short = breakLines.size <= 3
    for (const [key, indexes] of groups) {
      const headerLike = (key.includes('#') || / [·|] /.test(key)) && !/[.!?:;,]$/.test(key) && !subItemHead(key) && !itemHead(key)
      // "Ministerium für Digitales, Bildung und Wissenschaft Mecklenburg-Vorpommern" / "- 1 -", the same over "- 2 -": a footer
      // without digits, right beside the page's number each time.
      const besideNumbers = !/[.!?:;,]$/.test(key) && indexes.every((i) => found.get(i - 1) === 'page-number' || found.get(i + 1) === 'page-number')
      const needed = short && (headerLike || besideNumbers) ? 2 : REPEATS
      if (indexes.length < needed) continue
      const near = indexes.filter((i) => nearAny(sorted, i) || (headerLike && nearAny(ranked, rank[i]!)))
      if (near.length >= needed && near.length >= NEAR_SHARE * indexes.length) for (const i of near) found.set(i, 'running-header')
    }
    // "Ergebnisniederschrift 88. DMK    Erster Sitzungstag, 17. November 2067" once, "… Zweiter Sitzungstag, 18. November
    // 2067" on the later pages: a running header whose last part follows the part of the session, near a page's edge
    // with the start of one found.
    const headers = new Set([...found].filter(([, k]) => k === 'running-header').map(([i]) => keyAt(lines[i]!)))
    if (headers.size > 0) {
      for (const line of lines) {
        if (found.has(line.index) || !nearAny(sorted, line.index) || structural(line.text)) continue
        const key = keyAt(line)
        if (/[.!?:;,]$/.test(key)) continue
        for (const header of headers) {
          const start = sharedStart(header, key)
          if (start.length >= 20 && (start.includes('#') || / [·|] /.test(start))) {
            found.set(line.index, 'running-header')
            break
          }
        }
      }
    }
  }
  headersShownOnce(lines, found, breakLines)
  // A page number beside a running footer ("Seite 3" / "DMK-Protokoll") still stands alone; a bare "1" right
  // above or below a running header or a page break is its page's number, even with text on its other side (pdftotext -raw).
  for (const line of lines) {
    if (found.has(line.index) || !PAGE_NUMBER.test(line.text)) continue
    const besideHeader = BARE_NUMBER.test(line.text) &&
      (breakLines.has(line.index) || breakLines.has(line.index - 1) || [line.index - 1, line.index + 1].some((i) => found.get(i) === 'running-header'))
    if (besideHeader || standsAlone(lines, line.index, breakLines, found)) found.set(line.index, 'page-number')
  }
  // "Saarland | MDHK   Seite" / "TOP 3 7" (poppler's layout): a footer whose word "Seite" lost its number to the next line, there
  // beside the footer's "TOP 7" — the page's number, no head.
  for (const [index, kind] of [...found]) {
    if (kind !== 'running-header' || !/(?<![\p{L}])Seite[ \t]*$/u.test(lines[index]!.text)) continue
    let next = index + 1
    while (next < lines.length && isBlank(lines[next]!)) next++
    if (next < lines.length && !found.has(next) && NUMBER_TAIL.test(lines[next]!.text)) found.set(next, 'page-number')
  }
  return found
}

// "DMK 675. Sitzung 12. Mai 2361", "Protokoll der 31. DMK vom 4.5.2040": the session and its date (or the page's number).
const SESSION_REF = /(?<![\p{L}\d])\d{1,4}\.[ \t]*(?:Sitzung|DMK)(?![\p{L}])|(?<![\p{L}])(?:DMK|Digitalministerkonferenz)(?![\p{L}])/u
// The year may have wrapped in its cell ("12. Mai" / "2361", poppler's layout).
const HAS_DATE = new RegExp(`\\d{1,2}\\.[ \\t]*(?:${MONTH_PATTERN})(?![\\p{L}])|\\d{1,2}\\.\\d{1,2}\\.\\d{4}`, 'u')
// "… 12. Mai 2361Seite 2" (pdf.js): the page's number glued to the header's last part.
const TRAILING_PAGE = /(?:Seite[ \t]*(\d{1,3})(?:[ \t]*von[ \t]*(\d{1,3}))?|(\d{1,3})[ \t]*\/[ \t]*(\d{1,3}))[ \t]*$/u

/** How many lines from the text's top the first page's head may take. */
const TOP_LINES = 12
const HEADER_WORDS = new Set(['der', 'des', 'die', 'am', 'vom', 'über', 'zur', 'zum', 'und', 'in', 'im', 'den', 'von', 'bis', 'für'])

/** A line that can only be a running header: the session and a date or page number, no sentence (lower-case words short). */
function sessionHeader(text: string): boolean {
  const t = text.trim().replace(/[ \t]+/g, ' ')
  if (t.length < 12 || t.length > 120 || /[.!?:;,]$/.test(t) || structural(text)) return false
  if (!SESSION_REF.test(t) || !(HAS_DATE.test(t) || TRAILING_PAGE.test(t))) return false
  // "Niederschrift über die 675. Sitzung der DMK am 12. Mai 2361" may be a header; "Die 676. Sitzung findet am …" is not:
  // its lower-case words are articles and prepositions only.
  if (/^(?:Der|Die|Das|Den|Dem|Ein|Eine)[ ]/u.test(t)) return false
  for (const w of matchesOf(t, /(?<![\p{L}])\p{Ll}+/gu)) if (!HEADER_WORDS.has(w[0])) return false
  return true
}

/**
 * "\f" / "DMK 675. Sitzung 12. Mai 2361" / "Seite 2": a protocol of two pages shows its running header once, on the second
 * page only; at the top of a page after a break (or, pdf.js, with the page's number 2 or more), a line that names the session
 * and its date is that header.
 */
function headersShownOnce(lines: readonly Line[], found: Map<number, FurnitureKind>, breakLines: ReadonlySet<number>) {
  const top = lines.find((l) => !isBlank(l))?.index ?? 0
  const afterBreak = new Set<number>()
  for (const b of breakLines) {
    let seen = 0
    for (let i = b + 1; i < lines.length && seen < 2; i++) {
      if (isBlank(lines[i]!) || found.has(i)) continue
      afterBreak.add(i)
      seen++
    }
  }
  // "Digitalministerkonferenz" / "929. Sitzung" / "6. Mai 2488" (plain: the header's cells on lines of their own) at a page's
  // top: together they name the session and its date. "913. Sitzung der DMK" / "TOP 2" / "Berlin, 16. Mai 2480": the page's
  // first head may stand between them, and stays.
  const sessionCell = /^[ \t]*\d{1,4}\.[ \t]*(?:Sitzung|DMK)(?:[ \t]+der[ \t]+(?:DMK|Digitalministerkonferenz))?[ \t]*$/
  for (const b of breakLines) {
    const parts: Line[] = []
    for (let i = b + 1; i < lines.length && parts.length < 3; i++) {
      if (isBlank(lines[i]!)) continue
      if (found.has(i) || lines[i]!.text.trim().length > 40) break
      parts.push(lines[i]!)
    }
    for (let k = parts.length; k >= 2; k--) {
      const cells = parts.slice(0, k).filter((l) => !structural(l.text) || sessionCell.test(l.text))
      const heads = parts.slice(0, k).filter((l) => !cells.includes(l))
      if (cells.length < 2 || cells[0] !== parts[0] || heads.some((l) => !TOP_HEAD.test(l.text)) || !sessionHeader(cells.map((l) => l.text.trim()).join(' '))) continue
      for (const cell of cells) found.set(cell.index, 'running-header')
      break
    }
  }
  for (const line of lines) {
    if (found.has(line.index) || !sessionHeader(line.text)) continue
    const page = TRAILING_PAGE.exec(line.text.trimEnd())
    // "Drucksache DMK 490/3": a number and its part, no page of three.
    const numbered = page !== null && Number(page[1] ?? page[3]) >= 2 && Number(page[1] ?? page[3]) <= Number(page[2] ?? page[4] ?? 999)
    // Not the title beside the first page's number at the text's top; "Seite 1 von 2" at the first page's foot is the page before.
    const besideNumber = [line.index - 1, line.index + 1].some((i) => found.get(i) === 'page-number' &&
      (i > top + TOP_LINES || !/(?<!\d)1(?!\d)/.test(lines[i]!.text.replace(/von[ \t]*\d+/, ''))))
    if (!afterBreak.has(line.index) && !numbered && !besideNumber) continue
    found.set(line.index, 'running-header')
    // "Seite" / "23612" under it (layout): the page's number, its cell wrapped into the year's.
    let next = line.index + 1
    for (let seen = 0; next < lines.length && seen < 2; next++) {
      if (isBlank(lines[next]!)) continue
      if (found.has(next) || !/^[ \t]*(?:Seite(?:[ \t]+\d{1,6})?|\d{1,6})[ \t]*$/.test(lines[next]!.text)) break
      found.set(next, 'page-number')
      seen++
    }
  }
}

/** Where the blanks (three or more) before a line's last cell of one to three words begin, or -1. */
function lastCell(text: string): number {
  const blank = (c: string | undefined) => c === ' ' || c === '\t'
  let i = text.length
  for (let words = 1; words <= 3; words++) {
    let j = i
    while (j > 0 && !blank(text[j - 1])) j--
    if (j === i || j === 0) return -1
    let k = j
    while (k > 0 && blank(text[k - 1])) k--
    if (k === 0) return -1
    if (j - k >= 3) return k
    if (j - k > 1) return -1
    i = k
  }
  return -1
}

const NUMBER_TAIL = /^[ \t]*(?:(?:TOP|Top)[ \t]+)?\d{1,3}(?:[ \t]+\d{1,3})?[ \t]*$/

/**
 * "1" / "Protokoll der 72. Sitzung der Digitalministerkonferenz 13.11.2059", later "2" / the same line: pdf.js keeps no
 * page break and no blank line, but a line with digits that comes again, each time right after (or before) a bare
 * number that grows, is a running header, and the numbers are its pages'.
 */
function besideBareNumbers(lines: readonly Line[], found: Map<number, FurnitureKind>, keyAt: (line: Line) => string) {
  const groups = new Map<string, number[]>()
  for (const line of lines) {
    if (found.has(line.index) || !/\d/.test(line.text) || /[.!?:;,]$/.test(line.text.trimEnd())) continue
    const key = keyAt(line)
    if (key.length < 12 || structural(line.text)) continue
    const list = groups.get(key)
    if (list) list.push(line.index)
    else groups.set(key, [line.index])
  }
  const bare = (i: number) => {
    const line = lines[i]
    return line && !found.has(i) && BARE_NUMBER.test(line.text) ? Number(line.text.trim()) : null
  }
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue
    for (const side of [-1, 1]) {
      const numbers = indexes.map((i) => bare(i + side))
      if (numbers.some((n) => n === null) || !numbers.every((n, k) => k === 0 || n! > numbers[k - 1]!)) continue
      for (const i of indexes) {
        found.set(i, 'running-header')
        found.set(i + side, 'page-number')
      }
      // The last page's number as the text's last line, its header on no page after it.
      let end = lines.length - 1
      while (end >= 0 && isBlank(lines[end]!)) end--
      const last = lines[end]
      if (last && last.index > indexes.at(-1)! && bare(last.index) === numbers.at(-1)! + 1) found.set(last.index, 'page-number')
      break
    }
  }
}

/**
 * "6.1 Sitzungstermine 2195" in the agenda and again over its minutes, each near a page's edge: a sub-item's head, no
 * running header (one sets its parts apart: "3.2 Protokoll · DMK").
 */
function subItemHead(key: string): boolean {
  return /^#\.#\.?[ ]/.test(key) && !/ [·|] /.test(key)
}

/**
 * "5 Interoperabilität der Gesundheitsportale der Länder (NW)" at the top of page 2 in the agenda and again over its minutes on
 * page 3: an item's head without a dot and no other digits, no running header ("62. DMK – Ergebnisprotokoll" has its dot).
 */
function itemHead(key: string): boolean {
  return /^# \p{Lu}\p{Ll}/u.test(key) && !key.slice(1).includes('#') && !/ [·|] /.test(key)
}

/** A line as its repeats are compared: digits as "#", blanks as one ("Seite 3 von 9", "Seite 4 von 9"). */
function keyOf(text: string): string {
  return text.trim().replace(/\d+/g, '#').replace(/[ \t]+/g, ' ')
}

/** A page number stands between blank lines (or furniture, a page break, the file's edge). */
function standsAlone(lines: readonly Line[], index: number, breaks: ReadonlySet<number>, furniture?: ReadonlyMap<number, FurnitureKind>): boolean {
  const prev = lines[index - 1]
  const next = lines[index + 1]
  const before = !prev || isBlank(prev) || breaks.has(index - 1) || furniture?.has(index - 1) === true
  const after = !next || isBlank(next) || breaks.has(index) || furniture?.has(index + 1) === true
  return before && after
}

/** The words two keys start with alike ("Ergebnisniederschrift ##. DMK "), up to a blank both have there. */
function sharedStart(a: string, b: string): string {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  if (n === a.length || n === b.length) return ''
  const cut = a.lastIndexOf(' ', n - 1)
  return cut === -1 ? '' : a.slice(0, cut + 1)
}

function nearAny(sorted: readonly number[], index: number): boolean {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < index) lo = mid + 1
    else hi = mid
  }
  const a = sorted[lo]
  const b = sorted[lo - 1]
  return (a !== undefined && Math.abs(a - index) <= NEAR) || (b !== undefined && Math.abs(b - index) <= NEAR)
}

/** Hints from the input's geometry win: every line a hint touches is furniture of its kind. */
export function applyHints(lines: readonly Line[], found: Map<number, FurnitureKind>, hints: readonly FurnitureHint[]) {
  if (hints.length === 0) return
  const sorted = [...hints].sort((a, b) => a.start - b.start)
  let h = 0
  for (const line of lines) {
    while (h < sorted.length && sorted[h]!.end <= line.start) h++
    const hint = sorted[h]
    if (hint && hint.start < line.end && !isBlank(line)) found.set(line.index, hint.kind)
  }
}
