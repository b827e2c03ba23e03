/**
 * Transformer: for every agenda item with a decision, the outcome and the
 * position of each of the sixteen Länder; protocol notes, amendments,
 * departures and proxies, agenda and sponsor changes, presenters — each
 * with the sentence it came from.
 *
 * "Der Beschlussvorschlag wird angenommen – bei Enthaltung von Bremen und
 * Hamburg und gegen die Stimmen von Mecklenburg-Vorpommern, Saarland und
 * Sachsen." A "Beschluss:" with no voting sentence is adopted, positions
 * unknown (null, not guessed).
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Root, Span} from '../../record/tree.ts'
import type {AgendaRecord, Extraction, VoteRecord} from '../../record/schema.ts'
import {emptyExtraction} from '../../record/schema.ts'
import {LAND_CODES, type LandCode} from '../../data/laender.ts'
import {NUMBER_WORDS, type Phrasings} from '../../data/phrasings.ts'
import {bodyPattern, conferenceOf} from '../../data/conference.ts'
import {joinNodes, spanIn} from '../../text/nodes.ts'
import type {Joined} from '../../text/join.ts'
import {sentences, type Sentence} from '../../text/sentences.ts'
import {report} from '../../record/message.ts'
import {agendaItems, bodyLines} from '../../record/query.ts'
import {listAfter, listBefore} from './lists.ts'
import {findNotes} from './notes.ts'
import {agendaChange, amendments, departure, presenter, sponsorChanges} from './events.ts'

type Relative = 'yes' | 'no' | 'abstain' | 'absent' | 'with' | 'against'

export interface Compiled {
  subject: RegExp
  lists: Array<{position: Relative; re: RegExp}>
  verbs: Array<{position: Relative; re: RegExp}>
  outcomes: Array<{outcome: VoteRecord['outcome']; re: RegExp}>
  unanimous: RegExp
  majority: RegExp
  noDebate: RegExp
  debate: RegExp
  /** "Die DMK stimmt dem Beschlussvorschlag einstimmig zu", "Die DMK beschließt …": the conference decides. */
  decides: RegExp
}

/** The phrasings as regexes; `body` is `bodyPattern(conference)`. */
export function compile(p: Phrasings, body: string): Compiled {
  // An empty list matches nothing (an empty alternation would match everywhere).
  const any = (list: string[]) => new RegExp(list.length > 0 ? `(?:${list.join('|')})` : '(?!)')
  return {
    subject: new RegExp(`\\b(?:Der|Die|Das|Dieser|Diese|Dieses)[ \\t\\n]+(?:${p.subjects.join('|')})(?![\\p{L}])`, 'u'),
    // "mit den Stimmen von X" / "gegen die Stimmen von X" name who voted with or against the decision.
    lists: p.lists.map((l) => ({
      position: /^mit/.test(l.phrase) ? 'with' : /^gegen/.test(l.phrase) ? 'against' : l.position,
      re: new RegExp(l.phrase, 'g')
    })),
    verbs: p.subjectVerbs.map((v) => ({position: v.position, re: new RegExp(v.phrase, 'gu')})),
    outcomes: p.outcomes.map((o) => ({outcome: o.outcome, re: new RegExp(`\\b${o.phrase}\\b`)})),
    unanimous: any(p.unanimous),
    majority: any(p.majority),
    noDebate: any(p.noDebate),
    debate: any(p.debate),
    decides: new RegExp(`(?<![\\p{L}])(?:${body})[ \\t\\n]+(?:beschließt|beschließen|stimmt|fasst)(?![\\p{L}])`, 'u')
  }
}

// "mit 15:0:1 Stimmen" — yes, no, abstentions (a time has two parts, this three).
const TALLY_TRIPLE = /(?<![\d:])(\d{1,2})[ \t]*:[ \t]*(\d{1,2})[ \t]*:[ \t]*(\d{1,2})(?![\d:])/
// "mit 12 Ja-Stimmen bei 2 Gegenstimmen (BY, SN) und 2 Enthaltungen (HB, ST)"
const TALLY = /\b(\d{1,2}|eine[mr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn)[ \t\n]+(Ja-Stimmen|Ja-Stimme|Stimmen[ \t\n]+dafür|Gegenstimmen|Gegenstimme|Nein-Stimmen|Nein-Stimme|Enthaltungen|Enthaltung)\b/g
// "Alle Beschlüsse werden unter Abwesenheit von Thüringen gefasst."
const SESSION_WIDE = /\b(?:Alle|Sämtliche|sämtliche|alle)[ \t\n]+(?:Beschlüsse|Abstimmungen)\b/
const NEGATED = /\b(?:nicht|kein|keine|keinen)\b/
const NOTED = /\b(?:nimmt|nehmen)\b[^.]{0,160}?\bzur[ \t\n]+Kenntnis\b|\bzur[ \t\n]+Kenntnis[ \t\n]+genommen\b/

export default function votes(this: Processor) {
  const conference = conferenceOf(this)
  const rules = compile(conference.phrasings, bodyPattern(conference))
  return (tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    if (extraction.kind !== 'protocol') return
    const items = agendaItems(tree)
    const bodies = items.map((item) => analyse(joinNodes(bodyLines(item))))
    // Absent for every vote: the table's "n. a." and "Alle Beschlüsse werden unter Abwesenheit von …".
    const sessionAbsent = new Set<LandCode>(extraction.absent.map((a) => a.org as LandCode))
    bodies.forEach((body) => {
      for (const s of body.sentences) {
        if (!SESSION_WIDE.test(s.text)) continue
        for (const entry of listsIn(s.text, rules)) if (entry.position === 'absent') for (const c of entry.codes) sessionAbsent.add(c)
      }
    })
    const departed = new Map<LandCode, LandCode | null>()
    items.forEach((_item, i) => {
      const record = extraction.agenda[i]!
      const body = bodies[i]!
      const before = extraction.meeting?.departures.length ?? 0
      readEvents(body, record, extraction, file)
      record.vote = readVote(body, record, rules, sessionAbsent, departed, file)
      // Departures read in this item count from the next item on.
      for (const d of extraction.meeting?.departures.slice(before) ?? []) {
        if (d.org) departed.set(d.org as LandCode, (d.proxy as LandCode | null) ?? null)
      }
    })
  }
}

interface Body {
  joined: Joined
  /** The joined text with quoted note texts blanked (same length). */
  masked: string
  sentences: Sentence[]
  notes: ReturnType<typeof findNotes>
}

function analyse(joined: Joined): Body {
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
  return {joined, masked, sentences: masked.trim() ? sentences(masked) : [], notes}
}

function readEvents(body: Body, record: AgendaRecord, extraction: Extraction, file: VFile) {
  const span = (s: {start: number; end: number}): Span => spanIn(body.joined, s.start, s.end)
  const verbatim = (s: Sentence) => body.joined.text.slice(s.start, s.end)
  for (const n of body.notes) {
    record.notes.push({org: n.org, kind: n.kind, text: n.text, span: span(n)})
    if (!n.org) report(file, span(n), 'note-land', `Unexpected ${n.kind} without a Land, expected \`Sachsen gibt folgende ${n.kind} ab\``)
  }
  for (const s of body.sentences) {
    const text = verbatim(s)
    const d = departure(s.text)
    if (d && extraction.meeting) {
      extraction.meeting.departures.push({...d, after: record.number, text, span: span(s)})
    }
    const change = agendaChange(text)
    if (change) extraction.agendaChanges.push({...change, text, span: span(s)})
    for (const sc of sponsorChanges(s.text)) extraction.sponsorChanges.push({number: record.number, ...sc, text, span: span(s)})
    const p = presenter(s.text)
    if (p) record.presenters.push({...p, span: span(s)})
    for (const a of amendments(s.text)) record.amendments.push({...a, text, span: span(s)})
  }
}

function readVote(
  body: Body, record: AgendaRecord, rules: Compiled, sessionAbsent: ReadonlySet<LandCode>,
  departed: ReadonlyMap<LandCode, LandCode | null>, file: VFile
): VoteRecord | null {
  const {sentences: list} = body
  const span = (s: Sentence): Span => spanIn(body.joined, s.start, s.end)
  const evidence = (s: Sentence) => ({text: body.joined.text.slice(s.start, s.end), span: span(s)})
  const decision = list.find((s) => rules.subject.test(s.text) && rules.outcomes.some((o) => o.re.test(s.text)) && !NEGATED.test(s.text)) ??
    list.find((s) => rules.decides.test(s.text) && !NEGATED.test(s.text))
  const debate = list.some((s) => rules.noDebate.test(s.text)) ? false : list.some((s) => rules.debate.test(s.text)) ? true : null
  if (!decision) {
    const noted = list.find((s) => NOTED.test(s.text))
    if (noted && !record.resolution) {
      return {outcome: 'noted', unanimous: null, debate, positions: null, evidence: [evidence(noted)], span: span(noted)}
    }
    if (!record.resolution) return null
    // "Die DMK fasst einstimmig folgenden Beschluss:" — every Land present voted for it.
    if (record.resolution.preamble && rules.unanimous.test(record.resolution.preamble)) {
      const positions = Object.fromEntries(LAND_CODES.map((code) => [code, sessionAbsent.has(code) || departed.get(code) === null ? 'absent' : 'yes'] as const))
      return {outcome: 'adopted', unanimous: true, debate, positions, evidence: [], span: record.resolution.preambleSpan ?? record.resolution.span}
    }
    // "Beschluss: Die DMK fasst folgenden Beschluss: …" — adopted; how each Land voted is not said.
    return {outcome: 'adopted', unanimous: null, debate, positions: null, evidence: [], span: record.resolution.span}
  }
  const outcome = rules.outcomes.find((o) => o.re.test(decision.text))?.outcome ?? 'adopted'
  const used: Sentence[] = [decision]
  if (outcome !== 'adopted' && outcome !== 'rejected') {
    return {outcome, unanimous: null, debate, positions: null, evidence: used.map(evidence), span: span(decision)}
  }
  // Positions: from the deciding sentence and those after it in the item.
  const named = new Map<LandCode, Relative>()
  let conflict = false
  const name = (code: LandCode, position: Relative) => {
    const before = named.get(code)
    if (before && before !== position) conflict = true
    if (!before) named.set(code, position)
  }
  const tallies: Partial<Record<'yes' | 'no' | 'abstain', number>> = {}
  for (const s of list.slice(list.indexOf(decision))) {
    if (SESSION_WIDE.test(s.text)) continue
    let found = false
    for (const entry of listsIn(s.text, rules)) {
      for (const code of entry.codes) name(code, entry.position)
      found = true
    }
    for (const t of s.text.matchAll(TALLY)) {
      const n = /^\d/.test(t[1]!) ? Number(t[1]) : NUMBER_WORDS.get(t[1]!) ?? 0
      const kind = /^(?:Ja|Stimmen)/.test(t[2]!) ? 'yes' : /^Enthaltung/.test(t[2]!) ? 'abstain' : 'no'
      tallies[kind] = n
      for (const code of listAfter(s.text, t.index + t[0].length).codes) name(code, kind)
      found = true
    }
    const triple = TALLY_TRIPLE.exec(s.text)
    if (triple && /Stimme|Abstimmung|angenommen|abgelehnt|beschlossen/.test(s.text)) {
      tallies.yes = Number(triple[1])
      tallies.no = Number(triple[2])
      tallies.abstain = Number(triple[3])
      found = true
    }
    if (found && s !== decision) used.push(s)
  }
  const namedDissent = [...named.values()].filter((p) => p === 'no' || p === 'abstain' || p === (outcome === 'adopted' ? 'against' : 'with')).length
  const tallyDissent = (tallies.no ?? 0) + (tallies.abstain ?? 0)
  const unanimous = rules.unanimous.test(decision.text) || (Object.keys(tallies).length > 0 && tallyDissent === 0 && outcome === 'adopted')
  if (tallyDissent > namedDissent) {
    // "mit 13:1:2 Stimmen angenommen": who voted against or abstained is not said — not guessed.
    report(file, span(decision), 'vote-unnamed',
      `Unexpected ${tallyDissent} dissenting vote(s) in TOP ${record.number} with ${namedDissent} Land(s) named, expected the Länder to be named`)
    return {outcome, unanimous: false, debate, positions: null, evidence: used.map(evidence), span: span(decision)}
  }
  const determined = unanimous || named.size > 0 || Object.keys(tallies).length > 0
  if (!determined) {
    // "Der Beschlussvorschlag wird angenommen." — adopted; the Länder's votes are not said.
    // "… mehrheitlich angenommen": not unanimous, but who dissented is not said either.
    const majority = rules.majority.test(decision.text) ? false : null
    return {outcome, unanimous: majority, debate, positions: null, evidence: used.map(evidence), span: span(decision)}
  }
  const positions: Record<string, 'yes' | 'no' | 'abstain' | 'absent'> = {}
  const withDecision = outcome === 'adopted' ? 'yes' : 'no'
  const againstDecision = outcome === 'adopted' ? 'no' : 'yes'
  for (const code of LAND_CODES) {
    const n = named.get(code)
    const gone = departed.has(code) && departed.get(code) === null
    positions[code] = n === 'with' ? withDecision
      : n === 'against' ? againstDecision
      : n ?? (sessionAbsent.has(code) || gone ? 'absent' : withDecision)
  }
  const count = (p: string) => Object.values(positions).filter((v) => v === p).length
  if (conflict) {
    report(file, span(decision), 'vote-conflict', `Unexpected Land named with two positions in TOP ${record.number}, expected one each`)
  }
  for (const [kind, n] of Object.entries(tallies)) {
    if (count(kind) !== n) {
      report(file, span(decision), 'vote-arithmetic',
        `Unexpected ${count(kind)} ${kind} position(s) in TOP ${record.number}, expected ${n} as the tally says`,
        {actual: String(count(kind)), expected: [String(n)]})
    }
  }
  const dissent = count('no') + count('abstain') > 0
  // "einstimmig bei Enthaltung von Bayern" is common usage; a vote against contradicts "einstimmig".
  if (unanimous && count('no') > 0) {
    report(file, span(decision), 'vote-arithmetic', `Unexpected vote against in a unanimous vote in TOP ${record.number}, expected none`)
  }
  return {
    outcome, unanimous: unanimous || (dissent ? false : null), debate, positions,
    evidence: used.map(evidence), span: span(decision)
  }
}

/** Every Land list a sentence names, by position: after a trigger, or before a verb. */
function listsIn(text: string, rules: Compiled): Array<{position: Relative; codes: LandCode[]}> {
  const out: Array<{position: Relative; codes: LandCode[]}> = []
  for (const {position, re} of rules.lists) {
    for (const m of text.matchAll(re)) {
      const {codes} = listAfter(text, m.index + m[0].length)
      if (codes.length > 0) out.push({position, codes})
    }
  }
  for (const {position, re} of rules.verbs) {
    for (const m of text.matchAll(re)) {
      let codes = listBefore(text, m.index)
      // "Daher enthält sich Sachsen": the subject after the verb.
      if (codes.length === 0) codes = listAfter(text, m.index + m[0].length).codes
      if (codes.length > 0) out.push({position, codes})
    }
  }
  return out
}
