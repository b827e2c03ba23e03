/**
 * Transformer: the attachment list ("Anlagen:" / "Anlage 1: Geschäftsordnung …").
 * Where a protocol has no closing list, the "Anlage N: …" lines inside the
 * agenda items stand for it.
 */
import type {VFile} from 'vfile'
import type {Attachments, Attachment, Root, TextLine} from '../record/tree.ts'
import {emptyExtraction} from '../record/schema.ts'
import {textOf} from '../text/nodes.ts'
import {ATTACHMENT_LINE, ATTACHMENT_REF_LINE} from '../segment/patterns.ts'
import {report} from '../record/message.ts'
import {agendaItems, linesOf} from '../record/query.ts'

export default function attachments() {
  return (tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    if (extraction.kind !== 'protocol') return
    const list = tree.children.find((c): c is Attachments => c.type === 'attachments' && !c.annexes)
    const seen = new Set<string>()
    if (list) {
      for (const node of list.children) {
        if (node.type === 'leftover') {
          report(file, node, 'attachment-line', `Unexpected \`${node.value}\` in the attachment list, expected \`Anlage N: Titel\``)
          continue
        }
        if (node.type !== 'attachment') continue
        add(node, node.children)
      }
      return
    }
    for (const item of agendaItems(tree)) {
      for (const line of linesOf(item)) {
        if (!ATTACHMENT_REF_LINE.test(line.raw)) continue
        const m = ATTACHMENT_LINE.exec(line.raw)
        // "Anlage 7:" with nothing after it names no attachment here.
        if (!m || !m[2]) continue
        const node: Attachment = {type: 'attachment', number: m[1]!, start: line.start, end: line.end, children: []}
        const at = line.raw.length - m[2]!.length
        add(node, [{...line, raw: line.raw.slice(at), value: m[2]!.trim(), start: line.end - m[2]!.trim().length}])
      }
    }

    function add(node: Attachment, lines: TextLine[]) {
      if (seen.has(node.number)) return
      seen.add(node.number)
      const title = textOf(lines)
      extraction.attachments.push({number: node.number, title: title?.text ?? '', span: {start: node.start, end: node.end}})
    }
  }
}
