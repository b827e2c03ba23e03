/**
 * Transformer: checks across the whole protocol, run last. Non-increasing
 * TOP numbers that no agenda change explains ("TOP 10 … wird nach TOP 17
 * aufgerufen" does), and a text that ends inside an agenda item.
 */
import type {VFile} from 'vfile'
import type {Root} from '../record/tree.ts'
import {lastLine} from '../record/query.ts'
import {emptyExtraction} from '../record/schema.ts'
import {report} from '../record/message.ts'

// How a complete protocol's last line ends: a full stop, a closing quote or parenthesis, a colon.
const COMPLETE = /[.!?:“”")»]$/

export default function checks() {
  return (tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    if (extraction.kind !== 'protocol') return
    const moved = new Set(extraction.agendaChanges.filter((c) => c.change === 'moved').map((c) => c.number))
    let previous: {major: number; number: string} | undefined
    for (const item of extraction.agenda) {
      if (item.parent !== null) continue
      const major = Number.parseInt(item.number, 10)
      if (previous && major < previous.major && !moved.has(item.number)) {
        report(file, item.span, 'agenda-order', `Unexpected \`TOP ${item.number}\` after \`TOP ${previous.number}\`, expected increasing numbers or an agenda change that moves it`)
      }
      // "TOP 7 wird im Anschluss an TOP 5 behandelt": a moved item sets no mark for those after it (6 after 7 is in order).
      if ((!previous || major > previous.major) && !moved.has(item.number)) previous = {major, number: item.number}
    }
    // A list of attachments or an attendee annex last: no sentence to end the text.
    if (tree.children.some((c) => c.type === 'attachments') || tree.children.at(-1)?.type === 'attendees') return
    const last = lastLine(tree)
    if (last && !COMPLETE.test(last.value)) {
      report(file, last, 'document-truncated', `Unexpected end of text after \`${last.value.slice(-40)}\`, expected a complete last sentence (a file cut short?)`)
    }
  }
}

