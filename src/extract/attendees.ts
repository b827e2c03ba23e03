/**
 * Transformer: who was there, in which role, for which Land or federal
 * body. The attendee table comes apart in PDF extraction in several ways:
 *
 * - code and name on one line: "BW  Minister Thomas Strobl", "BMDV Julian Jakob, …";
 * - a code column, then a name column: "BW" … "TH", then "Minister Thomas Strobl / Stefan Krebs" …;
 * - a code column that kept only some codes ("BE", "SH", "TH" for sixteen members);
 * - names that wrap: "Anna-Sophia Herkenhoff, Dr. Tobias Jentsch, Dr. Dominik" / "Giese, …".
 *
 * Rows are paired with codes one to one when the counts agree; otherwise
 * placed in the canonical order of the Länder with anchors (see align.ts).
 * Ambiguous placements keep the best Land, the alternatives and the reason,
 * and raise `attendee-ambiguous`.
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {AttendeeBlock, Header, HeaderField, Root, TextLine} from '../record/tree.ts'
import type {AttendeeRecord, AttendeeSection, Extraction, PersonFact} from '../record/schema.ts'
import {emptyExtraction} from '../record/schema.ts'
import {isLandCode, type LandCode} from '../data/laender.ts'
import {isFederalBody} from '../data/bodies.ts'
import {labelContinuation, NOT_PRESENT, sectionLabels, type Role, type SectionLabel} from '../data/roles.ts'
import {conferenceOf} from '../data/conference.ts'
import {parsePerson, splitPeople} from '../text/names.ts'
import {joinNodes, spanIn} from '../text/nodes.ts'
import {report} from '../record/message.ts'
import {alignSection, knowledgeFrom, type Knowledge} from './align.ts'
import {agendaItems} from '../record/query.ts'

interface Group {
  /** Org printed on the row itself ("BMDV Julian Jakob"). */
  org: string | null
  lines: TextLine[]
  absent: boolean
}

interface Section {
  role: Role
  start: number
  end: number
  codes: Array<{code: string; line: TextLine}>
  groups: Group[]
}

export default function attendees(this: Processor) {
  const conference = conferenceOf(this)
  const labels = {sections: sectionLabels(conference), continues: labelContinuation(conference)}
  return (tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    if (extraction.kind !== 'protocol') return
    extraction.personFacts = personFacts(tree, String(file.value))
    const block = tree.children.find((c): c is AttendeeBlock => c.type === 'attendees')
    if (!block) {
      report(file, {start: 0, end: 0}, 'attendees-missing', 'Unexpected protocol without an attendee table, expected `Mitglieder der …`')
      return
    }
    const sections = readSections(block.children.filter((c): c is TextLine => c.type === 'line'), labels)
    const known = knowledgeFrom(extraction.personFacts)
    sections.forEach((section, index) => place(section, index, extraction, known, file))
  }
}

function readSections(lines: TextLine[], labels: {sections: SectionLabel[]; continues: (line: string) => boolean}): Section[] {
  const sections: Section[] = []
  let current: Section | undefined
  let rows: Group[] = []
  const close = () => {
    if (current) current.groups = mergeWraps(rows)
    rows = []
  }
  for (const line of lines) {
    const label = labels.sections.find((l) => l.pattern.test(line.value))
    if (label) {
      close()
      const m = label.pattern.exec(line.value)!
      current = {role: label.role, start: line.start, end: line.end, codes: [], groups: []}
      sections.push(current)
      const rest = line.value.slice(m[0].length)
      if (rest.trim() && !labels.continues(rest)) addContent(current, rows, cut(line, m[0].length))
      continue
    }
    if (!current) continue
    current.end = line.end
    if (current.codes.length === 0 && rows.length === 0 && labels.continues(line.value)) continue
    addContent(current, rows, line)
  }
  close()
  return sections
}

/** A line with its first `n` characters (of its trimmed value) cut off. */
function cut(line: TextLine, n: number): TextLine {
  const value = line.value.slice(n)
  const lead = value.length - value.trimStart().length
  return {type: 'line', start: line.start + n + lead, end: line.end, value: value.trim(), raw: value.trimStart()}
}

const ORG_TOKEN = /^(\S+)(?:[ \t]+(\S.*))?$/

function addContent(section: Section, rows: Group[], line: TextLine) {
  const m = ORG_TOKEN.exec(line.value)!
  const token = m[1]!
  const isOrg = isLandCode(token) || isFederalBody(token)
  if (isOrg && !m[2]) {
    section.codes.push({code: token, line})
    return
  }
  if (isOrg && m[2]) {
    rows.push({org: token, lines: [line], absent: NOT_PRESENT.test(m[2].trim())})
    return
  }
  rows.push({org: null, lines: [line], absent: NOT_PRESENT.test(line.value)})
}

/**
 * Rows that continue the row before: after a trailing comma or hyphen,
 * a lowercase start ("entschuldigt; Dr. Irina Soeffky"), or a name cut in two
 * ("… Dr. Dominik" / "Giese, Tim Gähme …").
 */
function mergeWraps(rows: Group[]): Group[] {
  const out: Group[] = []
  for (const row of rows) {
    const prev = out[out.length - 1]
    if (prev && !row.org && !prev.absent && !row.absent && continues(textOf(prev), row.lines[0]!.value)) {
      prev.lines.push(...row.lines)
      continue
    }
    out.push(row)
  }
  return out
}

function continues(before: string, next: string): boolean {
  if (/[,\-;/]$/.test(before)) return true
  if (/^\p{Ll}/u.test(next)) return true
  const last = before.slice(before.lastIndexOf(',') + 1)
  const first = next.split(',', 1)[0]!
  // "…, Dr." / "Tobias Jentsch, …": an honorific or title alone waits for its name.
  if (last.trim() && words(last) === 0) return true
  return words(last) === 1 && words(first) === 1
}

/** Words of a name without honorifics or office titles. */
function words(piece: string): number {
  const p = parsePerson(piece)
  return p.name ? p.name.split(/[ \t]+/).length : 0
}

function textOf(group: Group): string {
  const joined = joinNodes(group.lines)
  return joined.text.slice(skipOf(group))
}

/** Where a row's names start: after the org printed on it ("BMDV Julian Jakob"). */
function skipOf(group: Group): number {
  return group.org ? group.org.length + 1 : 0
}

function place(section: Section, index: number, extraction: Extraction, known: Knowledge, file: VFile) {
  const open = section.groups.filter((g) => !g.org)
  const codes = section.codes.map((c) => c.code)
  const orgs = new Map<Group, {org: string | null; evidence: string; reason: string; confidence: number; alt: string[]}>()
  const alignedGroups: number[] = []
  const excluded: LandCode[] = []
  for (const g of section.groups) {
    if (g.org) orgs.set(g, {org: g.org, evidence: 'printed', reason: `printed on the row: ${g.org}`, confidence: 1, alt: []})
  }
  if (open.length > 0 && codes.length === open.length) {
    open.forEach((g, i) => orgs.set(g, {org: codes[i]!, evidence: 'column', reason: `row ${i + 1} of the name column, code ${i + 1} of the code column`, confidence: 1, alt: []}))
  } else if (open.length > 0 && codes.length > 0 && !codes.some(isLandCode)) {
    // Federal bodies have no canonical order to align on: pair in order, say what is left over.
    open.forEach((g, i) => {
      const org = codes[i] ?? null
      orgs.set(g, {org, evidence: org ? 'column' : 'unplaced', reason: org ? `row ${i + 1} of the name column, code ${i + 1} of the code column` : 'more rows than codes', confidence: org ? 0.5 : 0, alt: []})
    })
    report(file, {start: section.start, end: section.end}, 'attendee-code',
      `Unexpected ${open.length} row(s) for ${codes.length} code(s) (${codes.join(', ')}), expected one row per code; paired in order`)
  } else if (open.length > 0) {
    for (const g of section.groups) if (g.org && isLandCode(g.org)) excluded.push(g.org)
    const required = codes.filter(isLandCode)
    for (const c of codes) if (!isLandCode(c)) report(file, section.codes.find((x) => x.code === c)!.line, 'attendee-code', `Unexpected unpaired code \`${c}\`, expected a Land code or a row for it`)
    const placed = alignSection(open.map((g) => peopleOf(g).map((p) => p.name)), required, excluded, known, [])
    open.forEach((g, i) => {
      orgs.set(g, placed[i]!)
      alignedGroups.push(section.groups.indexOf(g))
    })
  }
  const sectionRecord: AttendeeSection = {
    role: section.role, codes, alignedGroups, excluded, span: {start: section.start, end: section.end}
  }
  extraction.attendeeSections.push(sectionRecord)
  section.groups.forEach((g, gi) => {
    const placed = orgs.get(g)!
    if (g.absent) {
      if (placed.org && isLandCode(placed.org) && section.role === 'member') {
        extraction.absent.push({org: placed.org, span: {start: g.lines[0]!.start, end: g.lines[g.lines.length - 1]!.end}})
      }
      return
    }
    if (placed.evidence === 'inferred') {
      report(file, g.lines[0]!, 'attendee-ambiguous',
        `Unexpected ambiguous Land for \`${textOf(g)}\`: kept ${placed.org}, also possible ${placed.alt.join(', ')} (${placed.reason})`,
        {actual: placed.org ?? undefined, expected: placed.alt})
    }
    for (const person of peopleOf(g)) {
      const record: AttendeeRecord = {
        name: person.name, honorific: person.honorific, title: person.title, org: placed.org,
        role: section.role, chair: person.chair, evidence: placed.evidence, reason: placed.reason,
        confidence: placed.confidence, altOrgs: placed.alt, section: index, group: gi, span: person.span
      }
      extraction.attendees.push(record)
      if (placed.confidence === 1 && placed.org && isLandCode(placed.org) && section.role !== 'guest') {
        extraction.personFacts.push({name: person.name, org: placed.org, source: 'table', span: person.span})
      }
    }
  })
}

interface Person {
  name: string
  honorific: string | null
  title: string | null
  chair: boolean
  span: {start: number; end: number}
}

/**
 * The people of a row. "BM … entschuldigt; Dr. Irina Soeffky, Susanne Ding":
 * the excused minister is not there, the people after the semicolon are.
 */
function peopleOf(group: Group): Person[] {
  const joined = joinNodes(group.lines)
  let from = skipOf(group)
  const excused = /entschuldigt[ \t]*[;:,]?/.exec(joined.text.slice(from))
  if (excused) from += excused.index + excused[0].length
  const text = joined.text.slice(from)
  return splitPeople(text).map((piece) => {
    const p = parsePerson(piece.text)
    return {name: p.name, honorific: p.honorific, title: p.title, chair: p.chair, span: spanIn(joined, from + piece.index, from + piece.index + piece.text.length)}
  }).filter((p) => /\p{Lu}/u.test(p.name) && !NOT_PRESENT.test(p.name))
}

// "CIO Stefan Krebs (BW)", "Lukas Kögel (BB)": up to four capitalised words before a Land code in parentheses.
const MENTION = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]*)[ \t]*\((BW|BY|BE|BB|HB|HH|HE|MV|NI|NW|RP|SL|SN|ST|SH|TH)\)/gu

/** People printed with their Land in the header and the text. */
function personFacts(tree: Root, text: string): PersonFact[] {
  const facts: PersonFact[] = []
  const header = tree.children.find((c): c is Header => c.type === 'header')
  const headerEnd = header?.end ?? 0
  for (const field of header?.children.filter((c): c is HeaderField => c.type === 'field') ?? []) {
    const joined = joinNodes(field.children)
    for (const piece of splitPeople(joined.text)) {
      const p = parsePerson(piece.text)
      if (p.org && isLandCode(p.org) && p.name) {
        facts.push({name: p.name, org: p.org, source: 'header', span: spanIn(joined, piece.index, piece.index + piece.text.length)})
      }
    }
  }
  const attendeesEnd = tree.children.find((c) => c.type === 'attendees')?.end ?? headerEnd
  // Agenda titles end in sponsor codes ("Digitale Teilhabe (SH)"): not people.
  // Sorted by start and disjoint: a binary search per mention keeps this linear in the text.
  const heads = agendaItems(tree).map((item) => item.children[0]!).filter((h) => h.type === 'agendaHead').sort((a, b) => a.start - b.start)
  const inHead = (offset: number) => {
    let lo = 0
    let hi = heads.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const h = heads[mid]!
      if (offset < h.start) hi = mid - 1
      else if (offset >= h.end) lo = mid + 1
      else return true
    }
    return false
  }
  for (const m of text.slice(attendeesEnd).matchAll(MENTION)) {
    const p = parsePerson(m[1]!)
    if (p.name.split(' ').length < 2) continue
    const start = attendeesEnd + m.index
    if (inHead(start)) continue
    facts.push({name: p.name, org: m[2]!, source: 'mention', span: {start, end: start + m[0].length}})
  }
  return facts
}
