/**
 * Protocol notes: "Sachsen gibt zudem folgende Protokollnotiz ab: „…“",
 * "wobei Sachsen folgende Protokollnotiz abgibt: „…“", "BY gibt zu TOP 12
 * folgenden Bericht zu Protokoll: …", "Protokollerklärung Bayern: …", and
 * declarations of several Länder: "Die Länder Baden-Württemberg, Bremen und
 * Saarland geben folgende Protokollerklärung ab: „…“", "Bayern und Hessen
 * erklären zu Protokoll: „…“" — one note per Land, the same text.
 */
import {isLandCode, LAND_CODES, type LandCode} from '../../data/laender.ts'
import {findMentions} from '../../text/lexicon.ts'
import {listBefore} from './lists.ts'
import {matchesOf} from '../../text/matches.ts'

export interface FoundNote {
  /** The Länder that give it (none when the text does not say). */
  orgs: LandCode[]
  /** Given by the Bund: its text is masked like a note's, but it is no Land's note. */
  federal?: true
  kind: string
  text: string
  /** Offsets in the joined text: the whole statement, and the note text. */
  start: number
  end: number
  textStart: number
  textEnd: number
}

// "Protokollnotiz", "Protokollerklärung", "Bericht zu Protokoll", "Erklärung zu Protokoll", "erklären zu Protokoll",
// "erklärt vor der Abstimmung zu Protokoll", "Der Freistaat Sachsen erklärt für das Protokoll: …".
// "Sondervotum der Freien Hansestadt Bremen: „…“", "Minderheitsvotum der Länder Bayern und Sachsen: „…“": a dissent put on
// record, a note of its own kind (as printed).
// "Protokollanmerkung des Landes Bayern:", "Protokollbemerkung", "Protokollhinweis Sachsen:", "Protokollergänzung", "Hinweis zu
// Protokoll (Berlin):", "Anmerkung zu Protokoll von Hamburg und Bremen:", "Erklärung Bayerns und Hessens zu Protokoll:",
// "Minderheitenvotum", "Zusatzerklärung Sachsen:", "Stimmerklärung Hessen:", "Zusatz zu Protokoll Thüringen:", "Erklärung zur
// Abstimmung (Bayern):", "Zu Protokoll gegebene Erklärung Hamburgs:", "Ergänzende Erklärung Bayern:", "Erläuterung zu Protokoll
// (Hessen):", "Klarstellung zu Protokoll Sachsen:", "Vermerk zu Protokoll …", "Hinweis für das Protokoll (Berlin, Brandenburg):",
// "Votum zu Protokoll (Berlin):", "Nachtrag zu Protokoll (Sachsen-Anhalt):", "Persönliche Erklärung (Bayern):", "Abweichende Meinung (…):".
// "Abstimmungserklärung Bayern:", "Schriftliche Erklärung (Hessen):", "bittet, folgende Erklärung ins Protokoll aufzunehmen".
// "Notiz zu Protokoll (Bayern):", "Auf Wunsch Sachsens wird folgende Erklärung in die Niederschrift aufgenommen:", "Bayern und Hessen
// lassen zu Protokoll geben:", "Bayern lässt zu Protokoll vermerken:", "Hessen bittet, zu Protokoll zu nehmen: „…“", "Auf Wunsch
// Sachsens wird im Protokoll festgehalten: „…“".
const KEYWORD = /Protokoll(?:notiz|erklärung|vermerk|anmerkung|bemerkung|hinweis|ergänzung)|Sondervotum|Minderheit(?:s|en)votum|(?:Zusatz|Stimm|Abstimmungs)erklärung|Schriftliche[ \t\n]+Erklärung|Erklärung[ \t\n]+zur[ \t\n]+Abstimmung|[Zz]u[ \t\n]+Protokoll[ \t\n]+gegebene[ \t\n]+Erklärung|Ergänzende[ \t\n]+Erklärung|Persönliche[ \t\n]+Erklärung|Abweichende[ \t\n]+Meinung|(?:Bericht|Erklärung|Stellungnahme|Hinweis|Anmerkung|Bemerkung|Ergänzung|Zusatz|Erläuterung|Klarstellung|Vermerk|Votum|Nachtrag|Notiz)(?:[ \t\n]+\p{Lu}[\p{L}-]+s(?:[ \t\n]+und[ \t\n]+\p{Lu}[\p{L}-]+s)?)?(?:[ \t\n]+(?:wird|werden))?[ \t\n]+(?:zu|für[ \t\n]+das)[ \t\n]+Protokoll|Erklärung[ \t\n]+zur[ \t\n]+Niederschrift|Erklärung[ \t\n]+in(?:s|[ \t\n]+das)[ \t\n]+Protokoll|Erklärung[ \t\n]+in[ \t\n]+die[ \t\n]+Niederschrift|(?<![\p{L}])(?:erklärt|erklären|gibt|geben|lässt|lassen)(?:[ \t\n]+(?!zu[ \t\n]|für[ \t\n]|Bericht|Erklärung|Stellungnahme)\p{L}+){0,4}[ \t\n]+(?:zu|für[ \t\n]+das)[ \t\n]+Protokoll|(?<![\p{L}])(?:bittet|bitten),?[ \t\n]+zu[ \t\n]+Protokoll[ \t\n]+zu[ \t\n]+nehmen|(?<![\p{L}])(?:im|ins|in[ \t\n]+das|in[ \t\n]+der)[ \t\n]+(?:Protokoll|Niederschrift)[ \t\n]+(?:festgehalten|vermerkt)(?=[ \t\n]*:)/gu
// "… schließen sich der Protokollerklärung an": Länder who join a note just given.
// "Bayern und Sachsen treten der Protokollerklärung bei.": joined in other words.
// "Das Saarland erklärt seinen Beitritt zu dieser Protokollerklärung.", "Sachsen und Thüringen machen sich diese Erklärung zu eigen.",
// "Rheinland-Pfalz zeichnet die Protokollerklärung mit.": the same.
const JOINS_NOTE = /(?<![\p{L}])(?:(?:erklärt|erklären)[ \t\n]+(?:seinen|ihren)[ \t\n]+Beitritt[ \t\n]+zu[ \t\n]+(?:der|dieser)[ \t\n]+(?:Protokollerklärung|Protokollnotiz|Protokollvermerk|Erklärung)|(?:schließen|schließt)[ \t\n]+sich[ \t\n]+(?:der|dieser)[ \t\n]+(?:Protokollerklärung|Protokollnotiz|Protokollvermerk|Erklärung)[ \t\n]+an|(?:treten|tritt)[ \t\n]+(?:der|dieser)[ \t\n]+(?:Protokollerklärung|Protokollnotiz|Protokollvermerk|Erklärung)[ \t\n]+bei|(?:machen|macht)[ \t\n]+sich[ \t\n]+(?:die|diese)[ \t\n]+(?:Protokollerklärung|Protokollnotiz|Protokollvermerk|Erklärung)[ \t\n]+zu[ \t\n]+eigen|(?:zeichnet|zeichnen)[ \t\n]+(?:die|diese)[ \t\n]+(?:Protokollerklärung|Protokollnotiz|Protokollvermerk|Erklärung)[ \t\n]+mit)(?![\p{L}])/u
// The colon that opens the note text, close behind the keyword ("… Protokollnotiz ab: „", "Protokollerklärung der Freien
// Hansestadt Bremen und der Freien und Hansestadt Hamburg: „").
const OPENING = /^[^:.„»]{0,90}:[ \t\n]*/
// Words between the Länder and the keyword: "gibt zudem folgende", "geben hierzu folgende gemeinsame".
// "lassen folgende gemeinsame Erklärung zu Protokoll nehmen", "bittet, folgende Erklärung in das Protokoll aufzunehmen".
// "Mecklenburg-Vorpommern und Brandenburg halten in einer Protokollnotiz fest:".
// "Die Länder Bayern, Sachsen und Thüringen schließen sich folgender Protokollerklärung an: „…“": a note they give together.
const GIVES = /(?:(?<![\p{L}])(?:gibt|geben|gab|gaben|erklärt|erklären|legt|legen|lässt|lassen|bittet|bitten|hält|halten|schließt|schließen)(?![\p{L}])[^.:„]{0,60})?$/u

// "Bayern gibt eine Protokollerklärung ab." before "Die Protokollerklärung lautet: …".
const ANNOUNCES = /(?<![\p{L}])(?:gibt|geben)[ \t\n]+(?:eine|folgende)[ \t\n]+(?:Protokoll\p{L}+|Erklärung)[ \t\n]+ab\.?[ \t\n]*$/u

const ALL_BUT = /(?<![\p{L}])(?:Die|Alle)[ \t\n]+(?:übrigen[ \t\n]+|anwesenden[ \t\n]+)?Länder[ \t\n]+(?:mit[ \t\n]+Ausnahme(?:[ \t\n]+von)?|außer)[ \t\n]+/u
const QUOTES = new Map([['„', '“'], ['»', '«'], ['«', '»']])

/** Where the sentence around `at` starts: after the last ". " before it that ends no number ("vom 24. November 2049"). */
function sentenceBefore(text: string, at: number): number {
  let k = text.lastIndexOf('. ', at)
  while (k > 0 && /\d/.test(text[k - 1]!)) k = text.lastIndexOf('. ', k - 1)
  return k + 1
}

// "Protokollerklärungen" over "Zu TOP …": the notes collected after the items, each under the item and Länder it names.
const COLLECTED = /(?<![\p{L}])(Protokollerklärungen|Protokollnotizen|Protokollvermerke):?[ \t\n]+(?=Zu[ \t\n]+(?:TOP|Tagesordnungspunkt|Punkt)[ \t\n])/gu
// "Zu Tagesordnungspunkt IV.1 – Freistaat Bayern und Freistaat Sachsen: „…“": one entry.
const ENTRY = /^[ \t\n]*Zu[ \t\n]+(?:TOP|Tagesordnungspunkt|Punkt)[ \t\n]+[\dIVX][\w.]{0,8}[ \t\n]*[–:-][ \t\n]*([^:„“]{2,160}):[ \t\n]*(?=„)/u

/**
 * The entries under a "Protokollerklärungen" heading: each the note of the Länder its line names, of the heading's kind
 * (its singular), the text in quotes. Their spans from the quote on (`noteTarget` reads the item from the line above).
 */
function collectedNotes(text: string): Array<FoundNote & {from: number}> {
  const notes: Array<FoundNote & {from: number}> = []
  for (const head of matchesOf(text, COLLECTED)) {
    const kind = head[1]!.replace(/(?:en|e)$/, '')
    let at = head.index + head[0].length
    for (;;) {
      const entry = ENTRY.exec(text.slice(at))
      if (!entry) break
      const orgs = landsIn(entry[1]!)
      const textStart = at + entry[0].length + 1
      const close = text.indexOf('“', textStart)
      if (orgs.length === 0 || close === -1) break
      notes.push({orgs, kind, text: text.slice(textStart, close).trim(), start: textStart - 1, end: close + 1, textStart, textEnd: close, from: head.index})
      at = close + 1
    }
  }
  return notes
}

export function findNotes(text: string): FoundNote[] {
  const collected = collectedNotes(text)
  const notes: FoundNote[] = collected.map(({from: _, ...note}) => note)
  // The collected entries' heading and text are theirs: no keyword in them opens another note.
  const taken = collected.length === 0 ? null : {start: Math.min(...collected.map((n) => n.from)), end: Math.max(...collected.map((n) => n.end))}
  let consumed = 0
  for (const m of matchesOf(text, KEYWORD)) {
    if (m.index < consumed || (taken && m.index >= taken.start && m.index < taken.end)) continue
    const after = m.index + m[0].length
    // Characters from the keyword to the note's text: the colon's opening, or a heading of Länder.
    const open = OPENING.exec(text.slice(after))?.[0].length ?? heading(text.slice(after, after + 200))
    if (open === null) continue
    const sentenceStart = Math.max(sentenceBefore(text, m.index), text.lastIndexOf('“', m.index) + 1, 0)
    // The Länder: named after the keyword before the colon ("Protokollnotiz Bayern:") or in it ("Erklärung Bayerns zu
    // Protokoll:"), else the subject before it.
    let orgs = landsIn(text.slice(after, after + open))
    if (orgs.length === 0 && /^\p{Lu}\p{Ll}+[ \t\n]+\p{Lu}/u.test(m[0])) orgs = landsIn(m[0])
    // "Zu Ziff. 2 erklärt Hessen zu Protokoll: …": the Land right after the verb (a phrase before it).
    if (orgs.length === 0 && /^(?:erklärt|erklären|gibt|geben)[ \t\n]+\p{Lu}/u.test(m[0])) orgs = landsIn(m[0])
    if (orgs.length === 0) {
      const before = text.slice(sentenceStart, m.index)
      const verb = GIVES.exec(before)
      orgs = listBefore(before, verb ? verb.index : before.length).filter(isLandCode)
      if (orgs.length === 0) orgs = landsIn(before).slice(-1)
      // "Bayern gibt eine Protokollerklärung ab. Die Protokollerklärung lautet: „…“": the Land of the sentence before.
      if (orgs.length === 0 && /^[ \t\n]*(?:Die|Der|Das)[ \t\n]+$/.test(before)) {
        const prev = text.slice(sentenceBefore(text, Math.max(0, sentenceStart - 2)), sentenceStart)
        const announced = ANNOUNCES.exec(prev)
        if (announced) orgs = listBefore(prev, announced.index).filter(isLandCode)
      }
      // "Die bayerische Delegation gibt folgende …", "Das bayerische Staatsministerium … erklärt …": the Land's body by its adjective.
      if (orgs.length === 0) orgs = adjectiveBodies(before)
      // "Die Stadtstaaten geben folgende Protokollerklärung ab": Berlin, Bremen and Hamburg.
      if (orgs.length === 0 && /(?<![\p{L}])Stadtstaaten(?![\p{L}])/u.test(before.slice(0, verb ? verb.index : before.length))) orgs = ['BE', 'HB', 'HH']
      // "Die Länder mit Ausnahme Bayerns geben folgende Protokollerklärung ab:": every Land but those named.
      const but = ALL_BUT.exec(before)
      if (but) {
        const except = landsIn(before.slice(but.index + but[0].length, verb ? verb.index : before.length))
        if (except.length > 0) orgs = LAND_CODES.filter((c) => !except.includes(c))
      }
    }
    // "Rheinland-Pfalz erklärt im Auftrag des Saarlandes zu Protokoll: …": the note is the Land's it is given for.
    const behalf = /(?<![\p{L}])im[ \t\n]+Auftrag[ \t\n]+(?:des|der|von)[ \t\n]/u.exec(m[0])
    if (behalf) {
      const given = landsIn(m[0].slice(behalf.index + behalf[0].length))
      if (given.length > 0) orgs = given
    }
    // "Der Bund gibt folgende Protokollerklärung ab: „…“": the permanent guest's declaration, no Land's note (the golds keep
    // none); its text is still no sentence of the minutes ("Der Bund nimmt das Finanzierungsmodell zur Kenntnis.").
    const federal = orgs.length === 0 && /(?<![\p{L}])(?:Der[ \t\n]+Bund|Das[ \t\n]+(?:BMDS|Bundesministerium))(?![\p{L}])/u.test(text.slice(sentenceStart, m.index))
    let textStart = after + open
    let textEnd: number
    // „…“, or in guillemets »…«.
    const closing = QUOTES.get(text[textStart]!)
    if (closing) {
      textStart++
      const close = text.indexOf(closing, textStart)
      textEnd = close === -1 ? text.length : close
    } else {
      textEnd = text.length
    }
    // "„…“ Berlin und Schleswig-Holstein schließen sich der Protokollerklärung an.": their note too.
    const next = text.slice(textEnd + 1, textEnd + 240)
    const joins = JOINS_NOTE.exec(next)
    if (joins && !/[.„]/.test(next.slice(0, joins.index).replace(/^[ \t\n.“]+/, ''))) {
      for (const code of listBefore(next, joins.index).filter(isLandCode)) if (!orgs.includes(code)) orgs = [...orgs, code]
    }
    // "… geben ihre Stimme zu Protokoll: Ablehnung.": a vote on record, no note.
    if (/^(?:Ablehnung|Zustimmung|Enthaltung|Nein|Ja|dagegen|dafür)\.?$/.test(text.slice(textStart, textEnd).trim())) {
      consumed = textEnd
      continue
    }
    // "Erklärung Bayerns zu Protokoll": the kind without the Land.
    // "Folgende Erklärung Hessens wird zu Protokoll genommen": a declaration for the record.
    const passive = /[ \t\n](?:wird|werden)[ \t\n]+zu[ \t\n]+Protokoll$/.test(m[0])
    const kind = /^Protokoll/.test(m[0]) ? m[0] : /^(?:erkl|gibt|geben|lässt|lassen|bittet|bitten)|^(?:im|ins|in)[ \t\n]|^Erklärung[ \t\n]+in/.test(m[0]) || (passive && /^Erklärung/.test(m[0])) ? 'Protokollerklärung' : m[0]
      .replace(/(?<![ \t\n])[ \t\n]+(?:wird|werden)(?=[ \t\n]+zu[ \t\n]+Protokoll$)/, '').replace(/^(\p{L}+)[ \t\n]+(?!zu[ \t\n])\p{Lu}[\p{L}-]+s(?:[ \t\n]+und[ \t\n]+\p{Lu}[\p{L}-]+s)?(?=[ \t\n])/u, '$1').replace(/[ \t\n]+/g, ' ')
    notes.push({
      orgs, kind, text: text.slice(textStart, textEnd).trim(), ...(federal ? {federal} : {}),
      start: sentenceStart, end: Math.min(text.length, textEnd + 1), textStart, textEnd
    })
    consumed = textEnd
  }
  return notes
}

// "Protokollerklärung der Länder Schleswig-Holstein und Thüringen" on a line of its own, the text below it
// ("Schleswig-Holstein und Thüringen bedauern …"): the heading is its Länder, joined by "," or "und"; the text starts
// where a word follows them without a joint.
const LEAD = /^[ \t\n]*(?:(?:der[ \t\n]+Länder|des[ \t\n]+Landes|des[ \t\n]+Freistaates|von)[ \t\n]+)?/
const JOINT = /^(?:[ \t\n]*,[ \t\n]*|[ \t\n]+(?:und|sowie)[ \t\n]+)$/

/** A heading that names only Länder: how far the text starts after it, or null. */
function heading(text: string): number | null {
  let at = LEAD.exec(text)![0].length
  const mentions = findMentions(text.slice(0, 240)).filter((x) => isLandCode(x.org) && x.start >= at)
  let named = 0
  for (const m of mentions) {
    if (m.start !== at && !(named > 0 && JOINT.test(text.slice(at, m.start)))) break
    at = m.end
    named++
  }
  const gap = /^[ \t\n]+(?=\p{Lu})/u.exec(text.slice(at))
  return named > 0 && gap ? at + gap[0].length : null
}

// "bayerische Delegation", "sächsische Staatsministerium", "hessische Landesregierung": a Land's body named by its adjective.
const BODY_AFTER_ADJECTIVE = /^[ \t\n]*(?:Delegation|Landesregierung|Staatsregierung|Staatsministerium|Ministerium|Ressort|Staatskanzlei|Vertretung|Senatsverwaltung)(?![\p{L}])/u

function adjectiveBodies(text: string): LandCode[] {
  return findMentions(text).filter((m) => isLandCode(m.org) && m.form === 'adjective' && BODY_AFTER_ADJECTIVE.test(text.slice(m.end))).map((m) => m.org as LandCode)
}

function landsIn(text: string): LandCode[] {
  return findMentions(text).filter((m) => isLandCode(m.org) && m.form !== 'adjective').map((m) => m.org as LandCode)
}

export interface JoinedNote {
  /** The Länder that join. */
  orgs: LandCode[]
  /** The Land whose note they join. */
  owner: LandCode
  /** The item the note was given under, when the sentence names one ("zu TOP 5"). */
  item: string | null
  start: number
  end: number
}

// "Niedersachsen erklärt, dass es sich der Protokollerklärung Hamburgs zu TOP 5 anschließt.", "Bayern schließt sich der
// Protokollnotiz von Baden-Württemberg an.": a note given by a Land named, joined by another (in another item, too).
const JOINS_NAMED = /(?<![\p{L}])sich[ \t\n]+der[ \t\n]+(?:Protokollerklärung|Protokollnotiz|Protokollvermerk|Erklärung)[ \t\n]+((?:von[ \t\n]+|des[ \t\n]+|der[ \t\n]+)?[\p{L}-]+(?:[ \t\n]+[\p{L}-]+){0,2}?)(?:[ \t\n]+zu[ \t\n]+(?:TOP|Tagesordnungspunkt|Punkt)[ \t\n]+(\d{1,3}(?:\.\d{1,3})?[a-z]?|[IVX]{1,6}))?[ \t\n]+(?:an|anschließt|anschließen)(?![\p{L}])/gu

/** The joins a text's sentences state: who joins whose note, under which item. */
export function joinedNotes(text: string): JoinedNote[] {
  const out: JoinedNote[] = []
  for (const m of matchesOf(text, JOINS_NAMED)) {
    const owner = landsIn(m[1]!)
    if (owner.length !== 1) continue
    const start = sentenceBefore(text, m.index)
    // The joining Länder: the sentence's subject before the phrase ("Niedersachsen erklärt, dass es sich …").
    const orgs = landsIn(text.slice(start, m.index)).filter((c) => c !== owner[0])
    if (orgs.length === 0) continue
    const end = text.indexOf('.', m.index + m[0].length)
    out.push({orgs: [...new Set(orgs)], owner: owner[0]!, item: m[2] ?? null, start, end: end === -1 ? text.length : end + 1})
  }
  return out
}

