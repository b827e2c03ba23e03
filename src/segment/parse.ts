/**
 * Normalized text → protocol tree. Blocks partition the text: every
 * character belongs to exactly one top-level block; furniture and leftovers
 * are nodes of their own inside the blocks.
 */
import type {VFile} from 'vfile'
import {splitLines, isBlank, trimmedSpan, type Line} from '../text/lines.ts'
import {findMentions, landAt} from '../text/lexicon.ts'
import {CHAIR_LABEL, CHAIR_LABEL_ALONE, isColumnHead, isColumnHeads, VOTING} from '../data/roles.ts'
import {INNER_FIELD, gridLabels, headerKind, type HeaderKind} from '../data/header.ts'
import {resultColumn} from './results.ts'
import type {
  AgendaItem, AgendaHead, AgendaList, AttendeeBlock, Attachments, Attachment, Block, Clause, ClauseItem,
  Furniture, FurnitureKind, Header, HeaderField, Leftover, Prose, Resolution, Root, TextLine
} from '../record/tree.ts'
import {applyHints, classifyFurniture, pageBreakLines} from './furniture.ts'
import {blankMarkers, findFootnotes} from './footnotes.ts'
import {blankLineNumbers, findLineNumbers} from './margin.ts'
import {
  AGENDA_LIST_HEAD, NUMBERED_HEAD, ORDINAL_HEAD, PUNKT_HEAD, ZU_HEAD, ZU_PUNKT_HEAD, ATTACHMENTS_HEAD, ATTACHMENTS_COLUMN, ATTACHMENT_LINE, ATTACHMENT_REF_LINE, PROPOSES, AMENDED_HEAD, ATTENDEES_START, CLAUSE_LABEL, CLAUSE_LINE, ITEM_LABEL, HEADER_FIELD, ITEM_LINE,
  RESOLUTION_END, RESOLUTION_HEAD, SPONSOR_LINE, CODES_CELL, CODES_BEFORE_RESULT, CODES_AFTER_TITLE, RESUMED_HEAD, STARTS_WITH_MONTH, STARTS_WITH_YEAR, TOP_HEAD
} from './patterns.ts'
import {ENDS_WITH_ABBREVIATION, titleBreaksOff, titleLineCount} from './title.ts'
import {PERSON_NAME} from '../text/names.ts'
import {report} from '../record/message.ts'
import {isLandCode, LAND_CODES, landFromName} from '../data/laender.ts'
import {looksLikeCode} from '../data/bodies.ts'
import {OFFICES_LONGEST_FIRST} from '../data/titles.ts'
import {matchesOf} from '../text/matches.ts'

export interface ParseOptions {
  /** Who decides in a lead-in sentence: the body's names ("Die DMK fasst folgenden Beschluss:"). */
  decider: RegExp
}

export function parseProtocol(text: string, file: VFile, options: ParseOptions): Root {
  const pageBreaks = file.data.normalized?.pageBreaks ?? []
  const {lines, cells, beside} = resultColumn(splitLines(text))
  const furniture = classifyFurniture(lines, pageBreaks)
  applyHints(lines, furniture, file.data.furnitureHints ?? [])
  const numbered = findLineNumbers(lines, furniture)
  for (const [i, kind] of numbered.alone) furniture.set(i, kind)
  blankLineNumbers(lines, numbered.prefixes)
  const notes = findFootnotes(lines, furniture, pageBreakLines(lines, pageBreaks))
  for (const [i, kind] of notes.lines) furniture.set(i, kind)
  blankMarkers(lines, notes.markers)
  const {tops, list: listAt, summary: summaryAt} = agendaHeads(lines, furniture, pageBreaks.length + 1, beside)
  let list = listAt
  const displaced = new Set(tops.flatMap((h) => (h.label === undefined ? [] : [h.label])))
  // "Ziff.   Beschlusstext" over a decision set as a table: its column heads, no text of the decision (a leftover).
  for (const line of lines) if (CLAUSE_TABLE_HEAD.test(line.text) && !furniture.has(line.index)) displaced.add(line.index)
  const ctx: Ctx = {lines, furniture, markers: notes.markerOf, file, text, decider: options.decider, displaced, cells}
  const children: Block[] = []
  if (tops.length === 0) {
    children.push(prose(ctx, 0, lines.length))
  } else {
    const first = tops[0]!.index
    // The preface ends where the attendee table or the agenda as sent begins.
    let prefaceEnd = list === -1 ? first : list
    let attendeesAt = -1
    for (let i = 0; i < prefaceEnd; i++) {
      if (!furniture.has(i) && (ATTENDEES_START.test(lines[i]!.text) || landerLabel(lines, furniture, i))) { attendeesAt = i; break }
    }
    // "Land" / "Name" / "Funktion", each alone, over "BW" / "Dr. Katharina Wolf" / …, the label "Mitglieder" printed after
    // the rows (plain): the stacked heads open the table.
    const stacked = stackedTableStart(lines, furniture, attendeesAt === -1 ? prefaceEnd : attendeesAt)
    if (stacked !== -1) attendeesAt = stacked
    // "Vorsitz   NI   Staatssekretärin Dr. …" over "Länder   BW   …": the chair's row, in a section of its own, opens the table.
    if (attendeesAt > 0) {
      let k = attendeesAt - 1
      while (k > 0 && (furniture.has(k) || !lines[k]!.text.trim())) k--
      if (CHAIR_ROW.test(lines[k]!.text)) {
        attendeesAt = k
      } else {
        // "Vorsitz" / "TH" / "Ministerin …" (plain): the same, a cell a line.
        const cells = [k]
        while (cells.length < 3 && cells[0]! > 0) {
          let j = cells[0]! - 1
          while (j > 0 && (furniture.has(j) || !lines[j]!.text.trim())) j--
          cells.unshift(j)
        }
        const [label, code] = cells.map((j) => lines[j]!.text)
        if (cells.length === 3 && CHAIR_LABEL_ALONE.test(label!.trim()) && isLandCode(code!.trim())) attendeesAt = cells[0]!
      }
    }
    // "Land   in Präsenz   per Videokonferenz" over "Mitglieder der DMK": the table's heads open it.
    if (attendeesAt > 0) {
      let k = attendeesAt - 1
      while (k > 0 && (furniture.has(k) || !lines[k]!.text.trim())) k--
      if (isColumnHeads(lines[k]!.text.trim())) attendeesAt = k
    }
    // "Inhalt" / "TOP 1 … 2" / … / "Anwesende": a table of contents before the attendees ends where they begin.
    let listEnd = first
    if (list !== -1 && attendeesAt === -1) {
      for (let i = list + 1; i < first; i++) {
        if (!furniture.has(i) && ATTENDEES_START.test(lines[i]!.text)) { attendeesAt = i; listEnd = i; break }
      }
    }
    // "Tagesordnung" / "• TOP 1 Eröffnung …": an agenda overview after the attendees, its lines no heads.
    if (list === -1 && attendeesAt !== -1) {
      for (let i = attendeesAt + 1; i < first; i++) {
        if (!furniture.has(i) && AGENDA_LIST_HEAD.test(lines[i]!.text)) { list = i; prefaceEnd = i; break }
      }
    }
    // "Teilnehmende   siehe Anlage 1" in the header: the list is the annex, the label a header field's.
    const last = tops[tops.length - 1]!.index
    let annex = attendeeAnnex(lines, furniture, last + 1)
    if (annex && attendeesAt !== -1 && listEnd === first && refersToAnnex(lines, attendeesAt, prefaceEnd)) attendeesAt = -1
    if (listEnd !== first) {
      if (list > 0) children.push(header(ctx, 0, list))
      children.push(agendaList(ctx, list, listEnd), attendees(ctx, attendeesAt, first))
    } else {
      const headerEnd = attendeesAt === -1 ? prefaceEnd : attendeesAt
      if (headerEnd > 0) children.push(header(ctx, 0, headerEnd))
      if (attendeesAt !== -1) children.push(attendees(ctx, attendeesAt, prefaceEnd))
      if (list !== -1) children.push(agendaList(ctx, list, first))
    }
    let listAt = -1
    for (let i = last + 1; i < lines.length; i++) {
      if (!furniture.has(i) && (ATTACHMENTS_HEAD.test(lines[i]!.text) || RUN_IN_ATTACHMENTS.test(lines[i]!.text))) { listAt = i; break }
    }
    // No attendees before the minutes: "Anlage 1: Teilnehmendenverzeichnis" after them holds the list.
    if (attendeesAt !== -1) annex = null
    // "Anlage 1 Leitlinien …" as the text's last lines, under no "Anlagen" head: the list, without its head.
    let headed = true
    if (listAt === -1 && !annex) {
      listAt = trailingList(ctx, last + 1)
      headed = listAt === -1
    }
    // "Verzeichnis der weiteren Teilnehmenden" after the minutes, the members' list before them: a second block of the list.
    let closing = -1
    if (attendeesAt !== -1 && !annex) {
      for (let i = last + 1; i < (listAt === -1 ? lines.length : listAt); i++) {
        if (!furniture.has(i) && CLOSING_ATTENDEES.test(lines[i]!.text)) { closing = i; break }
      }
    }
    const ends = [listAt, annex?.from ?? -1, closing].filter((i) => i !== -1)
    const after = ends.length === 0 ? lines.length : Math.min(...ends)
    // The table of results before the attachments, a list of the items again.
    const summary = summaryAt !== -1 && summaryAt < after ? summaryAt : -1
    const end = summary === -1 ? after : summary
    const items: AgendaItem[] = []
    tops.forEach((head, k) => items.push((head.row ? rowItem : agendaItem)(ctx, head, tops[k + 1]?.index ?? end)))
    children.push(...nest(items))
    if (summary !== -1) children.push(agendaList(ctx, summary, after))
    if (closing !== -1) children.push(attendees(ctx, closing, listAt > closing ? listAt : lines.length))
    if (!annex) {
      if (listAt !== -1) {
        const annexes = annexesAfter(ctx, headed ? listAt : listAt - 1)
        children.push(attachments(ctx, listAt, annexes, headed, false))
        if (annexes < lines.length) children.push(attachments(ctx, annexes, lines.length, false))
      }
    } else {
      if (listAt !== -1 && listAt < annex.from) children.push(attachments(ctx, listAt, annex.from))
      children.push(attendees(ctx, annex.from, annex.to))
      // The annexes after it ("Anlage 2: Protokollerklärung …"): their lines kept, the list is the one above.
      if (annex.to < lines.length) children.push(attachments(ctx, annex.to, lines.length, false))
    }
  }
  return {type: 'root', start: 0, end: text.length, children}
}

/** The first of three column heads a line each ("Land" / "Name" / "Funktion") before `to`, a Land's code or name right under them; -1 if none. */
function stackedTableStart(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, to: number): number {
  for (let i = 0; i < to; i++) {
    if (furniture.has(i) || !isColumnHead(lines[i]!.text)) continue
    let k = i
    let heads = 1
    let next = nextContent(lines, furniture, k)
    while (next && next.index < to && isColumnHead(next.text)) {
      heads++
      k = next.index
      next = nextContent(lines, furniture, k)
    }
    const text = next?.text.trim() ?? ''
    if (heads >= 3 && next && next.index < to && landAt(text, 0)?.end === text.length) return i
    i = k
  }
  return -1
}

// "Verzeichnis der weiteren Teilnehmenden" under the signature: the staff listed after the minutes.
const CLOSING_ATTENDEES = /^[ \t]*Verzeichnis[ \t]+der[ \t]+(?:weiteren[ \t]+)?(?:Teilnehmenden|Anwesenden|Teilnehmerinnen[ \t]+und[ \t]+Teilnehmer)(?:[ \t]*:)?[ \t]*$/

/**
 * The lines that head agenda items, and where the agenda as sent begins (-1 if there is none).
 * "TOP 9 und TOP 10 werden gemeinsam beraten." starts with a reference, not a head: a head's
 * rest is a title, never a lowercase continuation. Where the minutes head items "Zu TOP 3",
 * plain "TOP 3" lines are the agenda list or references. An agenda list ("Tagesordnung:" and its
 * heads) is recognised by its numbers coming again as heads further on.
 */
function agendaHeads(lines: readonly Line[], furniture: Map<number, FurnitureKind>, pages: number, beside: ReadonlySet<number>): {tops: Head[]; list: number; summary: number} {
  let heads: Head[] = []
  let before = ''
  for (const line of lines) {
    if (furniture.has(line.index)) continue
    const head = headAt(line)
    // "Zu TOP 5 – Protokollnotiz Bayern:": a note collected at the end, about an item, no head.
    const note = head?.zu === true && head.rest !== null && (NOTE_REST.test(line.text.slice(head.rest)) || landsSay(line.text.slice(head.rest)))
    if (head && !note && !remarkGoesOn(before, line, head) && !quotedProse(lines, line, head)) {
      heads.push(sectionHead(lines, furniture, line, head))
    }
    if (!isBlank(line)) before = line.text.trimEnd()
  }
  // "DMK 502 – Wiesbaden, 6. November 2274" / "" / "TOP 1" (plain pdftotext): a running header that names the page's item, its
  // item's number set apart from it; where the minutes head their items "1. Begrüßung …", those are the heads.
  if (heads.length > 0 && heads.every((h) => h.rest === null && besideHeader(lines, furniture, h.index))) {
    const numbered = numberedHeads(lines, furniture, pages, beside)
    if (numbered.length >= 3) {
      for (const h of heads) furniture.set(h.index, 'running-header')
      heads = []
    }
  }
  // The same where the minutes head their items "TOP 5 – Verbraucherschutz …": a bare "TOP 5" under a running header whose
  // number a head with its title has too.
  const header = heads.filter((h) => h.rest === null && besideHeader(lines, furniture, h.index) &&
    heads.some((o) => o !== h && o.number === h.number && o.rest !== null))
  if (header.length > 0) {
    for (const h of header) furniture.set(h.index, 'running-header')
    heads = heads.filter((h) => !header.includes(h))
  }
  if (heads.length === 0) heads = looseZuHeads(lines, furniture)
  if (heads.length === 0) heads = punktHeads(lines, furniture)
  if (heads.length === 0) heads = numberedHeads(lines, furniture, pages, beside)
  // "Ergebnisse in Kurzform" / "TOP  Gegenstand  Ergebnis" after the minutes: a table of the results, its rows no heads.
  const summary = summaryAfter(lines, furniture, heads)
  if (summary !== -1) heads = heads.filter((h) => h.index < summary)
  let list = -1
  // "TOP 1   Begrüßung, …" / … / "TOP 7   Verschiedenes", a line each, then "1. Begrüßung, …" over the minutes: the agenda as
  // sent in one numbering, the minutes' heads in another.
  const minutes = heads.length >= 3 ? numberedMinutes(lines, furniture, pages, beside, heads, summary) : null
  if (minutes) {
    list = heads[0]!.index
    heads = minutes
  }
  if (heads.filter((h) => h.zu).length >= 2) {
    const zu = heads.filter((h) => h.zu)
    if (heads[0]!.index < zu[0]!.index) list = heads[0]!.index
    heads = zu
  } else if (heads.length > 1) {
    const again = heads.findIndex((h, i) => i > 0 && !h.resumed && h.number === heads[0]!.number)
    if (again !== -1) {
      list = heads[0]!.index
      heads = heads.slice(again)
    }
  }
  heads = withRowItems(lines, furniture, heads)
  if (summary !== -1) heads = heads.filter((h) => h.index < summary)
  if (list !== -1) {
    // "Tagesordnung:" right above the list belongs to it, and its table's heads ("TOP  Gegenstand  Ergebnis", a cell a
    // line in plain pdftotext) between them.
    // "Tagesordnung" / "10" / "TOP 1 …": a margin's line number between them (plain pdftotext).
    for (let i = list - 1; i >= 0 && i >= list - 8; i--) {
      if (furniture.has(lines[i]!.index)) continue
      if (AGENDA_LIST_HEAD.test(lines[i]!.text)) { list = i; break }
      if (!isBlank(lines[i]!) && !LIST_COLUMN_HEADS.test(lines[i]!.text)) break
    }
  }
  return {tops: heads, list, summary}
}

const SUMMARY_HEAD = /^[ \t]*(?:Ergebnisse[ \t]+in[ \t]+Kurzform|Ergebnisse[ \t]+im[ \t]+Überblick|Beschlüsse[ \t]+im[ \t]+Überblick|Ergebnisübersicht|Beschlussübersicht|Übersicht[ \t]+der[ \t]+(?:Ergebnisse|Beschlüsse)|Zusammenfassung[ \t]+der[ \t]+(?:Ergebnisse|Beschlüsse))[ \t]*(?::[ \t]*)?$/

/**
 * Where a table of the results begins after the minutes ("Ergebnisse in Kurzform" under the last item), or -1: its heading
 * after two heads at least whose items have minutes (lines between them, unlike an agenda list's), and no head after it
 * with a number not seen before (its rows may read as heads: "1" / "Tagesordnung, …" / "festgestellt" in plain).
 */
function summaryAfter(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, heads: readonly Head[]): number {
  if (heads.length < 2) return -1
  for (let i = heads[1]!.index + 1; i < lines.length; i++) {
    if (furniture.has(i) || !SUMMARY_HEAD.test(lines[i]!.text)) continue
    const before = heads.filter((h) => h.index < i)
    const numbers = new Set(before.map((h) => h.number))
    if (heads.some((h) => h.index > i && !numbers.has(h.number))) return -1
    let content = 0
    for (let k = 1; k < before.length; k++) {
      for (let j = before[k - 1]!.index + 1; j < before[k]!.index; j++) if (!furniture.has(j) && !isBlank(lines[j]!)) content++
    }
    return content >= 2 * (before.length - 1) ? i : -1
  }
  return -1
}

/**
 * Heads that stand one under the other with nothing between them (a list), each number once, and numbered heads ("1.",
 * "2.") after the last of them that give the list's numbers in its order: those, the minutes' heads.
 * "TOP 1" / … / "TOP 5" / "Begrüßung …" / … / "TOP 6" / "TOP 7" (plain pdftotext: the table's number column, then its
 * titles, page by page): heads without titles may stand in runs; then the numbered heads are every item's, once, in order.
 */
function numberedMinutes(lines: readonly Line[], furniture: Map<number, FurnitureKind>, pages: number, beside: ReadonlySet<number>, heads: readonly Head[],
  summary: number): Head[] | null {
  const bare = heads.every((h) => h.rest === null)
  for (let k = 1; k < heads.length && !bare; k++) {
    for (let i = heads[k - 1]!.index + 1; i < heads[k]!.index; i++) if (!furniture.has(i) && !isBlank(lines[i]!)) return null
  }
  const numbers = heads.map((h) => h.number)
  if (new Set(numbers).size !== numbers.length) return null
  const last = heads[heads.length - 1]!.index
  // Not the rows of a table of results after the minutes.
  const after = numberedHeads(lines, furniture, pages, beside).filter((h) => h.index > last && (summary === -1 || h.index < summary))
  if (after.length < 3 || after[0]!.number !== numbers[0]) return null
  if (bare) {
    // Each item in turn; what follows the last (a list of attachments "1. …", "2. …") is no head.
    const turn = after.slice(0, numbers.length)
    return turn.length === numbers.length && turn.every((h, k) => h.number === numbers[k]) ? turn : null
  }
  let at = 0
  for (const h of after) {
    at = numbers.indexOf(h.number, at)
    if (at === -1) return null
  }
  return after
}

// "Vorsitz   TH   Ministerin Susanne Heyder": the chair's label, the Land's code, the person.
const CHAIR_ROW = new RegExp(`^[ \\t]*${CHAIR_LABEL}[ \\t]+(?:${LAND_CODES.join('|')})[ \\t]+\\p{Lu}`, 'u')

// "Länder               Baden-Württemberg   Ministerin …", "Länder (stimmberechtigt)": the members' label column.
// "Länder Baden-Württemberg Staatssekretär …" (raw, pdf.js): one blank before the first Land.
// "Länder mit      BW     Staatssekretärin …" / "Stimmrecht": the label wrapped after "mit". "Weitere Länder" under the chair's own row.
const LANDER_LABEL = new RegExp(String.raw`^[ \t]*(?:Weitere[ \t]+)?Länder(?:[ \t]*${VOTING}|[ \t]+mit(?=[ \t]{2,}\S|[ \t]*$))?(?:[ \t]*:)?(?:[ \t]+(\S(?:.*\S)?))?[ \t]*$`, 'u')
const STIMMBERECHTIGT = new RegExp(String.raw`^[ \t]*${VOTING}`)
// "Länder" over "Bund" or "Bund (ständiger Gast)" (a column of labels), or over "Bund (ständiger" with "Gast)" on the line after
// (the label wrapped in its cell); "Länder mit" over "Stimmrecht" (the label wrapped).
const LABEL_BELOW = /^[ \t]*(?:Bund(?:[ \t]*\([Ss]tändige[rn]?(?:[ \t]+Gast\))?)?|Stimmrecht)[ \t]*$/u

/** "Baden-Württemberg", "Baden-Württemberg – Ministerin Dr. …", "Bayern: …": a Land's row, or its cell alone. */
function landRow(text: string): boolean {
  const land = landAt(text, 0)
  return land !== null && /^[ \t]*(?:[–:-][ \t]|$)/.test(text.slice(land.end))
}

// "Staatssekretär Dr. Florian Ketterer (BW)", "… (SN) – Vorsitz", "… (HH), in Vertretung von …", "Staatssekretärin Dr. Henrike
// Vollmar (Baden-Württemberg)": the Land in parentheses after the name, at the line's end or before a remark (not "Herr … (BW)
// berichtet": prose).
const PERSON_CODE = /^\p{Lu}[^()]{3,120}\(([^()]{2,40})\)(?:[ \t]*[,–-].*)?$/u

/** "Ministerin Dr. Helena Vögtle, Baden-Württemberg": a person, the Land after a comma, or its code in parentheses. */
function personOfLand(text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false
  const coded = PERSON_CODE.exec(text)
  return (coded !== null && (isLandCode(coded[1]!) || landFromName(coded[1]!) !== undefined)) || findMentions(text).some((x) => isLandCode(x.org) && /,[ \t]*$/.test(text.slice(0, x.start)))
}

/**
 * "Länder" over the members: a Land beside it ("Länder      Baden-Württemberg      Ministerin …") or the label's
 * rest on the next line ("Länder" / "(stimmberechtigt)" / "Baden-Württemberg Ministerin …"); alone, a line of prose that
 * wrapped ("… der" / "Länder").
 */
function landerLabel(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, i: number): boolean {
  const m = LANDER_LABEL.exec(lines[i]!.text)
  if (!m) return false
  if (m[1] !== undefined) return landAt(m[1], 0) !== null || personOfLand(m[1])
  if (/\(/.test(lines[i]!.text)) return true
  const next = nextContent(lines, furniture, i)
  // "Länder" / "Baden-Württemberg" / "Staatssekretär …" (plain): the label alone, the first Land's cell under it. "Länder" /
  // "Ständiger Gast (Bund)" / "Gast" / … (raw: the table read column by column): the first of the labels.
  return next !== undefined && (STIMMBERECHTIGT.test(next.text) || landRow(next.text.trim()) || ATTENDEES_START.test(next.text) || personOfLand(next.text.trim()) ||
    LABEL_BELOW.test(next.text))
}

// "Punkt 1       Begrüßung, Gedenken, …", "Punkt 10" alone (plain): an item head without colon or "der Tagesordnung".
// "Punkt IV" / "Bericht des Bundes": Roman numbers too.
// "Punkt 6a Notfallreserve IT-Hardware (SN)": an item added under another's number, its letter after.
const LOOSE_PUNKT_HEAD = /^[ \t]*Punkt[ \t]+(\d{1,3}[a-h]?|[IVX]{1,6}(?![\p{L}]))(?:[ \t]+(\p{Lu}(?:.*\S)?))?[ \t]*$/du

/**
 * Items headed "Punkt 1", "Punkt 2", … without colon: taken where the protocol has no other heads and three at
 * least stand in rising order (one alone may be a sentence that wrapped: "… vertagt. Die Beratung zu" / "Punkt 8 Bremen.").
 */
function punktHeads(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>): Head[] {
  const heads: Head[] = []
  for (const line of lines) {
    if (furniture.has(line.index)) continue
    const m = LOOSE_PUNKT_HEAD.exec(line.text)
    if (!m || headProse(m[2]) || /[.;]$/.test(line.text.trimEnd())) continue
    // "6a" after "6": the same number with a letter after the one before's (none or an earlier one).
    const rank = (n: string) => Number(arabic(n.replace(/[a-h]$/, ''))) * 16 + (/[a-h]$/.test(n) ? n.charCodeAt(n.length - 1) - 96 : 0)
    // Roman numbers are heads' only ("Punkt VIII" before "Punkt VII": two items taken in turn), so they may come out of order.
    if (heads.length > 0 && (/^\d/.test(m[1]!) ? rank(m[1]!) <= rank(heads.at(-1)!.number) : heads.some((h) => h.number === m[1]))) continue
    heads.push({index: line.index, zu: false, number: m[1]!, rest: m[2] ? m.indices![2]![0] : null})
  }
  return heads.length >= 3 ? heads : []
}

// "Zu 1 Begrüßung, Feststellung der Tagesordnung", "Zu 5a Gemeinsame Beschaffung …": "Zu" and the number, no mark after it.
const LOOSE_ZU_HEAD = /^[ \t]*Zu[ \t]+(\d{1,3}(?:[a-h]|\.\d{1,2})?)[ \t]+(\p{Lu}(?:.*\S)?)[ \t]*$/du

/**
 * Items headed "Zu 1 Begrüßung", "Zu 2 Bericht des Bundes", … without a mark after the number: taken where the protocol has
 * no other heads and three at least stand in rising order ("Zu 3 Punkten hat Bayern Fragen." alone is a sentence).
 */
function looseZuHeads(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>): Head[] {
  const heads: Head[] = []
  for (const line of lines) {
    if (furniture.has(line.index)) continue
    const m = LOOSE_ZU_HEAD.exec(line.text)
    if (!m || headProse(m[2]) || /[.;,]$/.test(line.text.trimEnd())) continue
    const value = Number.parseInt(m[1]!, 10)
    const before = heads.at(-1)
    if (before && (value < Number.parseInt(before.number, 10) || heads.some((h) => h.number === m[1]))) continue
    heads.push({index: line.index, zu: true, number: m[1]!, rest: m.indices![2]![0]})
  }
  return heads.length >= 3 ? heads : []
}

const BARE_TOP = /^[ \t]*(?:TOP|Top)[ \t]+\d{1,3}[ \t]*$/

/**
 * The line before `index` with text is a running header: blank lines passed over, and the lone numbers of an agenda table's
 * first column that plain pdftotext prints between them ("DMK 502 – …" / "3." / … / "7." / "TOP 1", "TOP 3" / … / "TOP 7").
 */
function besideHeader(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, index: number): boolean {
  let k = index - 1
  while (k >= 0 && (isBlank(lines[k]!) || ((LONE_NUMBER.test(lines[k]!.text) || BARE_TOP.test(lines[k]!.text)) && !furniture.has(lines[k]!.index)))) k--
  return k >= 0 && furniture.get(lines[k]!.index) === 'running-header'
}

/** A head line: its number, and where its title begins on the line (null: on the next lines). */
interface Head {
  index: number
  zu: boolean
  number: string
  rest: number | null
  /** The head's number line when it was read elsewhere (plain pdftotext): a leftover of the item above. */
  label?: number
  /** A row of a table of sub-items (title, sponsors and result as cells). */
  row?: true
  /** "a) Bericht der AG … (HE)" under item 5: a sub-item by its letter alone (while heads are read). */
  letter?: true
  /** "Fortsetzung TOP 5": the item taken up again after others. */
  resumed?: true
}

// "… verlässt die Sitzung um 12:50 Uhr nach" / "Tagesordnungspunkt 5. Ihr Stimmrecht …": a preposition before the number.
const ENDS_IN_ZU = /(?<![\p{L}])(?:zu|ab|bis|für|nach|vor|seit|gemäß|unter|bei)$/u

/**
 * A remark that wrapped before the item it names, no head: "Prof. Dr. Miriam Achterberg (Fraunhofer FOKUS), zu" / "TOP 3"
 * (the line before ends in "zu"); "Sachverständige zu    GWDG    Geschäftsführer …" / "TOP 5                  Gesellschaft für …"
 * (a table's label cell: its first cell ends in "zu", the line's rest stands in another column far to the right).
 */
function remarkGoesOn(before: string, line: Line, head: Head): boolean {
  if (head.rest === null) return ENDS_IN_ZU.test(before)
  // "… die Stimme des Landes Bremen führt ab" / "TOP 5 Hamburg.": a sentence that goes on and ends there.
  if (ENDS_IN_ZU.test(before) && /[.;,]$/.test(line.text.trimEnd())) return true
  if (!ENDS_IN_ZU.test(before.trimStart().split(/[ \t]{2,}/)[0]!)) return false
  const number = line.text.slice(0, head.rest)
  return number.length - number.trimEnd().length >= 3
}

/** "Zu Tagesordnungspunkt IV.1 – Freistaat Bayern und Freistaat Sachsen:": who declares, a colon, their words below. */
function landsSay(rest: string): boolean {
  if (!/:[ \t]*$/.test(rest)) return false
  const at = /^(?:[–-][ \t]*)?/.exec(rest)![0].length
  return landAt(rest, at) !== null
}

const NOTE_REST = /^(?:Protokollnotiz|Protokollerklärung|Protokollerklärungen|Erklärung[ \t]+zu(?:m)?[ \t]+Protokoll|Sondervotum|Minderheitsvotum)(?![\p{L}])/u

// "TOP   Gegenstand   Antragsteller   Art", "Nr.  Betreff  Ergebnis": the heads of an agenda or results table.
const LIST_COLUMN_HEADS = /^[ \t]*(?:(?:TOP|Nr\.|Punkt|Gegenstand|Betreff|Thema|Titel|Antragsteller|Art|Ergebnis|Beschluss|Votum|Seite)(?:[ \t]+|$))+$/

const CLAUSE_TABLE_HEAD = /^[ \t]*(?:Ziff(?:er|\.)?|Nr\.?|Nummer|Lfd\.[ \t]*Nr\.)[ \t]+(?:Beschlusstext|Beschlussinhalt|Wortlaut|Text)[ \t]*$/

// "TOP 4 – zur Beschlussfassung" / "Maritime Daten …": what kind of item it is, the title on the next line.
const ITEM_KIND = /^(?:\(?(?:zur|zum)[ \t]+(?:Beschlussfassung|Kenntnisnahme|Kenntnis|Information|Beratung|Aussprache|Erörterung|Berichterstattung|Bericht|Beschluss)\)?)[ \t]*$/

function headAt(line: Line): Head | null {
  const m = TOP_HEAD.exec(line.text)
  if (m && m[3] !== undefined && ITEM_KIND.test(m[3])) return {index: line.index, zu: m[1] !== undefined, number: m[2]!.replace(/[ \t]/g, ''), rest: null}
  if (m) return headProse(m[3]) ? null : {index: line.index, zu: m[1] !== undefined, number: m[2]!.replace(/[ \t]/g, ''), rest: m[3] ? m.indices![3]![0] : null}
  const z = ZU_HEAD.exec(line.text)
  if (z) return headProse(z[2]) ? null : {index: line.index, zu: true, number: z[1]!.replace(/[ \t]/g, ''), rest: z[2] ? z.indices![2]![0] : null}
  const zp = ZU_PUNKT_HEAD.exec(line.text)
  if (zp) return headProse(zp[3]) ? null : {index: line.index, zu: true, number: zp[1]! + (zp[2] ?? ''), rest: zp[3] ? zp.indices![3]![0] : null}
  const o = ORDINAL_HEAD.exec(line.text)
  if (o) return headProse(o[2]) ? null : {index: line.index, zu: false, number: o[1]!, rest: o[2] ? o.indices![2]![0] : null}
  // "Punkt 8 der Tagesordnung wird … aufgerufen" is prose.
  const p = PUNKT_HEAD.exec(line.text)
  if (p) return headProse(p[2]) ? null : {index: line.index, zu: false, number: p[1]!, rest: p[2] ? p.indices![2]![0] : null}
  const r = RESUMED_HEAD.exec(line.text)
  if (r) return {index: line.index, zu: false, number: r[1]!, rest: null, resumed: true}
  return null
}

/**
 * "Punkt 9: Beschlussvorschläge ohne Aussprache" / … / " 9.1   Verlängerung des Mandats …   BE, HH   einstimmig
 * angenommen" / " 9.2   …": an item's sub-items as rows of a table in its text (a block of items decided together).
 * Rows numbered 9.1, 9.2, … in turn under item 9, two at least, a title after each number.
 */
function withRowItems(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, heads: Head[]): Head[] {
  const out: Head[] = []
  heads.forEach((head, k) => {
    out.push(head)
    if (head.number.includes('.') || heads.some((h) => h.number.startsWith(`${head.number}.`))) return
    const end = heads[k + 1]?.index ?? lines.length
    const rows: Head[] = []
    for (let i = head.index + 1; i < end; i++) {
      if (furniture.has(i)) continue
      // "9.2 …" after "9.1 …", or "3b. Weiterentwicklung 2210–2212" after "3a. Erster Betriebsbericht" (or "3a)"): sub-items by letter too.
      const wanted = [`${head.number}.${rows.length + 1}`, `${head.number}${'abcdefgh'[rows.length]}`]
      const m = [NUMBERED_HEAD.exec(lines[i]!.text), LETTERED_HEAD.exec(lines[i]!.text)].find((x) => x && wanted.includes(x[1]!))
      // "Zu TOP 5: Arbeitsgruppen der DMK" / "a) Bericht der AG Registermodernisierung (HE)" / "Herr Staatssekretär … berichtet …":
      // the letter alone, the item's number implied.
      const letter = m ? null : LETTER_ONLY_HEAD.exec(lines[i]!.text)
      if (letter && letter[1] === 'abcdefgh'[rows.length] && !CLAUSE_OPENING.test(letter[2]!)) {
        rows.push({index: i, zu: false, number: `${head.number}${letter[1]}`, rest: letter.indices![2]![0], row: true, letter: true})
        continue
      }
      if (!m || CLAUSE_OPENING.test(m[2]!)) continue
      rows.push({index: i, zu: false, number: m[1]!, rest: m.indices![2]![0], row: true})
    }
    // Letters alone are a list's items as often: heads only where each is a title (no sentence's end, sponsors after it) with
    // minutes of its own under it, before any decision of the item.
    const lettered = rows.some((r) => r.letter)
    if (lettered) {
      const first = rows[0]?.index ?? end
      // Each a title: sponsors after it, or (no parenthesis) the first right under the head, nothing between.
      const between = lines.slice(head.index + 1, first).filter((l, k) => !furniture.has(head.index + 1 + k) && !isBlank(l))
      const underHead = between.length === 0 || (between.length === 1 && !/[.:;,!?]$/.test(between[0]!.text.trimEnd()))
      const titled = (r: Head) => /\([^()]{2,40}\)[ \t]*$/.test(lines[r.index]!.text) ||
        (underHead && !/[.:;,!?]$/.test(lines[r.index]!.text.trimEnd()) && lines[r.index]!.text.trim().length <= 100)
      const titles = rows.every((r) => r.letter && titled(r)) && rows.some((r) => ownMinutesAt(lines, furniture, r.index))
      const decidedBefore = lines.slice(head.index + 1, first).some((l, k) => !furniture.has(head.index + 1 + k) && (RESOLUTION_HEAD.test(l.text) || CLAUSE_LINE.test(l.text)))
      if (rows.length < 2 || !titles || decidedBefore) return
      out.push(...rows.map(({row: _, letter: __, ...h}) => h))
      return
    }
    if (rows.length < 2) return
    // "6.1 Arbeitskreis Open Source: … (SH, TH)" / "Beschluss:" / "1. …": a sub-item with a decision of its own under
    // it is a head, not a table row.
    const ownDecision = lines.slice(rows[0]!.index, end).some((l, k) => !furniture.has(rows[0]!.index + k) && RESOLUTION_HEAD.test(l.text))
    // "9.1 Arbeitskreis Open Data: Zwischenbericht (NI, RP)" / "Die DMK nimmt den Zwischenbericht zur Kenntnis. …": a sub-item
    // with minutes of its own under it (a sentence on the line after its head) is a head too, as is one whose clauses follow
    // right under it ("4.1 Fortbildungsangebote …" / "1.   Die Länder öffnen ihre Fortbildungsangebote …").
    // "3a Erfahrungsbericht zu den Leitlinien …" / "(BW, RP)" / "Frau Staatssekretärin Dr. Löffler berichtet …": the title's
    // wrapped rest (its sponsors, "654. Sitzung (BY)") may stand between.
    const ownMinutes = rows.some((r) => {
      let next = nextContent(lines, furniture, r.index)
      if (next && /^[ \t]*(?:\(|\d{1,3}\.[ \t]+Sitzung(?![\p{L}]))/u.test(next.text) && /\)[ \t]*$/.test(next.text)) next = nextContent(lines, furniture, next.index)
      const clause = next ? CLAUSE_LINE.exec(next.text) : null
      return next !== undefined && !rows.some((o) => o.index === next!.index) && (MINUTES_SENTENCE.test(next.text) || (MINUTES_OPENING.test(next.text) && !/\S[ \t]{2,}\S/.test(next.text.trim())) ||
        (clause !== null && numeral(clause[2]!) === 1 && /^(?:Die|Der|Das)[ \t]+\p{Lu}/u.test(clause[4]!)))
    })
    out.push(...(ownDecision || ownMinutes ? rows.map(({row: _, ...head}) => head) : rows))
  })
  return out
}

/**
 * "TOP 1 – Regularien" / "Eröffnung, Feststellung der Tagesordnung": a dash sets apart the part of the agenda; the item's
 * title is the next line, where that is a title (no sentence) and the head line's rest is one word.
 */
function sectionHead(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, line: Line, head: Head): Head {
  if (head.rest === null || !/[–-][ \t]*$/.test(line.text.slice(0, head.rest))) return head
  if (!/^\p{Lu}\p{Ll}+[ \t]*$/u.test(line.text.slice(head.rest))) return head
  const next = nextContent(lines, furniture, line.index)
  // Not "TOP 8 – Verschiedenes" / "Die 375. Sitzung findet im Mai 2211 … statt; Einladung … folgen. Die": a sentence.
  if (!next || next.index > line.index + 2 || !/^[ \t]*\p{Lu}/u.test(next.text) || /[.:;!?]$/.test(next.text.trim()) || /\p{Ll}[.;!?][ \t]+\p{Lu}/u.test(next.text) || headAt(next)) return head
  if (RESOLUTION_HEAD.test(next.text) || SPONSOR_LINE.test(next.text) || next.text.trim().length > 120) return head
  return {...head, rest: null}
}

/**
 * "TOP 7 „Digitale Studierendenausweise: Gemeinsame Plattform der" / "Hochschulen“ wird auf Bitte Berlins …": a quoted
 * title that closes on the next line before a verb is a sentence about the item.
 */
function quotedProse(lines: readonly Line[], line: Line, head: Head): boolean {
  if (head.rest === null || !line.text.slice(head.rest).startsWith('„')) return false
  const next = lines[line.index + 1]
  // "Tagesordnungspunkt 7 „Digitale Souveränität: …“" / "wird auf Antrag Brandenburgs … abgesetzt": the verb on the next line.
  // "TOP 8 „Open-Data-Portal der Länder: …“ entfällt; Bremen hat den …": the sentence goes on after the quote, in lower case.
  if (line.text.includes('“', head.rest)) {
    return (line.text.trimEnd().endsWith('“') && next !== undefined && /^[ \t]*(?:wird|werden|wurde|wurden|ist|sind)(?![\p{L}])/u.test(next.text)) ||
      /“[ \t]+\p{Ll}/u.test(line.text.slice(head.rest))
  }
  return next !== undefined && /“[ \t]+(?:wird|werden|wurde|wurden|ist|sind)(?![\p{L}])/u.test(next.text)
}

/**
 * The rest of a head line that is a sentence, not a title: it goes on in lowercase, or it has a finite verb
 * ("TOP 8 „Digitale Souveränität …“ wird auf Bitte Nordrhein-Westfalens vertagt").
 */
function headProse(rest: string | undefined): boolean {
  return rest !== undefined && (/^\p{Ll}/u.test(rest) || /[“”"][ \t]+(?:wird|werden|wurde|wurden|ist|sind)(?![\p{L}])/u.test(rest))
}

// "a) Bericht der AG Registermodernisierung (HE)" under "Zu TOP 5: Arbeitsgruppen der DMK".
const LETTER_ONLY_HEAD = /^[ \t]*([a-h])\)[ \t]+(\p{Lu}.*)$/du

/** A sentence of minutes on the line after a sub-item's head. */
function ownMinutesAt(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, index: number): boolean {
  const next = nextContent(lines, furniture, index)
  return next !== undefined && (MINUTES_SENTENCE.test(next.text) || (MINUTES_OPENING.test(next.text) && !/\S[ \t]{2,}\S/.test(next.text.trim())))
}

// "3a. Erster Betriebsbericht", "3a) Beitrittserklärungen der Länder (SN, TH)", "3a Umsetzungsplan (NW, BW)" (no mark).
const LETTERED_HEAD = /^[ \t]*(\d{1,2}[a-h])[.)]?[ \t]+(\p{Lu}.*)$/du

// "Die DMK nimmt den Zwischenbericht zur Kenntnis.", "Staatssekretärin … berichtet über …": a sentence of minutes on its own line.
// "Die Digitalministerkonferenz beschließt:": the decision's lead-in. "Die 343. Sitzung findet … statt.": a session's number first.
const MINUTES_SENTENCE = /^[ \t]*(?:Die|Der|Das)[ \t]+(?:\p{Lu}|\d{1,3}\.[ \t]+\p{Lu})[^.]{10,200}(?:\.|[ \t]\p{Ll}+-?|[ \t](?:beschließt|beschließen)[ \t]*:)$/u
// "Schleswig-Holstein berichtet über die Erfahrungen …": a subject and its verb open a paragraph of minutes (one blank apart,
// no table's cells). "Herr Wessels (Dataport) berichtet …": the subject's body in parentheses; "Berlin berichtet, dass …".
// "Abteilungsleiter Dr. Brauer (BVA) berichtet, …", "Niedersachsen und Bremen schlagen vor, …": an office and a title before the name, two
// subjects.
const MINUTES_OPENING = /^[ \t]*\p{Lu}[\p{L}-]+(?:[ \t](?:\p{Lu}[\p{L}-]+\.?|und)){0,3}(?:[ \t]\([^()]{1,30}\))?[ \t](?:berichtet|berichten|stellt|stellen|erläutert|erläutern|informiert|informieren|trägt|tragen|legt|legen|bittet|bitten|schlägt|schlagen|begründet|begründen)(?:[ \t]\S|,[ \t])/u

// How a clause opens, not a title: "Die DMK bekräftigt …", "Die Länder verzichten …".
const CLAUSE_OPENING = /^(?:Die|Der|Das)[ \t]+(?:DMK|Länder|Konferenz|Digitalministerkonferenz|Mitglieder|Bundesregierung|Vorsitzende)(?![\p{L}])/u

/**
 * Heads numbered without "TOP" ("1. Eröffnung", "4. Verwaltungsdigitalisierung", "4.1 Föderale …", "III.2 Gemeinsames
 * …", a table's "3" over its title): runs in which each number follows the one before (4 → 4.1 → 4.2 → 5), read side
 * by side from every "1"; the longest is the minutes'. A run before it is an overview ("Übersicht der Ergebnisse",
 * "Inhalt") and returned first, so that the numbers coming again mark it as the agenda list. Clauses restart at 1
 * inside each item, so they make short runs of their own.
 */
function numberedHeads(lines: readonly Line[], furniture: Map<number, FurnitureKind>, pages: number, beside: ReadonlySet<number>): Head[] {
  const runs: Run[] = []
  const reclaimed: number[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (furniture.has(line.index)) {
      // "3" / "Grenzüberschreitende …": plain pdftotext sets a table's number cell alone between blank lines, as it
      // does a page's number; it may be a head (a run of them must show it is more than the pages' numbers).
      if (furniture.get(line.index) !== 'page-number' || !/^[ \t]*\d{1,2}[ \t]*$/.test(line.text)) continue
      // "1" / "18.11.2077" / "Referent" …: a running header's date (plain pdftotext) between the number and what follows.
      let title = nextContent(lines, furniture, line.index)
      if (title && /^[ \t]*\d{1,2}\.\d{1,2}\.\d{4}[ \t]*$/.test(title.text)) title = nextContent(lines, furniture, title.index)
      const number = line.text.trim()
      if (!title || !/^[ \t]*\p{Lu}/u.test(title.text) || CLAUSE_OPENING.test(title.text.trim()) || /[.!?]$/.test(title.text.trim())) continue
      const run = runFor(runs, number, false, !/[.;,]$/.test(title.text.trim()))
      if (!run) continue
      run.push({index: line.index, zu: false, number, rest: null})
      reclaimed.push(line.index)
      continue
    }
    const m = NUMBERED_HEAD.exec(line.text)
    if (m) {
      const number = m[1]!.replace(/\.$/, '')
      const title = m[2]!
      if (CLAUSE_OPENING.test(title) || groupLabel(title) || (/^[IVX]+$/.test(number) && PART_TITLE.test(title.trim()))) continue
      // "1.   Baden-Württemberg: Minister Tobias Rheinwald": a numbered list of the members, no item.
      const land = landAt(title, 0)
      if (land && /^[ \t]*:/.test(title.slice(land.end))) continue
      // "8. Bericht …" / "10. Verschiedenes": an item taken off the agenda leaves a gap; a title, not a sentence, after it.
      // "10     Cyberabwehr: …   angenommen": a table row with its result beside it may come out of order (called early).
      const run = runFor(runs, number, /\.$/.test(m[1]!) || /^[ \t]*\d{1,2}[a-h]?\./.test(line.text), !/[.;,]$/.test(title.trim()), false, beside.has(line.index))
      run?.push({index: line.index, zu: false, number, rest: m.indices![2]![0]})
      continue
    }
    // "2." / "Feststellung der Tagesordnung": plain pdftotext puts the number cell on a line of its own.
    const lone = LONE_NUMBER.exec(line.text)
    if (!lone) continue
    const dotted = /\.[ \t]*$/.test(line.text)
    const title = nextContent(lines, furniture, line.index)
    if (title && LONE_NUMBER.test(title.text)) {
      // "6." / "1." / "Die Länder führen …" / … / "Künstliche Intelligenz: …" / "Antragsteller: BY": plain pdftotext
      // read the head's number before the clause numbers of the item above; the title comes after its clauses.
      const run = dotted ? runFor(runs, lone[1]!, dotted, false, true) : undefined
      const late = run ? lateTitle(lines, furniture, line.index) : -1
      if (run && late !== -1) {
        run.push({index: late, zu: false, number: lone[1]!, rest: 0, label: line.index})
        i = late
      }
      continue
    }
    if (!title || !/^[ \t]*\p{Lu}/u.test(title.text) || CLAUSE_OPENING.test(title.text.trim())) continue
    runFor(runs, lone[1]!, dotted, !/[.;,]$/.test(title.text.trim()))?.push({index: line.index, zu: false, number: lone[1]!, rest: null})
  }
  // Only a protocol's: a header field or an attendee table stands before them (a report's numbered list does not).
  // A run of numbers that were taken for the pages' must be more than they are: sub-items ("4.1"), or more than the pages.
  const taken = new Set(reclaimed)
  const real = (r: Run) => !r.heads.some((h) => taken.has(h.index)) || r.heads.some((h) => h.number.includes('.')) || r.heads.length > pages + 1
  const found = runs.filter((r) => r.heads.length >= 3 && real(r))
  let best: Run | undefined
  for (const run of found) if (!best || run.heads.length >= best.heads.length) best = run
  if (!best) return []
  // An overview is as long as the minutes' run, or longer where the text tool lost some of their heads: a run
  // nearly as long that starts after it ends is the minutes'.
  const startOf = (r: Run) => r.heads[0]!.index
  const endOf = (r: Run) => r.heads[r.heads.length - 1]!.index
  const after = found.filter((r) => startOf(r) > endOf(best!) && r.heads.length >= OVERVIEW_SHARE * best!.heads.length)
  if (after.length > 0) best = after.reduce((a, b) => (b.heads.length > a.heads.length ? b : a))
  const first = startOf(best)
  if (!lines.slice(0, first).some((l) => HEADER_FIELD.test(l.text) || ATTENDEES_START.test(l.text))) return []
  const overview = found.find((r) => r !== best && startOf(r) < first && endOf(r) < first)
  for (const head of best.heads) if (taken.has(head.index)) furniture.delete(head.index)
  return overview ? [...overview.heads, ...best.heads] : best.heads
}

/** A run of numbered heads: the heads, the last number in order, and whether its whole numbers end in a dot. */
class Run {
  readonly heads: Head[] = []
  readonly seen = new Set<string>()
  last: string | null = null
  /** Whether its whole numbers are Roman ("III.2"), once it has a head. */
  roman: boolean | null = null
  constructor(readonly dotted: boolean) {}

  /** Takes `number` if it continues the run ("5" after "4.2"), or, with `gap`, after an item taken off. */
  accepts(number: string, dotted: boolean, gap: boolean, row = false): boolean {
    const key = arabic(number)
    if (key === null || this.seen.has(number)) return false
    // One protocol numbers its items one way: "4." or "4" (a sub-item "4.1" either way).
    if (!key.includes('.') && dotted !== this.dotted) return false
    // "I. Teilnehmerinnen und Teilnehmer" / "II. Beratungsgegenstände" / "1. Begrüßung …": parts in Roman numbers, the
    // items under them in Arabic — two runs, never one ("3." does not follow "II.").
    if (this.roman !== null && /^[IVX]/.test(number) !== this.roman) return false
    if (follows(this.last, key) || (gap && follows(this.last, key, 2))) return true
    // "VII. Bericht der FITKO" between "II." and "III.": an item called early keeps its number; Roman numbers
    // are heads' (clauses count 1., 2.), so one not yet read may come out of order.
    return this.last !== null && (/^[IVX]+$/.test(number) || (row && !dotted && !key.includes('.'))) && Number(key) > Number(this.last.split('.')[0])
  }

  push(head: Head) {
    this.roman ??= /^[IVX]/.test(head.number)
    this.heads.push(head)
    this.seen.add(head.number)
    const key = arabic(head.number)!
    if (this.last === null || follows(this.last, key) || follows(this.last, key, 2)) this.last = key
  }
}

/** The run that takes `number` (the longest, the first of equals), or a new one from "1" or "I". */
function runFor(runs: Run[], number: string, dotted: boolean, gap: boolean, withoutNew = false, row = false): Run | undefined {
  let taker: Run | undefined
  for (const run of runs) if (run.accepts(number, dotted, gap, row) && (!taker || run.heads.length > taker.heads.length)) taker = run
  if (taker || withoutNew || !follows(null, arabic(number) ?? '')) return taker
  // At most a few runs are followed at once (the minutes', an overview's, a decision's clauses).
  if (runs.length >= MAX_RUNS) {
    const shortest = runs.reduce((a, b) => (b.heads.length < a.heads.length ? b : a))
    runs.splice(runs.indexOf(shortest), 1)
  }
  const run = new Run(dotted)
  runs.push(run)
  return run
}

const MAX_RUNS = 8
/** How long a run after the longest must be, against the longest, to be the minutes' (the longest an overview). */
const OVERVIEW_SHARE = 0.6

/** "III.2" → "3.2", "4.1" → "4.1"; null for what is no number ("VV"). */
function arabic(number: string): string | null {
  // "5a": an item added under 5.
  if (LETTERED_NUMBER.test(number)) return number
  const [main, ...subs] = number.split('.') as [string, ...string[]]
  if (!/^\d+$/.test(main) && !/^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/.test(main)) return null
  return [String(numeral(main)), ...subs].join('.')
}

// "I. Anwesenheit" / "II. Tagesordnung" / "III. Behandlung der Tagesordnungspunkte" over the items "1. Begrüßung …": the
// protocol's parts, no items.
const PART_TITLE = /^(?:Anwesenheit|Tagesordnung|Behandlung[ \t]+der[ \t]+Tagesordnungspunkte|Ablauf[ \t]+der[ \t]+Sitzung|Sitzungsverlauf|Verlauf(?:[ \t]+der[ \t]+Sitzung|[ \t]+und[ \t]+Ergebnisse)?|Beratungen(?:[ \t]+und[ \t]+Beschlüsse)?|Beschlüsse|Ergebnisse)$/u
// "I. Länder", "II. Bund (Ständiger Gast)", "III. Gäste": the attendee list's groups, no heads.
const GROUP_LABEL = /^(?:Länder|Bund|Gäste|Gast|Ständige[rn]?[ \t]+Gast|Stimmberechtigte|Beratende|Mitglieder|Teilnehm|Anwesen|Begleit|Geschäftsstelle|Weitere[ \t]+Teilnehm)(?![\p{L}-])/u
// "6. Geschäftsstelle: Jahresbericht 2081 (ST)": a title after the colon, no people — an item about the group.
const LABEL_COLON = /^[^:]{1,40}:[ \t]*(?=\p{Lu})/u
const PEOPLE_WORD = /(?<![\p{L}])(?:Dr\.|Prof\.|Frau|Herr|Staatssekretär|Minister|Senator|Staatsrat|Präsident)/u
function groupLabel(title: string): boolean {
  if (!GROUP_LABEL.test(title)) return false
  const colon = LABEL_COLON.exec(title)
  return !colon || PEOPLE_WORD.test(title.slice(colon[0].length))
}

/** How far a head's title may stand after its number read out of place (lines). */
const LATE_TITLE = 80

/**
 * The title of a head whose number was read early: the first paragraph after a sentence's end that starts
 * with a capital, ends no sentence and is followed by the sponsor line or a decision's heading.
 */
function lateTitle(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, from: number): number {
  let before = ''
  for (let i = from + 1; i < lines.length && i <= from + LATE_TITLE; i++) {
    const text = lines[i]!.text.trim()
    if (furniture.has(i) || !text) continue
    if (/[.!?“”")]$/.test(before) && /^\p{Lu}/u.test(text) && !/[.!?:]$/.test(text) && !CLAUSE_OPENING.test(text)) {
      let k = i
      let next = nextContent(lines, furniture, k)
      // The title may wrap onto one more line.
      if (next && !/[.!?:]$/.test(next.text.trim()) && !SPONSOR_LINE.test(next.text) && !RESOLUTION_HEAD.test(next.text)) {
        k = next.index
        next = nextContent(lines, furniture, k)
      }
      if (next && (SPONSOR_LINE.test(next.text) || RESOLUTION_HEAD.test(next.text))) return i
    }
    before = text
  }
  return -1
}

// "2.", "4.1", "4.1.", "3": a number alone (a table's number cell; page numbers are furniture by now).
// "III." / "III.1": a Roman number alone, its dot with it. "6a": an item added under 6.
const LONE_NUMBER = /^[ \t]*(\d{1,2}(?:\.\d{1,2}|[a-h])?|[IVX]{1,5}(?=\.)(?:\.\d{1,2})?)\.?[ \t]*$/

/** The next line that is neither blank nor furniture. */
function nextContent(lines: readonly Line[], furniture: ReadonlyMap<number, FurnitureKind>, index: number): Line | undefined {
  for (let i = index + 1; i < lines.length; i++) {
    if (!furniture.has(i) && !isBlank(lines[i]!)) return lines[i]
  }
  return undefined
}

/**
 * "4" follows "3"; "4.1" follows "4"; "4.2" follows "4.1"; "5" follows "4.2"; the first is "1" (or "0"). With
 * `step` 2, "10" follows "8" (and "4.3" follows "4.1").
 */
const LETTERED_NUMBER = /^(\d{1,3})([a-h])$/

function follows(last: string | null, next: string, step = 1): boolean {
  if (last === null) return next === '1' || next === '0'
  // "5" → "5a" → "5b" → "6": an item added under another's number, and the next after it.
  const added = LETTERED_NUMBER.exec(next)
  const under = LETTERED_NUMBER.exec(last)
  if (added) return last === added[1] ? added[2] === 'a' : under !== null && under[1] === added[1] && added[2]!.charCodeAt(0) === under[2]!.charCodeAt(0) + 1
  if (under) return follows(under[1]!, next, step)
  // "6.2" → "6.2.1", "6.2.1" → "6.2.2", "6.2.2" → "6.3" or "7": the number before, cut to some depth, one further on there
  // (a level deeper starts at 1).
  const before = last.split('.').map(Number)
  const after = next.split('.').map(Number)
  const k = after.length - 1
  if (k > before.length) return false
  for (let i = 0; i < k; i++) if (after[i] !== before[i]) return false
  return after[k] === (before[k] ?? 0) + step
}

interface Ctx {
  decider: RegExp
  /** Head numbers read out of place: leftovers where they stand. */
  displaced: ReadonlySet<number>
  /** Lines that are a minutes table's result cells (segment/results.ts): no part of titles or clauses. */
  cells: ReadonlySet<number>
  lines: Line[]
  furniture: Map<number, FurnitureKind>
  /** A footnote's line → its marker (segment/footnotes.ts). */
  markers: ReadonlyMap<number, {line: number; from: number}>
  file: VFile
  text: string
}

/** Block span: from its first line to the start of the next block. */
function blockSpan(ctx: Ctx, from: number, to: number): {start: number; end: number} {
  const start = ctx.lines[from]!.start
  const next = ctx.lines[to]
  return {start, end: next ? next.start : ctx.text.length}
}

/** The fields of a label line: the first, and any later label with its colon ("Datum: …   Vorsitz: …"). */
function fieldsOnLine(line: Line, m: RegExpExecArray): Array<{label: string; labelAt: number; valueAt: number; end: number}> {
  const labelAt = line.text.length - line.text.trimStart().length
  const valueAt = m[2] ? line.text.length - m[2].length : line.text.length
  const parts = [{label: m[1]!, labelAt, valueAt, end: line.text.length}]
  if (!m[2]) return parts
  for (const inner of matchesOf(line.text.slice(valueAt), INNER_FIELD)) {
    const at = valueAt + inner.index + 1
    parts.at(-1)!.end = at
    parts.push({label: inner[1]!, labelAt: at, valueAt: valueAt + inner.index + inner[0].length, end: line.text.length})
  }
  return parts
}

/** Part of a line, from one column to another. */
function textPart(line: Line, from: number, to: number): TextLine {
  const raw = line.text.slice(from, to)
  // Spelled out: a spread with more keys after it takes V8's slow path (about 1 µs a line).
  const span = trimmedSpan({index: line.index, start: line.start + from, end: line.start + to, text: raw} satisfies Required<Line>)
  return {type: 'line', start: span.start, end: span.end, value: raw.trim(), raw}
}

function textLine(line: Line, offset = 0): TextLine {
  return textPart(line, offset, line.text.length)
}

function furnitureNode(ctx: Ctx, line: Line): Furniture {
  const span = trimmedSpan(line)
  const node: Furniture = {type: 'furniture', kind: ctx.furniture.get(line.index)!, value: line.text.trim(), ...span}
  const marker = node.kind === 'footnote' ? ctx.markers.get(line.index) : undefined
  if (marker) node.marker = ctx.lines[marker.line]!.start + marker.from
  return node
}

/** Content lines and furniture of a line range, blank lines skipped. */
function* walk(ctx: Ctx, from: number, to: number): Generator<{line: Line; furniture: boolean}> {
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i]!
    if (isBlank(line)) continue
    yield {line, furniture: ctx.furniture.has(i)}
  }
}

// A field's label after a wide gap (three blanks at least), colon required.
const BESIDE_FIELD = new RegExp(`[ \\t]{2}${INNER_FIELD.source}`)

// The words of a protocol's title: "1. Sondersitzung der Digitalministerkonferenz", "Ergebnisprotokoll".
const TITLE_WORDS = /(?:[Ss]itzung|[Kk]onferenz)(?![\p{L}])|Ergebnisprotokoll|Niederschrift/u

function header(ctx: Ctx, from: number, to: number): Header {
  const children: Header['children'] = []
  let field: HeaderField | undefined
  /** The fields side by side on the last label line, with the column their value starts at. */
  let row: Array<{field: HeaderField; column: number}> = []
  let grid: Grid | undefined
  /** Labels alone on lines one after another, waiting for their values (see stackTarget), and the last given one. */
  let stacked: HeaderField[] = []
  let given: HeaderField | undefined
  for (const item of walk(ctx, from, to)) {
    let {line} = item
    if (item.furniture) { children.push(furnitureNode(ctx, line)); continue }
    // "Sitzung Datum   Beginn   Ende   Ort" / "42.   24.11.2044   10:00 Uhr …": a header table with its labels as column heads.
    const heads = gridLabels(line.text)
    if (heads) {
      grid = {heads: heads.map((h) => ({...h, field: {type: 'field', label: h.label, start: line.start + h.column, end: line.start + h.column + h.label.length, children: []}})), last: line.index, values: 0, typed: false, ends: [], width: widest(ctx),
        narrow: heads.every((h, k) => k === 0 || h.column <= heads[k - 1]!.column + heads[k - 1]!.label.length + 1)}
      children.push(...grid.heads.map((h) => h.field))
      field = undefined
      row = []
      continue
    }
    if (grid && gridValues(grid, line)) continue
    grid = undefined
    let m = HEADER_FIELD.exec(line.text)
    // " 40. Sitzung der Digitalministerkonferenz          Sitzungsdauer: 10.00 – 15.45 Uhr": the title beside the fields,
    // a wide gap between; the title's part is a line of its own, the rest a field line.
    const beside = m ? null : BESIDE_FIELD.exec(line.text)
    if (beside) {
      const at = beside.index + beside[0].indexOf(beside[1]!)
      children.push(textPart(line, 0, at))
      const part: Line = {...line, start: line.start + at, text: line.text.slice(at)}
      m = HEADER_FIELD.exec(part.text)
      if (m) line = part
    }
    // "Protokoll der 2. Sitzung …" is a title, not the minute-takers.
    if (m && !/^(?:der|des|über|zur)\b/.test(m[2] ?? '')) {
      row = []
      for (const part of fieldsOnLine(line, m)) {
        field = {type: 'field', label: part.label, start: line.start + part.labelAt, end: line.start + part.end, children: []}
        if (part.valueAt < part.end) field.children.push(textPart(line, part.valueAt, part.end))
        field.end = field.children.at(-1)?.end ?? line.start + line.text.slice(0, part.end).trimEnd().length
        children.push(field)
        row.push({field, column: part.valueAt + (line.text.slice(part.valueAt).length - line.text.slice(part.valueAt).trimStart().length)})
      }
      if (field!.children.length > 0) stacked = []
      else if (stacked.some((f) => f.children.length === 0)) stacked.push(field!)
      else {
        // The labels (or a grid's heads) just before, none with a value yet.
        let k = children.length - 1
        while (k > 0 && children[k - 1]!.type === 'field' && (children[k - 1] as HeaderField).children.length === 0) k--
        stacked = children.length - k > 1 ? children.slice(k) as HeaderField[] : []
        given = undefined
      }
      continue
    }
    if (stacked.length > 1) field = given = stackTarget(stacked, given, line.text)
    // "             56077 Koblenz" under "Ort: Festung …,   Anlagen: 3": an indented line goes on in the column it stands in.
    const indent = line.text.length - line.text.trimStart().length
    if (field && row.length > 1 && indent > 0) field = row.filter((r) => r.column <= indent + 2).at(-1)?.field ?? row[0]!.field
    // "Niederschrift: …" / "Tagesordnung" / "TOP  Gegenstand  Antragsteller": a field's value ends where the agenda begins.
    if (field && AGENDA_LIST_HEAD.test(line.text) && field.children.length > 0) field = undefined
    // "Protokoll: … (MdJD)" / "Teilnehmende: siehe Teilnehmerverzeichnis (Anlage 1)": the attendees' label ends it too.
    if (field && ATTENDEES_START.test(line.text) && field.children.length > 0) field = undefined
    const previous = field?.children[field.children.length - 1]
    if (field && !previous && TITLE_WORDS.test(line.text)) {
      // "Protokoll" / "1. Sondersitzung der Digitalministerkonferenz": a title, not a field.
      const labelLine = ctx.lines.find((l) => l.start <= field!.start && field!.start < l.end + 1)!
      children.splice(children.indexOf(field), 1, textLine(labelLine))
      stacked = stacked.filter((f) => f !== field)
      field = undefined
    }
    // "Datum:" alone on its line (plain pdftotext puts the value below), or a value that wraps in its
    // cell ("Ort: … In den Ministergärten" / "10, 10117 Berlin"): a header table's line that is no label.
    if (field && (!previous || !TITLE_WORDS.test(line.text))) {
      field.children.push(textLine(line))
      field.end = line.end
      continue
    }
    field = undefined
    children.push(textLine(line))
  }
  return {type: 'header', ...blockSpan(ctx, from, to), children}
}

// "Min’in Dr. …", "Kevin Brüggemann, Dr. Svenja …", "Frau …": a person's value (a chair, minute-takers).
const PERSON_VALUE = /(?:^|[ \t])(?:Dr|Prof)\.[ \t]|^(?:Herr|Frau)[ \t]/

/**
 * The field a value line goes to under labels printed one under another ("Datum" / "Ort" / "Donnerstag, 13. Mai
 * 2077" / "Jugendstil-Festhalle, …": plain pdftotext reads a header table's cells one by one). A line that goes on
 * ("(Brandenburg)", "56077 Koblenz" after "…, Kuppelsaal,") stays with the one before; else the first field still
 * empty whose kind of value it is (a session's number, a date, a time, a person, anything else), else the one before
 * if of its kind. A line that fits none ("Teilnehmende" under "Sitzungsleitung" / "Protokoll") is no field's.
 */
function stackTarget(stacked: readonly HeaderField[], given: HeaderField | undefined, text: string): HeaderField | undefined {
  const open = stacked.filter((f) => f.children.length === 0)
  const value = text.trim()
  const above = given?.children.at(-1)?.value
  // "RD’in Dr. Sabine Weyrich, ORR Jonas" / "Mertes (MASTD RLP)": a surname and the body, the name above goes on.
  const surname = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\(/u.test(value) && /\p{Ll}$/u.test(above ?? '') && PERSON_VALUE.test(above ?? '')
  if (given && above !== undefined && (open.length === 0 || surname || /^[(\p{Ll}]/u.test(value) || /[,-]$/.test(above))) return given
  // "42.": the session's number, under a head that is no field ("Sitzung").
  const kind: HeaderKind | undefined = NUMBER_CELL.test(value) && value.length <= 4 ? undefined : CELL_START.date!.test(value) ? 'date'
    : /^\d{1,2}[:.]\d{2}(?!\d)/.test(value) ? 'start'
    : PERSON_VALUE.test(value) || OFFICES_LONGEST_FIRST.some((o) => value.startsWith(`${o} `)) ? 'chair' : 'place'
  const takes = (label: string) => {
    const wants = headerKind(label)
    return wants === undefined || wants === kind || (kind === 'start' && (wants === 'times' || wants === 'end')) ||
      (kind === 'chair' && wants === 'minutes') || (kind === 'place' && wants === 'other')
  }
  // "Straße 181, 45309 Essen" under "UNESCO-Welterbe …, Gelsenkirchener" while "Datum" waits: the place goes on.
  return open.find((f) => takes(f.label)) ?? (given && (open.length === 0 || takes(given.label)) ? given : undefined)
}

interface Grid {
  heads: Array<{label: string; column: number; field: HeaderField}>
  /** The index of the grid's last line, and how many value lines it has. */
  last: number
  values: number
  /** Its first value line had cells run together ("42. 24.11.2044 10:00 Uhr …"): its columns are lost. */
  typed: boolean
  /** The cells of the last value line; the widest line of the text (a cell in the last column wraps at it). */
  ends: Array<{at: number; end: number}>
  width: number
  /** Its heads one blank apart ("Sitzungsleitung Niederschrift": pdftotext -raw, pdf.js); the field that got a value last. */
  narrow: boolean
  given?: HeaderField
}

/** What a column's value starts with, where cells run together: a session number, a date, a time. */
const CELL_START: Partial<Record<HeaderKind, RegExp>> = {
  // "Donnerstag, 13. Mai 2077 Jugendstil-Festhalle, …" (pdftotext -raw): the weekday is the date's.
  // "Donnerstag, 21. Mai 2076, 10:00 bis 15:20 Uhr Paul-Wunderlich-Haus, …": the session's times in the date's cell.
  date: /^(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?[ \t]+(?:den[ \t]+)?)?(?:\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{2,4}|\d{1,2}\.[ \t]*\p{L}+[ \t]+\d{4})(?:,[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*Uhr)?(?:[ \t]*(?:[-–]|bis)[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*Uhr)?)?)?(?=[ \t,;]|$)/u,
  start: /^\d{1,2}[:.]\d{2}(?:[ \t]*Uhr)?(?=[ \t,;]|$)/,
  end: /^\d{1,2}[:.]\d{2}(?:[ \t]*Uhr)?(?=[ \t,;]|$)/,
  times: /^\d{1,2}[:.]\d{2}(?:[ \t]*Uhr)?[ \t]*(?:[-–]|bis)[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*Uhr)?(?=[ \t,;]|$)/
}
const NUMBER_CELL = /^\d{1,3}\.?(?=[ \t]|$)/
// "Ministerin Dr. Friederike Overbeck (NRW) Kevin Brüggemann, …": a person's cell ends with its parenthesis.
const PERSON_CELL = /^[^()]{3,120}\([^()]{1,40}\)(?=[ \t]+\S)/

/**
 * A value line of a header grid: each cell to the head it stands under; a cell that runs on under later heads (the
 * tool closed the gaps) is cut where its column's kind of value ends. Lines after a blank, a lowercase line after
 * run-together cells ("siehe Anlage 1") or a second run-on line end the grid (false).
 */
function gridValues(grid: Grid, line: Line): boolean {
  const text = line.text
  if (line.index > grid.last + 1) return false
  if (grid.typed && (grid.values >= 2 || /^[ \t]*\p{Ll}/u.test(text))) return false
  // "10:00 Uhr bis 15:10 Uhr Staatssekretärin Dr. … (Rheinland-Pfalz)" / "Niederschrift", "Sitzung Datum" / "Beginn": a
  // field's label alone is no value.
  const label = HEADER_FIELD.exec(text)
  if (label && label[2] === undefined) return false
  // "Sitzungsleitung Niederschrift" / "Staatssekretärin Dr. …" / "(Brandenburg)" / "Referatsleiter Dr. …": heads one blank
  // apart, each cell on lines of its own — the cells go to the heads as to labels stacked.
  if (grid.narrow && !grid.typed && grid.values > 0 && /^\S/.test(text)) {
    const target = stackTarget(grid.heads.map((h) => h.field), grid.given, text)
    if (!target) return false
    target.children.push(textLine(line))
    target.end = line.end
    grid.given = target
    grid.values++
    grid.last = line.index
    return true
  }
  const add = (h: Grid['heads'][number], from: number, to: number) => {
    h.field.children.push(textPart(line, from, to))
    h.field.end = line.start + to
    grid.given = h.field
  }
  const cells = [...matchesOf(text, /\S+(?:[ \t]\S+)*/g)]
  if (grid.values > 0 && grid.typed) {
    // "Straße 181, 45309 Essen": the columns are lost, the line goes on in the last cell that got a value.
    const filled = grid.heads.filter((h) => h.field.children.length > 0).at(-1)
    if (!filled) return false
    add(filled, cells[0]!.index, text.trimEnd().length)
  } else {
    // A line under the values goes on a cell only where the cell's next word would not have fitted above it.
    if (grid.values > 0 && !cells.every((cell) => wraps(grid, cell.index, cell[0].length - cell[0].trimStart().length + (/^\S+/.exec(cell[0])?.[0].length ?? 0)))) return false
    for (const cell of cells) {
      const at = cell.index
      let k = 0
      while (k < grid.heads.length - 1 && grid.heads[k + 1]!.column <= at + 2) k++
      let from = at
      const to = at + cell[0].length
      // The cell runs on under the next heads: cut it by what each column holds.
      while (k < grid.heads.length - 1 && grid.heads[k + 1]!.column < to - 1) {
        const head = grid.heads[k]!
        const kind = headerKind(head.label)
        const rest = text.slice(from, to)
        const m = (kind ? CELL_START[kind] : undefined)?.exec(rest) ?? (kind === undefined ? NUMBER_CELL.exec(rest) : kind === 'chair' || kind === 'minutes' ? PERSON_CELL.exec(rest) : null)
        if (!m) break
        if (grid.values === 0) grid.typed = true
        add(head, from, from + m[0].length)
        from += m[0].length
        from += text.slice(from, to).length - text.slice(from, to).trimStart().length
        k++
      }
      add(grid.heads[k]!, from, to)
    }
  }
  grid.values++
  grid.last = line.index
  grid.ends = cells.map((c) => ({at: c.index, end: c.index + c[0].length}))
  return true
}

/** The widest line of the text, its blanks at the end not counted. */
function widest(ctx: Ctx): number {
  let width = 0
  for (const line of ctx.lines) width = Math.max(width, line.text.trimEnd().length)
  return width
}

/** Whether a word at `at` continues the cell above it: that cell ended too near the next column (or the page's edge) for it. */
function wraps(grid: Grid, at: number, word: number): boolean {
  let k = 0
  while (k < grid.heads.length - 1 && grid.heads[k + 1]!.column <= at + 2) k++
  const from = grid.heads[k]!.column - 2
  const until = k < grid.heads.length - 1 ? grid.heads[k + 1]!.column - 1 : grid.width
  const above = grid.ends.filter((c) => c.at >= from && c.at < until).at(-1)
  return above !== undefined && above.end + 1 + word > until - 2
}

/** "Anlage 1: Teilnehmendenverzeichnis", "Anlage 3 – Anwesenheitsliste": an annex that is the attendee list. */
const ATTENDEE_ANNEX = /^[ \t]*Anlage[ \t]+\d{1,3}(?:[ \t]*[:.–-])?[ \t]*(?:Teilnehm|Anwesen)/
// The attendee list's own title: "Anwesenheitsliste", "Teilnehmerverzeichnis".
const LIST_TITLE = String.raw`(?:Anwesenheitsliste|Präsenzliste|Teilnehmer(?:[*:_]?innen|Innen)?liste|Teilnehmendenliste|Teilnehmer(?:[*:_]?innen|Innen)?verzeichnis|Teilnehmendenverzeichnis)`
// The title alone after the minutes (no annex so headed), where the header sent the reader there.
const ATTENDEE_LIST_HEAD = new RegExp(String.raw`^[ \t]*${LIST_TITLE}(?:[ \t]*:)?[ \t]*$`)

/**
 * The attendee list given as an annex after the minutes: from its head to the next annex's. The closing list's
 * entry ("Anlage 1      Teilnehmendenverzeichnis") has another entry after it, the annex its people.
 */
function attendeeAnnex(lines: readonly Line[], furniture: Map<number, FurnitureKind>, from: number): {from: number; to: number} | null {
  return annexHeadedBy(ATTENDEE_ANNEX, lines, furniture, from) ?? annexHeadedBy(ATTENDEE_LIST_HEAD, lines, furniture, from)
}

function annexHeadedBy(head: RegExp, lines: readonly Line[], furniture: Map<number, FurnitureKind>, from: number): {from: number; to: number} | null {
  let at = -1
  for (let i = from; i < lines.length; i++) {
    if (furniture.has(i) || !head.test(lines[i]!.text)) continue
    let next = i + 1
    while (next < lines.length && (furniture.has(next) || isBlank(lines[next]!))) next++
    if (next < lines.length && !ATTACHMENT_LINE.test(lines[next]!.text)) { at = i; break }
  }
  if (at === -1) return null
  for (let i = at + 1; i < lines.length; i++) {
    if (!furniture.has(i) && ATTACHMENT_REF_LINE.test(lines[i]!.text)) return {from: at, to: i}
  }
  return {from: at, to: lines.length}
}

const REFERS_TO_ANNEX = new RegExp(String.raw`(?:siehe|s\.|vgl\.)[ \t]+(?:(?:[^\n()]{1,40}\(|(?:die[ \t]+)?)Anlage[ \t]+\d|(?:die[ \t]+|das[ \t]+)?${LIST_TITLE}(?![\p{L}]))`, 'u')

/** "Teilnehmende" / "siehe Anlage 1", "siehe Teilnehmerverzeichnis (Anlage 1)", "siehe Anwesenheitsliste (Seite 3 f.)": a short front block that sends the reader to an annex. */
function refersToAnnex(lines: readonly Line[], from: number, to: number): boolean {
  const text = lines.slice(from, Math.min(to, from + 8)).map((l) => l.text).join('\n')
  return REFERS_TO_ANNEX.test(text)
}

function attendees(ctx: Ctx, from: number, to: number): AttendeeBlock {
  const children: AttendeeBlock['children'] = []
  for (const {line, furniture} of walk(ctx, from, to)) {
    children.push(furniture ? furnitureNode(ctx, line) : textLine(line))
  }
  return {type: 'attendees', ...blockSpan(ctx, from, to), children}
}

/** The agenda as sent with the invitation: kept as lines, its heads are not the minutes' items. */
function agendaList(ctx: Ctx, from: number, to: number): AgendaList {
  const children: AgendaList['children'] = []
  for (const {line, furniture} of walk(ctx, from, to)) {
    children.push(furniture ? furnitureNode(ctx, line) : textLine(line))
  }
  return {type: 'agendaList', ...blockSpan(ctx, from, to), children}
}

function prose(ctx: Ctx, from: number, to: number): Prose {
  const children: Prose['children'] = []
  for (const {line, furniture} of walk(ctx, from, to)) {
    children.push(furniture ? furnitureNode(ctx, line) : textLine(line))
  }
  return {type: 'prose', start: 0, end: ctx.text.length, children}
}

function agendaItem(ctx: Ctx, found: Head, to: number): AgendaItem {
  const from = found.index
  const headLine = ctx.lines[from]!
  const number = found.number
  const content: TextLine[] = []
  const furniture: Furniture[] = []
  const leftovers: Leftover[] = []
  if (found.rest !== null) content.push(textLine(headLine, found.rest))
  const cells: TextLine[] = []
  for (const {line, furniture: isFurniture} of walk(ctx, from + 1, to)) {
    if (isFurniture) furniture.push(furnitureNode(ctx, line))
    else if (ctx.displaced.has(line.index)) leftovers.push({type: 'leftover', value: line.text.trim(), ...trimmedSpan(line)})
    else if (ctx.cells.has(line.index)) cells.push({...textLine(line), cell: true})
    // "… ein Betriebskonzept vor." / "abgelehnt": a result cell the text tool put after the text (-raw, pdf.js), a paragraph
    // of its own as the cells cut off their lines are.
    else if (RESULT_CELL.test(line.text.trim()) && /[.!?]$/.test(content.at(-1)?.value ?? '')) content.push({...textLine(line), cell: true})
    else content.push(textLine(line))
  }
  const spill = found.rest !== null ? [] : spilledRows(content)
  const rest = content.slice(spill.length)
  const titleCount = titleLineCount(rest)
  const titleLines = rest.slice(0, titleCount)
  const head: AgendaHead = {
    type: 'agendaHead',
    number,
    start: headLine.start + headLine.text.length - headLine.text.trimStart().length,
    end: titleLines.length > 0 ? titleLines[titleLines.length - 1]!.end : trimmedSpan(headLine).end,
    children: titleLines,
    ...(spill.length > 0 ? {spill} : {})
  }
  const body = rest.slice(titleCount)
  const children: AgendaItem['children'] = [head]
  let i = 0
  while (i < body.length) {
    const line = body[i]!
    // "TOP 5.1   Verwaltungsvereinbarung" / "1.   Die DMK stimmt dem Entwurf … zu." / "2.   Die Länder werden gebeten, …":
    // numbered clauses right under the head, with no heading or lead-in (the vote may come under the next item).
    if (i === 0 && bareClauses(body)) {
      const j = resolutionEnd(body, 1)
      children.push(resolution(ctx, body.slice(0, j), furniture, 0, true))
      i = j
      continue
    }
    // "Hessen und Nordrhein-Westfalen stellen den Beschlussvorschlag vor (Anlage 2)." / "1.   Die DMK begrüßt …" / "2.   …" /
    // "Der Beschlussvorschlag wird einstimmig angenommen.": clauses after a sentence of the minutes, a vote right under them.
    // A footnote's marker may follow the full stop: "… zu vernetzen (Anlage 2).1".
    if (i > 0 && (/[.:]$/.test(body[i - 1]!.value) || MARKED_END.test(body[i - 1]!.value)) && !children.some((c) => c.type === 'resolution') && bareClauses(body.slice(i))) {
      const j = resolutionEnd(body, i + 1)
      // "Rheinland-Pfalz berichtet …" / "1.   Die DMK nimmt den Bericht zur Kenntnis." / "2.   Das Mandat … wird verlängert.": the
      // conference the first clause's subject, its vote told elsewhere ("Die Beschlussvorschläge zu TOP 5.1 bis 5.3 werden in einer
      // Blockabstimmung einstimmig angenommen." under 5.3).
      if (body.slice(j, j + 3).some((l) => VOTED.test(l.value)) || conferenceActs(body[i]!.value, ctx.decider)) {
        children.push(resolution(ctx, body.slice(i, j), furniture, 0, true))
        i = j
        continue
      }
    }
    const leadIn = isResolutionHead(body, i) ? 0 : leadInLines(body, i, ctx.decider)
    if (leadIn !== -1) {
      const j = resolutionEnd(body, i + Math.max(1, leadIn))
      children.push(resolution(ctx, body.slice(i, j), furniture, leadIn))
      i = j
      continue
    }
    children.push(line)
    i++
  }
  for (const f of furniture) {
    if (!children.some((c) => c.type === 'resolution' && c.start <= f.start && f.end <= c.end)) children.push(f)
  }
  children.push(...leftovers, ...cells)
  children.sort((a, b) => a.start - b.start)
  return {type: 'agendaItem', number, parent: parentNumber(number), ...blockSpan(ctx, from, to), children, ...(found.resumed ? {resumed: true} : {})}
}

/**
 * A row of a table of sub-items: " 9.2   Gemeinsame Stellungnahme der Länder zur   NW, BW   angenommen; Enthaltung:" /
 * "       Überarbeitung der …                                      BY". The title's cell, the sponsor cell (the first
 * content line, as "Antragsteller: …" would be) and the result: where the sponsor cell stood beside the title, text at
 * its column or right of it is the result; where it began a line (the columns lost), all after it.
 */
function rowItem(ctx: Ctx, found: Head, to: number): AgendaItem {
  const headLine = ctx.lines[found.index]!
  const title: TextLine[] = []
  const rest: AgendaItem['children'] = []
  let sponsor: TextLine | undefined
  let column = -1
  let sequential = false
  const take = (line: Line, from: number) => {
    const runs = [...matchesOf(line.text.slice(from), /\S+(?:[ \t]\S+)*/g)].map((r) => ({at: from + r.index, end: from + r.index + r[0].length}))
    runs.forEach((run, j) => {
      const text = line.text.slice(run.at, run.end)
      if (sequential || (sponsor && column !== -1 && run.at >= column - 2)) { rest.push(textPart(line, run.at, run.end)); return }
      if (!sponsor) {
        const alone = CODES_CELL.exec(text)
        if (alone && (j > 0 || title.length > 0)) {
          sponsor = textPart(line, run.at, run.end)
          if (j > 0) column = run.at
          else sequential = true
          return
        }
        const before = j === 0 && title.length > 0 ? CODES_BEFORE_RESULT.exec(text) : null
        if (before) {
          sponsor = textPart(line, run.at, run.at + before[0].length)
          rest.push(textPart(line, run.at + before[0].length, run.end))
          sequential = true
          return
        }
        const after = j < runs.length - 1 ? CODES_AFTER_TITLE.exec(text) : null
        if (after) {
          title.push(textPart(line, run.at, run.at + after.index))
          sponsor = textPart(line, run.at + after.index, run.end)
          column = run.at + after.index
          return
        }
      }
      title.push(textPart(line, run.at, run.end))
    })
  }
  take(headLine, found.rest ?? headLine.text.length)
  for (const {line, furniture} of walk(ctx, found.index + 1, to)) {
    if (furniture) rest.push(furnitureNode(ctx, line))
    else if (ctx.displaced.has(line.index)) rest.push({type: 'leftover', value: line.text.trim(), ...trimmedSpan(line)})
    else if (ctx.cells.has(line.index)) rest.push({...textLine(line), cell: true})
    else take(line, 0)
  }
  const head: AgendaHead = {
    type: 'agendaHead', number: found.number,
    start: headLine.start + headLine.text.length - headLine.text.trimStart().length,
    end: Math.max(trimmedSpan(headLine).end, ...title.map((t) => t.end)),
    children: title
  }
  const children: AgendaItem['children'] = [head, ...(sponsor ? [sponsor] : []), ...rest]
  children.sort((a, b) => a.start - b.start)
  // The result cell is one paragraph, however many lines it wraps to ("angenommen; Enthaltung:" / "BY").
  const results = children.filter((c): c is TextLine => c.type === 'line' && c !== sponsor)
  results.forEach((c, k) => {
    delete c.cell
    if (k === 0) c.cell = true
    else c.cellGoesOn = true
  })
  return {type: 'agendaItem', number: found.number, parent: parentNumber(found.number), ...blockSpan(ctx, found.index, to), children}
}

// A cell of a table's code column: "NW", "BMDS".
const CODE_CELL = /^[\p{L}\d-]{2,10}$/u

// "Dr. Saskia Oberle, Jonas Widmaier": a names cell — people's names, comma-separated, nothing else.
const isNames = (line: TextLine) => line.value.split(',').every((p) => PERSON_NAME.test(p.trim()))

/**
 * Table rows right after a head: two or more pairs of a code line and a names line, or (plain pdftotext,
 * the codes left above the head) three or more lines of names alone.
 */
function spilledRows(content: readonly TextLine[]): TextLine[] {
  let k = 0
  while (k + 1 < content.length && CODE_CELL.test(content[k]!.value) && (isLandCode(content[k]!.value) || looksLikeCode(content[k]!.value)) &&
    !CODE_CELL.test(content[k + 1]!.value)) k += 2
  if (k >= 4) return content.slice(0, k)
  let n = 0
  while (n < content.length && isNames(content[n]!)) n++
  return n >= 3 && n < content.length ? content.slice(0, n) : []
}

/** "2a" → "2", "6A" → "6", "2.1" → "2", "17.1.2" → "17.1", "3" → null. */
export function parentNumber(number: string): string | null {
  const letter = /^(\d+(?:\.\d+)*)[a-zA-H]$/.exec(number)
  if (letter) return letter[1]!
  const dot = number.lastIndexOf('.')
  return dot === -1 ? null : number.slice(0, dot)
}

/** Puts "2a" inside "2" when it follows it; parents' spans grow to cover children. */
function nest(items: AgendaItem[]): AgendaItem[] {
  const top: AgendaItem[] = []
  const stack: AgendaItem[] = []
  for (const item of items) {
    while (stack.length > 0 && !isAncestor(stack[stack.length - 1]!.number, item.number)) stack.pop()
    const parent = stack[stack.length - 1]
    if (parent && parent.number === item.parent) {
      parent.children.push(item)
      for (const open of stack) open.end = Math.max(open.end, item.end)
    } else {
      top.push(item)
    }
    stack.push(item)
  }
  return top
}

function isAncestor(a: string, b: string): boolean {
  let p = parentNumber(b)
  while (p !== null) {
    if (p === a) return true
    p = parentNumber(p)
  }
  return false
}

// A sentence in which the body decides: "Die DMK fasst folgenden Beschluss:", "Die Konferenz beschließt
// mehrheitlich:", "Die Digitalministerkonferenz hat einstimmig folgenden Beschluss gefasst:".
const DECIDES = /(?<![\p{L}])(?:beschließt|beschließen|beschlossen|fasst|fassen|gefasst)(?![\p{L}])/u
// "Der so geänderte Beschluss lautet:", "Der Beschlusstext lautet:", "Der Beschluss lautet in der geänderten (ergänzten) Fassung:":
// the wording of the decision follows.
const WORDING = /(?<![\p{L}])(?:Beschluss|Beschlusstext|Beschlussvorschlag|Beschlussvorlage)(?![\p{L}])[^.:]{0,40}(?<![\p{L}])lautet(?:[ \t]+(?:in[ \t]+der[ \t]+(?:geänderten|ergänzten|folgenden|neuen|beschlossenen)[ \t]+Fassung|wie[ \t]+folgt|nunmehr))?[ \t]*:$/u
// "Die Länder kommen überein:", "Die Mitglieder kommen wie folgt überein:": who agrees, then the clauses. "Die DMK stimmt dem
// Beschlussvorschlag in folgender Fassung zu:", "Die DMK verständigt sich auf folgenden Beschluss:": agrees to the wording below.
const AGREES = /(?<![\p{L}])(?:(?:kommen|kommt)[ \t]+(?:(?:wie[ \t]+folgt|einvernehmlich|einstimmig)[ \t]+)?überein|(?:verständigt|verständigen)[ \t]+sich[ \t]+auf[ \t]+(?:den[ \t]+)?folgenden[ \t]+Beschluss|(?:stimmt|stimmen)[ \t]+(?:dem|der)[ \t]+[\p{L}-]{2,40}[ \t]+(?:in[ \t]+(?:der[ \t]+)?folgend(?:er|en)[ \t]+Fassung|wie[ \t]+folgt)[ \t]+zu)[ \t]*:$/u
// "Die Vorsitzende stellt den folgenden Beschlussvorschlag zur Abstimmung:": the chair puts the proposal to the vote (the
// sentence is the decision's preamble).
const PUT_TO_VOTE = /(?<![\p{L}])(?:stellt|stellen|bringt|bringen)[ \t]+(?:den[ \t]+)?(?:folgenden|nachstehenden)[ \t]+(?:Beschlussvorschlag|Antrag|Beschlussentwurf)[ \t]+zur[ \t]+Abstimmung[ \t]*:$/u
// "Niedersachsen erläutert den Antrag. Beschluss:": the decision's label after a sentence on its line.
const LABEL_AFTER_SENTENCE = /[.!?][ \t]+(?:Beschluss|Beschlussvorschlag|Beschlusstext)[ \t]*:$/u
// "Nach Aussprache wird folgender Beschluss gefasst:", "Es ergeht folgender Beschluss:": the decision said in the passive, nobody named.
// "Es wird Einvernehmen erzielt, die Geschäftsordnung wie folgt zu ändern:": agreement reached on the wording below. "Beschlossen
// wird:", "Es wird beschlossen:".
const PASSIVE_DECISION = /(?<![\p{L}])(?:(?:wird|werden)[ \t]+(?:(?:einstimmig|mehrheitlich|sodann)[ \t]+)?folgender?[ \t]+Beschl(?:uss|üsse)[ \t]+gefasst|(?:ergeht|ergehen)[ \t]+(?:(?:einstimmig|mehrheitlich)[ \t]+)?folgender?[ \t]+Beschl(?:uss|üsse)|Einvernehmen[ \t]+(?:erzielt|hergestellt)(?:,[^.:]{1,160})?|(?<![\p{L}])(?:Beschlossen[ \t]+wird|Es[ \t]+wird[ \t]+beschlossen))[ \t]*:$/u
// How many lines a lead-in sentence may take.
const LEAD_IN_LINES = 4

/** A sentence's end with a footnote's marker after it: "… vor (Anlage 2).1", "… (Anlage 2). 1". */
const MARKED_END = /(?<=[\p{L})])\.[ ]?(?:\d|[¹²³⁴⁵⁶⁷⁸⁹])$/u

/**
 * A decision without a "Beschluss:" heading: a sentence in which the body decides, ending in a colon,
 * followed by clause 1. Returns how many lines the lead-in takes, or -1.
 */
function leadInLines(body: readonly TextLine[], at: number, decider: RegExp): number {
  // "… erarbeitete Strategie vor (Anlage 2).1" / "Die DMK beschließt:": a footnote's marker may follow the sentence's end.
  if (at > 0 && !/[.:!?“”")]$/.test(body[at - 1]!.value) && !MARKED_END.test(body[at - 1]!.value)) return -1
  let text = ''
  for (let k = at; k < Math.min(body.length - 1, at + LEAD_IN_LINES); k++) {
    const value = body[k]!.value
    if (k > at && (CLAUSE_LINE.test(value) || isResolutionHead(body, k))) return -1
    text += ` ${value}`
    if (/[.!?]$/.test(value) || MARKED_END.test(value)) return -1
    if (value.endsWith(':')) {
      const following = body[k + 1]!.value
      const next = CLAUSE_LINE.exec(following) ?? CLAUSE_LABEL.exec(following)
      const decides = (DECIDES.test(text) && decider.test(text)) || WORDING.test(text) || PROPOSES.test(text) || PUT_TO_VOTE.test(text) || PASSIVE_DECISION.test(text) || LABEL_AFTER_SENTENCE.test(text) || AMENDED_HEAD.test(text) || (AGREES.test(text) && (decider.test(text) || /(?<![\p{L}])Länder(?![\p{L}])/u.test(text)))
      // "Die DMK fasst folgenden Beschluss:" / "Ist ein Mitglied … verhindert, …": the decision's paragraphs without numbers —
      // a sentence, not a table's heads ("Ziff." / "Beschlusstext" / "1.") before the clauses.
      const unnumbered = !next && /^\p{Lu}\S*(?:[ \t]+\S+){2}/u.test(following) && !ITEM_LINE.test(following) && !ITEM_LABEL.test(following) &&
        !sentenceLines(body, k + 1).some((l) => RESOLUTION_HEAD.test(l.value) || CLAUSE_LINE.test(l.value) || CLAUSE_LABEL.test(l.value))
      return decides && ((next && numeral(next[2]!) === 1) || unnumbered) ? k - at + 1 : -1
    }
  }
  return -1
}

/** "1.   Die DMK nimmt …", "1. Die Konferenz bittet …": a clause whose subject is the conference, a verb after it. */
function conferenceActs(line: string, decider: RegExp): boolean {
  const clause = CLAUSE_LINE.exec(line)
  const text = clause?.[4] ?? ''
  const subject = /^(?:Die|Der)[ \t]+/.exec(text)
  if (!subject) return false
  const body = decider.exec(text.slice(subject[0].length))
  return body !== null && body.index === 0 && /^[ \t]+\p{Ll}/u.test(text.slice(subject[0].length + body[0].length))
}

/**
 * The item's text opens with clause 1, a sentence of what the body decides ("1. Die DMK stimmt …", "1. Die Prüfstelle
 * berichtet …"), and clause 2 follows within a few lines: a decision without a heading.
 */
function bareClauses(body: readonly TextLine[]): boolean {
  const first = clauseAt(body, 0)
  if (!first || numeral(first[2]!) !== 1 || (first[1] !== undefined && first[1] !== '(') || !/^(?:Die|Der|Das)[ \t]+\p{Lu}/u.test(first[4]!)) return false
  for (let k = 1; k < Math.min(body.length, 8); k++) {
    const next = clauseAt(body, k)
    if (next) return numeral(next[2]!) === 2 && next[3] === first[3]
    if (RESOLUTION_END.test(body[k]!.value) || isResolutionHead(body, k)) return false
  }
  return false
}

/**
 * A clause line at `k` as CLAUSE_LINE reads it; or (plain pdftotext) its number alone on the line, its text on the next:
 * "1." / "Die Länder öffnen ihre Fortbildungsangebote …".
 */
function clauseAt(body: readonly TextLine[], k: number): RegExpExecArray | string[] | null {
  const line = body[k]
  if (!line) return null
  const whole = CLAUSE_LINE.exec(line.value)
  if (whole) return whole
  const label = CLAUSE_LABEL.exec(line.value)
  const next = body[k + 1]?.value
  if (!label || next === undefined || !/^\p{Lu}/u.test(next) || CLAUSE_LABEL.test(next)) return null
  return [line.value, label[1]!, label[2]!, label[3]!, next]
}

/** The lines from `at` to the first that ends a sentence (at most four). */
function sentenceLines(body: readonly TextLine[], at: number): readonly TextLine[] {
  let end = at
  while (end < Math.min(body.length, at + 4) && !/[.!?]$/.test(body[end]!.value)) end++
  return body.slice(at, end + 1)
}

// Words of a vote or of the proceedings, not of a clause: "Nach kurzer Aussprache wird der Beschluss
// einstimmig gefasst.", "Abstimmungsergebnis: …", "Sachsen gibt folgende Protokollnotiz ab".
// "Hessen schlägt vor, in Ziffer 2 …", "Bayern beantragt, …": a motion after the clauses.
const PROCEEDINGS = /(?<![\p{L}])(?:[Aa]ngenommen|[Aa]bgelehnt|[Bb]eschlossen|gefasst|zugestimmt|[Ee]instimmige?|[Mm]ehrheitlich|Mehrheit|Annahme|Ablehnung|Zustimmung|zurückgenommen|verlässt|verlassen|Enthaltung(?:en)?|Stimmenthaltung(?:en)?|enthält|enthalten|Gegenstimmen?|Ja-Stimmen|ergeht|Dafür|Dagegen|Einvernehmen|[Ee]invernehmlich|[Ss]timm(?:t|en|te|ten)|zurückgezogen|vertagt|zurückgestellt|Kenntnis|Kenntnisnahme|Aussprache|Abstimmung|Protokollnotiz|Protokollerklärung|Protokoll|Beschlussvorschlag|Antrag|schlägt|schlagen|beantragt|beantragen|Änderungsantrag|Änderungsvorschlag|zustande|Stimme|votier(?:ten|te|en|t)|enthielten|enthielt|gebilligt)(?![\p{L}])/u

// Words only a vote uses (a decision's own text may well say "Kenntnis" or "Antrag").
const VOTED = /(?<![\p{L}])(?:angenommen|abgelehnt|zugestimmt|[Ee]instimmig|[Mm]ehrheitlich|Zustimmung|Enthaltung(?:en)?|enthält|enthalten|Gegenstimmen?|Ja-Stimmen|stimm(?:t|en)[ \t]+(?:dagegen|dafür|zu))(?![\p{L}])/u

const OFFICE_OPENING = new RegExp(`^(?:${OFFICES_LONGEST_FIRST.join('|')})[ \\t]+(?:Dr\\.[ \\t]+|Prof\\.[ \\t]+)*\\p{Lu}\\p{Ll}+[ \\t]+\\p{Lu}`, 'u')

/**
 * A resolution heading at line `i` — not the end of a sentence that runs on into it ("… fasst die
 * Digitalministerkonferenz folgenden" / "Beschluss:").
 */
function isResolutionHead(body: readonly TextLine[], i: number): boolean {
  const before = body[i - 1]?.value ?? ''
  // "Gast: KGSt" / "Beschlussvorschlag:": a labelled line before it is no sentence that runs on.
  return RESOLUTION_HEAD.test(body[i]!.raw) && (!/[\p{Ll},]$/u.test(before) || /^\p{Lu}[\p{L}-]*(?:[ \t]+\p{L}+){0,2}[ \t]*:[ \t]*\S/u.test(before))
}

// A minutes table's result cell on a line of its own: "angenommen", "einstimmig angenommen", "zur Kenntnis genommen", "14 : 0 : 1".
const RESULT_CELL = /^(?:(?:einstimmig|mehrheitlich|einvernehmlich)[ \t]+)?(?:angenommen|abgelehnt|beschlossen|vertagt|zur[ \t]+Kenntnis[ \t]+genommen)\.?$|^\d{1,2}[ \t]?:[ \t]?\d{1,2}[ \t]?:[ \t]?\d{1,2}$/

/**
 * Where a resolution's text ends: at a vote, a protocol note or an attachment reference, or at a
 * new sentence that reports the proceedings rather than continuing the last clause.
 */
function resolutionEnd(body: readonly TextLine[], from: number): number {
  let clauses = false
  for (let j = from; j < body.length; j++) {
    const value = body[j]!.value
    if (RESOLUTION_END.test(value) || isResolutionHead(body, j)) return j
    if (CLAUSE_LINE.test(value) || CLAUSE_LABEL.test(value)) { clauses = true; continue }
    // A new sentence: the line before ends one ("1)" alone is a label, not an end).
    const before = j > 0 ? body[j - 1]!.value : ''
    // "… ein Betriebskonzept vor." / "angenommen" / "14 : 0 : 1": a result cell the text tool put after the clauses.
    if (clauses && /[.!?]$/.test(before) && RESULT_CELL.test(value)) return j
    const starts = /[.!?“”")]$/.test(before) && !CLAUSE_LABEL.test(before) && !ITEM_LABEL.test(before) && /^\p{Lu}/u.test(value)
    // "Minister Dirk Schrödter (SH) verlässt …": a person named with the office opens a report of the proceedings.
    if (clauses && starts && !ITEM_LINE.test(value) && (PROCEEDINGS.test(sentenceAt(body, j)) || OFFICE_OPENING.test(value))) return j
    // A decision in one paragraph without clauses ("Beschluss zu TOP 9" / "Die DMK begrüßt …"): it ends where a
    // vote is reported ("Bayern stimmt dagegen; im Übrigen Zustimmung.").
    if (!clauses && j > from && starts && VOTED.test(sentenceAt(body, j))) return j
  }
  return body.length
}

/** The sentence that starts at line `j` (up to three lines). */
function sentenceAt(body: readonly TextLine[], j: number): string {
  let text = body[j]!.value
  for (let k = j + 1; k < Math.min(body.length, j + 3) && !/[.!?:]$/.test(text); k++) text += ` ${body[k]!.value}`
  // "Staatssekretärin Dr. Quast und Staatsrat Brünjes werden einstimmig gewählt; …": no end after "Dr.".
  for (const m of matchesOf(text, /[.!?:](?=[ \t]|$)/g)) {
    if (m[0] === '.' && ENDS_WITH_ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue
    return text.slice(0, m.index + 1)
  }
  return text
}


/**
 * A heading ("Beschluss:") or a lead-in sentence (`leadIn` lines), then preamble lines, numbered
 * clauses and lettered items. Clauses keep the style of clause 1 ("1.", "1)", "(1)"); a run
 * restarting at 1 is a table or a list inside a clause ("1. 2024 Berlin und Brandenburg"), and
 * "4. Mai 2024" is a date that a line break put first.
 */
function resolution(ctx: Ctx, lines: TextLine[], furniture: Furniture[], leadIn: number, bare = false): Resolution {
  const first = lines[0]!
  const preamble: TextLine[] = []
  let note: string | null = null
  let rest: TextLine[]
  if (bare) {
    rest = lines
  } else if (leadIn > 0) {
    preamble.push(...lines.slice(0, leadIn))
    rest = lines.slice(leadIn)
  } else {
    const head = RESOLUTION_HEAD.exec(first.raw)!
    note = head[1] ?? null
    // "Beschluss: Die DMK fasst …", "Beschluss     Die DMK fasst folgenden Beschluss:": the rest of the head line opens the preamble.
    const lead = head[2] ?? head[3]
    if (lead) preamble.push(sliceLine(first, first.raw.length - lead.length))
    rest = lines.slice(1)
  }
  const children: Resolution['children'] = []
  let clause: Clause | undefined
  let item: ClauseItem | undefined
  let style: string | null = null
  let expected = 1
  let nested: number | null = null
  // "5." alone, then the items a) … d) of clause 4, then clause 5's text: plain pdftotext reads the number
  // column first. The label waits until the items end.
  let deferred: Clause | null = null
  let stackedLabel = false
  for (const [k, line] of rest.entries()) {
    const ended = item ? /[.!?]$/.test(item.children.at(-1)?.value ?? '') : clause !== undefined && /[.!?]$/.test(lastValue(clause))
    // Labels stacked above clauses with items: the next clause starts after the items (its text may hold more sentences).
    if (deferred && ended && (!stackedLabel || item !== undefined) && /^\p{Lu}/u.test(line.value) && !ITEM_LINE.test(line.raw) &&
      !ITEM_LABEL.test(line.raw) && !DASH_LINE.test(line.raw)) {
      clause = deferred
      children.push(clause)
      deferred = null
      stackedLabel = false
      item = undefined
    }
    const labelAlone = CLAUSE_LABEL.exec(line.raw)
    const next = rest[k + 1]?.raw ?? ''
    // "… Die Einsatzreserve soll" / "3." / "a)": items of clause 2 after the label of 3 (clause 2 open or ending in ":").
    const nextIsItem = labelAlone && clause && !/[.!?]$/.test(lastValue(clause)) && nextLabel(clause) === 'a' &&
      ['a', 'aa'].includes(ITEM_LABEL.exec(next)?.[1] ?? ITEM_LINE.exec(next)?.[1] ?? '')
    // "2." text "…, bis Ende 2029" / "3." / "–" / "die … Register …": a dash list of clause 2 after the label of 3.
    const nextIsDash = labelAlone && clause && !/[.!?]$/.test(lastValue(clause)) && DASH_LINE.test(next)
    // "c)" / "3." / "Kurse … angeboten werden.": the item's label read, its text not yet — the text comes after "3.".
    const itemWaits = labelAlone && item !== undefined && item.children.length === 0
    // "1." / "2." / "Bescheide dürfen …" / "a)" … / "Die Länder passen …": two labels stacked above both clauses' texts
    // (plain pdftotext reads the label column first); the second waits until the first clause's text ends.
    const stacked = labelAlone && !deferred && clause !== undefined && clause.children.length === 0 && /\d/.test(labelAlone[2]!)
    if (labelAlone && (nextIsItem || nextIsDash || itemWaits || stacked) && numeral(labelAlone[2]!) === expected) {
      stackedLabel = Boolean(stacked) && !nextIsItem && !nextIsDash && !itemWaits
      deferred = {type: 'clause', number: labelAlone[2]!, start: line.start, end: line.end, children: []}
      expected++
      continue
    }
    // "I. Grundsätze" / "1. Die Länder verwenden …" … "II. Umsetzung" / "3. Die Länder berücksichtigen …": Roman part
    // headings over clauses numbered through — neither a clause nor preamble.
    const part = PART_HEADING.test(line.raw) && (style === null || !style.endsWith('R')) ? CLAUSE_LINE.exec(rest[k + 1]?.raw ?? '') : null
    if (part && /^\d/.test(part[2]!) && numeral(part[2]!) === expected && !part[1]) {
      children.push(line)
      item = undefined
      continue
    }
    const c = CLAUSE_LINE.exec(line.raw) ?? CLAUSE_LABEL.exec(line.raw)
    // "1.", "1)", "(1)", "I.": the style of clause 1 holds for the rest (Roman apart from Arabic).
    const lineStyle = c ? `${c[1]?.trim() ?? ''}${c[3]}${/\d/.test(c[2]!) ? '' : 'R'}` : null
    if (c && (style === null || lineStyle === style) && !(c[1] === '(' && c[3] !== ')')) {
      const n = numeral(c[2]!)
      const text = c[4] ?? ''
      if (STARTS_WITH_MONTH.test(text)) {
        // "4. Mai 2024": a date, not clause 4.
      } else if (nested !== null && n === nested) {
        nested++
      } else if (n === expected && !(STARTS_WITH_YEAR.test(text) && clause && n !== 1)) {
        // "(1)" / "(2)" / texts / "(3) Hamburg berichtet …": the stacked label's clause ends before this one.
        if (deferred && stackedLabel && clause && deferred.children.length === 0) {
          splitAfterFirstSentence(clause, deferred)
          children.push(deferred)
          deferred = null
          stackedLabel = false
        }
        style = lineStyle
        clause = {type: 'clause', number: c[2]!, start: line.start, end: line.end, children: []}
        // "1." alone: the text follows on the next lines.
        if (text) clause.children.push(sliceLine(line, line.raw.length - text.length))
        children.push(clause)
        item = undefined
        expected++
        nested = null
        continue
      } else if (n === 1 && clause) {
        nested = 2
      } else if (clause || n > 1) {
        report(ctx.file, line, 'clause-number', `Unexpected clause number \`${n}\`, expected \`${expected}\``, {
          actual: String(n), expected: [String(expected)]
        })
      }
    }
    const it = clause ? ITEM_LINE.exec(line.raw) ?? ITEM_LABEL.exec(line.raw) : null
    if (clause && it && isNextItem(it[1]!, clause)) {
      item = {type: 'clauseItem', label: it[1]!, start: line.start, end: line.end, children: []}
      if (it[2]) item.children.push(sliceLine(line, line.raw.length - it[2].length))
      clause.children.push(item)
      clause.end = line.end
      continue
    }
    if (item) {
      item.children.push(line)
      item.end = line.end
      clause!.end = line.end
    } else if (clause) {
      clause.children.push(line)
      clause.end = line.end
    } else if (/^[ \t]*(?:Präambel|Vorbemerkung)(?:[ \t]*:)?[ \t]*$/.test(line.raw)) {
      // "Präambel" in bold over the preamble's paragraph: a heading, no part of its text.
      children.push(line)
    } else {
      preamble.push(line)
    }
  }
  if (deferred) {
    // "1)" / "2)" / "Die DMK stützt …" / "Hamburg und Schleswig-Holstein werden gebeten," / "a) …": no text after the items,
    // so the items were the second clause's — it begins with the sentence after the first clause's end.
    const before = children.at(-1)
    if (stackedLabel && before?.type === 'clause' && deferred.children.length === 0) splitAfterFirstSentence(before, deferred)
    children.push(deferred)
  }
  lettersAsClauses(preamble, children, leadIn > 0 ? leadIn : preamble.length > 0 && preamble[0]!.start < (lines[1]?.start ?? Infinity) ? 1 : 0)
  if (leadIn > 0) paragraphsAsClauses(preamble, children, leadIn)
  const last = lines[lines.length - 1]!
  const node: Resolution = {type: 'resolution', start: first.start, end: last.end, preamble, note, children}
  // Page numbers inside a clause stay in the tree, out of the clause text.
  for (const f of furniture) {
    if (f.start < node.start || f.end > node.end) continue
    const host = children.find((c): c is Clause => c.type === 'clause' && c.start <= f.start && f.end <= c.end)
    if (host) host.children.push(f)
    else children.push(f)
  }
  for (const c of children) if (c.type === 'clause') c.children.sort((a, b) => a.start - b.start)
  children.sort((a, b) => a.start - b.start)
  return node
}

// "II. Umsetzung": a Roman number and a few words without a sentence's end.
const PART_HEADING = /^[ \t]*[IVX]{1,5}\.[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,4}[ \t]*$/u

/**
 * "Die DMK fasst folgenden Beschluss:" / "Ist ein Mitglied … verhindert, kann es sich …" / "Stimmrecht des Landes aus." / "Die
 * Geschäftsstelle passt …": paragraphs without numbers after a lead-in sentence are the clauses, numbered by their place (the
 * golds' reading). A paragraph ends with a sentence on a line shorter than the text's width.
 */
function paragraphsAsClauses(preamble: TextLine[], children: Resolution['children'], lead: number) {
  if (children.some((c) => c.type === 'clause') || preamble.length <= lead) return
  const body = preamble.splice(lead)
  const width = Math.max(...body.map((l) => l.value.length))
  let clause: Clause | undefined
  let n = 0
  for (const [k, line] of body.entries()) {
    if (!clause) {
      clause = {type: 'clause', number: String(++n), start: line.start, end: line.end, children: []}
      children.push(clause)
    }
    clause.children.push(line)
    clause.end = line.end
    if (/[.!?]$/.test(line.value) && (k === body.length - 1 || line.value.length < 0.8 * width)) clause = undefined
  }
}

/**
 * "Beschluss:" / "a) Die DMK bittet …" / "b) Die Länder beteiligen …" / "c) Über die Finanzierung …": a decision of lettered
 * points only, no numbered clause — each point a clause, numbered by its place (the golds' reading), out of the preamble.
 */
function lettersAsClauses(preamble: TextLine[], children: Resolution['children'], kept: number) {
  if (children.some((c) => c.type === 'clause')) return
  const points = preamble.slice(kept)
  if (ITEM_LINE.exec(points[0]?.raw ?? '')?.[1] !== 'a') return
  const clauses: Clause[] = []
  for (const line of points) {
    const item = ITEM_LINE.exec(line.raw)
    if (item && item[1] === String.fromCharCode(97 + clauses.length)) {
      clauses.push({type: 'clause', number: String(clauses.length + 1), start: line.start, end: line.end, children: [sliceLine(line, line.raw.length - item[2]!.length)]})
    } else {
      const clause = clauses.at(-1)!
      clause.children.push(line)
      clause.end = line.end
    }
  }
  if (clauses.length < 2) return
  preamble.splice(kept)
  children.push(...clauses)
}

const ROMAN: Readonly<Record<string, number>> = {I: 1, V: 5, X: 10}

/** "3" → 3, "IV" → 4. */
function numeral(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  let value = 0
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]!]!
    value += v < (ROMAN[text[i + 1] ?? ''] ?? 0) ? -v : v
  }
  return value
}

// "–" alone or "– die in ihrer Zuständigkeit …": a dash list's entry.
const DASH_LINE = /^[ \t]*[–•-](?:[ \t]|$)/

/** Moves the lines of `from` after its first sentence's end (a line ending in ".", the next opening with a capital) into `to`. */
function splitAfterFirstSentence(from: Clause, to: Clause) {
  const kids = from.children
  const at = kids.findIndex((c, j) => j > 0 && c.type === 'line' && /^\p{Lu}/u.test(c.value) && kids[j - 1]!.type === 'line' && /[.!?]$/.test((kids[j - 1] as TextLine).value))
  if (at === -1) return
  to.children.push(...kids.splice(at))
  to.end = to.children.at(-1)!.end
  from.end = kids.at(-1)!.end
}

function lastValue(clause: Clause): string {
  const own = clause.children.filter((c): c is TextLine => c.type === 'line')
  return own.at(-1)?.value ?? ''
}

/** The label the clause's next item must have: "a", "b", … or, when the first was "aa)", "bb", "cc", …. */
function nextLabel(clause: Clause): string {
  const items = clause.children.filter((c) => c.type === 'clauseItem')
  const letter = String.fromCharCode(97 + items.length)
  return items[0]?.label.length === 2 ? letter + letter : letter
}

/** Whether `label` opens the clause's next item ("aa)" may open the first, as "a)" does). */
function isNextItem(label: string, clause: Clause): boolean {
  return label === nextLabel(clause) || (label === 'aa' && nextLabel(clause) === 'a')
}

function sliceLine(line: TextLine, at: number): TextLine {
  const raw = line.raw.slice(at)
  const lead = line.start - (line.raw.length - line.raw.trimStart().length)
  const start = lead + at + (raw.length - raw.trimStart().length)
  return {type: 'line', start, end: start + raw.trim().length, value: raw.trim(), raw}
}

// "1. Präsentation BMDS …", "1    Eckpunkte für …" (a table's number column, its mark dropped).
// "1 – Leitlinien für …" under "Anlage": the number, a dash, the title.
const NUMBERED_ATTACHMENT = /^[ \t]*(\d{1,3})(?:[.)]|[ \t]+[–—](?=[ \t])|(?=[ \t]+\p{Lu}))[ \t]+(\S.*)$/u

const ATTACHMENT_LABEL = /^[ \t]*(\d{1,3})[.)][ \t]*$/
// "1" alone under a table's heads (plain pdftotext prints each cell apart).
const BARE_LABEL = /^[ \t]*(\d{1,3})[ \t]*$/
// An item's number in the table's last column: "4", "5.1", "TOP 4".
const ITEM_CELL = /^[ \t]*(?:TOP[ \t]+)?\d{1,2}(?:\.\d{1,2})?[a-z]?[ \t]*$/
const ITEM_CELL_AFTER = /(?<=\S)[ \t]+(?:TOP[ \t]+)?\d{1,2}(?:\.\d{1,2})?[a-z]?[ \t]*$/

// "Anlagen: 1. Auswertung …": the head, then the first entry on its line.
const RUN_IN_ATTACHMENTS = /^[ \t]*Anlagen?[ \t]*:[ \t]*(?=1[.)][ \t]+\p{Lu})/u
// ", 2. Mindestanforderungen": where the next entry of a run-in list starts.
const NEXT_ENTRY = /,[ \t]+(?=\d{1,2}[.)][ \t]+\p{Lu})/gu

/** A line of a run-in attachment list from `from` on, cut where each entry starts (offsets kept). */
function entryParts(line: Line, from: number): Array<{line: Line; furniture: boolean}> {
  const cuts = [from, ...[...matchesOf(line.text, NEXT_ENTRY)].filter((m) => m.index >= from).map((m) => m.index + m[0].length), line.text.length]
  const out: Array<{line: Line; furniture: boolean}> = []
  for (let k = 0; k + 1 < cuts.length; k++) {
    // The comma between two entries belongs to neither.
    const text = line.text.slice(cuts[k], cuts[k + 1]).replace(/,[ \t]*$/, '')
    if (text.trim()) out.push({line: {index: line.index, start: line.start + cuts[k]!, end: line.start + cuts[k]! + text.length, text}, furniture: false})
  }
  return out
}

const ENDS_IN_ADJECTIVE = /(?<![\p{L}-])(?:\p{Ll}{3,}(?:er|en|es|em)|\p{Ll}{4,}e)$/u
const TITLE_GOES_ON = /^[ \t]*(?:(?:vom|von|zur|zum|und|oder|für|mit|im|über|nach|bis|sowie|einschließlich|gemäß|der|des|dem|den)(?![\p{L}])|\()/u

/**
 * Where the annexes after the attachment list begin: at the first "Anlage N" whose number the list
 * has named already ("Anlage 2: Eckpunkte …" in the list, then "Anlage 2 zu TOP 5" over the annex
 * itself, whose points "1." to "5." are no attachments); the text's end when none comes again.
 */
function annexesAfter(ctx: Ctx, listAt: number): number {
  const named = new Set<string>()
  for (const {line, furniture} of walk(ctx, listAt + 1, ctx.lines.length)) {
    const m = furniture ? null : ATTACHMENT_LINE.exec(line.text)
    if (!m) continue
    if (named.has(m[1]!)) return line.index
    named.add(m[1]!)
  }
  return ctx.lines.length
}

// The minute-taker's signature under the list: "München, 25. November 2420" / "für die Niederschrift: Lorenz Niedermaier",
// "Schwerin, 23. November 2416" / "Lars Wendorff, Protokollführer", "Erfurt, 25. Mai 2422" / "Dr. Marie Heyder".
const SIGNED_AT = /^[ \t]*\p{Lu}[\p{L}. ()/-]{1,40},[ \t]+(?:den[ \t]+)?\d{1,2}\.[ \t]*(?:\d{1,2}\.|\p{L}+)[ \t]*\d{4}[ \t]*$/u
const SIGNED_BY = /^[ \t]*(?:(?:[Ff]ür[ \t]+das[ \t]+Protokoll|[Ff]ür[ \t]+die[ \t]+Niederschrift|gez\.|Protokoll|Protokollführung)(?:[ \t]*:)?[ \t]+)?(?:(?:Dr\.|Prof\.)[ \t]+)*\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+){1,3}(?:,[ \t]+(?:Protokollführer(?:in)?|Protokollant(?:in)?|Schriftführer(?:in)?))?[ \t]*$/u

/** Where the attachment lines that end the text begin ("Anlage 1 Leitlinien …", furniture and blank lines between), or -1. */
function trailingList(ctx: Ctx, from: number): number {
  let start = -1
  // A signature of two lines at most after the list (a date line first): no attachment, but the list may stand above it.
  let signature = 0
  for (let i = ctx.lines.length - 1; i >= from; i--) {
    const line = ctx.lines[i]!
    if (ctx.furniture.has(i) || isBlank(line)) continue
    if (start === -1 && signature < 2 && (SIGNED_BY.test(line.text) || SIGNED_AT.test(line.text)) && !ATTACHMENT_LINE.test(line.text)) {
      signature++
      continue
    }
    const m = ATTACHMENT_LINE.exec(line.text)
    if (!m?.[2] || !/^\p{Lu}/u.test(m[2])) break
    start = i
  }
  return start
}

/** The list of attachments (`headed`: its first line the list's head); `annexes`: the annexes printed after it, no list. */
function attachments(ctx: Ctx, from: number, to: number, headed = true, annexes = !headed): Attachments {
  const children: Attachments['children'] = []
  let current: Attachment | undefined
  // "Anlage 1:" / "Anlage 2:" / then both titles: labels and titles in two columns, paired in order.
  const pending: Attachment[] = []
  // Where the current attachment's title begins on its label's line (pdftotext -layout keeps the column).
  let column = -1
  // "Anlagen: 1. Auswertung …, 2. Mindestanforderungen an die" / "Informationssicherheit …": a list run in after its head,
  // read as one line per entry (each a part of its printed line).
  const runIn = headed ? RUN_IN_ATTACHMENTS.exec(ctx.lines[from]!.text) : null
  const entries = runIn ? [...entryParts(ctx.lines[from]!, runIn[0].length), ...[...walk(ctx, from + 1, to)].flatMap((e) => (e.furniture ? [e] : entryParts(e.line, 0)))]
    : walk(ctx, headed ? from + 1 : from, to)
  // "Anlage   Bezeichnung   zu TOP" (plain pdftotext: "Anlage" / "Bezeichnung" / "zu TOP", then "1" / "Entwurf …" / "4"): a
  // table's heads. Its rows' numbers may stand alone, and a column of items ends each row.
  let heads = headed ? ctx.lines[from]!.text : ''
  let table = false
  let items = false
  const headsRead = () => {
    table = /(?<![\p{L}])(?:Bezeichnung|Titel|Gegenstand|Inhalt|Dokument)(?![\p{L}])/u.test(heads)
    items = table && /(?:TOP|Tagesordnungspunkt)[ \t]*$/.test(heads)
  }
  headsRead()
  let lastWasTitle = false
  // A row complete with its item cell, or a line that is no entry: no title goes on after it.
  let closed = false
  for (const {line, furniture} of entries) {
    // A number alone between blank lines looks like a page's number; under a table's heads it is a cell.
    if (furniture && !(table && ITEM_CELL.test(line.text))) { children.push(furnitureNode(ctx, line)); continue }
    if (children.length === 0 && ATTACHMENTS_COLUMN.test(line.text)) {
      heads += ` ${line.text.trim()}`
      headsRead()
      continue
    }
    // "4" after "Entwurf einer Open-Source-Strategie der Länder": the item's cell of the row.
    if (items && lastWasTitle && ITEM_CELL.test(line.text)) {
      lastWasTitle = false
      closed = true
      continue
    }
    lastWasTitle = true
    // "Anlage 1: Geschäftsordnung …", "1. Präsentation BMDS …" under "Anlagen:"; "1." / "2." / then both titles (plain
    // pdftotext prints a list's labels apart from their text).
    const m = ATTACHMENT_LINE.exec(line.text) ?? NUMBERED_ATTACHMENT.exec(line.text) ?? (headed ? ATTACHMENT_LABEL.exec(line.text) : null) ??
      (table ? BARE_LABEL.exec(line.text) : null)
    if (m) {
      current = {type: 'attachment', number: m[1]!, ...trimmedSpan(line), children: []}
      column = m[2] ? line.text.length - m[2].trimStart().length : -1
      // "1   Entwurf einer Open-Source-Strategie der Länder   4": the row's item cell is no part of the title.
      const title = m[2] && items ? m[2].replace(ITEM_CELL_AFTER, '') : m[2]
      closed = title !== m[2]
      if (title) current.children.push(textPart(line, line.text.length - m[2]!.length, line.text.length - m[2]!.length + title.length))
      else pending.push(current)
      lastWasTitle = Boolean(title)
      children.push(current)
    } else if (current && !closed && current.children.length > 0 && (titleBreaksOff(current.children.map((c) => c.value).join(' ')) || TITLE_GOES_ON.test(line.text) ||
      // "… zur Cyber-Resilienz kommunaler" / "Rechenzentren (SL, RP)", "…, fortgeschriebene" / "Fassung": an adjective ends no title.
      ENDS_IN_ADJECTIVE.test(current.children.at(-1)!.value) ||
      // "Anlage 2:      Empfehlungen … für den Ausfall" / "               Verwaltungsportale": under the title's first letter.
      (column >= 4 && /^[ \t]*/.exec(line.text)![0].length === column))) {
      // "Anlage 5: Umlaufbeschluss der … zur Künstlichen" / "Intelligenz in der Arbeitswelt"; "… in der Fassung" / "vom 28.
      // Oktober 2054": a line that opens with a preposition or a parenthesis goes on with the title above.
      current.children.push(textLine(line))
      current.end = line.end
    } else if (pending.length > 0) {
      current = pending.shift()!
      current.children.push(textLine(line))
      closed = false
    } else {
      const leftover: Leftover = {type: 'leftover', value: line.text.trim(), ...trimmedSpan(line)}
      children.push(leftover)
      closed = true
    }
  }
  return {type: 'attachments', ...blockSpan(ctx, from, to), children, ...(annexes ? {annexes: true as const} : {})}
}
