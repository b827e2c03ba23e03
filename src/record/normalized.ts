/**
 * What the normalize stage hands on: the text every later stage reads, and
 * the map from each of its characters back to a raw byte offset.
 */
import type {RuleId} from './rules.ts'

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodeWarning {
  ruleId: RuleId
  reason: string
  /** Byte offset in the raw input. */
  offset: number
}

export interface Normalized {
  text: string
  /** map[i]: raw byte offset of text[i]; map[text.length]: raw length. */
  map: Uint32Array
  encoding: Encoding
  bom: boolean
  /** Offsets (in `text`) of the line breaks that were form feeds. */
  pageBreaks: number[]
  /** What normalization changed, by kind: {"crlf": 812, "soft-hyphen": 3}. */
  changes: Record<string, number>
  warnings: DecodeWarning[]
}
