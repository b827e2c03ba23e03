/**
 * The segment list of a document: every block, agenda item, resolution,
 * clause, furniture and leftover with its span — what the audit view
 * highlights and what the leftover count is made of.
 */
import {CONTINUE, SKIP} from 'unist-util-visit'
import {walk} from '../record/query.ts'
import type {AnyNode, Root} from '../record/tree.ts'
import type {Extraction} from '../record/schema.ts'

export function segmentsOf(tree: Root): Extraction['segments'] {
  const out: Extraction['segments'] = []
  walk(tree, (node: AnyNode) => {
    const span = {start: node.start, end: node.end}
    switch (node.type) {
      case 'header': case 'attendees': case 'agendaList': case 'attachments': case 'prose': case 'resolution':
        out.push({kind: node.type, label: null, span})
        return CONTINUE
      case 'agendaItem':
        out.push({kind: 'agendaItem', label: `TOP ${node.number}`, span})
        return CONTINUE
      case 'clause':
        out.push({kind: 'clause', label: node.number, span})
        return CONTINUE
      case 'agendaHead':
        out.push({kind: 'agendaHead', label: `TOP ${node.number}`, span})
        return SKIP
      case 'furniture':
        out.push({kind: 'furniture', label: node.kind, span})
        return SKIP
      case 'leftover':
        out.push({kind: 'leftover', label: null, span})
        return SKIP
      default:
        return CONTINUE
    }
  })
  return out
}
