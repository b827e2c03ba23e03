/**
 * Transformer: for every agenda item with a decision, the outcome and the
 * position of each of the sixteen Länder; protocol notes, amendments,
 * departures and proxies, agenda and sponsor changes, presenters — each
 * with the sentence it came from. The sentences are read by `grammar.ts`.
 *
 * "Der Beschlussvorschlag wird angenommen – bei Enthaltung von Bremen und
 * Hamburg und gegen die Stimmen von Mecklenburg-Vorpommern, Saarland und
 * Sachsen." A "Beschluss:" with no voting sentence is adopted, positions
 * unknown (null, not guessed).
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {AgendaItem, Furniture, Root, Span, TextLine} from '../../record/tree.ts'
import type {AgendaRecord, Extraction, VoteRecord} from '../../record/schema.ts'
import {emptyExtraction} from '../../record/schema.ts'
import {isLandCode, LAENDER, LAND_CODES, type LandCode} from '../../data/laender.ts'
import {findMentions} from '../../text/lexicon.ts'
import {DECISION_MANNER, type Outcome, type Position} from '../../data/phrasings.ts'
import {bodyPattern, conferenceOf} from '../../data/conference.ts'
import {joinNodes, spanIn} from '../../text/nodes.ts'
import {joinMapped, type Joined} from '../../text/join.ts'
import {sentences, type Sentence} from '../../text/sentences.ts'
import {report} from '../../record/message.ts'
import {agendaItems, bodyLines, walk} from '../../record/query.ts'
import {findNotes, joinedNotes, type FoundNote} from './notes.ts'
import {landVoteRows, symbolRow, voteMatrix} from './matrix.ts'
import {agendaChange, amendments, departure, departures, presenter, sponsorChanges, withdrawnBefore, type Lookup} from './events.ts'
import {compile, ITEM_LIST, ITEM_SUBJECT, landsTakeStance, numbersIn, outcomeOf, positionsIn, positionsIn as positionsOf, sessionAbsentIn, type Counts, type Grammar, type Relative} from './grammar.ts'

export {compile} from './grammar.ts'

// "(bis 13:15 Uhr)", "(bis 13.00 Uhr)" beside a member in the table.
const UNTIL = /\(bis[ \t]+(\d{1,2})[:.](\d{2})[ \t]*Uhr\)/

// "Alle Beschlüsse werden unter Abwesenheit von Thüringen gefasst.", "Sämtliche Beschlüsse … ohne Beteiligung …"
const SESSION_WIDE = /(?<![\p{L}])(?:[Aa]lle|[Ss]ämtliche)[ \t\n]+(?:Beschlüsse|Abstimmungen)(?![\p{L}])/u

export default function votes(this: Processor) {
  const conference = conferenceOf(this)
  const rules = compile(conference.phrasings, bodyPattern(conference))
  return (tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    if (extraction.kind !== 'protocol') return
    const items = agendaItems(tree)
    const bodies = items.map((item) => analyse(joinNodes(bodyLines(item)), afterResolution(item)))
    const footnotes = footnotesOf(tree)
    // Absent for every vote: the table's "n. a." and "Alle Beschlüsse werden unter Abwesenheit von …".
    const sessionAbsent = new Set<LandCode>(extraction.absent.map((a) => a.org as LandCode))
    // "Mecklenburg-Vorpommern ist nicht vertreten." under the attendee list: absent from the session.
    const block = tree.children.find((c) => c.type === 'attendees')
    // "Bremen hat sein Stimmrecht auf Niedersachsen, das Saarland auf Rheinland-Pfalz übertragen.": not there, yet voting.
    const transferred = new Set<LandCode>()
    if (block && 'children' in block) {
      const lines = block.children.filter((c): c is TextLine => c.type === 'line')
      for (const code of transferTable(lines)) transferred.add(code)
      const joined = joinNodes(lines)
      for (const s of sentences(joined.text)) {
        const text = joined.text.slice(s.start, s.end)
        for (const code of transferring(text)) transferred.add(code)
        for (const code of sessionAbsentIn(text, rules)) {
          if (sessionAbsent.has(code)) continue
          sessionAbsent.add(code)
          extraction.absent.push({org: code, span: spanIn(joined, s.start, s.end)})
        }
      }
    }
    bodies.forEach((body, i) => {
      for (const s of body.sentences) {
        if (i === 0) for (const code of transferring(s.text)) transferred.add(code)
        for (const code of sessionAbsentIn(s.text, rules)) sessionAbsent.add(code)
        if (!SESSION_WIDE.test(s.text)) continue
        for (const entry of positionsIn(s.text, rules).named) if (entry.position === 'absent') for (const c of entry.codes) sessionAbsent.add(c)
      }
    })
    // "¹ Das Saarland hat sein Stimmrecht für die gesamte Sitzung auf Rheinland-Pfalz übertragen.": a footnote to the list.
    for (const f of footnotes) for (const s of sentences(f.joined.text)) for (const code of transferring(f.joined.text.slice(s.start, s.end))) transferred.add(code)
    for (const code of transferred) sessionAbsent.delete(code)
    extraction.absent = extraction.absent.filter((a) => !transferred.has(a.org as LandCode))
    // "der Vorsitz und Hamburg enthalten sich": the chair's Land by its name.
    const chairCode = extraction.meeting?.chair.map((c) => c.org).find((o) => o !== null && isLandCode(o))
    const chair = LAENDER.find((l) => l.code === chairCode)?.name ?? null
    // Who left: a Land whose member left without a proxy, and not still represented, is absent from then on.
    const gone = new Set<LandCode>()
    // Who had left when each item was voted on (a block vote read later takes its item's).
    const goneAt = new Map<AgendaRecord, ReadonlySet<LandCode>>()
    items.forEach((_item, i) => {
      const record = extraction.agenda[i]!
      const body = bodies[i]!
      goneAt.set(record, new Set(gone))
      const left = readEvents(body, record, extraction, file)
      record.vote = readVote(body, record, rules, sessionAbsent, gone, file, footnotes, chair)
      // "Von der Tagesordnung abgesetzt (siehe TOP 1). Bremen wird den Punkt zur 689. Sitzung erneut anmelden.": an item taken off
      // the agenda is not deferred by the conference because a Land means to bring it again ("abgesetzt und vertagt" is).
      if (record.vote?.outcome === 'deferred' && extraction.agendaChanges.some((c) => c.number === record.number && c.change === 'removed') &&
        !body.sentences.some((s) => DEFERRED_WORD.test(s.text))) record.vote = null
      // "Der Beschlussvorschlag wird mit fünfzehn Stimmen angenommen." with fifteen Länder there: every one of them for it.
      const all = record.vote
      if (all && all.outcome === 'adopted' && all.unanimous === null && !all.positions) {
        const present = LAND_CODES.filter((c) => !sessionAbsent.has(c) && !gone.has(c)).length
        const n = body.sentences.map((s) => WITH_VOTES.exec(s.text)?.[1]).find((v) => v !== undefined)
        if (n !== undefined && (NUMBER_WORDS.indexOf(n) === present || Number(n) === present)) {
          all.unanimous = true
          all.positions = everyone('yes', sessionAbsent, gone)
        }
      }
      // "Abweichende Voten:" / "Land   Votum …" / "Bayern   Nein …": the Länder named there, the others with the decision.
      const vote = record.vote
      if (vote && (vote.outcome === 'adopted' || vote.outcome === 'rejected') && !vote.positions) {
        const rows = landVoteRows(bodyLines(items[i]!).map((l) => l.value))
        if (rows) {
          vote.positions = Object.fromEntries(LAND_CODES.map((c) => [c, rows[c] ?? (sessionAbsent.has(c) || gone.has(c) ? 'absent' : vote.outcome === 'adopted' ? 'yes' : 'no')]))
          vote.unanimous = !Object.values(vote.positions).some((p) => p === 'no' || p === 'abstain')
        }
      }
      // Departures read in this item count from the next item on.
      for (const d of left) if (d.org && !d.proxy && !d.represented) gone.add(d.org)
    })
    blockVotes(bodies, extraction, rules, sessionAbsent, (record) => goneAt.get(record) ?? gone, file)
    jointItems(bodies, extraction)
    // "Nachtrag zu TOP 7 a" / "Das Land Hessen hat … gebeten, folgende Protokollerklärung …": after the closing list.
    annexNotes(tree, extraction, file)
    const text = String(file.value)
    departureTimes(extraction, text)
    // "Bayern gibt zu TOP 5 und TOP 6 folgende Protokollerklärung ab": the note is on each item its lead-in names.
    for (const record of extraction.agenda) {
      record.notes = record.notes.filter((note) => {
        const named = namedItems(text.slice(note.span.start, note.span.end)).filter((n) => extraction.agenda.some((r) => r.number === n))
        if (named.length === 0) return true
        for (const n of named) if (n !== record.number) extraction.agenda.find((r) => r.number === n)!.notes.push({...note})
        return named.includes(record.number)
      })
    }
    // "Protokollnotizen" / "Zu TOP 5 – Protokollnotiz Bayern: „…“": notes collected at the end belong to the item they name.
    for (const record of extraction.agenda) {
      record.notes = record.notes.filter((note) => {
        const to = noteTarget(String(file.value), note.span.start)
        const target = to === null || to === record.number ? undefined : extraction.agenda.find((r) => r.number === to)
        if (!target) return true
        target.notes.push(note)
        return false
      })
    }
    // "Niedersachsen erklärt, dass es sich der Protokollerklärung Hamburgs zu TOP 5 anschließt." (under TOP 9): the note
    // is the joining Land's too, on the item it was given under.
    bodies.forEach((body, i) => {
      const record = extraction.agenda.find((r) => r.number === items[i]!.number)
      for (const j of joinedNotes(body.masked)) {
        const target = j.item === null ? record : extraction.agenda.find((r) => r.number === j.item)
        const note = target?.notes.find((n) => n.org === j.owner)
        if (!target || !note) continue
        for (const org of j.orgs) {
          if (!target.notes.some((n) => n.org === org && n.text === note.text)) target.notes.push({...note, org, span: spanIn(body.joined, j.start, j.end)})
        }
      }
    })
    // "2 Bayern gibt hierzu folgende Protokollerklärung ab: „…“": a note given as a footnote belongs to the item its marker stands in.
    footnoteNotes(footnotes, items, extraction, file)
    // "Anlage 1: Abstimmungsübersicht" with every Land's vote per item: where the minutes give only the outcome
    // or a tally, the table gives the positions.
    const matrix = voteMatrix(String(file.value))
    for (const record of extraction.agenda) {
      const row = matrix.get(record.number)
      if (row && record.vote && (record.vote.outcome === 'adopted' || record.vote.outcome === 'rejected') && !record.vote.positions) {
        record.vote.positions = row as Record<LandCode, Position>
        record.vote.unanimous ??= !Object.values(row).some((p) => p === 'no' || p === 'abstain')
      }
    }
    // "BW  BY … TH" / "+  +  …  o  +" / "+ Zustimmung, – Ablehnung, o Enthaltung": a row of marks under the item.
    for (const item of items) {
      const vote = extraction.agenda.find((r) => r.number === item.number)?.vote
      if (!vote || (vote.outcome !== 'adopted' && vote.outcome !== 'rejected') || vote.positions) continue
      const row = symbolRow(bodyLines(item).map((l) => l.value))
      if (!row) continue
      vote.positions = row as Record<LandCode, Position>
      vote.unanimous = !Object.values(row).some((p) => p === 'no' || p === 'abstain')
    }
    // "TOP 4 (Beschlussvorschlag ohne Aussprache)": the head says the item went without debate.
    for (const item of items) {
      const head = item.children.find((c) => c.type === 'agendaHead')
      const vote = extraction.agenda.find((r) => r.number === item.number)?.vote
      if (vote && head && head.type === 'agendaHead' && /\((?:[^()]{0,40}[ \t])?ohne[ \t]+Aussprache\)/.test(head.children.map((l) => l.value).join(' '))) vote.debate = false
    }
    mergeResumed(items, extraction)
  }
}

/**
 * "… verlässt die Sitzung zum Ende der Mittagspause" with "Staatsministerin Theresa Lindinger (bis 13:15 Uhr)" in the table:
 * a departure the minutes give no time for takes the time its row gives.
 */
function departureTimes(extraction: Extraction, text: string) {
  for (const d of extraction.meeting?.departures ?? []) {
    if (d.time !== null || d.name === null) continue
    const row = extraction.attendees.find((a) => a.name === d.name && (d.org === null || a.org === d.org))
    if (!row) continue
    // The name's span holds its remark; the line it stands on, the Funktion cell beside.
    const end = text.indexOf('\n', row.span.end)
    const until = UNTIL.exec(text.slice(row.span.start, Math.min(row.span.end + 300, end === -1 ? text.length : end)))
    if (until) d.time = `${until[1]!.padStart(2, '0')}:${until[2]}`
  }
}

/**
 * "Fortsetzung TOP 5" after TOP 7 ("Die Beratung wird nach TOP 7 fortgesetzt."): what the item resumed holds — its
 * decision, vote, notes — is the item's, one record at the place it was first called. An item broken off and taken up
 * again was debated.
 */
function mergeResumed(items: readonly AgendaItem[], extraction: Extraction) {
  if (!items.some((item) => item.resumed)) return
  const kept: AgendaRecord[] = []
  extraction.agenda.forEach((record, i) => {
    const first = items[i]?.resumed ? kept.find((r) => r.number === record.number) : undefined
    if (!first) {
      kept.push(record)
      return
    }
    first.title ??= record.title
    first.titleSpan ??= record.titleSpan
    if (first.sponsors.length === 0) first.sponsors = record.sponsors
    for (const g of record.guests) if (!first.guests.some((x) => x.org === g.org)) first.guests.push(g)
    for (const a of record.attachments) if (!first.attachments.some((x) => x.number === a.number)) first.attachments.push(a)
    first.resolution = record.resolution ?? first.resolution
    const vote = record.vote ?? first.vote
    first.vote = vote ? {...vote, debate: vote.debate !== false} : null
    first.notes.push(...record.notes)
    first.amendments.push(...record.amendments)
    first.presenters.push(...record.presenters)
  })
  extraction.agenda = kept
}

// "Zu TOP 5", "Zu Punkt III.1", "Nachtrag zu TOP 7 a" at a line's start: the item a note is about.
const ITEM_REF = String.raw`[ \t]*(?:Zu|Nachtrag[ \t]+zu)[ \t]+(?:TOP|Punkt|Tagesordnungspunkt)[ \t]+(\d{1,3}(?:\.\d{1,3})*(?:[ \t]?[a-z](?![\p{L}]))?|[IVX]{1,6}(?:\.\d{1,3})*)`
const ABOUT_ITEM = String.raw`(?:^|\n)${ITEM_REF}`
// "Nachtrag zu TOP 7 a", "Zu TOP 5:" alone on a line: a heading over what follows.
const HEADING_ITEM = new RegExp(String.raw`^${ITEM_REF}[ \t]*:?$`, 'u')
// "Zu TOP 5 – " / "Zu TOP 8: " right before a note, or a line of its own over it ("Nachtrag zu TOP 7 a").
const NOTE_TARGET = new RegExp(String.raw`${ABOUT_ITEM}[ \t]*(?:[–:-][ \t]*)?\n?$`, 'u')
// The note's sentence may begin with it, after a heading: "Protokollnotizen" / "Zu TOP 5 – Protokollnotiz Bayern: …".
const NOTE_TARGET_START = new RegExp(String.raw`${ABOUT_ITEM}(?:[ \t]*[–:-])?[ \t]*(?:Protokoll|Erklärung|Sondervotum|Minderheitsvotum)`, 'u')

// "Zu Tagesordnungspunkt IV.1 – Freistaat Bayern und Freistaat Sachsen:" / "„…“": the line over a collected note.
const NOTE_ENTRY = new RegExp(String.raw`${ABOUT_ITEM}[ \t]*[–:-][ \t]*[^\n„:]{2,160}:[ \t\n]*$`, 'u')

function noteTarget(text: string, at: number): string | null {
  const found = NOTE_TARGET.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? NOTE_TARGET_START.exec(text.slice(at, at + 80))?.[1] ??
    NOTE_ENTRY.exec(text.slice(Math.max(0, at - 220), at))?.[1]
  return found === undefined ? null : found.replace(/[ \t]+/g, '')
}

// "Bayern gibt zu TOP 5 und TOP 6 folgende Protokollerklärung ab: „…“": the items the note's lead-in names.
const NAMED_ITEMS = new RegExp(String.raw`(?<![\p{L}])zu[ \t\n]+(?:den[ \t\n]+)?${ITEM_LIST}`, 'u')

function namedItems(statement: string): string[] {
  const lead = statement.slice(0, statement.search(/[„:]|$/))
  const m = NAMED_ITEMS.exec(lead)
  return m ? numbersIn(m[1]!) : []
}

// "… hat sein Stimmrecht auf Niedersachsen übertragen", "ihr Stimmrecht … übertragen haben": a vote handed to another Land.
// "… hat Rheinland-Pfalz mit der Wahrnehmung seines Stimmrechts beauftragt": the same in other words.
const TRANSFER = /(?<![\p{L}])Stimm(?:recht|e)(?![\p{L}])[^.]{0,80}?(?<![\p{L}])(?:übertragen|überträgt|übertrugen)(?![\p{L}])|(?<![\p{L}])mit[ \t\n]+der[ \t\n]+Wahrnehmung[ \t\n]+(?:seines|ihres)[ \t\n]+Stimmrechts[ \t\n]+beauftragt(?![\p{L}])/u
// "Bremen wird durch Niedersachsen, das Saarland durch Rheinland-Pfalz vertreten.": the Länder before "durch" hand their vote over.
const REPRESENTED = /(?<![\p{L}])(?:wird|werden)[ \t\n][^.]{0,80}?(?<![\p{L}])(?:durch|von)[ \t\n][^.]{0,80}?(?<![\p{L}])vertreten(?![\p{L}])/u
// "auf Niedersachsen", "an das Land Berlin", "durch Bremen": the Land that receives it.
const RECEIVER = /(?<![\p{L}])(?:auf|an|durch|von)[ \t\n]+(?:(?:das|den|die|dem)[ \t\n]+)?(?:(?:Land|Freistaat)[ \t\n]+)?$/u

// "Abweichendes Stimmverhalten: keines.", "Die Wahl erfolgt einstimmig.", "Zustimmung: alle Länder" after the decision: how it was taken.
const NO_DISSENT = new RegExp(DECISION_MANNER.join('|'), 'u')

// "… dass der Beschluss damit einstimmig gefasst ist", "ist somit einstimmig angenommen": the result after a change of vote.
const FINALLY_UNANIMOUS = /(?<![\p{L}])(?:damit|somit|nunmehr)[ \t\n]+einstimmig[ \t\n]+(?:gefasst|angenommen|beschlossen|ergangen)(?![\p{L}])/u

// "Dem Antrag wird entsprochen.", "Die DMK stimmt dem zu." after "Sachsen beantragt, die Beschlussfassung … zu vertagen": the request granted.
const CONSENTS = /^[ \t\n]*(?:(?:Die|Der)[ \t\n]+(?:DMK|Konferenz|Digitalministerkonferenz|Länder|Mitglieder)[ \t\n]+(?:ist|sind)[ \t\n]+(?:damit[ \t\n]+|hiermit[ \t\n]+)?einverstanden|Dem[ \t\n]+(?:Antrag|Wunsch)[ \t\n]+wird[ \t\n]+(?:einvernehmlich[ \t\n]+|einstimmig[ \t\n]+)?(?:entsprochen|stattgegeben)|(?:Die|Der)[ \t\n]+(?:DMK|Konferenz|Digitalministerkonferenz)[ \t\n]+stimmt[ \t\n]+(?:dem|dies(?:em)?)[ \t\n]+zu)\.?[ \t\n]*$/u
const DEFERRAL_ASKED = /(?<![\p{L}])(?:bittet|bitten|beantragt|beantragen|schlägt|schlagen)(?![\p{L}])[^;]{0,200}?(?<![\p{L}])(?:zu[ \t\n]+vertagen|zurückzustellen|zu[ \t\n]+verschieben)(?![\p{L}])/u

// "Stimmrechtsübertragungen" over a table "Land | überträgt das Stimmrecht auf | Zeitraum".
const TRANSFER_TABLE = /^[ \t]*Stimmrechtsübertragung(?:en)?(?:[ \t]*:)?[ \t]*$/
// "gesamte Sitzung", "ganztägig", "ganze Sitzung": the whole session (not "ab TOP 7 (ab 14:00 Uhr)").
const WHOLE_SESSION = /(?<![\p{L}])(?:gesamte|ganze|gesamten|ganzen)[ \t]+Sitzung|ganztägig/u

/**
 * The Länder that hand their vote over for the whole session in a "Stimmrechtsübertragungen" table under the attendees:
 * "Saarland   Rheinland-Pfalz   gesamte Sitzung" (the first Land of a row gives, the second takes). A row for part of the
 * session ("ab TOP 7") is a departure the minutes tell.
 */
function transferTable(lines: readonly TextLine[]): LandCode[] {
  const at = lines.findIndex((l) => TRANSFER_TABLE.test(l.value))
  if (at === -1) return []
  // The cells in reading order (a row a line, or a cell a line in plain pdftotext), up to the first sentence or item head.
  const cells: string[] = []
  for (const line of lines.slice(at + 1, at + 60)) {
    const text = line.value.trim()
    if (!text) continue
    if (/[.:]$/.test(text) || /^(?:TOP|Tagesordnungspunkt|Punkt)[ \t]/.test(text)) break
    cells.push(text)
  }
  const joined = cells.join(' | ')
  const lands = findMentions(joined).filter((m) => isLandCode(m.org))
  const out: LandCode[] = []
  for (let k = 0; k + 1 < lands.length; k++) {
    const giver = lands[k]!
    const taker = lands[k + 1]!
    // Giver and taker side by side, the period after the taker: "Saarland | Rheinland-Pfalz | gesamte Sitzung".
    if (!/^[ \t|]*$/.test(joined.slice(giver.end, taker.start))) continue
    const period = joined.slice(taker.end, lands[k + 2]?.start ?? joined.length)
    if (WHOLE_SESSION.test(period)) out.push(giver.org as LandCode)
    k++
  }
  return out
}

// "Saarland – entschuldigt; schriftliche Stimmabgabe zu TOP 4, 6 und 7", "hat die Stimmen des Saarlandes … vorab schriftlich
// abgegeben": a Land not there that votes all the same.
const WRITTEN = /(?<![\p{L}])(?:schriftliche[ \t\n]+Stimmabgabe|Stimm(?:e|en|recht)(?![\p{L}])[^.]{0,80}?schriftlich[ \t\n]+abgegeben)(?![\p{L}])/u

/** The Länder that hand their vote over for the session in a sentence (not those who receive it), or give it in writing. */
function transferring(text: string): LandCode[] {
  if (WRITTEN.test(text)) return findMentions(text).map((l) => l.org).filter(isLandCode)
  const m = TRANSFER.exec(text) ?? REPRESENTED.exec(text)
  // "Das Saarland ist entschuldigt; es hat sein Stimmrecht nicht übertragen."
  if (!m || /(?<![\p{L}])(?:nicht|kein|keine)(?![\p{L}])/u.test(m[0])) return []
  const lands = findMentions(text).filter((l) => isLandCode(l.org))
  const received = (l: {start: number}) => RECEIVER.test(text.slice(Math.max(0, l.start - 40), l.start))
  // "Das Saarland ist nicht anwesend; Brandenburg wird durch Herrn Ministerialdirigenten Raschke vertreten.": represented by a
  // person, no Land's vote handed over.
  if (!TRANSFER.test(text) && !lands.some(received)) return []
  return lands.filter((l) => !received(l)).map((l) => l.org as LandCode)
}

// "Der Änderungsantrag wird …", and a motion about the procedure: "Der Antrag Bayerns auf Vertagung wird … abgelehnt.".
// "Die Konferenz stimmt der Änderung ohne Gegenstimmen zu.": the amendment's vote, before the decision's.
const AMENDMENT_VOTE = /(?<![\p{L}])(?:(?:Der|Dieser)[ \t\n]+(?:Änderungsantrag|Ergänzungsantrag|Änderungsvorschlag|Vertagungsantrag|Antrag[ \t\n]+(?:\p{L}+[ \t\n]+)?auf[ \t\n]+(?:Änderung|Vertagung|Absetzung|Zurückstellung))|(?:stimmt|stimmen)[ \t\n]+(?:der|dieser)[ \t\n]+(?:Änderung|Ergänzung))(?![\p{L}])/u

interface Body {
  joined: Joined
  /** The joined text with quoted note texts blanked (same length). */
  masked: string
  sentences: Sentence[]
  notes: ReturnType<typeof findNotes>
}

// "Aussprache: nein", "Abstimmungsergebnis: einstimmig": a label and what it says.
const LABELLED_LINE = /^\p{Lu}[\p{L}-]{2,30}[ \t]*:[ \t]*\S/u
// "Beschluss: einstimmig" / "Staatsrat Dr. Rickmers (Hamburg) verlässt …": a result's line said in a word ends where the next begins
// (not "Abstimmung: Zustimmung von 12 Ländern, …, Enthaltungen Hamburg und" / "Niedersachsen.").
// "Abstimmung: HE: Enthaltung; übrigen Länder: Ja" / "Hessen gibt folgende Protokollerklärung ab: …": groups, each with its answer.
const RESULT_LINE = /^(?:Beschluss|Beschlussfassung|Abstimmung|Abstimmungsergebnis|Ergebnis|Votum)[ \t]*:[ \t]*(?:(?:einstimmig|mehrheitlich|einvernehmlich|angenommen|abgelehnt)(?:[ \t]*\([^()]*\))?|[^;]{1,80};.*:[ \t]*(?:Ja|Nein|Zustimmung|Ablehnung|Enthaltung(?:en)?))[ \t]*$/u

/** Where the text resumes after the resolution: no sentence runs across it ("Antragsteller: NI, HB" / … / "Ohne Aussprache angenommen."). */
function afterResolution(item: AgendaItem): number[] {
  const out: number[] = []
  let gap = false
  let before = false
  let result = false
  for (const c of item.children) {
    if (c.type === 'resolution') gap = true
    else if (c.type === 'line' && !c.cellGoesOn) {
      // A result cell beside the text ("angenommen", "Enthaltung: BY") is a paragraph of its own, and so is what follows.
      // "Abstimmungsergebnis: einstimmig" / "Aussprache: nein": after the decision, a labelled line under another is one too,
      // and so is a head under it ("Abstimmung: einvernehmlich" / "Ergänzende Protokollerklärung (Hessen):").
      const labelled = LABELLED_LINE.test(c.value)
      if (gap || c.cell || (out.length > 0 && before && (labelled || /:$/.test(c.value.trimEnd()))) || (result && /^\p{Lu}/u.test(c.value))) out.push(c.start)
      gap = c.cell === true
      before = labelled && !/[.!?]$/.test(c.value)
      result = before && RESULT_LINE.test(c.value)
    }
  }
  return out
}

function analyse(joined: Joined, resumes: readonly number[] = []): Body {
  const notes = findNotes(joined.text)
  // One pass (notes are in order and disjoint). Keep a note's final full stop,
  // so the sentence after it still starts a sentence.
  const pieces: string[] = []
  let at = 0
  for (const n of notes) {
    const end = /[.!?]$/.test(joined.text.slice(n.textStart, n.textEnd).trimEnd()) ? n.textEnd - 1 : n.textEnd
    if (n.textStart < at || end <= n.textStart) continue
    pieces.push(joined.text.slice(at, n.textStart), ' '.repeat(end - n.textStart))
    at = end
  }
  pieces.push(joined.text.slice(at))
  const masked = pieces.join('')
  // Sentences only where a rule may look; parse-latin holds a tree per call, one item at a time.
  const cuts = resumes.map((r) => joined.map.firstAtLeast(r)).filter((k) => k > 0)
  const list: Sentence[] = []
  for (const [from, to] of [0, ...cuts].map((c, k, all) => [c, all[k + 1] ?? masked.length] as const)) {
    const piece = masked.slice(from, to)
    if (piece.trim()) for (const s of sentences(piece)) list.push({text: s.text, start: s.start + from, end: s.end + from})
  }
  return {joined, masked, sentences: list, notes}
}

interface Footnote {
  /** Where its marker stands in the text. */
  marker: number
  joined: Joined
}

/** The footnotes, each with its lines joined ("2" / "Bayern gibt …" or "2 Bayern gibt …": the number no part of it). */
function footnotesOf(tree: Root): Footnote[] {
  const groups: Furniture[][] = []
  walk(tree, (node) => {
    if (node.type !== 'furniture' || node.kind !== 'footnote' || node.marker === undefined) return
    const last = groups.at(-1)
    if (last && last[0]!.marker === node.marker) last.push(node)
    else groups.push([node])
  })
  return groups.map((group) => {
    const lines = group.map((n, k) => {
      const number = k === 0 ? /^\d{1,2}(?:[ \t]+|$)/.exec(n.value)?.[0].length ?? 0 : 0
      return {raw: n.value.slice(number), rawStart: n.start + number}
    }).filter((l) => l.raw)
    return {marker: group[0]!.marker!, joined: joinMapped(lines)}
  })
}

/** Notes printed as footnotes, each to the item whose text holds its marker. */
function footnoteNotes(footnotes: readonly Footnote[], items: readonly AgendaItem[], extraction: Extraction, file: VFile) {
  for (const {marker, joined} of footnotes) {
    const at = items.findIndex((item) => item.start <= marker && marker < item.end)
    const record = extraction.agenda[at]
    if (!record) continue
    addNotes(record, findNotes(joined.text), (n) => spanIn(joined, n.start, n.end), file)
  }
}

/** Each item a decision clause names takes the vote that clause gives, unless it has a vote of its own elsewhere. */
function blockVotes(bodies: readonly Body[], extraction: Extraction, g: Grammar, sessionAbsent: ReadonlySet<LandCode>, goneAt: (record: AgendaRecord) => ReadonlySet<LandCode>, file: VFile) {
  const text = String(file.value)
  for (const body of bodies) {
    for (const s of body.sentences) {
      const sentence = body.joined.text.slice(s.start, s.end)
      const whole = spanIn(body.joined, s.start, s.end)
      let from = 0
      // "Über TOP 4.1 und 4.2 erfolgt die Beschlussfassung im Block; beide Beschlussvorschläge werden einstimmig angenommen.": the
      // items in one part, the outcome in the other; the sentence as a whole.
      const parts = BLOCK_ITEMS.test(sentence) ? [sentence] : sentence.split(';')
      for (const part of parts) {
        const at = from
        from += part.length + 1
        const m = ITEM_SUBJECT.exec(part) ?? ITEM_OBJECT.exec(part) ?? BLOCK_ITEMS.exec(part)
        if (!m || outcomeOf(part, g) === null) continue
        const span = spanIn(body.joined, s.start + at, s.start + at + part.length)
        let lineStart = span.start
        const lines: Array<{raw: string; rawStart: number}> = []
        for (const line of text.slice(span.start, span.end).split('\n')) {
          lines.push({raw: line, rawStart: lineStart})
          lineStart += line.length + 1
        }
        const clause = analyse(joinMapped(lines))
        for (const n of numbersIn(m[1] ?? m[2]!)) {
          const record = extraction.agenda.find((r) => r.number === n)
          if (!record) continue
          // Its own decision elsewhere stands; one read from the sentence that holds this clause is replaced, and one read from
          // its own clauses ("1. Die DMK stimmt dem Entwurf … zu.") under "Die Beschlussvorschläge zu TOP 5.1 und 5.2 werden … en
          // bloc einstimmig angenommen.").
          const own = record.vote?.evidence ?? []
          const clauses = record.resolution?.clauses ?? []
          const inClauses = (e: {span: {start: number; end: number}}) => clauses.some((c) => e.span.start >= c.span.start && e.span.end <= c.span.end)
          if (record.vote?.outcome && own.some((e) => (e.span.end <= whole.start || e.span.start >= whole.end) && !inClauses(e))) continue
          record.vote = readVote(clause, record, g, sessionAbsent, goneAt(record), file)
        }
      }
    }
  }
}

// "Über TOP 4.1 und 4.2 erfolgt die Beschlussfassung im Block": the items voted on together.
const BLOCK_ITEMS = new RegExp(String.raw`(?<![\p{L}])(?:Über|Zu|Für)[ \t\n]+(?:die[ \t\n]+|den[ \t\n]+)?${ITEM_LIST}[^.;]{0,60}?(?:im[ \t\n]+Block|en[ \t\n]+bloc|Blockabstimmung)(?![\p{L}])`, 'u')
// "Die DMK nimmt die Berichte zu TOP 3.1 und 3.2 zur Kenntnis.": the items named as the object of the decision.
const ITEM_OBJECT = new RegExp(String.raw`(?<![\p{L}])(?:Berichte|Beschlussvorschläge|Beschlussvorlagen|Vorlagen|Anträge)[ \t\n]+zu[ \t\n]+(?:den[ \t\n]+)?${ITEM_LIST}`, 'u')
// "TOP 6 und TOP 7 werden gemeinsam beraten.": one text and one decision for both.
const JOINT = new RegExp(String.raw`(?:^|[.;:][ \t\n]+)${ITEM_LIST}[ \t\n]+werden[ \t\n]+gemeinsam[ \t\n]+(?:beraten|behandelt|aufgerufen)(?![\p{L}])`, 'u')

/**
 * "TOP 6 Digitale Zwillinge …" (nothing under it) / "TOP 7 Hochwasserfrühwarnung …" / "TOP 6 und TOP 7 werden gemeinsam
 * beraten. … Die DMK fasst zu beiden Tagesordnungspunkten folgenden gemeinsamen Beschluss:": an item named with the one
 * that holds the text, without a text, decision or vote of its own, takes that one's decision and vote.
 */
function jointItems(bodies: readonly Body[], extraction: Extraction) {
  bodies.forEach((body, i) => {
    const holder = extraction.agenda[i]
    const m = JOINT.exec(body.joined.text)
    if (!holder || !m || (!holder.vote && !holder.resolution)) return
    for (const n of numbersIn(m[1]!)) {
      const k = extraction.agenda.findIndex((r) => r.number === n)
      const record = extraction.agenda[k]
      if (!record || record === holder || record.vote || record.resolution || bodies[k]!.joined.text.trim() !== '') continue
      record.resolution = holder.resolution
      record.vote = holder.vote && {...holder.vote}
    }
  })
}

/** Notes in the text after the closing list of attachments, each on the item its heading names ("Nachtrag zu TOP 7 a"). */
function annexNotes(tree: Root, extraction: Extraction, file: VFile) {
  const text = String(file.value)
  for (const block of tree.children) {
    if (block.type !== 'attachments') continue
    // Each heading's lines, up to the next heading.
    const groups: Array<{to: string; lines: Array<{raw: string; rawStart: number}>}> = []
    for (const c of block.children) {
      if (c.type !== 'leftover') continue
      const heading = HEADING_ITEM.exec(c.value)
      if (heading) groups.push({to: heading[1]!.replace(/[ \t]+/g, ''), lines: []})
      else groups.at(-1)?.lines.push({raw: text.slice(c.start, c.end), rawStart: c.start})
    }
    for (const group of groups) {
      const record = extraction.agenda.find((r) => r.number === group.to)
      if (!record || group.lines.length === 0) continue
      const joined = joinMapped(group.lines)
      addNotes(record, findNotes(joined.text), (n) => spanIn(joined, n.start, n.end), file)
    }
  }
}

/** "Die Länder A, B und C geben folgende Protokollerklärung ab": one note each; one without a Land is said. */
function addNotes(record: AgendaRecord, found: readonly FoundNote[], span: (n: FoundNote) => Span, file: VFile) {
  for (const n of found) {
    if (n.federal) continue
    for (const org of n.orgs.length > 0 ? n.orgs : [null]) record.notes.push({org, kind: n.kind, text: n.text, span: span(n)})
    if (n.orgs.length === 0) report(file, span(n), 'note-land', `Unexpected ${n.kind} without a Land, expected \`Sachsen gibt folgende ${n.kind} ab\``)
  }
}

const BALLOT_SPLIT = /(?<![\p{L}])entf(?:allen|ällt)[ \t\n]+\d{1,2}[ \t\n]+(?:Stimmen[ \t\n]+)?auf(?![\p{L}])[^;]{1,160}?[ \t\n]und[ \t\n]+[1-9]\d?[ \t\n]+(?:Stimmen[ \t\n]+)?auf(?![\p{L}])/u

// "der Vorsitz und Hamburg enthalten sich", "das Vorsitzland stimmt dagegen": the chair's Land as a voter.
const THE_CHAIR = /(?<![\p{L}])(?:[Dd]er[ \t\n]+Vorsitz|[Dd]as[ \t\n]+Vorsitzland)(?![\p{L}])(?![ \t\n]+(?:stellt|eröffnet|schließt|dankt|bittet|berichtet|begrüßt|unterbricht|weist|fasst|verliest|gibt))/gu

const PROPOSAL_ADOPTED = /^(?:Der|Dieser)[ \t\n]+(?:Beschlussvorschlag|Beschlussantrag|Antrag)[ \t\n]+wird(?![\p{L}])/u

// "mit fünfzehn Stimmen angenommen", "mit 16 Stimmen genehmigt": a count of the votes for it, no other count beside it.
const NUMBER_WORDS = ['null', 'einer', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn']
const WITH_VOTES = /(?<![\p{L}])mit[ \t\n]+(\d{1,2}|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn)[ \t\n]+(?:Ja-)?Stimmen[ \t\n]+(?:angenommen|beschlossen|genehmigt|gebilligt)(?![\p{L}])/u

const DEFERRED_WORD = /(?<![\p{L}])(?:vertagt|verschoben|zurückgestellt)(?![\p{L}])/u

const TO_THE_CHAIR = /(?<![\p{L}])(?:(?:auf|an)[ \t\n]+(?:das[ \t\n]+Vorsitzland|den[ \t\n]+Vorsitz)|führt[ \t\n]+der[ \t\n]+Vorsitz)(?![\p{L}])/u

function readEvents(body: Body, record: AgendaRecord, extraction: Extraction, file: VFile): Array<ReturnType<typeof departure> & {}> {
  const span = (s: {start: number; end: number}): Span => spanIn(body.joined, s.start, s.end)
  const verbatim = (s: Sentence) => body.joined.text.slice(s.start, s.end)
  const left: Array<ReturnType<typeof departure> & {}> = []
  const lookup = memberNamed(extraction)
  addNotes(record, body.notes, span, file)
  body.sentences.forEach((s, k) => {
    const text = verbatim(s)
    for (const d of departures(s.text, body.sentences[k + 1]?.text, lookup)) {
      // "… hat sein Stimmrecht für diesen Tag auf das Vorsitzland übertragen", "die Stimme Bremens führt der Vorsitz": the chair's Land.
      if (!d.proxy && TO_THE_CHAIR.test(`${s.text} ${body.sentences[k + 1]?.text ?? ''}`)) {
        d.proxy = (extraction.meeting?.chair.map((c) => c.org).find((o) => o !== null && isLandCode(o)) as LandCode | undefined) ?? null
      }
      left.push(d)
      extraction.meeting?.departures.push({name: d.name, org: d.org, time: d.time, proxy: d.proxy, after: record.number, text, span: span(s)})
    }
    const change = agendaChange(text)
    if (change) extraction.agendaChanges.push({...change, text, span: span(s)})
    // "Schleswig-Holstein hat den Antrag vor der Sitzung zurückgezogen." under its own item.
    const before = change || extraction.agendaChanges.some((c) => c.number === record.number && c.change === 'withdrawn') ? undefined : withdrawnBefore(text)
    if (before) extraction.agendaChanges.push({number: record.number, change: 'withdrawn', by: before.by, after: null, title: record.title, text, span: span(s)})
    for (const sc of sponsorChanges(s.text)) extraction.sponsorChanges.push({number: record.number, ...sc, text, span: span(s)})
    const p = presenter(s.text)
    if (p) record.presenters.push({...p, span: span(s)})
    for (const a of amendments(s.text)) record.amendments.push({...a, text, span: span(s)})
  })
  return left
}

/** The one member of a Land with this surname ("Herr Staatssekretär Dr. Fiebig verlässt …"): their full name and Land. */
function memberNamed(extraction: Extraction): Lookup {
  return (surname) => {
    const found = extraction.attendees.filter((a) => a.role === 'member' && a.org !== null && isLandCode(a.org) && a.name.endsWith(` ${surname}`))
    return found.length === 1 ? {name: found[0]!.name, org: found[0]!.org as LandCode} : null
  }
}

interface Said {
  text: string
  span: Span
}

/**
 * The vote of one item: the decision (a sentence of the body, else the resolution's lead-in or heading),
 * the positions the item's vote sentences give, and for the Länder they leave unnamed, what the counts or
 * the outcome say. Not determined: positions null.
 */
function readVote(
  body: Body, record: AgendaRecord, g: Grammar, sessionAbsent: ReadonlySet<LandCode>, gone: ReadonlySet<LandCode>, file: VFile,
  footnotes: readonly Footnote[] = [], chair: string | null = null
): VoteRecord | null {
  const list = body.sentences
  const positionsIn = (text: string, grammar: Grammar) => positionsOf(chair ? text.replace(THE_CHAIR, chair) : text, grammar)
  const span = (s: Sentence): Span => spanIn(body.joined, s.start, s.end)
  const said = (s: Sentence): Said => ({text: body.joined.text.slice(s.start, s.end), span: span(s)})
  const res = record.resolution
  // "Beschluss (einstimmig):", "Die Konferenz beschließt mehrheitlich:" — what the resolution itself says.
  const lead: Said | null = res?.preamble && res.preambleSpan && outcomeOf(res.preamble, g) ? {text: res.preamble, span: res.preambleSpan} : null
  const note = res?.note ?? ''
  // "Ministerin Dörte Schall (RP) zieht den Beschlussvorschlag TOP 11 … zurück" under TOP 1 changes the
  // agenda: a sentence about another item is not this item's decision.
  const elsewhere = (text: string) => {
    const change = agendaChange(text)
    // "TOP 4 wird bei Enthaltung Bayerns angenommen." under TOP 5: another item's decision (blockVotes gives it there).
    const block = ITEM_SUBJECT.exec(text)
    // "Die DMK nimmt die Berichte zu TOP 3.1 und 3.2 zur Kenntnis." under 3.2: its own decision too.
    const named = ITEM_OBJECT.exec(text)
    if (named && numbersIn(named[1]!).includes(record.number)) return false
    return (change !== null && change.number !== record.number) || (block !== null && !numbersIn(block[1] ?? block[2]!).includes(record.number))
  }
  const decides = (s: Sentence) => outcomeOf(s.text, g) !== null && !elsewhere(s.text)
  /** The first sentence after `k` that decides and that `skip` does not leave out; `k` where there is none. */
  const laterThan = (k: number, skip: (s: Sentence) => boolean) => {
    const later = list.findIndex((s, j) => j > k && decides(s) && !skip(s))
    return later === -1 ? k : later
  }
  let at = list.findIndex(decides)
  // "Der Änderungsantrag wird mit 3 : 11 : 1 Stimmen abgelehnt." before "Der Beschlussvorschlag wird sodann … angenommen.":
  // the vote on an amendment is not the item's decision.
  if (at !== -1 && AMENDMENT_VOTE.test(list[at]!.text)) at = laterThan(at, (s) => AMENDMENT_VOTE.test(s.text))
  // "…; der Beschluss ist einstimmig ergangen." about a written procedure, then "Die Konferenz nimmt das Ergebnis
  // des Umlaufverfahrens zur Kenntnis.": what the session decided comes after the report of the earlier decision.
  if (at !== -1 && /Umlaufverfahren/.test(list[at]!.text)) at = laterThan(at, () => false)
  // "Die DMK nimmt den Abschlussbericht zur Kenntnis und sagt dem Bund zu, … Der Beschlussvorschlag wird einstimmig angenommen.": the
  // proposal voted on after the note taken is the item's decision.
  if (at !== -1 && outcomeOf(list[at]!.text, g) === 'noted') {
    const voted = laterThan(at, (s) => outcomeOf(s.text, g) !== 'adopted' || !PROPOSAL_ADOPTED.test(s.text))
    if (voted !== at) at = voted
  }
  // "Nach kurzer Aussprache fasst die DMK folgenden Beschluss:": the lead-in may tell of the debate.
  const sponsors = record.sponsors.map((sp) => sp.org)
  const debate = [...list.map((s) => s.text), lead?.text ?? '', res?.preamble ?? ''].some((t) => g.noDebate.test(t)) ? false
    : list.some((s) => g.debate.test(s.text) || landsTakeStance(s.text, sponsors)) || g.debate.test(res?.preamble ?? '') ? true : null
  // "Nordrhein-Westfalen bittet, den Tagesordnungspunkt auf die 569. Sitzung zu vertagen, … Die DMK ist einverstanden.": the
  // conference grants a request to defer.
  // "… bittet, den Punkt auf die 913. Sitzung zu vertagen. Die DMK stimmt dem zu.": the consent reads as a decision of its own.
  const asked = (j: number) => j > 0 && CONSENTS.test(list[j]!.text) && DEFERRAL_ASKED.test(list[j - 1]!.text)
  const granted = (at === -1 || asked(at)) && !res ? list.findIndex((_, j) => asked(j)) : -1
  if (granted !== -1) at = granted
  // "Beschlussvorschlag:" / "1. …" / "Die Länder sind einverstanden.": the consent under the clauses adopts them.
  const consented = at === -1 && res ? list.findIndex((s) => CONSENTS.test(s.text)) : -1
  if (consented !== -1) at = consented
  let decision: Said | null = at === -1 ? lead : said(list[at]!)
  let outcome: Outcome | null = granted !== -1 ? 'deferred' : consented !== -1 ? 'adopted' : decision ? outcomeOf(decision.text, g) : null
  // A missed majority may follow the sentence that first names an outcome.
  if (outcome === 'adopted' && list.slice(at + 1).some((s) => g.failed.test(s.text))) outcome = 'rejected'
  // Cue sentences: from the decision on, and the run of vote sentences right before it.
  const cues: Sentence[] = []
  if (at !== -1) {
    let from = at
    // "Abstimmungsergebnis: Ja: BE, … – Enthaltung: BB, zugleich für MV, und RP. Das Saarland ist nicht vertreten.
    // Der Beschlussvorschlag hat die erforderliche Mehrheit nicht erreicht …": a Land missing is part of the run.
    const inRun = (text: string) => (hasCue(text, g) || sessionAbsentIn(text, g).length > 0) && !AMENDMENT_VOTE.test(text)
    while (from > 0 && inRun(list[from - 1]!.text)) from--
    cues.push(...list.slice(from))
  } else {
    let tallied = list.findIndex((s) => !SESSION_WIDE.test(s.text) && Object.keys(positionsIn(s.text, g).counts).length > 0)
    // "Mit Ausnahme von Baden-Württemberg und Hessen, die sich enthalten, stimmen alle anwesenden Länder zu.",
    // "Bayern stimmt dagegen; im Übrigen Zustimmung.": after a resolution, who voted how decides it.
    if (tallied === -1 && res) tallied = list.findIndex((s) => s.start >= textAfterResolution(body, res) && !SESSION_WIDE.test(s.text) && hasCue(s.text, g))
    if (tallied !== -1) {
      // "Abstimmungsergebnis: 12 Ja-Stimmen, 2 Nein-Stimmen (HB, HH)" with no sentence naming the outcome.
      cues.push(...list.slice(tallied))
      at = tallied
      decision = said(list[tallied]!)
    }
  }
  // "Beschluss (15 : 0 : 1; Enthaltung: HE)": the heading's parenthesis is the vote, each part read alone.
  const noteParts = note.split(';').map((p) => p.trim()).filter((p) => p !== '')
  const noteVotes = !decision && res !== undefined && res !== null && noteParts.some((p) => hasCue(p, g))
  if (noteVotes) decision = {text: note, span: res.preambleSpan ?? res.span}
  if (!decision) {
    if (!res) return null
    // "Beschluss: Die DMK fasst folgenden Beschluss: …" — adopted; how each Land voted is not said
    // unless the heading says "einstimmig".
    const unanimous = g.unanimous.test(note) ? true : g.majority.test(note) ? false : null
    const positions = unanimous ? everyone('yes', sessionAbsent, gone) : null
    return {outcome: 'adopted', unanimous, debate, positions, evidence: [], span: res.preambleSpan ?? res.span}
  }
  const counts: Counts = {}
  const named = new Map<LandCode, Relative>()
  let rest: Position | null = null
  let conflict = false
  const evidence: Said[] = lead && decision !== lead ? [lead] : []
  const read = (text: string, source: Said) => {
    const found = positionsIn(text, g)
    for (const entry of found.named) {
      for (const code of entry.codes) {
        const before = named.get(code)
        if (before && before !== entry.position) conflict = true
        if (!before) named.set(code, entry.position)
      }
    }
    Object.assign(counts, found.counts)
    rest ??= found.rest
    if (found.named.length > 0 || Object.keys(found.counts).length > 0 || found.rest) {
      if (!evidence.includes(source)) evidence.push(source)
    }
  }
  if (lead) read(lead.text, lead)
  if (noteVotes) for (const part of noteParts) read(part, decision)
  for (const s of cues) {
    if (SESSION_WIDE.test(s.text)) continue
    read(s.text, said(s))
  }
  // "… mit 14 Ja-Stimmen bei einer Gegenstimme und einer Enthaltung gefasst.¹" / "¹ Gegenstimme: Sachsen; Enthaltung:
  // Thüringen.": a footnote at the vote names who voted how.
  for (const f of footnotes) {
    if (f.marker < decision.span.start || f.marker > decision.span.end + 2) continue
    read(f.joined.text, {text: f.joined.text, span: spanIn(f.joined, 0, f.joined.text.length)})
  }
  // "… bei einer Enthaltung (Bayern) gefasst. Nach Bekanntgabe des Ergebnisses erklärt Bayern, es ändere seine Enthaltung in
  // eine Zustimmung. Der Vorsitz stellt fest, dass der Beschluss damit einstimmig gefasst ist.": the result stated last counts.
  const finallyUnanimous = at !== -1 && list.slice(at + 1).some((s) => FINALLY_UNANIMOUS.test(s.text))
  if (finallyUnanimous) {
    for (const [code, p] of named) if (p !== 'absent') named.delete(code)
    for (const k of Object.keys(counts)) delete counts[k as keyof Counts]
  }
  if (!evidence.some((e) => e.span.start === decision!.span.start)) evidence.unshift(decision)
  // "Abstimmungsergebnis: 12 Ja-Stimmen, 2 Nein-Stimmen" alone: the counts decide; a vote sentence without
  // any outcome or count ("Angenommen bei …" aside) stays adopted, as the item's decision.
  const byCues = outcome === null && Object.keys(counts).length === 0
  // An abstention's count alone says nothing of the outcome, nor one side's ("1 Nein (BY) · 1 Enthaltung (SN)" with the yes unread).
  outcome ??= counts.yes !== undefined && counts.no !== undefined && counts.yes <= counts.no ? 'rejected' : 'adopted'
  // "Abstimmung: angenommen. Abweichendes Stimmverhalten: keines.": the sentence after the decision says nobody dissented.
  // "Das Ergebnisprotokoll … wird genehmigt. Annahme einstimmig.": a later sentence restating the outcome says how.
  const restated = (s: Sentence) => at !== -1 && list.indexOf(s) > at && outcomeOf(s.text, g) === outcome
  const texts = [decision.text, lead?.text ?? '', note, ...cues.filter((s) => NO_DISSENT.test(s.text) || restated(s)).map((s) => s.text)]
  if (outcome !== 'adopted' && outcome !== 'rejected') {
    return {outcome, unanimous: null, debate, positions: null, evidence, span: decision.span}
  }
  const majority = texts.some((t) => g.majority.test(t))
  // "Zustimmung aller anwesenden Länder mit Ausnahme Bayerns, das sich enthält": all but the ones named.
  const unanimousSaid = finallyUnanimous || texts.some((t) => g.unanimous.test(t) && !/(?<![\p{L}])mit[ \t\n]+Ausnahme(?![\p{L}])/u.test(t))
  let positions = fill(outcome, named, counts, rest, unanimousSaid, sessionAbsent, gone)
  // "… mit 15 Ja-Stimmen bei einer Enthaltung angenommen." / "Bayern erklärt hierzu zu Protokoll: „Bayern hat sich der Stimme
  // enthalten, weil …“": who dissented, told in a note, where it accounts for the tally's dissent exactly.
  if (!positions && (counts.no ?? 0) + (counts.abstain ?? 0) > 0) positions = toldInNotes(body, g, outcome, named, counts, rest, unanimousSaid, sessionAbsent, gone)
  // No word for the outcome: the positions carry it ("Für den Antrag stimmen …; alle übrigen Länder stimmen dagegen").
  if (byCues && positions) {
    const tally = (p: Position) => Object.values(positions!).filter((v) => v === p).length
    if (tally('no') > tally('yes')) {
      outcome = 'rejected'
      positions = fill(outcome, named, counts, rest, unanimousSaid, sessionAbsent, gone)
    }
  }
  const dissent = positions ? LAND_CODES.filter((c) => positions[c] === 'no' || positions[c] === 'abstain').length : (counts.no ?? 0) + (counts.abstain ?? 0)
  // "Von den 16 abgegebenen Stimmen entfallen 10 auf … und 6 auf …": a ballot split between candidates.
  const split = cues.some((s) => BALLOT_SPLIT.test(s.text))
  // "Bei Enthaltung Bayerns im Übrigen einstimmig angenommen", "einstimmig bei Stimmenthaltung Bayerns": common usage, but a
  // Land that abstained did not agree — not unanimous, as a table's row with an abstention.
  const unanimous = unanimousSaid && dissent === 0 ? true : unanimousSaid || majority || dissent > 0 || split ? false
    : Object.keys(counts).length > 0 && outcome === 'adopted' ? true : null
  if (!positions && (Object.keys(counts).length > 0 || named.size > 0)) {
    // "mit 13:1:2 Stimmen angenommen": who voted against or abstained is not said — not guessed.
    report(file, decision.span, 'vote-unnamed',
      `Unexpected ${(counts.no ?? 0) + (counts.abstain ?? 0)} dissenting vote(s) in TOP ${record.number} with ${named.size} Land(s) named, expected the Länder to be named`)
  }
  if (positions) check(positions, counts, unanimousSaid, conflict, record.number, decision.span, file)
  return {outcome, unanimous, debate, positions, evidence, span: decision.span}
}

function toldInNotes(
  body: Body, g: Grammar, outcome: 'adopted' | 'rejected', named: ReadonlyMap<LandCode, Relative>, counts: Counts, rest: Position | null,
  unanimous: boolean, sessionAbsent: ReadonlySet<LandCode>, gone: ReadonlySet<LandCode>
): Record<string, Position> | null {
  const told = new Map(named)
  for (const n of body.notes) {
    for (const s of sentences(n.text)) {
      for (const e of positionsOf(s.text, g).named) {
        if (e.position !== 'no' && e.position !== 'abstain') continue
        for (const code of e.codes) if (!told.has(code)) told.set(code, e.position)
      }
    }
  }
  if (told.size === named.size) return null
  const positions = fill(outcome, told, counts, rest, unanimous, sessionAbsent, gone)
  const count = (p: Position) => Object.values(positions ?? {}).filter((v) => v === p).length
  return positions && (['no', 'abstain'] as const).every((p) => count(p) === (counts[p] ?? 0)) ? positions : null
}

/** Where the body's text after the resolution begins (joined offsets): a vote sentence stands there. */
function textAfterResolution(body: Body, res: NonNullable<AgendaRecord['resolution']>): number {
  const at = body.joined.map.firstAtLeast(res.span.end)
  return at === -1 ? body.joined.text.length : at
}

function hasCue(text: string, g: Grammar): boolean {
  const found = positionsIn(text, g)
  return found.named.length > 0 || Object.keys(found.counts).length > 0 || found.rest !== null
}

function everyone(position: Position, sessionAbsent: ReadonlySet<LandCode>, gone: ReadonlySet<LandCode>): Record<string, Position> {
  return Object.fromEntries(LAND_CODES.map((c) => [c, sessionAbsent.has(c) || gone.has(c) ? 'absent' : position]))
}

/**
 * Every Land's position: the named ones as named (relative to the decision for "mit den Stimmen von …");
 * the rest as "die übrigen Länder …" says, else as the counts leave them (13 yes of 13 unnamed), else with
 * the decision (adopted: yes; rejected: no). Null when the names and counts leave the rest open.
 */
function fill(
  outcome: 'adopted' | 'rejected', named: ReadonlyMap<LandCode, Relative>, counts: Counts, rest: Position | null,
  unanimous: boolean, sessionAbsent: ReadonlySet<LandCode>, gone: ReadonlySet<LandCode>
): Record<string, Position> | null {
  const withDecision: Position = outcome === 'adopted' ? 'yes' : 'no'
  const againstDecision: Position = outcome === 'adopted' ? 'no' : 'yes'
  const positions: Record<string, Position> = {}
  const open: LandCode[] = []
  for (const code of LAND_CODES) {
    const n = named.get(code)
    if (n) positions[code] = n === 'with' ? withDecision : n === 'against' ? againstDecision : n
    else if (sessionAbsent.has(code) || gone.has(code)) positions[code] = 'absent'
    else open.push(code)
  }
  const tallied = Object.keys(counts).length > 0
  if (named.size === 0 && !tallied && !rest && !unanimous) return null
  const count = (p: Position) => Object.values(positions).filter((v) => v === p).length
  let forRest: Position | null = rest ?? (unanimous ? 'yes' : null)
  if (!forRest && tallied) {
    const fits = (['yes', 'no', 'abstain'] as const).filter((p) => counts[p] !== undefined && counts[p]! - count(p) === open.length)
    const unexplained = (['yes', 'no', 'abstain'] as const).filter((p) => counts[p] !== undefined && counts[p]! - count(p) !== 0 && !fits.includes(p as never))
    if (open.length === 0) forRest = withDecision
    else if (fits.length === 1 && unexplained.length === 0) forRest = fits[0]!
    else if ((counts.no ?? 0) + (counts.abstain ?? 0) > count('no') + count('abstain')) return null
    else forRest = withDecision
  }
  forRest ??= withDecision
  for (const code of open) positions[code] = forRest
  return Object.fromEntries(LAND_CODES.map((c) => [c, positions[c]!]))
}

function check(positions: Record<string, Position>, counts: Counts, unanimous: boolean, conflict: boolean, number: string, span: Span, file: VFile) {
  const count = (p: string) => Object.values(positions).filter((v) => v === p).length
  if (conflict) report(file, span, 'vote-conflict', `Unexpected Land named with two positions in TOP ${number}, expected one each`)
  for (const [kind, n] of Object.entries(counts)) {
    if (count(kind) !== n) {
      report(file, span, 'vote-arithmetic', `Unexpected ${count(kind)} ${kind} position(s) in TOP ${number}, expected ${n} as the tally says`,
        {actual: String(count(kind)), expected: [String(n)]})
    }
  }
  // "einstimmig bei Enthaltung von Bayern" is common usage; a vote against contradicts "einstimmig".
  if (unanimous && count('no') > 0) report(file, span, 'vote-arithmetic', `Unexpected vote against in a unanimous vote in TOP ${number}, expected none`)
}
