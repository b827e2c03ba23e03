/** What to ingest: files, directories and globs on the command line → file paths. */
import {readdir, realpath, stat} from 'node:fs/promises'
import {basename, join, resolve, dirname} from 'node:path'
import type {RuleId} from '../record/rules.ts'

export interface InputProblem {
  path: string
  ruleId: RuleId
  reason: string
}

export interface Inputs {
  /** Sorted, distinct, absolute. */
  files: string[]
  /** Inputs that name nothing (no such file, no glob match). */
  missing: string[]
  /** Folders that cannot be read and symbolic links that lead nowhere, by name; the rest goes on. */
  rejected: InputProblem[]
}

/** A file read as a PDF, by its name: `.pdf` in any case. Any other file is read as text. */
export function isPdfPath(path: string): boolean {
  return /\.pdf$/i.test(path)
}

/**
 * Files, directories (their `.txt` and `.pdf` files, recursively) and simple globs
 * (`corpus/*.txt`) → sorted, distinct file paths. Symbolic links are
 * followed (a folder reached twice is read once); none is skipped without a
 * word. A `.txt` or `.pdf` that is no regular file (a FIFO) is kept: reading rejects it
 * by name.
 */
export async function expandInputs(inputs: readonly string[]): Promise<Inputs> {
  const files = new Set<string>()
  const missing: string[] = []
  const rejected: InputProblem[] = []
  const seen = new Set<string>()
  for (const input of inputs) {
    if (/[*?]/.test(input)) {
      const dir = dirname(input)
      const pattern = globToRegExp(basename(input))
      const entries = await readdir(dir).catch(() => null)
      const hits = (entries ?? []).filter((e) => pattern.test(e)).sort()
      if (hits.length === 0) missing.push(input)
      for (const hit of hits) files.add(resolve(dir, hit))
      continue
    }
    const info = await stat(input).catch((error: NodeJS.ErrnoException) => error)
    if (info instanceof Error) {
      if (info.code === 'ENOENT') missing.push(input)
      else rejected.push({path: input, ruleId: 'input-unreadable', reason: `Cannot read: ${info.code ?? info.message}`})
    } else if (info.isDirectory()) {
      await walk(resolve(input), files, rejected, seen)
    } else {
      files.add(resolve(input))
    }
  }
  return {files: [...files].sort(), missing, rejected}
}

async function walk(dir: string, files: Set<string>, rejected: InputProblem[], seen: Set<string>) {
  const real = await realpath(dir).catch(() => dir)
  if (seen.has(real)) return
  seen.add(real)
  let entries
  try {
    entries = await readdir(dir, {withFileTypes: true})
  } catch (error) {
    rejected.push({path: dir, ruleId: 'input-unreadable', reason: `Cannot read folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}`})
    return
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name)
    let isDirectory = entry.isDirectory()
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch((error: NodeJS.ErrnoException) => error)
      if (target instanceof Error) {
        rejected.push({path, ruleId: 'input-unreadable', reason: `Cannot follow symbolic link: ${target.code ?? target.message}`})
        continue
      }
      isDirectory = target.isDirectory()
    }
    if (isDirectory) await walk(path, files, rejected, seen)
    else if (entry.name.endsWith('.txt') || isPdfPath(entry.name)) files.add(path)
  }
}

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')
  return new RegExp(`^${body}$`)
}
