/**
 * Diagnostics are data: every problem is a `file.message` with a rule id
 * from the registry (`rules.ts`) and a place in the normalized text
 * (line/column plus offsets); the store adds the raw byte offsets. The
 * severity comes from the registry, so a rule cannot be a warning here and
 * an info there.
 */
import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import type {Point} from 'unist'
import type {Span} from './tree.ts'
import {RULES, type RuleId} from './rules.ts'

export const SOURCE = 'protokollant'

type Locator = ReturnType<typeof location>

const locators = new WeakMap<VFile, Locator>()

export function locate(file: VFile): Locator {
  let found = locators.get(file)
  if (!found) {
    found = location(file)
    locators.set(file, found)
  }
  return found
}

export function point(file: VFile, offset: number): Point {
  const p = locate(file).toPoint(offset)
  if (p) return {line: p.line, column: p.column, offset}
  return {line: 1, column: 1, offset}
}

export interface MessageOptions {
  actual?: string
  expected?: string[]
}

const severityOf = new Map<string, string>(RULES.map((r) => [r.id, r.severity]))

/** Adds a positioned message: "Unexpected X, expected Y". vfile's `fatal`: true error, false warning, null info. */
export function report(file: VFile, span: Span, ruleId: RuleId, reason: string, options: MessageOptions = {}) {
  const place = {start: point(file, span.start), end: point(file, span.end)}
  // A message is an Error whose stack vfile-message sets to '': no stack is captured for it.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message
  try {
    message = file.message(reason, {place, ruleId, source: SOURCE})
  } finally {
    Error.stackTraceLimit = limit
  }
  const severity = severityOf.get(ruleId)
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  if (options.actual !== undefined) message.actual = options.actual
  if (options.expected) message.expected = options.expected
  return message
}
