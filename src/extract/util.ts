/** Helpers the extraction stages share. */
import type {AgendaItem, Root, TextLine, AnyNode} from '../types.ts'

/** Agenda items in document order, nested ones included. */
export function agendaItems(tree: Root): AgendaItem[] {
  const out: AgendaItem[] = []
  const walk = (nodes: readonly AnyNode[]) => {
    for (const node of nodes) {
      if (node.type === 'agendaItem') {
        out.push(node)
        walk(node.children)
      }
    }
  }
  walk(tree.children)
  return out
}

/** All content lines of a node in document order (title, body, clauses, items). */
export function linesOf(node: AnyNode): TextLine[] {
  const out: TextLine[] = []
  const walk = (n: AnyNode) => {
    if (n.type === 'line') { out.push(n); return }
    if (n.type === 'agendaItem' && n !== node) return
    if (n.type === 'resolution') for (const p of n.preamble) out.push(p)
    if ('children' in n) for (const c of n.children as AnyNode[]) walk(c)
  }
  walk(node)
  return out.sort((a, b) => a.start - b.start)
}

/** Body lines of an agenda item: neither title nor resolution nor nested items. */
export function bodyLines(item: AgendaItem): TextLine[] {
  return item.children.filter((c): c is TextLine => c.type === 'line')
}
