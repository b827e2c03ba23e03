/** Positions in raw bytes, for rejections and stored diagnostics. */

const decoder = new TextDecoder('utf-8')

/**
 * 1-based line and column (in characters, as the diagnostics count them) of
 * a raw byte offset. Lines end as normalization ends them: LF, CRLF, a lone
 * CR, and a form feed (a page break: a PDF's text has one per page).
 */
export function lineColumn(raw: Uint8Array, offset: number): {line: number; column: number} {
  let line = 1
  let start = 0
  const stop = Math.min(offset, raw.length)
  for (let i = 0; i < stop; i++) {
    const b = raw[i]!
    if (b === 0x0a || b === 0x0c || (b === 0x0d && raw[i + 1] !== 0x0a)) {
      line++
      start = i + 1
    }
  }
  return {line, column: decoder.decode(raw.subarray(start, stop)).length + 1}
}
