/**
 * The segment list of a document: every block, agenda item, resolution,
 * clause, furniture and leftover with its span — what the audit view
 * highlights and what the leftover count is made of.
 */
import type {AnyNode, Root} from '../types.ts'
import type {Extraction} from './schema.ts'

export function segmentsOf(tree: Root): Extraction['segments'] {
  const out: Extraction['segments'] = []
  const walk = (node: AnyNode) => {
    switch (node.type) {
      case 'header': case 'attendees': case 'attachments': case 'prose':
        out.push({kind: node.type, label: null, span: {start: node.start, end: node.end}})
        break
      case 'agendaItem':
        out.push({kind: 'agendaItem', label: `TOP ${node.number}`, span: {start: node.start, end: node.end}})
        break
      case 'agendaHead':
        out.push({kind: 'agendaHead', label: `TOP ${node.number}`, span: {start: node.start, end: node.end}})
        return
      case 'resolution':
        out.push({kind: 'resolution', label: null, span: {start: node.start, end: node.end}})
        break
      case 'clause':
        out.push({kind: 'clause', label: node.number, span: {start: node.start, end: node.end}})
        break
      case 'furniture':
        out.push({kind: 'furniture', label: node.kind, span: {start: node.start, end: node.end}})
        return
      case 'leftover':
        out.push({kind: 'leftover', label: null, span: {start: node.start, end: node.end}})
        return
      default:
        break
    }
    if ('children' in node) for (const child of node.children as AnyNode[]) walk(child)
  }
  for (const child of tree.children) walk(child)
  return out
}
