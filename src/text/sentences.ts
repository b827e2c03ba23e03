/**
 * German sentences with retext (`unified` + `retext-latin`, i.e. parse-latin's
 * nlcst tree), with abbreviations protected
 * (parse-latin ends a sentence after "Dr.", "Prof.", "Ziff."). The dot of a
 * protected abbreviation is swapped for a same-width placeholder, so every
 * offset stays the offset into the given text.
 */
import {unified} from 'unified'
import retextLatin from 'retext-latin'
import {ABBREVIATIONS} from '../data/abbreviations.ts'
import {matchesOf} from './matches.ts'

const PROTECT = new RegExp(`(?<![\\p{L}])(?:${ABBREVIATIONS.join('|')})\\.`, 'gu')
// "z. B.", "u. a.", "d. h.": the first letter's dot too.
const PLACEHOLDER = '\u2024'

const retext = unified().use(retextLatin).freeze()

// A full stop, a footnote's marker, a capital after the blank (abbreviations are masked before); the full stop after a word of
// two letters or more or a parenthesis (tested apart: a lookbehind first would be tried at every position of every sentence).
const MARKER_ENDS = /\.(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?=[ \t\n]+\p{Lu})/gu
// "der 1001. Sitzung" (the Bundesrat's "1040. Sitzung"): parse-latin ends a sentence after a number of four digits and its dot
// (a year's, "… im Jahr 2024. Die DMK …"); before "Sitzung" it is an ordinal.
const SESSION_ORDINAL = /(?<=\d{4})\.(?=[ \t\n]+(?:Sitzung|DMK|Digitalministerkonferenz)(?![\p{L}]))/gu
const MARKER_BEFORE = /(?:\p{L}{2}|\))$/u

export interface Sentence {
  text: string
  /** Offsets into the given text. */
  start: number
  end: number
}

/** parse-latin slows down on very long paragraphs: texts are parsed in windows of about this size, cut after a sentence end. */
const WINDOW = 16_384

export function sentences(text: string): Sentence[] {
  if (text.length <= WINDOW) return parse(text, 0, text)
  const out: Sentence[] = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW)
    if (end < text.length) {
      const cut = text.lastIndexOf('. ', end)
      end = cut > start + WINDOW / 2 ? cut + 1 : end
    }
    out.push(...parse(text.slice(start, end), start, text))
    start = end
  }
  return out
}

function parse(piece: string, offset: number, text: string): Sentence[] {
  const masked = piece.replace(PROTECT, (m) => m.slice(0, -1) + PLACEHOLDER).replace(SESSION_ORDINAL, PLACEHOLDER)
  const tree = retext.parse(masked)
  const out: Sentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const s of paragraph.children) {
      if (s.type !== 'SentenceNode' || !s.position) continue
      let start = offset + (s.position.start.offset ?? 0)
      const end = offset + (s.position.end.offset ?? 0)
      // "… vor (Anlage 1).1 Bremen, Hamburg und Berlin halten …": a footnote's marker after the full stop, and a new sentence.
      const base = start - offset
      const own = masked.slice(base, end - offset)
      for (const m of matchesOf(own, MARKER_ENDS)) {
        if (!MARKER_BEFORE.test(own.slice(Math.max(0, m.index - 2), m.index))) continue
        const cut = offset + base + m.index + m[0].length
        out.push({text: text.slice(start, cut), start, end: cut})
        start = cut + /^[ \t\n]*/.exec(text.slice(cut, end))![0].length
      }
      out.push({text: text.slice(start, end), start, end})
    }
  }
  return out
}
