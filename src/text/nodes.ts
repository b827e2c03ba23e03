/** Joining tree lines into texts that keep their offsets. */
import type {Span, TextLine} from '../record/tree.ts'
import {joinMapped, type Joined} from './join.ts'

export function printed(line: TextLine) {
  return {raw: line.raw, rawStart: line.start - (line.raw.length - line.raw.trimStart().length)}
}

// The attendee rules join a row's lines again for each question they ask of it: the same array, joined once. An array
// changed since (a row that took a wrapped line, a cell cut) is joined anew.
const joinedOf = new WeakMap<readonly TextLine[], {lines: TextLine[]; joined: Joined}>()

export function joinNodes(lines: readonly TextLine[]): Joined {
  const known = joinedOf.get(lines)
  if (known && known.lines.length === lines.length && known.lines.every((l, i) => l === lines[i])) return known.joined
  const joined = joinMapped(lines.map(printed))
  joinedOf.set(lines, {lines: [...lines], joined})
  return joined
}

/** The joined text of some lines and the span they cover. */
export function textOf(lines: readonly TextLine[]): {text: string; span: Span} | null {
  if (lines.length === 0) return null
  const {text} = joinNodes(lines)
  return {text, span: {start: lines[0]!.start, end: lines[lines.length - 1]!.end}}
}

/** Span in the normalized text of `[from, to)` in a joined text. */
export function spanIn(joined: Joined, from: number, to: number): Span {
  const start = joined.map.at(from) ?? joined.map.at(joined.map.length - 1)!
  const last = to > from ? joined.map.at(to - 1) : undefined
  return {start, end: last === undefined ? start : last + 1}
}
