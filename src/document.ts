/**
 * One document through a preset: raw bytes → normalized vfile → tree →
 * record. Never throws for bad input: returns the record or a typed
 * rejection with the file, line and column.
 */
import {VFile} from 'vfile'
import type {Processor} from 'unified'
import type {Root} from './record/tree.ts'
import type {Extraction} from './record/schema.ts'
import {normalizeBytes, RejectedInput, type Normalized} from './normalize/index.ts'
import {report} from './record/message.ts'
import type {RuleId} from './record/rules.ts'
import {lineColumn} from './text/raw.ts'

/** A frozen preset: parses to a `Root`, runs transformers on it, compiles an `Extraction`. */
export type Pipeline = Processor<Root, undefined, undefined, Root, Extraction>

export interface Processed {
  ok: true
  file: VFile
  record: Extraction
  normalized: Normalized
}

export interface Rejected {
  ok: false
  path: string
  ruleId: RuleId
  reason: string
  /** 1-based line and column where the problem is, when there is one. */
  line: number | null
  column: number | null
  offset: number | null
  /** For a `pipeline-error`: where the exception was thrown (printed under `--verbose`). */
  stack?: string
}

export function processBytes(pipeline: Pipeline, bytes: Uint8Array, path: string): Processed | Rejected {
  let normalized: Normalized
  try {
    normalized = normalizeBytes(bytes)
  } catch (error) {
    if (error instanceof RejectedInput) {
      const at = error.offset === undefined ? null : lineColumn(bytes, error.offset)
      return {ok: false, path, ruleId: error.ruleId, reason: error.message, line: at?.line ?? null, column: at?.column ?? null, offset: error.offset ?? null}
    }
    throw error
  }
  const file = new VFile({path, value: normalized.text})
  file.data.normalized = normalized
  for (const w of normalized.warnings) {
    const at = rawToNormalized(normalized, w.offset)
    report(file, {start: at, end: at}, w.ruleId, w.reason)
  }
  try {
    const tree = pipeline.parse(file)
    const done = pipeline.runSync(tree, file) as Root
    const record = pipeline.stringify(done, file)
    return {ok: true, file, record, normalized}
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const place = (error as {place?: {line?: number; column?: number; start?: {line: number; column: number}}}).place
    const line = place?.start?.line ?? place?.line ?? null
    const column = place?.start?.column ?? place?.column ?? null
    const stack = error instanceof Error && error.stack ? {stack: error.stack} : {}
    return {ok: false, path, ruleId: (error as {ruleId?: RuleId}).ruleId ?? 'pipeline-error', reason: message, line, column, offset: null, ...stack}
  }
}

/** The first normalized offset at or after a raw byte offset. */
export function rawToNormalized(normalized: Normalized, raw: number): number {
  const {map} = normalized
  let lo = 0
  let hi = map.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (map[mid]! < raw) lo = mid + 1
    else hi = mid
  }
  return lo
}

