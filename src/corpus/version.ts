/** The parser version a run records and `--version` prints: the package version and, in a git checkout, the commit. */
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'

let version: string | undefined

/** "0.1.0" — read from package.json (src/corpus/ in the sources, dist/src/corpus/ when built). */
export function packageVersion(): string {
  const root = packageRoot()
  return (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {version: string}).version
}

/** "0.1.0+60dc6da" — the package version and, in a git checkout, the commit. */
export function parserVersion(): string {
  if (version) return version
  let commit = headCommit(packageRoot())
  if (commit === undefined) {
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: packageRoot(), stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8'}).trim()
    } catch {
      // Not a git checkout: the package version alone.
      commit = ''
    }
  }
  version = commit ? `${packageVersion()}+${commit}` : packageVersion()
  return version
}

function packageRoot(): URL {
  return [new URL('../../', import.meta.url), new URL('../../../', import.meta.url)].find((u) => existsSync(new URL('package.json', u)))!
}

/**
 * The checkout's commit, short, read from `.git` ("ref: refs/heads/main" → that ref's file or `packed-refs`; a
 * detached HEAD holds the hash): no `git` process at every run's start (30 ms and more). '' without `.git`;
 * undefined where the layout is another (a worktree's `.git` file): `git` is asked then.
 */
export function headCommit(root: URL): string | undefined {
  const git = new URL('.git/', root)
  if (!existsSync(git)) return existsSync(new URL('.git', root)) ? undefined : ''
  try {
    const head = readFileSync(new URL('HEAD', git), 'utf8').trim()
    const ref = /^ref:[ ]+(\S+)$/.exec(head)?.[1]
    if (ref === undefined) return /^[0-9a-f]{40}$/.test(head) ? head.slice(0, 7) : undefined
    const loose = new URL(ref, git)
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim().slice(0, 7)
    const packed = readFileSync(new URL('packed-refs', git), 'utf8').split('\n').find((l) => l.endsWith(` ${ref}`))
    return packed ? packed.slice(0, 7) : undefined
  } catch {
    return undefined
  }
}
