/** Queries over the protocol tree that several stages share. */
import {CONTINUE, SKIP} from 'unist-util-visit'
import type {AgendaItem, AnyNode, Root, TextLine} from './tree.ts'

/**
 * Every node in document order (pre-order over `children`), as unist-util-visit walks the tree;
 * `SKIP` from `visitor` leaves a node's children out. Without visit's closure and renamed function
 * per node, which cost a worker about 1 ms per document.
 */
export function walk(node: AnyNode, visitor: (node: AnyNode) => typeof CONTINUE | typeof SKIP | void) {
  if (visitor(node) === SKIP) return
  const children = (node as {children?: AnyNode[]}).children
  if (children) for (let i = 0; i < children.length; i++) walk(children[i]!, visitor)
}

/** Agenda items in document order, nested ones included. */
export function agendaItems(tree: Root): AgendaItem[] {
  const out: AgendaItem[] = []
  walk(tree, (node: AnyNode) => {
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
  walk(node, (n: AnyNode) => {
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
  walk(tree, (n: AnyNode) => {
    if (n.type === 'resolution') for (const p of n.preamble) if (!last || p.end > last.end) last = p
    if (n.type === 'line' && (!last || n.end > last.end)) last = n
  })
  return last
}
