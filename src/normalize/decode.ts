/**
 * Bytes → string, with the raw byte offset of every UTF-16 code unit.
 * Strict UTF-8 first (BOM stripped); UTF-16 only with its BOM; anything that
 * is not UTF-8 falls back to Windows-1252 with a warning. Binary input
 * (PDF bytes, NULs) is rejected: it is not a text dump.
 */

import type {DecodeWarning, Encoding} from '../record/normalized.ts'
import type {RuleId} from '../record/rules.ts'
import {matchesOf} from '../text/matches.ts'

export type {DecodeWarning, Encoding}

export interface Decoded {
  text: string
  /** offsets[i]: raw byte offset of text[i]; offsets[text.length]: raw length. */
  offsets: Uint32Array
  encoding: Encoding
  bom: boolean
  warnings: DecodeWarning[]
}

/** A file that cannot be read as a protocol at all. */
export class RejectedInput extends Error {
  readonly ruleId: RuleId
  /** Byte offset where the problem is, when there is one. */
  readonly offset: number | undefined
  constructor(ruleId: RuleId, reason: string, offset?: number) {
    super(reason)
    this.name = 'RejectedInput'
    this.ruleId = ruleId
    this.offset = offset
  }
}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new RejectedInput('input-empty', 'Unexpected empty file, expected text')
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le')
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be')
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    throw new RejectedInput('input-binary', 'Unexpected PDF bytes (`%PDF-`), expected the text extracted from it', 0)
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new RejectedInput('input-binary', 'Unexpected NUL byte, expected text (binary file?)', nul)
  }
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf])
  const start = bom ? 3 : 0
  const warnings: DecodeWarning[] = []
  try {
    const decoded = utf8.decode(bytes.subarray(start))
    const repaired = repairDoubleEncoding(decoded, utf8Offsets(decoded, start, bytes.length))
    if (repaired.count > 0) {
      warnings.push({
        ruleId: 'encoding-double-utf8',
        reason: `Unexpected double-encoded UTF-8 (\`${repaired.first}\`), expected UTF-8; repaired ${repaired.count} character(s)`,
        offset: repaired.firstOffset
      })
    }
    return {text: repaired.text, offsets: repaired.offsets, encoding: 'utf-8', bom, warnings}
  } catch {
    // Cut in the middle of a sequence: valid but for an incomplete tail.
    const cut = incompleteTail(bytes)
    if (cut > 0) {
      try {
        const text = utf8.decode(bytes.subarray(start, bytes.length - cut))
        warnings.push({
          ruleId: 'encoding-truncated',
          reason: `Unexpected end of file inside a UTF-8 sequence, dropped the last ${cut} byte(s)`,
          offset: bytes.length - cut
        })
        const offsets = utf8Offsets(text, start, bytes.length - cut)
        offsets[text.length] = bytes.length
        return {text, offsets, encoding: 'utf-8', bom, warnings}
      } catch {
        // Not UTF-8 anywhere: fall through.
      }
    }
  }
  const bad = firstInvalidUtf8(bytes, start)
  const text = decode1252(bytes)
  const offsets = new Uint32Array(text.length + 1)
  for (let i = 0; i <= text.length; i++) offsets[i] = i
  if (isMostlyBinary(bytes)) {
    throw new RejectedInput('input-binary', 'Unexpected binary data, expected text', bad)
  }
  warnings.push({
    ruleId: 'encoding-fallback',
    reason: 'Unexpected invalid UTF-8, expected UTF-8; read as Windows-1252',
    offset: bad
  })
  return {text, offsets, encoding: 'windows-1252', bom: false, warnings}
}

// Windows-1252's 0x80–0x9F (Node's decoder reads them as Latin-1 controls); undefined bytes stay as they are.
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

function decode1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const CHUNK = 8192
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const chars = new Array<string>(Math.min(CHUNK, bytes.length - i))
    for (let j = 0; j < chars.length; j++) {
      const b = bytes[i + j]!
      chars[j] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b)
    }
    parts.push(chars.join(''))
  }
  return parts.join('')
}

// Windows-1252 (and Latin-1) characters that stand for the bytes 0x80–0xBF: UTF-8 continuation bytes read as text.
const CONTINUATION = new Map<string, number>()
for (let b = 0x80; b < 0xc0; b++) {
  CONTINUATION.set(String.fromCharCode(b), b)
  if (b < 0xa0) CONTINUATION.set(CP1252_HIGH[b - 0x80]!, b)
}
const CONTINUATION_CLASS = [...CONTINUATION.keys()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
// "LÃ¤nder", "â€ž": a lead byte (0xC2–0xF4 read as Â…ô) and one to three continuation bytes read as text.
const PLAUSIBLE = /^[\u00A0-\u024F\u2000-\u206F\u20AC\u2122]$/
// The telltale sequences of double-encoded German: "Ã¤" (ä), "Ã¼" (ü), "ÃŸ" (ß), "â€ž" („), "Â " (no-break space).
const TELLTALE = /Ã[\u0080-\u00BF\u0152\u0160\u0178\u017D\u2013-\u203A]|â€|Â[\u00A0-\u00BF]/g
/** How many telltale sequences a text needs before anything in it is taken for double encoding. */
const EVIDENCE = 2
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00F4][${CONTINUATION_CLASS}]{1,3}`, 'g')

/**
 * UTF-8 that was decoded as Windows-1252 and encoded again ("LÃ¤nder" for
 * "Länder"): each such sequence that is valid UTF-8 as bytes is repaired;
 * the repaired character keeps the raw offset of its first byte.
 */
function repairDoubleEncoding(text: string, offsets: Uint32Array): {text: string; offsets: Uint32Array; count: number; first: string; firstOffset: number} {
  const out: string[] = []
  const map: number[] = []
  let last = 0
  let count = 0
  let first = ''
  let firstOffset = 0
  let evidence = 0
  for (const _ of matchesOf(text, TELLTALE)) if (++evidence >= EVIDENCE) break
  if (evidence < EVIDENCE) return {text, offsets, count, first, firstOffset}
  for (const m of matchesOf(text, MOJIBAKE)) {
    // "Ä" + soft hyphen is a soft-hyphenated word; only "Â" + soft hyphen stands for a double-encoded one.
    if (m[0].includes('\u00AD') && m[0][0] !== 'Â') continue
    const bytes = [m[0].charCodeAt(0), ...[...m[0].slice(1)].map((c) => CONTINUATION.get(c)!)]
    const need = bytes[0]! >= 0xf0 ? 4 : bytes[0]! >= 0xe0 ? 3 : 2
    if (bytes.length < need) continue
    let char: string
    try {
      char = utf8.decode(Uint8Array.from(bytes.slice(0, need)))
    } catch {
      continue
    }
    // German mojibake repairs to Latin letters, punctuation, € or ™; "ß" + soft hyphen (DF AD) is
    // valid UTF-8 too, but for an N'Ko letter: not a repair.
    if (!PLAUSIBLE.test(char)) continue
    const at = m.index
    for (let i = last; i < at; i++) map.push(offsets[i]!)
    out.push(text.slice(last, at), char)
    for (let i = 0; i < char.length; i++) map.push(offsets[at]!)
    if (count === 0) { first = m[0].slice(0, need); firstOffset = offsets[at]! }
    count++
    last = at + need
  }
  if (count === 0) return {text, offsets, count, first, firstOffset}
  for (let i = last; i < text.length; i++) map.push(offsets[i]!)
  map.push(offsets[text.length]!)
  out.push(text.slice(last))
  return {text: out.join(''), offsets: Uint32Array.from(map), count, first, firstOffset}
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const body = bytes.subarray(2, bytes.length - (bytes.length % 2))
  let text: string
  try {
    text = new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(body)
  } catch {
    throw new RejectedInput('input-binary', `Unexpected invalid ${encoding.toUpperCase()} after its byte order mark`, 2)
  }
  const offsets = new Uint32Array(text.length + 1)
  for (let i = 0; i < text.length; i++) offsets[i] = 2 + 2 * i
  offsets[text.length] = bytes.length
  const warnings: DecodeWarning[] = []
  if (bytes.length % 2 === 1) {
    warnings.push({ruleId: 'encoding-truncated', reason: 'Unexpected odd byte count in UTF-16, dropped the last byte', offset: bytes.length - 1})
  }
  return {text, offsets, encoding, bom: true, warnings}
}

/** Byte offsets of each code unit of a string decoded from UTF-8 starting at `start`. */
export function utf8Offsets(text: string, start: number, end: number): Uint32Array {
  const offsets = new Uint32Array(text.length + 1)
  let pos = start
  for (let i = 0; i < text.length; i++) {
    offsets[i] = pos
    const c = text.charCodeAt(i)
    if (c < 0x80) pos += 1
    else if (c < 0x800) pos += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair is one 4-byte sequence; its low half shares the start.
      offsets[i + 1] = pos
      i++
      pos += 4
    } else pos += 3
  }
  offsets[text.length] = end
  return offsets
}

/** Length of an incomplete UTF-8 sequence at the very end, else 0. */
function incompleteTail(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k]!
    if ((b & 0xc0) === 0x80) continue
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return need > k ? k : 0
  }
  return 0
}

function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start
  while (i < bytes.length) {
    const b = bytes[i]!
    const need = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += need + 1
  }
  return i
}

/** Random bytes: many C0 controls other than tab, newline, CR, form feed. */
function isMostlyBinary(bytes: Uint8Array): boolean {
  let control = 0
  const n = Math.min(bytes.length, 65536)
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++
  }
  return control > n * 0.01 + 2
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}
