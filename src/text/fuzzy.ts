/**
 * Fuzzy person-name matching with natural's string distance
 * ("Nicolas Ullrich" / "Nicolas Ulrich"). Only the distance module is
 * imported: natural's index pulls in database drivers.
 */
import distance from 'natural/lib/natural/distance/index.js'

const {DamerauLevenshteinDistance} = distance as {
  DamerauLevenshteinDistance: (a: string, b: string, options?: {transposition_cost?: number; restricted?: boolean}) => number
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
  return sameKey(nameKey(a), nameKey(b))
}

/** `sameName` on keys already made with `nameKey`. */
export function sameKey(x: string, y: string): boolean {
  if (x === y) return true
  if (Math.abs(x.length - y.length) > 2 || Math.min(x.length, y.length) < MIN_FUZZY || Math.max(x.length, y.length) > MAX_FUZZY) return false
  // First names must agree in their first letter: "Nicolas Ullrich" ~ "Nicolas Ulrich", not "Niclas Ulrich" ~ "Nicolas Ullrich".
  if (x[0] !== y[0]) return false
  return DamerauLevenshteinDistance(x, y, {restricted: true}) <= 1
}

/** Shorter keys match only when equal. */
const MIN_FUZZY = 8
/**
 * Longer ones too: no name is that long, and a key's blocks are as many as its characters, each as long
 * (the fuzzer's 16,000-character "Land Land …" cell made 256 million characters of blocks).
 */
const MAX_FUZZY = 80

/**
 * Keys by blocking key, so the edit distance runs on a few candidates and
 * never on all pairs. Two keys one edit apart (insertion, deletion,
 * substitution, transposition) share a blocking key: a key itself or the
 * key with one character left out. Surname + initial would miss
 * "Ullrich" / "Ulrich", which `sameKey` accepts.
 */
export class KeyIndex {
  readonly #blocks = new Map<string, string[]>()
  readonly #keys = new Set<string>()

  get size(): number {
    return this.#keys.size
  }

  add(key: string): void {
    if (this.#keys.has(key)) return
    this.#keys.add(key)
    for (const block of blocksOf(key)) {
      const list = this.#blocks.get(block)
      if (list) list.push(key)
      else this.#blocks.set(block, [key])
    }
  }

  has(key: string): boolean {
    return this.#keys.has(key)
  }

  /** The indexed keys that `sameKey` matches with `key` (in no particular order). */
  near(key: string): string[] {
    if (key.length < MIN_FUZZY || key.length > MAX_FUZZY) return this.#keys.has(key) ? [key] : []
    const found = new Set<string>()
    for (const block of blocksOf(key)) for (const k of this.#blocks.get(block) ?? []) found.add(k)
    return [...found].filter((k) => sameKey(k, key))
  }
}

function blocksOf(key: string): string[] {
  if (key.length < MIN_FUZZY || key.length > MAX_FUZZY) return [key]
  const out = new Set([key])
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1))
  return [...out]
}
