/**
 * Minutes written as one table, the result of each item in a column of its own:
 *
 *   Nr.    Gegenstand und Beschluss                           Ergebnis
 *   3      Digitale Souveränität: Gemeinsames Portal für      angenommen
 *          Open-Source-Software (SH, BE, TH)                  14 : 0 : 1
 *          Beschluss:                                         Enthaltung: BY
 *
 * `pdftotext -layout` keeps the column apart by blanks; read line by line, the result runs into the title and the
 * clauses. Each result cell is cut off its line into a line of its own, kept out of the item's title and clauses;
 * the vote reads each cell as a paragraph of its own.
 */
import type {Line} from '../text/lines.ts'

// "Nr.    Gegenstand und Beschluss    Ergebnis": the table's heads, the result column's head last.
const HEADS = /^[ \t]{0,3}(?:Nr\.|TOP|Punkt|Lfd\.[ \t]*Nr\.)[ \t]{2,}\S(?:[^\n]*\S)?[ \t]{2,}(?:Ergebnis|Beschlussergebnis|Abstimmungsergebnis|Votum|Abstimmung)[ \t]*$/
/** How far a cell may start from its head's column (the renderer aligns them; blanks may shift by a character). */
const SLACK = 2

/**
 * The lines with each result cell cut off its line into a line of its own right after it (offsets stay in order), and
 * which lines are such cells; the same lines and none where there is no such table.
 */
export function resultColumn(lines: readonly Line[]): {lines: Line[]; cells: Set<number>; beside: Set<number>} {
  const cells = new Set<number>()
  /** Lines with a result cell beside them (a row's first line has one, a clause's seldom). */
  const beside = new Set<number>()
  const head = lines.findIndex((l) => HEADS.test(l.text))
  if (head === -1) return {lines: [...lines], cells, beside}
  // The heads repeated on each page give the column there (pdftotext -layout places each page on its own).
  let x = -1
  const out: Line[] = lines.slice(0, head).map((l) => ({...l}))
  for (const line of lines.slice(head)) {
    const heads = HEADS.test(line.text)
    if (heads) x = line.text.trimEnd().lastIndexOf(' ') + 1
    const at = heads ? -1 : cellAt(line.text, x)
    if (at === -1) {
      out.push({...line, index: out.length})
      continue
    }
    const left = line.text.slice(0, at).trimEnd()
    if (left.trim()) {
      beside.add(out.length)
      out.push({index: out.length, start: line.start, end: line.start + left.length, text: left})
    }
    cells.add(out.length)
    out.push({index: out.length, start: line.start + at, end: line.end, text: line.text.slice(at)})
  }
  return {lines: out, cells, beside}
}

/** Where a line's result cell begins: text starting near column `x` after two blanks at least; -1 if none. */
function cellAt(text: string, x: number): number {
  for (let at = Math.max(1, x - SLACK); at <= x + SLACK && at < text.length; at++) {
    if (text[at] !== ' ' && text[at] !== '\t' && text[at - 1] === ' ' && (at < 2 || text[at - 2] === ' ')) return at
  }
  return -1
}
