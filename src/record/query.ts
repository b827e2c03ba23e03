/** Queries over the protocol tree that several stages share. */
import {CONTINUE, SKIP, visit} from 'unist-util-visit'
import type {AgendaItem, AnyNode, Root, TextLine} from './tree.ts'

/** Agenda items in document order, nested ones included. */
export function agendaItems(tree: Root): AgendaItem[] {
  const out: AgendaItem[] = []
  visit(tree, (node: AnyNode) => {
    if (node.type === 'agendaItem') {
      out.push(node)
      return CONTINUE
    }
    // Items stand at the top level or inside other items only.
    return node.type === 'root' ? CONTINUE : SKIP
  })
  return out
}

/**
 * All content lines of a node in document order (title, body, clauses,
 * items, a resolution's preamble), not those of nested agenda items.
 */
export function linesOf(node: AnyNode): TextLine[] {
  const out: TextLine[] = []
  visit(node, (n: AnyNode) => {
    if (n.type === 'agendaItem' && n !== node) return SKIP
    if (n.type === 'resolution') out.push(...n.preamble)
    if (n.type === 'line') out.push(n)
    return CONTINUE
  })
  return out.sort((a, b) => a.start - b.start)
}

/** Body lines of an agenda item: neither title nor resolution nor nested items. */
export function bodyLines(item: AgendaItem): TextLine[] {
  return item.children.filter((c): c is TextLine => c.type === 'line')
}

/** The last content line of the text. */
export function lastLine(tree: Root): TextLine | undefined {
  let last: TextLine | undefined
  visit(tree, (n: AnyNode) => {
    if (n.type === 'resolution') for (const p of n.preamble) if (!last || p.end > last.end) last = p
    if (n.type === 'line' && (!last || n.end > last.end)) last = n
  })
  return last
}
