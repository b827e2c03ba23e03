/**
 * Federal bodies, other conferences and organisations that appear as an
 * org in protocols, as printed (sorted, case-insensitive). "BfDI" keeps its
 * lowercase letter. A token in the code column that is not listed here is
 * still a code when it has the shape of one (`looksLikeCode`).
 */
import {OFFICE_TITLES} from './titles.ts'

export const FEDERAL_BODIES = [
  'AKDB', 'ASMK', 'BfDI', 'Bitkom', 'BKAmt', 'BMAS', 'BMBF', 'BMDS', 'BMDV', 'BMF', 'BMI', 'BMJ', 'BMK', 'BMWE', 'BMWK',
  'BMWSB', 'BNetzA', 'BSI', 'BVA', 'CdS', 'D21', 'Dataport', 'DFKI', 'DLT', 'DSK', 'DST', 'DStGB', 'FITKO', 'FMK', 'GFMK',
  'IMK', 'IT-PLR', 'IT-Planungsrat', 'ITZBund', 'KGSt', 'KMK', 'KoSIT', 'MPK', 'WMK', 'ZenDiS'
] as const

/** Inflected names of bodies in running text: "des IT-Planungsrats". */
export const BODY_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['IT-Planungsrates', 'IT-Planungsrat'], ['IT-Planungsrats', 'IT-Planungsrat']
]

const set: ReadonlySet<string> = new Set(FEDERAL_BODIES)

export function isFederalBody(value: string): boolean {
  return set.has(value)
}

// "BMDS", "FITKO", "IT-PLR", "D21", "KoSIT", "DStGB": a capital, then letters, digits or a hyphen,
// with a second capital or a digit in it. Office titles and names have one capital only.
// "IT.N", "LKN.SH", "Komm.ONE": two parts joined by a dot, the second in capitals (not "Dr.Yannick", a blank lost).
// "hessian.AI": the dotted form may start in lower case, its second part in capitals.
const CODE_SHAPE = /^(?:\p{Lu}[\p{L}\d-]{1,9}|\p{L}[\p{L}\d-]{1,8}\.[\p{Lu}\d]{1,8})$/u

/** An organisation's abbreviation: listed, or shaped like one ("a code with a hyphen or digits is a code"). */
// Words in capitals that name no body: "TOP 3", "EU", "IT".
// Abbreviated offices ("StS Dr. …", "MinDir …") name no body either.
const NOT_CODES: ReadonlySet<string> = new Set(['TOP', 'EU', 'IT', 'KI', 'PDF', 'DMK', 'GmbH', 'gGmbH', 'AöR', 'KdöR', 'MD', 'MDg', 'MDir', 'MinDir', 'MinDirig', 'PStS', 'StM', 'StMin', 'StR', 'StS'])

// "StSin", "MRin", "ORR": an office in its short form, no body.
const OFFICES: ReadonlySet<string> = new Set(OFFICE_TITLES)

export function looksLikeCode(token: string): boolean {
  if (set.has(token)) return true
  if (NOT_CODES.has(token) || OFFICES.has(token)) return false
  if (!CODE_SHAPE.test(token) || token.endsWith('-')) return false
  // "Ina-Maria", "Meyer-Lohse": words joined by a hyphen, each a capital and lowercase letters, are a name.
  if (token.includes('-') && token.split('-').every((part) => /^\p{Lu}\p{Ll}{2,}$/u.test(part))) return false
  const capitals = token.replace(/[^\p{Lu}]/gu, '').length
  return capitals >= 2 || /\d/.test(token)
}

// "Stadt Augsburg", "Landkreis Harburg", "Universitäts- und Hansestadt Greifswald": a town or district, a guest's body.
export const MUNICIPALITY_START = String.raw`(?:\p{Lu}\p{Ll}+-[ \t]+und[ \t]+)?(?:Stadt|Landeshauptstadt|Hansestadt|Universitätsstadt|Kreisstadt|Landkreis|Kreis|Gemeinde|Bezirksamt)[ \t]\p{Lu}`
export const MUNICIPALITY = new RegExp(`^${MUNICIPALITY_START}`, 'u')
// "Halle (Saale)", "Frankfurt (Oder)": a town's river in parentheses, part of its name.
export const RIVER = String.raw`(?:[ \t]+\(\p{Lu}\p{Ll}+\))`
// "Frankfurt am Main", "Freiburg im Breisgau", "Brandenburg an der Havel", "Landau in der Pfalz", "Rothenburg ob der
// Tauber": the small words of a town's name and the word after them.
export const TOWN_SUFFIX = String.raw`(?:[ \t]+(?:am|im|(?:an|in|ob)[ \t]+der)[ \t]+\p{Lu}\p{L}*)`
// "Dataport AöR", "Kommune 21 GmbH", "Initiative D21 e. V.": the legal forms that end a body's name.
/** The conference's office as printed for a person's body: "Geschäftsstelle", "Geschäftsstelle DMK", "Geschäftsstelle der DMK", "GS DMK". */
export const CONFERENCE_OFFICE = String.raw`(?:Geschäftsstelle(?:[ \t]+(?:der[ \t]+)?DMK)?|GS[ \t]DMK)`

/** Whether a whole value is the conference's office. */
export function isConferenceOffice(value: string): boolean {
  return WHOLE_OFFICE.test(value)
}
const WHOLE_OFFICE = new RegExp(`^${CONFERENCE_OFFICE}$`)

// "govdigital eG": a cooperative too.
export const LEGAL_FORMS = String.raw`(?:AöR|GmbH|gGmbH|mbH|KdöR|eG|e\.[ \t]?V\.)`

/**
 * A word that names a body: "Bundesministerium für Digitales", "Deutscher Städtetag", "Föderale IT-Kooperation",
 * "Staatskanzlei", "Technische Universität", and the little words of a body's long name ("für", "der"). Not "Staatsrat",
 * an office ("Staatsrat Ole Brünjes (HB)" is a person with the Land's code, no body).
 */
export const BODY_WORD = /(?<![\p{L}])(?:für|der|des|und|zur|zum|im)(?![\p{L}])|(?:ministerium|amt|zentrum|direktion|agentur|kooperation|(?<!staats)rat|tag|bund|konferenz|verband|gesellschaft|institut|behörde|stelle|kanzlei|universität|hochschule|akademie)(?![\p{L}])/iu
