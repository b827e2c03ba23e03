/**
 * Section labels of the attendee table and the role each introduces, as
 * printed ("Mitglieder der / DMK/Stv. mit / Stimmrecht", "Weitere / Anwesende",
 * "Ständiger Gast:", "Gast"). The body's own names ("DMK") come from the
 * conference profile.
 */
import type {Conference} from './conference.ts'
import {LAENDER, LAND_CODES} from './laender.ts'
import {OFFICE_ALTERNATION} from './titles.ts'

export type Role = 'member' | 'permanent_guest' | 'guest' | 'staff'

export interface SectionLabel {
  role: Role
  pattern: RegExp
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const oneWord = (conference: Conference) => conference.names.filter((n) => !/[ \t]/.test(n))

// A Land as the first cell of a row: its name, official name or code.
const FIRST_LAND = [...LAENDER.flatMap((l) => [l.name, ...l.official]), ...LAND_CODES].map(escape).join('|')

/** "(stimmberechtigt)", "(mit Stimmrecht)", "mit Stimmrecht", "(Mitglieder)", "(Mitglieder mit Stimmrecht)" after "Länder": the members' label. */
export const VOTING = String.raw`(?:\((?:stimmberechtigt|mit[ \t]+Stimmrecht|(?:stimmberechtigte[ \t]+)?Mitglieder(?:[ \t]+mit[ \t]+Stimmrecht)?)\)|mit[ \t]+Stimmrecht(?![\p{L}]))`

/** "Vorsitz", "Vorsitzland", "Sitzungsleitung": the label of the chair's own row, a section of the members' table. */
export const CHAIR_LABEL = String.raw`(?:Vorsitz(?:land)?|Sitzungsleitung)`
/** The chair's label alone on its line (plain pdftotext: "Vorsitz" / "TH" / "Ministerin …"). */
export const CHAIR_LABEL_ALONE = new RegExp(`^${CHAIR_LABEL}[ \\t]*$`)

export function sectionLabels(conference: Conference): SectionLabel[] {
  const names = oneWord(conference).map(escape).join('|')
  return [
    // "Mitglieder der" (the rest on its own lines), "Mitglieder der DMK/Stv. mit Stimmrecht", "Mitglieder der DMK bzw.
    // Vertretung mit Stimmrecht", "Mitglieder der Digitalministerkonferenz (stimmberechtigt)", "Mitglieder:".
    // "Stimmberechtigte Mitglieder", or "Stimmberechtigte" with "Mitglieder" on the next line.
    {role: 'member', pattern: /^Stimmberechtigte(?:[ \t]+Mitglieder)?(?![\p{L}])[ \t]*:?/u},
    // "Vorsitz   TH   Ministerin …" over "Länder   BW   …": the chair's row in a section of its own, a member (its Land's code after it).
    {role: 'member', pattern: new RegExp(`^${CHAIR_LABEL}(?=[ \\t]+(?:${LAND_CODES.join('|')})[ \\t]+\\p{Lu})`, 'u')},
    // "Es nehmen teil:" / "für die Länder" / "– für das Land Baden-Württemberg: …" / "als ständiger Gast" / "als Gäste" /
    // "als weitere Teilnehmende": the groups of a list in prose.
    {role: 'member', pattern: /^[Ff]ür[ \t]+die[ \t]+Länder(?:[ \t]*:)?(?=[ \t]*$)/u},
    // "Anwesenheit der Mitglieder" over a table of the members with a presence column.
    {role: 'member', pattern: /^Anwesenheit[ \t]+der[ \t]+Mitglieder(?![\p{L}])[ \t]*:?/u},
    // "Mitglieder der Konferenz:" names no conference.
    // "Anwesende Mitglieder", "Teilnehmende Mitglieder", "DMK-Mitglieder (stimmberechtigt)" over the members.
    // "Stellv. Mitglieder" beside a deputy's row.
    {role: 'member', pattern: new RegExp(`^(?:(?:Anwesende|Teilnehmende|Stellv\\.|Stellvertretende)[ \\t]+|(?:${names})-)?Mitglieder(?:[ \\t]+der(?:[ \\t]+(?:${names}|Konferenz))?)?(?:[ \\t]*\\/[ \\t]*(?:Stv\\.?|Stellvertretung))?(?:[ \\t]+mit(?:[ \\t]+Stimmrecht)?)?(?:[ \\t]*\\(stimmberechtigt\\))?[ \\t]*:?`)},
    // "Vertreter*innen der Länder (stimmberechtigt)", "Vertreterinnen und Vertreter der Länder": the members.
    // The label's "der Länder" may wrap onto the next line of its cell ("Vertreterinnen und Vertreter" / "der Länder").
    {role: 'member', pattern: new RegExp(`^(?:Vertreter(?:[*:_]?innen|Innen)?|Vertreterinnen[ \\t]+und[ \\t]+Vertreter)(?:[ \\t]+der[ \\t]+Länder(?:[ \\t]*${VOTING})?(?:[ \\t]*:)?|(?:[ \\t]+der(?=[ \\t]+(?:Dr\\.|Prof\\.|${OFFICE_ALTERNATION})(?![\\p{L}-])))?(?=[ \\t]*$|[ \\t]{2,}\\S|[ \\t]+(?:Dr\\.|Prof\\.|${OFFICE_ALTERNATION})(?![\\p{L}-])))`, 'u')},
    // "Länder (stimmberechtigt)", "Länder:": the members by their Länder. Beside the first row's cells only before a
    // wide gap or a Land ("Länder      Baden-Württemberg      Minister …"; raw and pdf.js keep one blank), or before a
    // person ("Länder Dr. Matthias Stooß, Staatssekretär, Baden-Württemberg", "Länder Staatsministerin …").
    // "Teilnehmende Länder   BW   Staatssekretär …": the same, with a word before ("Weitere Länder" under the chair's own row).
    {role: 'member', pattern: new RegExp(`^(?:(?:Teilnehmende|Anwesende|Vertretene|Weitere)[ \\t]+)?Länder(?:[ \\t]*${VOTING}|[ \\t]+mit(?=[ \\t]{2}|[ \\t]*$))?(?:[ \\t]*:)?(?=[ \\t]*$|[ \\t]{2}|[ \\t]+(?:${FIRST_LAND}|Dr\\.|Prof\\.|${OFFICE_ALTERNATION})(?![\\p{L}-])|[ \\t]+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?[ \\t]+\\p{Lu}[\\p{L}-]+,)`, 'u')},
    // "Ständiger Gast BMDV …", "Ständige Gäste:", "Ständige Gäste (ohne Stimmrecht)", "Ständiger Gast (Bund)", "Bund (Ständiger Gast)", "Bund (Ständige
    // Gäste)", "Bund (beratend)"; "Bund (Ständiger" with "Gast)" on the cell's next line ("Bund (ständiger BMDS   …": the code one blank after).
    // "Beratendes Mitglied (Bund)": the federal member without a vote, the permanent guest.
    {role: 'permanent_guest', pattern: /^(?:Ständige[rn]?[ \t]+(?:Gast|Gäste)(?:[ \t]*\((?:ohne[ \t]+Stimmrecht|Bund)\))?|(?:[Ff]ür[ \t]+den[ \t]+)?Bund[ \t]*\((?:[Ss]tändige[rn]?[ \t]+(?:Gast|Gäste)|beratend|ohne[ \t]+Stimmrecht)\)|Bund[ \t]*\([Ss]tändige[rn]?(?=[ \t]{2}|[ \t]*$|[ \t][A-ZÄÖÜ]{2,8}[ \t]{2})|Beratende[s]?[ \t]+Mitglied(?:er)?(?:[ \t]*\(Bund\))?)[ \t]*:?/},
    {role: 'permanent_guest', pattern: /^als[ \t]+[Ss]tändige[rn]?[ \t]+(?:Gast|Gäste)(?:[ \t]*:)?(?=[ \t]*$)/u},
    // "Beobachterin: Sektionschefin Dr. … (Bundeskanzleramt der Republik Österreich)": an observer, a guest.
    {role: 'guest', pattern: /^(?:Beobachter(?:in|innen)?|Beobachtende)(?![\p{L}])[ \t]*:?/u},
    {role: 'guest', pattern: /^als[ \t]+(?:Gäste|Gast)(?:[ \t]*:)?(?=[ \t]*$)/u},
    {role: 'staff', pattern: /^als[ \t]+weitere[ \t]+(?:Teilnehmende|Anwesende|Teilnehmer(?:[*:_]?innen|Innen)?)(?:[ \t]*:)?(?=[ \t]*$)/u},
    // "Weitere Gäste BfDI", "Gäste:", "Gast", "Gast zu TOP 4   BSI   Vizepräsidentin …" (the item the guest came for).
    // "Gast)" under "Bund (Ständiger": the rest of a label, no label of its own.
    {role: 'guest', pattern: /^(?:Weitere[ \t]+)?(?:Gäste|Gast)(?![\p{L})])(?:[ \t]+zu[ \t]+(?:TOP|Tagesordnungspunkt|Punkt)[ \t]+[\dIVX][\w.]{0,8}(?=[ \t:]|$))?[ \t]*:?/u},
    // "Sachverständige zu TOP 5", "Referentinnen und Referenten": experts heard on an item, guests.
    {role: 'guest', pattern: /^(?:Sachverständige|Sachverständiger|Experten|Expertinnen[ \t]+und[ \t]+Experten|Referentinnen[ \t]+und[ \t]+Referenten|Vortragende)(?![\p{L}])(?:[ \t]+zu(?:[ \t]+(?:TOP|Tagesordnungspunkt)[ \t]+[\dIVX][\w.]{0,8})?)?[ \t]*:?/u},
    // "Sonstige" over "Stadt Plauen" / "Oberbürgermeisterin …" (after "Länder" and "Bund"): the guests.
    {role: 'guest', pattern: /^Sonstige(?:[ \t]+Gäste)?(?=(?:[ \t]*:)?[ \t]*$)/u},
    // "Weitere Anwesende", "Weitere Teilnehmende:", or "Weitere" with "Anwesende" on the next line.
    // "Begleitung", "Begleitpersonen": the members' staff.
    // "Geschäftsstelle:", "Geschäftsstelle / Protokoll": the conference's office, staff too; "Begleitung und Geschäftsstelle:".
    // "Verzeichnis der weiteren Teilnehmenden" over a list after the minutes.
    // "Protokollführung   MV   Regierungsrätin …", "Niederschrift", "Protokoll": who keeps the minutes, staff (not "Protokoll der
    // 690. Sitzung").
    {role: 'staff', pattern: /^(?:Protokoll(?:führung|führer(?:in)?|ant(?:in)?)?|Niederschrift|Schriftführung)(?![\p{L}])(?![ \t]+(?:der|über|vom|zur)(?![\p{L}]))[ \t]*:?/u},
    {role: 'staff', pattern: /^(?:Verzeichnis[ \t]+der[ \t]+weiteren[ \t]+(?:Teilnehmenden|Anwesenden)|Weitere(?:[ \t]+(?:Anwesende|Teilnehmende|Mitwirkende|Teilnehmer(?:[*:_]?innen|Innen)?))?|(?:Begleitung|Begleitpersonen|Begleitende|Geschäftsstelle)(?:[ \t]*(?:\/|,|und)[ \t]*(?:Geschäftsstelle|Protokoll|Niederschrift|Begleitung))?)(?![\p{L}])[ \t]*:?/u}
  ]
}

/** Words of a label over several lines: "DMK/Stv. mit", "Stimmrecht", "aus den Ländern und dem Bund" (sorted). */
const LABEL_WORDS: readonly string[] = [
  '(stimmberechtigt)', '/', 'Anwesende', 'Bund', 'Bundes', 'Gast', 'Gäste', 'Gast)', 'Gäste)', 'Konferenz', 'Länder', 'Ländern', 'Mitglieder', 'Stellvertretung',
  'Stimmrecht', 'Stv', 'Stv.', 'Ständige', 'Ständiger', 'Teilnehmende', 'Teilnehmende:', 'Teilnehmer', 'Vertretung', 'Weitere', 'Mitwirkende',
  'Begleitung', 'Geschäftsstelle', 'Protokoll', 'Sachverständige',
  'aus', 'bzw.', 'dem', 'den', 'der', 'des', 'mit', 'ohne', 'stimmberechtigt', 'und'
]

/** Whether a word belongs to a section label ("Stimmrecht", "DMK/Stv."). */
export function labelWord(conference: Conference): (word: string) => boolean {
  const words: ReadonlySet<string> = new Set([...LABEL_WORDS, ...oneWord(conference)])
  // The conference's name too: "Mitglieder der Digitalminister-" / "konferenz".
  const long = [...words].filter((w) => /^\p{Lu}\p{Ll}{5,}$/u.test(w))
  return (word) => words.has(word) || (word.includes('/') && word.split('/').every((w) => !w || words.has(w))) || brokenLabelWord(word, long)
}

/**
 * "Stimmberechtigte Mit-" / "glieder", "Begleitung und Ge-" / "schäftsstelle": the parts of a label word broken at
 * a syllable in its cell, the first with its hyphen, the rest in lower case.
 */
function brokenLabelWord(word: string, long: readonly string[]): boolean {
  if (/^\p{Lu}\p{Ll}{1,30}-$/u.test(word)) return long.some((w) => w.length > word.length && w.startsWith(word.slice(0, -1)))
  const rest = word.replace(/:$/, '')
  return /^\p{Ll}{4,}$/u.test(rest) && long.some((w) => w.length > rest.length && w.endsWith(rest))
}

/** A line made only of label words finishes a label ("DMK/Stv. mit", "Stv. mit Stimmrecht"). */
/**
 * "Geschäftsstelle und" / "Niederschrift": a word that ends a wrapped label only alone in its cell or on its line (a running
 * header "Niederschrift über die 9. Sitzung" starts with it too).
 */
export function isLabelTail(word: string): boolean {
  return word === 'Niederschrift'
}

export function labelContinuation(conference: Conference): (line: string) => boolean {
  const isWord = labelWord(conference)
  return (line) => {
    const list = line.split(/[ \t]+/).filter(Boolean)
    return list.length > 0 && (list.every(isWord) || (list.length === 1 && isLabelTail(list[0]!)))
  }
}

/**
 * "a) Mitglieder der Konferenz", "2. Ständige Gäste", "B. Weitere Teilnehmende": the letter or number
 * that enumerates a section label.
 */
export const LABEL_ENUMERATOR = /^(?:[a-hA-H]|\d{1,2}|[IV]{1,3})[.)][ \t]+/

/** Words of a table's column heads, sorted: "Land  Name  Amtsbezeichnung", "Land Funktion Name Vertretung". */
const COLUMN_HEADS: ReadonlySet<string> = new Set([
  'Amt', 'Amtsbezeichnung', 'Anmerkung', 'Behörde', 'Bemerkung', 'Bundesland', 'Dienststelle', 'Funktion', 'Institution', 'Land',
  'Land/Institution', 'Land/Organisation', 'Name', 'Name,', 'Namen', 'Organisation', 'Position', 'Ressort', 'Teilnehmende', 'Teilnehmer/in',
  // "Amtsbezeichnung / Funktion", "Land / Institution": two heads of one column
  'Titel', 'Vertreten', 'Vertretung', 'Vorname', 'durch', 'Mitglied', '/',
  // "Land   Vertreterinnen und Vertreter"
  'Vertreterinnen', 'Vertreter', 'und',
  // "zu TOP   Name   Institution": the items a guest came for; "Land  Funktion  Name  Teilnahme" (vor Ort, per Video)
  'zu', 'TOP', 'Teilnahme',
  // "Land   in Präsenz   per Videokonferenz": who was there and who joined by video
  'in', 'Präsenz', 'per', 'Video', 'Videokonferenz',
  // "Land   stimmführend   weitere Teilnehmende"
  'stimmführend', 'weitere',
  // "Land   vertreten durch   Stimmrecht": who sat for the Land and whether it voted
  'vertreten', 'Stimmrecht', 'Bemerkungen', 'Anmerkungen',
  // "Nr.   Land   Name   Amt"
  'Nr.', 'Anwesenheit', 'anwesend', 'ab/bis'
])

/** One column head alone ("Funktion", "Teilnehmende (* = stimmführend)": plain pdftotext puts each head on its own line). */
export function isColumnHead(line: string): boolean {
  return COLUMN_HEADS.has(line.replace(LEGEND, '').trim())
}

// "(* = stimmführend)": a legend in parentheses after a head.
const LEGEND = /\([^()]{1,60}\)[ \t]*$/

/** A row of column heads, two words at least and all of them heads: no attendee. */
export function isColumnHeads(line: string): boolean {
  // "Land   Teilnehmende (* = stimmführend)": a legend in parentheses beside a head.
  const paren = line.trimEnd().endsWith(')') ? line.lastIndexOf('(') : -1
  const words = (paren > 0 ? line.slice(0, paren) : line).split(/[ \t]+/).filter(Boolean)
  return words.length >= 2 && new Set(words).size >= 2 && words.every((w) => COLUMN_HEADS.has(w))
}

/** A cell or line that says a Land's people are not there: "entschuldigt", "nicht vertreten" (a regex source). */
export const AWAY_WORDS = String.raw`(?:entschuldigt|verhindert|abwesend|nicht[ \t]+(?:anwesend|vertreten))`

/** A Land that sent nobody: "n. a.", "nicht anwesend", "nicht vertreten", "entschuldigt", "verhindert", "–", "—". */
// "—  nicht vertreten": a dash in the names column and the remark beside it.
export const NOT_PRESENT = /^(?:[–—-][ \t]+)?(?:n\.[ \t]?a\.|nicht[ \t]+(?:anwesend|vertreten)|ohne[ \t]+Vertretung|abwesend|entschuldigt|verhindert)(?:[ \t]+[–—-])?$|^[–—-]$/
