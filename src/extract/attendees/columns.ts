/**
 * An attendee table under a row of column heads, as pdftotext -layout prints
 * it ("Funktion   Name   Land", "Nr. Name   Amtsbezeichnung   Land /
 * Institution   Status"): each line's text runs go to the column they stand
 * under, and a cell that wraps onto the next lines stays in its column
 * ("Bundesamt für Sicherheit in der" / "Informationstechnik (BSI)") instead
 * of running into the row's other cells (`startsRow` says where a row
 * starts). The role comes from the section labels between the rows or from
 * a status column ("Mitglied", "Gast (TOP 3)", "Begleitung").
 */
import type {TextLine} from '../../record/tree.ts'
import {isLandCode, isLandNameTail, landFromName} from '../../data/laender.ts'
import {landOfficeOrg} from '../../text/names.ts'
import {BODY_WORD, MUNICIPALITY, isFederalBody, looksLikeCode} from '../../data/bodies.ts'
import {NOT_PRESENT, type Role} from '../../data/roles.ts'
import {OFFICES_LONGEST_FIRST} from '../../data/titles.ts'
import type {Row, Section} from './table.ts'

/** A column: the name, a second member of the Land ("Vertretung / weiteres Mitglied"), its staff ("Begleitung"), … */
type Kind = 'name' | 'deputy' | 'staff' | 'office' | 'org' | 'body' | 'status' | 'remark' | 'number' | 'presence' | 'substitute' | 'holder'

const HEADS: ReadonlyArray<[RegExp, Kind]> = [
  // "Nr.   Land   Name   Amt": a running number opens each row.
  [/^(?:Nr\.|lfd\.[ ]Nr\.)$/, 'number'],
  // "Land   Mitglied   Amt   Anmerkung": the member's name.
  [/^(?:Nr\.[ ])?Namen?$|^Name,[ ](?:Vorname|Amtsbezeichnung|Funktion|Amt|Dienstbezeichnung)$|^Teilnehmer(?:in|\/in|\/-in|\/innen)?$|^Teilnehmerin\/Teilnehmer$|^Teilnehmer\/Teilnehmerin$|^Teilnehmende$|^Delegationsleitung$|^Delegationsleiter(?:in)?$|^Leitung[ ]der[ ]Delegation$|^Mitglied(?:[ ]der[ ](?:DMK|Konferenz))?$/, 'name'],
  // "Land   in Präsenz   per Videokonferenz": the people there and those joined by video, each a person of the row's Land.
  [/^(?:in[ ]Präsenz|vor[ ]Ort|Präsenz)$/, 'name'],
  // "Land   stimmführend   weitere Teilnehmende": who casts the Land's vote, and who came with them.
  // "Land   Stimmführer/in   weitere Teilnehmende": who casts the Land's vote.
  [/^(?:[Ss]timmführend|[Ss]timmberechtigt|Stimmführer(?:in|\/in|\/-in|innen)?)$/, 'name'],
  // "Land   vertreten durch   Stimmrecht": who sat for the Land.
  [/^(?:[Vv]ertreten[ ]durch|Vertreter(?:in)?)$/, 'name'],
  [/^(?:Vertretung|Stellvertretung)[ ]\/[ ]weiteres[ ]Mitglied$|^Weiteres[ ]Mitglied$|^Stellvertret(?:ung|er(?:in)?)$|^(?:per[ ])?Video(?:konferenz)?$|^(?:digital|online)(?:[ ]zugeschaltet)?$/, 'deputy'],
  [/^(?:Begleitung|Begleitpersonen|[Ww]eitere[ ]Teilnehmende)$/, 'staff'],
  [/^(?:Funktion|Amtsbezeichnung|Amt|Titel|Position|Dienstbezeichnung)$/, 'office'],
  [/^(?:Land|Bundesland|Institution|Organisation|Dienststelle|Behörde|Ressort|(?:Land|Ressort)[ ]?\/[ ]?(?:Institution|Organisation|Behörde|Dienststelle))$/, 'org'],
  [/^(?:Status|Teilnahme[ ]als|Rolle)$/, 'status'],
  // "Teilnahme (TOP)": the items a person was there for.
  // "Stimmrecht": "ja", "ja, zugleich für das Saarland", "übertragen auf Rheinland-Pfalz".
  [/^(?:Bemerkung|Bemerkungen|Anmerkung|Anmerkungen|Teilnahme(?:[ ]\(TOP\))?|Anwesenheit(?:[ ]\(TOP\))?|[Aa]nwesend(?:[ ](?:ab\/bis|von\/bis))?|Stimmrecht|Stimmführung|[Zz]ugeschaltet|Zuschaltung|(?:[Vv]ertreten[ ]durch|Vertretung)[ ]?\/[ ]?(?:Bemerkung|Anmerkung))$/, 'remark'],
  // "Land   Mitglied der DMK   anw.   vertreten durch / Bemerkung": "x" there, "–" not (the one in the remark sat for them).
  [/^(?:[Aa]nw\.?|[Aa]nwesend[ ]\(x\))$/, 'presence']
]

// A second names column after the member's: "Land   Mitglied der DMK   vertreten durch" (who sat for them), "Land / Institution
// Name   Amtsbezeichnung   stimmführend" (a mark, "x", at who holds the vote).
const AFTER_NAME: ReadonlyArray<[RegExp, Kind]> = [[/^(?:[Vv]ertreten[ \t]+durch|Vertreter(?:in)?)$/, 'substitute'], [/^(?:[Ss]timmführend|[Ss]timmberechtigt)$/, 'holder']]
const afterName = (text: string): Kind | undefined => AFTER_NAME.find(([re]) => re.test(text))?.[1]

const ROLE_IN_OFFICE = /[ ]?\(([Ss]tändiger[ ]Gast|Gast(?:[ ](?:zu|für)[ ](?:TOP|Punkt)[ ][^()]{1,12})?|Begleitung)\)$/

/** "Mitglied, Vorsitz", "stellv. Mitglied", "Ständiger Gast", "Gast (TOP 3)", "Geschäftsstelle", "Begleitung". */
const STATUS: ReadonlyArray<[RegExp, Role]> = [
  [/^(?:stellv\.[ ]|stellvertretendes[ ])?Mitglied\b/, 'member'],
  // "Vertretung für Staatssekretärin Dr. Katharina Rödiger": who sat for the member.
  [/^Vertretung[ ]für\b/, 'member'],
  // "stimmberechtigt" in a Rolle column: a member.
  [/^(?:Vorsitz,[ ])?stimmberechtigt\b/, 'member'],
  [/^[Ss]tändiger[ ]Gast\b/, 'permanent_guest'],
  [/^Gast\b|^Gäste\b/, 'guest'],
  [/^(?:Geschäftsstelle|Begleitung|Protokoll|Mitarbeit)\b/, 'staff']
]

interface Column {
  kind: Kind
  at: number
  /** How wide its head is printed (a centred cell starts anywhere under it). */
  width: number
}

/** Runs of text two blanks apart, with where each starts in the line. */
function runs(raw: string): Array<{at: number; text: string}> {
  const out: Array<{at: number; text: string}> = []
  let i = 0
  while (i < raw.length) {
    while (i < raw.length && (raw[i] === ' ' || raw[i] === '\t')) i++
    if (i >= raw.length) break
    let end = i
    // A run ends at two blanks.
    while (end < raw.length && !((raw[end] === ' ' || raw[end] === '\t') && (raw[end + 1] === ' ' || raw[end + 1] === '\t' || end + 1 === raw.length))) end++
    out.push({at: i, text: raw.slice(i, end)})
    i = end
  }
  return out
}

/**
 * Runs that reach past the next column's start, split where a cell ends with one blank before the next: "Mecklenburg-Vorpommern
 * Dr. Hella Brockmann" (a Land's name too long for its column) after the Land; "…, Stadt –" before the next column's dash.
 */
function splitOverlongRuns(parts: Array<{at: number; text: string}>, columns: readonly Column[]): Array<{at: number; text: string; under?: number; reaches?: boolean}> {
  return parts.flatMap((p) => {
    // "Oberbürgermeister Christian Bräuninger, Stadt –": a cell that reaches the next column, one blank before its dash.
    const next = columns.findIndex((c) => c.at > p.at + 2)
    if (next !== -1 && p.at + p.text.length >= columns[next]!.at && /[ ][–—-]$/.test(p.text)) {
      return [{at: p.at, text: p.text.slice(0, -2), reaches: true}, {at: p.at + p.text.length - 1, text: p.text.slice(-1), under: next}]
    }
    const k = columns.findIndex((c, n) => c.kind === 'org' && Math.abs(c.at - p.at) <= 2 && columns[n + 1] !== undefined)
    if (k === -1 || p.at + p.text.length <= columns[k + 1]!.at) return [p]
    for (let blank = p.text.indexOf(' '); blank !== -1; blank = p.text.indexOf(' ', blank + 1)) {
      if (landFromName(p.text.slice(0, blank)) !== undefined && /^\p{Lu}/u.test(p.text.slice(blank + 1))) {
        return [{at: p.at, text: p.text.slice(0, blank)}, {at: p.at + blank + 1, text: p.text.slice(blank + 1), under: k + 1}]
      }
    }
    return [p]
  })
}

/**
 * Where a cell starts that stands under a column of pdftotext -layout: a run of text after two blanks at least,
 * within four characters of the column's start (justified or centred cells). -1 when the line has none there.
 */
export function cellStart(raw: string, column: number): number {
  const blank = (c: string | undefined) => c === ' ' || c === '\t'
  for (let c = Math.max(2, column - 4); c <= column + 4 && c < raw.length; c++) {
    if (!blank(raw[c]) && blank(raw[c - 1]) && blank(raw[c - 2])) return c
  }
  return -1
}

/** The columns of a heads line, when every run names one and a name column is among them (three at least). */
export function columnsOf(line: TextLine): Column[] | null {
  return columnsFrom(runs(line.raw))
}

/**
 * The heads at line i: on that line, or on two ("Land/   Name   Funktion   Teilnahme" / "Institution   (TOP)"), each
 * run of the second under the head it goes on. The columns and the index of the heads' last line.
 */
export function headsOf(lines: readonly TextLine[], i: number): {columns: Column[]; last: number} | null {
  const one = columnsOf(lines[i]!)
  if (one) return {columns: one, last: i}
  const next = lines[i + 1]
  if (!next) return null
  const top = runs(lines[i]!.raw)
  const below = runs(next.raw)
  if (top.length < 3 || below.length === 0 || below.length >= top.length) return null
  const texts = top.map((r) => r.text)
  for (const b of below) {
    const k = top.findIndex((t) => Math.abs(t.at - b.at) <= 3)
    if (k === -1) return null
    texts[k] = `${texts[k]} ${b.text}`
  }
  const columns = columnsFrom(top.map((r, k) => ({at: r.at, text: texts[k]!})))
  return columns ? {columns, last: i + 1} : null
}

function columnsFrom(cells: ReadonlyArray<{at: number; text: string}>): Column[] | null {
  if (cells.length < 3) return null
  const columns: Column[] = []
  for (const c of cells) {
    const kind = HEADS.find(([re]) => re.test(c.text.replace(/[ \t]+/g, ' ')))?.[1]
    if (!kind) return null
    columns.push({kind, at: c.at, width: c.text.length})
  }
  // "Land   Name   Amtsbezeichnung   Ressort / Institution": beside the Land's column, the other org column names
  // the body (the org where the Land's cell holds none: "Bund", a guest's empty cell).
  const orgs = columns.filter((c) => c.kind === 'org')
  const land = cells.findIndex((c) => /^(?:Land|Bundesland)$/.test(c.text))
  if (orgs.length === 2 && land !== -1) for (const c of orgs) if (c !== columns[land]) c.kind = 'body'
  const member = columns.findIndex((c) => c.kind === 'name')
  cells.forEach((c, k) => { if (member !== -1 && k > member && columns[k]!.kind === 'name') columns[k]!.kind = afterName(c.text) ?? 'name' })
  // Each kind once: "Land Mitglied Land Mitglied" is two tables side by side, read elsewhere. Remarks may come twice
  // ("… Teilnahme   Anmerkung": the role in one, a note in the other).
  const kinds = columns.filter((c) => c.kind !== 'remark').map((c) => c.kind)
  if (new Set(kinds).size < kinds.length) return null
  return columns.some((c) => c.kind === 'name') && columns.some((c) => c.kind !== 'name') ? columns : null
}

/**
 * "Land   Mitglied          Land   Mitglied" over "Baden-Württemberg   Staatssekretär Dr. Matthias   Niedersachsen   …" /
 * "                    Stooß                                          Lüdeking": two tables side by side (pdftotext -layout),
 * each cell wrapping under its own column. Every line of the block is cut where the right table's column starts (its cell
 * two blanks after the left's, or one before a Land's name); the left table's lines come first, then the right's, each a
 * table of its own. The block ends at a line that runs across the cut. Lines without such heads stay as they are.
 */
export function sideBySide(input: readonly TextLine[]): TextLine[] {
  const lines = [...input]
  for (let i = 0; i < lines.length; i++) {
    const heads = runs(lines[i]!.raw)
    if (heads.length < 4 || heads.length % 2 !== 0) continue
    const half = heads.length / 2
    const kinds = heads.map((h) => HEADS.find(([re]) => re.test(h.text.replace(/[ \t]+/g, ' ')))?.[1])
    if (kinds[0] !== 'org' || !kinds.includes('name') || kinds.some((k, n) => k === undefined || k !== kinds[n % half])) continue
    const at = heads[half]!.at
    const left: TextLine[] = []
    const right: TextLine[] = []
    let j = i
    for (; j < lines.length; j++) {
      const raw = lines[j]!.raw
      // "Bund: Ministerialdirektorin …", "Weitere Teilnehmende: …": a run-in label under the tables ends them.
      if (j > i && /^[ \t]*\p{Lu}[\p{L} ]{1,40}:/u.test(raw)) break
      const cut = j === i ? at : splitAt(raw, at)
      if (cut === -1) break
      // "Sonstige" at the margin with nothing to its right: a label under the tables (a Land alone is a row whose cell is empty).
      if (j > i && cut >= raw.length && /^\S/.test(raw) && runs(raw).length === 1 && landFromName(raw.trim()) === undefined &&
        !isLandNameTail(raw.trim())) break
      const l = columnsPiece(lines[j]!, 0, Math.min(cut, raw.length))
      const r = cut < raw.length ? columnsPiece(lines[j]!, cut, raw.length) : null
      if (l) left.push(l)
      if (r) right.push(r)
    }
    if (right.length < 2) continue
    lines.splice(i, j - i, ...left, ...right)
    i += left.length + right.length - 1
  }
  return lines
}

/** Where a line of a side-by-side block is cut at `at`: a cell starting there, text only on one side, or -1 (it runs across). */
function splitAt(raw: string, at: number): number {
  if (raw.trimEnd().length <= at) return raw.length
  if (!/\S/.test(raw.slice(0, at))) return at
  const blank = (c: string | undefined) => c === ' ' || c === '\t'
  // A gap across the column's start: the right cell starts further in ("Stooß" … "Lüdeking" under the names).
  if (blank(raw[at - 1]) && blank(raw[at])) return at
  for (let c = Math.max(1, at - 3); c <= at + 3 && c < raw.length; c++) {
    if (blank(raw[c]) || !blank(raw[c - 1])) continue
    // Two blanks before the right cell, or one before a Land's name (a left cell that reaches the column).
    if (blank(raw[c - 2]) || landFromName(raw.slice(c).split(/[ \t]{2}/, 1)[0]!) !== undefined) return c
  }
  return -1
}

/** The columns `from`..`to` of a line as a line of its own, its indent within them kept (offsets kept), or null when blank. */
function columnsPiece(line: TextLine, from: number, to: number): TextLine | null {
  const raw = line.raw.slice(from, to).trimEnd()
  const value = raw.trim()
  if (!value) return null
  const part = piece(line, from + raw.length - raw.trimStart().length, value)
  return {...part, raw}
}

/** Whether the rows under the heads at `from` begin with the Länder ("BW   Staatssekretärin …", "BY   …"): three at least. */
function landRows(lines: readonly TextLine[], from: number): boolean {
  const rows = lines.slice(from + 1, from + 4)
  return rows.length === 3 && rows.every((l) => landFromName(/^[ \t]*(\S*)/.exec(l.raw)![1]!) !== undefined)
}

/** A part of a line as a line of its own (offsets kept). */
function piece(line: TextLine, at: number, text: string): TextLine {
  const lead = line.raw.length - line.raw.trimStart().length
  const start = line.start - lead + at
  return {type: 'line', start, end: start + text.length, value: text, raw: text}
}

interface Building {
  cells: Map<Kind, TextLine[]>
  start: number
  end: number
}

/**
 * Whether the lines under the heads keep to the columns: nearly every text run starts where a column does
 * (pdftotext -layout). pdf.js lines set runs by the glyphs' positions in a proportional font; there they do not.
 */
export function keepsColumns(lines: readonly TextLine[], from: number, columns: readonly Column[]): boolean {
  let runsSeen = 0
  let aligned = 0
  for (let i = from + 1; i < lines.length && i <= from + 12; i++) {
    // The heads again (the next page): the columns may stand elsewhere from there on.
    if (headsOf(lines, i)) break
    for (const r of runs(lines[i]!.raw)) {
      // A remark's cell may stand anywhere under its head ("Teilnahme" / "1–11" centred), as a mark ("x") may: it shows nothing.
      if (columns.some((c) => (c.kind === 'remark' || c.kind === 'holder') && r.at >= c.at - 2 && r.at < c.at + c.width)) continue
      runsSeen++
      if (columns.some((c) => Math.abs(c.at - r.at) <= 2)) aligned++
    }
  }
  return runsSeen > 0 && aligned >= 0.9 * runsSeen
}

/**
 * Reads the rows under the heads line `from` until a line that fits no column (a sentence across them, a label with
 * its rows on the line); section labels between the rows open sections. Returns the index of the first line not read.
 */
export function readColumns(lines: readonly TextLine[], from: number, heads: Column[], labels: {
  /** A line that is a section label and nothing else: its role and label. */
  whole: (text: string) => {role: Role; label: string} | null
  /** A line that starts with a section label. */
  starts: (text: string) => boolean
}, sections: Section[], current: Section | undefined): {next: number; current: Section | undefined} {
  let columns = heads
  const first = columns[0]!.kind
  let row: Building | undefined
  /** The group row over the rows that follow ("Bayern" alone), where no column gives the org. */
  let group: TextLine | undefined
  /** A Begleitung column's people: a staff section after the table's others. */
  const staff: Section['items'] = []
  // "Land  Mitglied der DMK  Vertretung / weiteres Mitglied  Begleitung", "Land  Mitglied der DMK  vertreten durch",
  // "Land  Teilnehmerin/Teilnehmer  Bemerkung" under "Teilnehmende", "Anwesenheit": the members' table.
  if (!current && (columns.some((c) => c.kind === 'deputy' || c.kind === 'staff' || c.kind === 'substitute') || (first === 'org' && !columns.some((c) => c.kind === 'status') && landRows(lines, from)))) {
    current = {role: 'member', label: 'Mitglieder', start: lines[from]!.start, end: lines[from]!.end, items: []}
    sections.push(current)
  }
  const done = () => {
    if (!row || !current || !addRow(row, current, staff)) return
    current.end = row.end
    row = undefined
  }
  let i = from + 1
  for (; i < lines.length; i++) {
    let line = lines[i]!
    // "Bund (ständiger Gast)   Parlamentarische Staatssekretärin …   Dr. … (BMDS)", "Gäste   Oberbürgermeister …": a group's
    // label in the first column, its first row beside it: the label opens the section, the rest of the line is the row.
    const lead = runs(line.raw)
    // "Geschäftsstelle der DMK   Dr. …   Ministerialrätin   Geschäftsstelle": where a cell of the row says its role, the
    // first cell is the row's org.
    const says = lead.slice(1).some((r) => STATUS.some(([re]) => re.test(r.text)))
    const inCell = lead.length > 1 && !says && lead[0]!.at <= columns[0]!.at + 2 ? labels.whole(lead[0]!.text) : null
    if (inCell) {
      done()
      current = {role: inCell.role, label: inCell.label, start: line.start, end: line.end, items: []}
      sections.push(current)
      const raw = ' '.repeat(lead[0]!.at + lead[0]!.text.length) + line.raw.slice(lead[0]!.at + lead[0]!.text.length)
      line = {...line, raw, value: raw.trim()}
    }
    // "Ständiger" / "Gast": a label broken in its narrow cell is read whole.
    const next = lines[i + 1]
    const broken = !labels.whole(line.value) && next && /^\p{L}+$/u.test(line.value) ? labels.whole(`${line.value} ${next.value}`) : null
    const label = broken ?? labels.whole(line.value)
    // "Weitere Teilnehmende: Dr. …": a label with its rows on the line is no part of the table.
    if (!label && !says && labels.starts(line.value)) break
    if (label) {
      done()
      current = {role: label.role, label: label.label, start: line.start, end: (broken ? next! : line).end, items: []}
      sections.push(current)
      if (broken) i++
      continue
    }
    // The heads again on the next page ("Name   Funktion   Land / Institution"), where the columns may stand a little
    // elsewhere: the same heads give the columns there.
    const again = headsOf(lines, i)
    if (again) {
      if (again.columns.length === columns.length && again.columns.every((c, k) => c.kind === columns[k]!.kind)) columns = again.columns
      i = again.last
      continue
    }
    // " Florian Waldherr      Regierungsdirektor      Bayern" on the next page, without the heads again and the columns a
    // little elsewhere: a row with a cell for every column, two of which would fall under one, gives the columns anew.
    const cells = runs(line.raw)
    if (cells.length === columns.length && cells.length > 1) {
      const under = cells.map((c) => {
        let k = columns.length - 1
        while (k > 0 && columns[k]!.at > c.at + 2) k--
        return k
      })
      if (new Set(under).size < under.length) columns = columns.map((c, k) => ({...c, at: cells[k]!.at}))
    }
    // "Baden-Württemberg" alone over "Dr. Benedikt Hägele   Staatssekretär   stimmberechtigt": in a table without an org
    // column, a group row of the Land (or body) the rows under it are of.
    // "Bund – Bundesministerium … (BMDS)", "Stadt Köthen (Anhalt)", "Hochschule Anhalt" too: a cell alone in the first column
    // that is no person's.
    if (cells.length === 1 && !columns.some((c) => c.kind === 'org') && cells[0]!.at <= columns[0]!.at + 2 && orgOf(cells[0]!.text) !== null &&
      !PERSON_START.test(cells[0]!.text) && !isOffice(cells[0]!.text) && (landFromName(cells[0]!.text) !== undefined || GROUP_BODY.test(cells[0]!.text))) {
      done()
      group = piece(line, cells[0]!.at, cells[0]!.text)
      continue
    }
    const parts = splitOverlongRuns(cells, columns)
    // Each run under the column that starts at or before it (a little before: justified or centred cells).
    const placed = parts.map((p) => {
      let k = p.under ?? columns.length - 1
      while (p.under === undefined && k > 0 && columns[k]!.at > p.at + 2) k--
      return {...p, kind: columns[k]!.kind, width: (columns[k + 1]?.at ?? Infinity) - p.at}
    })
    // A sentence across the columns ends the table: "Die Freie Hansestadt Bremen hat ihr Stimmrecht …".
    // A cell that reached the next column's dash may reach a character or two into it (pdftotext -layout closes up long cells).
    if (placed.some((p) => p.text.length > p.width + (p.reaches ? 2 : 0))) break
    // "Teilnahme" over "Mitglied", "Ständiger Gast", "Gast (zu TOP 1)", "Begleitung, Protokoll": a remark column that says the role.
    const status = placed.find((p) => p.kind === 'status' || (p.kind === 'remark' && STATUS.some(([re]) => re.test(p.text))))
    if (status) {
      const role = STATUS.find(([re]) => re.test(status.text))?.[1]
      // "nicht vertreten; Stimmrecht auf Niedersachsen übertragen": a Land's row that says nobody came, in the section it is in.
      const away = /^(?:entschuldigt|nicht[ ](?:vertreten|anwesend)|abwesend|verhindert)(?![\p{L}])/u.test(status.text)
      // "Niedersachsen übertragen" under it: the cell goes on.
      if (!role && !away && placed.some((p) => p.kind === 'name')) break
      if (role && (!current || current.role !== role)) {
        done()
        current = {role, label: status.text, start: line.start, end: line.end, items: []}
        sections.push(current)
      }
    }
    if (!current) break
    if (!row || startsRow(row, placed, first)) {
      // A row without an org of its own ("Stefan Krebs  Ministerialdirektor" under "Baden-Württemberg  Dr. …") is
      // placed as a further row under the one before, as everywhere.
      done()
      // A mark column ("stimmführend") says something by its empty cells too: the row has the column.
      row = {cells: new Map<Kind, TextLine[]>([...(group ? [['org', [group]] as [Kind, TextLine[]]] : []), ...(columns.some((c) => c.kind === 'holder') ? [['holder', []] as [Kind, TextLine[]]] : [])]),
        start: line.start, end: line.end}
    }
    for (const p of placed) {
      const list = row.cells.get(p.kind) ?? []
      list.push(piece(line, p.at, p.text))
      row.cells.set(p.kind, list)
    }
    row.end = line.end
  }
  done()
  if (staff.length > 0) sections.push(staffSection(staff))
  return {next: i, current}
}

/** A row's cells as the section's items: its people with org and office, its deputies, its staff (into `staff`); false without a name. */
function addRow(row: Building, current: Section, staff: Section['items']): boolean {
  const text = (k: Kind) => (row.cells.get(k) ?? []).map((l) => l.value).join(' ').trim()
  // "Bremen   (nobody there)   Staatsrat Ole Brünjes" under "in Präsenz | per Videokonferenz": the one by video is the row's.
  const byVideo = (row.cells.get('name') ?? []).length === 0 ? (row.cells.get('deputy') ?? []).filter((l) => !/^[–—-]$/.test(l.value)) : []
  const names = byVideo.length > 0 ? byVideo : row.cells.get('name') ?? []
  if (byVideo.length > 0) row.cells.delete('deputy')
  if (names.length === 0) return false
  // "1. Dr. Johanna …": the running number is part of nothing.
  const numbered = /^\d{1,3}\.[ \t]+/.exec(names[0]!.value)
  if (numbered) names[0] = {...names[0]!, start: names[0]!.start + numbered[0].length, value: names[0]!.value.slice(numbered[0].length), raw: names[0]!.raw.slice(numbered[0].length)}
  let office = text('office')
  let chair = /(?:^|[ ,(])Vorsitz(?:ende|ender)?\b/.test(text('status')) || /(?:^|[ ,(])Vorsitz\b/.test(text('remark'))
  // "Ministerin (Vorsitz)", "Staatsministerin, Vorsitz": the office column's remark.
  const mark = /(?:\((Vorsitz(?:ende|ender)?|Stv\.|i\.[ ]?V\.)\)|,[ ](Vorsitz))$/.exec(office)
  const standsIn = mark?.[1]?.startsWith('i.') ?? false
  if (mark) {
    chair ||= (mark[1] ?? mark[2]!).startsWith('Vorsitz')
    office = office.slice(0, mark.index).trimEnd()
  }
  // "Oberregierungsrat, Niederschrift (Begleitung)", "Parlamentarische Staatssekretärin, BMDS" / "(ständiger Gast)",
  // "Oberbürgermeisterin (Gast zu TOP 1)": the row's role in parentheses after the office.
  const said = ROLE_IN_OFFICE.exec(office)
  const role: Role | undefined = !said ? undefined : /^[Ss]tändiger/.test(said[1]!) ? 'permanent_guest' : /^Gast/.test(said[1]!) ? 'guest' : 'staff'
  if (said) office = office.slice(0, said.index).trimEnd()
  // "Begleitung", "Geschäftsstelle, Niederschrift" in the Funktion column: a role, no office; "Oberregierungsrat, Protokoll":
  // the office, then the role.
  if (/^(?:Begleitung|Geschäftsstelle|Protokoll|Niederschrift)\b/.test(office)) office = ''
  office = office.replace(/,[ ](?:Protokoll|Niederschrift|Begleitung|Geschäftsstelle)$/, '')
  // "Mecklenburg-" / "Vorpommern": a word broken at its hyphen joins without a blank.
  const orgText = (row.cells.get('org') ?? []).map((l) => l.value).join(' ').replace(/-[ ](?=\p{Lu})/gu, '-').trim()
  // "Bund | … | Bundesministerium für … (BMDS)", "(empty) | … | Stadt Osnabrück (zu TOP 1)": the body's column.
  const landOrg = orgOf(orgText, current.role === 'guest' || current.role === 'permanent_guest')
  const body = landOrg && isLandCode(landOrg) ? null : orgOf(withoutItems(text('body').replace(/-[ ](?=\p{Lu})/gu, '-')))
  const org = body ?? landOrg
  // "BW   Staatssekretär Dr. Matthias Fezer   Ministerialdirigentin Dr. Sabine Riedesser" under "Land | Mitglied der DMK | vertreten
  // durch": the one who sat for the member is the row's; "–" the member came; "ST   …   entschuldigt": nobody.
  const substitute = (row.cells.get('substitute') ?? []).filter((l) => !/^[–—-]$/.test(l.value))
  if (substitute.length > 0) {
    const person = PERSON_START.test(substitute[0]!.value) || isOffice(substitute[0]!.value)
    current.items.push({type: 'row', row: person ? {org, lines: substitute, absent: false} : {org, lines: names, absent: true}})
    return true
  }
  // "Bayern   Staatsminister …   –   Ministerialdirigentin Prof. Dr.-Ing. Cordula Wimmer": the member named was not there, the
  // one in the remark sat for them; "Thüringen   Staatssekretärin …   –   entschuldigt": nobody.
  if (/^(?:[–—-]|nein|n\.[ ]?a\.)$/.test(text('presence'))) {
    const stand = (row.cells.get('remark') ?? []).filter((l) => !/^[–—-]$/.test(l.value))
    const standsFor = stand.length > 0 && (PERSON_START.test(stand[0]!.value) || isOffice(stand[0]!.value))
    current.items.push({type: 'row', row: standsFor ? {org, lines: stand, absent: false} : {org, lines: names, absent: true}})
    return true
  }
  // "Bayern   Florian Zehetmair   Regierungsdirektor   (no x)" under "stimmführend": a Land's person without the vote came with its member.
  const holderless = row.cells.has('holder') && !/^[xX×✓]$/.test(text('holder')) && org !== null && isLandCode(org)
  const r: Row = {
    // "Thüringen   Dr. Lukas Wengler   Staatssekretär   entschuldigt": named, yet not there.
    org, lines: names, absent: NOT_PRESENT.test(names.map((l) => l.value).join(' ')) || /^(?:entschuldigt|abwesend|nicht[ ]anwesend|verhindert)(?![\p{L}])/u.test(text('remark')),
    ...(office && !/^[–—-]$/.test(office) ? {office} : {}), ...(chair ? {chair} : {}), ...(standsIn ? {standsIn} : {}), ...(role ?? holderless ? {role: role ?? 'staff'} : {})
  }
  current.items.push({type: 'row', row: r})
  // "Vertretung / weiteres Mitglied", "Begleitung": more people of the row's org, "–" for none.
  const more = (k: Kind) => (row.cells.get(k) ?? []).filter((l) => !/^[–—-]$/.test(l.value))
  if (more('deputy').length > 0) current.items.push({type: 'row', row: {org, lines: more('deputy'), absent: false}})
  if (more('staff').length > 0) staff.push({type: 'row', row: {org, lines: more('staff'), absent: false}})
  return true
}

/**
 * Whether a line starts a row: a name that is no wrapped rest ("nungspunkt 8)", "13:05 Uhr)" after an open
 * parenthesis) beside another cell of its row, or an office in a first office column. A line with the org's
 * column alone goes on with the row's org ("Vorpommern", "und Staatsmodernisierung (BMDS)").
 */
function startsRow(row: Building, placed: ReadonlyArray<{kind: Kind; text: string}>, first: Kind): boolean {
  if (first === 'number') return placed.some((p) => p.kind === 'number' && /^\d{1,3}\.?$/.test(p.text))
  if (first === 'office' && placed.some((p) => p.kind === 'office')) return true
  // "Hessen" after "Bayern": a first org column starts a row unless its cell wraps ("Mecklenburg-" / "Vorpommern").
  const org = placed.find((p) => p.kind === 'org')
  const orgBefore = (row.cells.get('org') ?? []).map((l) => l.value).join(' ')
  if (first === 'org' && org && /^\p{Lu}/u.test(org.text) && !/-$/.test(orgBefore) && landFromName(orgBefore) !== undefined) return true
  const name = placed.find((p) => p.kind === 'name')
  if (!name || (/^\p{Ll}/u.test(name.text) && !NOT_PRESENT.test(name.text))) return false
  const lines = row.cells.get('name') ?? []
  const before = lines.map((l) => l.value).join(' ')
  if (before.lastIndexOf('(') > before.lastIndexOf(')') || /[-,]$/.test(before)) return false
  // "… Würzburg (zu TOP 1)" / "Prof. Dr. Miriam Staudigl, Julius-": a guest's row ends with the items it came for.
  if (/\((?:zu|ab|bis)[ ][^()]{1,40}\)$/.test(before) && /^(?:(?:Prof|Dr)\.[ ]|\p{Lu})/u.test(name.text)) return true
  // "Bayern   Staatsminister Dr. … Steinleitner" / "         Ministerialdirektor Florian Wiesmaier": an office opens a
  // person of the Land's (a further row under it); "Anna Beck" / "Jonas Ruf": a whole name after a whole name too.
  if (lines.length > 0 && (isOffice(name.text) || (WHOLE_NAME.test(name.text) && WHOLE_NAME.test(afterOffice(lines.at(-1)!.value))))) return true
  // "1. Dr. …": a running number starts a row by itself.
  return /^\d{1,3}\.[ \t]/.test(name.text) || placed.some((p) => p.kind === 'office' || p.kind === 'status' || (p.kind === 'org' && first === 'org'))
}

/** A "Begleitung" section of these rows (staff read beside the members), its span that of their lines. */
export function staffSection(items: Section['items']): Section {
  const lines = items.flatMap((it) => (it.type === 'row' ? it.row.lines : [it.code.line]))
  return {role: 'staff', label: 'Begleitung', start: Math.min(...lines.map((l) => l.start)), end: Math.max(...lines.map((l) => l.end)), items}
}

/** "Land Baden-Württemberg", "Bund (BMDS)", "Bundesamt für … (BSI)", "Friedrich-Schiller-Universität Jena". */
function orgOf(text: string, guest = false): string | null {
  if (!text) return null
  // A guest's body is no Land's office: "AIK SH" (Architekten- und Ingenieurkammer) is not "IM BW".
  const land = landFromName(text) ?? (guest ? null : landOfficeOrg(text))
  if (land) return land
  const code = /\(([\p{L}\d-]{2,10})\)$/u.exec(text)
  if (code && looksLikeCode(code[1]!)) return code[1]!
  if (looksLikeCode(text)) return text
  // "Stadt Köthen (Anhalt)": a town's name as printed, its parenthesis part of it.
  if (MUNICIPALITY.test(text)) return text
  return /^\p{Lu}/u.test(text) && !/[()]/.test(text) ? text : null
}

// "… Freistaat Bayern Mitglied", "… (BSI)" / "Gast (TOP 3)": a status at a line's end, or on a line of its own.
// "Mitglied (bis 13:40 Uhr)", "Protokoll", "Vertretung für Staatssekretärin" (the name on the next line) in a "Teilnahme als" column.
const TRAILING_STATUS = /(?:^|[ \t])((?:stellv\.[ \t]|stellvertretendes[ \t])?Mitglied(?:,[ \t]*Vorsitz)?(?:[ \t]*\([^()]{1,40}\))?|Ständiger[ \t]+Gast|Gast(?:[ \t]*\([^()]{1,40}\))?|Geschäftsstelle|Begleitung|Protokoll|Vertretung[ \t]+für[ \t]+[^ \t].{0,60})$/

const UNNUMBERED_STATUS_HEADS = /^Name[ \t]+Amtsbezeichnung[ \t]+Land[ \t]*\/[ \t]*Institution[ \t]+(?:Status|Teilnahme[ \t]+als|Rolle)$/

/**
 * Heads of a numbered list with a status column, as tools without layout print them: "Nr. Name Amtsbezeichnung …
 * Status" on one line, or (plain pdftotext) "Nr. Name" with each further head on a line of its own. The index of
 * the heads' last line, or -1.
 */
export function statusHeadsEnd(lines: readonly TextLine[], i: number): number {
  const line = lines[i]!
  // "Name Amtsbezeichnung Land / Institution Teilnahme als": the list unnumbered, a row ends at its status.
  if (UNNUMBERED_STATUS_HEADS.test(line.value)) return i
  if (!/^Nr\.[ \t]+Name(?![\p{L}])/u.test(line.value)) return -1
  if (/[ \t]Status$/.test(line.value)) return i
  if (line.value.replace(/[ \t]+/g, ' ') !== 'Nr. Name') return -1
  for (let k = i + 1; k < lines.length && k <= i + 5; k++) {
    const head = lines[k]!.value.replace(/[ \t]+/g, ' ')
    if (head === 'Status') return k
    if (!HEADS.some(([re]) => re.test(head))) return -1
  }
  return -1
}

/**
 * The same list without columns (pdftotext -raw, pdf.js): rows start with their number, a name's cell may wrap
 * ("1. Dr. … (bis" / "13:05 Uhr)" / "Ministerin Land Baden-Württemberg Mitglied"), the status ends the row or
 * stands on a line of its own. A row is cut at its office: the name before it, the org after it.
 */
export function readStatusList(lines: readonly TextLine[], from: number, isLabel: (text: string) => boolean, sections: Section[],
  current: Section | undefined): {next: number; current: Section | undefined} {
  let row: {lines: TextLine[]; status: string | null} | undefined
  const done = () => {
    if (!row || !row.status) return
    const role = STATUS.find(([re]) => re.test(row!.status!))?.[1]
    const text = row.lines.map((l) => l.value).join(' ')
    const office = OFFICES_LONGEST_FIRST.map((t) => ({t, at: text.indexOf(` ${t} `)})).filter((o) => o.at > 0).sort((a, b) => a.at - b.at)[0]
    if (!role || !office) return
    if (!current || current.role !== role) {
      current = {role, label: row.status, start: row.lines[0]!.start, end: row.lines[0]!.end, items: []}
      sections.push(current)
    }
    // "Dr. … (bis Ministerin … 13:05 Uhr)": a remark whose end wrapped past the other cells goes.
    const before = text.slice(0, office.at)
    const names = upTo(row.lines, before.lastIndexOf('(') > before.lastIndexOf(')') ? before.lastIndexOf('(') : office.at)
    current.items.push({type: 'row', row: {
      org: orgOf(text.slice(office.at + office.t.length + 2).trim()), lines: names, absent: false, office: office.t,
      ...(/Vorsitz/.test(row.status) ? {chair: true} : {})
    }})
    current.end = row.lines.at(-1)!.end
    row = undefined
  }
  const unnumbered = UNNUMBERED_STATUS_HEADS.test(lines[from]!.value)
  let i = from + 1
  for (; i < lines.length; i++) {
    let line = lines[i]!
    const number = unnumbered ? null : /^\d{1,3}\.[ \t]+/.exec(line.value)
    if (number) {
      done()
      line = {...line, start: line.start + number[0].length, value: line.value.slice(number[0].length), raw: line.value.slice(number[0].length)}
      row = {lines: [], status: null}
    } else if (unnumbered && (!row || row.status)) {
      // "… TH Vertretung für Staatssekretärin" / "Dr. Katharina Rödiger": the status cell goes on; a sentence ends the list.
      if (row?.status && /^Vertretung[ \t]+für/.test(row.status) && !TRAILING_STATUS.test(line.value)) continue
      if (/[.:]$/.test(line.value) || isLabel(line.value)) break
      done()
      row = {lines: [], status: null}
    } else if (!row || (isLabel(line.value) && TRAILING_STATUS.exec(line.value)?.index !== 0) || (row.status && (line.value.length > 40 || /[.:]$/.test(line.value)))) break
    // "13:05 Uhr)" after the status (pdf.js lines put the status on the row's first line): the name's cell wraps.
    const status = TRAILING_STATUS.exec(line.value)
    if (status) {
      row!.status = status[1]!
      line = {...line, value: line.value.slice(0, status.index).trimEnd(), raw: line.value.slice(0, status.index).trimEnd(), end: line.start + status.index}
    }
    if (line.value) row!.lines.push(line)
  }
  done()
  return {next: i, current}
}

/** The lines cut to the first `n` characters of their text joined by blanks. */
function upTo(lines: readonly TextLine[], n: number): TextLine[] {
  const out: TextLine[] = []
  let left = n
  for (const l of lines) {
    if (left <= 0) break
    const value = l.value.slice(0, left).trimEnd()
    if (value) out.push({...l, value, raw: value, end: l.start + value.length})
    left -= l.value.length + 1
  }
  return out
}

/**
 * Heads each on a line of their own ("Name" / "Dienststelle" / "Funktion": plain pdftotext of a bordered table, a
 * blank line after each cell): the columns in order and the index of the last head, or null. Three heads at least,
 * each kind once, the name first, an org among them.
 */
export function stackedHeads(lines: readonly TextLine[], from: number): {kinds: Kind[]; end: number} | null {
  const kinds: Kind[] = []
  let end = -1
  let land = false
  for (let k = from; k < lines.length && kinds.length < 5; k++) {
    const text = lines[k]!.value.replace(/[ \t]+/g, ' ').trim()
    if (!text) continue
    let kind = HEADS.find(([re]) => re.test(text))?.[1]
    // "Land" / "Name" / "Amtsbezeichnung" / "Ressort / Institution": beside the Land's column the other org column names
    // the body, as in columnsFrom.
    if (kinds.length === 0 && kind === 'org' && /^(?:Land|Bundesland)$/.test(text)) land = true
    else if (land && kind === 'org') kind = 'body'
    // "Land" / "Mitglied der DMK" / "vertreten durch": after the member's, who sat for them.
    if (kind === 'name' && kinds.includes('name')) kind = afterName(text) ?? kind
    if (!kind || kinds.includes(kind)) break
    kinds.push(kind)
    end = k
  }
  const plain = kinds.every((k) => k === 'name' || k === 'office' || k === 'org' || k === 'remark' || (land && k === 'body') || k === 'substitute')
  // The name first: every row then starts with a cell of its own. A first Land column may hold a cell over several
  // rows, printed once, or none (a guest's): its cells are told by what they say (`readCellRows`). A first Funktion
  // column is read as before.
  // Three columns ("Land" / "Name" / "Funktion") are read as before: the Bund's and the guests' first cells stand in
  // the label column after the members' rows there ("b) Ständiger Gast" / "BMDS"), which index.ts places.
  // "Land" / "vertreten durch" / "Stimmrecht": the Land, its member and a remark — the heads' first (not "Funktion" /
  // "Land" / "Name" / "Bemerkung" read from its second).
  let before = from - 1
  while (before >= 0 && !lines[before]!.value.trim()) before--
  const first = before < 0 || !HEADS.some(([re]) => re.test(lines[before]!.value.replace(/[ \t]+/g, ' ').trim()))
  // A vote column has a cell in every row ("ja", "übertragen auf …"); a remark column ("Bemerkung") mostly none.
  const votes = first && kinds.join() === 'org,name,remark' && /^Stimm/.test(lines[end]!.value.trim())
  const substitutes = kinds.join() === 'org,name,substitute'
  if (land) return ((kinds.length >= 4 && kinds.includes('body')) || votes || substitutes) && kinds[1] === 'name' && plain ? {kinds, end} : null
  return kinds.length >= 3 && kinds[0] === 'name' && kinds.includes('org') && plain ? {kinds, end} : null
}

/** Where a line's printed text, blanks included, starts and ends in the normalized text. */
const rawStart = (l: TextLine) => l.start - (l.raw.length - l.raw.trimStart().length)
const rawEnd = (l: TextLine) => rawStart(l) + l.raw.length

/** The paragraph from line `from` on: the lines up to a blank one (or a page break) between two, and the index after it. */
function paragraph(lines: readonly TextLine[], from: number): {lines: TextLine[]; at: number; next: number} | null {
  let i = from
  while (i < lines.length && !lines[i]!.value) i++
  if (i >= lines.length) return null
  const at = i++
  while (i < lines.length && lines[i]!.value && rawStart(lines[i]!) === rawEnd(lines[i - 1]!) + 1) i++
  return {lines: lines.slice(at, i), at, next: i}
}

// "Stefan Krebs", "Anna-Lena Schmidt": two or three capitalised words and nothing that names a body.
const PERSON = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ ]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u
/** "Regierungsdirektorin Dr. Theresa Maier-Lindl" → "Dr. Theresa Maier-Lindl". */
function afterOffice(text: string): string {
  const office = OFFICES_LONGEST_FIRST.find((t) => text.startsWith(`${t} `))
  return office ? text.slice(office.length + 1) : text
}

// A name whole on its line: "Dr. Wiebke Onken", "Theresa Maier-Lindl", "Annette von der Heide".
const WHOLE_NAME = /^(?:(?:Prof|Dr)\.[ ])*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ ](?:(?:von|van|de|zu)[ ](?:der[ ])?)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u
const joined = (cell: readonly TextLine[]) => cell.map((l) => l.value).join(' ').replace(/-[ ](?=\p{Lu})/gu, '-').trim()
// "Bund – Bundesministerium für Digitales … (BMDS)", "Stadt Köthen (Anhalt)", "Hochschule Anhalt", "Geschäftsstelle": a body over its people.
const GROUP_BODY = /^(?:Bund(?![\p{L}])|Geschäftsstelle|Stadt|Landeshauptstadt|Hochschule|Universität|Technische[ ]Universität|Landkreis|Kreis)(?![\p{L}])|\([\p{L}\d-]{2,10}\)$/u
// "Dr. …", "Prof. Dr.-Ing. …": a person's name begins.
const PERSON_START = /^(?:Prof\.|Dr\.|Dipl\.-)/
const isOffice = (text: string) => OFFICES_LONGEST_FIRST.some((t) => text === t || text.startsWith(`${t} `) || text.startsWith(`${t},`))

/** Whether cells fit their columns: a name that is no office, org or head; an org that is no office or person. */
function fits(kinds: readonly Kind[], cells: ReadonlyArray<readonly TextLine[]>): boolean {
  // Without an office column the name's cell holds the office too: "Minister Tobias Rheinwald" under "vertreten durch".
  const offices = kinds.includes('office')
  return kinds.every((kind, k) => {
    let text = joined(cells[k]!)
    // "Hamburg" / "–" / "nicht vertreten" / "–": nobody there, a dash for the cells.
    if (kind !== 'org' && /^[–—-]$/.test(text)) return true
    if (!text || text.length > 120 || /[.:]$/.test(text) || HEADS.some(([re]) => re.test(text))) return false
    if (kind === 'name') return /^\p{Lu}/u.test(text) && !(offices ? isOffice(text) : OFFICES_LONGEST_FIRST.includes(text)) && landFromName(text) === undefined && !looksLikeCode(text) && text.length <= 80
    // Who sat for the member, or why nobody did ("entschuldigt").
    if (kind === 'substitute') return text.length <= 80 && landFromName(text) === undefined
    // Not a person's name ("Stefan Krebs" where a Land's cell over several rows was printed once).
    if (kind === 'org' || kind === 'body') {
      // "Stadt Osnabrück (zu TOP 1)": the items a guest came for, as addRow drops them.
      if (kind === 'body') text = withoutItems(text)
      return orgOf(text) !== null && !isOffice(text) && !/^(?:Dr\.|Prof\.)[ ]/.test(text) &&
        (landFromName(text) !== undefined || BODY_WORD.test(text) || MUNICIPALITY.test(text) || !PERSON.test(text))
    }
    // An office or remark, not a person (the row's cells shifted: an empty cell is not printed).
    return landFromName(text) === undefined && (isOffice(text) || (!/^(?:Dr\.|Prof\.)[ ]/.test(text) && !PERSON.test(text)))
  })
}

/** "Stadt Osnabrück (zu TOP 1)" → "Stadt Osnabrück": a body cell without the items its guest came for. */
export function withoutItems(text: string): string {
  return text.replace(/\((?:zu|ab|bis)[ \t][^()]{1,40}\)$/, '').trimEnd()
}

/** A first Land column's cell: "Baden-Württemberg", "Mecklenburg-" / "Vorpommern", "Bund". */
function landCell(text: string): boolean {
  return /^Bund$/.test(text) || landFromName(text) !== undefined
}

// A section's label in the table's rows, where plain reading order left it ("Mitglieder", "Gäste").
type WholeLabel = (text: string) => {role: Role; label: string} | null

/**
 * The rows under stacked heads: each K paragraphs a row, in the heads' order ("Dr. A. Weber" / "IM BW" /
 * "Ministerin, Vorsitz"). A label paragraph followed by a row opens its section; one that is not (plain prints the
 * labels of a table's group rows after the page's cells) is passed over, as are the heads again on the next page. A
 * row whose cells do not fit is passed over a cell at a time (its name printed elsewhere: "BMDS" / "Staatssekretär"),
 * at most two, never a cell that could be a name. The table ends at prose ("Thüringen ist nicht vertreten.") or at
 * cells that do not fit (an empty cell plain does not print shifts the rest): the lines from there are read as before.
 * Stopped before its third row, it is not read this way at all (`next` the line after the heads, nothing added).
 * Rows before any label: their role by office and org.
 */
export function readCellRows(lines: readonly TextLine[], heads: {kinds: Kind[]; end: number}, whole: WholeLabel, sections: Section[],
  current: Section | undefined): {next: number; current: Section | undefined} {
  const {kinds} = heads
  const added: Section[] = []
  const staff: Section['items'] = []
  /** The section opened for rows before any label, if any. */
  let unlabelled: Section | undefined
  // "Teilnehmerinnen und Teilnehmer" over the heads: the list's title opened a section that says no role.
  const titled = current && current.items.length === 0 && sections.at(-1) === current && !whole(current.label) ? current : undefined
  let open = titled ? undefined : current
  // A first Land column: a row without its cell (printed once for several rows, or empty for a guest) starts at the name.
  const landFirst = kinds[0] === 'org'
  /** The Land cell of the row before, and its body's text: a row after it with the same body is of that Land. */
  let lastLand: {cell: TextLine[]; body: string} | null = null
  const row = (from: number): {cells: TextLine[][]; next: number; land: boolean} => {
    const cells: TextLine[][] = []
    let at = from
    let land = true
    for (let k = 0; k < kinds.length; k++) {
      const p = paragraph(lines, at)
      if (!p) break
      if (k === 0 && landFirst && !landCell(joined(p.lines))) {
        cells.push([])
        land = false
        continue
      }
      cells.push(p.lines)
      at = p.next
      // "Mecklenburg-Vorpommern" / "nicht anwesend" / "Niedersachsen": a Land nobody came for, its other cells empty.
      if (landFirst && k === 1 && land && NOT_PRESENT.test(joined(p.lines)) && !/^[–—-]$/.test(joined(p.lines))) {
        const after = paragraph(lines, at)
        if (after && landCell(joined(after.lines))) {
          while (cells.length < kinds.length) cells.push([])
          break
        }
      }
    }
    return {cells, next: at, land}
  }
  const fitting = (r: {cells: TextLine[][]; land: boolean}) => r.cells.length === kinds.length &&
    (!r.land ? fits(kinds.slice(1), r.cells.slice(1)) : r.cells.at(-1)!.length === 0 ? fits(kinds.slice(0, 1), r.cells) : fits(kinds, r.cells))
  let i = heads.end + 1
  let next = i
  let misses = 0
  let failed = false
  /** Rows read, into sections of their own or the one open before. */
  let read = 0
  const itemsBefore = current?.items.length ?? 0
  for (;;) {
    const first = paragraph(lines, i)
    if (!first) break
    const again = first.lines.length === 1 ? stackedHeads(lines, first.at) : null
    if (again && again.kinds.join() === kinds.join()) {
      i = again.end + 1
      continue
    }
    const label = first.lines.length === 1 ? whole(first.lines[0]!.value) : null
    if (label) {
      if (fitting(row(first.next))) {
        open = {role: label.role, label: label.label, start: first.lines[0]!.start, end: first.lines[0]!.end, items: []}
        added.push(open)
      }
      i = first.next
      continue
    }
    const r = row(i)
    if (!fitting(r)) {
      const text = joined(first.lines)
      // Prose after the table ends it; a cell that could be a name is not passed over.
      if (/[.!?]$/.test(text) || text.length > 120) break
      if (misses >= 2 || fits(['name'], [first.lines])) {
        failed = true
        break
      }
      misses++
      i = first.next
      continue
    }
    misses = 0
    if (!open && titled) open = unlabelled = titled
    else if (!open) {
      open = unlabelled = {role: 'member', label: 'Mitglieder', start: first.lines[0]!.start, end: first.lines[0]!.end, items: []}
      added.push(open)
    }
    if (landFirst) {
      const body = joined(r.cells[kinds.indexOf('body')] ?? [])
      if (r.land) lastLand = {cell: r.cells[0]!, body}
      else if (lastLand && body && body === lastLand.body) r.cells[0] = lastLand.cell
      else lastLand = null
    }
    const cells = r.cells.filter((c) => c.length > 0)
    const built: Building = {cells: new Map(kinds.map((k, n) => [k, r.cells[n]!])), start: cells[0]![0]!.start, end: cells.at(-1)!.at(-1)!.end}
    if (addRow(built, open, staff)) {
      open.end = built.end
      read++
    }
    i = next = r.next
  }
  if ((failed && read < 3) || read === 0) {
    // Rows put into the open section are taken back: the lines are read again as before.
    if (current) current.items.length = itemsBefore
    return {next: heads.end + 1, current}
  }
  sections.push(...added)
  // "Land" / "Mitglied der DMK" / "vertreten durch": the members' table, whoever sat for them.
  if (unlabelled && kinds.includes('substitute')) unlabelled.role = 'member'
  else if (unlabelled) byRole(unlabelled, sections)
  if (staff.length > 0) sections.push(staffSection(staff))
  return {next, current: open}
}

/**
 * Rows of a table whose group labels plain printed elsewhere, by what they say: "Begleitung", "Niederschrift" →
 * staff; a minister or state secretary of a Land → member, of the Bund → permanent guest; others of a Land, and civil
 * servants of the Bund ("Ministerialrat") → staff; the rest (a federal agency's "Vizepräsident", a city's "Beigeordneter")
 * guests.
 */
function byRole(section: Section, sections: Section[]): void {
  const by = new Map<Role, Section>()
  const kept: Section['items'] = []
  for (const item of section.items) {
    if (item.type !== 'row') continue
    const {org, office} = item.row
    const land = org !== null && isLandCode(org)
    const role: Role = !office || /\((?:Niederschrift|Protokoll)\)/.test(office) ? (land || isFederalBody(org ?? '') ? 'staff' : 'guest')
      // "Ministerialdirektor (i. V.)": who stands in for the member.
      : MEMBER_OFFICE.test(`${office} `) || item.row.standsIn ? (land ? 'member' : isFederalBody(org ?? '') ? 'permanent_guest' : 'guest')
        : land || (isFederalBody(org ?? '') && CIVIL_SERVICE.test(office)) ? 'staff' : 'guest'
    // "Hamburg" / "–" / "nicht vertreten": a member's row, nobody there.
    if (role === 'member' || item.row.absent) {
      kept.push(item)
      continue
    }
    let target = by.get(role)
    if (!target) {
      target = {role, label: section.label, start: item.row.lines[0]!.start, end: item.row.lines.at(-1)!.end, items: []}
      by.set(role, target)
    }
    target.items.push(item)
    target.end = Math.max(target.end, item.row.lines.at(-1)!.end)
  }
  section.items = kept
  sections.push(...(['permanent_guest', 'guest', 'staff'] as const).flatMap((r) => (by.get(r) ? [by.get(r)!] : [])))
}

// "Ministerialrat", "Regierungsdirektorin", "Referent": a civil servant's rank, who comes with a member; a body's
// "Präsidentin" or "Vizepräsident" comes as a guest.
const CIVIL_SERVICE = /^(?:Leitende[rn]?[ ])?(?:Ministerial|Regierungs|Oberregierungs|Referent|Sachbearbeiter|Amtsrat|Amtsrätin|Oberamtsr)/

/** A member's office at a line's start: a minister, state secretary, Staatsrat or Senator. */
export const MEMBER_OFFICE = /^(?:Minister|Ministerin|Staatsminister|Staatsministerin|Staatssekretär|Staatssekretärin|Staatsrat|Staatsrätin|Senator|Senatorin)[ \t]/
