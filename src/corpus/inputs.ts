/** What to ingest: files, directories and globs on the command line → file paths. */
import {readdir, stat} from 'node:fs/promises'
import {basename, join, resolve, dirname} from 'node:path'

/**
 * Files, directories (their `.txt` files, recursively) and simple globs
 * (`corpus/*.txt`) → sorted, distinct file paths. Missing inputs are
 * reported, not skipped silently.
 */
export async function expandInputs(inputs: readonly string[]): Promise<{files: string[]; missing: string[]}> {
  const files = new Set<string>()
  const missing: string[] = []
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
    const info = await stat(input).catch(() => null)
    if (!info) missing.push(input)
    else if (info.isDirectory()) for (const f of await walkTxt(input)) files.add(resolve(f))
    else files.add(resolve(input))
  }
  return {files: [...files].sort(), missing}
}

async function walkTxt(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...await walkTxt(path))
    else if (entry.isFile() && entry.name.endsWith('.txt')) out.push(path)
  }
  return out
}

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')
  return new RegExp(`^${body}$`)
}
