/**
 * The sixteen Länder in their canonical order (the order of every DMK
 * attendee table and vote list: "BW BY BE BB HB HH HE MV NI NW RP SL SN ST SH TH").
 * Each entry lists the surface forms that name it in running German text.
 */
export const LAND_CODES = [
  'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV',
  'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'
] as const

export type LandCode = (typeof LAND_CODES)[number]

export interface Land {
  code: LandCode
  /** "Baden-Württemberg" */
  name: string
  /** Genitives and other inflected names: "Baden-Württembergs". */
  inflected: readonly string[]
  /** Official long forms: "Freistaat Bayern", "Freie und Hansestadt Hamburg". */
  official: readonly string[]
  /** Adjective stems; endings (-e, -en, -er, -es, -em) are added by the matcher: "bayerisch". */
  adjectives: readonly string[]
  /** Place adjectives in -er: "Berliner Senatskanzlei", "Brandenburger Bedürfnisse". */
  demonyms?: readonly string[]
}

// In canonical order, not alphabetical: the order is data here. `official` lists the state's own style
// ("Freistaat", "Freie Hansestadt", "Land"); its inflected forms are generated below.
const BASE: readonly Land[] = [
  {code: 'BW', name: 'Baden-Württemberg', inflected: ['Baden-Württembergs'], official: ['Land Baden-Württemberg'], adjectives: ['baden-württembergisch']},
  {code: 'BY', name: 'Bayern', inflected: ['Bayerns'], official: ['Freistaat Bayern'], adjectives: ['bayerisch']},
  {code: 'BE', name: 'Berlin', inflected: ['Berlins'], official: ['Land Berlin'], adjectives: [], demonyms: ['Berliner']},
  {code: 'BB', name: 'Brandenburg', inflected: ['Brandenburgs'], official: ['Land Brandenburg'], adjectives: ['brandenburgisch'], demonyms: ['Brandenburger']},
  {code: 'HB', name: 'Bremen', inflected: ['Bremens'], official: ['Freie Hansestadt Bremen'], adjectives: ['bremisch'], demonyms: ['Bremer']},
  {code: 'HH', name: 'Hamburg', inflected: ['Hamburgs'], official: ['Freie und Hansestadt Hamburg'], adjectives: ['hamburgisch'], demonyms: ['Hamburger']},
  {code: 'HE', name: 'Hessen', inflected: ['Hessens'], official: ['Land Hessen'], adjectives: ['hessisch']},
  {code: 'MV', name: 'Mecklenburg-Vorpommern', inflected: ['Mecklenburg-Vorpommerns'], official: ['Land Mecklenburg-Vorpommern'], adjectives: []},
  {code: 'NI', name: 'Niedersachsen', inflected: ['Niedersachsens'], official: ['Land Niedersachsen'], adjectives: ['niedersächsisch']},
  {code: 'NW', name: 'Nordrhein-Westfalen', inflected: ['Nordrhein-Westfalens'], official: ['Land Nordrhein-Westfalen'], adjectives: ['nordrhein-westfälisch']},
  {code: 'RP', name: 'Rheinland-Pfalz', inflected: ['Rheinland-Pfalz\''], official: ['Land Rheinland-Pfalz'], adjectives: ['rheinland-pfälzisch']},
  {code: 'SL', name: 'Saarland', inflected: ['Saarlands', 'Saarlandes'], official: [], adjectives: ['saarländisch'], demonyms: ['Saarländer']},
  {code: 'SN', name: 'Sachsen', inflected: ['Sachsens'], official: ['Freistaat Sachsen'], adjectives: ['sächsisch']},
  {code: 'ST', name: 'Sachsen-Anhalt', inflected: ['Sachsen-Anhalts'], official: ['Land Sachsen-Anhalt'], adjectives: ['sachsen-anhaltisch']},
  {code: 'SH', name: 'Schleswig-Holstein', inflected: ['Schleswig-Holsteins'], official: ['Land Schleswig-Holstein'], adjectives: ['schleswig-holsteinisch']},
  {code: 'TH', name: 'Thüringen', inflected: ['Thüringens'], official: ['Freistaat Thüringen'], adjectives: ['thüringisch']}
]

/** "Land X" → "Landes X"; "Freistaat X" → "Freistaats X", "Freistaates X"; "Freie (und) Hansestadt X" → "Freien …". */
function inflections(official: string): string[] {
  if (official.startsWith('Land ')) return [official, `Landes ${official.slice(5)}`]
  if (official.startsWith('Freistaat ')) return [official, `Freistaats ${official.slice(10)}`, `Freistaates ${official.slice(10)}`]
  if (official.startsWith('Freie ')) return [official, `Freien ${official.slice(6)}`]
  return [official]
}

export const LAENDER: readonly Land[] = BASE.map((land) => ({...land, official: land.official.flatMap(inflections)}))

const codeSet: ReadonlySet<string> = new Set(LAND_CODES)

export function isLandCode(value: string): value is LandCode {
  return codeSet.has(value)
}

/** Abbreviations offices print for a Land beside the codes: "NRW", "NDS", "RLP", "LSA", "M-V", "S-H". */
export const LAND_ALIASES: Readonly<Record<string, LandCode>> = {
  'B-W': 'BW', 'M-V': 'MV', NDS: 'NI', NRW: 'NW', RLP: 'RP', LSA: 'ST', 'S-H': 'SH'
}

/** The rest of a Land's name broken at its hyphen in a narrow cell: "Nordrhein-" / "Westfalen", "Mecklenburg-" / "Vorpommern". */
export const LAND_NAME_TAIL = '(?:Westfalen|Holstein|Vorpommern|Württemberg|Pfalz|Anhalt)'
const TAIL_ALONE = new RegExp(`^${LAND_NAME_TAIL}$`)

/** "Westfalen", "Holstein" alone: the rest of a Land's name broken in its cell. */
export function isLandNameTail(text: string): boolean {
  return TAIL_ALONE.test(text)
}

/** A Land's code, or its abbreviation, as the code: "NRW" → "NW"; anything else undefined. */
export function landCodeOf(token: string): LandCode | undefined {
  return isLandCode(token) ? token : LAND_ALIASES[token]
}

// Keyed lowercase without blanks and hyphens: plain pdftotext prints "Nordrhein-" / "Westfalen" as "NordrheinWestfalen".
const key = (name: string) => name.toLowerCase().replace(/[-\s]/g, '')
const byName = new Map<string, LandCode>()
for (const land of LAENDER) {
  for (const form of [land.name, ...land.inflected, ...land.official]) {
    byName.set(key(form), land.code)
  }
}

/** "Sachsen" / "Sachsens" / "Freistaat Sachsen" / "SN" → "SN". */
export function landFromName(value: string): LandCode | undefined {
  const trimmed = value.trim()
  return landCodeOf(trimmed) ?? byName.get(key(trimmed))
}
