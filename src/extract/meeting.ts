/**
 * Transformer: the meeting header — times, place, date, chair,
 * minute-takers — and the session number and announced sessions from the
 * text ("kündigt die 3. Sitzung der DMK in Rheinland-Pfalz am 12. und 13. Mai 2025 an").
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Header, HeaderField, Root, Span, TextLine} from '../record/tree.ts'
import type {MeetingRecord, PersonRef} from '../record/schema.ts'
import {emptyExtraction} from '../record/schema.ts'
import {joinNodes, spanIn, textOf} from '../text/nodes.ts'
import {findDates, findTimes} from '../text/dates.ts'
import {isPlainName, parsePerson, peopleIn} from '../text/names.ts'
import {isLandCode, landFromName} from '../data/laender.ts'
import {BODY_WORD, isFederalBody, RIVER, TOWN_SUFFIX} from '../data/bodies.ts'
import {findMentions} from '../text/lexicon.ts'
import {sentences} from '../text/sentences.ts'
import {ORDINALS, CONSTITUENT} from '../data/ordinals.ts'
import {bodyPattern, conferenceOf} from '../data/conference.ts'
import {headerKind} from '../data/header.ts'
import {report} from '../record/message.ts'
import {agendaItems, linesOf, walk} from '../record/query.ts'
import {matchesOf} from '../text/matches.ts'


// "2. Sitzung", "3. ordentliche Sitzung".
const SESSION = /\b(\d{1,4})\.[ \t]+(?:ordentliche[ \t]+|reguläre[ \t]+)?Sitzung\b/g
// The first of them, where it stands (no global state: SESSION is matched with matchAll).
const SESSION_FIRST = new RegExp(SESSION.source)
const SESSION_LOOSE = new RegExp(SESSION.source.replaceAll('\\b', ''))
// Sentences that announce a later session rather than report this one.
// Not a bare "wird": "Die 3. Sitzung wird von … geleitet" reports this session.
// "… lädt zur 69. Sitzung am Donnerstag, 16. Mai 2058, nach Schleswig ein": an invitation announces too.
const ANNOUNCING = /\b(?:findet|finden|stattfinden|statt|kündigt|angekündigt|geplant|vorgesehen|tagt|tagen|nächste|nächsten|lädt|laden|eingeladen)\b/
// "in ihrer 23. Sitzung", "auf die 43. Sitzung", "bis zur 72. Sitzung", "der 73. Sitzung": another session than this one.
const REFERRED = /(?<![\p{L}])(?:(?:in|auf|seit|nach|bei|von|aus|vor|über|für)[ \t\n]+(?:der|die|ihrer|seiner|ihre|seine)|zur|der)[ \t\n]+$/u
// "in Berlin", "in Rheinland-Pfalz" — a capitalised place after "in".
// "in Berlin", "in der Lutherstadt Wittenberg", "in Bad Kreuznach", "in Frankfurt am Main", "in Halle-Neustadt".
// "in Halle (Saale)", "in Frankfurt (Oder)": a river in parentheses is part of the name.
// "St. Ingbert", "St. Wendel": "St." a part of the name.
const PLACE_NAME = String.raw`(?:(?:Lutherstadt|Hansestadt|Universitätsstadt|Bad|Sankt|St\.)[ \t]+)?\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)?${TOWN_SUFFIX}?${RIVER}?`
const PLACE = new RegExp(String.raw`(?<![\p{L}])in[ \t]+(?:der[ \t]+)?(${PLACE_NAME})`, 'gu')
// "… lädt zur 69. Sitzung … nach Schleswig ein", "… nach Freiburg im Breisgau ein": the name is all between "nach" and "ein".
const INVITED_TO = /(?<![\p{L}])nach[ \t\n]+(\p{Lu}[\p{L}-]*(?:[ \t\n]+(?:am|im|an[ \t\n]+der|in[ \t\n]+der|ob[ \t\n]+der|\p{Lu}[\p{L}-]*)){0,3})[ \t\n]+ein(?![\p{L}])/u
const NOT_PLACES: ReadonlySet<string> = new Set(['Abstimmung', 'Anlehnung', 'Folge', 'Form', 'Kraft', 'Präsenz', 'Videokonferenz', 'Zukunft'])

export default function meeting(this: Processor) {
  const conference = conferenceOf(this)
  const body = bodyPattern(conference)
  return (tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    if (extraction.kind !== 'protocol') return
    const record: MeetingRecord = {
      body: conference.body, number: null, date: null, place: null, start: null, end: null,
      spans: {}, chair: [], minutes: [], departures: [], announcements: []
    }
    const header = tree.children.find((c): c is Header => c.type === 'header')
    for (const field of header?.children.filter((c): c is HeaderField => c.type === 'field') ?? []) {
      readField(field, record, file)
    }
    const preface = header?.children.filter((c) => c.type === 'line') ?? []
    if (record.chair.length === 0) record.chair.push(...chairInProse(preface))
    factsInProse(preface, record)
    if (record.minutes.length === 0) record.minutes.push(...minutesAtEnd(tree))
    if (!record.start || !record.end) timesInMinutes(tree, record)
    for (const list of [record.chair, record.minutes]) shareLastOrg(list)
    minutesOfChairsOffice(header, record, tree)
    minutesOfLandsBody(header, record)
    readSession(tree, file, record, textOf(preface), body)
    extraction.meeting = record
  }
}


function readField(field: HeaderField, record: MeetingRecord, file: VFile) {
  const joined = joinNodes(field.children)
  const text = joined.text
  const kind = headerKind(field.label)
  const date = () => {
    const d = findDates(text)[0]
    if (d && !record.date) {
      record.date = d.iso
      record.spans.date = spanIn(joined, d.index, d.index + d.length)
    }
    return d
  }
  const times = (slots: ReadonlyArray<'start' | 'end'>, required: boolean) => {
    const found = findTimes(text)
    // "Donnerstag, 17. November 2061, 14:00 – 18:00 Uhr" / "Freitag, 18. November 2061, 9:00 – 13:20 Uhr": a session over two
    // days ends at its last range's end (not "9.00 Uhr bis 13.45 Uhr" / "Kamingespräch …, 19.30 Uhr", nor "10:00–16:30 Uhr
    // (Mittagspause 12:45–13:30 Uhr)": times in parentheses are remarks).
    const outside = found.filter((t) => text.slice(0, t.index).split('(').length === text.slice(0, t.index).split(')').length)
    const ranges = outside.length >= 4 && outside.length % 2 === 0
    slots.forEach((slot, i) => {
      const t = slot === 'end' && slots.length === 2 && ranges ? outside.at(-1) : found[i]
      if (!t) return
      record[slot] = t.hhmm
      record.spans[slot] = spanIn(joined, t.index, t.index + t.length)
    })
    if (required && found.length < slots.length) {
      report(file, field, 'header-time', `Unexpected \`${text}\`, expected times such as \`9:00 Uhr – 12:45 Uhr\``)
    }
  }
  if (kind === 'times' || kind === 'start' || kind === 'end') {
    times(kind === 'times' ? ['start', 'end'] : [kind], true)
  } else if (kind === 'date') {
    // "Termin 24. November 2025, 10:00 bis 15:30 Uhr": the date, and the times when given.
    date()
    times(['start', 'end'], false)
  } else if (kind === 'place') {
    // "Ort/Datum Mainz, 12. Mai 2025": the date apart, the rest is the place.
    const d = date()
    const place = d ? trimPunctuation(text.slice(0, d.index) + text.slice(d.index + d.length)).replace(/(?<![\p{L}])(?:am|den)$/u, '').trim() : text
    record.place = place || null
    // The place cut around a date in its middle is no run of the text: then the whole value is its span.
    const at = place ? text.indexOf(place) : -1
    if (place) record.spans.place = at === -1 ? spanIn(joined, 0, text.length) : spanIn(joined, at, at + place.length)
  } else if (kind === 'chair') {
    record.chair.push(...people(text, joined))
  } else if (kind === 'minutes') {
    record.minutes.push(...people(text, joined))
  }
}

// "Die Sitzung leitet der Vorsitzende der Digitalministerkonferenz, Herr Staatsminister Dr. … (Freistaat Sachsen).",
// "Den Vorsitz führt Ministerin …": the chair named in a sentence of the header.
const CHAIR_SENTENCE = /(?:Die[ \t]Sitzung[ \t](?:leitet|leitete|wird[ \t]geleitet[ \t]von)|Den[ \t]Vorsitz[ \t](?:führt|führte|hat|hatte))(?:[ \t](?:der|die)[ \t]Vorsitzende[^,.]{0,80},)?[ \t]((?:Herr|Frau)[ \t](?:[^()]{3,120}?\([^()]{1,60}\)|(?:[\p{L}-]+\.?[ \t]){1,6}[\p{L}-]+))/u

// "Die 39. Sitzung … fand am Donnerstag, dem 21. Mai 2043, von 10.00 bis 15.35 Uhr im Wissenschafts- und
// Kongresszentrum darmstadtium, Schlossgraben 1, 64283 Darmstadt, statt.": times and place in a sentence.
const HELD = /(?<![\p{L}])von[ \t]\d{1,2}[.:]\d{2}(?:[ \t]Uhr)?[ \t]bis[ \t]\d{1,2}[.:]\d{2}[ \t]Uhr(?:[ \t](?:im|in[ \t]der|in[ \t]den|in)[ \t]([^.]{3,160}?(?:\.[^.]{1,40}?)?),?[ \t]statt(?![\p{L}]))?/u
// "Das Protokoll führten Regierungsdirektor Tilman Eckhardt und Johanna Seibold (Hessisches Ministerium …)."
const MINUTES_SENTENCE = /(?<![\p{L}])Das[ \t]Protokoll[ \t](?:führt|führte|führten|führen)[ \t]([^()]{3,160}?(?:\([^()]{1,100}\))?)\.(?=[ \t]|$)/u

/** The times, the place and the minute-takers when the header tells them in sentences, not in fields. */
function factsInProse(preface: ReadonlyArray<Header['children'][number]>, record: MeetingRecord) {
  const lines = preface.filter((c): c is TextLine => c.type === 'line')
  if (lines.length === 0) return
  const joined = joinNodes(lines)
  const held = HELD.exec(joined.text)
  if (held && !record.start && !record.end) {
    const [start, end] = findTimes(held[0])
    for (const [slot, t] of [['start', start], ['end', end]] as const) {
      if (!t) continue
      record[slot] = t.hhmm
      record.spans[slot] = spanIn(joined, held.index + t.index, held.index + t.index + t.length)
    }
    const place = held[1]
    if (place && !record.place) {
      const at = held.index + held[0].lastIndexOf(place)
      record.place = place.replace(/[ \t]+/g, ' ')
      record.spans.place = spanIn(joined, at, at + place.length)
    }
  }
  const minutes = MINUTES_SENTENCE.exec(joined.text)
  if (minutes && record.minutes.length === 0) record.minutes.push(...people(minutes[1]!, joined, minutes.index + minutes[0].length - minutes[1]!.length - 1))
}

function chairInProse(preface: ReadonlyArray<Header['children'][number]>): PersonRef[] {
  const lines = preface.filter((c): c is TextLine => c.type === 'line')
  const joined = joinNodes(lines)
  const m = CHAIR_SENTENCE.exec(joined.text)
  if (m) return people(m[1]!, joined, m.index + m[0].length - m[1]!.length)
  return []
}

/**
 * "Für das Protokoll:" / "Dr. Franziska Lohse" / "Marcel Uhlig" / "(Freistaat Sachsen)" under the last item:
 * the minute-takers signed at the end, a name per line, their Land below.
 */
function minutesAtEnd(tree: Root): PersonRef[] {
  const lines: TextLine[] = []
  walk(tree, (n) => { if (n.type === 'line') lines.push(n) })
  lines.sort((a, b) => a.start - b.start)
  let at = lines.length - 1
  while (at >= 0 && !/^(?:Für[ \t]+das[ \t]+Protokoll|Protokollführung|Protokoll)[ \t]*:[ \t]*$/.test(lines[at]!.value)) at--
  if (at === -1 || lines.length - at > 8) return []
  const out: PersonRef[] = []
  for (const line of lines.slice(at + 1, at + 6)) {
    const land = /^\(([^()]{2,60})\)$/.exec(line.value)
    if (land) {
      const org = landFromName(land[1]!) ?? null
      for (const p of out) p.org ??= org
      break
    }
    const p = parsePerson(line.value)
    if (!isPlainName(p.name)) break
    out.push({name: p.name, honorific: p.honorific, title: p.title, org: p.org, span: {start: line.start, end: line.end}})
  }
  return out
}

// "Minister Dr. … eröffnet die Sitzung um 10.05 Uhr", "Der Vorsitzende schließt die Sitzung um 15.50 Uhr.": the
// times told only in the minutes.
const OPENS = /(?<![\p{L}])(?:eröffnet|eröffnete)[ \t\n]+die[ \t\n]+(?:\d{1,3}\.[ \t\n]+)?Sitzung[ \t\n]+um[ \t\n]+(\d{1,2}[.:]\d{2})[ \t\n]*Uhr/u
const CLOSES = /(?<![\p{L}])(?:schließt|schloss|beendet|beendete)[ \t\n]+die[ \t\n]+Sitzung[ \t\n]+um[ \t\n]+(\d{1,2}[.:]\d{2})[ \t\n]*Uhr/u

function timesInMinutes(tree: Root, record: MeetingRecord) {
  const items = agendaItems(tree)
  const read = (slot: 'start' | 'end', re: RegExp, item: (typeof items)[number] | undefined) => {
    if (record[slot] || !item) return
    const joined = joinNodes(linesOf(item))
    const m = re.exec(joined.text)
    const t = m ? findTimes(`${m[1]} Uhr`)[0] : undefined
    if (!m || !t) return
    record[slot] = t.hhmm
    const at = m.index + m[0].lastIndexOf(m[1]!)
    record.spans[slot] = spanIn(joined, at, at + m[1]!.length)
  }
  read('start', OPENS, items[0])
  read('end', CLOSES, items.at(-1))
}

/**
 * "Niederschrift: Dr. Ulrike Seidel, Tom Ebert (TMDI)", "… (Die Senatorin für Finanzen)": the minute-takers' office,
 * named by a short form or a title no Land can be read from, is the chair's ministry: the chair's Land. After a comma too:
 * "Regierungsrätin Dr. Hanna Seibert, HMDFE", "Oberregierungsrätin Maren Schult, Ministerium für Digitales, Wirtschaft und
 * Infrastruktur" (a ministry that names no Land).
 */
function minutesOfChairsOffice(header: Header | undefined, record: MeetingRecord, tree: Root) {
  const chairLand = record.chair.map((c) => c.org).find((o): o is string => o !== null && isLandCode(o)) ?? chairFieldLand(header) ??
    chairListLand(tree, record.chair[0]?.name)
  const field = minutesField(header, record)
  if (!chairLand || !field) return
  // After the last name: ", HMDFE" (an abbreviation with two capitals or more) or ", Ministerium für …" (a body's name).
  const comma = /^[^,]{0,40},[ \t]*(\p{Lu}[^()]{1,120})$/u.exec(field.after.trimEnd())?.[1]
  const listed = comma && ((/^\p{Lu}[\p{L}]{1,9}$/u.test(comma) && /\p{Lu}.*\p{Lu}/u.test(comma)) || /(?:ministerium|verwaltung|kanzlei)(?![\p{L}])/iu.test(comma)) &&
    findMentions(comma).length === 0 && !/Geschäftsstelle|^GS(?![\p{L}])/u.test(comma) ? comma : undefined
  const office = /\(([^()]{2,80})\)[ \t]*$/.exec(field.text.trimEnd())?.[1] ?? listed
  if (!office || landFromName(office) || isFederalBody(office)) return
  for (const p of record.minutes) if (p.org === null || (!isLandCode(p.org) && !isFederalBody(p.org))) p.org = chairLand
}

/** "Senatorin Dr. Katrin Lüders (HH), Vorsitz" in the attendee list: the one Land on the chair's line there. */
function chairListLand(tree: Root, name: string | undefined): string | undefined {
  const block = tree.children.find((c) => c.type === 'attendees')
  if (!name || !block || !('children' in block)) return undefined
  const lines = block.children.filter((c): c is TextLine => c.type === 'line')
  const at = lines.findIndex((c) => c.value.includes(name))
  if (at === -1) return undefined
  const lands = new Set(findMentions(lines[at]!.value).map((m) => m.org).filter(isLandCode))
  if (lands.size > 0) return lands.size === 1 ? [...lands][0] : undefined
  // "SL" / "Staatssekretärin Dr. Anne Reiter (Vorsitz)": plain pdftotext sets the code cell on a line of its own above.
  const above = lines[at - 1]?.value.trim()
  return above && isLandCode(above) ? above : undefined
}

/** "Leitung: Ministerin Dr. …, Ministerin für Finanzen und Digitalisierung des Landes Schleswig-Holstein": the one Land the chair's field names. */
function chairFieldLand(header: Header | undefined): string | undefined {
  const field = header?.children.find((c): c is HeaderField => c.type === 'field' && headerKind(c.label) === 'chair')
  if (!field) return undefined
  const lands = new Set(findMentions(joinNodes(field.children).text).map((m) => m.org).filter(isLandCode))
  return lands.size === 1 ? [...lands][0] : undefined
}

/**
 * "Regierungsdirektor Sven Ackermann, Ministerium der Finanzen des Landes Sachsen-Anhalt": the minute-takers' body after
 * the names, and the one Land it names, is theirs.
 */
function minutesOfLandsBody(header: Header | undefined, record: MeetingRecord) {
  const field = minutesField(header, record)
  if (!field || record.minutes.length === 0 || record.minutes.some((p) => p.org !== null)) return
  const body = field.after
  if (!/^[ \t]*,[ \t]*\p{Lu}/u.test(body) || !BODY_WORD.test(body)) return
  const lands = new Set(findMentions(body).map((m) => m.org).filter(isLandCode))
  if (lands.size === 1) for (const p of record.minutes) p.org = [...lands][0]!
}

/** The minute-takers' header field: its text, and the text after the last of them (", HMDFE", ", Ministerium der …"). */
function minutesField(header: Header | undefined, record: MeetingRecord): {text: string; after: string} | null {
  const field = header?.children.find((c): c is HeaderField => c.type === 'field' && headerKind(c.label) === 'minutes')
  if (!field) return null
  const {text, map} = joinNodes(field.children)
  const last = record.minutes.at(-1)
  const at = last ? map.firstAtLeast(last.span.end) : -1
  return {text, after: at === -1 ? '' : text.slice(at)}
}

/** "Dr. Felix Hägele, Sabine Wörner (BW)": the Land after the last name is everyone's. */
function shareLastOrg(list: PersonRef[]) {
  const last = list.at(-1)
  if (list.length < 2 || !last?.org || list.slice(0, -1).some((p) => p.org)) return
  for (const p of list) p.org = last.org
}

function people(text: string, joined: ReturnType<typeof joinNodes>, offset = 0): PersonRef[] {
  // "Staatssekretär Dr. Benedikt Heitzmann, Sächsisches Staatsministerium für" / "Digitales, Medien und Kultur": the words of
  // a body's name that wrapped are no people (a person has two names, or an office or a title before one).
  return peopleIn(text).filter((p) => p.title !== null || p.honorific !== null || /[ \t]/.test(p.name.trim())).map((p) => ({name: p.name, honorific: p.honorific, title: p.title, org: p.org, span: spanIn(joined, offset + p.start, offset + p.end)}))
}

// "Sitzung   Datum   Ort   Vorsitz": the head of a table of the next sessions.
const SESSIONS_HEAD = /^Sitzung[ \t]+Datum[ \t]+Ort(?![\p{L}])/u
// "62.   Donnerstag, 19. November 2054   Konstanz   Baden-Württemberg": one row.
const SESSION_ROW = /^(\d{1,3})\.[ \t]+(?=\p{Lu}|\d)/u
// The place after the row's date: "Konstanz", "Halle (Saale)".
const ROW_PLACE = new RegExp(String.raw`^(?:[ \t]*,)?[ \t]*(\p{Lu}[\p{L}-]*${RIVER}?)`, 'u')

/** "Die nächsten Sitzungen finden wie folgt statt:" over a table: each row announces a session, its date and place. */
function sessionsTable(lines: readonly TextLine[], file: VFile, record: MeetingRecord) {
  const head = lines.findIndex((l) => SESSIONS_HEAD.test(l.value))
  if (head === -1) return
  for (const line of lines.slice(head + 1)) {
    const row = SESSION_ROW.exec(line.value)
    const date = row ? findDates(line.value)[0] : undefined
    if (!row || !date) continue
    const span = {start: line.start, end: line.end}
    if (!plausible(Number(row[1]), file, span)) continue
    const place = ROW_PLACE.exec(line.value.slice(date.index + date.length))?.[1] ?? null
    record.announcements.push({number: Number(row[1]), place, date: date.iso, text: line.value, span})
  }
}

/** The one session number every running header that names one names, or null. */
function runningHeaderSession(tree: Root): {n: number; span: Span} | null {
  let found: {n: number; span: Span} | null = null
  let other = false
  walk(tree, (node) => {
    if (node.type !== 'furniture' || node.kind !== 'running-header') return
    for (const m of matchesOf(node.value, SESSION)) {
      const n = Number(m[1])
      if (found && found.n !== n) other = true
      found ??= {n, span: {start: node.start, end: node.end}}
    }
  })
  return other ? null : found
}

/**
 * The session number: a "N. Sitzung" that is not announced for later, else
 * "konstituierende" (the first), else one before the first announced session.
 */
function readSession(tree: Root, file: VFile, record: MeetingRecord, preface: {text: string; span: Span} | null, body: string) {
  const candidates: Array<{n: number; span: Span}> = []
  if (preface) {
    for (const m of matchesOf(preface.text, SESSION)) {
      if (plausible(Number(m[1]), file, preface.span)) candidates.push({n: Number(m[1]), span: preface.span})
    }
    const ordinal = ordinalSession(preface.text, body)
    if (ordinal) candidates.push({n: ordinal.n, span: preface.span})
    // "Stuttgart, 30. Mai 2047" / "Az.: …" / "47. Sitzung der DMK" / "Karlsruhe, 16. Mai 2047": the letter's date stands
    // before the title; the session's after its number.
    const dates = findDates(preface.text)
    const named = SESSION_FIRST.exec(preface.text)
    const d = (named ? dates.find((x) => x.index > named.index) : undefined) ?? dates[0]
    if (d && !record.date) {
      record.date = d.iso
      record.spans.date = preface.span
    }
  }
  // "Digitalministerkonferenz · 18. Sitzung · Kiel, 25.11.2032   Seite 1": the running headers name the session where the
  // title does not (before "… in ihrer 20. Sitzung über den Stand zu berichten" in the minutes).
  if (candidates.length === 0) {
    const named = runningHeaderSession(tree)
    if (named && plausible(named.n, file, named.span)) candidates.push(named)
  }
  let constituent: Span | null = null
  for (const item of agendaItems(tree)) {
    const lines = linesOf(item)
    const joined = joinNodes(lines)
    if (!constituent && CONSTITUENT.test(joined.text)) {
      const at = joined.text.search(CONSTITUENT)
      constituent = spanIn(joined, at, at + 14)
    }
    // Sentences only where a sentence can hold "N. Sitzung" (SESSION without its word boundaries: what a sentence
    // matches, its item's text matches): parse-latin over every item that says "Sitzung" was a tenth of a document's time.
    if (SESSION_LOOSE.test(joined.text)) {
      for (const sentence of sentences(joined.text)) {
        for (const m of matchesOf(sentence.text, SESSION)) {
          const n = Number(m[1])
          const span = spanIn(joined, sentence.start, sentence.end)
          if (!plausible(n, file, span)) continue
          // "Die 63. Sitzung findet, wie in der 61. Sitzung vereinbart, am … statt": an earlier session referred to.
          const referred = /(?<![\p{L}])(?:in|auf|seit|nach|bei|von)[ \t\n]+der[ \t\n]+$/u.test(sentence.text.slice(Math.max(0, m.index - 12), m.index))
          if (ANNOUNCING.test(sentence.text) && referred && record.announcements.some((a) => a.text === sentence.text)) continue
          if (ANNOUNCING.test(sentence.text)) {
            const after = sentence.text.slice(m.index + m[0].length)
            const date = findDates(after)[0]
            // "Die 17. Sitzung findet am 6. Mai 2032 statt. Ministerin … lädt die Mitglieder zur 17. Sitzung nach Stuttgart ein.":
            // one session announced twice.
            const known = record.announcements.find((a) => a.number === n)
            if (known) {
              known.place ??= placeIn(after)
              known.date ??= date?.iso ?? null
              continue
            }
            record.announcements.push({number: n, place: placeIn(after), date: date?.iso ?? null, text: sentence.text, span})
          } else if (!REFERRED.test(sentence.text.slice(Math.max(0, m.index - 20), m.index))) {
            // Not "… berichten der DMK in ihrer 23. Sitzung", "… auf die 43. Sitzung verschoben", "Protokoll der 73. Sitzung".
            candidates.push({n, span})
          }
        }
      }
    }
    // The table of the next sessions after the sentences that announce it.
    sessionsTable(lines, file, record)
  }
  const chosen = candidates[0]
  if (chosen) {
    record.number = chosen.n
    record.spans.number = chosen.span
  } else if (constituent) {
    record.number = 1
    record.spans.number = constituent
  } else if (record.announcements.length > 0) {
    const next = Math.min(...record.announcements.map((a) => a.number))
    if (next > 1) {
      record.number = next - 1
      record.spans.number = record.announcements[0]!.span
    }
  }
  // "…, in der der Bund die Bitte der DMK aus der 73. Sitzung … aufgreifen will" in the 74th: an earlier session, neither place
  // nor date, no announcement.
  if (record.number !== null) record.announcements = record.announcements.filter((a) => a.number > record.number! || a.place !== null || a.date !== null)
  if (record.number === null) {
    report(file, {start: 0, end: 0}, 'session-number', 'Unexpected protocol without a session number, expected `N. Sitzung` or `konstituierende`')
  }
}

const ordinalPatterns = new Map<string, RegExp>()

/** "Die 0. Sitzung": no session has that number; said, and left out. */
function plausible(n: number, file: VFile, span: Span): boolean {
  if (n >= 1) return true
  report(file, span, 'session-number', `Unexpected session number \`${n}\`, expected 1 or more`, {actual: String(n)})
  return false
}

/** "Erstes Treffen", "zur zweiten Digitalministerkonferenz" → 1, 2 (and where it ends). `body`: `bodyPattern(conference)`. */
export function ordinalSession(text: string, body: string): {n: number; end: number} | null {
  // The nouns first, then the word before each: the word-start scan of one regex was the slow part on long texts.
  let re = ordinalPatterns.get(body)
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?:Treffen|Sitzung|${body})(?![\\p{L}])`, 'giu')
    ordinalPatterns.set(body, re)
  }
  for (const m of matchesOf(text, re)) {
    const before = /(?<![\p{L}])(\p{L}{4,12})[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))
    if (!before) continue
    const word = before[1]!.toLowerCase()
    const hit = ORDINALS.find(([s]) => word.length > s.length && word.startsWith(s) && ['e', 'er', 'es', 'en', 'em'].includes(word.slice(s.length)))
    if (hit) return {n: hit[1], end: m.index + m[0].length}
  }
  return null
}

export function placeIn(text: string): string | null {
  const invited = INVITED_TO.exec(text)?.[1]
  if (invited) return invited.replace(/[ \t\n]+/g, ' ')
  for (const m of matchesOf(text, PLACE)) {
    const word = m[1]!
    if (!NOT_PLACES.has(word)) return word
  }
  return null
}

/** Blanks, commas, semicolons and dashes off both ends (a loop: a trailing-class regex rescans). */
function trimPunctuation(text: string): string {
  const junk = ' ,;–-'
  let start = 0
  let end = text.length
  while (start < end && junk.includes(text[start]!)) start++
  while (end > start && junk.includes(text[end - 1]!)) end--
  return text.slice(start, end)
}
