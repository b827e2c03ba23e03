/**
 * The attendee table read as a stream: section labels, org designators
 * (a code "BW", a Land's name "Freistaat Bayern", a body "Föderale
 * IT-Kooperation (FITKO)") and the names beside them — whatever order the
 * PDF-to-text tool wrote the table's cells in:
 *
 * - row by row: "BW  Minister Thomas Strobl", "Bayern – Staatsminister …", "Niedersachsen: Staatssekretär …";
 * - column by column: "BW" … "TH", then "Minister Thomas Strobl" …, even all labels, then all codes, then all names;
 * - in chunks (plain pdftotext): "BW", "BY", "BE", three names, "BB", a name, …;
 * - a label column glued to the first row ("Mitglieder der DMK bzw. BW   Minister …"), label words between rows;
 * - Land names that wrap inside their cell ("Freie und" / "Hansestadt" / "Hamburg").
 *
 * Pairing designators with rows is `pair.ts`'s job; this file only reads.
 */
import type {TextLine} from '../../record/tree.ts'
import {isLandCode, isLandNameTail, LAND_NAME_TAIL, landCodeOf, landFromName, type LandCode} from '../../data/laender.ts'
import {BODY_WORD, CONFERENCE_OFFICE, isFederalBody, LEGAL_FORMS, looksLikeCode, MUNICIPALITY_START, RIVER, TOWN_SUFFIX} from '../../data/bodies.ts'
import {CHAIR_LABEL_ALONE, isColumnHead, isColumnHeads, isLabelTail, LABEL_ENUMERATOR, NOT_PRESENT, type Role, type SectionLabel} from '../../data/roles.ts'
import {findMentions, landAt} from '../../text/lexicon.ts'
import {OFFICE_ALTERNATION, OFFICES_LONGEST_FIRST as TITLES_LONGEST_FIRST, officesAt} from '../../data/titles.ts'
import {cellStart, headsOf, keepsColumns, readCellRows, readColumns, readStatusList, sideBySide, stackedHeads, staffSection, statusHeadsEnd} from './columns.ts'
import {staffByOffice} from './beside.ts'
import {splitPeople} from '../../text/names.ts'
import {matchesOf} from '../../text/matches.ts'

/** A row of names: the lines it spans, its first line cut where the names begin. */
export interface Row {
  /** The org printed on the row itself ("BW  Minister …"), or null (a names cell alone). */
  org: string | null
  lines: TextLine[]
  /** "n. a.", "entschuldigt", "nicht vertreten": nobody there. */
  absent: boolean
  /** "Es fehlt: Sachsen-Anhalt": a Land named absent in a list of its own, which may stand under any section's rows. */
  listed?: true
  /** The office printed in a column before the org ("Minister  Land Baden-Württemberg  Tobias Hellwarth"). */
  office?: string
  /** The first line from its org on, when the org stands on it ("Brandenburg: Staatssekretärin …"). */
  printed?: TextLine
  /** "Mitglied, Vorsitz" in a status column, "Ministerin (Vorsitz)" in an office column: the chair. */
  chair?: boolean
  /** "Ministerialdirektor (i. V.)" in an office column: who stands in for the Land's member. */
  standsIn?: boolean
  /** "Referentin (Begleitung)", "Oberbürgermeisterin (Gast zu TOP 1)" in an office column: the row's own role. */
  role?: Role
  /** The right half of a line that holds two tables side by side: the left half, and the column of the org. */
  beside?: {left: Row; column: number}
}

/** A designator standing alone: a cell of the code column. */
export interface Code {
  org: string
  line: TextLine
}

export type Item = {type: 'code'; code: Code} | {type: 'row'; row: Row}

export interface Section {
  role: Role
  /** The label as printed ("Ständiger Gast", "Gäste"). */
  label: string
  start: number
  end: number
  items: Item[]
}

export interface TableOptions {
  labels: SectionLabel[]
  /** A line made of label words only ("DMK/Stv. mit", "Stimmrecht"). */
  isLabelWords: (text: string) => boolean
  /** A label word ("mit", "Stimmrecht"), for label text glued before a code. */
  isLabelWord: (word: string) => boolean
}

// "Westfalen   Sondermann (Vorsitz)": the rest of a Land's name before the rest of the names cell.
const TAIL_BESIDE = new RegExp(`^${LAND_NAME_TAIL}[ \\t]{2,}(?=\\S)`)

// "GS DMK" as a section's label (see readTable): beside the same code, or alone on its line.
const OFFICE_LABEL = /^GS[ \t]DMK/
// "GS DMK   GS DMK   Ministerialrat …" (layout), "GS DMK GS DMK Ministerialrat …" (raw): the label, then the code.
const OFFICE_LABEL_BESIDE = /^GS[ \t]DMK[ \t]+GS[ \t]DMK(?![\p{L}])/u
const OFFICE_LABEL_ALONE = /^GS[ \t]DMK[ \t]*$/
const OFFICE_LABEL_ROW = new RegExp(`^GS[ \\t]DMK[ \\t]{2,}(?=(?:Dr\\.[ \\t]|Prof\\.[ \\t]|${OFFICE_ALTERNATION})(?![\\p{L}]))`, 'u')

// "Entschuldigt waren:", "Nicht vertreten ist:": the same with the verb.
const AWAY_LABEL = /^(?:Entschuldigt|Nicht[ \t]+vertreten|Nicht[ \t]+anwesend|Abwesend)(?:[ \t]+(?:ist|sind|war|waren))?[ \t]*:[ \t]*$/
const ABSENT_LIST = /^(?:Entschuldigt|Nicht[ \t]+vertreten|Nicht[ \t]+anwesend|Abwesend|Es[ \t]+fehl(?:t|en|te|ten))(?:[ \t]+(?:ist|sind|war|waren))?[ \t]*:[ \t]*(\S.*)$/

/** How many lines a Land's name may wrap over in its cell ("Freie und" / "Hansestadt" / "Hamburg"). */
const WRAP = 3
// Between a designator and the names: blanks, " – ", ": ".
const SEPARATOR = /^[ \t]*(?:[–:-](?=[ \t]|$)[ \t]*)?/
// "Föderale IT-Kooperation (FITKO) –", "Bundesministerium für Digitales und Staatsmodernisierung (BMDS)":
// an institution's name before its abbreviation, the names after a dash or colon.
const INSTITUTION = /^([^()]{3,200}?)\(([\p{L}\d-]{2,10})\)[ \t]*(?:[–:-][ \t]*|$)/mu

// The caption of a block beside the members': other roles only.
const BESIDE_CAPTION = /^(?:(?:Bund|Gäste|Gast|Ständige[rn]?|Geschäftsstelle|Protokoll|Begleitung|Weitere|Teilnehmende|Sonstige|und)(?:[ ,/]+|$))+$/

/**
 * A block beside the members' (pdftotext -layout): the members' label, a wide gap, and a caption or label of the
 * other block ("Stimmberechtigte Mitglieder          Bund, Gäste, Geschäftsstelle"). Each line from there on is cut
 * where the block starts: the right pieces, in order, and the left lines that remain. The caption itself is no row.
 */
function besideBlock(lines: readonly TextLine[], from: number, options: TableOptions): {lines: TextLine[]; left: Map<number, TextLine>; continues: boolean; last: number} | null {
  const head = lines[from]!
  const label = options.labels.find((l) => l.role === 'member' && l.pattern.test(head.value))
  if (!label) return null
  const lead = head.raw.length - head.raw.trimStart().length
  // The label's words ("Mitglieder der Konferenz"), up to the first wide gap.
  const wide = head.raw.indexOf('   ', lead)
  const labelEnd = wide === -1 ? head.raw.length : wide
  const gap = /^[ \t]{3,}(?=\S)/.exec(head.raw.slice(labelEnd))
  // The other block's caption names other roles only (a code or a name there is the members' first row); a Land's
  // name there ("Mitglieder der Konferenz          Niedersachsen") is the members' list going on in a second column.
  const caption = gap ? head.raw.slice(labelEnd + gap[0].length).trim() : ''
  const continues = landFromName(caption) !== undefined
  if (!gap || !(BESIDE_CAPTION.test(caption) || continues)) return null
  const column = labelEnd + gap[0].length
  let last = from
  const out: TextLine[] = []
  const left = new Map<number, TextLine>()
  for (let k = from; k < lines.length; k++) {
    const raw = lines[k]!.raw
    const c = cellStart(raw, column)
    if (c === -1) continue
    const l = lines[k]!
    const lineLead = raw.length - raw.trimStart().length
    const piece = cut(l, c - lineLead)
    if (k > from || continues) out.push(piece)
    const value = l.value.slice(0, c - lineLead).trimEnd()
    left.set(k, {...l, value, raw: raw.slice(0, c).trimEnd(), end: l.start + value.length})
    last = k
  }
  return out.length >= 2 ? {lines: out, left, continues, last} : null
}

/**
 * "Land   Mitglieder   Begleitung", "Land Mitglied der DMK Vertretung / weiteres Mitglied Begleitung", "Land Mitglied der DMK
 * vertreten durch", "Land Stimmführer/in weitere Teilnehmende", "Land Teilnehmerin/Teilnehmer Bemerkung": column heads that
 * open the members' rows without a label of their own.
 */
const MEMBER_HEADS = /^(?:(?:Land|Bundesland|Name|Funktion|Amtsbezeichnung)[ \t]+)*(?:Mitglied(?:er)?(?:[ \t]+der[ \t]+(?:DMK|Konferenz))?|Stimmführer(?:in|\/in)?|[Ss]timmführend|Teilnehmerin\/Teilnehmer)(?:[ \t]+(?:Begleitung|Begleitpersonen|Name|Funktion|Bemerkung|Vertretung[ \t]*\/[ \t]*weiteres[ \t]+Mitglied|vertreten[ \t]+durch|[Ww]eitere[ \t]+Teilnehmende))*$/

/**
 * The last of two to four lines that are each one head and together MEMBER_HEADS ("Land" / "Mitglieder" / "Begleitung",
 * "Land" / "Mitglied der DMK" / "Vertretung / weiteres Mitglied" / "Begleitung"), or -1.
 */
function stackedMemberHeads(lines: readonly TextLine[], from: number): number {
  const heads: string[] = []
  let last = -1
  for (let k = from; k < lines.length && k < from + 4; k++) {
    const value = lines[k]!.value.trim()
    if (!/^(?:Land|Bundesland|Name|Funktion|Mitglied(?:er)?(?:[ \t]+der[ \t]+(?:DMK|Konferenz))?|Begleitung|Begleitpersonen|Vertretung(?:[ \t]*\/[ \t]*weiteres[ \t]+Mitglied)?|vertreten[ \t]+durch)$/.test(value)) break
    heads.push(value)
    // The longest run that still reads as the heads ("Begleitung" may follow "Land" / "Mitglieder").
    if (heads.length >= 2 && heads.some((h) => h.startsWith('Mitglied')) && MEMBER_HEADS.test(heads.join(' '))) last = k
  }
  return last
}

/**
 * A "Begleitung" column beside the members' (pdftotext -layout keeps it apart): each line's cells from there
 * on, by line. Null without such a column.
 */
function staffColumn(lines: readonly TextLine[], from: number): {cells: Map<number, TextLine>} | null {
  const head = lines[from]!
  const at = /(?<=[ \t]{2})Begleit(?:ung|personen)$/.exec(head.raw)
  if (!at) return null
  const cells = new Map<number, TextLine>()
  for (let i = from + 1; i < lines.length; i++) {
    const raw = lines[i]!.raw
    const k = cellStart(raw, at.index)
    if (k === -1) continue
    const lead = raw.length - raw.trimStart().length
    cells.set(i, cut(lines[i]!, k - lead))
  }
  return {cells}
}

/** A sentence that opens with an article and a noun and says something with "sind", "ist", "werden": no row of people. */
function aboutTheList(text: string, next = ''): boolean {
  return /^(?:Die|Der|Das)[ \t]+\p{Lu}\p{Ll}+/u.test(text) && /(?<![\p{L}])(?:sind|ist|werden|wird)(?![\p{L}])/u.test(`${text} ${next}`) &&
    (text.endsWith('.') || next.endsWith('.'))
}

const LIST_TITLE = /^(?:An[ \t]+der[ \t]+Sitzung[ \t]+(?:nahmen|nehmen)[ \t]+teil|Anwesend(?:e)?|Anwesenheit(?:sliste)?|Teilnehmende|Teilnehmer(?:[*:_]?innen|Innen)?(?:liste)?|Teilnehmerinnen[ \t]+und[ \t]+Teilnehmer|Teilnehmendenliste|Teilnahmeliste|Teilnahme|Teilnehmerkreis|Sitzungsteilnehmer(?:innen)?)[ \t]*:?$/

const DAY_HEADING = /^[ \t]*(?:Erster|Zweiter|Dritter|\d\.)[ \t]+(?:Sitzungs|Konferenz|Verhandlungs)?[Tt]ag(?![\p{L}])/u

const STAFF_IN_BLOCK = /^(?:Begleitung|Begleitpersonen)[ \t]*:[ \t]*\S/

export function readTable(input: readonly TextLine[], options: TableOptions): Section[] {
  // A Begleitung column is cut off its lines once found (below).
  const lines = withSubstitutes(withoutVoteColumn(proseEntries(forEntries(parenEntries(sideBySide(input))))))
  let pendingOffice: string | undefined
  /** Heads name a second people column, whose empty cells are dashes of their own ("–" under "Begleitung"). */
  const emptyCells = lines.some((l) => l.value.length <= 80 && /[ \t](?:Begleitung|Begleitpersonen|Teilnehmende)$/.test(l.value) &&
    /^(?:Land|Bundesland|Mitglied|stimmführend|Begleitung|weitere|Begleitpersonen)(?![\p{L}])/u.test(l.value))
  /** The line before was "Entschuldigt:": the Länder on the next lines were not there. */
  let awayNext = false
  /** The Begleitung column's people, each with its row's org. */
  const staff: Item[] = []
  /** The Begleitung cell of the line before, owed to the org of its row (known once that line is read). */
  let aside: TextLine | undefined
  let lastOrg: string | null = null
  /** The lines of a block beside the members' (its own labels and rows), once found. */
  let right: TextLine[] | null = null
  /** The first section of a table whose Begleitung column the text tool lost, or -1. */
  let byOffice = -1
  const besides = new Map<number, TextLine>()
  const flush = () => {
    if (aside && lastOrg && !NOT_PRESENT.test(aside.value)) staff.push({type: 'row', row: {org: lastOrg, lines: [aside], absent: false}})
    aside = undefined
  }
  const isLabel = (text: string) => options.labels.some((l) => l.pattern.test(text.slice(LABEL_ENUMERATOR.exec(text)?.[0].length ?? 0)))
  const wholeLabel = (text: string) => {
    const t = text.slice(LABEL_ENUMERATOR.exec(text)?.[0].length ?? 0).trim()
    const l = options.labels.find((x) => x.pattern.test(t))
    const m = l?.pattern.exec(t)
    // "Begleitung und Geschäftsstelle": label words after the label belong to it.
    const rest = m ? t.slice(m[0].length).trim() : ''
    return l && m && (!rest || options.isLabelWords(rest)) ? {role: l.role, label: t.replace(/:$/, '')} : null
  }
  const sections: Section[] = []
  let current: Section | undefined
  /** The first line that reads as a Land's row before any section label, or -1. */
  let beforeAnyLabel = -1
  /** Where the last section label stood. */
  let labelIndent = 0
  // "Bayern" / "Staatsminister Dr. …" / "Begleitung: Korbinian Stadler" / "Berlin" / …: each Land's staff under its
  // members, "Begleitung:" again and again, is no section of its own.
  const staffInBlocks = lines.filter((l) => STAFF_IN_BLOCK.test(l.value)).length >= 2
  for (let i = 0; i < lines.length; i++) {
    flush()
    aside = besides.get(i)
    const line = lines[i]!
    // "Funktion   Name   Land", "Nr. Name   Amtsbezeichnung   Land / Institution   Status": read by the columns.
    const heads = headsOf(lines, i)
    if (heads && keepsColumns(lines, heads.last, heads.columns)) {
      const read = readColumns(lines, heads.last, heads.columns, {whole: wholeLabel, starts: isLabel}, sections, current)
      current = read.current
      for (let k = i + 1; k < read.next; k++) if (current) current.end = Math.max(current.end, lines[k]!.end)
      i = read.next - 1
      continue
    }
    // "Nr. Name Amtsbezeichnung Land / Institution Status" where its columns are lost (pdftotext -raw, pdf.js).
    const headsEnd = statusHeadsEnd(lines, i)
    if (headsEnd !== -1) {
      const read = readStatusList(lines, headsEnd, isLabel, sections, current)
      current = read.current
      i = read.next - 1
      continue
    }
    // "Name" / "Dienststelle" / "Funktion" each on a line of its own, then the cells a paragraph each (plain).
    const stacked = stackedHeads(lines, i)
    if (stacked) {
      const read = readCellRows(lines, stacked, wholeLabel, sections, current)
      if (read.next > stacked.end + 1) {
        current = read.current
        i = read.next - 1
        continue
      }
    }
    // "Land" / "Mitglieder" / "Begleitung": the same heads, each on a line of its own (plain); members by their office.
    const stackedEnd = current ? -1 : stackedMemberHeads(lines, i)
    if (stackedEnd !== -1) {
      current = {role: 'member', label: 'Mitglieder', start: line.start, end: lines[stackedEnd]!.end, items: []}
      sections.push(current)
      if (/Begleit(?:ung|personen)$/.test(lines[stackedEnd]!.value)) byOffice = sections.length - 1
      i = stackedEnd
      continue
    }
    // "Land Mitglied der DMK Begleitung" again over the next page's rows: the heads repeated, no row.
    if (current?.role === 'member' && current.items.length > 0 && !CHAIR_LABEL_ALONE.test(current.label) && MEMBER_HEADS.test(line.value.replace(/[ \t]+/g, ' '))) continue
    if (!current && MEMBER_HEADS.test(line.value.replace(/[ \t]+/g, ' '))) {
      current = {role: 'member', label: 'Mitglieder', start: line.start, end: line.end, items: []}
      sections.push(current)
      // "Land  Mitglieder  Begleitung": each line's Begleitung cell is the staff of its row's org; the rest of the
      // line is read as usual.
      const column = staffColumn(lines, i)
      for (const [k, cell] of column?.cells ?? []) {
        besides.set(k, cell)
        const left = lines[k]!.value.slice(0, cell.start - lines[k]!.start).trimEnd()
        lines[k] = {...lines[k]!, value: left, raw: lines[k]!.raw.slice(0, lines[k]!.raw.indexOf(left) + left.length), end: lines[k]!.start + left.length}
      }
      // Without the column (the text tool lost it): members by their office, staff without one (beside.ts).
      if (!column?.cells.size && /Begleit(?:ung|personen)$/.test(line.value)) byOffice = sections.length - 1
      // "Land" / "Name" / "Funktion" / "BW" / "Dr. Katharina Wolf" / … / "Mitglieder" (plain): the label after the members' rows.
      if (sections.length === 1 && beforeAnyLabel !== -1 && column === null) {
        current.start = lines[beforeAnyLabel]!.start
        i = beforeAnyLabel - 1
        beforeAnyLabel = -1
      }
      continue
    }
    if (!line.value) continue
    // "Anwesende" / "Baden-Württemberg" / "Ministerin …": the list's title over the Länder, their members first.
    // "Anwesenheit" / "Land" / "Teilnehmende (* = stimmführend)" / "Baden-Württemberg": heads on lines of their own (plain).
    const next = lines.slice(i + 1).find((l) => l.value && !isColumnHeads(l.value) && !isColumnHead(l.value))
    if (!current && sections.length === 0 && LIST_TITLE.test(line.value) && next && !isLabel(next.value) && landAt(next.value, 0) !== null) {
      current = {role: 'member', label: line.value.replace(/:$/, '').trim(), start: line.start, end: line.end, items: []}
      sections.push(current)
      continue
    }
    // "Stimmberechtigte Mitglieder          Bund, Gäste, Geschäftsstelle": a second block of the table beside the
    // members (pdftotext -layout), with labels and rows of its own; read on its own after the members.
    if (right === null && sections.length === 0) {
      const block = besideBlock(lines, i, options)
      if (block) {
        for (const [k, left] of block.left) lines[k] = left
        // A second column of the same list is read after the first, where the first ends.
        if (block.continues) lines.splice(block.last + 1, 0, ...block.lines)
        else right = block.lines
        i--
        continue
      }
    }
    let at = 0
    // "a) Mitglieder der Konferenz": the label after its letter.
    const enumerator = LABEL_ENUMERATOR.exec(line.value)?.[0].length ?? 0
    const labelText = line.value.slice(enumerator)
    // "NW:  Ministerin …, Staatssekretär …;" / "Begleitung: Timo Berghoff": a row that goes on, no label.
    const goesOn = (i > 0 && /[;,]$/.test(lines[i - 1]!.value) && /:[ \t]*\S/.test(labelText)) ||
      (staffInBlocks && current?.role === 'member' && STAFF_IN_BLOCK.test(labelText))
    // "Weitere Anwesende   NI        Regierungsrat …" / "                    Geschäftsstelle   Regierungsdirektor …": the
    // body in the org column, right of the labels, before a person — no label.
    const body = current !== undefined && indentOf(line) > labelIndent + 4 && officeCell(labelText)
    // "Bund (ständiger Gast)" / "GS DMK" / "Niederschrift" (raw: the label column read before the codes): the office's short name
    // over another label is the label of its staff (not "Geschäftsstelle der DMK" / "GS DMK" / "Regierungsdirektorin …", plain: the
    // code under its label); "GS DMK   GS DMK   Ministerialrätin …": the label before the same code.
    // "GS DMK" / "GS DMK" / "Ministerialrat Dr. …" (plain: codes and rows taking turns): the label, the code, its row.
    const codeLike = (k: number) => lines[k] !== undefined && (looksLikeCode(lines[k]!.value.trim()) || isLandCode(lines[k]!.value.trim()))
    // " GS DMK      Ministerialrat Dr. …" in the labels' column of a table without codes (its Länder the labels): the office's label.
    const officeBeside = current !== undefined && current.role !== 'staff' && OFFICE_LABEL_ROW.test(labelText) && indentOf(line) <= labelIndent + 1 &&
      !lines.slice(0, i).some((l) => isLandCode(l.value.trim().split(/[ \t]/)[0] ?? ''))
    const officeLabel = officeBeside || OFFICE_LABEL_BESIDE.test(labelText) || (OFFICE_LABEL_ALONE.test(labelText) && lines[i + 1] !== undefined && isLabel(lines[i + 1]!.value)) ||
      (OFFICE_LABEL_ALONE.test(labelText) && OFFICE_LABEL_ALONE.test(lines[i + 1]?.value ?? '') && lines[i + 2] !== undefined && !codeLike(i + 2) && !codeLike(i - 1))
    // "Vorsitz" / "TH" / "Ministerin …" (plain) as the table's first lines: the chair's row under a label of its own.
    const chairLabel = current === undefined && CHAIR_LABEL_ALONE.test(labelText) && isLandCode(lines[i + 1]?.value.trim() ?? '')
    const label = goesOn || body ? undefined : officeLabel ? {role: 'staff' as const, pattern: OFFICE_LABEL} : chairLabel ? {role: 'member' as const, pattern: CHAIR_LABEL_ALONE}
      : options.labels.find((l) => l.pattern.test(labelText))
    // "Ständiger Gast" alone under the rows of "Ständiger Gast und Gäste": a remark cell (or a label repeated on
    // the next page), not a new section.
    // "Vorsitz" / "TH" / … / "Länder": the members' label after the chair's own section is a new one.
    if (label && current && current.role === label.role && current.items.length > 0 && labelText.trim().length === label.pattern.exec(labelText)![0].trim().length &&
      !CHAIR_LABEL_ALONE.test(current.label)) continue
    if (label) {
      const m = label.pattern.exec(labelText)!
      current = {role: label.role, label: m[0].trim(), start: line.start, end: line.end, items: []}
      sections.push(current)
      labelIndent = indentOf(line)
      at = enumerator + m[0].length
      // "Gäste (zeitweise)", "Weitere Anwesende (ohne Stimmrecht):" (alone or before its cells): a remark on the label, no row.
      // "Gast (zu TOP 5.1) BSI Vizepräsidentin …" (raw, pdf.js: one blank): the item the guest came for.
      // "Ständiger Gast (Bund) BMDS      Parlamentarische …" (layout: the label ran into the code's column): one blank before the code.
      const remark = /^[ \t]*\([^()]{1,40}\):?(?=[ \t]{2,}\S|[ \t]*$|[ \t]\p{Lu}[\p{Lu}\d.-]{1,9}[ \t]{2,}\S)/u.exec(labelText.slice(m[0].length)) ??
        /^[ \t]*\((?:zu|für|ab|bis)[ \t]+(?:TOP|Top|Punkt|Tagesordnungspunkt)[ \t]*[\dIVX][^()]{0,20}\)(?=[ \t]+\S)/.exec(labelText.slice(m[0].length))
      if (remark) at += remark[0].length
      // "Geschäftsstelle,         GS DMK   Ministerialrat …" / "Protokoll": the label wraps after its comma.
      else at += /^,(?=[ \t]{2,}\S|[ \t]*$)/.exec(labelText.slice(m[0].length))?.[0].length ?? 0
      // "Geschäftsstelle der DMK: Ministerialrat …" at the line's start (plain): a row of the office's, the section's label too.
      if (label.role === 'staff' && officeCell(labelText)) at = enumerator
      // "Baden-Württemberg" / "Dr. Annika Schwab-Rößler" / "Ministerin" / … / "Stimmberechtigte Mitglieder": plain pdftotext
      // printed the label column after the members' rows; they are read again, under it.
      if (sections.length === 1 && label.role === 'member' && beforeAnyLabel !== -1) {
        current.start = lines[beforeAnyLabel]!.start
        i = beforeAnyLabel - 1
        beforeAnyLabel = -1
        continue
      }
    }
    // The first Land's row before any label ("Land / Institution" / "Name" / "Funktion" / "Baden-Württemberg" / …).
    if (!current && beforeAnyLabel === -1 && (landAt(line.value.trim(), 0)?.end === line.value.trim().length || isLandCode(line.value.trim()))) beforeAnyLabel = i
    if (!current) continue
    // "Abkürzungen: Min./Min.in = Minister/in, StS = …": a legend under the table; no rows until the next label.
    // "Die Begleitungen der Mitglieder … sind in der Teilnehmerliste (Anlage 3) aufgeführt.": a sentence about the list.
    // "Erster Sitzungstag – Donnerstag, 17. November 2061": the minutes of a session over two days begin.
    // "Stimmrechtsübertragungen" over a table of its own (votes/index.ts reads it).
    // "* Bis 12:15 Uhr; Bremen hat sein Stimmrecht … übertragen.": the note to a row's asterisk, under the table.
    if (!label && (/^(?:Abkürzungen|Abkürzungsverzeichnis|Legende)[ \t]*:/.test(line.value) || /^\*{1,3}[ \t]*\p{Lu}/u.test(line.value) || DAY_HEADING.test(line.value) ||
      /^Stimmrechtsübertragung(?:en)?[ \t]*:?$/.test(line.value) || aboutTheList(line.value, lines[i + 1]?.value))) {
      current = undefined
      continue
    }
    // "A. Regularien": a part heading of the minutes that plain reading order put here, no row.
    // Not "E. Lindner  SenInnDS Berlin  Staatssekretärin": an initial, a person with a Land.
    // "II. Beratungsgegenstände" after the list: the next part's heading.
    if (!label && /^(?:[A-H]|[IVX]{1,5})\.[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{L}+){0,3}$/u.test(line.value) && findMentions(line.value).length === 0) continue
    current.end = line.end
    // "Land  Name  Amtsbezeichnung": the table's column heads; plain pdftotext puts each on its own line.
    if (at === 0 && (isColumnHeads(line.value) || (isColumnHead(line.value) && [lines[i - 1], lines[i + 1]].some((l) => l && isColumnHead(l.value))))) continue
    // "Weitere Teilnehmende   Geschäftsstelle   Regierungsdirektor …": the office's cell after the label is no label word.
    if (officeCell(line.value.slice(at).trimStart())) at += /^[ \t]*/.exec(line.value.slice(at))![0].length
    else if (!body) at = skipLabelWords(line.value, at, options)
    // "Nicht vertreten          Mecklenburg-        –" / "Vorpommern": a label column's cell for the Länder not there, among
    // the members; the row's dash says it.
    if (at === 0 && current.role === 'member') at = /^(?:Nicht[ \t]+vertreten|Nicht[ \t]+anwesend|Entschuldigt|Abwesend)(?=[ \t]{2,}\S)[ \t]*/.exec(line.value)?.[0].length ?? 0
    // "Nordrhein-      Staatssekretärin Dr. Katharina" / "Westfalen       Sondermann (Vorsitz)": the rest of a Land's name
    // broken in its narrow cell, before the rest of the names cell; the name goes on.
    const tail = at === 0 ? TAIL_BESIDE.exec(line.value) : null
    if (tail) at = tail[0].length
    // "Schleswig-   Minister Dr. Sönke Brodersen" / "             Holstein": the tail alone, under the right table's Land column.
    if (at === 0 && isLandNameTail(line.value) && /^[ \t]{8,}/.test(line.raw)) continue
    // "Ständiger Gast und Gäste": the whole label, words after its pattern included.
    if (label && at > enumerator) current.label = line.value.slice(enumerator, at).trim()
    // "▪ Bayern: Staatsminister …", "– Frau Ministerin …": a list's bullet before the row.
    // Not "(Deutsches Forschungszentrum für Künstliche Intelligenz" / "– DFKI), zu Punkt VIII": a parenthesis still open.
    const open = (lines[i - 1]?.value.split('(').length ?? 0) > (lines[i - 1]?.value.split(')').length ?? 0)
    at += (open ? /^[•▪·◦][ \t]*/u : /^(?:[•▪·◦][ \t]*|[–-][ \t]+(?=\p{Lu}|für[ \t]))/u).exec(line.value.slice(at))?.[0].length ?? 0
    // "– für das Land Baden-Württemberg: Staatssekretärin …", "– für den Freistaat Bayern: …": the Land the entry is for.
    const forLand = /^für[ \t]+(?:das[ \t]+|den[ \t]+|die[ \t]+)?/.exec(line.value.slice(at))
    if (forLand && landAt(line.value, at + forLand[0].length) !== null) at += forLand[0].length
    // "– für den Bund: Parlamentarische Staatssekretärin …, Bundesministerium … (BMDS)": the body is in the entry.
    const forBund = forLand ? /^Bund[ \t]*:[ \t]*/.exec(line.value.slice(at + forLand[0].length)) : null
    if (forLand && forBund) at += forLand[0].length + forBund[0].length
    // "Ständiger Gast   Bund: Parlamentarischer Staatssekretär … (BMDS)": the Bund as a Land would stand; its body's code follows.
    else at += /^Bund[ \t]*:[ \t]*(?=\p{Lu})/u.exec(line.value.slice(at))?.[0].length ?? 0
    // "1.   Baden-Württemberg: Minister …", "12. Saarland: …": a numbered list's running number before a Land.
    const enumerated = /^\d{1,2}\.[ \t]+/.exec(line.value.slice(at))
    if (enumerated && landAt(line.value, at + enumerated[0].length) !== null) at += enumerated[0].length
    if (at >= line.value.length) continue
    if (at === 0 && options.isLabelWords(line.value)) continue
    // "Entschuldigt:" / "Freie Hansestadt Bremen (Staatsrat Ole Brünjes); eine Stimmrechtsübertragung liegt nicht vor.": the
    // Länder absent on the lines under their label, whoever they would have sent.
    if (awayNext) {
      const named = findMentions(line.value.slice(at).split(/[(;]|\.(?=[ \t]|$)/)[0]!).filter((m) => isLandCode(m.org))
      if (named.length > 0) {
        for (const m of named) current.items.push({type: 'row', row: {org: m.org, lines: [cut(line, at)], absent: true}})
        continue
      }
      awayNext = false
    }
    if (AWAY_LABEL.test(line.value.slice(at))) {
      awayNext = true
      continue
    }
    // "Baden-Württemberg            Bayern" over "Minister Dr. …        Staatsminister …": a grid of Länder, read
    // column by column (pdftotext -layout keeps the columns apart by blanks).
    const grid = at === 0 ? gridHeads(line) : null
    if (grid) {
      // "Begleitung: Tim Bernhardt" under a Land's member in its column is no label that ends the grid.
      const end = gridEnd(lines, i + 1, (text) => isLabel(text) && !(staffInBlocks && STAFF_IN_BLOCK.test(text)))
      for (const [k, head] of grid.entries()) {
        current.items.push({type: 'code', code: {org: head.org, line}})
        for (let j = i + 1; j < end; j++) {
          const cell = cellOf(lines[j]!, head.column, grid[k + 1]?.column ?? Infinity)
          if (!cell) continue
          // "Bayern" lower in the column: a further Land's block in it (three text columns of Land blocks).
          const land = landAt(cell.value, 0)
          if (land && land.end === cell.value.length) current.items.push({type: 'code', code: {org: land.code, line: cell}})
          else current.items.push({type: 'row', row: {org: null, lines: [cell], absent: NOT_PRESENT.test(cell.value)}})
        }
      }
      for (let j = i + 1; j < end; j++) current.end = lines[j]!.end
      i = end - 1
      continue
    }
    // "Minister  Land Baden-  Tobias Hellwarth", "—  Freie Hansestadt  —  nicht vertreten": an office column
    // before the org's; the office goes to the names.
    const lead = officeLead(line.value.slice(at))
    // Not an office that an institution's name begins with ("Bundesbeauftragte für den Datenschutz … (BfDI)").
    const guests = current.role === 'guest' || current.role === 'permanent_guest'
    const led = lead && !/^\p{Ll}/u.test(line.value.slice(at + lead.length)) ? designatorAt(lines, i, at + lead.length, isLabel, guests, options.isLabelWord) : null
    if (led) at += lead!.length
    const office = led && !/^[–—-]/.test(lead!) ? lead!.trim() : undefined
    const designator = led ?? designatorAt(lines, i, at, isLabel, guests, options.isLabelWord)
    if (designator) {
      if (designator.wrap) lines[designator.wrap.line] = cut(lines[designator.wrap.line]!, designator.wrap.at)
      lastOrg = designator.org
      for (let k = i + 1; k <= designator.line; k++) current.end = lines[k]!.end
      // Names beside the first line of a wrapped designator (offset encoded as -names - 1).
      const beside = designator.offset < 0 ? cut(line, -designator.offset - 1) : null
      i = designator.line
      const last = lines[i]!
      // "HB –": the dash the separator would take says nobody came.
      const dash = !beside && /^[ \t]*[–-][ \t]*$/.test(last.value.slice(designator.offset - 2)) && /[–-][ \t]*$/.test(last.value)
      const rest = beside ?? (dash ? cut(last, last.value.search(/[–-][ \t]*$/)) : designator.offset < last.value.length ? cut(last, designator.offset) : null)
      if (rest && rest.value) {
        pushRows(current, designator.org, rest, office, line.start - (line.raw.length - line.raw.trimStart().length))
        const row = current.items.at(-1)
        if (row?.type === 'row' && designator.line === i && !beside && row.row.lines[0] === rest) row.row.printed = cut(line, at)
      } else {
        current.items.push({type: 'code', code: {org: designator.org, line}})
        pendingOffice = office
      }
      continue
    }
    const cell = at > 0 ? cut(line, at) : line
    // "Entschuldigt: Saarland", "Nicht vertreten: Bremen, HB": Länder absent, named in a list of their own.
    const away = ABSENT_LIST.exec(cell.value)
    // "Nicht vertreten: Bremen und Saarland. Bremen hat sein Stimmrecht auf Niedersachsen …": the list ends with its sentence.
    const absent = away ? findMentions(away[1]!.split(/\.(?=[ \t]|$)/)[0]!).filter((m) => isLandCode(m.org)) : []
    if (absent.length > 0) {
      for (const m of absent) current.items.push({type: 'row', row: {org: m.org, lines: [cell], absent: true, listed: true}})
      continue
    }
    // "Dr. Nadine Rückert   BW   Ministerin": the name first, then the Land's column.
    const inside = pendingOffice ? null : codeAfterName(cell) ?? landAfterOffice(cell)
    if (inside) {
      current.items.push({type: 'row', row: {org: inside.org, lines: [inside.cell], absent: NOT_PRESENT.test(cell.value), printed: cell}})
      continue
    }
    // "Thüringen Staatssekretärin Franziska Gräfe (ab 11.15" / "Uhr)" / "–": the row's empty cell beside it (pdftotext -raw
    // puts it on a line of its own), no Land that sent nobody.
    const before = current.items.at(-1)
    // Not "Minister Dr. …" / "—" under a column of codes, nor a dash plain pdftotext moved: there it is a Land's row of its own.
    const opener = current.items.at(-2)
    const closes = before?.type === 'row' && before.row.org === null && /^[^()]*\)$/.test(before.row.lines.map((l) => l.value).join(' ')) &&
      opener?.type === 'row' && opener.row.org !== null && /\([^()]*$/.test(opener.row.lines.map((l) => l.value).join(' '))
    // Under heads with a second people column ("Land  Mitglied der DMK  Begleitung", "stimmführend  weitere Teilnehmende")
    // a dash after a row with its people is that column's empty cell.
    const besideCell = emptyCells && before?.type === 'row' && !before.row.absent && before.row.lines.some((l) => /\p{Ll}/u.test(l.value))
    if (/^[–—-]$/.test(cell.value) && !pendingOffice && (closes || besideCell)) continue
    current.items.push({type: 'row', row: {org: null, lines: [cell], absent: NOT_PRESENT.test(cell.value), ...(pendingOffice ? {office: pendingOffice} : {})}})
    pendingOffice = undefined
  }
  flush()
  if (right) sections.push(...readTable(right, options))
  // The members' staff after the guests, as a section of their own.
  if (staff.length > 0) sections.push(staffSection(staff))
  if (byOffice !== -1) staffByOffice(sections, byOffice)
  return sections
}

// "BW – Minister …", "; BY – Staatssekretärin …", "Gast: KGSt – Vorständin …": an entry of a list in prose, its code and dash first.
const PROSE_ENTRY = /(?:^|[;:][ \t]*)([\p{L}][\p{L}\d-]{1,29})[ \t]+[–-](?=[ \t]|$)/gu

/** Where entries of a list in prose start on the line (their code's first letter). */
function entryStarts(line: TextLine): number[] {
  const out: number[] = []
  for (const m of matchesOf(line.value, PROSE_ENTRY)) {
    const code = m[1]!
    if (isLandCode(code) || looksLikeCode(code) || landFromName(code) !== undefined) out.push(m.index + /^[;:]?[ \t]*/.exec(m[0])![0].length)
  }
  return out
}

/**
 * "Stimmberechtigte Mitglieder: BW – Minister Tobias Rheinwald; BY – Staatssekretärin Dr. Theresa" / "Aumüller; … HH –
 * Senator Malte Iversen; HE –" / "Ministerialdirigentin Dr. …": a list in prose whose entries ("code – people", ";"
 * between) break anywhere. Each entry becomes a line of its own, a line break inside it read as blanks (offsets kept);
 * a label before the first entry stays with it. A block with fewer than three entries after a ";" stays as it is.
 */
function proseEntries(lines: readonly TextLine[]): TextLine[] {
  const starts = lines.map(entryStarts)
  const after = starts.reduce((n, at, i) => n + at.filter((k) => k > 0 && /;[ \t]*$/.test(lines[i]!.value.slice(0, k))).length, 0)
  if (after < 3) return [...lines]
  const out: TextLine[] = []
  let open: TextLine | null = null
  const close = () => {
    if (open) out.push(open)
    open = null
  }
  lines.forEach((line, i) => {
    const at = starts[i]!
    if (!line.value.trim()) {
      close()
      out.push(line)
      return
    }
    const head = linePart(line, 0, at[0] ?? line.value.length)
    // A label ("Weitere Teilnehmende:") opens a line of its own, with the first entry after it.
    const label = head !== null && /:$/.test(head.value) && at.length > 0
    if (head && !label) {
      // "Aumüller;": the entry of the line before goes on; a line of its own without one.
      if (open && !/^\p{Lu}[^:;]{0,60}:/u.test(head.value)) open = joinEntry(open, head)
      else {
        close()
        if (at.length === 0) out.push(line)
        else out.push(head)
      }
    } else close()
    at.forEach((k, n) => {
      const entry = linePart(line, label && n === 0 ? 0 : k, at[n + 1] ?? line.value.length)
      if (!entry) return
      close()
      open = entry
    })
  })
  close()
  return out
}

// "… Minister Tobias Rheinwald ja", "… Dr. Felix Hammes ja, zugleich für das", "Saarland – übertragen auf": a row's
// "Stimmrecht" cell at its end, one blank or more before it.
const VOTE_CELL = /(?<=\S)[ \t]+(?:ja|nein|(?:ja,[ \t]+)?zugleich[ \t]+für(?:[ \t]+\S.*)?|übertragen[ \t]+(?:auf|an)(?:[ \t]+\S.*)?|ja,.*)$|^(?:ja|nein)$/
// A cell that goes on in the next line: "ja, zugleich für das" / "Saarland", "übertragen auf" / "Rheinland-Pfalz".
const VOTE_CELL_OPEN = /(?:für|auf|an|das|den|die|,)$/

/**
 * "Land   vertreten durch   Stimmrecht": the vote column cut off each row (its cells say "ja", "ja, zugleich für das
 * Saarland", "übertragen auf Rheinland-Pfalz"), and the lines that only finish such a cell dropped, so that a Land
 * named there is no row of its own. Rows under other heads stay as they are.
 */
function withoutVoteColumn(lines: TextLine[]): TextLine[] {
  const heads = lines.findIndex((l) => isColumnHeads(l.value) && /(?:^|[ \t])Stimmrecht$/.test(l.value))
  if (heads === -1) return withoutRemarks(lines)
  const out = lines.slice(0, heads + 1)
  let open = false
  for (const line of lines.slice(heads + 1)) {
    // "Saarland" / "Rheinland-Pfalz" under an open cell: the cell's end.
    if (open && landFromName(line.value.trim()) !== undefined) {
      open = false
      continue
    }
    const m = VOTE_CELL.exec(line.value)
    if (!m) {
      open = false
      out.push(line)
      continue
    }
    open = VOTE_CELL_OPEN.test(m[0].trimEnd())
    const value = line.value.slice(0, m.index).trimEnd()
    if (value) out.push({...line, value, raw: line.raw.slice(0, line.raw.length - (line.value.length - value.length)), end: line.start + value.length})
  }
  return out
}

// "Land Mitglied der DMK vertreten durch", its columns lost (pdftotext -raw, pdf.js): one blank between the heads.
const SUBSTITUTE_HEADS = /^(?:Land|Bundesland) Mitglied(?: der (?:DMK|Konferenz))? (?:vertreten durch|Vertreter(?:in)?)$/
// "BY Staatsminister Georg Finsterwalder –": the member came, nobody sat for them.
const MEMBER_CAME = /[ \t][–—-]$/

/**
 * "BW Staatssekretär Dr. Matthias Fezer Ministerialdirigentin Dr. Sabine Riedesser" under "Land Mitglied der DMK vertreten
 * durch" read without its columns: the one who sat for the member is the row's (the member's cell blanked, offsets kept);
 * "… –" the member came; "… entschuldigt" stays, nobody came.
 */
function withSubstitutes(lines: TextLine[]): TextLine[] {
  const heads = lines.findIndex((l) => SUBSTITUTE_HEADS.test(l.value))
  if (heads === -1) return lines
  return lines.map((line, k) => {
    const land = k > heads ? landAt(line.value, 0) : null
    if (!land) return line
    const came = MEMBER_CAME.exec(line.value)
    const people = came ? [] : splitPeople(line.value.slice(land.end))
    const value = came ? line.value.slice(0, came.index).trimEnd()
      : people.length === 2 ? line.value.slice(0, land.end) + ' '.repeat(people[1]!.index) + line.value.slice(land.end + people[1]!.index) : line.value
    return value === line.value ? line : {...line, value, raw: value, end: line.start + value.length}
  })
}

// "… Dr. Leonie Brandauer geschäftsführend", "… erstmals anwesend": a remark cell at a row's end under "Bemerkung", read without
// its column (pdf.js, raw); absence ("entschuldigt") and times stay, other rules read them.
const REMARK_CELL = /[ \t](?:geschäftsführend|kommissarisch|erstmals[ \t]+anwesend|erstmals[ \t]+dabei|neu)$/
const REMARK_HEADS = /^(?:Land|Bundesland)[ \t].*[ \t](?:Bemerkung|Bemerkungen|Anmerkung|Anmerkungen)$/

/** Rows under "Land Teilnehmerin/Teilnehmer Bemerkung" without a remark cell that would run into the name (offsets kept). */
function withoutRemarks(lines: TextLine[]): TextLine[] {
  const heads = lines.findIndex((l) => REMARK_HEADS.test(l.value))
  if (heads === -1) return lines
  return lines.map((line, k) => {
    const m = k > heads ? REMARK_CELL.exec(line.value) : null
    if (!m || !landAt(line.value, 0)) return line
    const value = line.value.slice(0, m.index)
    return {...line, value, raw: value, end: line.start + value.length}
  })
}

// "für Bayern Ministerialdirigent …", "als ständiger Gast …": an entry of an attendance list in prose (after a comma, a
// semicolon or the line's start, which the code checks).
const FOR_ENTRY = /(?<![\p{L}])(?:(für)[ \t](?:das[ \t]|den[ \t]|die[ \t])?(?=\p{Lu})|als[ \t](?=(?:ständige[rn]?[ \t]Gast|ständige[rn]?[ \t]Gäste|Gast|Gäste|Begleitung)(?![\p{L}])))/gu

/** The part of a line from `from` to `to` as a line of its own, blanks trimmed (offsets kept), or null when blank. */
function linePart(line: TextLine, from: number, to: number): TextLine | null {
  const text = line.value.slice(from, to)
  const value = text.trim()
  if (!value) return null
  const start = line.start + from + (text.length - text.trimStart().length)
  return {type: 'line', start, end: start + value.length, value, raw: value}
}

/**
 * An entry and its next part on the next line, the line break read as blanks (offsets kept); "für Nordrhein-" /
 * "Westfalen Staatssekretär …": a Land's name broken at its hyphen joins without them (its start moved by as many).
 */
function joinEntry(open: TextLine, next: TextLine): TextLine {
  const gap = Math.max(1, next.start - open.end)
  if (brokenLand(open.value, 0)?.end === open.value.length && /^\p{Lu}/u.test(next.value)) {
    const value = `${open.value}${next.value}`
    return {type: 'line', start: open.start + gap, end: next.end, value, raw: value}
  }
  const value = `${open.value}${' '.repeat(gap)}${next.value}`
  return {type: 'line', start: open.start, end: next.end, value, raw: value}
}

/**
 * "An der Sitzung nahmen teil:" / "für Baden-Württemberg Ministerin …, für Bayern Ministerialdirigent Dr." / "Korbinian Reischl …,
 * …; als ständiger Gast …; als Gast …; als Begleitung …": an attendance list in prose, its entries broken anywhere. Each entry
 * becomes a line from its Land (or its role, capitalised: "Ständiger Gast …") on, the line breaks inside read as blanks
 * (offsets kept). Lines with fewer than three entries "für …" stay as they are.
 */
function forEntries(lines: readonly TextLine[]): TextLine[] {
  const land = (text: string, at: number) => landAt(text, at) ?? brokenLand(text, at)
  const starts = lines.map((line) => [...matchesOf(line.value, FOR_ENTRY)].filter((m) => /(?:^|[,;])[ \t]*$/.test(line.value.slice(0, m.index)) &&
    (m[1] === undefined || land(line.value, m.index + m[0].length) !== null)))
  // Not "für Bayern: Staatsminister …; für Berlin: …": a list with colons after its Länder is read as such.
  const plain = starts.reduce((n, s, i) => n + s.filter((m) => m[1] && !/^[ \t]*:/.test(lines[i]!.value.slice(land(lines[i]!.value, m.index + m[0].length)!.end))).length, 0)
  if (plain < 3) return [...lines]
  const out: TextLine[] = []
  let open: TextLine | null = null
  const close = () => {
    // The separator after the entry is no part of it (values are trimmed: it is the last character).
    if (open) out.push({...open, value: open.value.replace(/[,;.]$/, '').trimEnd(), raw: open.raw.replace(/[,;.]$/, '').trimEnd()})
    open = null
  }
  lines.forEach((line, i) => {
    const at = starts[i]!
    if (at.length === 0) {
      // "Korbinian Reischl in Vertretung …": the entry before goes on; a line of its own otherwise.
      // Not after an entry that ends its sentence, nor a line that opens with a label ("Ständiger Gast: …").
      if (open && line.value.trim() && !/\.$/.test(open.value) && !/^\p{Lu}[^:,;]{0,40}:/u.test(line.value.trim())) {
        open = joinEntry(open, {...line, value: line.value.trim(), end: line.start + line.value.trim().length})
      } else {
        close()
        out.push(line)
      }
      return
    }
    const head = linePart(line, 0, at[0]!.index)
    if (head && open) open = joinEntry(open, head)
    else if (head) out.push(head)
    at.forEach((m, k) => {
      const from = m.index + m[0].length
      const entry = linePart(line, from, at[k + 1]?.index ?? line.value.length)
      close()
      if (!entry) return
      // "ständiger Gast …": the role as a section's label reads it, capitalised (one letter, the offsets alike).
      open = m[1] ? entry : {...entry, value: entry.value[0]!.toUpperCase() + entry.value.slice(1), raw: entry.value[0]!.toUpperCase() + entry.value.slice(1)}
    })
  })
  close()
  return out
}

/**
 * "Für die Länder: Baden-Württemberg (Staatssekretärin Dr. Ruth Kienzlen), Bayern (Staatsse-" / "kretärin …), …, Niedersachsen"
 * / "(nicht vertreten), …": the Länder in running text, each with its people in parentheses. Each entry becomes a line from its
 * Land on, its parentheses blanked (offsets kept) so that the people read as a row's; the lines an entry wraps onto stay lines
 * of their own (the rows join them). Lines with fewer than four such entries stay as they are.
 */
function parenEntries(lines: readonly TextLine[]): TextLine[] {
  const land = (text: string, at: number) => landAt(text, at) ?? brokenLand(text, at)
  const starts = lines.map((line, i) => {
    const found: number[] = []
    const v = line.value
    // After the entry before ("…), Bayern (…"), a label ("Für die Länder: Baden-Württemberg (…"), or at the start of a line
    // after one of these (not "…, Ministerialdirektorin, Bayern (in Vertretung …)": a person's Land and a remark).
    for (const m of matchesOf(v, /(?:^|\)[ \t]*[,;][ \t]*|:[ \t]*)(?=\p{Lu})/gu)) {
      const at = m.index + m[0].length
      if (at === 0 && i > 0 && !/[),;:]$/.test(lines[i - 1]!.value)) continue
      const l = land(v, at)
      if (!l) continue
      const after = v.slice(l.end)
      // The parenthesis holds people and ends the entry ("(Staatssekretärin …),"), not a ministry's code before a column
      // ("HE (StK)        Staatssekretär …").
      const closed = /^[ \t]*\(([^()]*)\)(.*)$/.exec(after)
      if (closed && (/^[ \t]*[\p{L}\d.-]{1,10}[ \t]*$/u.test(closed[1]!) || !/^[ \t]*(?:[,;.][ \t]*|$)/.test(closed[2]!.slice(0, 3)))) continue
      if (/^[ \t]*\(/.test(after) || (after.trim() === '' && lines[i + 1]?.value.startsWith('('))) found.push(at)
    }
    return found
  })
  if (starts.reduce((n, s) => n + s.length, 0) < 4) return [...lines]
  const out: TextLine[] = []
  // Whether the entry's opening parenthesis was blanked, and how deep the parentheses inside it go.
  let waiting = false
  let depth = 0
  const blank = (piece: TextLine, entry: boolean): TextLine => {
    const chars = [...piece.value]
    let i = 0
    if (entry) {
      const open = piece.value.indexOf('(')
      if (open !== -1 && /^[^()]*$/.test(piece.value.slice(0, open))) {
        chars[open] = ' '
        waiting = true
        depth = 0
        i = open + 1
      }
    } else if (waiting && piece.value.startsWith('(') && depth === 0) {
      // "Niedersachsen" / "(nicht vertreten), …": the parenthesis on the next line.
      chars[0] = ' '
      i = 1
    }
    let closedAt = -1
    for (; i < chars.length && waiting; i++) {
      if (chars[i] === '(') depth++
      else if (chars[i] === ')') {
        if (depth === 0) {
          chars[i] = ' '
          waiting = false
          closedAt = i
        } else depth--
      }
    }
    // The separator after the entry's parenthesis is no part of it ("…Kienzlen), Bayern"); "Dr." before a line break keeps its dot.
    const ends = closedAt !== -1 && /^[ \t,;.]*$/.test(piece.value.slice(closedAt + 1))
    const value = (ends ? chars.slice(0, closedAt).join('') : chars.join('')).trimEnd()
    return value ? {...piece, value, raw: value, end: piece.start + value.length} : piece
  }
  lines.forEach((line, i) => {
    const at = starts[i]!
    if (at.length === 0) {
      // A Land at the line's end waits for its parenthesis on this line.
      out.push(waiting || line.value.startsWith('(') ? blank(line, false) : line)
      return
    }
    const head = linePart(line, 0, at[0]!)
    if (head) out.push(waiting ? blank(head, false) : head)
    at.forEach((from, k) => {
      const piece = linePart(line, from, at[k + 1] ?? line.value.length)
      if (!piece) return
      waiting = false
      const entry = blank(piece, true)
      // "Niedersachsen" alone at the line's end: its parenthesis opens the next line.
      if (!piece.value.includes('(')) waiting = true
      out.push(entry)
    })
  })
  return out
}

/** The designators of a grid's heading row, each with its column: two or more, and nothing else on the line. */
function gridHeads(line: TextLine): Array<{org: string; column: number}> | null {
  const cells = [...matchesOf(line.raw, /\S+(?:[ ]\S+)*/g)]
  if (cells.length < 2) return null
  const heads: Array<{org: string; column: number}> = []
  for (const c of cells) {
    const land = landAt(c[0], 0)
    const org = land && land.end === c[0].length ? land.code : looksLikeCode(c[0]) ? c[0] : null
    if (!org) return null
    heads.push({org, column: c.index})
  }
  return heads
}

/** Where a grid's rows end: at its next heading row, a section label, or a blank-free line that spans no column. */
function gridEnd(lines: readonly TextLine[], from: number, isLabel: (text: string) => boolean): number {
  let j = from
  while (j < lines.length && !gridHeads(lines[j]!) && !isLabel(lines[j]!.value)) j++
  return j
}

/** The text of a line between two columns (raw positions), as a line of its own; null if blank there. */
function cellOf(line: TextLine, from: number, to: number): TextLine | null {
  const raw = line.raw
  // A cell starts at its column or a little before (justified text); it ends where the next column begins.
  let start = Math.max(0, from - 2)
  if (start >= raw.length) return null
  while (start > 0 && raw[start - 1] !== ' ') start--
  let end = Math.min(raw.length, to === Infinity ? raw.length : Math.max(start, to - 2))
  while (end < raw.length && raw[end] !== ' ' && end > start) end++
  const piece = raw.slice(start, end)
  if (!piece.trim()) return null
  const lead = line.start - (raw.length - raw.trimStart().length)
  const first = start + (piece.length - piece.trimStart().length)
  // Without the blanks that pad it to the next column: "Schwab-" at a cell's end is no suspended hyphen ("orts- und").
  return {type: 'line', start: lead + first, end: lead + first + piece.trim().length, value: piece.trim(), raw: piece.trimEnd()}
}

/** The office at the start of a row with the blanks after it ("Staatssekretärin   "), or a dash for none. */
function officeLead(text: string): string | null {
  const dash = /^[–—-][ \t]+/.exec(text)
  if (dash) return dash[0]
  const title = officesAt(text).find((t) => text.startsWith(t) && (text[t.length] === ' ' || text[t.length] === '\t'))
  if (!title) return null
  return text.slice(0, title.length) + /^[ \t]+/.exec(text.slice(title.length))![0]
}

/**
 * "BW  Minister Tobias Hellwarth   NI  Staatssekretärin Dr. Merle Habenicht": two tables side by side put
 * a second org in the middle of the row (a Land's code or a body's, outside parentheses, before a name).
 * The row splits there; the right half follows as a row of its own.
 */
function pushRows(section: Section, org: string, rest: TextLine, office: string | undefined, lineStart: number, beside?: Row) {
  const at = secondOrg(rest.value)
  const left = at === -1 ? rest : {...rest, value: rest.value.slice(0, at).trimEnd(), raw: rest.raw.slice(0, at).trimEnd(), end: rest.start + rest.value.slice(0, at).trimEnd().length}
  const row: Row = {org, lines: [left], absent: NOT_PRESENT.test(left.value), ...(office ? {office} : {}), ...(beside ? {beside: {left: beside, column: rest.start - lineStart}} : {})}
  section.items.push({type: 'row', row})
  if (at === -1) return
  // A Land by its name ("Niedersachsen", "Sachsen-Anhalt") or a code.
  const land = landAt(rest.value, at) ?? brokenLand(rest.value, at)
  const token = land ? rest.value.slice(at, land.end) : /^[\p{L}\d-]+/u.exec(rest.value.slice(at))![0]
  const right = cut(rest, at + token.length)
  const second = land?.code ?? landCodeOf(token) ?? token
  if (right.value) pushRows(section, second, {...right, start: rest.start + at}, undefined, lineStart, row)
  else section.items.push({type: 'code', code: {org: second, line: rest}})
}

/**
 * A Land's code or a listed body's standing alone after a name, the cell's words around it ("Dr. Nadine
 * Rückert   BW   Ministerin (Vorsitz)", "Dr. Hendrik Wilkens NDS Staatssekretär"): the org, and the cell
 * with the code blanked out (offsets kept). Not inside parentheses, not as the cell's first word.
 */
function codeAfterName(cell: TextLine): {org: string; cell: TextLine} | null {
  let depth = 0
  let words = 0
  let prev = ''
  for (const m of matchesOf(cell.value, /[()]|[^\s()]+/gu)) {
    if (m[0] === '(') depth++
    else if (m[0] === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0) {
      const org = landCodeOf(m[0]) ?? (isFederalBody(m[0]) ? m[0] : undefined)
      // A name has two words at least ("Dr." counts as none) and ends in a capitalised word: not "Präsident der BNetzA".
      if (org && words >= 2 && /^\p{Lu}\p{Ll}/u.test(prev)) {
        // "Dr. Jakob Weidemann Referent, BMDS (Begleitung)": after the office's comma, the body the office is held at —
        // the cell stays whole, so the role said after it ("(Begleitung)", "(ständiger Gast)" on the next line) stays too.
        if (prev.endsWith(',') && !landCodeOf(m[0])) return {org, cell}
        // The column after: an office stays with the name ("Ministerin (Vorsitz)"), a remark does not ("Begleitung").
        const after = cell.value.slice(m.index + m[0].length).trim()
        if (after && !officesAt(after).some((t) => after === t || after.startsWith(`${t} `))) {
          const name = cell.value.slice(0, m.index).trimEnd()
          return {org, cell: {...cell, value: name, raw: cell.raw.slice(0, cell.raw.indexOf(name) + name.length), end: cell.start + name.length}}
        }
        const rawAt = cell.raw.indexOf(m[0], m.index)
        return {org, cell: {...cell, value: blanked(cell.value, m.index, m[0].length), raw: rawAt === -1 ? cell.raw : blanked(cell.raw, rawAt, m[0].length)}}
      }
      if (!/^(?:Prof|Dr)\.$/.test(m[0])) words++
      prev = m[0]
    }
  }
  return null
}

/**
 * "Dr. Felix Ruckgaber, Staatssekretär (Baden-Württemberg)", "…, Staatssekretär (Nordrhein-Westfalen) – Vorsitz": a member's
 * row that names its Land last, in parentheses after the office. The org, and the cell with the parenthesis blanked (offsets
 * kept). Not "…, Fraunhofer FOKUS (zu TOP 3)": the word before the parenthesis is an office.
 */
function landAfterOffice(cell: TextLine): {org: string; cell: TextLine} | null {
  const m = /^([^(),]{3,80}),[ \t]*([^ \t(),][^(),]{2,80})\(([^()]{2,40})\)/u.exec(cell.value)
  const office = m?.[2]!.trimEnd()
  if (!m || !officesAt(office!).includes(office!)) return null
  const land = landAt(m[3]!, 0)
  if (!land || land.end !== m[3]!.length) return null
  const paren = `(${m[3]!})`
  const rawAt = cell.raw.indexOf(paren)
  return {org: land.code, cell: {...cell, value: blanked(cell.value, m[0].length - paren.length, paren.length), raw: rawAt === -1 ? cell.raw : blanked(cell.raw, rawAt, paren.length)}}
}

/** The text with `length` characters from `at` blanked: what a cell says apart from a code in it, its offsets kept. */
function blanked(text: string, at: number, length: number): string {
  return `${text.slice(0, at)}${' '.repeat(length)}${text.slice(at + length)}`
}

// "Nordrhein-" / "Westfalen": a Land's name broken at its hyphen in a narrow cell, its first part alone.
const BROKEN_LANDS: Readonly<Record<string, LandCode>> = {'Baden-': 'BW', 'Mecklenburg-': 'MV', 'Nordrhein-': 'NW', 'Rheinland-': 'RP', 'Sachsen-': 'ST', 'Schleswig-': 'SH'}

/** The Land whose name's first part stands at `at`, broken at its hyphen ("Schleswig-"), or null. */
function brokenLand(text: string, at: number): {code: LandCode; end: number} | null {
  const word = /^\p{Lu}\p{Ll}+-(?=[ \t]|$)/u.exec(text.slice(at))?.[0]
  const code = word ? BROKEN_LANDS[word] : undefined
  return code ? {code, end: at + word!.length} : null
}

/** Where a second org stands in a names cell, or -1. */
function secondOrg(text: string): number {
  // "Minister Tobias Rheinwald             Niedersachsen     Staatssekretär Dr. …": a Land's name after a wide gap, the
  // second of two tables side by side.
  for (const gap of matchesOf(text, /(?<![ \t])[ \t]{3,}(?=\p{Lu})/gu)) {
    const at = gap.index + gap[0].length
    const land = landAt(text, at) ?? brokenLand(text, at)
    const before = text.slice(0, gap.index)
    if (land && /^[ \t]+\p{Lu}/u.test(text.slice(land.end)) && before.split('(').length === before.split(')').length) return at
  }
  let depth = 0
  // "… (Vorsitz, bis      NW   Ministerin …": a wide gap ends the left cell, and a parenthesis open in it.
  // "RP  Minister …      SL   nicht vertreten": nobody beside the second org is a row too.
  for (const m of matchesOf(text, /[()]|(?<=[ \t])[\p{L}\d-]{2,10}(?=[ \t]+(?:\p{Lu}|nicht[ \t]|n\.[ \t]?a\.|entschuldigt|[–—-](?:[ \t]|$)))/gu)) {
    if (m[0] === '(') depth++
    else if (m[0] === ')') depth = Math.max(0, depth - 1)
    else {
      if (/[ \t]{3}$/.test(text.slice(Math.max(0, m.index - 3), m.index))) depth = 0
      // "Referent Timo Harms, GS DMK": a body after the name's comma is the person's, no second row.
      if (depth === 0 && m[0] !== 'TOP' && (isLandCode(m[0]) || looksLikeCode(m[0])) && m.index > 0 && !/,[ \t]$/.test(text.slice(0, m.index))) return m.index
    }
  }
  return -1
}

/** Past label words glued before the content: "bzw. BW …", "mit Stimmrecht   BY …", ": BW". */
function skipLabelWords(text: string, from: number, options: TableOptions): number {
  let at = from
  // "und Schifffahrt (zu TOP 8)": a joiner alone is the rest of a cell that wrapped, no label's ("und Geschäftsstelle").
  let joiners = 0
  let named = false
  for (;;) {
    const m = /^[ \t:]*(\S+)/.exec(text.slice(at))
    if (!m) return text.length
    const word = m[1]!
    // "Geschäftsstelle und      Regierungsdirektor …" / "Protokoll": a joiner before a wide gap ends a label that wraps.
    const wraps = joiners === 1 && !named && /^[ \t]?(?:und|sowie)[ \t]{2,}\S/.test(text.slice(from))
    // "Geschäftsstelle und" / "Niederschrift      HH   …": the label's last word alone in its cell (not "Niederschrift über die 9. Sitzung").
    const cellWord = isLabelTail(word) && /^(?:[ \t]{2,}\S|[ \t]*$)/.test(text.slice(at + m[0].length))
    if (!options.isLabelWord(word) && !cellWord) return joiners > 0 && !named && !wraps ? from + /^[ \t:]*/.exec(text.slice(from))![0].length : at + m[0].length - word.length
    if (/^(?:und|sowie)$/.test(word)) joiners++
    else named = true
    at += m[0].length
  }
}

/**
 * An org at `at` in line `i`: a code, a Land in any form (also wrapped over the next lines), or an
 * institution with its abbreviation in parentheses. Returns the org and where the names begin.
 */
function designatorAt(lines: readonly TextLine[], i: number, at: number, isLabel: (text: string) => boolean, guests: boolean,
  isLabelWord: (word: string) => boolean): Designator | null {
  const text = lines[i]!.value
  // "Geschäftsstelle   Regierungsdirektor Jan-Philipp Wolters", "Geschäftsstelle: Regierungsdirektor …" in the org column.
  const office = officeCell(text.slice(at))
  if (office) return {org: office[2] ?? office[1]!, line: i, offset: at + office[0].length}
  // "Dataport AöR   Vorstandsvorsitzende Dr. …": a body with its legal form, a cell before a wide gap (not "Dr. Tjark Hansen,
  // Dataport AöR   (zu TOP 5)": a person with the body).
  const legal = LEGAL_CELL.exec(text.slice(at))
  if (legal && !/^(?:Dr|Prof)\./.test(legal[1]!)) return {org: legal[1]!, line: i, offset: at + legal[0].length}
  const token = /^(?:[\p{L}\d-]{2,10}|\p{L}[\p{L}\d-]{1,8}\.[\p{Lu}\d]{1,8})(?=[ \t:–]|$)/u.exec(text.slice(at))
  if (token && (isLandCode(token[0]) || looksLikeCode(token[0]))) {
    const land = landCodeOf(token[0]) !== undefined && !guests
    const place = qualifier(text, at + token[0].length, land)
    const org = place ? `${token[0]} ${place.word}` : token[0]
    const end = place?.end ?? at + token[0].length
    // The code's cell wrapped: "OLG          Dr. Renate Tillmanns, …" / "Hamm         (zu TOP 4)", "HS Magdeburg-   Präsidentin …" /
    // "Stendal"; pdf.js: "Gast OLG" / "Hamm" / "Dr. Renate Tillmanns, …".
    const alone = !/\S/.test(text.slice(end))
    // Not the rest of the names' cell: "BfDI    Prof. Dr. …, Dr. Moritz Albrecht-" / "        Wendland" (indented to the names, or
    // after a hyphen that breaks them).
    const next = lines[i + 1]
    const names = !alone && !org.endsWith('-') && (/-$/.test(text) || (next !== undefined && indentOf(next) > indentOf(lines[i]!) + at + 2))
    // Alone: not a column of codes a line each with a body's name among them ("BMDS" / "Charité" / "BE").
    const column = alone && /^[\p{L}\d-]{2,10}$/u.test(lines[i + 2]?.value ?? '') && looksOrLand(lines[i + 2]!.value)
    // Not the rest of a label that wrapped, left of the code: "Weitere   GS   Ministerialrat …" / "Anwesende".
    const label = next !== undefined && (isLabelWord(next.value.trim()) || isLabelTail(next.value.trim())) && indentOf(next) + 4 < indentOf(lines[i]!) + at
    // "GS" / "DMK" (the code's cell wrapped; layout "DMK   DMK", the label's last word beside it): the conference's office.
    const office = org === 'GS' && next !== undefined && /^[ \t]*(?:DMK[ \t]{2,})?DMK[ \t]*$/.test(next.value)
    if (office) return alone ? {org: 'GS DMK', line: i + 1, offset: next.value.length} : {org: 'GS DMK', line: i, offset: afterSeparator(text, end), wrap: {line: i + 1, at: next.value.length}}
    const wrap = !land && !names && !column && !label && (alone || /^[ \t]{2,}\S/.test(text.slice(end)) || org.endsWith('-')) ? cellWrap(next, org, guests, isLabel) : null
    if (wrap) {
      const whole = org.endsWith('-') ? org + wrap.word : `${org} ${wrap.word}`
      return alone ? {org: whole, line: i + 1, offset: lines[i + 1]!.value.length} : {org: whole, line: i, offset: afterSeparator(text, end), wrap: {line: i + 1, at: wrap.at}}
    }
    if (place) return {org, line: i, offset: afterSeparator(text, place.end)}
    return {org: landCodeOf(token[0]) ?? token[0], line: i, offset: afterSeparator(text, at + token[0].length)}
  }
  // "Mecklenburg-           Staatssekretär Dr. Jan-Hendrik" / "Vorpommern             Wollgast": the Land's name broken in its
  // cell, names beside both lines; the next line's rest of the name is read as the row going on (below).
  const broken = brokenLand(text, at)
  if (broken && /^[ \t]{2,}\S/.test(text.slice(broken.end)) && TAIL_BESIDE.test(lines[i + 1]?.value ?? '')) {
    return {org: broken.code, line: i, offset: afterSeparator(text, broken.end)}
  }
  // A Land's name may wrap inside its cell: look at this line and the next few (up to a section label), joined by line breaks.
  const window = upToLabel(lines.slice(i, i + WRAP + 1).map((l) => l.value), isLabel)
  const joined = window.join('\n')
  const land = landInCell(joined, at)
  if (land) {
    const {line, offset} = position(window, land.end)
    const rest = window[line]!.slice(offset)
    // "Bayern – Staatsminister …", "Land Berlin  Staatssekretärin …", a cell alone: not "Berliner …", and not a
    // parenthesis of the line above that closes ("Dr. Paul Wendt (alle" / "MV), Hauke Dirksen (NI), …").
    // Among the guests not "Hamburg (VZHH), zu TOP 4" under "… Vorständin der Verbraucherzentrale": a body's name wrapped before its code.
    const wrapped = guests && /^[ \t]*\([\p{L}\d.-]{2,12}\)/u.test(rest)
    if (!wrapped && (rest === '' || /^[ \t]*(?:[–:-]|[ \t]|[^\s),;])/.test(rest))) return {org: land.code, line: i + line, offset: afterSeparator(window[line]!, offset)}
  }
  const inst = INSTITUTION.exec(joined.slice(at))
  // Not when its first line has names beside it after a wide gap ("Bundesministerium für     Leonie Pantzke").
  const beside = inst ? /[ \t][ \t]/.test(inst[1]!.split('\n', 1)[0]!.trimEnd()) : false
  // Not a person with an office whose body's code follows: "Bund: Parlamentarischer Staatssekretär Malte Brügmann (BMDS)".
  // (Not "Bundesbeauftragte für den Datenschutz … (BfDI)": an office's body.) A person wrapped over lines is read below.
  const person = inst && !inst[1]!.includes('\n') ? personStart(inst[1]!.replace(/^\p{L}+:[ \t]*/u, '')) : false
  if (inst && !beside && !person && looksLikeCode(inst[2]!) && BODY_WORD.test(inst[1]!) && !/(?<![\p{L}])Dr\./u.test(inst[1]!)) {
    const {line, offset} = position(window, at + inst[0].length)
    return {org: inst[2]!, line: i + line, offset}
  }
  // "Bund (BMDS) Dr. Konstantin Fahrenholz …": the label word read, its body's code in parentheses before the names.
  // "Bund (BMDS): Parlamentarische Staatssekretärin …", "(BMDS) – Parlamentarischer …": a colon or dash after it.
  const coded = /^\(([\p{L}\d-]{2,10})\)(?:[ \t]*:|[ \t]+[–-])?[ \t]+(?=\p{Lu})/u.exec(text.slice(at))
  if (coded && looksLikeCode(coded[1]!) && !isLandCode(coded[1]!)) return {org: coded[1]!, line: i, offset: at + coded[0].length}
  // "Stadt Konstanz Dr. Friederike Haller …", "Halle (Saale)": a town before the names (raw and pdf.js keep one blank).
  const town = TOWN.exec(text.slice(at))
  if (town && !landFromName(town[1]!.replace(/^\S+[ \t]+/, ''))) return {org: town[1]!, line: i, offset: at + town[0].length}
  const wrapped = wrappedBeside(lines, i, at, isLabel)
  if (wrapped) return wrapped
  // "Leopoldina   Präsidentin Prof. Dr. …": a body's short name before an office (not "Freistaat" / "Thüringen" wrapped).
  const short = SHORT_BODY.exec(text.slice(at))
  if (short && !isLabel(short[1]!) && !TITLES_LONGEST_FIRST.includes(short[1]!) && !/^(?:Bund|Land|Länder|Gast|Gäste|Freistaat|Freie)$/.test(short[1]!) &&
    !TITLES_LONGEST_FIRST.some((t) => t.startsWith(`${short[1]!} `))) {
    return {org: short[1]!, line: i, offset: at + short[0].length}
  }
  // Among the guests: "Uni Stuttgart Rektor Martin Kessler", "IT.Niedersachsen Präsidentin Insa Gerdes" (plain, one blank between):
  // a body's name of two words, or one with a dot, before an office and a name.
  const body = guests ? GUEST_BODY.exec(text.slice(at)) : null
  if (body && !body[1]!.split(' ').some((w) => isLabel(w) || TITLES_LONGEST_FIRST.some((t) => t === w || t.startsWith(`${w} `)) || landFromName(w) !== undefined) &&
    nameAfterOffice(text.slice(at + body[0].length))) {
    return {org: body[1]!, line: i, offset: at + body[0].length}
  }
  // "Uni Stuttgart" / "Rektor Prof. Dr. Martin Kessler" (plain: a cell a line): the body alone over its person.
  const alone = guests && i + 1 < lines.length ? GUEST_BODY_ALONE.exec(text.slice(at)) : null
  if (alone && !alone[1]!.split(' ').some((w) => isLabel(w) || TITLES_LONGEST_FIRST.some((t) => t === w || t.startsWith(`${w} `)) || landFromName(w) !== undefined) &&
    nameAfterOffice(lines[i + 1]!.value.trimStart())) {
    return {org: alone[1]!, line: i, offset: text.length}
  }
  return null
}

/** An office, then a name ("Präsidentin Dr. Insa Gerdes (zu TOP 3)"). */
function nameAfterOffice(text: string): boolean {
  const office = officesAt(text).find((t) => text.startsWith(`${t} `))
  return office !== undefined && NAME_AFTER.test(text.slice(office.length + 1))
}

/** A person's entry begins: an office before a name ("Oberregierungsrat Jonas …", not "Bundesbeauftragte für …"), or an honorific. */
function personStart(text: string): boolean {
  return /^(?:Dr|Prof)\./.test(text) || officesAt(text).some((t) => text.startsWith(`${t} `) && /^\p{Lu}/u.test(text.slice(t.length + 1)))
}

const looksOrLand = (token: string) => landCodeOf(token) !== undefined || looksLikeCode(token)

interface Designator {
  org: string
  /** The line the names go on from, and where. */
  line: number
  offset: number
  /** The next line began with the rest of the org's cell; its names begin at `at`. */
  wrap?: {line: number; at: number}
}

/**
 * The rest of a code's cell on the next line: one word alone, or before a wide gap and the rest of the names' cell ("(zu TOP
 * 4)", "4)", "und Flüchtlinge"), never a new row's ("Leopoldina   Präsidentin …"). A Land's name only among the guests
 * ("LWK" / "Niedersachsen"); lower case only after a hyphen ("Magdeburg-" / "Stendal" is capitalised, "Ingenieur-" / "kammer" not).
 */
function cellWrap(next: TextLine | undefined, org: string, guests: boolean, isLabel: (text: string) => boolean): {word: string; at: number} | null {
  if (!next) return null
  const m = /^(\p{L}[\p{L}-]{1,30})(?:[ \t]{2,}(?=[(\p{Ll}\d])|$)/u.exec(next.value)
  if (!m) return null
  const word = m[1]!
  if (!/^\p{Lu}/u.test(word) && !org.endsWith('-')) return null
  if (!/\p{Ll}/u.test(word) || word.endsWith('-') || isLabel(word) || TITLES_LONGEST_FIRST.includes(word) || TITLES_LONGEST_FIRST.some((t) => t.startsWith(`${word} `))) return null
  // Not the next code of a column the tool printed a line each ("BMDS" / "BfDI" / "DLT").
  if (looksLikeCode(word) || (!guests && (landFromName(word) || landCodeOf(word)))) return null
  return {word, at: m[0].length}
}

/**
 * The second word of a body's code cell: "DRV Bund   Direktorin …", "AIK SH Birte Wiederhold …", "OLG Dresden Präsident Dr. …",
 * "TH Wildau   Präsidentin …" under "Gäste" (a Land's code there only). A Land or "Bund" after the code; another word only
 * before a wide gap or an office or honorific, so that no person's first name is taken ("BMDS Anna Berg").
 */
function qualifier(text: string, from: number, land: boolean): {word: string; end: number} | null {
  if (land) return null
  const m = /^[ ](\p{Lu}[\p{L}.-]{1,30})(?=[ \t:]|$)/u.exec(text.slice(from))
  if (!m) return null
  const word = m[1]!
  const end = from + m[0].length
  const after = text.slice(end)
  if (after.startsWith(':') && !/^\p{Lu}{2,6}$/u.test(word)) return null
  if (landCodeOf(word) !== undefined || word === 'Bund') return {word, end}
  const next = /^[ \t]+(\S+)/.exec(after)
  // An office or a doctor's title after the word: the names' cell starts there.
  const officeNext = next !== null && (/^(?:Dr|Prof)\./.test(next[1]!) || TITLES_LONGEST_FIRST.some((t) => after.trimStart().startsWith(`${t} `)))
  // "GS DMK     Regierungsdirektor …", "Weitere Teilnehmende GS DMK Ministerialrat …" (raw, pdf.js): a second abbreviation in the cell.
  // "GS DMK" alone on its line over "Ministerialrat …", "GS DMK: Ministerialrat …" (plain): no person is named in capitals.
  if (/^\p{Lu}{2,6}$/u.test(word) && (/^[ \t]{2,}\S/.test(after) || officeNext || /^[ \t]*(?::|$)/.test(after))) return {word, end}
  // Not an office the list of titles lacks ("Gruppenleiterin", "Stabsstellenreferent").
  if (/(?:leiter|leiterin|referent|referentin|beauftragte|beauftragter|direktor|direktorin|präsident|präsidentin|rat|rätin)$/u.test(word)) return null
  // "ITDZ Berlin   Vorstand Dr. …": a Land's name as the body's place, before a wide gap or an office.
  if (landFromName(word)) return /^[ \t]{2,}\S/.test(after) || officeNext ? {word, end} : null
  if (!/\p{Ll}/u.test(word) || word.endsWith('.') || TITLES_LONGEST_FIRST.includes(word) || TITLES_LONGEST_FIRST.some((t) => t.startsWith(`${word} `))) return null
  if (/^[ \t]{2,}\S/.test(after) || officeNext) return {word, end}
  return null
}

// "Stadt Plauen" alone on its line over "   Oberbürgermeisterin …": the town of the rows under it; "Stadt Landau in der
// Pfalz Anja Merkert …": its name's small words.
const TOWN = new RegExp(`^(${MUNICIPALITY_START}[\\p{L}-]*${TOWN_SUFFIX}?${RIVER}?)(?:(?=[ \\t]+\\p{Lu})[ \\t]+|[ \\t]*$)`, 'u')
// The conference's office as an org cell: "Geschäftsstelle", "Geschäftsstelle der DMK", then a colon or a wide gap.
// "Geschäftsstelle der DMK (GS DMK): Ministerialrat …": its short name in parentheses is the org. "GS DMK – Ministerialrätin …": a dash between.
const OFFICE_CELL = new RegExp(String.raw`^(${CONFERENCE_OFFICE})(?:[ \t]+\((\p{Lu}{2,6}(?:[ ]\p{Lu}{2,6})?)\))?(?:[ \t]*:[ \t]*|[ \t]+[–-][ \t]+|[ \t]{2,})(?=\S)`, 'u')

/** The office's cell before a person ("Geschäftsstelle   Regierungsdirektor …"), or null. */
function officeCell(text: string): RegExpExecArray | null {
  const m = OFFICE_CELL.exec(text)
  return m && personStart(text.slice(m[0].length)) ? m : null
}
// "govdigital eG   Vorstand Dr. …": a body's name may begin in lower case.
const LEGAL_CELL = new RegExp(`^(\\p{L}[^\\t,]{1,60}?[ ]${LEGAL_FORMS})(?:[ \\t]{2,}|\\t)(?=\\S)`, 'u')
const SHORT_BODY = new RegExp(`^(\\p{Lu}\\p{Ll}{3,})[ \\t]+(?=(?:${OFFICE_ALTERNATION})(?![\\p{L}]))`, 'u')
// (Alone on its line only with a dot in it, "IT.Niedersachsen": two words alone may be a person's name, "Jonas Ebert".)
const GUEST_BODY_ALONE = /^(\p{Lu}{2,6}\.\p{Lu}[\p{L}-]{2,20})[ \t]*$/u
// After the office, a name: honorifics, then two or three capitalised words ("Rektor Prof. Dr. Martin Kessler (zu TOP 4)"), not a
// body's name ("Leiter Überwachungsstelle des Bundes für").
const NAME_AFTER = /^(?:(?:Prof\.|Dr\.|Dr\.-Ing\.)[ \t]+)*\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+){1,2}[ \t]*(?:[(,]|$)/u
// "Hochschule Anhalt: Präsidentin …", "Deutscher Städtetag – Beigeordneter …": a colon or dash after the body.
const GUEST_BODY = new RegExp(`^(\\p{Lu}[\\p{L}-]{1,20}[ ]\\p{Lu}[\\p{L}-]{2,20}|\\p{Lu}{2,6}\\.\\p{Lu}[\\p{L}-]{2,20})(?:[ \\t]*:|[ \\t]+[–-])?[ \\t]+(?=(?:${OFFICE_ALTERNATION})(?![\\p{L}]))`, 'u')

/**
 * A designator cell that wraps while the names stand beside its first line: "Land Baden-  Ministerialdirektor
 * Stefan Krebs" / "Württemberg", "Freie und  Staatsrat Jan Pörksen" / "Hansestadt" / "Hamburg",
 * "Bundesministerium  Staatssekretär Dr. Markus Richter" / "für Digitales und" / … / "(BMDS)". The first
 * words of the line and the following short lines together make the name; the rest of the line is the names.
 */
function wrappedBeside(lines: readonly TextLine[], i: number, at: number, isLabel: (text: string) => boolean): {org: string; line: number; offset: number} | null {
  const text = lines[i]!.value.slice(at)
  const words = [...matchesOf(text, /\S+/g)]
  // An office or an honorific opens the names, never the org: "Staatssekretärin Dr. Leonie Hartenstein".
  const named = words.findIndex((w) => TITLES_LONGEST_FIRST.includes(w[0]) || /^(?:Dr|Prof)\./.test(w[0]))
  if (named === 0 || !words[0]) return null
  // pdftotext -layout keeps the blanks between the cells: "Bundesministerium für     Leonie Pantzke".
  const gap = /[ \t]{2,}/.exec(text)
  const cellWords = gap ? words.filter((w) => w.index < gap.index).length : null
  // Where pdftotext -layout keeps the gap, the cell's words are known ("Bundesamt für Sicherheit in der   Vizepräsident …").
  const most = Math.min(cellWords ?? 3, words.length - 1, named === -1 ? Infinity : named)
  for (let k = 1; k <= WRAP && i + k < lines.length; k++) {
    const tail = lines.slice(i + 1, i + k + 1).map((l) => l.value)
    // "Regierungsdirektorin Hanna Stüven (BJV), …" / "Oberregierungsrat Jonas Wiebalck (BJV)": a person's row is no wrap.
    if (tail.some((t) => t.length > 40 || isLabel(t) || personStart(t))) break
    for (let p = cellWords ?? most; p >= (cellWords ?? 1); p--) {
      if (p < 1 || p > most) continue
      const cell = [words.slice(0, p).map((w) => w[0]).join(' '), ...tail].join('\n')
      const land = landInCell(cell, 0)
      const inst = land ? null : INSTITUTION.exec(cell)
      // An institution reads as one ("Bundesministerium für …"), never as people ("Anna Beck" / "Dr. Lea" / "Hartmann (HE)").
      const whole = land ? land.end === cell.length : inst !== null && inst[0].trimEnd().length === cell.length && looksLikeCode(inst[2]!) &&
        BODY_WORD.test(inst[1]!) && !/(?<![\p{L}])(?:Dr|Prof)\./u.test(inst[1]!)
      if (!whole) continue
      const names = at + words[p]!.index
      return {org: land ? land.code : inst![2]!, line: i + k, offset: -names - 1}
    }
  }
  // "Hessischer           Präsident Prof. Dr. Clemens Kaltwasser (zu TOP 5)" / "Verwaltungsgerichtshof": a body's name without
  // a code, wrapped in its cell (pdftotext -layout keeps the gap; the lines below stand in its column), the names beside its
  // first line opening with an office or an honorific.
  if (cellWords !== null && named === cellWords && cellWords < words.length) {
    const column = indentOf(lines[i]!) + at
    const tail: string[] = []
    for (let k = 1; k <= WRAP && i + k < lines.length; k++) {
      const next = lines[i + k]!
      const value = next.value.trim()
      if (Math.abs(indentOf(next) - column) > 2 || !value || /[ \t]{2,}/.test(value) || value.length > 40 || isLabel(value) ||
        /^(?:Dr|Prof)\.|^\(/.test(value) || TITLES_LONGEST_FIRST.some((t) => value.startsWith(`${t} `)) || landFromName(value)) break
      tail.push(value)
    }
    const org = tail.length > 0 ? [words.slice(0, cellWords).map((w) => w[0]).join(' '), ...tail].reduce((a, b) => (/\p{L}-$/u.test(a) ? a + b : `${a} ${b}`)) : ''
    // An institution's name says what it is ("Stiftung …", "… Verwaltungsgerichtshof"), a person's does not.
    if (/^\p{Lu}/u.test(org) && INSTITUTION_WORD.test(org)) return {org, line: i + tail.length, offset: -(at + words[cellWords]!.index) - 1}
  }
  return null
}

const INSTITUTION_WORD = /(?:stiftung|gericht|gerichtshof|klinikum|museum|verein|kammer|anstalt|verband|institut|amt|behörde|universität|hochschule|akademie|zentrum|gesellschaft|ministerium|landkreis|kreis|stadt)(?![\p{L}])/iu

function indentOf(line: TextLine): number {
  return line.raw.length - line.raw.trimStart().length
}

/**
 * A Land at `at` in a cell's lines joined by "\n", also where the cell broke its name at a syllable ("Freie und Hansestadt
 * Ham-" / "burg", "Land Mecklenburg-Vorpom-" / "mern"): its code and where it ends in the text as given.
 */
function landInCell(text: string, at: number): {code: LandCode; end: number} | null {
  const land = landAt(text, at)
  if (land || !text.includes('-\n')) return land
  const breaks: number[] = []
  const joined = text.replace(/(?<=\p{L})-\n(?=\p{Ll})/gu, (_m, offset: number) => {
    breaks.push(offset)
    return ''
  })
  const found = breaks.length > 0 ? landAt(joined, at) : null
  if (!found) return null
  let end = found.end
  for (const b of breaks) if (b < end) end += 2
  return {code: found.code, end}
}

/** The lines up to the first section label after the first ("Gäste Datenschutzkonferenz" opens a section, it wraps no cell). */
function upToLabel(window: string[], isLabel: (text: string) => boolean): string[] {
  const k = window.findIndex((t, n) => n > 0 && isLabel(t))
  return k === -1 ? window : window.slice(0, k)
}

/** Line and offset within it of an offset into lines joined by "\n". */
function position(lines: readonly string[], offset: number): {line: number; offset: number} {
  let rest = offset
  for (let k = 0; k < lines.length; k++) {
    if (rest <= lines[k]!.length) return {line: k, offset: rest}
    rest -= lines[k]!.length + 1
  }
  return {line: lines.length - 1, offset: lines[lines.length - 1]!.length}
}

function afterSeparator(text: string, at: number): number {
  return at + SEPARATOR.exec(text.slice(at))![0].length
}

/** A line with its first `n` characters (of its trimmed value) cut off. */
export function cut(line: TextLine, n: number): TextLine {
  const value = line.value.slice(n)
  const lead = value.length - value.trimStart().length
  return {type: 'line', start: line.start + n + lead, end: line.end, value: value.trim(), raw: value.trimStart()}
}

export type {LandCode}
