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
  let commit = ''
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: packageRoot(), stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8'}).trim()
  } catch {
    // Not a git checkout: the package version alone.
  }
  version = commit ? `${packageVersion()}+${commit}` : packageVersion()
  return version
}

function packageRoot(): URL {
  return [new URL('../../', import.meta.url), new URL('../../../', import.meta.url)].find((u) => existsSync(new URL('package.json', u)))!
}
