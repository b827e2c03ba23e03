/**
 * What happens around the votes, sentence by sentence: departures and
 * proxies, agenda changes, sponsor changes, presenters, amendments.
 */
import {isLandCode, landFromName, type LandCode} from '../../data/laender.ts'
import {findMentions} from '../../text/lexicon.ts'
import {isPlainName, parsePerson} from '../../text/names.ts'
import {findTimes} from '../../text/dates.ts'
import {OFFICE_ALTERNATION, officesAt} from '../../data/titles.ts'
import {listAfter, listBefore} from './lists.ts'
import {matchesOf} from '../../text/matches.ts'

const NUM = '(\\d{1,3}(?:\\.\\d{1,3}){0,3}[a-z]?)'

export interface Departure {
  name: string | null
  org: LandCode | null
  time: string | null
  proxy: LandCode | null
  /** The Land stays represented (a deputy is still there): it keeps voting, nobody holds its vote for it. */
  represented: boolean
}

/** The member a surname names, as the attendee list gives them: name and Land. */
export type Lookup = (surname: string) => {name: string; org: LandCode} | null

// "Staatssekretärin Ines Fröhlich (SN) muss die Sitzung um 12:15 Uhr verlassen und überträgt ihr Stimmrecht auf das Land Berlin."
// "Staatsrat Ole Brünjes (HB) nimmt ab 13:00 Uhr nicht mehr an der Sitzung teil; die Stimme Bremens führt Hamburg."
// "Staatsrat Ole Brünjes (HB) nimmt am zweiten Sitzungstag nicht teil; …" (a session over two days).
// "… verlässt die Videokonferenz um 13:30 Uhr" (a member joined by video). "… begibt sich um 12:55 Uhr nach TOP 5 zu einem
// Anschlusstermin; …", "… verabschiedet sich um 13 Uhr …": leaving, said otherwise.
const LEAVES = /\b(?:verl(?:ässt|assen)\b[^.]{0,80}?\b(?:Sitzung|Videokonferenz)|begibt[ \t\n]+sich\b[^.]{0,80}?\b(?:Anschlusstermin|Folgetermin|Termin)|verabschiedet[ \t\n]+sich\b[^.]{0,40}?\bum[ \t\n]+\d{1,2}[.:]?\d{0,2}[ \t\n]+Uhr|Sitzung\b[^.]{0,80}?\bverl(?:ässt|assen)|nimmt\b[^.]{0,60}?\bnicht[ \t\n]+mehr[ \t\n]+an[ \t\n]+der[ \t\n]+Sitzung[ \t\n]+teil|nimmt[ \t\n]+am[ \t\n]+(?:zweiten|dritten|folgenden)[ \t\n]+(?:Sitzungs)?[Tt]ag[ \t\n]+nicht[ \t\n]+teil)\b/
const PERSON_WITH_LAND = /^(.{0,120}?)\((BW|BY|BE|BB|HB|HH|HE|MV|NI|NW|RP|SL|SN|ST|SH|TH)\)/
// "Bayern wird ab TOP 7 von Baden-Württemberg vertreten", "… wird durch das Land Hessen vertreten", "Rheinland-Pfalz wird für den
// Rest der Sitzung durch das Saarland vertreten".
const REPRESENTED_BY = /(?<![\p{L}-])(\p{Lu}[\p{L}-]+)[ \t\n]+wird[ \t\n](?:[^.;]{0,40}?[ \t\n])?(?:von|durch)[ \t\n]+(?:(?:dem|das)[ \t\n]+(?:Land[ \t\n]+)?|dem[ \t\n]+Freistaat[ \t\n]+)?(\p{Lu}[\p{L}-]+)[ \t\n]+vertreten(?![\p{L}])/u
// JS \b is ASCII-only: "überträgt" needs a Unicode-aware boundary.
// "Thüringen vertritt zugleich Sachsen-Anhalt.": the Land before the verb votes for the one after it.
const REPRESENTS = /(?<![\p{L}])vertritt(?:[ \t\n]+(?:zugleich|fortan|nun|ab[ \t\n]+sofort))?(?![\p{L}])/u
// "… verlässt die Sitzung nach TOP 4 und lässt sich von Thüringen vertreten": the Land after "von" votes for it.
// "Rheinland-Pfalz lässt sich ab TOP 6 durch das Saarland vertreten": a few words between.
const LETS_REPRESENT = /(?<![\p{L}])(?:lässt|lassen)[ \t\n]+sich[ \t\n]+(?:(?:ab|für|bei|in|zu)[ \t\n]+(?:[^ \t\n.;]+[ \t\n]+){1,5}?)?(?:von|durch)[ \t\n]+(?:(?:dem|das)[ \t\n]+Land[ \t\n]+|dem[ \t\n]+Freistaat[ \t\n]+|(?:dem|das)[ \t\n]+)?(?=\p{Lu}[^.;]{0,60}?vertreten(?![\p{L}]))/u
// "… und betraut Rheinland-Pfalz mit der Wahrnehmung ihres Stimmrechts", "… beauftragt das Saarland mit der Ausübung seines
// Stimmrechts", "… betraut Rheinland-Pfalz mit dem Stimmrecht des Saarlandes": the Land after the verb votes for it.
const ENTRUSTS = /(?<![\p{L}])(?:betraut|betrauen|beauftragt|beauftragen)[ \t\n]+(?:(?:das|den)[ \t\n]+(?:Land|Freistaat)[ \t\n]+|das[ \t\n]+|den[ \t\n]+)?(?=\p{Lu}[^.;]{0,60}?[ \t\n]mit[ \t\n]+(?:der[ \t\n]+(?:Wahrnehmung|Ausübung|Führung)[ \t\n]+(?:ihres|seines|des)[ \t\n]+Stimmrechts|(?:ihrem|seinem|dem)[ \t\n]+Stimmrecht)(?![\p{L}]))/u
// "…; Stimmrechtsübertragung auf Bremen.": the noun.
// "Übertragung der Stimme Sachsen-Anhalts auf Thüringen.": the same. "… und tritt ihr Stimmrecht für die restlichen Punkte an
// Niedersachsen ab", "… reicht das Stimmrecht Thüringens an Sachsen weiter": other verbs, the particle after.
const PROXY = /(?<!\p{L})(?:(?:überträgt|übertragen|übergibt|tritt|treten|reicht|reichen|gibt|geben)(?!\p{L})[^.]{0,60}?\bStimm(?:recht|e)\b[^.]{0,60}?|Stimmrechtsübertragung[ \t\n]+|Übertragung[ \t\n]+(?:der[ \t\n]+Stimme|des[ \t\n]+Stimmrechts)[^.]{0,60}?)\b(?:auf|an)\b/u

// "Die Stimmführung für Thüringen übernimmt Sachsen.", "Sachsen übernimmt die Stimmführung für Thüringen.",
// "Das Stimmrecht Thüringens wird für den Rest der Sitzung von Sachsen wahrgenommen.", "… auf Sachsen übertragen.",
// "die Stimme Hamburgs führt ab Punkt 8 Bremen.", "Sachsen übernimmt die Vertretung Sachsen-Anhalts.", "… und überlässt die
// Stimme Baden-Württembergs Bayern.", "… sie hat das Stimmrecht Bremens … an Niedersachsen übergeben.", "Das Stimmrecht Hessens hat er
// Schleswig-Holstein anvertraut.", "Hessen vertritt für die weiteren Punkte die Stimme Thüringens.", "… gibt Thüringen … die Stimme
// Sachsens ab."
const TAKES_OVER = /(?<![\p{L}])(?:Stimm(?:führung|recht|e)|Vertretung)(?![\p{L}])/u
const TAKES_OVER_VERB = /(?<![\p{L}])(?:übernimmt|übernehmen|wahrgenommen|ausgeübt|nimmt|übt|führt|geführt|übertragen|übergeben|übergeht|überlässt|überlassen|anvertraut|vertritt|gibt)(?![\p{L}])/u
// "Baden-Württemberg bleibt durch Herrn Stefan Krebs vertreten und ist weiterhin stimmberechtigt."
// "Hessen wird weiterhin durch Staatssekretär Dr. Timo Weißenborn vertreten."
const STILL_THERE = /(?<![\p{L}])(?:bleibt[^.]{0,80}?vertreten|weiterhin[ \t\n]+(?:stimmberechtigt|vertreten|durch[^;!?]{1,100}?vertreten))(?![\p{L}])/u

// An office (or "Frau", "Herr") before the person who takes over: the offices as listed once, longest first.
const OFFICE_TAKES_OVER = new RegExp(`(?<![\\p{L}])(?:${OFFICE_ALTERNATION})(?![\\p{L}])`, 'u')

/**
 * A member leaves: who, when, and who holds the Land's vote — said in the same sentence ("… verlässt die
 * Sitzung und überträgt ihr Stimmrecht auf das Land Berlin") or in the next ("Die Stimmführung für
 * Thüringen übernimmt Sachsen.", "Baden-Württemberg bleibt durch Herrn Stefan Krebs vertreten.").
 */
export function departure(text: string, next = '', lookup: Lookup = () => null): Departure | null {
  const sentence = trimQuotes(text)
  if (!LEAVES.test(sentence)) return null
  const who = PERSON_WITH_LAND.exec(sentence)
  // "Staatssekretär Dr. Fiebig (Sachsen-Anhalt) hatte die Sitzung bereits um 12:40 Uhr verlassen": the auxiliary first.
  const verb = sentence.search(/\b(?:verlässt|verlassen|muss|nimmt|hat|hatte)\b/)
  // "Herr Staatsminister Dr. Korbinian Steinleitner verlässt …": a person with an office, no Land beside.
  const named = !who && verb > 0 ? parsePerson(sentence.slice(0, verb).trim()) : null
  // "Freigabe zur Veröffentlichung: ja" / "Staatssekretärin Dr. Antje Sievert (MV) verlässt …": a line without a full stop
  // read into the sentence; the person starts at the office after it.
  const office = who ? OFFICE_TAKES_OVER.exec(who[1]!) : null
  const lead = who && office && office.index > 0 && /[:;.]/.test(who[1]!.slice(0, office.index)) ? who[1]!.slice(office.index) : who?.[1]
  let person = lead !== undefined ? parsePerson(lead) : named && (named.title || named.honorific) && isPlainName(named.name) ? named : null
  let org: LandCode | null = who ? (who[2] as LandCode) : null
  // "Herr Staatssekretär Dr. Fiebig verlässt …": an office before a surname alone, a member of the list.
  const member = !who && !person && named && (named.title || named.honorific) && /^\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?$/u.test(named.name) ? lookup(named.name) : null
  if (member) {
    person = {...named!, name: member.name}
    org = member.org
  }
  // "…; Bayern wird ab TOP 7 von Baden-Württemberg vertreten": the Land that left, and who votes for it.
  const rep = REPRESENTED_BY.exec(sentence)
  const repOrg = rep ? landFromName(rep[1]!) ?? null : null
  const repProxy = rep ? landFromName(rep[2]!) ?? null : null
  if (!org && repOrg && repProxy) org = repOrg
  if (!org) org = verb > 0 ? listBefore(sentence, verb).at(-1) ?? null : null
  const time = findTimes(sentence)[0]?.hhmm ?? null
  const p = PROXY.exec(sentence) ?? LETS_REPRESENT.exec(sentence) ?? ENTRUSTS.exec(sentence)
  let proxy = p ? listAfter(sentence, p.index + p[0].length).codes.find((c) => c !== org) ?? null : null
  if (!proxy && repOrg && repProxy && repOrg === org) proxy = repProxy
  const following = trimQuotes(next)
  // "Sie überträgt das Stimmrecht Hamburgs für die TO-Punkte 5 bis 8 auf Bremen.": the vote handed over in the next sentence.
  const q = proxy ? null : PROXY.exec(following) ?? ENTRUSTS.exec(following)
  if (q) proxy = listAfter(following, q.index + q[0].length).codes.find((c) => c !== org) ?? null
  if (!proxy && TAKES_OVER.test(following)) proxy = takesOver(following, org)
  // "Niedersachsen wird in den folgenden Abstimmungen von Bremen vertreten.", "Thüringen vertritt zugleich Sachsen-Anhalt." next.
  const byOther = proxy || org === null ? null : REPRESENTED_BY.exec(following)
  if (byOther && landFromName(byOther[1]!) === org) proxy = landFromName(byOther[2]!) ?? null
  const stands = proxy || org === null ? null : REPRESENTS.exec(following)
  if (stands && listAfter(following, stands.index + stands[0].length).codes[0] === org) proxy = listBefore(following, stands.index).find((c) => c !== org) ?? null
  if (!proxy && org !== null) proxy = votesFor(following, org)
  // "…; ab TOP 6 spricht und stimmt Thüringen für Sachsen-Anhalt", "…; bis Sitzungsende stimmt Brandenburg für Berlin mit": the same
  // sentence, after the leaving.
  if (!proxy && org !== null) proxy = votesFor(sentence.slice(sentence.search(LEAVES)), org)
  // "… verlässt die Sitzung nach TOP 7. Sachsen-Anhalt übernimmt die Stimmführung …" read as one sentence ("7." an ordinal).
  if (!proxy && TAKES_OVER.test(sentence)) proxy = takesOver(sentence.slice(sentence.search(LEAVES)), org)
  // "… nimmt ab 13:00 Uhr nicht mehr an der Sitzung teil; die Stimme Bremens führt Hamburg.": the verb after the vote's word.
  if (!proxy && TAKES_OVER.test(sentence)) proxy = takesOver(sentence.slice(TAKES_OVER.exec(sentence)!.index), org)
  // "Die Stimme Hessens führt im Weiteren Ministerialdirigentin Dr. Sophie Kranz.": a colleague of the Land votes on; in the
  // same sentence too: "… nimmt am zweiten Sitzungstag nicht teil; die Stimme Hessens führt am 18. November
  // Ministerialdirigentin Dr. Sophie Kranz."
  const vote = TAKES_OVER.exec(sentence)
  const colleague = !proxy && ((TAKES_OVER.test(following) && OFFICE_TAKES_OVER.test(following)) ||
    (vote !== null && vote.index > sentence.search(LEAVES) && OFFICE_TAKES_OVER.test(sentence.slice(vote.index))))
  const represented = !proxy && (colleague || STILL_THERE.test(`${sentence} ${following}`))
  return {name: person?.name || null, org, time, proxy, represented}
}

// "Ab TOP 5 stimmt Sachsen-Anhalt für Thüringen.", "Sachsen-Anhalt stimmt fortan für Thüringen.": the verb, "für" within a few words.
const VOTES = /(?<![\p{L}])stimmt(?![\p{L}])/gu
const FOR = /(?<![\p{L}])für[ \t\n]+/u

// "für Sachsen handelt von da an Brandenburg": "für" and the Land first, the verb, then who.
const FOR_FIRST = /(?<![\p{L}])für[ \t\n]+(?=\S)/gu
const ACTS = /^[ \t\n]+(?:stimmt|handelt|votiert|spricht)(?![\p{L}])/u

/** The Land that votes for `org` as "… stimmt Sachsen-Anhalt für Thüringen" says, if one does. */
function votesFor(sentence: string, org: LandCode): LandCode | null {
  for (const m of matchesOf(sentence, FOR_FIRST)) {
    const list = listAfter(sentence, m.index + m[0].length)
    const verb = list.codes.length === 1 && list.codes[0] === org ? ACTS.exec(sentence.slice(list.end)) : null
    if (!verb) continue
    const rest = sentence.slice(list.end + verb[0].length, list.end + verb[0].length + 60)
    const voter = findMentions(rest).map((l) => l.org).find((c): c is LandCode => isLandCode(c) && c !== org)
    if (voter) return voter
  }
  for (const m of matchesOf(sentence, VOTES)) {
    const end = m.index + m[0].length
    const fuer = FOR.exec(sentence.slice(end, end + 60))
    if (!fuer || listAfter(sentence, end + fuer.index + fuer[0].length).codes[0] !== org) continue
    const voter = [...listAfter(sentence, end).codes, ...listBefore(sentence, m.index)].find((c) => c !== org)
    if (voter) return voter
  }
  return null
}

/** Who takes over the vote of `org`: the Land named that is not `org` itself. */
function takesOver(sentence: string, org: LandCode | null): LandCode | null {
  const verb = TAKES_OVER_VERB.exec(sentence)
  if (!verb) return null
  // "… übernimmt Sachsen" / "Sachsen übernimmt die Stimmführung für Thüringen"; "… führt ab Punkt 8 Bremen".
  const from = verb.index + verb[0].length
  const skip = /^[ \t\n]+(?:ab|von)[ \t\n]+(?:TOP|Punkt|Tagesordnungspunkt)[ \t\n]*[\dIVX][\w.]{0,8}/u.exec(sentence.slice(from))?.[0].length ?? 0
  const candidates = [...listAfter(sentence, from + skip).codes, ...listBefore(sentence, verb.index)]
  // "… überlässt die Stimme Baden-Württembergs Bayern": the Land whose vote it is, then who takes it (after the verb first). "Für die
  // weiteren Punkte hat Nordrhein-Westfalen Niedersachsen seine Stimme übertragen.": the Land beside the one that left.
  if (org !== null && !candidates.some((c) => c !== org)) {
    for (const part of [sentence.slice(from), sentence]) candidates.push(...findMentions(part).map((l) => l.org).filter(isLandCode))
  }
  return candidates.find((c) => c !== org) ?? null
}

// "… Minister Benedikt Waibel (BW), Staatsminister Dr. Quirin Hallmayer (BY), … und Staatssekretärin Franziska Gräfe (TH)":
// each person with the Land's code in parentheses.
const PEOPLE_WITH_LANDS = /([^,;()]{3,120}?)\((BW|BY|BE|BB|HB|HH|HE|MV|NI|NW|RP|SL|SN|ST|SH|TH)\)/g

/**
 * "Um 14:40 Uhr verlassen … Minister Benedikt Waibel (BW), Staatsminister Dr. Quirin Hallmayer (BY), … und Staatssekretärin
 * Franziska Gräfe (TH) die Sitzung. Stimmrechte werden nicht übertragen.": several members leave at once, each a departure
 * of its own (at the same time, nobody holding their votes).
 */
export function departures(text: string, next = '', lookup?: Lookup): Departure[] {
  const sentence = trimQuotes(text)
  const people = MANY_LEAVE.test(sentence) && !PROXY.test(sentence) && !PROXY.test(next) ? [...matchesOf(sentence, PEOPLE_WITH_LANDS)] : []
  if (people.length < 2) {
    const one = departure(text, next, lookup)
    return one ? [one] : []
  }
  const time = findTimes(sentence)[0]?.hhmm ?? null
  return people.map((m) => {
    const office = OFFICE_TAKES_OVER.exec(m[1]!)
    const lead = (office ? m[1]!.slice(office.index) : m[1]!).replace(/^[ \t\n]*und[ \t\n]+/, '')
    return {name: parsePerson(lead.trim()).name || null, org: m[2] as LandCode, time, proxy: null, represented: false}
  })
}

const MANY_LEAVE = /(?<![\p{L}])verlassen(?![\p{L}])[^;]{0,400}?(?<![\p{L}])Sitzung(?![\p{L}])/u

export interface AgendaChange {
  number: string
  change: 'withdrawn' | 'moved' | 'removed'
  by: LandCode | null
  after: string | null
  title: string | null
}

// "Der TOP 10 „Bericht des Bundes“ wird nach TOP 17 aufgerufen.", "…, wird TOP 6 nach TOP 2 vorgezogen.", "… wird TOP 7 im
// Anschluss an TOP 5 behandelt."
const MOVED = new RegExp(`\\bTOP[ \\t\\n]+${NUM}\\b.{0,200}?\\b(?:nach|im[ \\t\\n]+Anschluss[ \\t\\n]+an)[ \\t\\n]+TOP[ \\t\\n]+${NUM}[ \\t\\n]+(?:aufgerufen|behandelt|beraten|verschoben|vorgezogen)`)
// "TOP 7 wird auf Wunsch Baden-Württembergs vor TOP 6 aufgerufen."
const MOVED_BEFORE = new RegExp(`\\bTOP[ \\t\\n]+${NUM}\\b.{0,200}?\\bvor[ \\t\\n]+TOP[ \\t\\n]+${NUM}[ \\t\\n]+(?:aufgerufen|behandelt|beraten|gezogen|vorgezogen)`)
const SWAPPED = /(?<![\p{L}])(?:TOP|Punkte|Tagesordnungspunkte)[ \t\n]+(\d{1,3}|[IVX]{1,6})[ \t\n]+und[ \t\n]+(?:TOP[ \t\n]+)?(\d{1,3}|[IVX]{1,6})(?![\p{L}\d])[^.]{0,120}?(?<![\p{L}])in[ \t\n]+umgekehrter[ \t\n]+Reihenfolge/u

const ROMAN: ReadonlyArray<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]

/** The number before this one, as it is written: "6" before "7", "VI" before "VII"; null before the first. */
function numberBefore(number: string): string | null {
  if (/^\d+$/.test(number)) return Number(number) > 1 ? String(Number(number) - 1) : null
  let value = 0
  for (let i = 0; i < number.length; i++) {
    const v = {I: 1, V: 5, X: 10}[number[i] as 'I' | 'V' | 'X']
    const next = {I: 1, V: 5, X: 10}[number[i + 1] as 'I' | 'V' | 'X'] ?? 0
    value += v < next ? -v : v
  }
  let n = value - 1
  let out = ''
  for (const [v, r] of ROMAN) while (n >= v) { out += r; n -= v }
  return out || null
}

// "… zieht den Beschlussvorschlag TOP 11 „Einrichtung einer LAG Europa“ zurück.", "Bremen hat den Tagesordnungspunkt 7 „…“
// vor der Sitzung zurückgezogen."
const WITHDRAWN = new RegExp(`\\b(?:TOP|Tagesordnungspunkt)[ \\t\\n]+${NUM}\\b`, 'g')
// "…, in der mehrere Länder auf die Überschneidungen mit TOP 5 hinweisen, zieht Mecklenburg-Vorpommern den Beschlussvorschlag
// zurück": an item named after such a preposition is not the one withdrawn.
const OTHER_ITEM = /(?<![\p{L}])(?:mit|nach|seit|wie)[ \t\n]+$/u
// "TOP 5 wird abgesetzt", "TOP 5 … von der Tagesordnung abgesetzt"
// "Punkt 7 „…“ wird auf Bitte Bayerns von der Tagesordnung abgesetzt" where the items are headed "Punkt 1", "Punkt 2", ….
const REMOVED = new RegExp(`\\b(?:TOP|Tagesordnungspunkt|Punkt)[ \\t\\n]+${NUM}\\b.{0,200}?\\babgesetzt\\b`)

// "… wird auf Antrag Sachsens abgesetzt", "Auf Bitte Baden-Württembergs wird TOP IV.2 …", "auf Antrag des Landes Brandenburg".
const ASKED_BY = /(?<![\p{L}])[Aa]uf[ \t\n]+(?:Antrag|Bitte|Wunsch)(?![\p{L}])/u

export function agendaChange(sentence: string): AgendaChange | null {
  // "Die Punkte VII und VIII werden … in umgekehrter Reihenfolge behandelt": the second taken first, after the item before both.
  const swapped = SWAPPED.exec(sentence)
  if (swapped) return {number: swapped[2]!, change: 'moved', by: null, after: numberBefore(swapped[1]!), title: null}
  const moved = MOVED.exec(sentence)
  // "… als TOP 9 neu …; er wird im Anschluss an TOP 8 behandelt": an item taken where it stands is not moved.
  if (moved && !(/^\d+$/.test(moved[1]!) && Number(moved[1]) === Number(moved[2]) + 1)) {
    return {number: moved[1]!, change: 'moved', by: null, after: moved[2]!, title: quoted(sentence, moved.index)}
  }
  // Before item 6: after the item before it on the agenda as sent, 5 where the items are numbered 1, 2, 3, ….
  const before = MOVED_BEFORE.exec(sentence)
  if (before) {
    const after = /^\d+$/.test(before[2]!) && Number(before[2]) > 1 ? String(Number(before[2]) - 1) : null
    return {number: before[1]!, change: 'moved', by: null, after, title: quoted(sentence, before.index)}
  }
  if (/\bzieht\b[^.]{0,200}?\bzurück\b|\bzurückgezogen\b/.test(sentence)) {
    const top = [...matchesOf(sentence, WITHDRAWN)].find((m) => !OTHER_ITEM.test(sentence.slice(Math.max(0, m.index - 8), m.index)))
    if (top) {
      const who = PERSON_WITH_LAND.exec(sentence)
      // "Hessen hat den Beschlussvorschlag zu TOP 8 … zurückgezogen": the subject before "hat".
      const verb = sentence.search(/\b(?:zieht|hat|haben)\b/)
      const by = (who?.[2] as LandCode | undefined) ?? (verb > 0 ? listBefore(sentence, verb).at(-1) ?? null : null)
      return {number: top[1]!, change: 'withdrawn', by, after: null, title: quoted(sentence, top.index)}
    }
  }
  const removed = REMOVED.exec(sentence)
  if (removed) {
    const asked = ASKED_BY.exec(sentence)
    const by = asked ? listAfter(sentence, asked.index + asked[0].length).codes[0] ?? null : null
    return {number: removed[1]!, change: 'removed', by, after: null, title: quoted(sentence, removed.index)}
  }
  return null
}

// "Schleswig-Holstein hat den Antrag vor der Sitzung zurückgezogen", "Der Antrag wurde von Bayern vor der Sitzung zurückgezogen":
// the item's own proposal taken back before the session, no item named — a change to the agenda as sent.
const WITHDRAWN_BEFORE = /(?<![\p{L}])(?:Antrag|Beschlussvorschlag|Anmeldung|Tagesordnungspunkt)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])vor[ \t\n]+der[ \t\n]+Sitzung[ \t\n]+(?:zurückgezogen|zurückgenommen)(?![\p{L}])/u

/** Who took the item's proposal back before the session (null: not said), or undefined where the sentence does not say so. */
export function withdrawnBefore(sentence: string): {by: LandCode | null} | undefined {
  const m = WITHDRAWN_BEFORE.exec(sentence)
  if (!m) return undefined
  // The subject before the verb ("Bayern hat …"), or the agent after "von" ("… wurde von Bayern …").
  const verb = Math.max(0, sentence.search(/(?<![\p{L}])(?:hat|haben|wurde|wird)(?![\p{L}])/u))
  const agent = /(?<![\p{L}])von[ \t\n]+/u.exec(sentence.slice(verb, m.index + m[0].length))
  const named = agent ? listAfter(sentence, verb + agent.index + agent[0].length).codes.find(isLandCode) : undefined
  return {by: named ?? (verb > 0 ? listBefore(sentence, verb).filter(isLandCode).at(-1) ?? null : null)}
}

/** The first „quoted“ text after `from`. */
function quoted(sentence: string, from: number): string | null {
  const open = sentence.indexOf('„', from)
  if (open === -1) return null
  const close = sentence.indexOf('“', open + 1)
  return close === -1 ? null : sentence.slice(open + 1, close).replace(/[ \t\n]+/g, ' ').trim()
}

export interface SponsorChange {
  org: LandCode
  change: 'joined' | 'left'
}

// "Minister Dirk Schrödter (SH) erklärt den Beitritt Schleswig-Holsteins zum Beschlussvorschlag."
const JOINS = /(?<!\p{L})(?:erklärt|erklären)[ \t\n]+(?:den|seinen|ihren)[ \t\n]+Beitritt(?!\p{L})/u
// "Nordrhein-Westfalen sei nicht mehr antragstellendes Land"
const LEAVES_SPONSORS = /\bnicht[ \t\n]+mehr[ \t\n]+(?:antragstellende|Antragsteller|Mitantragsteller)/

export function sponsorChanges(sentence: string): SponsorChange[] {
  const out: SponsorChange[] = []
  const join = JOINS.exec(sentence)
  if (join) {
    const codes = listAfter(sentence, join.index + join[0].length).codes
    const who = PERSON_WITH_LAND.exec(sentence)
    for (const org of codes.length > 0 ? codes : who ? [who[2] as LandCode] : []) out.push({org, change: 'joined'})
  }
  const leave = LEAVES_SPONSORS.exec(sentence)
  if (leave) {
    const before = sentence.slice(0, leave.index).trimEnd().replace(/(?<![\p{L}])(?:sei|ist|wäre)$/u, '')
    for (const org of listBefore(before, before.length)) out.push({org, change: 'left'})
  }
  return out
}

// "CIO Stefan Krebs (BW) stellt den Beschlussvorschlag vor."
const PRESENTS = /^(.{0,120}?)\((BW|BY|BE|BB|HB|HH|HE|MV|NI|NW|RP|SL|SN|ST|SH|TH)\)[ \t\n]+stell(?:t|en)[ \t\n]+(?:den|die|das)[ \t\n]+(?:Beschlussvorschlag|Antrag|Vorschlag|Bericht|Stellungnahme)\b[^.]{0,40}?\bvor\b/

export function presenter(text: string): {name: string; honorific: string | null; title: string | null; org: LandCode} | null {
  const m = PRESENTS.exec(trimQuotes(text))
  if (!m) return null
  let subject = m[1]!
  // "(Vorlage: DMK-Drs.) 2050/07 vom 24. April 2050 Staatssekretär Dr. … (SH) stellt … vor": a reference line above without a
  // full stop ran into the sentence; the subject begins with the office.
  if (/\d/.test(subject)) {
    const office = [...matchesOf(subject, /(?<![^ \t\n])\p{Lu}/gu)].find((w) => w.index > 0 && officesAt(subject, w.index).some((o) => subject.startsWith(o, w.index)))
    if (office) subject = subject.slice(office.index)
  }
  const p = parsePerson(subject)
  return p.name ? {name: p.name, honorific: p.honorific, title: p.title, org: m[2] as LandCode} : null
}

export interface Amendment {
  clauses: string[]
  action: 'deleted' | 'amended' | 'added'
}

const AMEND_CUE = /Streichung|gestrichen|Anpassung|angepasst|Änderung|geändert|Formulierung|Konkretisierung|ergänzt|Ergänzung|ersetzt|eingefügt|neu[ \t\n]+aufgenommen/
// "Ziffer 3", "Ziffern 4 und 5", "Ziff. 2" — but not "(jetzt Ziffer 5)".
const CLAUSE_REF = /(\(jetzt[ \t\n]+)?\bZiff(?:er|ern|\.)[ \t\n]+(\d{1,2}(?:(?:[ \t\n]*,[ \t\n]*|[ \t\n]+(?:und|bis|sowie)[ \t\n]+)\d{1,2}){0,10})/g

/**
 * "Anpassungen in Ziffer 3, die Streichung der Ziffer 4 und entsprechende
 * Anpassungen in Ziffer 6 (jetzt Ziffer 5)": each clause reference takes
 * the action named before it, else the one named after it in the sentence.
 */
export function amendments(sentence: string): Amendment[] {
  if (!AMEND_CUE.test(sentence)) return []
  const out: Amendment[] = []
  let previous = 0
  for (const m of matchesOf(sentence, CLAUSE_REF)) {
    if (m[1]) continue
    const clauses = m[2]!.match(/\d{1,2}/g) ?? []
    const before = sentence.slice(previous, m.index)
    const after = sentence.slice(m.index + m[0].length)
    const action = actionIn(before) ?? actionIn(after) ?? null
    previous = m.index + m[0].length
    if (action) out.push({clauses, action})
  }
  return out
}

function actionIn(text: string): Amendment['action'] | null {
  // "Ergänzung einer neuen Ziffer 5": the reference itself follows "neue".
  if (/(?<![\p{L}])neue[nrs]?[ \t\n]*$/u.test(text)) return 'added'
  if (/Streichung|gestrichen/.test(text)) return 'deleted'
  if (/eingefügt|neu[ \t\n]+aufgenommen|neue[rn]?[ \t\n]+Ziffer/.test(text)) return 'added'
  // "Beschlossen mit der Maßgabe, dass in Ziffer 2 die Jahreszahl „2289“ durch „2290“ ersetzt wird."
  if (/Anpassung|angepasst|Änderung|geändert|Formulierung|Konkretisierung|ergänzt|Ergänzung|ersetzt|aufgenommen/.test(text)) return 'amended'
  return null
}

/** A sentence after a quotation starts with its closing mark: "“ Staatssekretärin …", "« Minister …". */
function trimQuotes(sentence: string): string {
  return sentence.replace(/^[ \t\n“”"„'’«»]+/, '')
}

