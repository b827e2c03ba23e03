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

const PROTECT = new RegExp(`(?<![\\p{L}])(?:${ABBREVIATIONS.join('|')})\\.`, 'gu')
// "z. B.", "u. a.", "d. h.": the first letter's dot too.
const PLACEHOLDER = '\u2024'

const retext = unified().use(retextLatin).freeze()

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
  const masked = piece.replace(PROTECT, (m) => m.slice(0, -1) + PLACEHOLDER)
  const tree = retext.parse(masked)
  const out: Sentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const s of paragraph.children) {
      if (s.type !== 'SentenceNode' || !s.position) continue
      const start = offset + (s.position.start.offset ?? 0)
      const end = offset + (s.position.end.offset ?? 0)
      out.push({text: text.slice(start, end), start, end})
    }
  }
  return out
}
