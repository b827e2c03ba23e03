/**
 * Parser plugin: normalized text → protocol tree (`Root`), every node with
 * its offsets and unist position.
 */
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Root} from '../record/tree.ts'
import {point} from '../record/message.ts'
import {bodyPattern, conferenceOf} from '../data/conference.ts'
import {parseProtocol} from './parse.ts'

const segment: Plugin<[], string, Root> = function () {
  // "Die DMK fasst folgenden Beschluss:", "Die Konferenz beschließt …:": who decides in a lead-in.
  const decider = new RegExp(`(?<![\\p{L}])(?:${bodyPattern(conferenceOf(this))}|Mitglieder)(?![\\p{L}])`, 'u')
  this.parser = (doc: string, file: VFile) => {
    const tree = parseProtocol(doc, file, {decider})
    addPositions(tree as unknown as Positioned, file)
    return tree
  }
}

export default segment

interface Positioned {
  start: number
  end: number
  position?: unknown
  children?: Positioned[]
  preamble?: Positioned[]
}

function addPositions(node: Positioned, file: VFile) {
  node.position = {start: point(file, node.start), end: point(file, node.end)}
  for (const child of node.children ?? []) addPositions(child, file)
  for (const child of node.preamble ?? []) addPositions(child, file)
}

export {parseProtocol, parentNumber} from './parse.ts'
export {trailingParens, titleLineCount} from './title.ts'
