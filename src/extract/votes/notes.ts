/**
 * Protocol notes: "Sachsen gibt zudem folgende Protokollnotiz ab: „…“",
 * "wobei Sachsen folgende Protokollnotiz abgibt: „…“", "BY gibt zu TOP 12
 * folgenden Bericht zu Protokoll: …", "Protokollerklärung Bayern: …".
 */
import {isLandCode} from '../../data/laender.ts'
import {findMentions} from '../mentions.ts'

export interface FoundNote {
  org: string | null
  kind: string
  text: string
  /** Offsets in the joined text: the whole statement, and the note text. */
  start: number
  end: number
  textStart: number
  textEnd: number
}

// "Protokollnotiz", "Protokollerklärung", "Bericht zu Protokoll", "Erklärung zu Protokoll".
const KEYWORD = /Protokollnotiz|Protokollerklärung|(?:Bericht|Erklärung|Stellungnahme)[ \t\n]+zu[ \t\n]+Protokoll/g
// The colon that opens the note text, close behind the keyword ("… Protokollnotiz ab: „").
const OPENING = /^[^:.„]{0,60}:[ \t\n]*/

export function findNotes(text: string): FoundNote[] {
  const notes: FoundNote[] = []
  let consumed = 0
  for (const m of text.matchAll(KEYWORD)) {
    if (m.index < consumed) continue
    const after = m.index + m[0].length
    const open = OPENING.exec(text.slice(after))
    if (!open) continue
    // The Land: named after the keyword before the colon ("Protokollnotiz Bayern:"), else the last one before it.
    let org = landIn(text.slice(after, after + open[0].length), 'first')
    const sentenceStart = Math.max(text.lastIndexOf('. ', m.index) + 1, text.lastIndexOf('“', m.index) + 1, 0)
    org ??= landIn(text.slice(sentenceStart, m.index), 'last')
    let textStart = after + open[0].length
    let textEnd: number
    if (text[textStart] === '„') {
      textStart++
      const close = text.indexOf('“', textStart)
      textEnd = close === -1 ? text.length : close
    } else {
      textEnd = text.length
    }
    const kind = /^Protokoll/.test(m[0]) ? m[0] : m[0].replace(/[ \t\n]+/g, ' ')
    notes.push({
      org, kind, text: text.slice(textStart, textEnd).trim(),
      start: sentenceStart, end: Math.min(text.length, textEnd + 1), textStart, textEnd
    })
    consumed = textEnd
  }
  return notes
}

function landIn(text: string, which: 'first' | 'last'): string | null {
  const found = findMentions(text).filter((m) => isLandCode(m.org))
  const hit = which === 'first' ? found[0] : found[found.length - 1]
  return hit?.org ?? null
}
