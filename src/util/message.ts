/**
 * Diagnostics are data: every problem is a `file.message` with a rule id and
 * a place in the normalized text (line/column plus offsets); the raw byte
 * offsets are added from the normalization map.
 */
import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import type {Point} from 'unist'
import type {Span} from '../types.ts'

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
  fatal?: boolean
}

/** Adds a positioned warning: "Unexpected X, expected Y". */
export function warn(file: VFile, span: Span, ruleId: string, reason: string, options: MessageOptions = {}) {
  const message = file.message(reason, {
    place: {start: point(file, span.start), end: point(file, span.end)},
    ruleId,
    source: SOURCE
  })
  if (options.actual !== undefined) message.actual = options.actual
  if (options.expected) message.expected = options.expected
  if (options.fatal) message.fatal = true
  return message
}

/** Adds an informational message (fatal: null in vfile terms). */
export function info(file: VFile, span: Span, ruleId: string, reason: string) {
  return file.info(reason, {
    place: {start: point(file, span.start), end: point(file, span.end)},
    ruleId,
    source: SOURCE
  })
}
