/** Positions in raw bytes, for rejections and stored diagnostics. */

const decoder = new TextDecoder('utf-8')

/** 1-based line and column (in characters, as the diagnostics count them) of a raw byte offset. */
export function lineColumn(raw: Uint8Array, offset: number): {line: number; column: number} {
  let line = 1
  let start = 0
  for (let i = raw.indexOf(0x0a); i !== -1 && i < offset; i = raw.indexOf(0x0a, i + 1)) {
    line++
    start = i + 1
  }
  return {line, column: decoder.decode(raw.subarray(start, Math.min(offset, raw.length))).length + 1}
}
