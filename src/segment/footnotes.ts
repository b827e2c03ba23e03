/**
 * Footnotes in a text dump: the note printed small at the foot of a page
 * ("1" / "Vgl. den Beschluss zu TOP 3 der 14. Sitzung …", or "1 Das Saarland
 * hat seine Teilnahme … abgesagt …") and its marker in the running text, which
 * the PDF-to-text tool glues to the word before ("entschuldigt.1",
 * "beteiligen.2") or sets apart ("System 1 und"). A note counts only where a
 * marker with its number stands above it on the same page: a numbered line
 * alone is no note. Notes become furniture of kind "footnote" (kept, counted);
 * markers are blanked in the lines the segmenter reads, so a clause reads
 * "beteiligen." while every offset stays that of the raw text.
 */
import type {FurnitureKind} from '../record/tree.ts'
import {isBlank, type Line} from '../text/lines.ts'
import {matchesOf} from '../text/matches.ts'
import {ATTACHMENTS_HEAD} from './patterns.ts'

/** How many content lines above a page's end a footnote may begin. */
const FOOT = 6

// "1" alone, or "1 Das Saarland hat …", "2  Vgl. …": a note's number opening its line.
const LABEL = /^[ \t]*(\d{1,2})(?:[ \t]+(\S.*))?$/

// Words a number follows in running text, not a marker: "TOP 1 und", "Anlage 2 beigefügt", "Ziffer 3 wird", "Nummern 1 bis 3".
// Compared without trailing punctuation ("Nr." → "Nr").
const NUMBERED = /^(?:TOP|Tagesordnungspunkte?n?|Punkte?n?|Anlage|Anlagen|Ziffer|Ziffern|Nummer|Nummern|Nr|Seite|Seiten|Absatz|Abs|Satz|Kapitel|Abschnitt|Stufe|Phase|Teil|Sitzung|Jahr|Art|Artikel|Version|Gruppe|Modul|Paket|Säule|Welle|Runde|Los|Klasse|Kategorie|Level|Lfd|bis|und|oder|von|vom|zum|zur|mit|ca|rund|über|unter)$/

export interface Footnotes {
  /** Line index → "footnote" for every line of a note. */
  lines: Map<number, FurnitureKind>
  /** Markers to blank: line index and the column range of the digits. */
  markers: Array<{line: number; from: number; to: number}>
  /** A note's line → its marker: what the note is a note to. */
  markerOf: Map<number, {line: number; from: number; to: number}>
}

/**
 * The footnotes above each page end. `furniture` holds what is already known (page numbers, running
 * headers); a page ends at such a line, at a page break, or at the end of the text.
 */
export function findFootnotes(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, breakLines: ReadonlySet<number>): Footnotes {
  const out: Footnotes = {lines: new Map(), markers: [], markerOf: new Map()}
  // "2" alone between blank lines is a page number to the furniture pass, but may open a note (plain pdftotext).
  const mayOpen = new Set([...furniture].filter(([i, kind]) => kind === 'page-number' && BARE.test(lines[i]!.text) && textFollows(lines, furniture, i)).map(([i]) => i))
  const isFurniture = (i: number) => furniture.has(i) && !mayOpen.has(i)
  const ends = new Set<number>([...breakLines, lines.length])
  for (const [i, kind] of furniture) if ((kind === 'page-number' || kind === 'running-header' || kind === 'running-footer') && !mayOpen.has(i)) ends.add(i)
  const sorted = [...ends].sort((a, b) => a - b)
  let pageStart = 0
  for (const end of sorted) {
    // The page's content lines, bottom up: the last FOOT of them may hold notes.
    const content: number[] = []
    // A page break's line is the page's last line with text: the foot's own when no page number stands there.
    const bottom = breakLines.has(end) ? end : Math.min(end, lines.length) - 1
    for (let i = bottom; i >= pageStart && content.length < FOOT; i--) {
      if (!isBlank(lines[i]!) && !isFurniture(i)) content.push(i)
      else if (isFurniture(i) && content.length > 0) break
    }
    content.reverse()
    readFoot(lines, content, pageStart, out)
    pageStart = Math.max(pageStart, end + 1)
  }
  return out
}

const BARE = /^[ \t]*\d{1,2}[ \t]*$/

/** Text that is no furniture follows line `i`, and a page ends within a few lines after it. */
function textFollows(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, i: number): boolean {
  let j = i + 1
  while (j < lines.length && isBlank(lines[j]!)) j++
  if (j >= lines.length || furniture.has(j)) return false
  for (let k = j + 1; k < lines.length && k <= j + 2 * FOOT; k++) if (furniture.has(k)) return true
  return j + 2 * FOOT >= lines.length
}

/** The notes among the last content lines of a page, each with its marker above on the page. */
function readFoot(lines: readonly Line[], content: readonly number[], pageStart: number, out: Footnotes) {
  // The first line (from the top of the foot) that opens a note with a marker above decides where the notes begin.
  for (let k = afterAttachmentRows(lines, content); k < content.length; k++) {
    const i = content[k]!
    const label = LABEL.exec(lines[i]!.text)
    if (!label) continue
    // Its text: on the line, or on the next content line.
    if (!label[2] && k + 1 >= content.length) continue
    // "1     Vorlage Brandenburgs …" (an attachment list's row) above "1" / "Der Tagungsort wird …": the lower one is the note.
    if (content.slice(k + 1).some((j) => LABEL.exec(lines[j]!.text)?.[1] === label[1])) continue
    const marker = markerAbove(lines, pageStart, i, label[1]!)
    if (!marker) continue
    const found = [marker]
    /** Each label's line with its marker. */
    const labelled = new Map([[i, marker]])
    let last = content.length
    // Further notes below it need their markers too; a bare number without one ends the notes (a page number).
    for (let j = k + 1; j < content.length; j++) {
      const next = LABEL.exec(lines[content[j]!]!.text)
      if (!next) continue
      const m = markerAbove(lines, pageStart, i, next[1]!)
      if (m) {
        found.push(m)
        labelled.set(content[j]!, m)
      } else if (!next[2]) { last = j; break }
    }
    let current: {line: number; from: number; to: number} | undefined
    for (const j of noteLines(lines, content.slice(k, last))) {
      out.lines.set(j, 'footnote')
      current = labelled.get(j) ?? current
      if (current) out.markerOf.set(j, current)
    }
    // "2" under the note, the page's last line: its page number.
    if (last === content.length - 1) out.lines.set(content[last]!, 'page-number')
    out.markers.push(...found)
    return
  }
}

/**
 * Where the rows under an attachment list's heading end among the foot's content lines (0 without a heading): "Anlagen" /
 * "1     Konzept einer gemeinsamen Prüfstelle …" (plain: "1" / "Konzept …") are no notes. The rows have one form and
 * count on; a note's number may follow them ("1" / "Gegenüber …", "1 Gegenüber …" after rows 1 and 2).
 */
function afterAttachmentRows(lines: readonly Line[], content: readonly number[]): number {
  const labelAt = (k: number) => (k < content.length ? LABEL.exec(lines[content[k]!]!.text) : null)
  let end = 0
  for (let k = 0; k < content.length; k++) {
    if (!ATTACHMENTS_HEAD.test(lines[content[k]!]!.text)) continue
    end = k + 1
    const first = labelAt(end)
    if (!first) continue
    // Each number with its title on the line, or alone over it (then its title is no label).
    const bare = !first[2]
    for (let n = Number(first[1]), label = labelAt(end); label && !label[2] === bare && Number(label[1]) === n && !(bare && labelAt(end + 1)); n++) {
      end += bare ? 2 : 1
      label = labelAt(end)
    }
  }
  return end
}

/**
 * The lines of the notes from a label on: the label, and the text that ends the foot — sentences, read upwards
 * while a line ends one, breaks off at a comma or dash, or the line below goes on in lowercase. Lines between a bare label and that text are
 * the page's own ("2" / "Präsentation der …" / "Schriftliche Berichte …" / "Vgl. den Beschluss …": plain
 * pdftotext put an attachment list between the note's number and its text).
 */
function noteLines(lines: readonly Line[], run: readonly number[]): number[] {
  const text = (j: number) => lines[j]!.text.trim()
  const ends = (j: number) => /[.!?…)“”"]$/.test(text(j))
  if (run.length < 2 || !ends(run[run.length - 1]!)) return [...run]
  let top = run.length - 1
  while (top > 1 && (ends(run[top - 1]!) || /[,;:–-]$/.test(text(run[top - 1]!)) || /^\p{Ll}/u.test(text(run[top]!)) || LABEL.test(text(run[top - 1]!)))) top--
  return [run[0]!, ...run.slice(top)]
}

/** The marker for note `n` in the lines of the page above line `before`, the last one if several. */
function markerAbove(lines: readonly Line[], from: number, before: number, n: string): {line: number; from: number; to: number} | null {
  // "entschuldigt.1", "Sitzung3", "beteiligen.2": glued after a word or its punctuation, not part of a number.
  const glued = new RegExp(`(?<=[\\p{Ll}.,;:)“"'’])${n}(?![\\d\\p{L}])`, 'gu')
  // "System 1 und" (layout keeps the raised digit apart): not after a word that takes a number.
  const apart = new RegExp(`(?<=[\\p{Ll}\\p{Lu}.,;:)“"][ \\t])${n}(?=[ \\t][\\p{Ll}]|[.,;:]?$)`, 'gu')
  for (let i = before - 1; i >= from; i--) {
    const text = lines[i]!.text
    if (LABEL.test(text)) continue
    let hit: RegExpExecArray | null = null
    for (const m of matchesOf(text, glued)) if (wordBefore(text, m.index).length >= 3) hit = m
    if (!hit) {
      for (const m of matchesOf(text, apart)) {
        const word = wordBefore(text, m.index - 1)
        if (word.length >= 3 && !NUMBERED.test(word)) hit = m
      }
    }
    if (hit) return {line: i, from: hit.index, to: hit.index + n.length}
  }
  return null
}

/** The word (letters and inner punctuation) that ends at `at` in `text`. */
function wordBefore(text: string, at: number): string {
  let i = at
  while (i > 0 && !/[ \t]/.test(text[i - 1]!)) i--
  let j = at
  while (j > i && '.,;:)“"\'’'.includes(text[j - 1]!)) j--
  return text.slice(i, j)
}

/** The lines with their markers blanked (same length, so every offset holds). */
export function blankMarkers(lines: Line[], markers: Footnotes['markers']) {
  for (const m of markers) {
    const line = lines[m.line]!
    line.text = line.text.slice(0, m.from) + ' '.repeat(m.to - m.from) + line.text.slice(m.to)
  }
}
