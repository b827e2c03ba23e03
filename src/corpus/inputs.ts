/** What to ingest: files, directories and globs on the command line → file paths. */
import {readdir, realpath, stat} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import type {RuleId} from '../record/rules.ts'

/** What a folder is searched for (a file named on its own, or matched by a glob, is read whatever its name). */
export const INPUT_EXTENSIONS: readonly string[] = ['.txt', '.pdf']

export interface InputProblem {
  path: string
  ruleId: RuleId
  reason: string
}

export interface Inputs {
  /** Sorted, distinct, absolute. */
  files: string[]
  /** Inputs that name nothing: no such file, a glob or a folder with no input file (`input-missing`). */
  missing: InputProblem[]
  /** Folders that cannot be read and symbolic links that lead nowhere, by name; the rest goes on. */
  rejected: InputProblem[]
}

/** A file read as a PDF, by its name: `.pdf` in any case. Any other file is read as text. */
export function isPdfPath(path: string): boolean {
  return /\.pdf$/i.test(path)
}

const wanted = (name: string) => isPdfPath(name) || INPUT_EXTENSIONS.some((ext) => name.endsWith(ext))
const extensions = () => INPUT_EXTENSIONS.map((e) => `*${e}`).join(', ')

/**
 * Files, directories (their `.txt` and `.pdf` files, recursively) and globs
 * (`corpus/**\/*.txt`, `00[0-2]*.txt`, `{a,b}*.txt`, by tinyglobby) → sorted,
 * distinct file paths. A path that exists is taken literally, even with glob
 * characters in its name. Symbolic links are followed (a folder reached
 * twice is read once); none is skipped without a word. A `.txt` or `.pdf` that is no
 * regular file (a FIFO) is kept: reading rejects it by name.
 */
export async function expandInputs(inputs: readonly string[]): Promise<Inputs> {
  const files = new Set<string>()
  const missing: InputProblem[] = []
  const rejected: InputProblem[] = []
  const seen = new Set<string>()
  for (const input of inputs) {
    const info = await stat(input).catch((error: NodeJS.ErrnoException) => error)
    if (info instanceof Error) {
      if (info.code === 'ENOENT' && isDynamicPattern(input)) {
        // A glob is taken as written (`notes/*.md` reads Markdown): the pattern says which files.
        const hits = await glob(input, {absolute: true, onlyFiles: true, expandDirectories: false})
        if (hits.length === 0) missing.push({path: input, ruleId: 'input-missing', reason: 'Nothing matched this glob'})
        for (const hit of hits) files.add(hit)
      } else if (info.code === 'ENOENT' || info.code === 'ENOTDIR') {
        missing.push({path: input, ruleId: 'input-missing', reason: 'No such file or folder'})
      } else {
        rejected.push({path: input, ruleId: 'input-unreadable', reason: `Cannot read: ${info.code ?? info.message}`})
      }
    } else if (info.isDirectory()) {
      const before = files.size
      const problems = rejected.length
      await walk(resolve(input), files, rejected, seen)
      // A folder that gave nothing (and said nothing) is an input mistake, not an empty success.
      if (files.size === before && rejected.length === problems) {
        missing.push({path: input, ruleId: 'input-missing', reason: `No ${extensions()} file in this folder`})
      }
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
    else if (wanted(entry.name)) files.add(path)
  }
}
