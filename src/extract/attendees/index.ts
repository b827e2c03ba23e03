/**
 * Transformer: who was there, in which role, for which Land or federal
 * body. `table.ts` reads the attendee table as a stream of section labels,
 * designators and rows, whatever order the PDF-to-text tool wrote its
 * cells in; here rows that wrap are merged, rows without a printed org are
 * paired with the code column (`pair.ts`), or — when the codes were lost —
 * placed in the canonical order of the Länder with anchors (`align.ts`),
 * and each row's people are read.
 *
 * Evidence per attendee: "printed" (the org stands on the row), "column"
 * (paired with the code column), "aligned" (canonical order leaves one Land),
 * "inferred" (several Länder possible: the best kept, the others in altOrgs,
 * and `attendee-ambiguous` says why).
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {AttendeeBlock, Header, HeaderField, Root, TextLine} from '../../record/tree.ts'
import type {AttendeeRecord, AttendeeSection, Extraction, PersonFact} from '../../record/schema.ts'
import {emptyExtraction} from '../../record/schema.ts'
import {isLandCode, LAND_CODES, landCodeOf, landFromName, type LandCode} from '../../data/laender.ts'
import {headerKind} from '../../data/header.ts'
import {OFFICE_ALTERNATION, OFFICES_LONGEST_FIRST as TITLES} from '../../data/titles.ts'
import {AWAY_WORDS, CHAIR_LABEL, labelContinuation, labelWord, NOT_PRESENT, sectionLabels, type Role} from '../../data/roles.ts'
import {conferenceOf} from '../../data/conference.ts'
import {heldAt, isOffice, parsePerson, peopleIn} from '../../text/names.ts'
import {joinNodes, spanIn} from '../../text/nodes.ts'
import {landAt} from '../../text/lexicon.ts'
import {report} from '../../record/message.ts'
import {agendaItems} from '../../record/query.ts'
import {alignSection, knowledgeFrom, type Knowledge, type Placement} from '../align.ts'
import {MEMBER_OFFICE, staffSection, withoutItems} from './columns.ts'
import {BODY_WORD, isConferenceOffice, isFederalBody, LEGAL_FORMS, looksLikeCode, MUNICIPALITY} from '../../data/bodies.ts'
import {cut, readTable, type Code, type Row, type Section, type TableOptions} from './table.ts'
import {pair, splitCodes} from './pair.ts'
import {matchesOf} from '../../text/matches.ts'

export default function attendees(this: Processor) {
  const conference = conferenceOf(this)
  const permanent: ReadonlySet<string> = new Set(conference.permanentGuests)
  const options: TableOptions = {labels: sectionLabels(conference), isLabelWords: labelContinuation(conference), isLabelWord: labelWord(conference)}
  return (tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    if (extraction.kind !== 'protocol') return
    extraction.personFacts = personFacts(tree, String(file.value))
    const block = tree.children.find((c): c is AttendeeBlock => c.type === 'attendees')
    if (!block) {
      report(file, {start: 0, end: 0}, 'attendees-missing', 'Unexpected protocol without an attendee table, expected `Mitglieder der …`')
      return
    }
    const known = knowledgeFrom(extraction.personFacts)
    // Rows the text tool put after the first head belong to the table's last section.
    const spill = agendaItems(tree)[0]?.children[0]
    const lines = [...block.children.filter((c): c is TextLine => c.type === 'line'), ...(spill?.type === 'agendaHead' ? spill.spill ?? [] : [])]
    // A second block after the minutes ("Verzeichnis der weiteren Teilnehmenden") goes on with the list, read on its own.
    const later = tree.children.filter((c): c is AttendeeBlock => c.type === 'attendees' && c !== block)
      .map((b) => b.children.filter((c): c is TextLine => c.type === 'line'))
    const sections = [readTable(lines, options), ...later.map((l) => readTable(l, options))].flat()
    for (const section of sections) section.items = mergeWraps(section.items)
    for (const section of sections) furtherRows(section)
    runInStaff(sections)
    moveStrayRows(lateCodes(fillLateLabel(rowsForCodes(continueMembers(strayPeople(codeColumnFirst(sections)))))))
    let index = 0
    for (const group of columnGroups(sections)) {
      for (const placed of placeGroup(group, known, file, permanent)) record(placed, index++, extraction, file, permanent)
    }
    chairsOfficeStaff(extraction, tree)
    minutesFromList(extraction)
    // "Bayern   Staatsminister … (verhindert)" / "Vertretung: Ministerialdirektor …": a Land whose member's deputy came is there.
    extraction.absent = extraction.absent.filter((a) => !STOOD_IN.has(a) || !extraction.attendees.some((m) => m.role === 'member' && m.org === a.org))
    starredVoters(extraction, [...lines, ...later.flat()])
    markedVoters(extraction, [...lines, ...later.flat()], String(file.value))
    // "Staatsrätin Merle Hinrichs*" over "* Bis 12:15 Uhr; …": without a legend for voters, a star marks a note on the row.
    for (const a of extraction.attendees) if (a.name.endsWith('*')) a.name = a.name.replace(/\*{1,3}$/, '').trimEnd()
  }
}

/**
 * "Niederschrift   Regierungsrat Florian Hesse" in the header, "Niederschrift   Regierungsrat Florian Hesse (Sachsen-Anhalt)" in
 * the list: the minute-taker's org as the list prints it, where the header gives none.
 */
function minutesFromList(extraction: Extraction): void {
  for (const p of extraction.meeting?.minutes ?? []) {
    if (p.org !== null) continue
    const orgs = new Set(extraction.attendees.filter((a) => a.name === p.name && a.org !== null).map((a) => a.org!))
    if (orgs.size === 1) p.org = [...orgs][0]!
  }
}

/**
 * "Vorsitz: Staatssekretär Dr. Niklas Thome (MWAEV)" / "Protokoll: Regierungsrätin Anne Sehn (MWAEV)" in the header, then
 * "Referent Jonas Bettinger (MWAEV)" among the staff: the code of the chair's ministry, whose staff are the chair's Land's.
 */
function chairsOfficeStaff(extraction: Extraction, tree: Root): void {
  const header = tree.children.find((c): c is Header => c.type === 'header')
  const chairLand = extraction.meeting?.chair.map((c) => c.org).find((o): o is LandCode => o !== null && isLandCode(o)) ??
    extraction.attendees.find((a) => a.chair && a.role === 'member' && a.org !== null && isLandCode(a.org))?.org
  if (!header || !chairLand) return
  const codes = new Set<string>()
  for (const field of header.children) {
    if (field.type !== 'field' || !['chair', 'minutes'].includes(headerKind(field.label) ?? '')) continue
    for (const m of matchesOf(joinNodes(field.children).text, /\(([\p{Lu}][\p{L}\d.-]{1,11})\)/gu)) {
      if (looksLikeCode(m[1]!) && landCodeOf(m[1]!) === undefined && !isFederalBody(m[1]!)) codes.add(m[1]!)
    }
  }
  for (const a of extraction.attendees) if (a.role === 'staff' && a.org !== null && codes.has(a.org)) a.org = chairLand
}

/**
 * "Baden-Württemberg   Ministerin Dr. …" / "                    Dr. Lukas Rehm": in a table with a Land column, the rows
 * under a Land's cell without one of their own are that Land's (a cell over several rows).
 */
function furtherRows(section: Section) {
  const rows = section.items.filter((it) => it.type === 'row')
  if (section.items.some((it) => it.type === 'code') || rows.filter((it) => it.row.org && isLandCode(it.row.org)).length < 2) return
  let org: string | null = null
  for (const it of section.items) {
    if (it.type !== 'row') continue
    if (it.row.org) org = isLandCode(it.row.org) ? it.row.org : null
    else if (org && !it.row.absent) it.row.org = org
  }
}

const HEAD_OF_GOVERNMENT = /^(?:Ministerpräsident(?:in)?|Regierende[rn]?[ ]Bürgermeister(?:in)?|Erste[rn]?[ ]Bürgermeister(?:in)?)$/

// "* stimmführend; alle übrigen Personen nehmen als Begleitung teil.", "Teilnehmende (* = stimmführend)".
const STAR_LEGEND = /\*[ \t]*(?:=[ \t]*)?(?:stimmführend|stimmberechtigt)/

// "Die als stimmführend bezeichneten Personen üben das Stimmrecht ihres Landes aus; alle übrigen Personen … nehmen als
// Begleitung teil.": a legend for the word beside a name.
const MARKED_LEGEND = /(?<![\p{L}])als[ \t\n]+stimmführend[ \t\n]+(?:bezeichnete|gekennzeichnete|markierte)/u

/**
 * "Minister Tobias Rheinwald (stimmführend), Ministerialrätin Dr. Anja Vollmer" under such a legend: the marked ("stimmführend",
 * "stimmführend bis TOP 5") are the Länder's members, the others of their Länder staff.
 */
function markedVoters(extraction: Extraction, lines: readonly TextLine[], text: string) {
  if (!lines.some((l) => MARKED_LEGEND.test(l.value))) return
  const marked = (a: AttendeeRecord) => /^[^,;\n]{0,40}?\(stimmführend/.test(text.slice(a.span.end, a.span.end + 60)) ||
    /\(stimmführend/.test(text.slice(a.span.start, a.span.end))
  const members = extraction.attendees.filter((a) => a.role === 'member')
  if (!members.some(marked)) return
  for (const a of members) if (!marked(a)) a.role = 'staff'
}

/** Under a legend for a star, the starred are the Länder's voting members; the rest of them is staff. */
function starredVoters(extraction: Extraction, lines: readonly TextLine[]) {
  if (!lines.some((l) => STAR_LEGEND.test(l.value))) return
  const members = extraction.attendees.filter((a) => a.role === 'member')
  if (!members.some((a) => a.name.endsWith('*'))) return
  for (const a of members) {
    if (a.name.endsWith('*')) a.name = a.name.slice(0, -1).trimEnd()
    else a.role = 'staff'
  }
}

/**
 * "TH" / "Franziska Gräfe" "Staatssekretärin" / "Dr. Konstantin Fahrenholz" "Parlamentarischer Staatssekretär" / "Dr.
 * Friederike Haller" "Oberbürgermeisterin (zu TOP 1)", then "Ständiger Gast" / "Bund (BMDS)" and "Gäste" / "Stadt Konstanz":
 * plain pdftotext prints a Land | Name | Funktion table's label column, with the first cells of the Bund's and the guests'
 * rows, after the members' rows. The people after the last Land's own go, in order, to the sections after the members that
 * hold only a body, one each, the rest to the last of them.
 */
function strayPeople(sections: Section[]): Section[] {
  sections.forEach((section, i) => {
    if (section.role !== 'member') return
    let last = section.items.length - 1
    while (last >= 0 && section.items[last]!.type !== 'code') last--
    const code = section.items[last]
    if (code?.type !== 'code' || !isLandCode(code.code.org)) return
    const tail = section.items.slice(last + 1)
    if (tail.length < 2 || !tail.every((it) => it.type === 'row' && it.row.org === null && nameOnly(it.row.lines[0]!.value))) return
    const later: Section[] = []
    for (let j = i + 1; j < sections.length && (sections[j]!.role === 'guest' || sections[j]!.role === 'permanent_guest'); j++) later.push(sections[j]!)
    const bodies = later.map((s) => (s.items.length === 1 ? bodyItem(s.items[0]!) : null))
    if (later.length === 0 || later.length > tail.length - 1 || bodies.some((b) => b === null)) return
    const strays = section.items.splice(last + 2)
    later.forEach((s, n) => {
      s.items = [bodies[n]!, ...(n === later.length - 1 ? strays.slice(n) : strays.slice(n, n + 1))]
    })
  })
  return sections
}

/** "Dr. Konstantin Fahrenholz": a name alone, its office in a line of its own. */
function nameOnly(text: string): boolean {
  const p = parsePerson(text)
  return p.name !== '' && p.title === null && !/[,;()]/.test(text) && p.name.split(/[ \t]+/).length >= 2 && /^\p{Lu}/u.test(p.name)
}

/** A section's only item that names a body and no person: "BMDS", "(BMDS)" (the label took "Bund"), "Stadt Konstanz". */
function bodyItem(item: Section['items'][number]): Section['items'][number] | null {
  if (item.type === 'code') return isLandCode(item.code.org) ? null : item
  const text = textOf(item.row).trim()
  const code = /^\(([\p{L}\d-]{2,10})\)$/u.exec(text)?.[1] ?? (looksLikeCode(text) ? text : undefined)
  const org = code && looksLikeCode(code) && !isLandCode(code) ? code : MUNICIPALITY.test(text) && !/[,;]/.test(text) ? text : null
  return org ? {type: 'code', code: {org, line: item.row.lines[0]!}} : null
}

/**
 * "Stimmberechtigte Mitglieder" / "BW" / … / "TH" / "BMDS" / "GS DMK" / "Ständiger Gast" / "Geschäftsstelle" / "Protokoll" /
 * "Staatssekretärin …" / …: plain pdftotext read the first label, the whole code column, the other labels, then the names.
 * The codes go before the names, under the last label, so that the labels between share them (`columnGroups`).
 */
function codeColumnFirst(sections: Section[]): Section[] {
  sections.forEach((codes, i) => {
    let j = i + 1
    while (sections[j] && sections[j]!.items.length === 0) j++
    const names = sections[j]
    if (!names || j === i + 1 || codes.items.length < 3 || !codes.items.every((it) => it.type === 'code')) return
    const rows = names.items.filter((it) => it.type === 'row' && it.row.org === null).length
    if (rows !== names.items.length || rows < 0.8 * codes.items.length || rows > 1.5 * codes.items.length) return
    names.items.unshift(...codes.items.splice(0))
  })
  return sections
}

/**
 * Rows of Länder at the end of a guests section, before a staff section: plain pdftotext may print the
 * staff label after the first rows of its section ("Gäste", "BSI …", "BW Stefan Krebs …", "Weitere Anwesende").
 */
function moveStrayRows(sections: Section[]): Section[] {
  sections.forEach((section, i) => {
    const next = sections[i + 1]
    if (!next || next.role !== 'staff' || (section.role !== 'guest' && section.role !== 'permanent_guest')) return
    const orgOf = (it: Section['items'][number]) => (it.type === 'code' ? it.code.org : it.row.org)
    // After the last body: the rows of the last body, then (maybe) a run that opens with a Land.
    let k = section.items.length
    while (k > 0 && !(orgOf(section.items[k - 1]!) !== null && !isLandCode(orgOf(section.items[k - 1]!)!))) k--
    while (k < section.items.length && orgOf(section.items[k]!) === null) k++
    const first = section.items[k]
    if (!first || !isLandCode(orgOf(first) ?? '')) return
    next.items.unshift(...section.items.splice(k))
  })
  return sections
}

/**
 * "HE", "Minister …", "Ständige Gäste", "Gäste", "Begleitung", "MV", "Ministerin …": plain pdftotext printed the
 * label column's block in the middle of the members. Länder that go on in the canonical order after the members'
 * last one, right after labels with no rows, are still members.
 */
// "BW:  Ministerin Dr. …; Begleitung: Dr. Felix Rapp, Sina Köhler": the row's staff after its members.
const RUN_IN_STAFF = /(?:^|[;,])[ \t]*(?:Begleitung|Begleitpersonen|Mitarbeitende)[ \t]*:[ \t]*/

/** Moves the staff named in a row after "Begleitung:" into a staff section (the table's last), with the row's org. */
function runInStaff(sections: Section[]): void {
  let staff = sections.find((s) => s.role === 'staff')
  const moved: Section['items'] = []
  for (const section of sections) {
    let heading: string | null = null
    let before: Section['items'][number] | undefined
    for (const item of section.items) {
      // "Bayern" over its people: the Land the rows after it belong to (not codes read one after another, cell by cell).
      if (item.type === 'code') heading = before?.type === 'code' ? null : item.code.org
      before = item
      if (item.type !== 'row' || section.role === 'staff') continue
      // On the row's first line after its members; on a later line also at the start (the row wrapped before it).
      const k = item.row.lines.findIndex((l, n) => {
        const m = RUN_IN_STAFF.exec(l.value)
        return m !== null && (m.index > 0 || n > 0)
      })
      if (k === -1) continue
      const line = item.row.lines[k]!
      const m = RUN_IN_STAFF.exec(line.value)!
      const rest = [cut(line, m.index + m[0].length), ...item.row.lines.slice(k + 1)].filter((l) => l.value)
      const head = line.value.slice(0, m.index).trimEnd()
      item.row.lines = [...item.row.lines.slice(0, k), ...(head ? [{...line, value: head, raw: head, end: line.start + head.length}] : [])]
      if (rest.length > 0) moved.push({type: 'row', row: {org: item.row.org ?? heading, lines: rest, absent: false}})
    }
  }
  if (moved.length === 0) return
  const added = staffSection(moved)
  if (!staff) {
    sections.push(added)
    return
  }
  staff.start = Math.min(staff.start, added.start)
  staff.end = Math.max(staff.end, added.end)
  staff.items.unshift(...moved)
}


function continueMembers(sections: Section[]): Section[] {
  const orgOf = (it: Section['items'][number]) => (it.type === 'code' ? it.code.org : it.row.org)
  sections.forEach((members, i) => {
    if (members.role !== 'member') return
    const landsOf = (s: Section) => s.items.map(orgOf).filter((o): o is LandCode => o !== null && isLandCode(o))
    const own = landsOf(members)
    if (own.length === 0) return
    let j = i + 1
    while (sections[j] && sections[j]!.items.length === 0) j++
    const next = sections[j]
    if (!next) return
    // "Geschäftsstelle / Protokoll" / "MV Minister Steffen Kruckow …": the label of a block beside the members that a
    // tool without layout printed between their rows; a minister is no staff.
    const first = next.items.find((it) => it.type === 'row')
    const minister = next.role === 'staff' && first?.type === 'row' && MEMBER_OFFICE.test(first.row.lines[0]!.value)
    if (j === i + 1 && !minister) return
    let last = LAND_CODES.indexOf(own.at(-1)!)
    let k = 0
    let lands = 0
    for (; k < next.items.length; k++) {
      const org = orgOf(next.items[k]!)
      if (org === null) continue
      if (!isLandCode(org) || LAND_CODES.indexOf(org) <= last) break
      last = LAND_CODES.indexOf(org)
      lands++
    }
    // Only a run with a Land in it: "Ständiger Gast   Parlamentarischer Staatssekretär … (BMDS)" after an empty heading stays.
    if (k > 0 && lands > 0) members.items.push(...next.items.splice(0, k))
  })
  return sections
}

/**
 * "Mitglieder der DMK" / "BW" … "SL" / "Ständiger Gast" / "Gast" / "Weitere Teilnehmende" / "SN" … "BMDS" / "NI" / then every
 * name: plain pdftotext printed the label column in the middle of the codes. The members' codes have no rows of their own;
 * the first rows of the section that holds the names are theirs, one a code.
 */
function rowsForCodes(sections: Section[]): Section[] {
  sections.forEach((members, i) => {
    if (members.role !== 'member' || members.items.length < 8 || !members.items.every((it) => it.type === 'code' && isLandCode(it.code.org))) return
    const next = sections.slice(i + 1).find((s) => s.items.some((it) => it.type === 'row'))
    if (!next) return
    const rows = next.items.filter((it): it is Extract<Section['items'][number], {type: 'row'}> => it.type === 'row')
    const codes = next.items.length - rows.length
    // Rows enough for both: the members' codes and the section's own.
    if (rows.length < members.items.length + codes) return
    const taken = new Set<Section['items'][number]>(rows.slice(0, members.items.length))
    next.items = next.items.filter((it) => !taken.has(it))
    members.items.push(...taken)
  })
  return sections
}

/**
 * "Ständiger Gast", "BMDS …", "BSI …", "FITKO …", "Gäste", "Weitere Teilnehmende": plain pdftotext may print
 * a label after the rows of its section. A singular "Ständiger Gast" heads one body; the bodies after it
 * belong to the label that follows it with no rows of its own.
 */
function fillLateLabel(sections: Section[]): Section[] {
  // "Ständiger Gast und Gäste": one label for both; the first body is the permanent guest, the others are guests.
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]!
    if (section.role !== 'permanent_guest' || !/Gast[ \t]+und[ \t]+Gäste$/.test(section.label)) continue
    const designated = section.items.map((it, k) => ((it.type === 'code' ? it.code.org : it.row.org) ? k : -1)).filter((k) => k >= 0)
    if (designated.length < 2) continue
    sections.splice(i + 1, 0, {role: 'guest', label: 'Gäste', start: section.start, end: section.end, items: section.items.splice(designated[1]!)})
  }
  sections.forEach((section, i) => {
    const next = sections[i + 1]
    if (section.role !== 'permanent_guest' || !/Gast$/.test(section.label.replace(/:$/, '').trimEnd()) || !next || next.items.length > 0 || next.role !== 'guest') return
    const designated = section.items.map((it, k) => ((it.type === 'code' ? it.code.org : it.row.org) ? k : -1)).filter((k) => k >= 0)
    if (designated.length < 2) return
    next.items.push(...section.items.splice(designated[1]!))
  })
  return sections
}

/**
 * A members section that reads on past its Länder ("Thüringen", "Steffen Schütz Minister", "Dr. Leonie
 * Hartenstein Staatssekretärin", "BfDI", …) before labels that follow with a code and no rows ("b) Ständiger
 * Gast", "BMDS") or with nothing ("c) Gäste"): plain pdftotext printed the labels after the rows. The bodies
 * go to the empty section; the rows the Länder cannot take (more rows than codes), from the end, go to the
 * codes without rows.
 */
function lateCodes(sections: Section[]): Section[] {
  const orgOf = (it: Section['items'][number]) => (it.type === 'code' ? it.code.org : it.row.org)
  sections.forEach((section, i) => {
    if (section.role !== 'member') return
    const later = sections.slice(i + 1)
    const empty = later.find((s) => s.items.length === 0 && (s.role === 'guest' || s.role === 'permanent_guest'))
    const waiting = later.find((s) => s.items.length > 0 && s.items.every((it) => it.type === 'code' && !isLandCode(it.code.org)))
    if (!empty && !waiting) return
    const body = section.items.findIndex((it) => orgOf(it) !== null && !isLandCode(orgOf(it)!))
    if (body !== -1 && empty && section.items.slice(0, body).some((it) => orgOf(it) !== null)) empty.items.push(...section.items.splice(body))
    if (!waiting) return
    const codes = section.items.filter((it) => it.type === 'code' || it.row.org !== null).length
    const rows = section.items.filter((it) => it.type === 'row').length
    let extra = Math.min(rows - codes, waiting.items.length)
    const taken: Section['items'] = []
    while (extra > 0 && section.items.at(-1)?.type === 'row' && orgOf(section.items.at(-1)!) === null) {
      taken.unshift(section.items.pop()!)
      extra--
    }
    waiting.items.push(...taken)
  })
  return sections
}

/** A row with its org decided. */
interface PlacedRow {
  row: Row
  placement: Placement
}

interface PlacedSection {
  section: Section
  codes: Code[]
  rows: PlacedRow[]
  /** Rows placed by canonical order (the corpus pass may place them again). */
  aligned: number[]
  excluded: LandCode[]
}

/**
 * Sections whose labels stand one after the other with nothing between ("Mitglieder mit Stimmrecht",
 * "Ständiger Gast", "Gäste", "Weitere Teilnehmende", then every code, then every name) share the items
 * that follow them.
 */
function columnGroups(sections: Section[]): Section[][] {
  const groups: Section[][] = []
  let open: Section[] = []
  for (const [i, section] of sections.entries()) {
    // "Stimmberechtigte" / "Mitglieder": a label over two lines, read as two labels of one role, is one section.
    if (open.at(-1)?.role === section.role && open.at(-1)!.items.length === 0) open.pop()
    // "Weitere Teilnehmende" over "Ständiger Gast   …" / "Gäste   …" / "Geschäftsstelle   …": a heading over labels that have
    // rows of their own, no label whose rows follow later.
    const heading = section.items.length === 0 && section.role === 'staff' && [sections[i + 1], sections[i + 2]].every((s) => s && s.items.length > 0 && s.role !== 'staff')
    if (heading) continue
    open.push(section)
    if (section.items.length > 0) {
      groups.push(open)
      open = []
    }
  }
  if (open.length > 0) groups.push(open)
  return groups
}

/**
 * "Mitglieder der DMK mit Stimmrecht" / "Ständiger Gast" / "Weitere Anwesende", then "Staatssekretärin Dr. … (Baden-Württemberg)" /
 * … / "… (BMDS)" / "… (GS DMK)" / "… (HH), Protokoll" (raw, pdf.js): the labels read before the rows, each row's org in its
 * parenthesis at the end, or after its last comma ("Staatssekretär Dr. …, Baden-Württemberg" / … / "Referent …, GS DMK").
 * Those orgs, as printed on the rows, tell where each section begins.
 */
function parenDesignators(group: Section[], permanent: ReadonlySet<string>) {
  const items = group.flatMap((s) => s.items)
  if (group.length < 2 || items.length < 3 || !items.every((it) => it.type === 'row')) return
  const orgs = items.map((it) => (it.type === 'row' ? it.row.org ?? parenOrg(textOf(it.row)) : null))
  if (orgs.filter((o) => o !== null).length < 0.8 * items.length) return
  // Rows that printed their org at the line's start ("Mecklenburg-Vorpommern: nicht vertreten") are few among them.
  if (items.filter((it) => it.type === 'row' && it.row.org !== null).length > 0.2 * items.length) return
  // A body's row ("… (BMDS)") needs a guests' section to go to ("Mitglieder" / "Bund" / "Geschäftsstelle und Protokoll": "Bund" a
  // label word only), or to be the permanent guest's body; otherwise the rows stay as they are.
  const body = orgs.some((o) => o !== null && !isLandCode(o) && !isConferenceOffice(o) && !permanent.has(o))
  if (body && !group.some((s) => s.role === 'permanent_guest' || s.role === 'guest')) return
  items.forEach((it, k) => { if (it.type === 'row' && it.row.org === null && orgs[k]) it.row.org = orgs[k] })
}

// "… (Baden-Württemberg)", "… (BMDS)", "… (HH), Protokoll": the org in parentheses at a row's end, a remark after it.
const PAREN_ORG = /\(([^()]{2,40})\)(?:,[ \t]*[^(),]{1,30})?$/u
// "…, Baden-Württemberg", "…, GS DMK", "…, Hamburg (Vorsitz)": the org after the row's last comma, a remark after it.
const COMMA_ORG = /,[ \t]*([^(), \t](?:[^(),]{0,38}[^(), \t])?)(?:[ \t]+\([^()]{1,30}\))?$/u

function parenOrg(text: string): string | null {
  const trimmed = text.trim()
  const paren = PAREN_ORG.exec(trimmed)?.[1]!.trim()
  const known = (inner: string) => landCodeOf(inner) ?? landFromName(inner) ?? (isConferenceOffice(inner) || looksLikeCode(inner) ? inner : null)
  const org = paren ? known(paren) : null
  if (org) return org
  const comma = COMMA_ORG.exec(trimmed)?.[1]!.trim()
  return comma ? known(comma) : null
}

function placeGroup(group: Section[], known: Knowledge, file: VFile, permanent: ReadonlySet<string>): PlacedSection[] {
  parenDesignators(group, permanent)
  const items = group.flatMap((s) => s.items)
  const roles = group.map((s) => s.role)
  // Every designator in order (codes alone and orgs printed on rows): where it restarts, a new section begins.
  const designators = items.flatMap((it) => (it.type === 'code' ? [it.code.org] : it.row.org ? [it.row.org] : []))
  const split = group.length > 1 ? splitCodes(designators, roles, (c) => permanent.has(c)) : designators.map(() => 0)
  const out: PlacedSection[] = group.map((section) => ({section, codes: [], rows: [], aligned: [], excluded: []}))
  const codes: Code[] = []
  const codeSection: number[] = []
  // Rows with their org printed keep it; a row right after one (and no code waiting) is its second row.
  const open: Row[] = []
  const after: Array<number | undefined> = []
  let last: PlacedRow | null = null
  let waiting = 0
  const printedRows = items.filter((it) => it.type === 'row' && it.row.org).length
  let sectionAt = 0
  let d = 0
  let previous: Section['items'][number] | undefined
  const rowSection = new Map<Row, number>()
  // A guest's row that prints its body ("Oberbürgermeister …, Stadt Zwickau (zu TOP 1)") has no code in the code column: read
  // column after column (labels, codes, then names), or where codes and rows take turns and no code stands before it, it is
  // the guests' without one.
  const guestAt = roles.indexOf('guest')
  let lastCode = -1
  items.forEach((it, k) => { if (it.type === 'code') lastCode = k })
  const codesFirst = lastCode !== -1 && items.findIndex((it) => it.type === 'row') > lastCode
  for (const it of items) {
    if (it.type === 'code') {
      sectionAt = split[d++]!
      codes.push(it.code)
      codeSection.push(sectionAt)
      out[sectionAt]!.codes.push(it.code)
      waiting++
    } else if (it.row.org) {
      sectionAt = split[d++]!
      last = {row: it.row, placement: printed(it.row.org)}
      out[sectionAt]!.rows.push(last)
    } else if (previous?.type === 'code' && printedRows >= 3 && open.length === 0) {
      // "Land Baden-Württemberg Minister …" / … / "Freie und Hansestadt Ham-" / "burg" / "Senatorin Dr. …": in a table whose
      // rows print their Land, a Land's cell that wrapped above its names is that row's.
      const code = codes.pop()!
      codeSection.pop()
      waiting--
      last = {row: it.row, placement: {...printed(code.org), reason: `the row under its wrapped cell ${code.org}`}}
      out[sectionAt]!.rows.push(last)
    } else if (waiting === 0 && last && open.length === 0) {
      out[sectionAt]!.rows.push({row: it.row, placement: {...last.placement, reason: `a further row under ${last.placement.org}`}})
    } else if (onlyDate(it.row)) {
      // "8. Mai 2048" between the rows: a running header plain pdftotext read into the names' column takes no code.
      continue
    } else if (guestAt !== -1 && (codesFirst ? codes.length > 0 : previous?.type !== 'code') && guestOwnBody(it.row, codes)) {
      out[guestAt]!.rows.push({row: it.row, placement: printed(ownBody(it.row)!)})
    } else {
      open.push(it.row)
      after.push(previous?.type === 'code' ? codes.length - 1 : undefined)
      rowSection.set(it.row, sectionAt)
    }
    previous = it
  }
  if (open.length === 0) return out
  // "Baden-Württemberg" / "Ministerin Dr. … *" / "Dr. Lukas Rehm" / "Bayern" / …: each Land over its people (plain
  // pdftotext reads the Land's cell, then the people's beside it). Only where the list opens with a Land, no two Länder
  // follow each other and no row names its own: a Land column read whole before the names has its codes in a run.
  if (open.length === items.length - codes.length && codes.length >= 3 && items[0]!.type === 'code' &&
    items.every((it, k) => it.type === 'row' || items[k + 1]?.type === 'row') && codes.every((c) => isLandCode(c.org))) {
    let code = codes[0]!
    let under = 0
    for (const it of items) {
      if (it.type === 'code') {
        code = it.code
        under = 0
        continue
      }
      // "Staatsrat Dr. …" / "–": a dash after the Land's member is an empty staff cell, not an absence.
      if (under++ > 0 && /^[–—-]$/.test(it.row.lines.map((l) => l.value).join(' ').trim())) continue
      out[rowSection.get(it.row)!]!.rows.push({row: it.row, placement: {org: code.org, evidence: 'column', confidence: 1, alt: [], reason: `under ${code.org}, its Land's line before it`}})
    }
    return sortRows(out)
  }
  // Codes and rows that take turns ("BW", "Minister …", "BY", …) pair by adjacency; a code column read
  // before its names column gives one adjacency per page only.
  const turns = after.filter((a) => a !== undefined).length
  if (turns < 3 || turns < codes.length * 0.3) after.fill(undefined)
  const landCodes = codes.filter((c) => isLandCode(c.org))
  if (codes.length === 0 || (landCodes.length === codes.length && open.length - codes.length > Math.max(2, codes.length / 3))) {
    // The code column is lost (all, or all but a few codes): canonical order with anchors.
    const target = out[0]!
    // "Geschäftsstelle der DMK Ministerialrat Dr. …" / "Referentin …" (raw): rows under the office's own label are its staff.
    if (codes.length === 0 && group.length === 1 && target.section.role === 'staff' && isConferenceOffice(target.section.label.trimEnd().replace(/:$/, '').trimEnd())) {
      for (const row of open) target.rows.push({row, placement: {...printed('GS DMK'), evidence: 'column', reason: `under the label ${target.section.label}`}})
      return out
    }
    const excluded = target.rows.flatMap((r) => (r.placement.org && isLandCode(r.placement.org) ? [r.placement.org] : []))
    const role = target.section.role
    const landRows = role === 'member' || role === 'staff' || landCodes.length > 0
    const placements = landRows
      ? alignSection(open.map((r) => namesOf(r)), landCodes.map((c) => c.org as LandCode), excluded, known, [])
      : open.map((): Placement => ({org: null, evidence: 'unplaced', reason: 'no code for this row', confidence: 0, alt: []}))
    target.excluded = excluded
    open.forEach((row, i) => {
      // Rows with no Land to take (guests without codes) are not aligned: the corpus pass would give them one.
      if (landRows) target.aligned.push(target.rows.length)
      target.rows.push({row, placement: placements[i]!})
    })
    return sortRows(out)
  }
  const paired = pair(
    codes.map((c, i) => ({org: c.org, role: roles[codeSection[i]!]!})),
    open.map((r, i) => {
      const only = officeLands(r)
      return {official: official(r), absent: r.absent, known: vote(namesOf(r).map(known)), ...(only ? {only} : {}), ...(after[i] === undefined ? {} : {after: after[i]})}
    })
  )
  open.forEach((row, i) => {
    const ci = paired.codeOf[i]!
    const code = codes[ci]
    const section = ci === -1 ? rowSection.get(row)! : codeSection[ci]!
    const alt = [...new Set(paired.options[i]!.map((c) => codes[c]!.org))].filter((o) => o !== code?.org)
    const placement: Placement = !code
      ? {org: null, evidence: 'unplaced', reason: 'a row before any code', confidence: 0, alt: []}
      : alt.length > 0
        ? {org: code.org, evidence: 'inferred', confidence: 1 / (alt.length + 1), alt,
            reason: `the code column has ${codes.length} code(s) for ${open.length} row(s); pairing in order allows ${[code.org, ...alt].join(' or ')}`}
        : {org: code.org, evidence: 'column', confidence: 1, alt: [],
            reason: paired.extra[i] ? `a further row under ${code.org} in the code column` : `row ${i + 1} of the name column, code ${ci + 1} of the code column`}
    out[section]!.rows.push({row, placement})
  })
  if (paired.skipped.length > 0 || paired.extra.some(Boolean)) {
    const first = open[0]!.lines[0]!
    report(file, {start: first.start, end: open[open.length - 1]!.lines.at(-1)!.end}, 'attendee-code',
      `Unexpected ${open.length} row(s) for ${codes.length} code(s), expected one row per code; ` +
      `paired in order${paired.extra.some(Boolean) ? `, ${paired.extra.filter(Boolean).length} row(s) taken as further rows of the Land before` : ''}` +
      `${paired.skipped.length > 0 ? `, no row for ${paired.skipped.map((k) => codes[k]!.org).join(', ')}` : ''}`)
  }
  return sortRows(out)
}

function sortRows(sections: PlacedSection[]): PlacedSection[] {
  for (const s of sections) {
    const order = s.rows.map((r, i) => ({r, i})).sort((a, b) => a.r.row.lines[0]!.start - b.r.row.lines[0]!.start)
    const moved = new Map(order.map((o, n) => [o.i, n]))
    s.rows = order.map((o) => o.r)
    s.aligned = s.aligned.map((i) => moved.get(i)!)
  }
  return sections
}

/** A guest's row with its own body and no code for it: "LUH" in the code column for "…, Leibniz Universität Hannover" is its code, in turn. */
function guestOwnBody(row: Row, codes: readonly Code[]): boolean {
  const body = ownBody(row)
  return body !== null && !codes.some((c) => !isLandCode(c.org) && abbreviates(c.org, body))
}

/** "Oberbürgermeister Tilo Kießling, Stadt Zwickau (zu TOP 1)", "…, Hansestadt Wismar": the body a guest's row prints after the name. */
function ownBody(row: Row): string | null {
  const text = joinNodes(row.lines).text
  const comma = text.indexOf(',')
  if (comma === -1) return null
  const body = withoutItems(text.slice(comma + 1).trim())
  // "Leupha- – na Universität": a body broken across cells in reading order is left to the rows' reading.
  if (!body || body.includes(',') || /[-–][ \t]/.test(body) || landFromName(body) !== undefined || isOffice(body) || TITLES.some((t) => body.startsWith(`${t} `))) return null
  return MUNICIPALITY.test(body) || /(?:universität|hochschule|institut|akademie)(?![\p{L}])/iu.test(body) ? body : null
}

function printed(org: string): Placement {
  return {org, evidence: 'printed', reason: `printed on the row: ${org}`, confidence: 1, alt: []}
}


// Offices only the city states' members hold: "Staatsrat" (Bremen, Hamburg), "Senator" (Berlin, Bremen, Hamburg).
const CITY_STATE_OFFICES: ReadonlyArray<[RegExp, readonly LandCode[]]> = [
  [/^Staatsr(?:at|ätin)[ \t]/, ['HB', 'HH']],
  [/^Senator(?:in)?[ \t]/, ['BE', 'HB', 'HH']]
]

/** The Länder whose members hold the office the row starts with, where only some do. */
function officeLands(row: Row): readonly LandCode[] | undefined {
  const text = row.lines[0]!.value
  return CITY_STATE_OFFICES.find(([re]) => re.test(text))?.[1]
}

/** A row that starts with an office title, or says nobody came: what a members' row looks like. */
function official(row: Row): boolean {
  const text = row.lines[0]!.value
  return row.absent || NOT_PRESENT.test(text.split(/[;,]/)[0]!.trim()) || /^(?:n\.[ \t]?a\.|entschuldigt)/.test(text) ||
    TITLES.some((t) => text.startsWith(`${t} `)) || /^(?:BM|StS|MdB|Stv\.)(?![\p{L}])/u.test(text)
}

/** The Land most of a row's known people belong to. */
function vote(orgs: Array<LandCode | undefined>): LandCode | undefined {
  const counts = new Map<LandCode, number>()
  for (const o of orgs) if (o) counts.set(o, (counts.get(o) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

/**
 * Rows that continue the row before: after a trailing comma, hyphen, honorific or "i. V.", a
 * lowercase start ("entschuldigt; Dr. Irina Soeffky"), a single word ("Haase"), or a name cut in two
 * ("… Dr. Dominik" / "Giese, Tim Gähme …").
 */
function mergeWraps(cells: Section['items']): Section['items'] {
  const items = officesBeforeCodes(cells)
  const out: Section['items'] = []
  const after = officeAfterName(items)
  // Rows merged into the one before them: an office cell alone joins its name's row (before or after it).
  let merged = false
  for (const it of items) {
    const prev = out[out.length - 1]
    // "…; für" / "Brandenburg: Staatssekretärin …": a list in prose goes on, its next org at the line's start.
    if (it.type === 'row' && prev?.type === 'row' && it.row.org && it.row.printed && /(?<![\p{L}])für(?:[ \t]+das)?$/u.test(prev.row.lines.at(-1)!.value)) {
      prev.row.lines.push(it.row.printed ?? it.row.lines[0]!, ...it.row.lines.slice(1))
      continue
    }
    // "HH  Staatsrat Jan Meyer (verhindert)   TH  Minister …" / "    Vertretung: …": a line under the left table
    // (pdftotext -layout keeps its indent) continues the left half, not the row beside it.
    if (it.type === 'row' && prev?.type === 'row' && !it.row.org && prev.row.beside && indentOf(it.row.lines[0]!) < prev.row.beside.column - 2) {
      const left = prev.row.beside.left
      const before = left.lines.at(-1)!.value
      if (continues(before, it.row.lines[0]!.value) || /^(?:Vertretung|In[ \t]+Vertretung)[ \t]*:/.test(it.row.lines[0]!.value)) {
        left.lines.push(...it.row.lines)
        continue
      }
      // "NI  Ministerin … (Vorsitz, bis" / "14:15 Uhr)" / "   Staatssekretärin Dr. …": another person in the left cell,
      // indented under it (not a line that goes on with the right half: "… Rößler für" / "Staatsministerin …").
      if (left.org && indentOf(it.row.lines[0]!) > 0 && !continues(prev.row.lines.at(-1)!.value, it.row.lines[0]!.value)) {
        out.push({type: 'row', row: {...it.row, org: left.org}})
        continue
      }
    }
    // "Staatssekretärin Dr. Jana Kowalczyk" / "Begleitung: Malte Jürgensen": the row's staff (runInStaff takes them).
    if (it.type === 'row' && prev?.type === 'row' && !it.row.org && !prev.row.absent && RUN_IN_STAFF.exec(it.row.lines[0]!.value)?.index === 0) {
      prev.row.lines.push(...it.row.lines)
      continue
    }
    // "entschuldigt (Stimmrecht auf Rheinland-Pfalz" / "übertragen)": the parenthesis of a row that says nobody came closes.
    if (it.type === 'row' && prev?.type === 'row' && !it.row.org && prev.row.absent && /^[^()]{1,40}\)[,;.]?$/.test(it.row.lines[0]!.value)) {
      const row = prev.row.lines.map((l) => l.value).join(' ')
      if (row.lastIndexOf('(') > row.lastIndexOf(')')) {
        prev.row.lines.push(...it.row.lines)
        continue
      }
    }
    if (it.type === 'row' && prev?.type === 'row' && !it.row.org && !prev.row.absent && !it.row.absent) {
      const before = prev.row.lines.at(-1)!.value
      const next = it.row.lines[0]!.value
      // The row's last line says how it ends (joining the whole row again each time would be quadratic).
      // With the office after the name, an office cell ends its row unless its phrase is open ("… für den").
      // "… Feddersen (in" / "Vertretung von Minister Dr. Broder" / "Thomsen)": the row's parenthesis closes on this line.
      const row = prev.row.lines.map((l) => l.value).join(' ')
      const closes = row.lastIndexOf('(') > row.lastIndexOf(')') && /^[^()]{1,40}\)$/.test(next)
      const join = closes || (after
        ? (isOfficeOnly(next) && !merged) || (continues(before, next) && (!isOfficeOnly(before) || OPEN_END.test(before) || /^\p{Ll}/u.test(next)))
        : continues(before, next))
      if (join) {
        prev.row.lines.push(...it.row.lines)
        merged = merged || isOfficeOnly(next)
        continue
      }
    }
    merged = false
    out.push(it)
  }
  return out
}

// A remark cell alone ("bis 13.10 Uhr", "i. V. des Ministers", "Vorsitz"): plain pdftotext prints the remark
// column after the whole table, where it belongs to no row any more.
const REMARK = /^(?:Vorsitz|(?:bis|ab)[ \t]+\d{1,2}(?:[.:]\d{2})?[ \t]*Uhr|zu[ \t]+TOP[ \t]+\S{1,8}|(?:i\.[ \t]?V\.|in[ \t]+Vertretung)[ \t]+(?:des|der|von)[ \t]+\p{L}+|Ständiger[ \t]+Gast|nicht[ \t]+vertreten)$/u

/**
 * "Minister" / "BW" / "Tobias Hellwarth": plain pdftotext reads a table whose office column stands before the
 * org's cell by cell; the office goes to the names after the code. A dash office ("—") says nothing; remark
 * cells printed after the table are dropped.
 */
function officesBeforeCodes(items: Section['items']): Section['items'] {
  const cell = (it: Section['items'][number] | undefined) => (it?.type === 'row' && !it.row.org && it.row.lines.length === 1 ? it.row.lines[0]!.value : null)
  const office = (k: number) => {
    const v = cell(items[k])
    return v !== null && (isOfficeOnly(v) || /^[–—-]$/.test(v)) && items[k + 1]?.type === 'code' && cell(items[k + 2]) !== null
  }
  // Only a table that opens so: office, code, names.
  if (!office(0) || !isOfficeOnly(cell(items[0])!)) return items
  const out: Section['items'] = []
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!
    if (office(k)) {
      const v = cell(it)!
      if (!/^[–—-]$/.test(v)) (items[k + 2] as {row: Row}).row.office ??= v
      continue
    }
    // After a names cell, not after a code: a remark that lost its row.
    if (cell(it) !== null && REMARK.test(cell(it)!) && out.at(-1)?.type === 'row') continue
    out.push(it)
  }
  return out
}

/** Blanks before a line's text (its column in pdftotext -layout's output). */
function indentOf(line: TextLine): number {
  return line.raw.length - line.raw.trimStart().length
}

/** "Ministerin", "Staatssekretär (i. V.)": an office cell alone. */
function isOfficeOnly(text: string): boolean {
  // "Staatsminister Dr." at a line's end waits for the name on the next line.
  if (/(?<![\p{L}])(?:Dr|Prof)\.$/u.test(text)) return false
  const p = parsePerson(text)
  return (p.name === '' && p.title !== null) || isOffice(text)
}

/**
 * Whether the office column stands after the names ("Dr. Saskia Vöhringer (Vorsitz)" / "Ministerin", as plain
 * pdftotext prints a table whose cells it reads one by one) rather than before them ("Ministerialdirektor" /
 * "Stefan Krebs"): decided by the first office cell alone, whether a name row comes before it.
 */
function officeAfterName(items: Section['items']): boolean {
  let named = false
  for (const it of items) {
    if (it.type !== 'row' || it.row.absent) { if (it.type === 'code') named = false; continue }
    const text = it.row.lines[0]!.value
    if (isOfficeOnly(text)) return named
    named = parsePerson(text).name !== ''
  }
  return false
}

// "Bundesbeauftragte für den": a phrase that goes on in the next line.
const LEGAL_START = new RegExp(`^(?:${LEGAL_FORMS}|KG|AG|SE|&[ \\t]Co\\.)(?![\\p{L}])`, 'u')
// The nouns a body's name opens with ("Universität Hannover", "Stiftung Preußischer Kulturbesitz"); before a line break more of them.
const BODY_NOUNS = ['Universität', 'Hochschule', 'Fachhochschule', 'Institut', 'Akademie', 'Stiftung', 'Gesellschaft', 'Zentrum', 'Verein', 'Verband']
const BODY_NOUN_FIRST = new RegExp(`^(?:${BODY_NOUNS.join('|')})(?![\\p{L}])`, 'u')
const BODY_NOUN_LAST = new RegExp(`,[ \\t]*(?:${[...BODY_NOUNS, 'Landesamt', 'Bundesamt', 'Amt', 'Kammer', 'Anstalt'].join('|')})$`, 'u')
const OPEN_END = /(?<![\p{L}])(?:für|der|die|den|des|dem|und|im|zur|zum|von|vom)$/u
// "…, in Vertretung von Staatsrätin" / "Dr. Lina Carstens", "… i. V. für Staatssekretärin" / "…": the same with its preposition.
const DEPUTY_OFFICE_END = new RegExp(`(?<![\\p{L}])(?:durch|i\\.[ \\t]?V\\.(?:[ \\t]+(?:für|von))?|Vertretung(?:[ \\t]+(?:von|des|der|für))?)[ \\t]+(?:${OFFICE_ALTERNATION})$`, 'u')

const ITEM_LABEL_ROW = /^[Zz]u[ \t]+(?:TOP|Tagesordnungspunkt)[ \t]+\d{1,2}(?:\.\d{1,2})?[a-z]?[ \t]+\p{Lu}/u

function continues(before: string, next: string): boolean {
  // "…; für Bayern:" / "Staatsminister …": a list in prose whose org waits for its names.
  if (/[,\-;/:]$/.test(before) || /(?<![\p{L}])(?:Dr|Prof|V)\.$/u.test(before)) return true
  // "Dr. Karin Pfister (in" / "Vertretung)": a parenthesis still open; "… Ulbrich" / "(Vorsitz)": one that opens.
  if (before.lastIndexOf('(') > before.lastIndexOf(')') || next.startsWith('(')) return true
  // "Bundesbeauftragte für den" / "Datenschutz und die" / "Informationsfreiheit": an office cell that wraps;
  // "Dr. Timo Behrendt in Vertretung von" / "Ministerin Dr. Julia Faßbender".
  if (OPEN_END.test(before)) return true
  // "Staatssekretär Dr. Johannes Pabst, vertreten durch Ministerialrätin" / "Sabine Görich": the deputy's office waits for the name.
  if (DEPUTY_OFFICE_END.test(before)) return true
  // "zu TOP 4   Direktorin Dr. …" under "Gäste": the label of the item a guest came for opens a row of its own.
  if (ITEM_LABEL_ROW.test(next)) return false
  // "…, Mitglied des Nationalen" / "Normenkontrollrates (NKR), zu Punkt 5", "…, Vorständin der Verbraucherzentrale" / "Hamburg
  // (VZHH), zu TOP 4": a body's name that goes on to its abbreviation.
  if (/(?<![\p{L}])(?:des|der)[ \t]+\p{Lu}\p{Ll}+$/u.test(before) && /^\p{Lu}[\p{L}-]+[ \t]*\(/u.test(next)) return true
  // "… zugleich für" / "das Saarland" / "entschuldigt (Stimmrecht auf …": a Land's cell that says nobody came is a row of its own.
  if (AWAY_START.test(next) && !OPEN_END.test(before)) return false
  // "Staatssekretärin Dr. Annika Brenner" / "vertretungsweise Ministerialdirigentin Dr. Sabine Raithel" (a column of names): who sat
  // in for the next Land's member, a row of its own.
  if (/^vertretungsweise[ \t]+\p{Lu}/u.test(next) && !OPEN_END.test(before)) return false
  if (/^\p{Ll}/u.test(next)) return true
  // "Präsident Prof. Dr.-Ing. Falk Reinsberg, Brandenburgische" / "Technische Universität Cottbus-Senftenberg": a body's
  // name that wrapped after its first adjective.
  if (/,[ \t]*\p{Lu}\p{Ll}+(?:isch|lich|ig)e[nrs]?$/u.test(before) && /^\p{Lu}/u.test(next)) return true
  // "Vizepräsidentin Prof. Dr. rer. nat. Svenja Holtkamp, Leibniz" / "Universität Hannover (zu TOP 1)": a body's name that
  // wrapped after its first word.
  if (/,[ \t]*\p{Lu}[\p{L}-]*$/u.test(before) && BODY_NOUN_FIRST.test(next)) return true
  // "Vizepräsidentin Prof. Dr. Katharina Lembke, Stiftung" / "Preußischer Kulturbesitz (zu TOP 6)": a body's first word, its
  // name on the next line (not a person's: no office or honorific opens it).
  if (BODY_NOUN_LAST.test(before) &&
    /^\p{Lu}\p{Ll}/u.test(next) && !/^(?:Dr|Prof)\./.test(next) && !TITLES.some((t) => next.startsWith(`${t} `))) return true
  // "…, Niedersachsen Ports" / "GmbH & Co. KG (zu TOP 4)": a body's legal form on the next line.
  if (LEGAL_START.test(next)) return true
  // "Yorgova-Ramanauskas": one word alone is the end of a name.
  if (/^[\p{Lu}][\p{L}'’-]*$/u.test(next) && !TITLES.includes(next)) return true
  // "… vertreten durch Ministerialdirigent Dr. Ole" / "Dierks (Niedersachsen)": the surname with the row's Land, after a first name.
  const surname = /^\p{Lu}[\p{L}'’-]*[ \t]+\(([^()]{2,40})\)$/u.exec(next)
  if (surname && (landFromName(surname[1]!) !== undefined || isLandCode(surname[1]!)) && /(?<![\p{L}])(?:Dr\.|Prof\.|\p{Lu}\p{Ll}+)[ \t]+\p{Lu}\p{Ll}+$/u.test(before) &&
    !TITLES.some((t) => next.startsWith(`${t} `))) return true
  // "…, Bundesamt für Seeschifffahrt und Hydrographie (BSH), zu" / "TOP 6": a remark that wrapped.
  if (/(?<![\p{L}])zu$/u.test(before) && /^(?:TOP|Punkt|TO-Punkt)[ \t]/.test(next)) return true
  // The last name of a list row ("…; Bremen: Carola") and the first of the next line ("Heilemann-Jeschke; …").
  const last = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1).replace(/^[ \t]*i\.[ \t]?V\.[ \t]*/, '')
  // "Brünjes (HB, nur am 17. November), …": a parenthesis that the comma cut open is no part of the name.
  const piece = next.split(/[,;]/, 1)[0]!
  const open = piece.lastIndexOf('(') > piece.lastIndexOf(')') ? piece.lastIndexOf('(') : -1
  const first = open === -1 ? piece : piece.slice(0, open).trimEnd()
  // "…, Dr." / "Tobias Jentsch, …": an honorific or title alone waits for its name; a remark that wrapped
  // ("(Vorsitz)") waits for nothing, nor a title with its remark closed after the name ("Dr. Philipp Haller, Vorstand (zu TOP 4)" /
  // "RDin Sophie Kienzle"; not "Ministerin (Vorsitz)" / "Dr. Annika …", an office cell alone).
  const closed = /^\([^()]*\)$/.test(last.trim()) || (last.length < before.length && /\)$/.test(last.trim()))
  if (last.trim() && words(last) === 0 && !closed) return true
  return words(last) === 1 && words(first) === 1
}

/** Words of a name without honorifics or office titles. */
function words(piece: string): number {
  const p = parsePerson(piece)
  return p.name ? p.name.split(/[ \t]+/).length : 0
}

function textOf(row: Row): string {
  return joinNodes(row.lines).text
}

/** A row that is only a date ("8. Mai 2048", "18.11.2049"): a running header's, nobody. */
function onlyDate(row: Row): boolean {
  return /^\d{1,2}\.[ \t]?(?:\d{1,2}\.|\p{Lu}\p{Ll}{2,8})[ \t]?\d{4}$/u.test(textOf(row).trim())
}

/** The names in a row (for anchors). */
function namesOf(row: Row): string[] {
  return peopleIn(textOf(row)).map((p) => p.name)
}

// "Baden-Württemberg: Dr. Alfred Debus; Bayern: Marina Dannenberg, Tobias Reindl; …": a list of
// rows in one paragraph, each Land or body before a colon or dash after a semicolon.
const LIST_ROW = /;[ \t]*/g

interface Person {
  name: string
  honorific: string | null
  title: string | null
  chair: boolean
  /** The role printed with the person ("(Begleitung)"), if any. */
  role?: Role | null
  org: string | null
  span: {start: number; end: number}
}

// "Dataport AöR", "Kommune 21 GmbH", "Initiative D21 e. V.": a legal form ends a body's name.
const LEGAL_FORM = new RegExp(`[ \\t]${LEGAL_FORMS}$`)

/**
 * "Vicedirektørin Mette Lund, Digitaliseringsstyrelsen, Kopenhagen (zu TOP 3)", "Dr. Tjark Hansen, Dataport AöR": a
 * guest's body, and its city, after the name, read as if they were people. One word alone, a name with a legal form, a
 * town or a body's words, without honorific or title, is no person: the first after a person is that person's org (by
 * its code in parentheses where it gives one), the ones after it go; an office alone is the person's title. `coded`:
 * the row's code column names the body already ("EUV   Präsidentin …, Europa-Universität Viadrina"); it stays.
 */
function guestBodies(people: Person[], code: string | null = null): Person[] {
  const coded = code !== null
  const out: Person[] = []
  let body = false
  for (const p of people) {
    const last = out.at(-1)
    // "Prof. Dr. Jana Oehme, Rektorin, TU Bergakademie Freiberg": an office alone after the name is its title.
    if (!p.name && p.title && last && !last.title && !body) {
      out[out.length - 1] = {...last, title: p.title}
      continue
    }
    // "…, Stadt Augsburg (zu TOP 1)", "…, Föderale IT-Kooperation (FITKO)": a town or a body after the name is the
    // guest's body too, by its code where it gives one.
    const bare = !p.honorific && !p.title && (!/[ \t]/.test(p.name) || LEGAL_FORM.test(p.name) || MUNICIPALITY.test(p.name) || BODY_WORD.test(p.name))
    // "DRV Bund   Direktorin Dr. Ulrike Hasenkamp, Deutsche Rentenversicherung Bund": the code's body written out after a
    // person with a title.
    const spelled = !p.honorific && !p.title && code !== null && last !== undefined && (last.title !== null || last.honorific !== null) &&
      abbreviates(code, p.name)
    if (spelled) {
      body = true
      continue
    }
    if (bare && last && (body || last.org === null)) {
      if (!body && !coded) out[out.length - 1] = {...last, org: p.org ?? p.name}
      body = true
      continue
    }
    body = false
    out.push(p)
  }
  return out
}

/** "Minister (bis 13.00 Uhr)", "Beigeordneter (zu TOP 7)": the office of a Funktion cell, its remark aside. */
function officeOf(cell: string | undefined): string | null {
  if (!cell) return null
  const open = cell.endsWith(')') ? cell.lastIndexOf('(') : -1
  const office = open > 0 ? cell.slice(0, open).trimEnd() : cell
  const ofBody = officeOfBody(office)
  if (ofBody) return ofBody.office
  // "Minister, MdL", "Ministerialdirektorin, Amtschefin", "Referentin, Protokoll", "StS’in, i. V. für Min Dr. …": the office is
  // what stands before the comma.
  const comma = office.indexOf(',')
  return (comma > 0 ? office.slice(0, comma).trimEnd() : office) || null
}

/**
 * "Präsidentin der Hochschule Fulda (zu TOP 8)" in a Funktion cell: the office, and the body it is held at (a guest's org
 * where the row's own cell is empty).
 */
function officeOfBody(cell: string | undefined): {office: string; body: string} | null {
  if (!cell) return null
  const open = cell.endsWith(')') ? cell.lastIndexOf('(') : -1
  const held = heldAt(parsePerson(open > 0 ? cell.slice(0, open).trimEnd() : cell))
  return held?.org ? {office: held.office, body: held.org} : null
}

/**
 * The office and the body a guest's office names ("Präsidentin der Hochschule Fulda"), unless the org the row has is short
 * for that body ("DSK | … Vorsitzende der Datenschutzkonferenz": DSK stays).
 */
function guestBody(office: string | undefined, org: string | null): {office: string; body: string} | null {
  const held = officeOfBody(office)
  return held && !(org && abbreviates(org, held.body)) ? held : null
}

/** Whether `code` can be short for `body`: its letters in order in the body's, the first first ("DSK", "Datenschutzkonferenz"). */
function abbreviates(org: string, body: string): boolean {
  // "EAH Jena" for "Ernst-Abbe-Hochschule Jena": the code before its place.
  const code = org.split(' ', 1)[0]!
  const letters = body.toLowerCase()
  const short = code.toLowerCase()
  if (!looksLikeCode(code) || letters[0] !== short[0]) return false
  let at = 0
  for (const c of short) {
    at = letters.indexOf(c, at) + 1
    if (at === 0) return false
  }
  return true
}

/** "Parlamentarische Staatssekretärin, BMDS" beside "Bund": the body by its code after the office. */
function bodyAfterComma(cell: string | undefined): string | null {
  const code = cell ? /,[ \t]*([\p{L}\d-]{2,10})[ \t]*(?:\(|$)/u.exec(cell)?.[1] : undefined
  return code && looksLikeCode(code) && !/^Md[A-Z]/.test(code) ? code : null
}

/** The people of a row; rows run together in a list ("…; Bayern: Marina Dannenberg, …") come apart with their orgs. */
/**
 * "Dr. Friederike Albers, Landesbeauftragte für Datenschutz … der Freien Hansestadt Bremen (LfDI Bremen), zu TOP 7": a
 * guest's body by its short form in parentheses after the name, not by the Land its long name mentions.
 */
const SHORT_FORM = /\((\p{Lu}[\p{L}\d.&-]*(?:[ ]\p{Lu}[\p{L}\d.&-]*)?)\)/gu

// "für StS Lüdersdorf:", "in Vertretung von Staatsminister Dr. Weber:": whom the row's person stands in for.
const IN_PLACE_OF = /^(?:[Ff]ür|[Ii]n[ \t]+Vertretung[ \t]+(?:von|für)|i\.[ \t]?V\.[ \t]+(?:von|für))[ \t]+(?:Frau[ \t]+|Herrn[ \t]+)?\p{Lu}[^:;()]{1,60}:[ \t]*(?=\p{Lu})/u

function peopleOf(row: Row, guests = false): {people: Person[]; absent: Array<{org: string; span: {start: number; end: number}}>} {
  const joined = joinNodes(row.lines)
  const text = joined.text
  // "Für Baden-Württemberg: Minister …; für Bayern: …": the first org may open the row.
  const first = orgAt(text, 0)
  // "BB   für StS Lüdersdorf: Ministerialdirigent Jan-Philipp Raschke": the member named absent, the deputy after the colon.
  const deputy = first ? null : IN_PLACE_OF.exec(text)
  const cuts: Array<{at: number; org: string | null}> = [first ? {at: first.names, org: first.org} : {at: deputy?.[0].length ?? 0, org: null}]
  for (const m of matchesOf(text, LIST_ROW)) {
    const at = m.index + m[0].length
    const org = orgAt(text, at)
    if (org) cuts.push({at: org.names, org: org.org})
  }
  const out: Person[] = []
  const absent: Array<{org: string; span: {start: number; end: number}}> = []
  cuts.forEach((c, i) => {
    const end = i + 1 < cuts.length ? text.lastIndexOf(';', cuts[i + 1]!.at) : text.length
    const piece = text.slice(c.at, end)
    // "für das Saarland: nicht vertreten".
    if (c.org && NOT_PRESENT.test(piece.trim().replace(/[.;,]$/, ''))) absent.push({org: c.org, span: spanIn(joined, c.at, end)})
    const found = peopleIn(piece)
    for (const [n, p] of found.entries()) {
      if (NOT_PRESENT.test(p.name)) continue
      // "8. Mai 2048", "1–7 Land", "-2HE": a running header's date, a page number or a cell of numbers read into the
      // names' column — digits and fewer than two capitalised words, no name.
      if (/\d/.test(p.name) && (p.name.match(/\p{Lu}\p{L}+/gu) ?? []).length < 2) continue
      if (guests && p.org !== null && isLandCode(p.org)) {
        // The first short form after the name, before the next person's.
        const until = found[n + 1]?.start ?? piece.length
        for (const m of matchesOf(piece.slice(p.end, until), SHORT_FORM)) {
          if ((m[1]!.match(/\p{Lu}/gu) ?? []).length < 2 || /^(?:TOP|TO|Punkt|Ziffer|Anlage)(?![\p{L}])/u.test(m[1]!) || landFromName(m[1]!) !== undefined || isLandCode(m[1]!)) continue
          p.org = m[1]!
          break
        }
      }
      // "Minister  Land Baden-Württemberg  Tobias Hellwarth": the office from its own column.
      // "Anna Beck (BW)": the org printed with the name, when the list gives none before it.
      out.push({name: p.name, honorific: p.honorific, title: p.title ?? officeOf(row.office), chair: p.chair || row.chair === true, org: c.org ?? p.org, role: p.role,
        span: spanIn(joined, c.at + p.start, c.at + p.end)})
    }
  })
  return {people: out, absent}
}

/** "Bayern: …", "BMDS: …", "Berlin – …", "für Bayern: …": an org and where its names begin. */
function orgAt(text: string, at: number): {org: string; names: number} | null {
  // "für Bayern: …", "für das Saarland: nicht vertreten" (a list in prose).
  at += /^(?:[Ff]ür[ \t]+)?(?:das[ \t]+)?/.exec(text.slice(at))![0].length
  const land = landAt(text, at)
  const code = /^([\p{L}\d-]{2,10})(?=[ \t]*[:–])/u.exec(text.slice(at))
  const org = land ? {org: land.code as string, end: land.end} : code && looksLikeCode(code[1]!) ? {org: code[1]!, end: at + code[1]!.length} : null
  if (!org) return null
  const sep = /^[ \t]*[:–][ \t]*/.exec(text.slice(org.end))
  return sep ? {org: org.org, names: org.end + sep[0].length} : null
}

/**
 * "Thüringen – entschuldigt, keine Stimmrechtsübertragung", "entschuldigt (ohne Stimmrechtsübertragung)": not there, and its
 * vote with nobody (not "entschuldigt; Stimmrecht auf Hamburg übertragen", "entschuldigt (schriftliches Votum zu TOP 5)": a Land
 * whose vote is cast is not absent).
 */
function excusedWithoutProxy(text: string): boolean {
  const m = EXCUSED_WITH_REMARK.exec(text.trim())
  if (!m) return false
  const rest = text.trim().slice(m[0].length)
  return /(?<![\p{L}])(?:keine|ohne)[ \t]+Stimm(?:rechts)?übertragung|nicht[ \t]+übertragen/u.test(rest) || !/Stimm|Votum|schriftlich|übertr|vertreten|wahrgenommen|geführt/.test(rest)
}

// "entschuldigt (Stimmrecht auf …", "– entschuldigt, keine Stimmrechtsübertragung": nobody there, a remark after it.
const AWAY_START = new RegExp(`^${AWAY_WORDS}(?![\\p{L}])`, 'u')
const EXCUSED_WITH_REMARK = new RegExp(`^(?:[–—-][ \\t]*)?${AWAY_WORDS}(?=[ \\t]*[,;(])`)

const UNDER_CHAIR_LABEL = new RegExp(`^${CHAIR_LABEL}(?![\\p{L}])`, 'u')

// "… entschuldigt", "… – entschuldigt –" (set off by dashes).
const AWAY_CELL = /[ \t](?:[–—][ \t]+)?(?:entschuldigt|verhindert|abwesend|nicht[ \t]+anwesend)(?:[ \t]+[–—])?$/
// "SL   Staatssekretärin Nicole Britz (entschuldigt)": the same as a remark; a deputy's row may follow it.
const AWAY_REMARK = /[ \t]\((?:entschuldigt|verhindert|abwesend|nicht[ \t]+anwesend)\)$/
/** Absences read from a remark, dropped when a member of the Land is listed all the same (its deputy's row). */
const STOOD_IN = new WeakSet<object>()

function record(placed: PlacedSection, index: number, extraction: Extraction, file: VFile, permanent: ReadonlySet<string>) {
  const {section, rows} = placed
  // A row whose every person has an org printed with the name ("für Bayern: …") is placed already.
  const printed = (gi: number) => {
    const {people} = peopleOf(rows[gi]!.row)
    return people.length > 0 && people.every((p) => p.org !== null)
  }
  const sectionRecord: AttendeeSection = {
    role: section.role, codes: placed.codes.map((c) => c.org), alignedGroups: placed.aligned.filter((gi) => !printed(gi)), excluded: placed.excluded,
    // Tables side by side are read one after the other: a section's last line may stand above its first.
    span: {start: Math.min(section.start, section.end), end: Math.max(section.start, section.end)}
  }
  extraction.attendeeSections.push(sectionRecord)
  rows.forEach(({row, placement}, gi) => {
    const span = {start: row.lines[0]!.start, end: row.lines[row.lines.length - 1]!.end}
    const read = peopleOf(row, section.role === 'guest' || section.role === 'permanent_guest')
    const {absent} = read
    const people = section.role === 'guest' || section.role === 'permanent_guest' ? guestBodies(read.people, placement.org) : read.people
    if (section.role === 'member') for (const a of absent) if (isLandCode(a.org)) extraction.absent.push(a)
    if (row.absent || people.length === 0) {
      // "Thüringen | Dr. Lukas Wengler | Staatssekretär | entschuldigt": the Land's member named, and not there.
      // "nicht anwesend" alone, paired with its code from a column of codes read apart (raw, pdf.js).
      const alone = NOT_PRESENT.test(textOf(row).trim())
      const remark = AWAY_REMARK.test(textOf(row))
      const away = row.absent || alone || AWAY_CELL.test(textOf(row)) || remark || excusedWithoutProxy(textOf(row))
      // "Es fehlt: Sachsen-Anhalt (entschuldigt; …)" under the staff's rows: a member's absence all the same. A Land's "nicht
      // anwesend" alone, paired across the labels (raw: labels, codes, then rows), is one under the guests' labels too (no Land is a guest).
      if (away && placement.org && isLandCode(placement.org) && (section.role === 'member' || row.listed || (alone && section.role !== 'staff')) && !extraction.absent.some((a) => a.org === placement.org)) {
        const absent = {org: placement.org, span}
        if (remark) STOOD_IN.add(absent)
        extraction.absent.push(absent)
      }
      return
    }
    if (placement.evidence === 'inferred' && people.some((p) => p.org === null)) {
      report(file, row.lines[0]!, 'attendee-ambiguous',
        `Unexpected ambiguous Land for \`${textOf(row)}\`: kept ${placement.org}, also possible ${placement.alt.join(', ')} (${placement.reason})`,
        {actual: placement.org ?? undefined, expected: placement.alt})
    }
    // "Bund | Name | Parlamentarische Staatssekretärin, BMDS": the federal body by its code in the office cell.
    // "(empty) | Prof. Dr. … | Präsidentin der Hochschule Fulda (zu TOP 8)" under "Gäste": the body of the Funktion cell.
    const guestRow = section.role === 'guest' && row.org === null
    const cell = guestRow ? guestBody(row.office, placement.org) : null
    const placed = cell?.body ?? (placement.org === 'Bund' ? bodyAfterComma(row.office) ?? placement.org : placement.org)
    for (const person of people) {
      // "KMK | Dr. Stefan Kühne | Generalsekretär" / "Prof. Dr. … Präsidentin der Hochschule Fulda (zu TOP 8)" read as rows under
      // "Gäste": the body the office is held at, not the code above.
      const held = guestRow && person.org === null ? guestBody(person.title ?? undefined, placed) : null
      // "GS   Dr. Mareike Thorsen (Geschäftsstelle der DMK)", "BY   Ministerialrat … (Geschäftsstelle)": the org column says whose.
      const coded = row.org !== null ? !isConferenceOffice(row.org) : placement.org !== null && !isConferenceOffice(placement.org) &&
        (placement.evidence === 'printed' || placement.evidence === 'column')
      const org = (coded && person.org !== null && isConferenceOffice(person.org) ? null : person.org) ?? held?.body ?? placed
      const own = person.org !== null && (person.org !== placement.org || placement.evidence !== 'printed')
      // A Land's people are members or their staff, never guests or the permanent guest: "Gäste" / … / "Bayern" / "Korbinian
      // Stadler" / "Referent" / "Begleitung", "Mitglieder mit Stimmrecht BB" / "Ständiger Gast" / "Staatssekretärin …" — plain
      // pdftotext prints a table's section labels apart from their cells. A minister or state secretary of a Land without a
      // member yet is its member. (None of the 123 guests and 72 permanent guests in the gold of the nine sets has a Land.)
      const landsOwn = (section.role === 'guest' || section.role === 'permanent_guest') && org !== null && isLandCode(org)
      const member = landsOwn && MEMBER_OFFICE.test(`${person.title ?? ''} `) && !extraction.attendees.some((a) => a.role === 'member' && a.org === org)
      // "Gäste   Saarland   Dr. Svenja Klein   Ministerpräsidentin   zu TOP 1": a Land's head of government, a guest all the same.
      const headOfGovernment = section.role === 'guest' && HEAD_OF_GOVERNMENT.test(person.title ?? '')
      // "Bund   BMDS   Parlamentarischer Staatssekretär …" among the members: the federal body is the permanent guest, never a
      // member; the others of its row are its staff.
      const federal = section.role === 'member' && org !== null && permanent.has(org)
      // "Bund" / "Gäste" as labels, "BMDS" among the guests' codes (pdf.js reads the label column apart): the federal ministry's
      // first person there is the permanent guest, when none is yet (the local authorities' associations come as guests too).
      const federalGuest = section.role === 'guest' && org !== null && permanent.has(org) && /^BM/.test(org) &&
        !extraction.attendees.some((a) => a.role === 'permanent_guest')
      const role = row.role ?? person.role ?? (landsOwn && !headOfGovernment ? (member ? 'member' : 'staff') :
        federal ? (people.indexOf(person) === 0 ? 'permanent_guest' : 'staff') : federalGuest ? 'permanent_guest' : section.role)
      const attendee: AttendeeRecord = {
        name: person.name, honorific: person.honorific, title: held?.office ?? person.title, org,
        // "Vorsitz   TH   Ministerin …": the row under the chair's own label.
        role, chair: person.chair || (role === 'member' && UNDER_CHAIR_LABEL.test(section.label)),
        evidence: own ? 'printed' : placement.evidence, reason: own ? `printed with the name: ${org}` : placement.reason,
        confidence: own ? 1 : placement.confidence, altOrgs: own ? [] : placement.alt, section: index, group: gi, span: person.span
      }
      extraction.attendees.push(attendee)
      if (attendee.confidence === 1 && org && isLandCode(org) && role !== 'guest') {
        extraction.personFacts.push({name: person.name, org, source: 'table', span: person.span})
      }
    }
  })
}

// "CIO Stefan Krebs (BW)", "Lukas Kögel (BB)", "Staatsminister Dr. Konrad Wendisch (Sachsen)": up to four
// capitalised words before a Land in parentheses. (`mentionsFrom` finds it from the "(": the words before
// it are of NAME_CHAR, and the Land has no "(".)
const MENTION = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]*)[ \t]*\(([\p{L}-]{2,30}(?:[ \t][\p{L}-]{2,30})?)\)/u
const NAME_CHAR = /^[\p{L}'’ \t-]$/u

/**
 * The matches of `text.slice(from).matchAll(MENTION)`, with their offsets in `text`, found from each "("
 * instead of trying every capital of the text: the regex runs on the letters and blanks right before a
 * "(" and the Land up to the ")" after it (a third of a worker's time in this transformer went to the
 * regex over the whole text).
 */
export function* mentionsFrom(text: string, from: number): Generator<{start: number; match: RegExpExecArray}> {
  for (let open = text.indexOf('(', from); open !== -1;) {
    const close = text.indexOf(')', open)
    if (close === -1) return
    const next = text.indexOf('(', open + 1)
    if (next === -1 || next > close) {
      let start = open
      while (start > from) {
        const c = text.charCodeAt(start - 1)
        const width = c >= 0xdc00 && c <= 0xdfff && start - 2 >= from && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800 ? 2 : 1
        const ascii = (c | 32) >= 97 && (c | 32) <= 122
        if (!(ascii || c === 32 || (c > 127 || c === 9 || c === 39 || c === 45) && NAME_CHAR.test(text.slice(start - width, start)))) break
        start -= width
      }
      const match = MENTION.exec(text.slice(start, close + 1))
      // A match that begins after the "(" ends at a later one.
      if (match && match.index < open - start) yield {start: start + match.index, match}
    }
    open = next
  }
}

/** People printed with their Land in the header and the text. */
function personFacts(tree: Root, text: string): PersonFact[] {
  const facts: PersonFact[] = []
  const header = tree.children.find((c): c is Header => c.type === 'header')
  const headerEnd = header?.end ?? 0
  for (const field of header?.children.filter((c): c is HeaderField => c.type === 'field') ?? []) {
    const joined = joinNodes(field.children)
    for (const p of peopleIn(joined.text)) {
      if (p.org && isLandCode(p.org)) facts.push({name: p.name, org: p.org, source: 'header', span: spanIn(joined, p.start, p.end)})
    }
  }
  // An attendee annex after the minutes: the mentions are those of the minutes before it.
  const block = tree.children.find((c) => c.type === 'attendees')
  const first = agendaItems(tree)[0]?.start ?? Infinity
  const attendeesEnd = block && block.start < first ? block.end : headerEnd
  const outside = (offset: number) => !block || offset < block.start || offset >= block.end
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
  for (const {start, match: m} of mentionsFrom(text, attendeesEnd)) {
    const org = landFromName(m[2]!)
    const p = parsePerson(m[1]!)
    if (!org || p.name.split(' ').length < 2) continue
    if (inHead(start) || !outside(start)) continue
    facts.push({name: p.name, org, source: 'mention', span: {start, end: start + m[0].length}})
  }
  return facts
}
