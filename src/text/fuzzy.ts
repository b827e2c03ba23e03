/**
 * Fuzzy person-name matching with natural's string distance
 * ("Nicolas Ullrich" / "Nicolas Ulrich"). Only the distance module is
 * imported: natural's index pulls in database drivers.
 */
import distance from 'natural/lib/natural/distance/index.js'

const {DamerauLevenshteinDistance} = distance as {
  DamerauLevenshteinDistance: (a: string, b: string, options?: {transposition_cost?: number}) => number
}

/** "Dr. Nicolas  Ullrich" → "nicolas ullrich": honorifics out, case and blanks folded. */
export function nameKey(name: string): string {
  return name
    .replace(/(?:Prof\.|Dr\.(?:-Ing\.)?|h\.[ \t]?c\.)[ \t]*/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/** Same person: equal keys, or one edit apart in a name long enough to carry it. */
export function sameName(a: string, b: string): boolean {
  const x = nameKey(a)
  const y = nameKey(b)
  if (x === y) return true
  if (Math.abs(x.length - y.length) > 2 || Math.min(x.length, y.length) < 8) return false
  // First names must agree in their first letter: "Nicolas Ullrich" ~ "Nicolas Ulrich", not "Niclas Ulrich" ~ "Nicolas Ullrich".
  if (x[0] !== y[0]) return false
  return DamerauLevenshteinDistance(x, y) <= 1
}
