/**
 * Votes read as grammar: a sentence gives an outcome (a subject and its
 * participle, a verb with its particle, a missed majority), Länder with a
 * position (lists after a phrase, subjects before or after a verb that
 * agrees with them in number, "die übrigen Länder"), and counts (tallies).
 * Positions may be relative to the decision: "mit den Stimmen von …" name
 * the side that carried it, whether it was adopted or rejected.
 */
import {isLandCode, LAENDER, landFromName, type LandCode} from '../../data/laender.ts'
import {findMentions} from '../../text/lexicon.ts'
import {NUMBER_WORDS, type Outcome, type Phrasings, type Position} from '../../data/phrasings.ts'
import {listAfter, listBefore} from './lists.ts'
import {matchesOf} from '../../text/matches.ts'

export type Relative = Position | 'with' | 'against'

export interface Grammar {
  subject: RegExp
  outcomes: Array<{outcome: Outcome; re: RegExp}>
  separable: Array<{outcome: Outcome; re: RegExp}>
  failed: RegExp
  terse: Array<{outcome: Outcome; re: RegExp}>
  lists: Array<{position: Relative; re: RegExp}>
  verbs: Array<{position: Position; re: RegExp; one: boolean}>
  rest: Array<{position: Position; re: RegExp}>
  unanimous: RegExp
  majority: RegExp
  noDebate: RegExp
  debate: RegExp
  sessionAbsent: RegExp
  /** "Die DMK stimmt dem Beschlussvorschlag zu", "Die DMK beschließt …", "Die Länder kommen überein:": the conference decides. */
  decides: RegExp
}

// An empty list matches nothing (an empty alternation would match everywhere).
const any = (list: readonly string[], flags = 'u') => new RegExp(list.length > 0 ? `(?:${list.join('|')})` : '(?!)', flags)

/** The phrasings as regexes; `body` is `bodyPattern(conference)`. */
export function compile(p: Phrasings, body: string): Grammar {
  return {
    // "Der Beschlussvorschlag", "der so geänderte Beschlussvorschlag", "beide Beschlussvorschläge": an article, up to three words, the subject.
    subject: new RegExp(`(?<![\\p{L}])(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]ieser|[Dd]iese|[Dd]ieses|[Bb]eide)[ \\t\\n]+(?:[\\p{L}-]+[ \\t\\n]+){0,3}?(?:${p.subjects.join('|')})(?![\\p{L}])`, 'u'),
    outcomes: p.outcomes.map((o) => ({outcome: o.outcome, re: new RegExp(`(?<![\\p{L}])${o.phrase}(?![\\p{L}])`, 'u')})),
    // "Die DMK nimmt den Bericht von Frau … Dr. Kappeler über … zur Kenntnis": "Dr." ends no sentence between verb and particle.
    separable: p.separable.map((s) => ({outcome: s.outcome, re: new RegExp(`(?<![\\p{L}])${s.verb}(?![\\p{L}])(?:[^.;]|(?<=(?<![\\p{L}])(?:Dr|Prof))\\.){0,200}?(?<![\\p{L}])${s.particle}(?![\\p{L}])`, 'u')})),
    failed: any(p.failed),
    terse: p.terse.map((t) => ({outcome: t.outcome, re: new RegExp(t.phrase, 'u')})),
    lists: p.lists.map((l) => ({position: l.position, re: new RegExp(l.phrase, 'gu')})),
    verbs: p.subjectVerbs.map((v) => ({position: v.position, re: new RegExp(`(?<![\\p{L}])${v.phrase}`, 'gu'), one: v.one})),
    rest: p.rest.map((r) => ({position: r.position, re: new RegExp(r.phrase, 'u')})),
    unanimous: any(p.unanimous),
    majority: any(p.majority),
    noDebate: any(p.noDebate),
    debate: any(p.debate),
    sessionAbsent: any(p.sessionAbsent, 'gu'),
    // "Die DMK beschließt …", "Die Digitalministerkonferenz hat einstimmig folgenden Beschluss gefasst:".
    // "Die Mitglieder stimmen dem Beschlussvorschlag … zu": the members decide as the body. "Einstimmig fasst die DMK folgenden
    // Beschluss:": the verb before the body after an adverb. "Nach ausführlicher Aussprache beschließt die DMK, die Leitlinien … zu
    // ergänzen.": the same, what it decides in the infinitive. "Die DMK begrüßt das Konzept und beschließt einstimmig, es …": the
    // second verb of the body's sentence.
    decides: new RegExp(`(?:(?<![\\p{L}])(?:${body}|(?:[Dd]ie|[Aa]lle)[ \\t\\n]+(?:(?:anwesenden|\\d{1,2})[ \\t\\n]+){0,2}(?:Mitglieder|Länder))[ \\t\\n]+(?:beschließt|beschließen|stimmt|stimmen|fasst|billigt|(?:kommt|kommen)[ \\t\\n]+überein(?=[ \\t\\n]*:)|verabschiedet(?![ \\t\\n]+(?:Frau|Herrn?|Staats\\p{L}*|Minister\\p{L}*|Senator\\p{L}*|Präsident\\p{L}*|Dr\\.|Prof\\.|(?:den|die)[ \\t\\n]+(?:bisherige|scheidende|langjährige)))|(?:hat|haben)(?![\\p{L}])[^.:;]{0,80}?(?<![\\p{L}])(?:beschlossen|gefasst|verabschiedet|angenommen|gebilligt))(?![\\p{L}]))|(?<![\\p{L}])(?:beschließt|fasst|billigt)[ \\t\\n]+(?:die|der)[ \\t\\n]+(?:${body})(?:[ \\t\\n]+(?:einstimmig|mehrheitlich|einvernehmlich))?(?=[ \\t\\n]*:|[ \\t\\n]+(?:folgenden|nachstehenden|den[ \\t\\n]+folgenden)[ \\t\\n]+Beschluss)|(?<![\\p{L}])beschließt[ \\t\\n]+(?:die|der)[ \\t\\n]+(?:${body})(?=[ \\t\\n]*,)|(?<![\\p{L}])und[ \\t\\n]+beschließt(?:[ \\t\\n]+(?:einstimmig|mehrheitlich|einvernehmlich))?(?=[ \\t\\n]*,)`, 'u')
  }
}

// "TOP 3 und TOP 5", "Punkten 9.1, 9.2 sowie 9.3": items by their numbers (group 1 the list).
// "TOP 5 bis TOP 8": a range.
const ITEM_WORD = String.raw`(?:TOP|Tagesordnungspunkte?n?|Punkte?n?)[ \t\n]+`
const NUMBER_LIST = String.raw`(\d{1,3}(?:\.\d{1,3})?[a-z]?(?:[ \t\n]*(?:,|und|sowie|bis)[ \t\n]*(?:TOP[ \t\n]+)?\d{1,3}(?:\.\d{1,3})?[a-z]?){0,8})`
export const ITEM_LIST = ITEM_WORD + NUMBER_LIST

/** The numbers strictly between two of a range: "5" and "8", "5.1" and "5.3" ("TOP 5.1 bis 5.3"), "2a" and "2c". */
function between(from: string, to: string): string[] {
  const a = /^(\d+)(?:\.(\d+)|([a-z]))?$/.exec(from)
  const b = /^(\d+)(?:\.(\d+)|([a-z]))?$/.exec(to)
  if (!a || !b) return []
  const out: string[] = []
  if (a[2] === undefined && a[3] === undefined && b[2] === undefined && b[3] === undefined) {
    for (let k = Number(a[1]) + 1; k < Number(b[1]) && k - Number(a[1]) <= 20; k++) out.push(String(k))
  } else if (a[1] === b[1] && a[2] !== undefined && b[2] !== undefined) {
    for (let k = Number(a[2]) + 1; k < Number(b[2]) && k - Number(a[2]) <= 20; k++) out.push(`${a[1]}.${k}`)
  } else if (a[1] === b[1] && a[3] !== undefined && b[3] !== undefined) {
    for (let k = a[3].charCodeAt(0) + 1; k < b[3].charCodeAt(0); k++) out.push(`${a[1]}${String.fromCharCode(k)}`)
  }
  return out
}

/** "3 und TOP 5" → ["3", "5"]; "5 bis TOP 8" → ["5", "6", "7", "8"]; "5.1 bis 5.3" → ["5.1", "5.2", "5.3"]. */
export function numbersIn(list: string): string[] {
  const out: string[] = []
  let before: RegExpExecArray | null = null
  for (const n of matchesOf(list, /\d{1,3}(?:\.\d{1,3})?[a-z]?/g)) {
    if (before && /bis/.test(list.slice(before.index + before[0].length, n.index))) out.push(...between(before[0], n[0]))
    out.push(n[0])
    before = n
  }
  return out
}

// "TOP 3 und TOP 5 werden einstimmig angenommen; TOP 4 wird bei Enthaltung des Freistaates Bayern angenommen.": items
// named at a clause's start as its subject (items voted on together, printed under one of them).
// "Die Beschlussvorschläge zu TOP 5 bis TOP 8 werden en bloc einstimmig angenommen.": the items' proposals as the subject.
// "Die Beschlussvorschläge zu 6.1 und 6.2 werden in einer Sammelabstimmung einstimmig angenommen.": after "zu" the numbers alone.
export const ITEM_SUBJECT = new RegExp(String.raw`(?:^|;)[ \t\n]*(?:(?:Die|Der)[ \t\n]+(?:Beschlussvorschläge|Beschlussvorschlag|Anträge)[ \t\n]+(?:zu|unter)[ \t\n]+(?:${ITEM_WORD})?|${ITEM_WORD})${NUMBER_LIST}[ \t\n]+(?:wird|werden)(?![\p{L}])` +
  // "Ergebnis zu TOP 7 bis 9: Die Beschlussvorschläge zu den A-Punkten werden … angenommen": the items in the result's label.
  String.raw`|^[ \t\n]*(?:Ergebnis|Abstimmung|Abstimmungsergebnis|Beschluss)[ \t\n]+zu[ \t\n]+${ITEM_WORD}${NUMBER_LIST}[ \t]*:`, 'u')

const NO_DECISION = /(?<![\p{L}])(?:(?:[Ee]in[ \t\n]+Beschluss[ \t\n]+wird|Beschlüsse[ \t\n]+werden)[ \t\n]+(?:hierzu[ \t\n]+)?nicht|[Kk]ein[ \t\n]+Beschluss[ \t\n]+wird(?:[ \t\n]+hierzu)?)[ \t\n]+gefasst(?![\p{L}])/gu

// "in der 68. Sitzung", "in ihrer 67. Sitzung", "in der letzten Sitzung": a session before this one.
const EARLIER_SESSION = /(?<![\p{L}])in[ \t\n]+(?:der|ihrer|seiner)[ \t\n]+(?:\d{1,3}\.|letzten|vorigen|vergangenen|vorangegangenen)[ \t\n]+Sitzung(?![\p{L}])/u

// "… beschließt, über den Beschlussvorschlag im Umlaufverfahren zu entscheiden, sobald …": the same, decided later.
const WRITTEN_LATER = /(?<![\p{L}])(?:(?:wird|werden|soll|sollen)[ \t\n](?:[^.;]{0,80}?[ \t\n])?im[ \t\n]+(?:schriftlichen[ \t\n]+)?Umlaufverfahren[ \t\n]+(?:entschieden|abgestimmt|beschlossen|befunden)|im[ \t\n]+(?:schriftlichen[ \t\n]+)?Umlaufverfahren[ \t\n]+zu[ \t\n]+(?:entscheiden|beschließen|befinden))(?![\p{L}])/u

// The auxiliary right after a participle that ends its clause: "vertagt worden", "gebilligt hat".
const AUXILIARY_AFTER = /^[ \t\n]+(wurde|wurden|worden|werden|hat|haben|hatte|hatten)(?![\p{L}])/u

// "das Bundeskabinett den Entwurf": a noun and an article after the subject's own article.
const TWO_PHRASES = /^\S+[ \t\n](?:.*[ \t\n])?\p{Lu}\p{Ll}+[ \t\n]+(?:den|dem|die|das|der)[ \t\n]/u

const RELATIVE_CLAUSE = /,[ \t\n]+(?:den|die|das|der|dem|denen|deren|dessen|welche[nrms]?)[ \t\n]/u

const SPONSORSHIP = /(?<![\p{L}])(?:Mitantragstellung|Antragstellung|Mitzeichnung|Miteinbringung|Unterstützung)(?![\p{L}])/u

// "Die Länder kommen überein, den Tagesordnungspunkt in der 319. Sitzung erneut zu beraten": the same, said with a verb.
// "Der Punkt bleibt unerledigt und wird in der 812. Sitzung erneut aufgerufen.": the same in the passive.
const RESUBMITTED = /(?<![\p{L}])Wiedervorlage[ \t\n]+(?:in|zu|zur|auf|für)[ \t\n]+(?:(?:der|die|einer)[ \t\n]+)?(?:nächsten|folgenden|kommenden|\d{1,3}\.)[ \t\n]+Sitzung(?![\p{L}])|(?<![\p{L}])in[ \t\n]+der[ \t\n]+(?:nächsten|folgenden|kommenden|\d{1,3}\.)[ \t\n]+Sitzung[ \t\n]+erneut[ \t\n]+(?:zu[ \t\n]+)?(?:beraten|behandeln|aufzurufen|aufrufen|aufgerufen|behandelt)(?![\p{L}])/u

// "Der Punkt bleibt unerledigt …", "Der Punkt bleibt aus Zeitgründen unbehandelt; …": not dealt with, left for later.
const LEFT_UNDONE = /(?<![\p{L}])(?:Punkt|Tagesordnungspunkt|TOP|Beschlussvorschlag|Antrag|Vorschlag|Thema)[ \t\n]+bleibt(?:[ \t\n][^.;]{0,60}?)?[ \t\n]+(?:unerledigt|unbehandelt)(?![\p{L}])/u

// "Die DMK vertagt sich in diesem Punkt auf die 810. Sitzung", "… vertagt sich die DMK in diesem Punkt auf die 821. Sitzung": the body
// defers the item (not a break: "Die Konferenz vertagt sich bis 14 Uhr").
const BODY_ADJOURNS = /(?<![\p{L}])vertag(?:t|en)[ \t\n]+sich(?![\p{L}])(?:[^.;]|(?<=\d)\.){0,80}?(?<![\p{L}])(?:Punkt|Tagesordnungspunkt|TOP|Sitzung)(?![\p{L}])/u

const REFERRED = /(?<![\p{L}])(?:Der|Dieser)[ \t\n]+(?:Beschlussvorschlag|Antrag|Entwurf|Vorschlag)[ \t\n]+wird[ \t\n][^.;]{0,120}?(?<![\p{L}])an[ \t\n]+(?:den|die|das)[ \t\n][^.;]{1,80}?(?:überwiesen|zurückverwiesen)(?![\p{L}])/u

// "… wird als Sprecherin der Arbeitsgruppe für zwei weitere Jahre wiedergewählt": an office and a term between. "Die DMK bestimmt
// einstimmig Mecklenburg-Vorpommern für die Jahre 2326 und 2327 zum Vorsitzland."
const ELECTED = /(?<![\p{L}])(?:wird|werden)[ \t\n](?:[^.;()]{0,120}?[ \t\n])?(?:wieder)?gewählt(?![\p{L}])(?![ \t\n]+werden)|(?<![\p{L}])(?:DMK|Konferenz|Digitalministerkonferenz)[ \t\n]+(?:wählt|bestimmt|benennt)[ \t\n](?=[^;]{1,160}?(?<![\p{L}])zu(?:r|m)[ \t\n])/u

// "4.2", and an ordinal before its noun ("bis zur 786. Sitzung"): no sentence's end.
const NUMBER_DOT = /(\d)\.(?=\d|[ \t\n]+\p{Lu})/gu

const DEFERRAL = /(?<![\p{L}])(?:beschließt|beschließen)(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])(?:die|eine)[ \t\n]+(?:Zurückstellung|Vertagung)(?![\p{L}])/u

const NOTES_AND_DECIDES = /zur[ \t\n]+Kenntnis[ \t\n]+und[ \t\n]+(?:beschließt|beschließen|fasst|fassen)(?![\p{L}])/u

// "… wird in Ziffer 2 die Frist von der 751. auf die 752. Sitzung verschoben": a date in the decision moved, not the item.
const DEADLINE_MOVED = /(?<![\p{L}])(?:Frist|Termin|Stichtag|Zeitplan)(?![\p{L}])(?:[^.;]|(?<=\d)\.){0,120}?(?<![\p{L}])verschoben(?![\p{L}])/u
// "Frau Staatsrätin Brinkmann teilt mit, dass Bremen den Beschlussvorschlag zurückzieht, …": the verb last in a clause.
const WITHDRAWS_IN_CLAUSE = /(?<![\p{L}])(?:den|seinen|ihren)[ \t\n]+(?:[\p{L}-]+[ \t\n]+)?(?:Beschlussvorschlag|Antrag|Vorschlag|Beschlussantrag|Tagesordnungspunkt)[ \t\n]+zurück(?:zieht|ziehen|nimmt|nehmen)(?![\p{L}])/u

/** The outcome a sentence states, if it states one. */
export function outcomeOf(text: string, g: Grammar): Outcome | null {
  if (g.failed.test(text)) return 'rejected'
  // "…; ein Beschluss wird nicht gefasst", "Beschlüsse werden nicht gefasst": nothing decided, no proposal turned down.
  text = text.replace(NO_DECISION, ' ')
  // "Über ihn wird im Umlaufverfahren entschieden": decided after the session, in writing (not "… wurde im Umlaufverfahren gefasst").
  if (WRITTEN_LATER.test(text)) return 'deferred'
  for (const t of g.terse) if (t.re.test(text.trim())) return t.outcome
  // "…, dass das Bundeskabinett den Entwurf … beschlossen hat": two noun phrases, another body's act.
  const first = g.subject.exec(text)
  const subject = (first && !TWO_PHRASES.test(first[0]) ? first : null) ?? ITEM_SUBJECT.exec(text)
  if (subject) {
    const after = text.slice(subject.index)
    for (const o of g.outcomes) {
      const m = o.re.exec(after)
      if (!m || (o.outcome === 'deferred' && DEADLINE_MOVED.test(after))) continue
      // What happened before, or another's act, not this session's decision: "Die Beratung war in der 19. Sitzung vertagt
      // worden"; "…, dass der Beschlussvorschlag in der 68. Sitzung auf Bitte des Bundes vertagt wurde", "… die gemeinsame
      // Erklärung, die die DMK in ihrer 67. Sitzung gebilligt hat" (an earlier session, in a clause of its own); "… stellt den
      // Entwurf der Erklärung vor, den die Kultusministerkonferenz im März 2061 gebilligt hat" (a relative clause) — not
      // "…, dass der Beschlussvorschlag einstimmig angenommen wurde".
      const aux = AUXILIARY_AFTER.exec(after.slice(m.index + m[0].length))?.[1]
      const before = after.slice(0, m.index)
      // "…, dass die 77. Sitzung die Beratung vertagt hatte": the pluperfect tells of before the session.
      // "Der Regierungsentwurf soll im Januar vom Kabinett beschlossen werden.": what is to come.
      if (aux && (aux === 'hatte' || aux === 'hatten' || aux === 'werden' || (aux === 'worden' && /(?<![\p{L}])(?:war|waren)(?![\p{L}])/u.test(before)) ||
        EARLIER_SESSION.test(before) || RELATIVE_CLAUSE.test(before))) continue
      // "wird nicht angenommen": the negation turns an adoption into a rejection.
      if (o.outcome === 'adopted' && /(?<![\p{L}])nicht[ \t\n]+(?:\p{L}+[ \t\n]+)?$/u.test(after.slice(0, m.index))) return 'rejected'
      return o.outcome
    }
  }
  // "Die DMK nimmt den Evaluationsbericht zur Kenntnis und beschließt:": noted, and a decision follows.
  if (NOTES_AND_DECIDES.test(text)) return 'adopted'
  // "Berlin und Bremen ziehen ihre Mitantragstellung zurück": a sponsor leaves, the proposal stays. "Die DMK nimmt die Berichte zu
  // TOP 3.1 und 3.2 zur Kenntnis": an item's number is no sentence's end.
  const numbered = text.replace(NUMBER_DOT, '$1·')
  for (const s of g.separable) if (s.re.test(numbered) && !SPONSORSHIP.test(text)) return s.outcome
  if (WITHDRAWS_IN_CLAUSE.test(text) && !SPONSORSHIP.test(text)) return 'withdrawn'
  // "Die Beratung wird vertagt", "Der Punkt wird zurückgestellt": deferral whatever the subject.
  const deferred = g.outcomes.find((o) => o.outcome === 'deferred')
  // Not "Auf Antrag Bayerns wird in Ziffer 2 Buchstabe c die Frist … auf die 752. Sitzung verschoben": a date moved in the text.
  if (deferred && /(?<![\p{L}])(?:wird|werden)(?![\p{L}])/u.test(text) && deferred.re.test(text) && !DEADLINE_MOVED.test(text)) return 'deferred'
  // "Staatssekretärin Dr. Quast und Staatsrat Brünjes werden einstimmig gewählt", "Die DMK wählt Staatssekretärin Dr. Inken
  // Carstensen (SH) … zur Sprecherin": an election, whoever is elected.
  if (ELECTED.test(text)) return 'adopted'
  // "Die DMK beschließt … Wiedervorlage in der 82. Sitzung": put back to a later session, no decision on the proposal.
  // "Der Beschlussvorschlag wird zur weiteren Beratung an den Arbeitskreis … überwiesen": the whole proposal referred, not
  // decided (a clause referred, "Ziffer 3 wird … überwiesen", leaves the rest to be decided). "Der Entwurf wird zur Überarbeitung an
  // die AG zurückverwiesen": the same.
  if (RESUBMITTED.test(text) || REFERRED.test(text) || LEFT_UNDONE.test(text) || BODY_ADJOURNS.test(text)) return 'deferred'
  // "Auf Antrag Baden-Württembergs beschließt die DMK die Zurückstellung des Tagesordnungspunkts …": a decision to defer.
  if (DEFERRAL.test(text)) return 'deferred'
  if (g.decides.test(text)) return /(?<![\p{L}])lehn(?:t|en)[^.]{0,120}ab(?![\p{L}])/u.test(text) ? 'rejected' : 'adopted'
  return null
}

export interface Named {
  position: Relative
  codes: LandCode[]
}

export interface Counts {
  yes?: number
  no?: number
  abstain?: number
}

// "mit 15:0:1 Stimmen", "Ergebnis: 12/2/1", "Stimmergebnis: 13 – 1 – 1" — yes, no, abstentions (a time has two parts, this three; a date a year).
const TALLY_TRIPLE = /(?<![\d:/–])(\d{1,2})[ \t]*([:/–])[ \t]*(\d{1,2})[ \t]*\2[ \t]*(\d{1,2})(?![\d:/–])/
const TALLY_QUAD = /(?<![\d:/])(\d{1,2})([:/])(\d{1,2})\2(\d{1,2})\2\d{1,2}(?![\d:/])/
// "Dafür: 13 – Dagegen: 1 – Enthaltungen: 1", "Ja 14, Nein 0, Enthaltung 2": a label, then its count.
// "Zustimmung: 14 Länder, Ablehnung: 1 Land (BY)".
// "Stimmen dafür: 14; dagegen: keine; Enthaltungen: 2 (HB, HH)": the words in lower case after a first label; "keine" is none.
// "Für: 13 · Gegen: 1 (BY) · Enthaltung: 1 (NI)": "Für" and "Gegen" with their colon.
// "Zustimmungen: 14, Ablehnungen: keine, Enthaltungen: 1 (BY)": the plurals as labels (not "… 2 Enthaltungen keine Mehrheit").
const TALLY_LABELLED = /(?<![\p{L}])(Stimmen[ \t]+dafür|[Dd]afür|Ja|Zustimmung(?:en)?|[Zz]ustimmend(?=[ \t]*:)|Für(?=[ \t]*:)|[Dd]agegen|Nein|Ablehnung(?:en)?|[Aa]blehnend(?=[ \t]*:)|Gegen(?=[ \t]*:)|(?:Stimm)?[Ee]nthaltung(?:en)?)(?:[ \t]*:)?[ \t]*(\d{1,2}|keine(?![\p{L}])(?![ \t\n]+Mehrheit))(?![\d.:])/gu
// "mit 15 : 1 Stimmen": yes and no (a time would say "Uhr", not "Stimmen").
const TALLY_PAIR = /(?<![\d:])(\d{1,2})[ \t]*:[ \t]*(\d{1,2})[ \t\n]+Stimmen(?![\p{L}])/u
const NUMBER = '(\\d{1,2}|eine[mr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn)'
// "12 Ja-Stimmen, 2 Nein-Stimmen (BY, SN), 2 Enthaltungen (HB, ST)", "bei 2 Gegenstimmen", "16 Ja-Stimmen"
// "14 Ja / 0 Nein / 1 Enthaltung", "13 dafür, 2 dagegen (BY, SN), 1 Enthaltung (TH)", "14 Zustimmungen, 1 Ablehnung (Bayern)"
// "1 Stimme dagegen (Bayern)", "13 x Ja, 1 x Nein (HB), 1 x Enthaltung (SN)", "12 Ja, 2 Nein (BY, SN), 1 Enthaltung (ST)",
// "14 Ja · 1 Nein (BY) · 1 Enthaltung (SN)"; "6 JaStimmen" (plain pdftotext joined "Ja-" / "Stimmen" without the hyphen), "14 Jastimmen,
// 1 Neinstimme (Bayern)".
// "16 Länder stimmen zu."
const TALLY = new RegExp(`(?<![\\p{L}\\d])${NUMBER}[ \\t\\n]+(?:[x×][ \\t\\n]+)?(Ja-?[Ss]timmen?|Länder[ \\t\\n]+stimmen[ \\t\\n]+(?:zu|dafür)|Stimmen[ \\t\\n]+dafür|Stimmen?[ \\t\\n]+dagegen|Gegenstimmen?|Nein-?[Ss]timmen?|Enthaltung(?:en)?|Stimmenthaltung(?:en)?|Zustimmung(?:en)?|Ablehnung(?:en)?|Ja(?=[ \\t\\n]*[/,;(·|–])|Nein(?=[ \\t\\n]*[/,;(·|–])|dafür|dagegen)(?![\\p{L}-])`, 'gu')
const TALLY_WORD = /[Ss]timm|Ja|Nein|nthaltung|Zustimmung|Ablehnung/
const NONE_TALLY = /(?<![\p{L}])keine[ \t\n]+(Gegenstimmen?|Nein-Stimmen?|Stimmenthaltung(?:en)?|Enthaltung(?:en)?)(?![\p{L}])/gu
// "Für den Beschlussvorschlag stimmen elf Länder": a count where a list could stand.
const COUNTED = new RegExp(`^[ \\t\\n]*${NUMBER}[ \\t\\n]+(?:weitere[ \\t\\n]+|weiteren[ \\t\\n]+)?Länder(?:n)?(?![\\p{L}])`, 'u')

const REPRESENTED_ASIDE = /,[ \t\n]*(?:vertreten[ \t\n]+durch|in[ \t\n]+Vertretung[ \t\n]+durch)[ \t\n]+[^,;()]{2,60},[ \t\n]*$/u

const ASIDE_PROXY = /^[–-][ \t\n]*zugleich[ \t\n]+(?:in[ \t\n]+Stimmführung[ \t\n]+)?für[ \t\n]/u

/** "… – zugleich für das Saarland –" right before `at`: where the aside begins and the text of the Land it names. */
function asideProxy(text: string, at: number): {start: number; land: string} | null {
  const before = text.slice(0, at).trimEnd()
  if (/[–-]$/.test(before)) {
    const open = Math.max(before.lastIndexOf('–', before.length - 2), before.lastIndexOf(' -', before.length - 2) + 1)
    if (open <= 0 || before.length - open > 80) return null
    const aside = before.slice(open, -1)
    const m = ASIDE_PROXY.exec(aside)
    return m ? {start: open, land: aside.slice(m[0].length).trim()} : null
  }
  // "Rheinland-Pfalz, das zugleich die Stimme des Saarlandes führt, enthalten sich": a relative clause.
  if (!before.endsWith(',')) return null
  const open = before.lastIndexOf(',', before.length - 2)
  if (open <= 0 || before.length - open > 90) return null
  const m = ASIDE_CLAUSE.exec(before.slice(open + 1, -1).trim())
  return m ? {start: open, land: m[1]!.replace(/[ \t\n](?:führt|vertritt|mitvertritt|abgibt)$/u, '')} : null
}

// "…, das zugleich die Stimme des Saarlandes führt, …", "Bayern sowie Thüringen, zugleich für Sachsen, enthalten sich".
const ASIDE_CLAUSE = /^(?:(?:das|die|der)[ \t\n]+)?zugleich[ \t\n]+(?:die[ \t\n]+Stimme[ \t\n]+|für[ \t\n]+)(\S.{1,60})$/u

const VERB_FIRST = /(?<![\p{L}])stimm(?:t|en)(?:[ \t\n]+nur)?(?=[ \t\n])/gu

const number = (word: string) => (/^\d/.test(word) ? Number(word) : NUMBER_WORDS.get(word) ?? 0)

type Positions = {readonly named: readonly Named[]; readonly counts: Readonly<Counts>; readonly rest: Position | null}

// A vote's sentences are read several times (is it a cue, does it tally, what does it say): each once per grammar. Few
// kept: a sentence may be a slice that holds its whole document in memory.
const read = new WeakMap<Grammar, Map<string, Positions>>()
const READ_MAX = 256

/** The Länder a sentence names with a position, and the counts it gives (not to be changed: the answer is kept). */
export function positionsIn(input: string, g: Grammar): Positions {
  let known = read.get(g)
  if (!known) read.set(g, (known = new Map()))
  const hit = known.get(input)
  if (hit) return hit
  if (known.size >= READ_MAX) known.clear()
  const found = readPositions(input, g)
  known.set(input, found)
  return found
}

function readPositions(input: string, g: Grammar): Positions {
  const text = headedTally(adjectivesNamed(input))
  const named: Named[] = []
  const counts: Counts = {}
  const claimed: Array<[number, number]> = []
  // Where a verb's subject would stand: "Gegen den Vorschlag stimmen Bayern, Berlin enthält sich" — Berlin
  // is the subject of "enthält", not the end of the list after "stimmen".
  const verbAt = new Set<number>()
  // Most sentences have no list phrase and no verb: one regex of them all says so first.
  const lists = anyOf(g.lists)?.(text) ?? true
  const verbs = anyOf(g.verbs)?.(text) ?? true
  // Each verb's matches once: the subjects before them are read below.
  const verbMatches = verbs ? g.verbs.map(({re}) => [...matchesOf(text, re)]) : []
  for (const found of verbMatches) for (const m of found) verbAt.add(m.index)
  const subjectOfVerb = (end: number) => verbAt.has(end + /^[ \t\n]*/.exec(text.slice(end))![0].length)
  if (lists) for (const {position, re} of g.lists) {
    for (const m of matchesOf(text, re)) {
      const from = m.index + m[0].length
      const list = listAfter(text, from)
      const cut = list.spans.findIndex((sp, k) => k > 0 && subjectOfVerb(sp.end))
      if (cut > 0) {
        list.codes = list.codes.slice(0, cut)
        list.end = list.spans[cut - 1]!.end
      }
      if (list.codes.length > 0) {
        named.push({position, codes: list.codes})
        claimed.push([from, list.end])
        continue
      }
      const c = COUNTED.exec(text.slice(from))
      if (c && (position === 'yes' || position === 'no' || position === 'abstain')) counts[position] = number(c[1]!)
    }
  }
  for (const [k, found] of verbMatches.entries()) {
    const {position, one} = g.verbs[k]!
    for (const m of found) {
      // "Brandenburg und Rheinland-Pfalz – zugleich für das Saarland – enthalten sich": the Land voted for, set apart.
      const aside = asideProxy(text, m.index)
      // "Bayern, das sich enthält", "Thüringen, das dagegen stimmt": a relative clause after the list, its comma between.
      let to = aside ? aside.start : m.index
      // "Sachsen, vertreten durch Brandenburg, stimmt dagegen": the Land represented votes, not its proxy.
      const represented = aside ? null : REPRESENTED_ASIDE.exec(text.slice(Math.max(0, to - 80), to))
      if (represented) to -= represented[0].length
      if (!aside && /^(?:sich|dagegen)[ \t\n]/.test(m[0])) to -= /,[ \t\n]*(?:das|der|die)[ \t\n]+$/.exec(text.slice(Math.max(0, to - 16), to))?.[0].length ?? 0
      let codes = listBefore(text, to, one && !aside)
      if (aside && codes.length > 0) codes = [...codes, ...listAfter(aside.land, 0).codes]
      // "Daher enthält sich Sachsen", "Es enthalten sich Bayern und Hessen": the subject after the verb.
      if (codes.length === 0) {
        const after = listAfter(text, m.index + m[0].length)
        if (!claimed.some(([a, b]) => m.index + m[0].length <= a && after.end <= b)) codes = one ? after.codes.slice(0, 1) : after.codes
      }
      if (codes.length === 0) continue
      // "Sachsen enthält sich, zugleich in Stimmführung für Thüringen": the Land it votes for too.
      const proxy = /^(?:der[ \t\n]+Stimme(?![\p{L}])[ \t\n]*)?(?:,[ \t\n]*)?zugleich[ \t\n]+(?:in[ \t\n]+Stimmführung[ \t\n]+)?für/u.exec(text.slice(m.index + m[0].length).trimStart())
      if (proxy) codes = [...codes, ...listAfter(text, m.index + m[0].length + proxy[0].length).codes]
      named.push({position, codes})
    }
  }
  // Every tally names its kind ("Ja-Stimmen", "Gegenstimme", "Nein", "Enthaltungen"): most sentences have none of these.
  if (TALLY_WORD.test(text)) for (const t of matchesOf(text, TALLY)) {
    const n = number(t[1]!)
    const kind = /nthaltung/.test(t[2]!) ? 'abstain' : /^(?:Ja|Länder|Stimmen[ \t\n]+dafür|dafür|Zustimmung)/.test(t[2]!) ? 'yes' : 'no'
    counts[kind] = n
  }
  // "16 Ja-Stimmen, keine Gegenstimme, keine Enthaltung": none of that kind.
  if (text.includes('keine')) for (const t of matchesOf(text, NONE_TALLY)) counts[/nthaltung/.test(t[1]!) ? 'abstain' : 'no'] ??= 0
  for (const t of matchesOf(text, TALLY_LABELLED)) {
    counts[/^(?:Stimmen[ \t]+dafür|[Dd]afür|Ja|Zustimmung(?:en)?|[Zz]ustimmend|Für)$/.test(t[1]!) ? 'yes' : /nthaltung/.test(t[1]!) ? 'abstain' : 'no'] = t[2] === 'keine' ? 0 : Number(t[2])
  }
  const triple = TALLY_TRIPLE.exec(text)
  // "14 : 0 : 1" alone: a result cell's count.
  if (triple && (/Stimme|Stimmverhältnis|Stimmenverhältnis|Stimmbild|Abstimmung|angenommen|abgelehnt|beschlossen|Ergebnis|Mehrheit/.test(text) || triple[0].length === text.trim().length)) {
    counts.yes = Number(triple[1])
    counts.no = Number(triple[3])
    counts.abstain = Number(triple[4])
  } else if (TALLY_QUAD.test(text) && /Stimme|Ergebnis/.test(text)) {
    // "mit 6/7/2/1 Stimmen", "13/0/1/2" under "(Ja/Nein/Enthaltung/nicht vertreten)": the last is the Länder not there.
    const quad = TALLY_QUAD.exec(text)!
    counts.yes = Number(quad[1])
    counts.no = Number(quad[3])
    counts.abstain = Number(quad[4])
  } else {
    const pair = TALLY_PAIR.exec(text)
    if (pair) {
      counts.yes = Number(pair[1])
      counts.no = Number(pair[2])
    }
  }
  // "Ihm stimmen nur Hamburg, Bremen, Berlin und Schleswig-Holstein zu": the list between verb and particle.
  for (const m of matchesOf(text, VERB_FIRST)) {
    const list = listAfter(text, m.index + m[0].length)
    if (list.codes.length === 0) continue
    const particle = /^[ \t\n]*(?:(zu|dafür)|(dagegen|nicht[ \t\n]+zu))(?![\p{L}])/u.exec(text.slice(list.end))
    if (particle) named.push({position: particle[1] ? 'yes' : 'no', codes: list.codes})
  }
  // "Namentliche Abstimmung: BW: ja, BY: nein, …, ST: Enthaltung": a roll call, each Land with its own answer.
  const called = !text.includes(':') ? [] : [...matchesOf(text, ROLL_CALL)].flatMap((m) => {
    const code = landFromName(m[1]!)
    return code ? [{code, position: ROLL_ANSWERS[m[2]!.replace(/[ \t\n]+/g, ' ')]!}] : []
  })
  if (called.length >= 6) for (const c of called) named.push({position: c.position, codes: [c.code]})
  const grouped = called.length < 6 ? groupedAnswers(text) : null
  if (grouped) named.push(...grouped.named)
  const rest = grouped?.rest ?? g.rest.find((r) => r.re.test(text))?.position ?? null
  // "0 Enthaltungen (BB noch nicht anwesend, SN entschuldigt)": a count of none names no one who voted so.
  const none = (p: Named['position']) => (p === 'yes' || p === 'no' || p === 'abstain') && counts[p] === 0
  return {named: named.filter((n) => !none(n.position)), counts, rest}
}

// (Looked for only in a text with a colon.)
const ROLL_CALL = /(?<![\p{L}])(\p{Lu}[\p{L}-]{1,24})[ \t\n]*:[ \t\n]*(ja|nein|Enthaltung|enthalten|abwesend|nicht[ \t\n]+anwesend)(?![\p{L}])/gu
const ROLL_ANSWERS: Readonly<Record<string, Position>> = {
  ja: 'yes', nein: 'no', Enthaltung: 'abstain', enthalten: 'abstain', abwesend: 'absent', 'nicht anwesend': 'absent'
}

// "Abstimmung: BY: Nein; HE, SN: Enthaltung; übrigen Länder: Ja": a group of Länder, a colon, its answer, ";" between groups
// (the result's line may run on into the next, unpunctuated: "… Länder: Ja" / "Hessen gibt folgende Protokollerklärung ab").
// "Ja: übrige Länder; Nein: BY; Enthaltung: HE, SN": the answer first (its Länder read by the lists), the rest by the phrase.
const ANSWER = /^(?:ja|nein|zustimmung|ablehnung|enthaltung(?:en)?|stimmenthaltung(?:en)?|enthalten|dafür|dagegen)$/iu
const GROUP_REST = /^(?:(?:die|alle)[ \t\n]+)?(?:übrige[n]?|anderen|restlichen|weiteren)(?:[ \t\n]+Länder)?$/iu
const GROUP_POSITIONS: Readonly<Record<string, Position>> = {ja: 'yes', zustimmung: 'yes', dafür: 'yes', nein: 'no', ablehnung: 'no', dagegen: 'no'}

/** The groups of a result written Land by answer ("BY: Nein; HE, SN: Enthaltung; übrigen Länder: Ja"), two at least. */
function groupedAnswers(text: string): {named: Named[]; rest: Position | null} | null {
  if (!text.includes(';')) return null
  const named: Named[] = []
  let rest: Position | null = null
  let groups = 0
  for (const part of text.split(';')) {
    // The last two pieces between colons (a label such as "Abstimmung:" may stand before them); the line's end after a break
    // and a final full stop are no part of them.
    const pieces = part.split('\n', 1)[0]!.split(':').map((p) => p.trim().replace(/\.$/, ''))
    if (pieces.length < 2 || pieces.length > 3) continue
    const [left, right] = [pieces.at(-2)!, pieces.at(-1)!]
    const answerFirst = ANSWER.test(left)
    if (!answerFirst && !ANSWER.test(right)) continue
    const who = answerFirst ? right : left
    const position = GROUP_POSITIONS[(answerFirst ? left : right).toLowerCase()] ?? 'abstain'
    if (GROUP_REST.test(who)) {
      rest = position
      groups++
      continue
    }
    const list = listAfter(who, 0)
    if (list.codes.length === 0 || who.slice(list.end).trim() !== '') continue
    // The answer first: its Länder are the lists' to read ("Enthaltung: HE, SN").
    if (!answerFirst) named.push({position, codes: list.codes})
    groups++
  }
  return groups >= 2 ? {named, rest} : null
}

const unions = new WeakMap<ReadonlyArray<{re: RegExp}>, ((text: string) => boolean) | null>()

// A source that opens with a positive look-around ("(?<=(?:stimmen|stimmt)[ \t\n]+(?:dafür|zu),[ \t\n])(?=…dagegen)") has no
// first character: in a union it makes every alternative be tried at every position (a union of the 41 list phrases 11×
// slower than the 40 others joined and that one tried alone).
const LOOKAROUND_FIRST = /^\(\?<?=/

/**
 * A test that is true of a text where one of the list's regexes matches, or null when their sources
 * cannot be joined (other flags, a back-reference or a named group): the sources joined in one regex,
 * those that open with a look-around tried one by one.
 */
export function anyOf(list: ReadonlyArray<{re: RegExp}>): ((text: string) => boolean) | null {
  let union = unions.get(list)
  if (union === undefined) {
    union = null
    if (list.length > 0 && list.every(({re}) => re.flags === 'gu' && !/\\[1-9k]|\(\?<[^=!]/.test(re.source))) {
      const joined = list.filter(({re}) => !LOOKAROUND_FIRST.test(re.source))
      const alone = list.filter(({re}) => LOOKAROUND_FIRST.test(re.source)).map(({re}) => new RegExp(re.source, 'u'))
      const one = joined.length > 0 ? new RegExp(joined.map(({re}) => `(?:${re.source})`).join('|'), 'u') : null
      union = (text) => (one !== null && one.test(text)) || alone.some((re) => re.test(text))
    }
    unions.set(list, union)
  }
  return union
}

/** Länder missing from the whole session, by the sentence that says so ("Sachsen-Anhalt ist nicht vertreten."). */
export function sessionAbsentIn(text: string, g: Grammar): LandCode[] {
  const out: LandCode[] = []
  for (const m of matchesOf(text, g.sessionAbsent)) {
    for (const code of listBefore(text, m.index)) if (isLandCode(code)) out.push(code)
  }
  return out
}

// "Zustimmung   Ablehnung   Enthaltung" / "15   –   1 (BY)": a small table, its heads on one row and the counts under them on
// the next (as one text: "Zustimmung Ablehnung Enthaltung 15 – 1 (BY)", where "Enthaltung 15" would read as a count).
// "Ja-Stimmen   Nein-Stimmen   Enthaltungen" / "14   1 (HH)   1 (BY)": the votes' words as heads too.
const HEAD_YES = 'Zustimmung|Ja-Stimmen|Ja|Dafür'
const HEAD_NO = 'Ablehnung|Nein-Stimmen|Gegenstimmen|Nein|Dagegen'
const HEAD_ABSTAIN = '(?:Stimm)?[Ee]nthaltung(?:en)?'
const HEAD_ABSENT = 'nicht[ \\t]+anwesend|abwesend|nicht[ \\t]+vertreten'
const TALLY_HEADS = new RegExp(`(?<![\\p{L}])(?:${HEAD_YES})[ \\t\\n]+(?:${HEAD_NO})[ \\t\\n]+${HEAD_ABSTAIN}(?:[ \\t\\n]+(?:${HEAD_ABSENT})(?![\\p{L}]))?`, 'u')
const TALLY_HEAD = new RegExp(`(?:${HEAD_YES}|${HEAD_NO}|${HEAD_ABSTAIN}|${HEAD_ABSENT})(?![\\p{L}])`, 'gu')
const TALLY_CELL = /^[ \t\n]+(\d{1,2}|[–—-]|keine)((?:[ \t]*\([^()\n]{1,60}\))?)(?![^ \t\n])/u

// "Ja / Nein / Enthaltung: 13 / 2 / 1 (Nein: BY, SN; Enthaltung: HH)": the counts' order before them, as "(J/N/E)" says it.
const SLASHED_HEADS = /(?<![\p{L}])(?:Ja|Zustimmung|Dafür)[ \t]*\/[ \t]*(?:Nein|Ablehnung|Dagegen)[ \t]*\/[ \t]*(?:Stimm)?[Ee]nthaltung(?:en)?[ \t]*:/u

/** The heads' row and the counts' row of a small vote table, each head with its count ("Zustimmung 15 Ablehnung 0 Enthaltung 1 (BY)"). */
function headedTally(input: string): string {
  const text = input.includes('/') ? input.replace(SLASHED_HEADS, 'Ergebnis (Ja/Nein/Enthaltung):') : input
  const m = TALLY_HEADS.exec(text)
  if (!m) return text
  const heads = m[0].match(TALLY_HEAD)!
  let at = m.index + m[0].length
  const cells: string[] = []
  for (const head of heads) {
    const c = TALLY_CELL.exec(text.slice(at))
    if (!c) return text
    // Written as a list's words: "Nein 1 (HH)" names its Land, "Nein-Stimmen 1 (HH)" would not.
    const word = head === 'Ja-Stimmen' ? 'Ja' : /^(?:Nein-Stimmen|Gegenstimmen)$/.test(head) ? 'Nein' : head
    cells.push(`${word} ${/^\d/.test(c[1]!) ? c[1] : '0'}${c[2]}`)
    at += c[0].length
  }
  // "Ziffer   Ja   Nein   Enthaltung" / "1   16   –   –" / "2   13   …": a table of several rows, each clause's count — not this.
  // "… 13   1   2" / "BW, BE, …   BY   SN, ST": the Länder under each count (read by the table's own rule).
  const next = /^[ \t\n]*(\p{L}+)/u.exec(text.slice(at))?.[1]
  if (/(?:Ziffer|Nr\.|TOP|Punkt|Land)[ \t\n]*$/.test(text.slice(0, m.index)) || TALLY_CELL.test(text.slice(at)) || (next && (isLandCode(next) || landFromName(next)))) return text
  return `${text.slice(0, m.index)}${cells.join(', ')}${text.slice(at)}`
}

// "die bayerische und die sächsische Vertretung", "die hessische Ministerin", "die hessische": a Land by its adjective.
const ARTICLE_BEFORE = /(?<![\p{L}])(?:[Dd]ie|[Dd]er|[Dd]as)[ \t\n]+$/u
const DELEGATION_AFTER = /^[ \t\n]+(?:Vertretung|Delegation|Landesregierung|Staatsregierung|Ministerin|Minister|Staatssekretärin|Staatssekretär|Senatorin|Senator|Seite)(?![\p{L}])/u

/** The vote's text with Länder named by adjective written as their names (positions need no offsets). */
function adjectivesNamed(input: string): string {
  // "bei Enthaltung der Stadtstaaten": Berlin, Bremen and Hamburg.
  const text = input.includes('Stadtstaaten') ? input.replace(CITY_STATES, 'Länder Berlin, Bremen und Hamburg') : input
  // Most vote sentences have neither: one cheap test before the lexicon's scan.
  if (!MAYBE_NAMED.test(text)) return text
  const found = findMentions(text).filter((m) => (m.form === 'adjective' && ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) ||
    (m.form === 'genitive' && RELATIVE_AFTER.test(text.slice(m.end, m.end + 12))))
  if (found.length === 0) return text
  let out = ''
  let at = 0
  for (const m of found) {
    const article = m.form === 'adjective' ? ARTICLE_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start))![0].length : 0
    const after = m.form === 'adjective' ? DELEGATION_AFTER.exec(text.slice(m.end))?.[0].length ?? 0 : 0
    const von = m.form === 'genitive' && /Ausnahme[ \t\n]+$/.test(text.slice(Math.max(0, m.start - 12), m.start)) ? 'von ' : ''
    out += text.slice(at, m.start - article) + von + LAENDER.find((l) => l.code === m.org)!.name
    at = m.end + after
  }
  return out + text.slice(at)
}

const CITY_STATES = /(?<![\p{L}])Stadtstaaten(?![\p{L}])/gu

// An adjective's ending ("bayerische", "hessischen") or a genitive's comma before a relative clause.
const MAYBE_NAMED = /isch(?:e[mnrs]?)?(?![\p{L}])|s,[ \t\n]+(?:das|der|die)[ \t\n]/u
// "mit Ausnahme Bayerns, das sich enthält": a genitive before a relative clause (the lists read names).
const RELATIVE_AFTER = /^,[ \t\n]+(?:das|der|die)[ \t\n]/

// A verb of a Land's stance: "hält … für verfrüht", "verweist auf", "weist … hin", "möchte … abwarten", "gibt zu bedenken".
// "Berlin und Bremen sprechen sich gegen … aus", "Bayern, Hessen und Niedersachsen bitten, zunächst … abzuwarten".
// "Mehrere Länder sehen in … einen Eingriff", "Bayern beantragt, die Beschlussfassung … zu vertagen. Hessen und
// Baden-Württemberg unterstützen den Antrag.", "Sachsen kündigt an, sich … zu enthalten", "Nordrhein-Westfalen regt an, …",
// "Die Länder begrüßen den Ansatz".
const STANCE = /(?<![\p{L}])(?:sieht|sehen|beantragt|beantragen|unterstützt|unterstützen|widerspricht|widersprechen|hält|halten|verweist|verweisen|weist|weisen|möchte|möchten|betont|betonen|kritisiert|kritisieren|bemängelt|bemängeln|beanstandet|beanstanden|bezweifelt|bezweifeln|mahnt|mahnen|plädiert|plädieren|bevorzugt|bevorzugen|bittet|bitten|spricht[ \t\n]+sich|sprechen[ \t\n]+sich|gibt[ \t\n]+zu[ \t\n]+bedenken|geben[ \t\n]+zu[ \t\n]+bedenken|kündigt[ \t\n]+an|kündigen[ \t\n]+an|regt[ \t\n]+an|regen[ \t\n]+an|begrüßt|begrüßen)(?![\p{L}])/u
// What may stand beside the Länder in the subject: articles, "Freistaat", "Mehrere Länder", "und".
// "Die niedersächsische Staatssekretärin und der sächsische Staatssekretär verweisen …": a Land's member by office.
const SUBJECT_WORDS = /^(?:[ \t\n,]|und|sowie|der|die|das|Der|Die|Das|Freistaat|Land|Länder|Mehrere|Einige|Viele|Zahlreiche|Verschiedene|[Dd]ie[ \t\n]+meisten|Vertretung|Vertretungen|Staatssekretärin|Staatssekretär|Ministerin|Minister|Staatsministerin|Staatsminister|Senatorin|Senator|Staatsrätin|Staatsrat)*$/u

/**
 * Länder taking a position before the decision are a debate: the subject is Länder only ("Bayern und Sachsen
 * halten verbindliche Kennzahlen für verfrüht", "Der Freistaat Bayern verweist darauf, dass …", "Mehrere Länder
 * verweisen auf …"); a member presenting the proposal, or an expert explaining, is none.
 */
export function landsTakeStance(text: string, sponsors: readonly string[] = []): boolean {
  const verb = STANCE.exec(text)
  if (!verb || verb.index === 0) return false
  // "Sachsen-Anhalt erläutert den Beschlussvorschlag; Bayern und Hessen verweisen auf …": the verb's own clause.
  const subject = text.slice(text.lastIndexOf(';', verb.index) + 1, verb.index)
  const mentions = findMentions(subject)
  const lands = /(?<![\p{L}])Länder(?![\p{L}])/u.test(subject)
  // "Schleswig-Holstein bittet, den Punkt zu vertagen" under its own item: the sponsor speaks to its proposal, no debate.
  if (mentions.length > 0 && mentions.every((m) => sponsors.includes(m.org)) && !lands) return false
  let rest = subject
  for (const m of [...mentions].reverse()) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end)
  return (mentions.length > 0 || lands) && SUBJECT_WORDS.test(rest.replace(/[ \t\n]+/g, ' '))
}
