/**
 * Plain `pdftotext` (poppler without -layout or -raw) joins every word broken
 * at a line's end and drops the hyphen, also a hyphen that belongs to the word:
 * "Open-" / "Source" becomes "OpenSource", "KI-" / "Verordnung" "KIVerordnung",
 * "Janssen-" / "Oltmanns" "JanssenOltmanns". Such a dump has no line that ends
 * in a hyphen, while any German text of some length has several. In such a
 * dump, the hyphen comes back where a word runs on into a capital ("Open|Source",
 * "KI|Verordnung", "Hochrisiko|KI"); names written that way on purpose
 * ("GovData", "LinkedIn") are kept. The inserted hyphen maps to the raw offset
 * of the character after it, as an expanded ligature does.
 */

/** Lines a dump needs before the missing line-end hyphens say something. */
const MIN_LINES = 80

// "OpenSource", "OnceOnly": a capitalised word of three letters or more, then another.
// "KIVerordnung", "ITDienstleister": an acronym, then a capitalised word.
// "HochrisikoKI": a word, then an acronym that ends the token.
const JUNCTION = /(?<![\p{L}\d])(?:\p{Lu}\p{Ll}{2,}(?=\p{Lu}\p{Ll}{2,})|\p{Lu}{2,5}(?=\p{Lu}\p{Ll}{2,})|\p{Lu}\p{Ll}{3,}(?=\p{Lu}{2,5}(?![\p{L}\d])))/gu

// What follows the junction is one word or one acronym ("Dienste", "KI"): an abbreviation of several parts is
// written in one on purpose ("SenInnDS", Berlin's Senatsverwaltung für Inneres, Digitalisierung und Sport).
const ONE_PART = /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,5})$/u

/** Written in one on purpose (sorted): brand and portal names. */
const CAMEL_CASE: ReadonlySet<string> = new Set([
  'DigitalService', 'GitHub', 'GitLab', 'GovData', 'GovTech', 'JavaScript', 'LinkedIn', 'OpenStreetMap', 'PowerPoint',
  'SharePoint', 'TikTok', 'WhatsApp', 'YouTube'
])

// A word broken at a line's end and going on in the next line. Plain pdftotext keeps the hyphen of the
// last line of a block ("30. Septem-" / "" / "–2–" / … / "ber 2056 mit."): a blank line after it says nothing.
const LINE_END_HYPHEN = /\p{L}-\n[ \t]*\S/u

export function isDehyphenated(text: string): boolean {
  let lines = 0
  for (let i = text.indexOf('\n'); i !== -1 && lines < MIN_LINES; i = text.indexOf('\n', i + 1)) lines++
  return lines >= MIN_LINES && !LINE_END_HYPHEN.test(text)
}

/** Offsets in `text` where a hyphen was lost (the hyphen goes before the character there). */
export function lostHyphens(text: string): number[] {
  const out: number[] = []
  for (const m of text.matchAll(JUNCTION)) {
    const at = m.index + m[0].length
    const token = wholeToken(text, m.index)
    if (CAMEL_CASE.has(token) || !ONE_PART.test(lettersFrom(text, at))) continue
    out.push(at)
  }
  return out
}

/** The letters from `at` on. */
function lettersFrom(text: string, at: number): string {
  let end = at
  while (end < text.length && /\p{L}/u.test(text[end]!)) end++
  return text.slice(at, end)
}

/** The run of letters around `at` ("GovData" in "GovData-Portal"). */
function wholeToken(text: string, at: number): string {
  let start = at
  let end = at
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--
  while (end < text.length && /\p{L}/u.test(text[end]!)) end++
  return text.slice(start, end)
}

/** The text with hyphens put back at `at`, and its map (each hyphen maps to the character after it). */
export function insertHyphens(text: string, map: Uint32Array, at: readonly number[]): {text: string; map: Uint32Array} {
  const out: string[] = []
  const next = new Uint32Array(map.length + at.length)
  let last = 0
  let n = 0
  for (const i of at) {
    out.push(text.slice(last, i), '-')
    for (let j = last; j < i; j++) next[n++] = map[j]!
    next[n++] = map[i]!
    last = i
  }
  out.push(text.slice(last))
  for (let j = last; j <= text.length; j++) next[n++] = map[j]!
  return {text: out.join(''), map: next}
}
