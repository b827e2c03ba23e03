/**
 * Office titles printed before names in attendee tables and header lines
 * ("Staatssekretärin Martina Klement"), sorted; longest match wins in use.
 */
export const OFFICE_TITLES = [
  'Bundesminister', 'Bundesministerin', 'CDO', 'CIO', 'Chef der Staatskanzlei',
  'Chefin der Staatskanzlei', 'Frau', 'Herr', 'Landes-CDO', 'Landes-CIO', 'Minister', 'Ministerin',
  'Parlamentarische Staatssekretärin', 'Parlamentarischer Staatssekretär', 'Senator', 'Senatorin',
  'Staatsminister', 'Staatsministerin', 'Staatsrat', 'Staatsrätin', 'Staatssekretär', 'Staatssekretärin'
] as const

/** Titles that say nothing about the office: dropped, not stored as `title`. */
export const SALUTATIONS: ReadonlySet<string> = new Set(['Frau', 'Herr'])
