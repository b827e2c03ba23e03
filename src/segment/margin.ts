/**
 * Line numbers in the margin ("5   BW  Ministerin …", "10  HH  nicht vertreten"): some offices number
 * every fifth line of a page. Text tools put the number before the line's text (pdftotext -layout, -raw,
 * pdf.js) or gather them on lines of their own ("5" / "10" / "15", plain pdftotext). A number counts as
 * a line number only in a run: at least three, each five more than the one before (a page starts again
 * at 5), about five printed lines apart — no sentence or table numbers its lines that way. Numbers alone
 * on their lines become furniture; numbers before text are blanked in the lines the segmenter reads
 * (same length, so every offset stays that of the raw text).
 */
import type {FurnitureKind} from '../record/tree.ts'
import {isBlank, type Line} from '../text/lines.ts'

// "5   BW …", "10 HH nicht vertreten": the number, the blanks after it, then text.
const PREFIX = /^([ \t]*)(\d{1,3})[ \t]+(?=\S)/
// "15" alone on its line.
const ALONE = /^[ \t]*(\d{1,3})[ \t]*$/
const STEP = 5
/** How many lines apart two numbered lines may stand (text lines between them, blank ones not counted). */
const GAP: readonly [number, number] = [3, 7]
const RUN = 3
/** How many text lines apart two numbered lines may stand once the margin is known to number lines (a table between). */
const FAR = 60
/** How many text lines may stand between two numbers alone on their lines. */
const SCATTERED = 20

interface Candidate {
  line: number
  n: number
  /** Where the digits stand on the line, or null for a number alone. */
  digits: {from: number; to: number} | null
}

export interface LineNumbers {
  /** Numbers alone on their lines. */
  alone: Map<number, FurnitureKind>
  /** Numbers before a line's text: line index and the column range of the digits. */
  prefixes: Array<{line: number; from: number; to: number}>
}

export function findLineNumbers(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>): LineNumbers {
  const out: LineNumbers = {alone: new Map(), prefixes: []}
  for (const kind of ['prefix', 'alone'] as const) {
    const candidates: Candidate[] = []
    for (const line of lines) {
      if (kind === 'prefix') {
        const m = PREFIX.exec(line.text)
        if (m && Number(m[2]) % STEP === 0 && Number(m[2]) > 0) candidates.push({line: line.index, n: Number(m[2]), digits: {from: m[1]!.length, to: m[1]!.length + m[2]!.length}})
      } else {
        const m = ALONE.exec(line.text)
        if (m && Number(m[1]) % STEP === 0 && Number(m[1]) > 0) candidates.push({line: line.index, n: Number(m[1]), digits: null})
      }
    }
    const found = runs(candidates, lines, furniture, kind === 'alone', false)
    // "5   Berlin, 12. Mai 2072" … a table of 30 rows … "10   Weitere Teilnehmende: …", "15   teil; …": once the margin
    // numbers a page's lines, a run whose lines a table (numbered only where text is) put further apart counts too.
    if (found.length > 0 && kind === 'prefix') {
      const taken = new Set(found.flat().map((c) => c.line))
      found.push(...runs(candidates.filter((c) => !taken.has(c.line)), lines, furniture, false, true))
      // "5   Begrüßung, …" the only number of a short first page, the next page starting at 5 again.
      const more = new Set(found.flat().map((c) => c.line))
      candidates.forEach((c, k) => {
        if (!more.has(c.line) && c.n === STEP && candidates[k + 1]?.n === STEP && more.has(candidates[k + 1]!.line)) found.push([c])
      })
    }
    for (const run of found) {
      for (const c of run) {
        if (c.digits) out.prefixes.push({line: c.line, ...c.digits})
        else out.alone.set(c.line, 'line-number')
      }
    }
  }
  return out
}

/** Runs of candidates that number lines: +5 each, five text lines apart (numbers alone on their lines: side by side or near). */
function runs(candidates: readonly Candidate[], lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, gathered: boolean, far: boolean): Candidate[][] {
  const out: Candidate[][] = []
  let run: Candidate[] = []
  const close = () => {
    if (run.length >= RUN) out.push(run)
    run = []
  }
  for (const c of candidates) {
    const prev = run[run.length - 1]
    if (prev && c.n === prev.n + STEP && apart(prev.line, c.line, lines, furniture, gathered, far)) {
      run.push(c)
      continue
    }
    close()
    if (c.n === STEP) run = [c]
  }
  close()
  return out
}

/** Whether two numbered lines stand as a margin's numbers do. */
function apart(a: number, b: number, lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, gathered: boolean, far: boolean): boolean {
  let text = 0
  for (let i = a + 1; i < b; i++) if (!isBlank(lines[i]!) && !furniture.has(i)) text++
  // Numbers alone on their lines: gathered side by side, or each left as a paragraph of its own near the lines it
  // numbered (plain pdftotext: "5" / "Eröffnung, …" / … / "10"), a page's lines apart at most.
  return gathered ? text <= SCATTERED : text >= GAP[0] && text <= (far ? FAR : GAP[1])
}

/** The lines with the numbers before their text blanked. */
export function blankLineNumbers(lines: Line[], prefixes: LineNumbers['prefixes']) {
  for (const p of prefixes) {
    const line = lines[p.line]!
    line.text = line.text.slice(0, p.from) + ' '.repeat(p.to - p.from) + line.text.slice(p.to)
  }
}
