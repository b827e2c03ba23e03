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

const JUNCTION_AT = new RegExp(JUNCTION.source, 'uy')
const LETTER = /\p{L}/u
const UPPER = /^\p{Lu}$/u
const LOWER = /^\p{Ll}$/u

// Latin-1 by their codes (a regex over the whole text ran at 40 MB/s), any other letter by its Unicode category.
function isUpper(c: number): boolean {
  return c < 0x100 ? (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) : UPPER.test(String.fromCodePoint(c))
}

function isLower(c: number): boolean {
  return c < 0x100 ? (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c !== 0xf7) || c === 0xb5 : LOWER.test(String.fromCodePoint(c))
}

/**
 * Where a junction can be: a small letter before a capital ("nS" in "OpenSource", "oK" in "HochrisikoKI"), or a capital
 * before a capital and a small letter ("IVe" in "KIVerordnung"); not in a code ("DMK", "BW"). Offsets of the first letter.
 */
function* innerCapitals(text: string): Generator<number> {
  let before = -1
  for (let i = 0; i < text.length;) {
    const c = text.codePointAt(i)!
    const next = i + (c > 0xffff ? 2 : 1)
    if (before !== -1 && isUpper(c)) {
      const b = text.codePointAt(before)!
      if (isLower(b) || (isUpper(b) && next < text.length && isLower(text.codePointAt(next)!))) yield before
    }
    before = i
    i = next
  }
}

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
  // A junction starts a run of letters with a capital after its first letter: only those runs are tried, from their
  // start (a scan of the whole text with JUNCTION's look-behind at every character cost a millisecond a document).
  let tried = -1
  for (const inner of innerCapitals(text)) {
    let start = inner
    while (start > 0 && LETTER.test(text[start - 1]!)) start--
    if (start <= tried) continue
    tried = start
    JUNCTION_AT.lastIndex = start
    const m = JUNCTION_AT.exec(text)
    if (!m) continue
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
