/** A line of the normalized text with its offsets (end excludes the "\n"). */
export interface Line {
  /** 0-based line index. */
  index: number
  start: number
  end: number
  text: string
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let index = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    lines.push({index: index++, start, end, text: text.slice(start, end)})
    start = end + 1
  }
  return lines
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === ''
}

/** Offsets of the text without its leading and trailing blanks. */
export function trimmedSpan(line: Line): {start: number; end: number} {
  const lead = line.text.length - line.text.trimStart().length
  const trail = line.text.length - line.text.trimEnd().length
  return {start: line.start + lead, end: Math.max(line.start + lead, line.end - trail)}
}
