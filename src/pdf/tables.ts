/**
 * A cell that spans several rows of a table — a section label beside its
 * rows ("Mitglieder der DMK bzw." / "Vertretung mit" / "Stimmrecht" beside
 * BW, BY) — is read whole before those rows, as a reader reads it;
 * `pdftotext -layout` interleaves its lines with the rows. Such a cell is
 * found by its lines: one below the other at the same x, written one after
 * the other (the producer wrote the cell as one paragraph), while the next
 * column starts a new row before its last line ends: a cell written apart
 * from the one above it, or farther below it than the cell's line pitch.
 * A label that only makes its own row taller ("Land Baden-" / "Württemberg")
 * stays with its row.
 */
import type {Run} from './read.ts'
import {SAME_X, type Row} from './cells.ts'

/** Lines of one cell follow each other at most this far apart (share of the font size). */
const CELL_PITCH = 1.4
/** A row starts where the next column's text is farther below its last line than this share of the cell's pitch. */
const ROW_STEP = 1.1

export function readSpanningCells(rows: readonly Row[]): Row[] {
  const out: Row[] = []
  for (let i = 0; i < rows.length; i++) {
    const chain = spanningChain(rows, i)
    if (!chain) {
      out.push(rows[i]!)
      continue
    }
    const last = chain[chain.length - 1]!
    for (const j of chain) out.push({...rows[j]!, cells: [rows[j]!.cells[0]!], markers: []})
    for (let j = i; j <= last; j++) {
      const row = rows[j]!
      const rest = chain.includes(j) ? {...row, cells: row.cells.slice(1)} : row
      if (rest.cells.length) out.push(rest)
    }
    i = last
  }
  return out
}

const last = (cell: readonly Run[]) => cell[cell.length - 1]!

/** The rows whose first cell continues the first cell of row `i`, if that cell spans rows. */
function spanningChain(rows: readonly Row[], i: number): number[] | undefined {
  const row = rows[i]!
  if (row.furniture || row.cells.length < 2) return undefined
  const left = row.cells[0]![0]!.x0
  const next = row.cells[1]![0]!.x0
  const chain = [i]
  let lastY = row.y
  let pitch = 0
  let lastSeq = last(row.cells[0]!).seq
  for (let j = i + 1; j < rows.length; j++) {
    const r = rows[j]!
    if (r.furniture || r.y - lastY > CELL_PITCH * r.size) break
    const first = r.cells[0]!
    if (first[0]!.x0 >= next - SAME_X) continue
    if (Math.abs(first[0]!.x0 - left) > SAME_X || last(first).x1 > next - SAME_X || first[0]!.seq !== lastSeq + 1) break
    pitch = Math.max(pitch, r.y - lastY)
    lastY = r.y
    lastSeq = last(first).seq
    chain.push(j)
  }
  if (chain.length < 2) return undefined
  // Does the next column start a new row before the cell ends?
  const bottom = last(rows[chain[chain.length - 1]!]!.cells[0]!).bottom
  let above = row.cells[1]!
  for (let j = i + 1; j < rows.length && rows[j]!.y - rows[chain[chain.length - 1]!]!.y <= CELL_PITCH * rows[j]!.size; j++) {
    const cell = rows[j]!.cells.find((c) => Math.abs(c[0]!.x0 - next) <= SAME_X)
    if (!cell) continue
    const newRow = cell[0]!.seq !== last(above).seq + 1 || cell[0]!.y - above[0]!.y > ROW_STEP * pitch
    if (newRow && cell[0]!.top < bottom) return chain
    above = cell
  }
  return undefined
}
