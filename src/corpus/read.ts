/**
 * Reading one input file within limits: only a regular file (a FIFO given
 * by name would block, a device never ends), no larger than the limit, told
 * before it is read whole. Symbolic links are followed.
 *
 * The calls are synchronous: a worker thread reads one file at a time, and
 * each asynchronous call is a round trip through libuv's thread pool, which
 * on a machine busy with the workers themselves waited for a core (about a
 * tenth of a worker's time went there).
 */
import {closeSync, constants, fstatSync, openSync, readSync, statSync} from 'node:fs'
import type {Stats} from 'node:fs'
import type {RuleId} from '../record/rules.ts'

/** The default `--max-size`: 50 MB. */
export const MAX_SIZE = 50 * 1024 * 1024

export type ReadResult =
  | {ok: true; bytes: Uint8Array}
  | {ok: false; ruleId: RuleId; reason: string}

/** `onSize` hears the size once it is known, before the read (a watchdog sets its limit by it). */
export async function readInput(path: string, maxSize = MAX_SIZE, onSize?: (size: number) => void): Promise<ReadResult> {
  return readInputSync(path, maxSize, onSize)
}

export function readInputSync(path: string, maxSize = MAX_SIZE, onSize?: (size: number) => void): ReadResult {
  let info: Stats
  try {
    info = statSync(path)
  } catch (error) {
    return unreadable(error)
  }
  const checked = check(info, maxSize)
  if (checked) return checked
  onSize?.(info.size)
  let fd: number
  try {
    // Non-blocking, so that a file swapped for a FIFO after the check cannot hang the open.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return unreadable(error)
  }
  try {
    const again = check(fstatSync(fd), maxSize)
    if (again) return again
    // Read at most one byte past the limit: a file that grew is told, not read whole.
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      // Unpooled, so that the bytes can be handed to another thread.
      const chunk = Buffer.allocUnsafeSlow(Math.min(Math.max(info.size - total, 65536), maxSize + 1 - total))
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead))
      total += bytesRead
      if (total > maxSize) return tooLarge(total, maxSize)
    }
    return {ok: true, bytes: chunks.length === 1 ? chunks[0]! : new Uint8Array(Buffer.concat(chunks, total))}
  } catch (error) {
    return unreadable(error)
  } finally {
    closeSync(fd)
  }
}

function check(info: Stats, maxSize: number): ReadResult | null {
  if (!info.isFile()) {
    const what = info.isDirectory() ? 'directory' : info.isFIFO() ? 'FIFO' : info.isCharacterDevice() ? 'character device'
      : info.isBlockDevice() ? 'block device' : info.isSocket() ? 'socket' : 'special file'
    return {ok: false, ruleId: 'input-not-file', reason: `Unexpected ${what}, expected a regular file`}
  }
  return info.size > maxSize ? tooLarge(info.size, maxSize) : null
}

function tooLarge(size: number, maxSize: number): ReadResult {
  return {ok: false, ruleId: 'input-too-large', reason: `Unexpected ${size > maxSize + 1 ? `${size} bytes` : 'more bytes than the limit'}, expected at most ${maxSize} (--max-size)`}
}

function unreadable(error: unknown): ReadResult {
  const e = error as NodeJS.ErrnoException
  return {ok: false, ruleId: 'input-unreadable', reason: `Cannot read file: ${e.code ?? e.message}`}
}
