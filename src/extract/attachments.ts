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
import {titleBreaksOff} from '../segment/title.ts'
import {report} from '../record/message.ts'
import {agendaItems, linesOf} from '../record/query.ts'

export default function attachments() {
  return (tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    if (extraction.kind !== 'protocol') return
    const list = tree.children.find((c): c is Attachments => c.type === 'attachments' && !c.annexes)
    const seen = new Set<string>()
    if (list) {
      // "Anlage   Titel   zu TOP" over "1   Bericht … (MV, SH)   VI": the last column names the item, no part of the title.
      // "Anlagen" / "lfd. Nr.   Anlage   zu TOP" / "1   …": the heads may stand on the line under the list's own.
      const first = list.children.find((c) => c.type === 'attachment')
      const heads = first ? String(file.value).slice(list.start, first.start).split('\n') : []
      const topColumn = heads.some((h) => TOP_COLUMN_HEAD.test(h.trimEnd()))
      for (const node of list.children) {
        if (node.type === 'leftover') {
          report(file, node, 'attachment-line', `Unexpected \`${node.value}\` in the attachment list, expected \`Anlage N: Titel\``)
          continue
        }
        if (node.type !== 'attachment') continue
        add(node, node.children, topColumn)
      }
      return
    }
    for (const item of agendaItems(tree)) {
      const lines = linesOf(item)
      lines.forEach((line, k) => {
        if (!ATTACHMENT_REF_LINE.test(line.raw)) return
        const m = ATTACHMENT_LINE.exec(line.raw)
        // "Anlage 7:" with nothing after it names no attachment here.
        if (!m || !m[2]) return
        const node: Attachment = {type: 'attachment', number: m[1]!, start: line.start, end: line.end, children: []}
        const at = line.raw.length - m[2]!.length
        const title = [{...line, raw: line.raw.slice(at), value: m[2]!.trim(), start: line.end - m[2]!.trim().length}]
        // "Anlage 1: Entwurf des Berichts … zum Stand der" / "Verwaltungsdigitalisierung": a title that plainly breaks off.
        const next = lines[k + 1]
        if (next && titleBreaksOff(m[2]!.trimEnd()) && !ATTACHMENT_REF_LINE.test(next.raw)) {
          title.push(next)
          node.end = next.end
        }
        add(node, title)
      })
    }

    function add(node: Attachment, lines: TextLine[], topColumn = false) {
      if (seen.has(node.number)) return
      seen.add(node.number)
      const title = withoutItem(textOf(lines)?.text ?? '')
      extraction.attachments.push({number: node.number, title: topColumn ? withoutTopCell(title) : title, span: {start: node.start, end: node.end}})
    }
  }
}

// "Anlage   Titel   zu TOP", "Nr.   Bezeichnung   TOP": a head whose last column is the item's.
const TOP_COLUMN_HEAD = /(?:^|[ \t])(?:zu[ \t]+)?(?:TOP|Tagesordnungspunkt)[ \t]*$/
// "… (MV, SH)   VI", "…   TOP 4", "…   3.1": that column's cell at the title's end.
const TOP_NUMBER = /^(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})?[a-z]?)$/

function withoutTopCell(title: string): string {
  const words = title.trimEnd().split(/[ \t]/)
  if (words.length < 2 || !TOP_NUMBER.test(words.at(-1)!)) return title
  words.pop()
  if (words.at(-1) === 'TOP') words.pop()
  return words.join(' ').trimEnd()
}

/**
 * "Servicestandard für Onlinedienste der Länder (zu TOP 4)", "(zu TOP 3) Konzept …": the item an attachment belongs to is no part of its title;
 * nor its classification, "(VS – Nur für den Dienstgebrauch)", "(VS-NfD)".
 */
function withoutItem(title: string): string {
  // "(zu TOP 3) Konzept der gemeinsamen Lernplattform …": the item before the title.
  const lead = /^\((?:zu|für)[ \t]+(?:TOP|Tagesordnungspunkt|Punkt)[ \t]*[\dIVX][^()]{0,12}\)[ \t]+(?=\S)/.exec(title)
  if (lead) title = title.slice(lead[0].length)
  const open = title.endsWith(')') ? title.lastIndexOf('(') : -1
  const tail = open > 0 ? title.slice(open) : ''
  return /^\((?:zu|für)[ \t]+(?:TOP|Tagesordnungspunkt|Punkt)[ \t]*[\dIVX]/.test(tail) || /^\(VS(?:[ \t]*[–-][ \t]*|-)(?:Nur[ \t]+für[ \t]+den[ \t]+Dienstgebrauch|NfD)\)$/iu.test(tail)
    ? title.slice(0, open).trimEnd() : title
}
