/**
 * "Staatssekretärin Dr. Friederike Haase (Vorsitz)" → name, honorific,
 * office title, org and chair flag, each apart.
 */
import {OFFICE_ALTERNATION, OFFICES_LONGEST_FIRST as TITLES_LONGEST_FIRST, officesAt, SALUTATIONS} from '../data/titles.ts'
import {isLandCode, landCodeOf, landFromName, type LandCode} from '../data/laender.ts'
import {findMentions} from './lexicon.ts'
import type {Role} from '../data/roles.ts'
import {BODY_WORD, CONFERENCE_OFFICE, looksLikeCode, MUNICIPALITY} from '../data/bodies.ts'
import {matchesOf} from './matches.ts'

export interface ParsedPerson {
  name: string
  honorific: string | null
  title: string | null
  org: string | null
  chair: boolean
  /** "(verhindert)", "(entschuldigt)": named, but not there. */
  away: boolean
  /** "Referentin (Begleitung)", "(ständiger Gast)", "(Gast zu TOP 1)": the role printed with the person, if any. */
  role: Role | null
}

// "Prof. Dr.", "Dr.", "Dr.-Ing.", "Prof. Dr. Dr." at the start of a name.
// "Prof. Dr. Dr. h. c. Elisabeth Marquardt": an honorary doctorate is part of the honorific.
// "Prof. Dr. phil. habil.", "Dr. rer. nat.", "Prof. Dr. Dr. h. c. mult.", "Dr.-Ing.": a degree's faculty and grades after it.
const HONORIFIC = /^(?:(?:Prof\.|Dr\.(?:-Ing\.)?(?:[ \t](?:rer\.[ \t]?(?:nat|pol|oec|soc|medic)\.|phil\.|jur\.|med\.|oec\.|theol\.|paed\.|habil\.|h\.[ \t]?c\.|mult\.)){0,3}|Dipl\.-[\p{L}]{1,12}\.?)[ \t]*){1,4}/u
// Remarks after a name, without parentheses (a table's remark column): "Vorsitz", "bis 13.10 Uhr", "zu TOP 6".
// After a comma too: "(Sachsen), Vorsitz", "(Technische Universität Chemnitz), zu TOP 3 und TOP 9".
// "1–11", "ab 4", "6.2": a participation column's items (no name ends in a number).
// "Oberregierungsrat, Protokoll", "Lukas Zimmermann Geschäftsstelle", "Ministerialdirektorin, Amtschefin": a role beside the office.
// "vor Ort", "per Video": a column of how each took part.
// A role printed where a status column stands: "Mitglied", "Mitglied, Vorsitz", "Mitglied (i. V. für …)", "Begleitung,
// Protokoll", "Ständiger Gast", "Geschäftsstelle".
const ROLE_REMARK = String.raw`Ständiger[ ]Gast|Protokoll(?:führung)?|Geschäftsstelle|(?:stellv\.[ ])?Mitglied(?:,[ ]Vorsitz|[ ]\([^()]{1,80}\))?|Begleitung(?:,[ ]Protokoll)?`
// "…, Vorsitz", "… Mitglied", "(Hamburg, Senator) – ab 11:30 Uhr", "… 9:30–13:25 Uhr" (when connected): a remark after the name, after a comma, a blank or a dash.
// "Staatssekretär Dr. Ulf Kasparek – Vorsitzender –": the remark set off by dashes both sides.
// "(Berlin) – Sitzungsleitung": the chair said so.
const TRAILING_REMARK = new RegExp(String.raw`(?:,|[ ][–—-])?[ ](?:(Vorsitz(?:ende|ender)?|Sitzungsleitung)(?:[ ][–—])?|${ROLE_REMARK}|Amtschef(?:in)?|anwesend|ganztägig|ganztags|vor[ ]Ort|per[ ]Video(?:konferenz)?|(?:bis|ab)[ ]\d{1,2}(?:[.:]\d{2})?[ ]Uhr|\d{1,2}[.:]\d{2}[ ]?[–-][ ]?\d{1,2}[.:]\d{2}(?:[ ]Uhr)?|seit[ ]\d{1,2}\.[ ](?:[A-ZÄÖÜ][a-zäöü]{2,8}|\d{1,2}\.)[ ]?\d{4}|(?:ab[ ])?\d{1,2}(?:\.\d{1,2})?(?:[–-]\d{1,2}(?:\.\d{1,2})?)?|zu[ ](?:TOP|Top|Punkt)(?:[ ][\dIVX][\w.]{0,8}(?:(?:,[ ]|[ ]und[ ])(?:TOP[ ])?[\dIVX][\w.]{0,8})*)?|Gast[ ]\((?:zu|ab|bis)[ ][^()]{1,40}\))$`)
// "…, Geschäftsstelle", "… (Geschäftsstelle der DMK)": the conference's office as the person's body.
const OFFICE_OF_PERSON = new RegExp(String.raw`(?:,[ \t]*(${CONFERENCE_OFFICE})|\((${CONFERENCE_OFFICE})\))$`)
// "(Bundesamt für Sicherheit in der Informationstechnik – BSI)": an institution, then its code.
const NAMED_CODE = /^[^–]{3,80}[ ]–[ ]([\p{L}\d-]{2,10})$/u
// "(Technische Universität Chemnitz)", "(Bundesministerium für Digitales und Staatsmodernisierung)": an institution as printed.
const INSTITUTION_NAME = /^\p{Lu}[\p{L} .-]{2,80}$/u
// "Generaldirektion Wasserstraßen und Schifffahrt", "Handwerkskammer", "Rechenzentrum", "Anstalt des öffentlichen Rechts".
const INSTITUTION_NOUN = /(?:universität|hochschule|ministerium|bundesamt|landesamt|landkreistag|städtetag|gemeindebund|institut|akademie|verband|agentur|behörde|kommission|gesellschaft|stiftung|direktion|kammer|zentrum|anstalt)(?![\p{L}])/iu
// "Senatskanzlei Hamburg", "MIK Brandenburg" is no Land's name: an office of one, then the Land.
// "Finanzministerium Mecklenburg-Vorpommern": a ministry named by its compound, then its Land.
const LAND_OFFICE = /^(?:Senatskanzlei|Staatskanzlei|Senatsverwaltung|Landesregierung|Staatsministerium|\p{Lu}\p{Ll}+ministerium|M[A-Z]{1,5})[ ]\p{Lu}/u
// "IM", "StMD", "SenInnDS", "Staatskanzlei": a ministry's short form (two capitals at least) or an office's noun.
const MINISTRY_WORD = /^(?:\p{Lu}[\p{L}]{0,7}\p{Lu}[\p{L}]{0,7}|Staatskanzlei|Senatskanzlei|Staatsministerium|Senatsverwaltung|Landesregierung|Ministerium)$/u
const OFFICE_CODE = /^[A-Z][A-Za-z]{1,6}[ ]([A-Z]{2,3}|[A-Z]-[A-Z])$/
const OFFICE_NAME = /^([A-Z][A-Za-z]{0,7}[A-Z][A-Za-z]{0,7})[ ](\p{Lu}[\p{L}-]+)$/u
const NOT_OFFICES: ReadonlySet<string> = new Set(['TU', 'FU', 'HU', 'LMU', 'KIT', 'FH', 'HS', 'HTW', 'RWTH', 'DLR', 'BSI', 'IHK', 'HWK', 'AOK', 'DRK'])
// "Sächsische Staatskanzlei", "Hessisches Ministerium für Digitalisierung …": the Land's adjective, then its office.
const ADJECTIVE_OFFICE = /^\p{Lu}[\p{L}-]+[ ](?:Staatskanzlei|Senatskanzlei|Staatsministerium|Ministerium|Landesministerium|Innenministerium|Landesregierung)(?![\p{L}])/u

/** The Land whose office the text names, or null. */
export function landOfficeOrg(text: string): LandCode | null {
  if (LAND_OFFICE.test(text)) return landFromName(text.slice(text.indexOf(' ') + 1)) ?? null
  // "IM BW", "StK BW", "MIBD M-V": a ministry's short form before its Land's code; "HMDI Hessen", "SenInnDS Berlin",
  // "StK Schleswig-Holstein": before its Land's name ("TU Berlin", "FU Berlin" are universities, no ministry).
  const coded = OFFICE_CODE.exec(text)
  if (coded) return landCodeOf(coded[1]!) ?? null
  const named = OFFICE_NAME.exec(text)
  if (named && !NOT_OFFICES.has(named[1]!)) return landFromName(named[2]!) ?? null
  if (!ADJECTIVE_OFFICE.test(text)) return null
  const first = findMentions(text)[0]
  return first && first.start === 0 && first.form === 'adjective' && isLandCode(first.org) ? first.org : null
}
// Trailing "(BE)", "(Vorsitz)", "(BW, Vorsitz)".
// Matched on trimmed text, so no blanks around (a leading [ \t]* would rescan every blank run).
const TRAILING_PAREN = /\(([^()]{1,160})\)$/

/** The one Land a body's name ends with or starts with, or null. */
function oneLandOf(part: string): string | null {
  const lands = findMentions(part).filter((m) => isLandCode(m.org) && m.form !== 'adjective')
  if (lands.length === 0 || lands.some((m) => m.org !== lands[0]!.org)) return null
  return lands[0]!.start === 0 || (BODY_WORD.test(part) && lands.at(-1)!.end === part.length) ? lands[0]!.org : null
}

// parsePerson is pure and the attendee rules ask it about the same cell many times: remember the last answers
// (bounded; the answers never depend on anything but the text, so nothing carries from one document to the next).
const parsed = new Map<string, ParsedPerson>()
const REMEMBER = 4096
/** Longer texts are no cell; kept, 4,096 of them would hold gigabytes (found by the fuzzer's long lines). */
const REMEMBER_LENGTH = 256

/** "Franziska Lohse", "Jan-Ole Meiners": capitalised words only, two at least (a name, not a sentence). */
export function isPlainName(name: string): boolean {
  return /^\p{Lu}\p{L}*(?:[ -]\p{Lu}\p{L}*)+$/u.test(name)
}

export function parsePerson(text: string): ParsedPerson {
  const known = parsed.get(text)
  if (known) return {...known}
  if (text.length > REMEMBER_LENGTH) return parseUncached(text)
  // Remembered as a copy: a cell cut from a document's text is a slice that keeps the whole text
  // alive, and 4096 of them kept thousands of documents in a long run (about 26 KB per document).
  const own = copyOf(text)
  const result = parseUncached(own)
  if (parsed.size >= REMEMBER) parsed.clear()
  parsed.set(own, result)
  return {...result}
}

/** The same characters in a string of their own (concatenating and slicing again flattens into a new string). */
function copyOf(text: string): string {
  return `${text} `.slice(0, -1)
}

function parseUncached(text: string): ParsedPerson {
  // "… Sabine Ebeling-Trautmann.": the full stop of a list in prose (not an abbreviation's).
  // "• Präsident Dr. Tilman Ochs", "– Frau Ministerin …": a list's bullet is no part of the name.
  // "Rüdiger Hamann (zu Tagesordnungspunkt 7) Bundesnetzagentur": the items a guest came for, wherever they stand.
  // "Dr. Carla Mühlhäuser –": the dash of an empty cell beside the name (pdftotext -raw) is no part of it.
  // "…, LL.M.": a degree; "… Regierungsdirektorin, Niederschrift": the task after the office, no part of either.
  let rest = text.replace(/[ \t]+/g, ' ').trim().replace(/,[ ]?(?:LL\.[ ]?M\.?|M\.[ ]?A\.|M\.[ ]?Sc\.|MBA|Niederschrift)$/, '').replace(/(?<=\p{Ll}{3}|\))\.$/u, '').replace(/^(?:[•▪·◦*][ ]?|[–-][ ])/u, '').replace(/[ ][–—]$/, '')
    .replace(/[ ]\(zu[ ](?:TOP|Top|Tagesordnungspunkt|Punkt)[ ][^()]{1,30}\)(?=[ ])/, '')
  // "Stv. Ministerialdirigentin Dr. Helga Steinbrenner": a deputy's mark before the office, no part of it.
  const deputy = /^(?:Stv\.|[Ss]tellv\.)[ ]/.exec(rest)
  if (deputy && officesAt(rest, deputy[0].length).some((t) => rest.startsWith(`${t} `, deputy[0].length))) rest = rest.slice(deputy[0].length)
  let org: string | null = null
  let chair = false
  let away = false
  let trailing: string | null = null
  let role: Role | null = null
  // From the end: "(BE)", "(Vorsitz)", "(BW, Vorsitz)", and the office after the name (a table's function
  // column: "Dr. Carolin Wendling Ministerin", "Dr. Saskia Vöhringer (Vorsitz) Ministerin").
  for (;;) {
    const m = TRAILING_PAREN.exec(rest)
    if (m) {
      // "(BE)", "(Vorsitz)", "(BW, Vorsitz)", "(beide Hessen)", "(Rheinland-Pfalz)", "(BMDS)".
      const parts = m[1]!.split(',').map((p) => p.trim().replace(/^(?:beide|alle)[ \t]+/, ''))
      for (const part of parts) {
        // "(zugleich Vertretung für Bremen)", "(zugleich für das Saarland)": a Land voted for, not the person's.
        if (/^zugleich[ \t]/.test(part)) continue
        // "Oberregierungsrat, Niederschrift (Begleitung)", "(ständiger Gast)", "(Gast zu TOP 1)": the role, said with the person.
        const said = /^(?:Begleitung|[Ss]tändige[rn]?[ \t]Gast|Gast(?:[ \t](?:zu|für)[ \t](?:TOP|Punkt)[ \t][^()]{1,12})?)$/.exec(part)
        if (said) {
          role = /^Begleitung/.test(said[0]) ? 'staff' : /^[Ss]tändig/.test(said[0]) ? 'permanent_guest' : 'guest'
          continue
        }
        // "Tobias Rheinwald (Baden-Württemberg, Minister)", "(Bund, Parlamentarische Staatssekretärin im BMDS)": the office
        // beside the Land, its body after "im".
        const held = parts.length > 1 ? /^(.+?)(?:[ ](?:im|beim)[ ]([\p{L}\d-]{2,12}))?$/u.exec(part) : null
        if (held && TITLES_LONGEST_FIRST.includes(held[1]!) && !SALUTATIONS.has(held[1]!)) {
          trailing ??= held[1]!
          if (held[2] && looksLikeCode(held[2])) org = held[2]
          continue
        }
        if (/^(?:Vorsitz(?:ende|ender)?|Sitzungsleitung)$/i.test(part)) chair = true
        else if (/^(?:verhindert|entschuldigt|abwesend|nicht[ \t]+anwesend)$/.test(part)) away = true
        else if (isLandCode(part) || looksLikeCode(part)) org = landCodeOf(part) ?? part
        else if (landFromName(part)) org = landFromName(part)!
        // "(Senatskanzlei Hamburg)", "(MIK Brandenburg)", "(Hessisches Ministerium für …)": a Land's office stands for the Land.
        else if (landOfficeOrg(part)) org = landOfficeOrg(part)
        else if (looksLikeCode(NAMED_CODE.exec(part)?.[1] ?? '')) org = NAMED_CODE.exec(part)![1]!
        // "(Ministerium für Finanzen Baden-Württemberg)", "(…, Freie Hansestadt Bremen – Vorsitz im ersten Halbjahr 2063)": a
        // Land's body, or the Land first, with one Land named.
        else if (oneLandOf(part)) org = oneLandOf(part)
        else if (INSTITUTION_NAME.test(part) && INSTITUTION_NOUN.test(part)) org = part
        // "Bürgermeisterin Anja Hesselbarth (Stadt Eisenach)": a town.
        else if (MUNICIPALITY.test(part) && part.split(' ').length <= 4) org = part
      }
      // "Rainer Voßkamp (Vorsitzender des IT-Planungsrats)", "(in Vertretung)", "(Vorstand)": a function, not part of the name.
      // "Jonas Fettweis Oberregierungsrat, Niederschrift (Begleitung)": the task after the office goes with the role.
      rest = rest.slice(0, m.index).trim().replace(/,[ ](?:Niederschrift|Protokoll)$/, '')
      continue
    }
    // "Dr. Wiebke Fahrenholz, Vorsitz der DSK": the function after a comma, no part of the name ("…, Vorsitzende der …" is an office, below).
    const presides = /,[ ]Vorsitz[ ](?:der|des)[ ][^,()]{2,60}$/.exec(rest)
    if (presides && presides.index > 0) {
      rest = rest.slice(0, presides.index).trim()
      continue
    }
    // "Dr. Lukas Wengler Staatssekretär entschuldigt": an attendance column that says the person did not come.
    // "Staatssekretärin Anja Wollschläger – entschuldigt –": the same set off by dashes.
    const gone = / (?:[–—] )?(?:entschuldigt|verhindert|abwesend|nicht anwesend)(?: [–—])?$/.exec(rest)
    if (gone && gone.index > 0) {
      away = true
      rest = rest.slice(0, gone.index).trim()
      continue
    }
    // A remark column beside the name: "Vorsitz", "bis 13.10 Uhr", "zu TOP 6", "Ständiger Gast", "anwesend".
    const remark = TRAILING_REMARK.exec(rest)
    if (remark && remark.index > 0) {
      if (remark[1] || remark[0].endsWith('Mitglied, Vorsitz')) chair = true
      rest = rest.slice(0, remark.index).trim()
      continue
    }
    // "Abteilungsleiter Henrik Vollmers – BSI": the body's code after a dash.
    const dashed = /[ ][–—][ ]([\p{L}\d.-]{2,10})$/u.exec(rest)
    if (dashed && dashed.index > 0 && !org && looksLikeCode(dashed[1]!)) {
      org = dashed[1]!
      rest = rest.slice(0, dashed.index).trim()
      continue
    }
    // "Dr. Johanna Weißenberger   Baden-Württemberg": a Land column after the name (Funktion | Name | Land).
    const land = trailingLand(rest)
    if (land) {
      org ??= land.code
      rest = rest.slice(0, land.at).trim()
      // "Dr. F. Haberl  StMD  Bayern", "M. Recktenwald  Staatskanzlei  Saarland": the Land's ministry before it.
      const ministry = /[ ](\S+)$/.exec(rest)
      if (ministry && MINISTRY_WORD.test(ministry[1]!) && !/^Ma?c\p{Lu}/u.test(ministry[1]!)) rest = rest.slice(0, ministry.index).trim()
      continue
    }
    // "Dr. Konstantin Vahlberg   Bund (BMDS)": the body's abbreviation said who; "Bund" is its column's word.
    if (org && / Bund$/.test(rest)) {
      rest = rest.slice(0, -5).trim()
      continue
    }
    const after = officeAfter(rest)
    if (!after) break
    trailing ??= rest.slice(after)
    // "Prof. Dr. Tanja Ewerts, Vorsitzende der Datenschutzkonferenz": the comma before the office is no part of the name.
    rest = rest.slice(0, after).trim().replace(/,$/, '')
  }
  // "Deutscher Landkreistag Beigeordneter Dr. Arne Kleinwächter (DLT)": the institution's cell before the office.
  const office = INSTITUTION_NOUN.test(rest) ? Math.min(...TITLES_LONGEST_FIRST.map((t) => rest.indexOf(` ${t} `)).filter((i) => i > 0)) : Infinity
  const institution = office < Infinity ? rest.slice(0, office) : ''
  if (INSTITUTION_NOUN.test(institution) && !/(?:^|[ ])(?:Dr|Prof)\./.test(institution)) {
    org ??= institution
    rest = rest.slice(office + 1)
  }
  let title: string | null = null
  // "Ministerialdirektor" alone: a function cell whose name follows in the next cell.
  if (TITLES_LONGEST_FIRST.includes(rest) && !SALUTATIONS.has(rest)) return {name: '', honorific: null, title: rest, org, chair, away, role}
  for (;;) {
    const found = officesAt(rest).find((t) => rest.startsWith(t + ' '))
    if (!found) break
    if (!SALUTATIONS.has(found)) title = title ? `${title} ${found}` : found
    rest = rest.slice(found.length).trim()
    // "Zweite Bürgermeisterin und Senatorin Dr. Frauke Sievers": two offices held at once.
    const second: string | undefined = title && rest.startsWith('und ') ? officesAt(rest, 4).find((t) => rest.startsWith(`${t} `, 4)) : undefined
    if (second && !SALUTATIONS.has(second)) {
      title = `${title} und ${second}`
      rest = rest.slice(4 + second.length).trim()
    }
  }
  // "Bezirksamtsleiterin Stefanie von Berg", "Landesbeauftragte Dr. Friederike Maas": an office compounded of a known one.
  const compound = title ? null : COMPOUND_OFFICE.exec(rest)
  if (compound) {
    title = compound[1]!
    rest = rest.slice(compound[0].length)
  }
  title ??= trailing
  // "Ministerin (Vorsitz)   Dr. Annika …": the office column's remark before the name.
  const remark = /^\((Vorsitz(?:ende|ender)?|Stv\.|stellv\.|i\.[ ]?V\.)\)[ ]/.exec(rest)
  if (remark && title) {
    if (remark[1]!.startsWith('Vorsitz')) chair = true
    rest = rest.slice(remark[0].length)
  }
  let honorific: string | null = null
  const h = HONORIFIC.exec(rest)
  if (h && h[0].trim()) {
    honorific = h[0].trim().replace(/[ \t]+/g, ' ')
    rest = rest.slice(h[0].length).trim()
  }
  return {name: rest, honorific, title, org, chair, away, role}
}

// A word ending in an office ("…leiterin", "…beauftragte", "…präsident") before a name or "Dr." / "Prof.".
const COMPOUND_OFFICE = /^(\p{Lu}\p{Ll}{2,}(?:leiterin|leiter|beauftragte|beauftragter|präsidentin|präsident|direktorin|direktor|referentin|referent|meisterin|meister|sekretärin|sekretär|dirigentin|dirigent))[ ](?=(?:Dr\.|Prof\.)[ ]|\p{Lu}\p{Ll}+[ ]\p{L})/u

/**
 * A Land's name as the last words after a name of two words at least ("… Weißenberger Baden-Württemberg",
 * "… Janßen Land Niedersachsen"); "Dr. Ilka Brandenburg" is a name. "Bund" after a name whose body is known goes too.
 */
function trailingLand(text: string): {code: string; at: number} | null {
  const words = [...matchesOf(text, /[^ ]+/g)]
  for (let k = Math.min(4, words.length - 2); k >= 1; k--) {
    const at = words[words.length - k]!.index
    const code = landFromName(text.slice(at))
    if (!code) continue
    // Remarks in parentheses ("(bis 14.30 Uhr)", "(Vorsitz)") are no part of the name.
    // "Tilo Brand Regierungsdirektor, Protokoll Thüringen": the office's comma before a role remark.
    const before = text.slice(0, at).replace(/\([^()]*\)/g, ' ').split(/[ ]+/).map((w) => (w.endsWith(',') && TITLES_LONGEST_FIRST.includes(w.slice(0, -1)) ? w.slice(0, -1) : w))
      .filter((w) => w && !/^(?:Prof|Dr)\.$/.test(w) && !TITLES_LONGEST_FIRST.includes(w))
    return before.length >= 2 && before.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) ? {code, at} : null
  }
  return null
}

// "für den Datenschutz …", "des Landes …": an office's words after its title.
const OFFICE_TAIL = /^(?:für|des|der|im|beim|zur|zum)[ ]/

/** "Bundesbeauftragte für den", "Präsidentin des Bundesamts": an office title and its complement, no name. */
export function isOffice(text: string): boolean {
  const t = text.replace(/[ \t]+/g, ' ').trim()
  return officesAt(t).some((title) => !SALUTATIONS.has(title) && (t === title || (t.startsWith(`${title} `) && OFFICE_TAIL.test(t.slice(title.length + 1)))))
}

/**
 * Where an office printed after the name begins: "… Ministerin", "… Bundesbeauftragte für den
 * Datenschutz und die Informationsfreiheit" (a title, then its complement to the end); null if none.
 */
function officeAfter(text: string): number | null {
  const last = TITLES_LONGEST_FIRST.find((t) => text.endsWith(` ${t}`) && !SALUTATIONS.has(t))
  if (last) return text.length - last.length
  for (const t of TITLES_LONGEST_FIRST) {
    if (SALUTATIONS.has(t)) continue
    const at = text.indexOf(` ${t} `)
    if (at > 0 && OFFICE_TAIL.test(text.slice(at + t.length + 2))) return at + 1
  }
  return null
}

/** "Anna-Sophia Herkenhoff (BE), Dr. Tobias Jentsch (BE)" → the two people. */
// An office, then a name: "Oberregierungsrat Jan-Hendrik Oltmanns", "Referentin Dr. …".
const OFFICE_THEN_NAME = new RegExp(String.raw`^(${OFFICE_ALTERNATION})[ ](?:(?:Dr|Prof)\.[ ]|\p{Lu}\p{Ll}+[ -]\p{Lu})`, 'u')

/** An office, then a name, not a Land ("(i. V.) Ministerialdirektor Baden-Württemberg": the row's Funktion and Land cells). */
function officeThenName(text: string): boolean {
  const m = OFFICE_THEN_NAME.exec(text)
  if (!m) return false
  const name = text.slice(m[1]!.length + 1)
  return findMentions(name.slice(0, 40)).every((l) => l.start > 0 || !isLandCode(l.org))
}

/** "Staatssekretärin Dr. Theresa Aumüller", "Dr. Anna Weber": two capitalised name words at least after any office and honorific. */
function nameBefore(text: string): boolean {
  const p = parsePerson(text)
  return !p.org && isPlainName(p.name) && (p.title !== null || p.honorific !== null)
}

export function splitPeople(text: string): Array<{text: string; index: number}> {
  const out: Array<{text: string; index: number}> = []
  let depth = 0
  let start = 0
  const push = (end: number) => {
    const piece = text.slice(start, end)
    const lead = piece.length - piece.trimStart().length
    if (piece.trim()) out.push({text: piece.trim(), index: start + lead})
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '(') depth++
    else if (c === ')') {
      depth = Math.max(0, depth - 1)
      // "… Sautter (Ministerium für Finanzen Baden-Württemberg) Oberregierungsrat Jan-Hendrik Oltmanns (…)": the next
      // person, lines of a field run together.
      if (depth === 0 && text[i + 1] === ' ' && officeThenName(text.slice(i + 2, i + 82))) {
        push(i + 1)
        start = i + 1
      }
    } else if (depth === 0 && c === ' ' && i > start && officeThenName(text.slice(i + 1, i + 81)) && nameBefore(text.slice(start, i))) {
      // "Staatssekretärin Dr. Theresa Aumüller Regierungsdirektor Florian Waldherr" (a row's cells one blank apart, pdftotext
      // -raw): a whole name, then an office opening the next person.
      push(i)
      start = i + 1
    } else if (depth === 0 && (c === ',' || c === ';' || c === '/')) {
      // "(Hessen), Vorsitz", "(…), zu TOP 3 und TOP 9": a remark on the person before, no person.
      // "Oberregierungsrat, Protokoll", "…, Geschäftsstelle", "…, Amtschefin": a role, no person.
      // "…, LL.M.", "…, M.A.": a degree after the name.
      if (c === ',' && /^,[ \t]*(?:Vorsitz|zu[ \t]+(?:TOP|Punkt)(?:[ \t]|$)|(?:bis|ab)[ \t]+\d|(?:Protokoll(?:führung)?|Niederschrift|Geschäftsstelle|GS[ ]DMK|Amtschef(?:in)?)(?![\p{L}])|(?:LL\.[ ]?M\.?|M\.[ ]?A\.|M\.[ ]?Sc\.|MBA)(?![\p{L}]))/u.test(text.slice(i, i + 24))) continue
      push(i)
      start = i + 1
    } else if (depth === 0 && (text.startsWith(' Vertretung:', i) || text.startsWith(' vertreten durch ', i))) {
      // "Staatsrat Jan Meyer (verhindert) Vertretung: Staatssekretär Ole Brandt": the deputy is a person of their own.
      push(i)
      start = i + 1
    } else if (depth === 0 && text.startsWith(' sowie ', i) && /^(?:Dr\.|Prof\.|\p{Lu}\p{Ll}+[ ]\p{Lu})/u.test(text.slice(i + 7, i + 40)) && isPlainName(parsePerson(text.slice(start, i).replace(/[ ]?\([^()]*\)$/, '')).name)) {
      // "… Lea Brandstätter (beide BW) sowie Dr. Jakob Weidemann (BMDS)": the next person.
      push(i)
      start = i + 7
      i += 6
    } else if (depth === 0 && text.startsWith(' und ', i) && !/^(?:der|die|das|den|dem|des|TOP|Hansestadt)[ \t]|^\d|^Hansestadt$/.test(text.slice(i + 5, i + 16)) &&
      // "Bundesministerium für Digitales und Staatsmodernisierung": a name of an office, not two people.
      !/(?:^|[ ])(?:für|der|des)[ ]\p{Lu}[\p{L}-]*$/u.test(text.slice(Math.max(start, i - 60), i)) &&
      // "Generaldirektion Wasserstraßen und Schifffahrt": a body's name from its first word on.
      !INSTITUTION_NOUN.test(/^[ \t]*(\S+)/.exec(text.slice(start, i))?.[1] ?? '') &&
      // "Zweite Bürgermeisterin und Senatorin Dr. …": an office alone before it, two offices of one person.
      !TITLES_LONGEST_FIRST.includes(text.slice(start, i).trim())) {
      // "… für den Datenschutz und die Informationsfreiheit", "zu TOP 3 und TOP 9": not two people.
      push(i)
      start = i + 5
      i += 4
    }
  }
  push(text.length)
  return out
}

/** Lowercase words a name may have ("Ursula von der Leyen"), sorted. */
const PARTICLES: ReadonlySet<string> = new Set(['d', 'da', 'de', 'del', 'der', 'di', 'dos', 'du', 'la', 'le', 'ten', 'ter', 'van', 'vom', 'von', 'zu', 'zum', 'zur'])

// "Ministerium des Inneren", "Bayerisches Staatsministerium für", "Die Senatorin für Finanzen": a Land's or the Bund's
// ministry, whose name gives no org of its own (the row's Land, or the code in its parentheses, does).
const MINISTRY = /^(?:\p{Lu}\p{Ll}+(?:es|er)[ ])?(?:Ministerium|Staatsministerium|Bundesministerium|Staatskanzlei|Senatskanzlei|Senatsverwaltung|Die[ ]Senatorin|Der[ ]Senator)(?![\p{L}])/u
/** A person's name and nothing else: "Dr. Saskia Oberle", "Annette von der Heide", capitalised words, "Dr." and "Prof." among them. */
export const PERSON_NAME = /^(?:(?:Dr|Prof)\.[ \t]+)*\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:von|van|de|zu|der|den)[ \t]+)?\p{Lu}[\p{L}'’-]+){1,3}$/u

/**
 * "Gregor Vetter Ministerialdirektor (i. V.) Ministerium des Inneren, für Digitalisierung und Kommunen", "Dr. Anneke
 * Wiemann Oberbürgermeisterin Stadt Osnabrück (zu TOP 1)": a row whose cells ran together (pdftotext -raw, pdf.js) —
 * name, office, body. Where the body starts (it names nobody; its commas split no people) and the org it gives.
 */
function bodyAfterOffice(text: string): {at: number; org: string | null} | null {
  // The office starts at the second word or later, after no more than two honorifics and four name words.
  let i = -1
  for (let k = 0; k < 7; k++) {
    i = text.indexOf(' ', i + 1)
    if (i === -1) return null
    if (k < 1) continue
    const next = text.indexOf(' ', i + 1)
    for (const t of titlesStartingWith(text.slice(i + 1, next === -1 ? text.length : next))) {
      if (!text.startsWith(`${t} `, i + 1)) continue
      const found = bodyAt(text, i, t)
      if (found) return found
    }
  }
  return null
}

// "Fraunhofer FOKUS", "Fraunhofer IAIS": a capitalised word and an acronym of three capitals or more.
const ACRONYM_IN_NAME = /^\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?[ ]\p{Lu}{3,}$/u
/** A name of two words, then of three, and the blank after it. */
const NAME_WORDS = [/^\p{Lu}[\p{L}'’-]+[ ]\p{Lu}[\p{L}'’-]+[ ]/u, /^\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+){2}[ ]/u]

/**
 * "Oberbürgermeisterin Dr. Annegret Hüffer Stadt Münster", "Vizepräsident Dr. Simon Krahwinkel Bundesamt für Sicherheit in
 * der Informationstechnik (BSI)", "Prof. Dr. Judith Vennemann Universität Münster, Institut für …": office, name, then the
 * body (a table's Name and Institution cells run together). Where the body starts and the org it gives: its code, else its
 * name up to the first comma.
 */
function bodyAfterName(text: string): {at: number; org: string | null} | null {
  const lead = text.length - text.trimStart().length
  const office = officesAt(text, lead).find((t) => !SALUTATIONS.has(t) && text.startsWith(`${t} `, lead))
  let start = lead + (office ? office.length + 1 : 0)
  start += HONORIFIC.exec(text.slice(start))?.[0].length ?? 0
  if (!office && start === lead) return null
  for (const words of NAME_WORDS) {
    const name = words.exec(text.slice(start))
    if (!name) return null
    const at = start + name[0].length
    const rest = text.slice(at)
    const first = rest.split(/[ ,]/, 1)[0]!
    // "Dr. Tom Brandt (Forschungszentrum Informatik – FZI)": a body in parentheses is the name's remark (parsePerson's).
    if (/^[ ]?\(/.test(rest)) continue
    if (!(MUNICIPALITY.test(rest) || (INSTITUTION_NOUN.test(first) && !/ministerium$/i.test(first)))) continue
    const body = rest.replace(/[ ]?\((?:zu|ab|bis)[ ][^()]{1,40}\)[ ]*$/, '').trim()
    const code = /\(([\p{L}\d-]{2,12})\)$/u.exec(body)
    return {at, org: code && looksLikeCode(code[1]!) ? code[1]! : body.split(',', 1)[0]!.trim()}
  }
  return null
}

let byFirstWord: Map<string, string[]> | undefined
/** The offices whose first word this is, longest first. */
function titlesStartingWith(word: string): readonly string[] {
  if (!byFirstWord) {
    byFirstWord = new Map()
    for (const t of TITLES_LONGEST_FIRST) {
      if (SALUTATIONS.has(t)) continue
      const first = t.split(' ', 1)[0]!
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), t])
    }
  }
  return byFirstWord.get(word) ?? []
}

/** The body after the office `t` that stands after the blank at `i`, if the words before it are a name. */
function bodyAt(text: string, i: number, t: string): {at: number; org: string | null} | null {
  // "Deutscher Landkreistag Beigeordneter Dr. Arne …": a body before the office, the name after it.
  if (!PERSON_NAME.test(text.slice(0, i)) || INSTITUTION_NOUN.test(text.slice(0, i))) return null
  // "(Vorsitz)", "(i. V.)", "(geschäftsführend)" after the office.
  let at = i + t.length + 2
  const remark = /^\([^()]{1,30}\)[ ]/.exec(text.slice(at))
  if (remark) at += remark[0].length
  const rest = text.slice(at)
  // "Ministerin Vorsitz", "Ministerin seit 1. Juli 2062": a remark column after the office, no body.
  if (!/^\p{Lu}/u.test(rest) || OFFICE_TAIL.test(rest) || /^(?:Prof|Dr)\./.test(rest) || REMARK_AFTER_OFFICE.test(rest)) return null
  const body = rest.replace(/[ ]?\((?:zu|ab|bis)[ ][^()]{1,40}\)[ ]*$/, '').trim()
  const code = /\(([\p{L}\d-]{2,12})\)$/u.exec(body)
  const org = landFromName(body) ?? landOfficeOrg(body) ?? (code && looksLikeCode(code[1]!) ? code[1]! : MINISTRY.test(body) || /\d/.test(body) ? null : body)
  return {at, org}
}

// "… Ministerin Mitglied", "… Staatssekretär Mitglied (i. V. für Minister …)", "… Präsidentin Gast (zu TOP 6)", "… Referent
// Begleitung": a status column after the office (pdftotext -raw, pdf.js), no body either.
const REMARK_AFTER_OFFICE = new RegExp(String.raw`^(?:Vorsitz(?:ende[rn]?)?|${ROLE_REMARK}|Gast(?:[ ]\([^()]{1,40}\))?)$`)

/** "(beide RP)", "(alle Hessen)" before a comma: the org of the people before it in the list. */
const SHARED_INSIDE = /\((?:beide|alle)[ \t]+([^(),]{1,40})\)(?=[ \t]*[,;])/g
/** "(beide RP)", "(alle Hessen)": one org for every person before it. */
const SHARED_ORG = /\((?:beide|alle)[ \t]+([^()]{1,40})\)[ \t]*$/
const BRACKETED_DEPUTY = /[[(](vertreten[ \t\n]+durch[ \t\n][^()[\]]{1,120})[\])]/g
// "i. V.", "i.V.", "vertreten durch": on behalf of the person before, who is not there.
const ON_BEHALF = /^(?:i\.[ \t]?V\.|vertreten[ \t]+durch)[ \t]*/
// "Vertretung: Staatssekretär …" under a minister: the deputy; the minister stays if there (a "(verhindert)" one is not).
// "HB   Vertretung durch Abteilungsleiterin Dr. …", "BY   vertretungsweise Ministerialdirigentin Dr. …": the deputy alone in the cell.
const DEPUTY_LABEL = /^(?:(?:Vertretung|Vertreter(?:in)?|In[ \t]+Vertretung)[ \t]*:|(?:vertretungsweise|Vertretung[ \t]+durch)(?=[ \t]+\p{Lu}))[ \t]*/u

export interface PersonPiece extends ParsedPerson {
  /** Offsets of the piece in the given text. */
  start: number
  end: number
}

// ", MdL", ", MdB", ", MdEP", "Dr. Arne Vössing MdB": a member of a parliament — no person and no org of its own.
const PARLIAMENT = /(?:,[ \t]*|(?<=\p{L})[ \t]+)Md(?:L|B|EP|A|BB|HB|Bü)(?![\p{L}])/gu

const ITEM_NUMBER = String.raw`\d{1,2}(?:\.\d{1,2})?[a-z]?`
const ITEM_LABEL = new RegExp(String.raw`^(?:[ \t]*(?:[Zz]u[ \t]+)?(?:TOP|Tagesordnungspunkt)[ \t]+${ITEM_NUMBER}(?:[ \t]*(?:,|und)[ \t]*${ITEM_NUMBER})*(?:[ \t]*:)?|${ITEM_NUMBER})[ \t]+(?=\p{Lu})`, 'u')

/**
 * "Oberbürgermeisterin der Stadt Bamberg", "Präsident der Bundesnetzagentur (BNetzA)", "Präsidentin der Hochschule Fulda"
 * read as a person (the office as title, "der …" as name): the office, and the body it is held at — by its code where it
 * gives one, by its name where that names a town or a body, else none.
 */
export function heldAt(p: ParsedPerson): {office: string; org: string | null} | null {
  const m = p.title && !p.honorific ? /^(?:der|des)[ \t]+(\p{Lu}.*)$/u.exec(p.name) : null
  if (!m) return null
  const body = m[1]!
  return {office: p.title!, org: p.org ?? (MUNICIPALITY.test(body) || BODY_WORD.test(body.split(/[ \t]/, 1)[0]!) ? body : null)}
}

/**
 * The people a text names, with their offsets: "Lea Hartmann, Dr. Jonas Weiland (beide RP)" gives both
 * the org RP; "Ministerin Dörte Schall, Rheinland-Pfalz" gives RP to the minister; "Minister X, i. V.
 * Staatssekretärin Y" and "Minister X entschuldigt; Y" name Y only.
 */
export function peopleIn(printed: string): PersonPiece[] {
  // The attendee rules ask about a row's text two or three times (its names, its people, the facts): each answer once, as
  // parsePerson keeps its own, handed out as copies (callers set a guest's org).
  const known = pieces.get(printed)
  if (known) return known.map((p) => ({...p}))
  if (printed.length > REMEMBER_TEXT) return piecesOf(printed)
  const own = copyOf(printed)
  const found = piecesOf(own)
  if (pieces.size >= REMEMBER) pieces.clear()
  pieces.set(own, found.map((p) => ({...p})))
  return found
}

const pieces = new Map<string, readonly PersonPiece[]>()
/** A row of several people is longer than a cell; a paragraph is not remembered. */
const REMEMBER_TEXT = 1024

function piecesOf(printed: string): PersonPiece[] {
  // Blanked, not cut: the offsets stay those of the text.
  let whole = printed.includes('Md') ? printed.replace(PARLIAMENT, (m) => ' '.repeat(m.length)) : printed
  // "Staatsminister Jonas Aßmann [vertreten durch Ministerialdirigentin Dr. Sophie Kranz]", "(vertreten durch …)": read as
  // ", vertreten durch …" (a comma for the bracket, a blank for its close).
  if (whole.includes('vertreten')) whole = whole.replace(BRACKETED_DEPUTY, (_m, by: string) => `,${by} `)
  // "0   Oberbürgermeisterin Dr. …" under "zu TOP   Name   Institution", "zu TOP 4   Direktorin Dr. …" under "Gäste": the item a
  // guest came for, no part of a name.
  const item = ITEM_LABEL.exec(whole)
  if (item) whole = ' '.repeat(item[0].length) + whole.slice(item[0].length)
  const body = bodyAfterOffice(whole) ?? bodyAfterName(whole)
  const text = body ? whole.slice(0, body.at) : whole
  const out: PersonPiece[] = []
  /** Per person: whether "und" joins it to the one before. */
  const afterAnd: boolean[] = []
  const shared = SHARED_ORG.exec(text)
  const sharedOrg = shared ? (landFromName(shared[1]!.trim()) ?? (looksLikeCode(shared[1]!.trim()) ? shared[1]!.trim() : null)) : null
  let from = 0
  const excused = /entschuldigt[ \t]*[;:,][ \t]*/.exec(text)
  if (excused) from = excused.index + excused[0].length
  let officeBefore = false
  /** The piece before named a body, no person ("…, Ministerium für Inneres"). */
  let afterBody = false
  for (const piece of splitPeople(text.slice(from, shared ? shared.index : text.length))) {
    let start = from + piece.index
    // "Staatssekretär Dr. Timo Behrendt in Vertretung von Ministerin Dr. Julia Faßbender": the first is there.
    // "Staatssekretär Dr. Falk Rößler für Staatsministerin Dr. Ulrike Zschoche": the same.
    const deputy = /(?<![\p{L}])(?:(?:in[ \t]+Vertretung|i\.[ \t]?V\.)[ \t]+(?:von|für|des|der)|für(?=[ \t]+\p{Lu}))(?![\p{L}])/u.exec(piece.text)
    const open = deputy ? piece.text.slice(0, deputy.index).split('(').length - piece.text.slice(0, deputy.index).split(')').length : 0
    const standsIn = deputy && deputy.index > 0 && open <= 0 && (!/^für/.test(deputy[0]) || TITLES_LONGEST_FIRST.some((t) => piece.text.startsWith(t, deputy.index + deputy[0].length + 1)))
    let body = standsIn ? piece.text.slice(0, deputy.index).trimEnd() : piece.text
    const labelled = DEPUTY_LABEL.exec(body)
    if (labelled) {
      start += labelled[0].length
      body = body.slice(labelled[0].length)
    }
    const behalf = ON_BEHALF.exec(body)
    // "Saarland: vertreten durch Minister Dr. Pascal Hoffmann-Rech (Rheinland-Pfalz)": the Land is represented by a
    // member listed under his own Land; nobody of its own is there.
    if (behalf && out.length === 0 && /^vertreten/.test(behalf[0])) continue
    if (behalf) {
      // "i. V. Staatssekretärin Y": Y stands in for the person before, who is not there.
      out.pop()
      afterAnd.pop()
      start += behalf[0].length
      body = body.slice(behalf[0].length)
    }
    // "Dr. Annika Weber, Ministerin, Baden-Württemberg": the office of the person before, after a comma.
    const office = officeBefore
    officeBefore = false
    // "Dr. Henrik Averbeck, Staatssekretär – Vorsitz", "…, Staatssekretär, Vorsitz": the office, then the remark that
    // makes the person the chair.
    const chaired = /(?:[ \t][–—-]|,)[ \t]*Vorsitz$/u.exec(body.trim())
    const said = chaired ? body.trim().slice(0, chaired.index).trim() : body.trim()
    if (out.length > 0 && TITLES_LONGEST_FIRST.includes(said) && !SALUTATIONS.has(said)) {
      out[out.length - 1]!.title ??= said
      if (chaired) out[out.length - 1]!.chair = true
      officeBefore = true
      continue
    }
    // "…, Vizepräsidentin, Bundesamt für Sicherheit in der Informationstechnik (BSI), zu III.1": after the office
    // its body (by its code), then a remark.
    if (out.length > 0 && /^zu[ \t]+(?:TOP[ \t]+)?[\dIVX]/.test(body)) continue
    if (office && out.length > 0) {
      const code = /\(([^()]{2,12})\)$/.exec(body)?.[1]
      if (code && looksLikeCode(code)) {
        out[out.length - 1]!.org ??= code
        continue
      }
    }
    // "…, Thüringen (Vorsitz)", "…, Bayern (in Vertretung von Staatsminister Dr. …)", "…, Sachsen – Vorsitz": a remark after the Land.
    const dash = /[ \t][–—-][ \t]+(?=Vorsitz(?![\p{L}]))/u.exec(body)
    const paren = dash ? dash.index : body.lastIndexOf('(')
    const bare = paren > 0 ? body.slice(0, paren).trimEnd() : body
    const remark = dash ? body.slice(dash.index + dash[0].length) : paren > 0 ? body.slice(paren + 1) : ''
    const land = landFromName(bare) ?? (out.length > 0 ? landOfficeOrg(body) : null)
    if (land && out.length > 0) {
      // "Ministerin Dörte Schall, Rheinland-Pfalz": the Land of the person before; "Dr. Ulrike Seidel, Tom Ebert,
      // Thüringen": of those before it that have none.
      for (let k = out.length - 1; k >= 0 && out[k]!.org === null; k--) out[k]!.org = land
      if (/^Vorsitz/.test(remark)) out[out.length - 1]!.chair = true
      continue
    }
    // "Staatssekretärin Dr. Kerstin Wallraff, BMDS", "Präsident Dr. Tilman Ochs, BSI (zu TOP 5)": a body's code.
    const code = body.replace(/\([^()]*\)$/, '').trimEnd()
    if (out.length > 0 && looksLikeCode(code) && !isLandCode(code)) {
      out[out.length - 1]!.org ??= code
      // "…, BMDS (Begleitung)": the role said after the body's code is the person's.
      if (code !== body) out[out.length - 1]!.role ??= parsePerson(body).role
      continue
    }
    // "und Schifffahrt (zu TOP 8)": the rest of a body's name that wrapped is no person.
    if (/^(?:und|sowie|für|der|des)[ \t]/.test(body)) continue
    const p = parsePerson(body)
    // "Dr. Merle Harmsen, Wissenschaftliche Referentin (BWI)": an office after the comma, its adjective read as a name.
    if (out.length > 0 && p.title && !p.honorific && p.name && !/[ -]/.test(p.name) && bare.endsWith(p.title)) {
      out[out.length - 1]!.title ??= `${p.name} ${p.title}`
      out[out.length - 1]!.org ??= p.org
      continue
    }
    // "…, Ministerium für Inneres, Bauen und Sport des Saarlandes": a word alone after a body's name goes on with it.
    // "…, Ministerium für Wirtschaft, Arbeit und Digitales Baden-Württemberg": the last word, then the Land the body is of.
    const words = p.name.trim().split(/[ \t]+/)
    const single = words.length === 1 || (words.length === 2 && landFromName(words[1]!) !== undefined)
    const bodyGoesOn = afterBody && !p.title && !p.honorific && single
    afterBody = false
    // A name's words are capitalised but for particles ("von", "de"): "Zentrum für Digitale" is no person.
    if (bodyGoesOn || p.away || !p.name || !/\p{Lu}/u.test(p.name) || p.name.split(/[ \t]+/).some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w))) {
      // "Dr. Annika Pfisterer, Staatssekretärin (BW)", "…, Vorstand (zu TOP 4)": an office with its parenthesis is the person's
      // before it, no body's name.
      const held = !p.name && p.title !== null && !p.away && out.length > 0 && /\([^()]{2,12}\)$/.test(body.trim())
      if (held) out[out.length - 1]!.title ??= p.title
      afterBody = !held && !p.away && /^\p{Lu}/u.test(body)
      // "Dr. Lukas Meinhardt, Mitglied des Nationalen Normenkontrollrates (NKR)": the function's body is the person's.
      if (p.org && !p.away && out.length > 0 && /^\p{Lu}/u.test(body)) out[out.length - 1]!.org ??= p.org
      // "Oberbürgermeister Steffen Weidlich, Stadt Brandenburg an der Havel (zu TOP 1)": a town whose name has small words.
      else if (out.length > 0 && MUNICIPALITY.test(bare)) out[out.length - 1]!.org ??= bare
      continue
    }
    // "Staatsrat Ole Brünjes, Chief Digital Officer der Freien Hansestadt Bremen": a function of the person before, of a Land.
    const ofLand = out.length > 0 && /(?<![\p{L}])(?:der|des)[ \t]/u.test(p.name) ? findMentions(p.name).find((m) => isLandCode(m.org)) : undefined
    if (ofLand) {
      out[out.length - 1]!.org ??= ofLand.org
      continue
    }
    // "Dr. Agnes Hirschmann, Oberbürgermeisterin der Stadt Bamberg", "Prof. Dr. …, Präsident der Bundesnetzagentur (BNetzA)":
    // the office of the person before, and the body it is held at.
    const held = out.length > 0 ? heldAt(p) : null
    if (held) {
      const before = out[out.length - 1]!
      before.title ??= held.office
      before.org ??= held.org
      continue
    }
    // "Prof. Dr. Carsten Lindemeyer, Fraunhofer FOKUS (zu TOP 3)": after a person's comma a name with an acronym in it, no
    // honorific, no office: the body the person before comes from.
    if (out.length > 0 && !p.honorific && !p.title && !p.org && ACRONYM_IN_NAME.test(p.name) && out[out.length - 1]!.org === null) {
      out[out.length - 1]!.org = p.name.trim()
      continue
    }
    // "JanssenOltmanns": plain pdftotext joined "Janssen-" / "Oltmanns" without the hyphen.
    let name = /\p{Ll}\p{Lu}/u.test(p.name) ? p.name.replace(/(?<![\p{L}])(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})(?![\p{L}])/gu, '$1-$2') : p.name
    // Spelled out (and checked to be whole): a spread with more keys after it takes V8's slow path.
    // "Regierungsdirektor Jan-Philipp Wolters, Geschäftsstelle", "… (Geschäftsstelle)": the conference's office is the person's body.
    const own = p.org ? null : OFFICE_OF_PERSON.exec(body)
    const org = p.org ?? own?.[1] ?? own?.[2] ?? null
    // "Ministerialrat Jan-Philipp Wolters, Geschäftsstelle der DMK": the office is no part of the name.
    if (own) name = name.replace(OFFICE_OF_PERSON, '').trimEnd()
    out.push({name, honorific: p.honorific, title: p.title, org, chair: p.chair, away: p.away, role: p.role, start, end: start + body.length} satisfies Required<PersonPiece>)
    afterAnd.push(/(?:^|[ \t])und[ \t]+$/.test(text.slice(Math.max(0, from + piece.index - 6), from + piece.index)))
  }
  // "Dr. Miriam Recktenwald und Jonas Kiefer (Saarland)": the Land after the pair is both persons'.
  for (let i = out.length - 2; i >= 0; i--) if (afterAnd[i + 1] && out[i + 1]!.org) out[i]!.org ??= out[i + 1]!.org
  if (sharedOrg) for (const p of out) p.org ??= sharedOrg
  if (body?.org && out.length === 1) out[0]!.org ??= body.org
  // "Jens Kröger, Saskia Lemke, Dr. Paul Wendt (alle MV), Hauke Dirksen (NI)": inside a list, the people before it
  // without an org of their own.
  for (const m of matchesOf(text, SHARED_INSIDE)) {
    const at = out.findIndex((p) => p.start <= m.index && m.index < p.end + 2)
    const org = landFromName(m[1]!.trim()) ?? (looksLikeCode(m[1]!.trim()) ? m[1]!.trim() : null)
    if (at === -1 || !org) continue
    out[at]!.org ??= org
    for (let k = at - 1; k >= 0 && out[k]!.org === null; k--) out[k]!.org = org
  }
  return out
}
