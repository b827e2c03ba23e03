/**
 * Transformer: checks across the whole protocol, run last. Non-increasing
 * TOP numbers that no agenda change explains ("TOP 10 … wird nach TOP 17
 * aufgerufen" does), and a text that ends inside an agenda item.
 */
import type {VFile} from 'vfile'
import type {AnyNode, Root, TextLine} from '../types.ts'
import {emptyExtraction} from '../compile/schema.ts'
import {warn} from '../util/message.ts'

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
        warn(file, item.span, 'agenda-order', `Unexpected \`TOP ${item.number}\` after \`TOP ${previous.number}\`, expected increasing numbers or an agenda change that moves it`)
      }
      if (!previous || major > previous.major) previous = {major, number: item.number}
    }
    if (tree.children.some((c) => c.type === 'attachments')) return
    const last = lastLine(tree)
    if (last && !COMPLETE.test(last.value)) {
      warn(file, last, 'document-truncated', `Unexpected end of text after \`${last.value.slice(-40)}\`, expected a complete last sentence (a file cut short?)`)
    }
  }
}

function lastLine(tree: Root): TextLine | undefined {
  let last: TextLine | undefined
  const walk = (node: AnyNode) => {
    if (node.type === 'line' && (!last || node.end > last.end)) last = node
    if (node.type === 'resolution') for (const p of node.preamble) walk(p)
    if ('children' in node) for (const c of node.children as AnyNode[]) walk(c)
  }
  walk(tree)
  return last
}
