/**
 * Inputs on disk, through the CLI: only regular files are read, none larger
 * than --max-size, both told before reading; symbolic links followed or
 * reported; an unreadable folder rejected by name while the batch goes on;
 * file names printed with their control characters escaped.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {FIXTURES, SEEDS, squash} from './helpers.ts'
import {printable} from '../src/cli/index.ts'
import {formatMessages, type Message} from '../src/cli/report.ts'

const BIN = new URL('../bin/protokollant.mjs', import.meta.url).pathname

function cli(args: string[], options: {uid?: number; gid?: number} = {}) {
  const started = performance.now()
  const r = spawnSync(process.execPath, [BIN, ...args], {encoding: 'utf8', timeout: 60_000, ...options})
  return {status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started}
}

function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'protokollant-inputs-'))
  chmodSync(d, 0o755)
  return d
}

// Each test runs the CLI several times: under a loaded machine's two cores that takes more than the default 5 s.
describe('inputs', {timeout: 120_000}, () => {
  it('rejects FIFOs, devices and files over --max-size by name, follows links, and ingests the rest', () => {
    const d = dir()
    const input = join(d, 'in')
    mkdirSync(join(input, 'sub'), {recursive: true})
    mkdirSync(join(d, 'elsewhere'))
    copyFileSync(join(FIXTURES, SEEDS[0]!), join(input, 'a.txt'))
    copyFileSync(join(FIXTURES, SEEDS[1]!), join(d, 'elsewhere', 'b.txt'))
    copyFileSync(join(FIXTURES, SEEDS[2]!), join(d, 'elsewhere', 'c.txt'))
    symlinkSync(join(d, 'elsewhere'), join(input, 'linked'))
    symlinkSync(join(d, 'elsewhere', 'c.txt'), join(input, 'c-link.txt'))
    symlinkSync(join(d, 'nowhere.txt'), join(input, 'broken.txt'))
    symlinkSync(input, join(input, 'sub', 'loop'))
    expect(spawnSync('mkfifo', [join(input, 'fifo.txt')]).status).toBe(0)
    writeFileSync(join(input, 'big.txt'), '')
    truncateSync(join(input, 'big.txt'), 2 ** 30)
    writeFileSync(join(input, 'mid.txt'), Buffer.alloc(3 * 2 ** 20, 'a\n'))
    const r = cli(['ingest', input, '/dev/zero', '--db', join(d, 'db.sqlite'), '--max-size', '2MB'])
    // One block per file, as vfile-reporter groups them: the path, then `error <reason> <rule-id>`.
    const blocks = squash(r.stderr).split('\n\n')
    expect(blocks.filter((b) => b.includes('\nerror ')).sort()).toEqual([
      '/dev/zero\nerror Unexpected character device, expected a regular file input-not-file',
      `${input}/big.txt\nerror Unexpected 1073741824 bytes, expected at most 2097152 (--max-size) input-too-large`,
      `${input}/broken.txt\nerror Cannot follow symbolic link: ENOENT input-unreadable`,
      `${input}/fifo.txt\nerror Unexpected FIFO, expected a regular file input-not-file`,
      `${input}/mid.txt\nerror Unexpected 3145728 bytes, expected at most 2097152 (--max-size) input-too-large`
    ])
    expect(blocks.at(-1)).toMatch(/^\d+ messages \(✖ 5 errors, ⚠ \d+ warnings?\)\n$/)
    // a.txt, c-link.txt and linked/b.txt, linked/c.txt (c twice: the same bytes once); the loop read once.
    expect(r.stdout).toContain('9 file(s)')
    expect(r.stdout).toContain('ingested 3, unchanged 1, rejected 5')
    expect(r.status).toBe(1)
  })

  it('rejects a 1 GB file and /dev/zero within a second of their turn', () => {
    const d = dir()
    writeFileSync(join(d, 'big.txt'), '')
    truncateSync(join(d, 'big.txt'), 2 ** 30)
    const r = cli(['ingest', join(d, 'big.txt'), '/dev/zero', '--db', join(d, 'db.sqlite'), '--jobs', '1'])
    expect(r.stderr).toMatch(/big\.txt\n error .* input-too-large\n/)
    expect(r.stderr).toMatch(/\/dev\/zero\n error .* input-not-file\n/)
    expect(r.status).toBe(1)
    process.stdout.write(`1 GB file and /dev/zero rejected, whole command ${Math.round(r.ms)} ms\n`)
  })

  it('rejects an unreadable folder by name and ingests the others', () => {
    const d = dir()
    mkdirSync(join(d, 'in', 'closed'), {recursive: true})
    copyFileSync(join(FIXTURES, SEEDS[0]!), join(d, 'in', 'a.txt'))
    copyFileSync(join(FIXTURES, SEEDS[1]!), join(d, 'in', 'closed', 'b.txt'))
    chmodSync(join(d, 'in', 'closed'), 0o000)
    // root reads any folder: run as nobody then.
    const asUser = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {}
    if (process.getuid?.() === 0) chmodSync(d, 0o777)
    const r = cli(['ingest', join(d, 'in'), '--db', join(d, 'db.sqlite'), '--quiet'], asUser)
    chmodSync(join(d, 'in', 'closed'), 0o755)
    expect(r.stderr).toBe(`${join(d, 'in', 'closed')}\n error Cannot read folder: EACCES input-unreadable\n\n✖ 1 error\n`)
    expect(r.stdout).toBe('')
    expect(cli(['runs', '--db', join(d, 'db.sqlite'), '--json']).stdout).toContain('"documents": 1,')
    expect(r.status).toBe(1)
  })

  it('escapes control characters in file names and messages', () => {
    expect(printable('a\x1b[31mred\nline\u202Etxt.txt')).toBe('a\\u{1b}[31mred\\u{a}line\\u{202e}txt.txt')
    const d = dir()
    const name = join(d, 'esc\x1b[2Jname\n.txt')
    writeFileSync(name, '%PDF-1.4')
    const r = cli(['ingest', name, '--db', join(d, 'db.sqlite')])
    expect(r.stderr).toBe(`${d}/esc\\u{1b}[2Jname\\u{a}.txt\n1:1 error Unexpected PDF bytes (\`%PDF-\`), expected the text extracted from it input-binary\n\n✖ 1 error\n`)
  })

  it('prints the stack of a pipeline-error only under --verbose', async () => {
    const messages: Message[] = [{path: 'x.txt', ruleId: 'pipeline-error', severity: 'error', reason: 'Cannot read properties of null'}]
    expect(await formatMessages(messages)).toBe('x.txt\n error Cannot read properties of null pipeline-error\n\n✖ 1 error\n')
    const stack = 'TypeError: Cannot read properties of null\n    at place (attendees.ts:12:3)'
    expect(await formatMessages([{...messages[0]!, note: stack}])).toBe('x.txt\n error Cannot read properties of null pipeline-error\n' +
      '  [note]:\n    TypeError: Cannot read properties of null\n        at place (attendees.ts:12:3)\n\n✖ 1 error\n')
  })
})
