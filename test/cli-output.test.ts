/**
 * Big outputs on the command line: warnings and infos are printed up to
 * `--max-messages` (errors always) with a line that counts the others, and
 * a reader that goes away ends the command quietly (status 141, as SIGPIPE).
 */
import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const BIN = new URL('../bin/protokollant.mjs', import.meta.url).pathname
// The generality protocols, as five tools extracted them: 105 files, about 90 messages.
const CORPUS = new URL('../fixtures/generality/text', import.meta.url).pathname

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {encoding: 'utf8', timeout: 120_000})
  return {status: r.status, stdout: r.stdout, stderr: r.stderr}
}

/** Message lines of vfile-reporter's output: `line:column  severity …`. */
const messageLines = (stderr: string) => stderr.split('\n').filter((l) => /^\s*\d+:\d+(?:-\d+:\d+)?\s+(?:error|warning|info)\s/.test(l))

describe('messages of a big run', {timeout: 120_000}, () => {
  it('prints warnings and infos up to --max-messages and counts the others; all prints every one', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'protokollant-out-')), 'db.sqlite')
    const all = cli(['ingest', CORPUS, '--db', db, '--max-messages', 'all'])
    expect(all.status).toBe(0)
    const every = messageLines(all.stderr)
    expect(every.length).toBeGreaterThan(20)
    expect(all.stderr).not.toContain('not shown')
    const again = cli(['reextract', '--db', db, '--max-messages', '2'])
    // Nothing changed: reextract prints no diagnostics.
    expect(again.stderr).toBe('')
    const capped = cli(['ingest', CORPUS, '--db', join(mkdtempSync(join(tmpdir(), 'protokollant-out-')), 'db.sqlite'), '--max-messages', '2'])
    expect(capped.status).toBe(0)
    expect(messageLines(capped.stderr)).toEqual(every.slice(0, 2).map((l) => expect.stringContaining(l.trim().split(/\s+/).slice(2, 6).join(' '))))
    expect(capped.stderr).toMatch(new RegExp(`\\n${every.length - 2} more message\\(s\\) not shown \\(.*in \\d+ file\\(s\\)\\): --max-messages all prints them, --json gives them as data\\n$`))
    expect(cli(['ingest', CORPUS, '--db', db, '--max-messages', 'many']).status).toBe(2)
  })
})

describe('a reader that goes away', {timeout: 120_000}, () => {
  it('ends the command quietly with status 141', async () => {
    // The reader closes its end before the help is written.
    const child = spawn(process.execPath, [BIN, '--help'], {stdio: ['ignore', 'pipe', 'pipe']})
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
    expect(stderr).toBe('')
    expect(status).toBe(141)
  })
})
