/**
 * Transformer: agenda items — number, parent, title, sponsoring Länder,
 * guests, referenced attachments — and their resolutions (preamble,
 * numbered clauses, lettered items).
 */
import type {VFile} from 'vfile'
import type {AgendaItem, Clause, ClauseItem, Furniture, Resolution, Root, Span, TextLine} from '../record/tree.ts'
import type {AgendaRecord} from '../record/schema.ts'
import {emptyExtraction} from '../record/schema.ts'
import {joinNodes, spanIn, textOf} from '../text/nodes.ts'
import {trailingParens} from '../segment/title.ts'
import {findMentions} from '../text/lexicon.ts'
import {isLandCode} from '../data/laender.ts'
import {AMENDED_HEAD, ATTACHMENT_NUMBER, ATTACHMENT_REF_LINE, PROPOSES, SPONSOR_CODES_LINE, SPONSOR_LINE} from '../segment/patterns.ts'
import {report} from '../record/message.ts'
import {agendaItems, linesOf} from '../record/query.ts'
import {matchesOf} from '../text/matches.ts'

// "Antrag des Landes Schleswig-Holstein und des Freistaates Thüringen", "Bericht des Landes Berlin", "Antrag der Länder …".
const NAMED_SPONSORS = /^[ \t]*(?:Antrag|Bericht|Vorlage|Anmeldung)[ \t]+(?:des|der|von)[ \t]+/
// What may stand between the Länder of such a line: articles, "Landes", "Freistaates", commas, "und", "sowie".
const BETWEEN_NAMED = /^(?:[ \t,]|und|sowie|des|der|dem|den|Landes|Freistaates|Länder)*$/

/** "HE, RP" standing at `offset` in the text, a cell of codes: its Länder as sponsors, each with its span. */
function codesCell(list: string, offset: number): AgendaRecord['sponsors'] {
  return trailingParens(`(${list})`).sponsors.map((s) => ({org: s.org, span: {start: offset + s.start - 1, end: offset + s.end - 1}}))
}

/** The Länder a line under the title names as the item's sponsors, the line nothing else; none otherwise. */
function sponsorsNamed(line: TextLine): AgendaRecord['sponsors'] {
  const lead = NAMED_SPONSORS.exec(line.value)
  if (!lead) return []
  const mentions = findMentions(line.value).filter((m) => m.start >= lead[0].length)
  let at = lead[0].length
  for (const m of mentions) {
    if (!isLandCode(m.org) || !BETWEEN_NAMED.test(line.value.slice(at, m.start))) return []
    at = m.end
  }
  if (mentions.length === 0 || line.value.slice(at).trim()) return []
  return mentions.map((m) => ({org: m.org, span: {start: line.start + m.start, end: line.start + m.end}}))
}

// "Anlage 1", "Anlagen 3 und 4", "Anlagen 3, 4 und 5", "s. Anl. 2", "Anlage A".
// "Gast: KGSt", "Gäste: BSI, KGSt": the item's guests under its title.
const GUEST_LINE = /^(?:Gast|Gäste)[ \t]*:[ \t]*(\S.{0,200})$/

const ATTACHMENT_REF = new RegExp(String.raw`(?<![\p{L}])(?:Anlagen?|Anl\.)[ \t]+(${ATTACHMENT_NUMBER}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:und|bis)[ \t]+)${ATTACHMENT_NUMBER}){0,20})(?!\d)`, 'gu')

// "TOP 4 (Beschlussvorschlag ohne Aussprache)" over the title: how the item is taken, no part of its title.
const RENUMBERED = /^\((?:neu|NEU|(?:bisher|früher|vormals|alt)(?:[ \t]*:)?[ \t]+(?:TOP|Tagesordnungspunkt)[ \t]+[\dIVX][\w.]{0,8}|(?:Beschlussvorschlag[ \t]+|Beschluss[ \t]+)?ohne[ \t]+Aussprache)\)(?:[ \t]*:)?[ \t]+/

export default function agenda() {
  return (tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    if (extraction.kind !== 'protocol') return
    const seen = new Map<string, AgendaItem>()
    for (const item of agendaItems(tree)) {
      const before = seen.get(item.number)
      if (before && !item.resumed) {
        report(file, item.children[0]!, 'agenda-duplicate',
          `Unexpected second \`TOP ${item.number}\`, expected each number once (first at line ${before.position?.start.line ?? '?'})`)
      }
      seen.set(item.number, item)
      extraction.agenda.push(readItem(item, file))
    }
    const list = tree.children.find((c) => c.type === 'agendaList')
    if (list && list.type === 'agendaList') sponsorsFromList(list.children, extraction.agenda)
  }
}

// "4   Green IT: …   BW, HE   –": a row of the agenda as sent begins with the item's number.
const LIST_ROW = /^[ \t]*(?:TOP[ \t]*)?(\d{1,3}[a-z]?(?:\.\d{1,2}){0,2})[.):]?(?:[ \t]|$)/
// "…   BW, HE   –", "…   NW, RP   3": the row's last cell, the attachments it has.
const ATTACHMENT_CELL = /[ \t](?:\d{1,2}(?:,[ \t]?\d{1,2}){0,5}|[–-])$/
// "BW, NI, RP; Gast:" with the guest below: the sponsors before it.
const OPEN_GUESTS = /;[ \t]*(?:Gast|Gäste)[ \t]*:$/

/**
 * "TOP-Nr.   Gegenstand   Anmeldung durch   Anlage" / "4   Green IT: …   BW, HE   –": where the agenda as sent names an item's
 * sponsors (a cell or a parenthesis) and its head in the minutes does not, the list's row gives them. Rows are found in the
 * items' order (a number further on is an attachment cell that plain pdftotext put on a line of its own), and only a row
 * that holds the item's title counts.
 */
function sponsorsFromList(lines: ReadonlyArray<TextLine | Furniture>, records: AgendaRecord[]) {
  const rows = new Map<AgendaRecord, TextLine[]>()
  let next = 0
  let row: TextLine[] | null = null
  for (const line of lines) {
    // "4" alone (plain pdftotext, a cell a line) reads as a page number.
    if (line.type === 'furniture' && !/^\d{1,3}$/.test(line.value.trim())) continue
    const n = LIST_ROW.exec(line.value)?.[1]
    const at = n === undefined ? -1 : records.findIndex((r, k) => k >= next && k <= next + 2 && r.number === n)
    if (at !== -1) {
      row = []
      rows.set(records[at]!, row)
      next = at + 1
    }
    if (line.type === 'line') row?.push(line)
  }
  const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').toLowerCase()
  const keys = new Map(records.map((r) => [r, letters(r.title ?? '').slice(0, 16)]))
  for (const [record, rowLines] of rows) {
    // The row holds the item's title and no other: a list read column by column (plain pdftotext) has no rows to trust.
    const text = letters(rowLines.map((l) => l.value).join(''))
    const holds = (r: AgendaRecord) => keys.get(r)!.length >= 6 && text.includes(keys.get(r)!)
    if (record.sponsors.length > 0 || !holds(record) || records.some((r) => r !== record && holds(r))) continue
    const title = letters(record.title!)
    for (const [k, line] of rowLines.entries()) {
      const value = line.value.trimEnd().replace(ATTACHMENT_CELL, '').trimEnd().replace(OPEN_GUESTS, '').trimEnd()
      const whole = SPONSOR_CODES_LINE.exec(value)
      // "Verschiedenes" / "Vorsitz" / "14:45 Uhr" / "BW, HH": a cell on a line of its own follows the title's lines (or a remark
      // in parentheses after it: "… (vertagt aus der 173." / "Sitzung)"), else it is another row's.
      const before = rowLines[k - 1]?.value.trim() ?? ''
      const afterTitle = (k === 1 && LIST_ROW.test(before)) || (letters(before) !== '' && title.includes(letters(before))) || before.endsWith(')')
      if (whole && !afterTitle) continue
      const sponsors = whole ? codesCell(whole[1]!.trim(), line.start + value.indexOf(whole[1]!.trim()))
        : trailingParens(value.replace(LIST_ROW, (m) => ' '.repeat(m.length))).sponsors.map((s) => ({org: s.org, span: {start: line.start + s.start, end: line.start + s.end}}))
      if (sponsors.length === 0) continue
      record.sponsors = sponsors
      break
    }
  }
}

function readItem(item: AgendaItem, file: VFile): AgendaRecord {
  const head = item.children[0]!
  const titleLines = head.type === 'agendaHead' ? head.children : []
  const record: AgendaRecord = {
    number: item.number,
    parent: item.parent,
    title: null,
    span: {start: item.start, end: item.end},
    titleSpan: null,
    sponsors: [],
    guests: [],
    attachments: [],
    resolution: null,
    vote: null,
    notes: [],
    amendments: [],
    presenters: []
  }
  if (titleLines.length > 0) {
    const joined = joinNodes(titleLines)
    const parens = trailingParens(joined.text)
    // "TOP 10 (neu) Cyberangriff …": an item added in the session says so before its title; "TOP 5 (bisher TOP 6): …": an
    // item renumbered after another was taken off names its number on the agenda sent out.
    const added = RENUMBERED.exec(joined.text)?.[0].length ?? 0
    const title = joined.text.slice(added, Math.max(added, parens.titleLength))
    record.title = title || null
    record.titleSpan = spanIn(joined, added, Math.max(added, parens.titleLength))
    record.sponsors = parens.sponsors.map((s) => ({org: s.org, span: spanIn(joined, s.start, s.end)}))
    record.guests = parens.guests.map((g) => ({org: g.org, span: spanIn(joined, g.start, g.end)}))
    // "Antragsteller: BE, BB" on the line under the title.
    const first = item.children.find((c): c is TextLine => c.type === 'line')
    // "HE, RP; Gast:" under the title: a head row's sponsor cell that wrapped onto a line of its own.
    const line = first ? SPONSOR_LINE.exec(first.value) ?? SPONSOR_CODES_LINE.exec(first.value) : null
    if (line && record.sponsors.length === 0) record.sponsors = codesCell(line[1]!.trim(), first!.start + first!.value.length - line[1]!.length)
    if (first && record.sponsors.length === 0) record.sponsors = sponsorsNamed(first)
    // "Anmeldung: Niedersachsen, Mecklenburg-Vorpommern" / "Gast: KGSt": the item's guests on a line of their own under it.
    const lines = item.children.filter((c): c is TextLine => c.type === 'line').slice(0, 2)
    const guests = lines.map((l) => ({l, m: GUEST_LINE.exec(l.value)})).find((x) => x.m)
    if (guests && record.guests.length === 0) {
      const at = guests.l.start + guests.l.value.length - guests.m![1]!.length
      for (const g of matchesOf(guests.m![1]!, /[^,;]+/g)) {
        const org = g[0].trim()
        if (org) record.guests.push({org, span: {start: at + g.index + (g[0].length - g[0].trimStart().length), end: at + g.index + g[0].trimEnd().length}})
      }
    }
  } else {
    report(file, head, 'agenda-title-missing', `Unexpected \`TOP ${item.number}\` without a title line, expected a title`)
  }
  const seen = new Set<string>()
  const add = (number: string, at: number) => {
    if (seen.has(number)) return
    seen.add(number)
    record.attachments.push({number, span: {start: at, end: at + number.length}})
  }
  const lines = linesOf(item)
  // "gez. Dr. Nadja Wirtz" / … / "Anlage 1: Verwaltungsvereinbarung …": after the signature the attachments are listed, not
  // referred to by the last item.
  let signed = false
  lines.forEach((line, k) => {
    if (/^[ \t]*gez\.[ \t]/.test(line.raw)) signed = true
    if (signed && ATTACHMENT_REF_LINE.test(line.raw)) return
    // "… überwiesen hatte (Anlage" / "1). Der Arbeitskreis …", "(Anlagen 2" / "und 3)": a reference that goes on in the next
    // line is read with that line's start (offsets past this line's end are the next line's).
    const next = lines[k + 1]
    const text = next && /(?<![\p{L}])(?:Anlagen?|Anl\.)(?:[ \t]+\d{1,3}(?:[ \t]*,[ \t]*\d{1,3})*)?[ \t]*$/u.test(line.value)
      ? `${line.value} ${/^\S+(?:[ \t]+\S+){0,3}/.exec(next.value)?.[0] ?? ''}` : line.value
    const at = (i: number) => (i <= line.value.length ? line.start + i : next!.start + i - line.value.length - 1)
    for (const m of matchesOf(text, ATTACHMENT_REF)) {
      if (m.index >= line.value.length) continue
      let before: RegExpExecArray | null = null
      for (const n of matchesOf(m[1]!, /\d{1,3}|(?<![\p{L}])\p{Lu}(?![\p{L}])/gu)) {
        const where = at(m.index + m[0].length - m[1]!.length + n.index)
        // "(Anlagen 2 bis 4)": the ones between too.
        if (before && /^\d/.test(before[0]) && /^\d/.test(n[0]) && /bis/.test(m[1]!.slice(before.index + before[0].length, n.index))) {
          for (let k = Number(before[0]) + 1; k < Number(n[0]) && k - Number(before[0]) <= 20; k++) add(String(k), where)
        }
        add(n[0], where)
        before = n
      }
    }
  })
  const resolution = item.children.find((c): c is Resolution => c.type === 'resolution')
  if (resolution) record.resolution = readResolution(resolution)
  return record
}

// "Berlin und Brandenburg legen den … Entwurf vor. Die DMK fasst folgenden Beschluss:", "Ergebnis: Die DMK fasst …": what
// was done before the decision, and a result's label, are no part of its preamble; "Die Zahl … ist gestiegen. Vor diesem
// Hintergrund fasst die DMK …" (a reason) is.
// A sentence's characters up to a word: no full stop but after a number ("TOP 3.2") or an abbreviation ("Dr.").
const UP_TO_WORD = String.raw`(?:[^.]|(?<=\d|(?:^|[ (])(?:Dr|Prof|Nr|Abs|Art|Ziff|bzw|vgl|ggf|ca))\.){0,300}?(?<![\p{L}])`
// "Frau Dr. Albers stellt den Zeitplan vor (Anlage 2). Berlin und Bremen weisen auf die Belastung … hin. Die DMK beschließt:":
// a separable verb's particle may stand before the parenthesis; "Dr." ends no sentence; "… der Datenschutzkonferenz.1 Die DMK …":
// a footnote's marker after the full stop.
const NARRATED = new RegExp(`^(?:${UP_TO_WORD}(?:(?:stellt|stellen|legt|legen|trägt|tragen|bringt|bringen)(?![\\p{L}])${UP_TO_WORD}(?:vor|ein)|` +
  `(?:weist|weisen)(?![\\p{L}])${UP_TO_WORD}hin|(?:führt|führen)(?![\\p{L}])${UP_TO_WORD}aus)(?:[ ]\\([^().]{1,40}\\))?|` +
  `${UP_TO_WORD}(?:erläutert|erläutern|berichtet|berichten|präsentiert|präsentieren|begründet|begründen|informiert|informieren|schildert|schildern)(?![\\p{L}])` +
  `${UP_TO_WORD.slice(0, -'(?<![\\p{L}])'.length)})\\.(?:(?<=[\\p{L})]\\.)(?:\\d|[¹²³⁴⁵⁶⁷⁸⁹]))?[ ]+(?=\\p{Lu})`, 'u')
// "(behandelt im Anschluss an TOP 2)" over "Die DMK fasst folgenden Beschluss:": a remark on the item, no part of the preamble.
const REMARK = /^\((?:behandelt|beraten|aufgerufen|vorgezogen)[^()]{3,80}\)[ ]+(?=\p{Lu})/u
const RESULT_LABEL = /^(?:Ergebnis(?:[ ]der[ ](?:Beratung|Abstimmung))?|Beschlussergebnis)[ ]?:[ ]+(?=\p{Lu})/u

// A sentence's end, then the conference deciding: "… beschlossen. Die DMK beschließt:".
const DECIDING_SENTENCE = /(?<=[\p{Ll})“”"\d])\.[ ]+(?=(?:Die|Der)[ ](?:DMK|Digitalministerkonferenz|Konferenz)[ ]\p{Ll})/gu
const LOOKS_BACK = /(?<![\p{L}])(?:daher|deshalb|deswegen|darum|somit|folglich|hierzu|dazu|insoweit|Hintergrund)(?![\p{L}])/u
const CONFERENCE_SPOKE = /(?:^|[.:][ ]+)(?:Die|Der)[ ](?:DMK|Digitalministerkonferenz|Konferenz)[ ]\p{Ll}/u

/** The preamble without the narration and the label before the sentence that decides. */
function preambleOf(lines: readonly TextLine[]): {text: string; span: Span} | null {
  const joined = lines.length > 0 ? joinNodes(lines) : null
  if (!joined) return null
  let from = 0
  for (;;) {
    const m = NARRATED.exec(joined.text.slice(from)) ?? RESULT_LABEL.exec(joined.text.slice(from)) ?? REMARK.exec(joined.text.slice(from))
    if (!m || from + m[0].length >= joined.text.length) break
    from += m[0].length
  }
  // "Niedersachsen erläutert den Antrag. Beschluss:": the label alone is no preamble.
  if (PROPOSES.test(joined.text.slice(from)) || AMENDED_HEAD.test(joined.text.slice(from)) || /^(?:Beschluss|Beschlussvorschlag|Beschlusstext)[ ]?:$/.test(joined.text.slice(from))) return null
  // "Niedersachsen und Bremen stellen das Konzept vor, wie in der 931. Sitzung beschlossen. Die DMK beschließt:", "Der in der 939.
  // Sitzung zurückgestellte Punkt wird beraten. Die DMK beschließt:": what happened before the sentence that decides is no part of
  // it — unless that sentence looks back ("Die DMK fasst daher folgenden Beschluss:") or the conference spoke before.
  const rest = joined.text.slice(from)
  let last = -1
  for (const m of matchesOf(rest, DECIDING_SENTENCE)) last = m.index + m[0].length
  if (last > 0 && rest.endsWith(':') && !LOOKS_BACK.test(rest.slice(last)) && !CONFERENCE_SPOKE.test(rest.slice(0, last))) from += last
  if (from === 0) return textOf(lines)
  return {text: joined.text.slice(from), span: {start: spanIn(joined, from, from + 1).start, end: lines[lines.length - 1]!.end}}
}

function readResolution(node: Resolution): NonNullable<AgendaRecord['resolution']> {
  const preamble = preambleOf(node.preamble)
  return {
    preamble: preamble?.text || null,
    note: node.note,
    preambleSpan: preamble?.span ?? null,
    span: {start: node.start, end: node.end},
    clauses: node.children.filter((c): c is Clause => c.type === 'clause').map((clause) => ({
      number: clause.number,
      text: joinNodes(ownLines(clause)).text,
      span: {start: clause.start, end: clause.end},
      items: clause.children.filter((c): c is ClauseItem => c.type === 'clauseItem').map((it) => ({
        label: it.label,
        text: joinNodes(it.children.filter((c): c is TextLine => c.type === 'line')).text,
        span: {start: it.start, end: it.end}
      }))
    }))
  }
}

/** A clause's own text: its lines, not its items, not page furniture. */
function ownLines(clause: Clause): TextLine[] {
  return clause.children.filter((c): c is TextLine => c.type === 'line')
}
