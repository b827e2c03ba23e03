/**
 * German sentences with retext's parse-latin, with abbreviations protected
 * (parse-latin ends a sentence after "Dr.", "Prof.", "Ziff."). The dot of a
 * protected abbreviation is swapped for a same-width placeholder, so every
 * offset stays the offset into the given text.
 */
import {ParseLatin} from 'parse-latin'
import {ABBREVIATIONS} from '../data/abbreviations.ts'

const PROTECT = new RegExp(`(?<![\\p{L}])(?:${ABBREVIATIONS.join('|')})\\.`, 'gu')
// "z. B.", "u. a.", "d. h.": the first letter's dot too.
const PLACEHOLDER = '\u2024'

export interface Sentence {
  text: string
  /** Offsets into the given text. */
  start: number
  end: number
}

export function sentences(text: string): Sentence[] {
  const masked = text.replace(PROTECT, (m) => m.slice(0, -1) + PLACEHOLDER)
  const tree = new ParseLatin().parse(masked)
  const out: Sentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const s of paragraph.children) {
      if (s.type !== 'SentenceNode' || !s.position) continue
      const start = s.position.start.offset ?? 0
      const end = s.position.end.offset ?? start
      out.push({text: text.slice(start, end), start, end})
    }
  }
  return out
}
