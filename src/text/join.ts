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

/** Blanks that are not one plain space: a tab, or two and more. */
const FOLD = /\t[ \t]*| [ \t]+/g

export interface PrintedLine {
  /** The line as printed, blanks included. */
  raw: string
  /** Offset of `raw[0]` in the normalized text. */
  rawStart: number
}

export interface Joined {
  text: string
  /** map.at(i): normalized offset of text[i]; map.at(text.length): end of the last line. */
  map: OffsetMap
}

/**
 * Offsets of a joined text's characters, kept as runs: within a line the characters stand at consecutive
 * offsets, so a line is one run (or a few, where blanks were folded) instead of a number per character.
 */
export class OffsetMap {
  /** Where each run starts in the joined text, and the offset its first character maps to. */
  readonly #starts: number[] = []
  readonly #bases: number[] = []
  #length = 0

  /** Entries in the map: the joined text's length + 1. */
  get length(): number {
    return this.#length
  }

  /** Appends `count` entries mapped to `offset`, `offset + 1`, …. */
  push(offset: number, count = 1) {
    if (count <= 0) return
    const k = this.#starts.length - 1
    if (k < 0 || this.#bases[k]! + this.#length - this.#starts[k]! !== offset) {
      this.#starts.push(this.#length)
      this.#bases.push(offset)
    }
    this.#length += count
  }

  pop() {
    this.#length--
    const k = this.#starts.length - 1
    if (this.#starts[k] === this.#length) {
      this.#starts.pop()
      this.#bases.pop()
    }
  }

  at(i: number): number | undefined {
    if (!(i >= 0 && i < this.#length)) return undefined
    let lo = 0
    let hi = this.#starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.#starts[mid]! <= i) lo = mid
      else hi = mid - 1
    }
    return this.#bases[lo]! + i - this.#starts[lo]!
  }

  /** The first entry that maps to `offset` or later, -1 if none does. */
  firstAtLeast(offset: number): number {
    for (let k = 0; k < this.#starts.length; k++) {
      const end = k + 1 < this.#starts.length ? this.#starts[k + 1]! : this.#length
      const base = this.#bases[k]!
      if (base + end - 1 - this.#starts[k]! >= offset) return this.#starts[k]! + Math.max(0, offset - base)
    }
    return -1
  }

  toArray(): number[] {
    return Array.from({length: this.#length}, (_, i) => this.at(i)!)
  }
}

export function joinMapped(lines: readonly PrintedLine[]): Joined {
  // The text is kept as line pieces and joined once: no string per character.
  const pieces: string[] = []
  const map = new OffsetMap()
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
    // Runs of blanks become one space, mapped to the run's first blank; a single space stays as printed.
    let from = i
    FOLD.lastIndex = i
    for (let m = FOLD.exec(raw); m !== null && m.index < j; m = FOLD.exec(raw)) {
      const k = m.index
      if (k > from) {
        pieces.push(raw.slice(from, k))
        map.push(rawStart + from, k - from)
      }
      pieces.push(' ')
      map.push(rawStart + k)
      from = k + m[0].length
    }
    if (j > from) {
      pieces.push(raw.slice(from, j))
      map.push(rawStart + from, j - from)
    }
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
