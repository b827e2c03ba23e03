/**
 * Normalized text with an offset map back to the raw bytes: CRLF and CR to
 * LF, form feeds to line breaks (recorded as page breaks), soft hyphens and
 * zero-width characters dropped, no-break spaces as spaces, ligatures
 * expanded, NFC; hyphens that plain pdftotext dropped at line ends put back
 * (`rehyphenate.ts`). Idempotent: normalizing normalized text changes nothing.
 */
import type {Normalized} from '../record/normalized.ts'
import {decode, type Decoded} from './decode.ts'
import {insertHyphens, isDehyphenated, lostHyphens} from './rehyphenate.ts'
import {splitColumns} from './columns.ts'
import {matchesOf} from '../text/matches.ts'

export type {Normalized}

const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st'
}

const LEADER = /\.{4}|…{2}/
const LEADERS = /\.{4,}|…{2,}/g

export function normalizeBytes(bytes: Uint8Array): Normalized {
  return normalizeDecoded(decode(bytes))
}

export function normalizeDecoded(decoded: Decoded): Normalized {
  const {text: src, offsets} = decoded
  const out: string[] = []
  // Only ligatures grow the text (by at most two characters each).
  let ligatures = 0
  for (const _ of matchesOf(src, /[\uFB00-\uFB06]/g)) ligatures++
  const map = new Uint32Array(src.length + 2 * ligatures + 1)
  const changes: Record<string, number> = {}
  const pageBreaks: number[] = []
  const bump = (kind: string) => { changes[kind] = (changes[kind] ?? 0) + 1 }
  let n = 0
  // Copy runs of unchanged characters in one slice; handle the rest one by one.
  let runStart = 0
  const flush = (end: number) => {
    if (end > runStart) {
      out.push(src.slice(runStart, end))
      for (let j = runStart; j < end; j++) map[n++] = offsets[j]!
    }
  }
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i)
    if (c >= 0x20 && c < 0x7f) continue
    if (c === 0x0a || c === 0x09) continue
    let replacement: string | undefined
    let skipNext = false
    if (c === 0x0d) {
      if (src.charCodeAt(i + 1) === 0x0a) { skipNext = true; bump('crlf') } else bump('cr')
      replacement = '\n'
    } else if (c === 0x0c) {
      replacement = '\n'
      bump('form-feed')
    } else if (c === 0xad) {
      replacement = ''
      bump('soft-hyphen')
    } else if (c === 0xa0 || c === 0x202f || c === 0x2007) {
      replacement = ' '
      bump('no-break-space')
    } else if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff) {
      replacement = ''
      bump('zero-width')
    } else if (c >= 0xfb00 && c <= 0xfb06) {
      replacement = LIGATURES[src[i]!]
      bump('ligature')
    }
    if (replacement === undefined) continue
    flush(i)
    if (c === 0x0c) pageBreaks.push(n)
    out.push(replacement)
    for (let j = 0; j < replacement.length; j++) map[n++] = offsets[i]!
    if (skipNext) i++
    runStart = i + 1
  }
  flush(src.length)
  map[n] = offsets[src.length]!
  let text = out.join('')
  let finalMap: Uint32Array = map.subarray(0, n + 1)
  if (text.normalize('NFC') !== text) {
    const composed = composeNfc(text, finalMap)
    text = composed.text
    finalMap = composed.map
    bump('nfc')
  }
  // "Baden-Württemberg ........ Ministerin …", "Bericht des Bundes …… 3": dot leaders between two cells are blanks (as many, so
  // every offset stays).
  if (LEADER.test(text)) {
    text = text.replace(LEADERS, (m) => ' '.repeat(m.length))
    bump('dot-leader')
  }
  const columns = splitColumns(text, finalMap, pageBreaks)
  if (columns.regions > 0) {
    text = columns.text
    finalMap = columns.map
    changes['columns'] = columns.regions
  }
  if (isDehyphenated(text)) {
    const lost = lostHyphens(text)
    if (lost.length > 0) {
      const repaired = insertHyphens(text, finalMap, lost)
      text = repaired.text
      finalMap = repaired.map
      changes['rehyphenated'] = lost.length
    }
  }
  return {
    text,
    map: finalMap,
    encoding: decoded.encoding,
    bom: decoded.bom,
    pageBreaks,
    changes,
    warnings: decoded.warnings
  }
}

/**
 * NFC cluster by cluster (a base and its combining marks), so every composed
 * character keeps the raw offset of its base.
 */
function composeNfc(text: string, map: Uint32Array): {text: string; map: Uint32Array} {
  const out: string[] = []
  const next = new Uint32Array(text.length + 1)
  let n = 0
  const cluster = /\P{M}\p{M}*|\p{M}+/gsu
  let last = 0
  for (const match of matchesOf(text, cluster)) {
    const piece = match[0]
    const composed = piece.normalize('NFC')
    if (composed === piece) continue
    const at = match.index
    if (at > last) {
      out.push(text.slice(last, at))
      for (let j = last; j < at; j++) next[n++] = map[j]!
    }
    out.push(composed)
    for (let j = 0; j < composed.length; j++) next[n++] = map[at]!
    last = at + piece.length
  }
  out.push(text.slice(last))
  for (let j = last; j < text.length; j++) next[n++] = map[j]!
  next[n] = map[text.length]!
  return {text: out.join(''), map: next.subarray(0, n + 1)}
}
