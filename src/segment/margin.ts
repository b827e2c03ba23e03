/**
 * Line numbers in the margin ("5   BW  Ministerin …", "10  HH  nicht vertreten"): some offices number
 * every fifth line of a page, a draft for comments every line. Text tools put the number before the line's text (pdftotext -layout, -raw,
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
/**
 * How a margin numbers lines: every fifth (a run of three at least, about five text lines apart), every tenth, or every one (a draft
 * "zur Abstimmung … unter Angabe von Seite und Zeilennummer": a run of six at least on lines next to each other).
 */
interface Step {
  step: number
  run: number
  /** How many text lines stand between two numbered ones (blank lines not counted). */
  gap: readonly [number, number]
}
const EVERY_FIFTH: Step = {step: 5, run: 3, gap: [3, 7]}
const EVERY_LINE: Step = {step: 1, run: 6, gap: [0, 0]}
// "10 Deutschland-Stacks." / … / "20 Frau Vizepräsidentin …" / … / "30 (1) Die Länder …": every tenth line.
const EVERY_TENTH: Step = {step: 10, run: 3, gap: [7, 13]}
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
      const m = (kind === 'prefix' ? PREFIX : ALONE).exec(line.text)
      if (!m) continue
      const digits = m[kind === 'prefix' ? 2 : 1]!
      if (Number(digits) === 0) continue
      candidates.push({line: line.index, n: Number(digits), digits: kind === 'prefix' ? {from: m[1]!.length, to: m[1]!.length + digits.length} : null})
    }
    // Every line first: its numbers 5, 10, 15 would pass for every fifth.
    let found = numbered(EVERY_LINE, candidates, lines, furniture, kind)
    if (!found.some((run) => run.length >= EVERY_LINE.run && everyLine(run, lines, kind))) {
      found = numbered(EVERY_FIFTH, candidates.filter((c) => c.n % EVERY_FIFTH.step === 0), lines, furniture, kind)
      if (found.length === 0) found = numbered(EVERY_TENTH, candidates.filter((c) => c.n % EVERY_TENTH.step === 0), lines, furniture, kind)
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

function numbered(step: Step, candidates: readonly Candidate[], lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, kind: 'prefix' | 'alone'): Candidate[][] {
  if (kind === 'alone') {
    const all = runs(step, candidates, lines, furniture, true, false)
    // "5" / "10" on a short first page, "5" … "30" on the next: a page's short run once the margin is known to number lines.
    // "5" the only number of a short first page, the next page starting at 5 again.
    const long = all.filter((run) => run.length >= step.run)
    const nextPage = (run: Candidate[]) => long.some((r) => r[0]!.line > run[0]!.line && r[0]!.n === step.step && pageEdgeBetween(furniture, run.at(-1)!.line, r[0]!.line))
    return all.filter((run) => run.length >= step.run || (step.step > 1 && run[0]!.n === step.step && ((run.length === 2 && long.length > 0) || (run.length === 1 && nextPage(run)))))
  }
  // Read with tables allowed between ("8   zum 10. Dezember …" / a table / "9   1. Stimmberechtigte …"); the margin numbers
  // lines where a run stands as close as the step says somewhere, and then every run of three counts.
  const far = runs(step, candidates, lines, furniture, false, true)
  if (!far.some((run) => closeRun(step, run, lines, furniture) >= step.run)) return []
  // "5   Zu TOP 7: Verschiedenes" / … / "10   2. Zeitplan …": a last page's short run, from its first number on.
  const found = far.filter((run) => run.length >= Math.min(step.run, 3) || (run.length === 2 && run[0]!.n === step.step))
  // "5   Begrüßung, …" the only number of a short first page, the next page starting at 5 again.
  const more = new Set(found.flat().map((c) => c.line))
  const first = Math.min(...more)
  candidates.forEach((c, k) => {
    if (!more.has(c.line) && c.line < first && c.n === step.step && candidates[k + 1]?.n === step.step && more.has(candidates[k + 1]!.line)) found.push([c])
  })
  // "5   TOP 7: Verschiedenes" the only number of a short last page, after a page's edge.
  const last = Math.max(...more)
  const end = candidates.at(-1)
  if (end && end.line > last && end.n === step.step && more.has(candidates.at(-2)?.line ?? -1) && pageEdgeBetween(furniture, last, end.line)) found.push([end])
  return found
}

function pageEdgeBetween(furniture: ReadonlyMap<number, FurnitureKind>, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) {
    const kind = furniture.get(i)
    if (kind === 'page-number' || kind === 'running-header' || kind === 'running-footer') return true
  }
  return false
}

/** The most numbers of `run` in a row that stand as close as the step says. */
function closeRun(step: Step, run: readonly Candidate[], lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>): number {
  let best = run.length > 0 ? 1 : 0
  let now = best
  for (let k = 1; k < run.length; k++) {
    now = apart(step, run[k - 1]!.line, run[k]!.line, lines, furniture, false, false) ? now + 1 : 1
    best = Math.max(best, now)
  }
  return best
}

/**
 * Every line numbered, not a list numbered 1, 2, 3: a numbered line goes on with a small letter ("7   Entwurf … bis" /
 * "8   zum 10. Dezember 2082 …"), as a wrapped sentence does; numbers alone on their lines (plain pdftotext) stand
 * gathered, three pairs at least on lines next to each other.
 */
function everyLine(run: readonly Candidate[], lines: readonly Line[], kind: 'prefix' | 'alone'): boolean {
  if (kind === 'prefix') return run.some((c) => /^\p{Ll}/u.test(lines[c.line]!.text.slice(c.digits!.to).trimStart()))
  let pairs = 0
  for (let k = 1; k < run.length; k++) if (run[k]!.line === run[k - 1]!.line + 1) pairs++
  return pairs >= 3
}

/** Runs of candidates that number lines: +step each, step text lines apart (numbers alone on their lines: side by side or near). */
function runs(step: Step, candidates: readonly Candidate[], lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, gathered: boolean, far: boolean): Candidate[][] {
  const out: Candidate[][] = []
  let run: Candidate[] = []
  const close = () => {
    if (run.length > 0) out.push(run)
    run = []
  }
  candidates.forEach((c, k) => {
    const prev = run[run.length - 1]
    if (prev && c.n === prev.n + step.step && apart(step, prev.line, c.line, lines, furniture, gathered, far)) {
      run.push(c)
      return
    }
    // "10   3   Digitale Souveränität" / "5   Nachnutzung …" / "15   6   Umsetzung …": an agenda's own number between two of
    // the margin's is the text's, where the next number goes on with the run.
    const next = candidates[k + 1]
    // "5" after a page's edge starts the next page's numbers, no text number ("… 5" / page 2 / "5" / "10").
    const restarts = c.n === step.step && pageEdgeBetween(furniture, prev?.line ?? c.line, c.line)
    if (prev && next && !restarts && next.n === prev.n + step.step && apart(step, prev.line, next.line, lines, furniture, gathered, false)) return
    close()
    if (c.n === step.step) run = [c]
  })
  close()
  return out
}

/** Whether two numbered lines stand as a margin's numbers do. */
function apart(step: Step, a: number, b: number, lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, gathered: boolean, far: boolean): boolean {
  let text = 0
  for (let i = a + 1; i < b; i++) if (!isBlank(lines[i]!) && !furniture.has(i)) text++
  // Numbers alone on their lines: gathered side by side, or each left as a paragraph of its own near the lines it
  // numbered (plain pdftotext: "5" / "Eröffnung, …" / … / "10"), a page's lines apart at most.
  return gathered ? text <= SCATTERED : text >= step.gap[0] && text <= (far ? FAR : step.gap[1])
}

/** The lines with the numbers before their text blanked. */
export function blankLineNumbers(lines: Line[], prefixes: LineNumbers['prefixes']) {
  for (const p of prefixes) {
    const line = lines[p.line]!
    line.text = line.text.slice(0, p.from) + ' '.repeat(p.to - p.from) + line.text.slice(p.to)
  }
}
