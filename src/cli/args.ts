/** A small, strict argument parser: unknown flags are errors, not ignored. */
import {parseArgs} from 'node:util'

export class UsageError extends Error {
  override name = 'UsageError'
}

export function parse<const T extends Record<string, {type: 'string' | 'boolean'; short?: string; multiple?: boolean}>>(
  argv: string[], options: T
) {
  try {
    return parseArgs({args: argv, options: {...options, help: {type: 'boolean', short: 'h'}}, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}
