/**
 * Joins printed lines into one text, as `spec/export-format.md` says:
 * single spaces between lines; "Ökodesign-" + "Verordnung" joined without a
 * space; "orts- " + "und" kept with its space; a syllable break
 * "Digitali-" + "sierung" joined without the hyphen. `joinMapped` also keeps,
 * for every character of the result, its offset in the normalized text.
 */

// Continuations after a suspended hyphen ("Energie- und Wasserversorgung").
const CONJUNCTIONS: ReadonlySet<string> = new Set(['bzw.', 'oder', 'sowie', 'und'])

const LOWER = /\p{Ll}/u

export interface PrintedLine {
  /** The line as printed, blanks included. */
  raw: string
  /** Offset of `raw[0]` in the normalized text. */
  rawStart: number
}

export interface Joined {
  text: string
  /** map[i]: normalized offset of text[i]; map[text.length]: end of the last line. */
  map: number[]
}

export function joinMapped(lines: readonly PrintedLine[]): Joined {
  // The text is kept as line pieces and joined once: no string per character.
  const pieces: string[] = []
  const map: number[] = []
  let suspended = false
  let end = lines[0]?.rawStart ?? 0
  for (const {raw, rawStart} of lines) {
    let i = 0
    let j = raw.length
    while (i < j && (raw[i] === ' ' || raw[i] === '\t')) i++
    while (j > i && (raw[j - 1] === ' ' || raw[j - 1] === '\t')) j--
    if (i === j) continue
    if (pieces.length > 0) {
      const mode = boundary(pieces, raw.slice(i, j), suspended)
      if (mode === 'drop-hyphen') {
        const last = pieces.pop()!
        if (last.length > 1) pieces.push(last.slice(0, -1))
        map.pop()
      } else if (mode === 'space') {
        pieces.push(' ')
        map.push(end)
      }
    }
    // Runs of blanks become one space, mapped to the run's first blank.
    let from = i
    let blank = false
    for (let k = i; k < j; k++) {
      const c = raw.charCodeAt(k)
      if (c === 32 || c === 9) {
        if (blank) continue
        blank = true
        if (k > from) pieces.push(raw.slice(from, k))
        pieces.push(' ')
        map.push(rawStart + k)
        from = k + 1
      } else {
        if (blank) from = k
        blank = false
        map.push(rawStart + k)
      }
    }
    if (j > from) pieces.push(raw.slice(from, j))
    end = rawStart + j
    // "orts- " at a line end: the blank after the hyphen is printed.
    suspended = j < raw.length && raw[j - 1] === '-'
  }
  map.push(end)
  return {text: pieces.join(''), map}
}

/** The character `back` places from the end of the pieces (1: the last). */
function charFromEnd(pieces: readonly string[], back: number): string {
  for (let p = pieces.length - 1; p >= 0; p--) {
    const piece = pieces[p]!
    if (back <= piece.length) return piece.charAt(piece.length - back)
    back -= piece.length
  }
  return ''
}

function boundary(pieces: readonly string[], next: string, suspended: boolean): 'space' | 'none' | 'drop-hyphen' {
  if (charFromEnd(pieces, 1) !== '-' || suspended) return 'space'
  const before = charFromEnd(pieces, 2)
  const firstWord = next.split(/[ \t]/, 1)[0]!
  if (CONJUNCTIONS.has(firstWord) || before === ' ' || before === '') return 'space'
  // "Digitali-" + "sierung": lowercase on both sides is a syllable break.
  if (LOWER.test(before) && LOWER.test(next.charAt(0))) return 'drop-hyphen'
  // "Ökodesign-" + "Verordnung", "Minister/-" + "innen": the hyphen is printed.
  return 'none'
}

/** Joins lines given as strings (no offsets needed). */
export function joinLines(lines: readonly string[]): string {
  return joinMapped(lines.map((raw) => ({raw, rawStart: 0}))).text
}
