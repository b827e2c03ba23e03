/**
 * The command line as a person uses it: exit codes and what is printed.
 * Help and version, usage errors, inputs (globs, nothing matched), messages
 * (vfile-reporter, --quiet, --json), documents named by sha256, export
 * names that never overwrite, no-op runs, export formats.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {FIXTURES, SEEDS, squash} from './helpers.ts'

const BIN = new URL('../bin/protokollant.mjs', import.meta.url).pathname
const ROOT = new URL('..', import.meta.url).pathname
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version

function cli(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {encoding: 'utf8', cwd, timeout: 120_000})
  return {status: r.status, stdout: r.stdout, stderr: r.stderr}
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'protokollant-cli-'))
}

const SEED = (name: string) => join(FIXTURES, SEEDS.find((s) => s.startsWith(name))!)

describe('help, version and usage errors', {timeout: 120_000}, () => {
  it('prints help on stdout and exits 0 without arguments, with --help and with help', () => {
    for (const args of [[], ['--help'], ['help']]) {
      const r = cli(args)
      expect(r.status, args.join(' ')).toBe(0)
      expect(r.stdout).toContain('Usage: protokollant [options] [command]')
      for (const command of ['ingest', 'export', 'reextract', 'runs', 'diff', 'audit']) expect(r.stdout).toContain(`  ${command} `)
      expect(r.stderr).toBe('')
    }
  })

  it('gives each command its own help, listing its options', () => {
    const ingest = cli(['ingest', '--help'])
    expect(ingest.status).toBe(0)
    expect(ingest.stdout).toContain('Usage: protokollant ingest [options] <inputs...>')
    for (const option of ['--db <path>', '--max-size <size>', '--jobs <n>', '--quiet', '--json']) expect(ingest.stdout).toContain(option)
    expect(ingest.stdout).not.toContain('--format')
    const exported = cli(['help', 'export'])
    expect(exported.status).toBe(0)
    expect(exported.stdout).toContain('Usage: protokollant export [options]')
    expect(exported.stdout).toMatch(/--format <format>\s+what to write \(choices: "json", "ndjson", "csv"/)
    expect(cli(['audit', '--help']).stdout).toMatch(/--from <run>[\s\S]*--to <run>/)
  })

  it('prints its version', () => {
    for (const flag of ['--version', '-V']) expect(cli([flag])).toEqual({status: 0, stdout: `${VERSION}\n`, stderr: ''})
  })

  it('names an unknown option or command, suggests the near one, and exits 2', () => {
    const option = cli(['diff', '--form', '1'])
    expect(option.status).toBe(2)
    expect(option.stdout).toBe('')
    expect(option.stderr).toBe('protokollant diff\n error Unknown option \'--form\' (Did you mean --from?) usage\n\n✖ 1 error\n' +
      'Run `protokollant diff --help` for its options.\n')
    const command = cli(['ingets'])
    expect(command.status).toBe(2)
    expect(command.stderr).toContain("error Unknown command 'ingets' (Did you mean ingest?) usage")
    const value = cli(['ingest', 'x.txt', '--jobs', 'many'])
    expect(value.status).toBe(2)
    expect(value.stderr).toContain("error Option '-j, --jobs <n>' argument 'many' is invalid. Expected a positive whole number. usage")
    const choice = cli(['export', '--out', 'x', '--format', 'xml'])
    expect(choice.status).toBe(2)
    expect(choice.stderr).toContain("Allowed choices are json, ndjson, csv.")
    expect(cli(['audit']).stderr).toContain("error Required option '-o, --out <file.html>' not specified usage")
  })
})

describe('inputs', {timeout: 120_000}, () => {
  it('reads real globs: **, braces, character classes', () => {
    const d = tmp()
    mkdirSync(join(d, 'corpus', '2024', 'deep'), {recursive: true})
    copyFileSync(SEED('dmk-01'), join(d, 'corpus', '2024', 'deep', '001_a.txt'))
    copyFileSync(SEED('dmk-02'), join(d, 'corpus', '002_b.txt'))
    copyFileSync(SEED('report-dmk-01'), join(d, 'corpus', '2024', '003_c.txt'))
    writeFileSync(join(d, 'corpus', 'notes.md'), '# not a protocol\n')
    const count = (pattern: string) => {
      const r = cli(['ingest', pattern, '--db', join(d, `${Math.random()}.sqlite`), '--json'], d)
      expect(r.status, r.stderr).toBe(0)
      return (JSON.parse(r.stdout) as {files: Array<{path: string}>}).files.map((f) => f.path.slice(d.length + 1)).sort()
    }
    expect(count('corpus/**/*.txt')).toEqual(['corpus/002_b.txt', 'corpus/2024/003_c.txt', 'corpus/2024/deep/001_a.txt'])
    expect(count('corpus/**/00[0-1]*.txt')).toEqual(['corpus/2024/deep/001_a.txt'])
    expect(count('corpus/{002,003}_*.txt')).toEqual(['corpus/002_b.txt'])
    expect(count('corpus/**/{001,003}_?.txt')).toEqual(['corpus/2024/003_c.txt', 'corpus/2024/deep/001_a.txt'])
  })

  it('exits 2 before making a database or a run when a path is missing, a glob matches nothing or a folder holds no .txt or .pdf', () => {
    const d = tmp()
    mkdirSync(join(d, 'empty'))
    writeFileSync(join(d, 'empty', 'readme.md'), 'nothing to ingest')
    const db = join(d, 'out', 'db.sqlite')
    const r = cli(['ingest', SEED('dmk-01'), join(d, 'nope.txt'), join(d, 'x*.txt'), join(d, 'empty'), '--db', db])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(squash(r.stderr)).toBe([
      join(d, 'empty'), 'error No *.txt, *.pdf file in this folder input-missing', '',
      join(d, 'nope.txt'), 'error No such file or folder input-missing', '',
      join(d, 'x*.txt'), 'error Nothing matched this glob input-missing', '',
      '✖ 3 errors', 'Nothing was ingested; no database or run was made.', ''
    ].join('\n'))
    expect(existsSync(join(d, 'out'))).toBe(false)
    const json = cli(['ingest', join(d, 'nope.txt'), '--db', db, '--json'])
    expect(json.status).toBe(2)
    expect(JSON.parse(json.stdout)).toEqual({messages: [{path: join(d, 'nope.txt'), rule_id: 'input-missing', severity: 'error',
      reason: 'No such file or folder', line: null, column: null}]})
  })
})

describe('messages', {timeout: 120_000}, () => {
  it('prints every diagnostic of the ingested files grouped per file with vfile-reporter, a rejection by position, and a summary', () => {
    const d = tmp()
    const bad = join(d, 'scan.txt')
    writeFileSync(bad, Buffer.from('%PDF-1.7\n%âãÏÓ\n'))
    // From the repository: paths inside the working folder are printed relative to it.
    const r = cli(['ingest', 'fixtures/seeds', bad, '--db', join(d, 'db.sqlite')], ROOT)
    expect(r.status).toBe(1)
    expect(squash(r.stderr)).toBe([
      bad, '1:1 error Unexpected PDF bytes (`%PDF-`), expected the text extracted from it input-binary', '',
      'fixtures/seeds/dmk-01-constituent-codes-lost.txt',
      '69:1 warning Unexpected ambiguous Land for `Claudia Keese`: kept HE, also possible MV (canonical order allows HE or MV: ' +
        'between HH (Nicolas Ullrich) and NI (Konstantin Thielecke)) attendee-ambiguous', '',
      'fixtures/seeds/dmk-02-code-column-then-names.txt',
      '239:1 info Unexpected `TOP 2.3` without a title line, expected a title agenda-title-missing', '',
      '3 messages (✖ 1 error, ⚠ 1 warning)', ''
    ].join('\n'))
    expect(r.stdout).toContain('ingested 5, unchanged 0, rejected 1')
    expect(r.stdout).toContain('recorded as run 1')
  })

  it('--quiet prints errors only; --json gives files and messages as data with snake_case keys', () => {
    const d = tmp()
    const bad = join(d, 'empty.txt')
    writeFileSync(bad, '')
    const quiet = cli(['ingest', FIXTURES, bad, '--db', join(d, 'q.sqlite'), '--quiet'])
    expect(quiet.status).toBe(1)
    expect(quiet.stdout).toBe('')
    expect(quiet.stderr).toBe(`${bad}\n error Unexpected empty file, expected text input-empty\n\n✖ 1 error\n`)
    const json = cli(['ingest', FIXTURES, bad, '--db', join(d, 'j.sqlite'), '--json'])
    expect(json.status).toBe(1)
    expect(json.stderr).toBe('')
    const out = JSON.parse(json.stdout)
    expect(out).toMatchObject({run: 1, ingested: 5, rejected: 1, agenda_items: 40})
    expect(out.files).toHaveLength(6)
    expect(out.files.find((f: any) => f.path === SEED('dmk-01'))).toEqual({path: SEED('dmk-01'), status: 'ingested', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), kind: 'protocol', same_as: null})
    expect(out.messages).toContainEqual({path: bad, rule_id: 'input-empty', severity: 'error', reason: expect.any(String), line: null, column: null})
    expect(out.messages).toContainEqual(expect.objectContaining({rule_id: 'attendee-ambiguous', severity: 'warning', line: 69, column: 1}))
    expect(JSON.stringify(out)).not.toMatch(/"[a-z]+[A-Z]\w*":/)
  })

  it('gives --json on every command, snake_case throughout', () => {
    const d = tmp()
    const db = join(d, 'db.sqlite')
    expect(cli(['ingest', FIXTURES, '--db', db]).status).toBe(0)
    const outputs = [
      cli(['reextract', '--db', db, '--pipeline', 'imk', '--json']),
      cli(['runs', '--db', db, '--json']),
      cli(['diff', '--db', db, '--json']),
      cli(['export', '--db', db, '--out', join(d, 'x'), '--json']),
      cli(['audit', '--db', db, '--out', join(d, 'a.html'), '--json'])
    ]
    for (const r of outputs) {
      expect(r.stderr).toBe('')
      const value = JSON.parse(r.stdout)
      expect(JSON.stringify(value)).not.toMatch(/"[a-z]+[A-Z]\w*":/)
      expect(value.messages).toEqual(r === outputs[0] ? expect.arrayContaining([expect.objectContaining({rule_id: 'attendee-code', line: 11})]) : [])
    }
    expect(JSON.parse(outputs[0]!.stdout)).toMatchObject({run: 2, unchanged: expect.any(Number), reextracted: expect.any(Number)})
    expect(JSON.parse(outputs[1]!.stdout).runs.map((r: any) => [r.id, r.kind, r.parser_version.startsWith(VERSION)])).toEqual([[1, 'ingest', true], [2, 'reextract', true]])
    expect(JSON.parse(outputs[2]!.stdout)).toMatchObject({from: 1, to: 2})
    expect(outputs[2]!.status).toBe(1)
  })
})

describe('documents by sha256, exports that never overwrite', {timeout: 120_000}, () => {
  it('ingests two same-named files from two folders, exports both, and asks for a sha256 where a name is ambiguous', () => {
    const d = tmp()
    mkdirSync(join(d, 'a'))
    mkdirSync(join(d, 'b'))
    copyFileSync(SEED('dmk-01'), join(d, 'a', '001_x.txt'))
    copyFileSync(SEED('dmk-02'), join(d, 'b', '001_x.txt'))
    const db = join(d, 'db.sqlite')
    const ingest = cli(['ingest', join(d, 'a'), join(d, 'b'), '--db', db, '--json'])
    expect(ingest.status).toBe(0)
    const [first, second] = (JSON.parse(ingest.stdout).files as Array<{sha256: string}>).map((f) => f.sha256)
    const out = join(d, 'export')
    const exported = cli(['export', '--db', db, '--out', out])
    expect(exported).toMatchObject({status: 0, stdout: `exported 2 document(s) as json: 2 file(s) → ${out}\n`})
    expect(readdirSync(out).sort()).toEqual([`001_x.${second!.slice(0, 8)}.json`, '001_x.json'])
    expect(JSON.parse(readFileSync(join(out, '001_x.json'), 'utf8')).document.sha256).toBe(first)
    expect(JSON.parse(readFileSync(join(out, `001_x.${second!.slice(0, 8)}.json`), 'utf8')).document.sha256).toBe(second)
    // The name names two documents: nothing is done, both are listed.
    const ambiguous = cli(['reextract', '--db', db, '--doc', '001_x.txt'])
    expect(ambiguous.status).toBe(2)
    expect(ambiguous.stderr).toContain(`001_x.txt\n error Names 2 documents, expected one: ${first!.slice(0, 12)} 001_x.txt, ${second!.slice(0, 12)} 001_x.txt document-ambiguous`)
    expect(JSON.parse(cli(['runs', '--db', db, '--json']).stdout).runs).toHaveLength(1)
    // A short prefix, like git.
    const one = cli(['export', '--db', db, '--out', '-', '--format', 'ndjson', '--doc', second!.slice(0, 6)])
    expect(one.status).toBe(0)
    expect(one.stdout.trim().split('\n').map((l) => JSON.parse(l).document.sha256)).toEqual([second])
    // Exporting one document keeps its name.
    const alone = join(d, 'alone')
    expect(cli(['export', '--db', db, '--out', alone, '--doc', second!.slice(0, 8)]).status).toBe(0)
    expect(readdirSync(alone)).toEqual([`001_x.${second!.slice(0, 8)}.json`])
    const unknown = cli(['audit', '--db', db, '--out', join(d, 'a.html'), '--doc', 'ffff0000'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('ffff0000\n error No stored document has this sha256 prefix or file name document-unknown')
  })
})

describe('runs', {timeout: 120_000}, () => {
  it('records no run that changed nothing, so diff and audit compare the runs that did', () => {
    const d = tmp()
    const db = join(d, 'db.sqlite')
    expect(cli(['ingest', FIXTURES, '--db', db]).stdout).toContain('recorded as run 1')
    const again = cli(['ingest', FIXTURES, '--db', db])
    expect(again.status).toBe(0)
    expect(again.stdout).toContain('ingested 0, unchanged 5, rejected 0')
    expect(again.stdout).toContain('nothing changed: no run recorded')
    expect(cli(['reextract', '--db', db]).stdout).toBe('re-extracted 5 document(s): 0 changed, 5 unchanged, 0 failed (earlier records kept); nothing changed: no run recorded\n')
    const diff = cli(['diff', '--db', db])
    expect(diff.status).toBe(2)
    expect(diff.stderr).toContain('error Fewer than two finished runs, expected two to compare run-unknown')
    // A real change: into the IMK preset's records and back; then the diffs name it.
    expect(cli(['reextract', '--db', db, '--pipeline', 'imk']).stdout).toMatch(/: [1-9]\d* changed, .*recorded as run 2\n$/)
    expect(cli(['reextract', '--db', db]).stdout).toMatch(/recorded as run 3\n$/)
    expect(cli(['runs', '--db', db]).stdout.match(/^run \d+/gm)).toEqual(['run 1', 'run 2', 'run 3'])
    expect(cli(['diff', '--db', db, '--from', '1', '--to', '3'])).toMatchObject({status: 0, stdout: 'runs 1 and 3 agree\n'})
    const changed = cli(['diff', '--db', db])
    expect(changed.status).toBe(1)
    expect(changed.stdout).toMatch(/^runs 2 → 3: \d+ record\(s\) differ/)
    const page = join(d, 'audit.html')
    expect(cli(['audit', '--db', db, '--out', page, '--from', '1', '--to', '3']).stdout).toBe(`audit page of 5 document(s), runs 1 → 3 → ${page}\n`)
    expect(readFileSync(page, 'utf8')).toContain('Runs 1 and 3 agree.')
    expect(cli(['audit', '--db', db, '--out', page, '--to', '9']).stderr).toContain('error No finished run 9 (--to), expected one of: 1, 2, 3 run-unknown')
  }, 120_000)

  it('says a missing database by name and exits 2', () => {
    const d = tmp()
    for (const command of [['runs'], ['diff'], ['export', '--out', join(d, 'x')], ['reextract'], ['audit', '--out', join(d, 'a.html')]]) {
      const r = cli([...command, '--db', join(d, 'none.sqlite')])
      expect(r.status).toBe(2)
      expect(r.stderr).toContain(`${join(d, 'none.sqlite')}\n error No database here, expected one made by \`protokollant ingest\` database-missing`)
      expect(existsSync(join(d, 'none.sqlite'))).toBe(false)
    }
    writeFileSync(join(d, 'text.sqlite'), 'not a database\n'.repeat(100))
    const broken = cli(['runs', '--db', join(d, 'text.sqlite')])
    expect(broken.status).toBe(2)
    expect(squash(broken.stderr)).toBe('protokollant runs\nerror file is not a database command-failed\n\n✖ 1 error\n')
  })
})

describe('export formats', {timeout: 120_000}, () => {
  it('writes json files, ndjson lines and csv tables, to a folder or to stdout', () => {
    const d = tmp()
    const db = join(d, 'db.sqlite')
    expect(cli(['ingest', FIXTURES, '--db', db]).status).toBe(0)
    const json = join(d, 'json')
    expect(cli(['export', '--db', db, '--out', json]).status).toBe(0)
    expect(readdirSync(json).sort()).toEqual(SEEDS.map((f) => f.replace('.txt', '.json')).sort())
    const record = JSON.parse(readFileSync(join(json, 'dmk-02-code-column-then-names.json'), 'utf8'))
    expect(record.format).toBe('protocol-export/1')
    expect(record.meeting.place).toBe('Futurium, Berlin')
    const array = cli(['export', '--db', db, '--out', '-'])
    expect(JSON.parse(array.stdout).map((r: any) => r.document.source)).toEqual(SEEDS)
    expect(JSON.parse(array.stdout)[1]).toEqual(record)
    const ndjson = join(d, 'ndjson')
    expect(cli(['export', '--db', db, '--out', ndjson, '--format', 'ndjson']).status).toBe(0)
    expect(readFileSync(join(ndjson, 'documents.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))[1]).toEqual(record)
    const csv = join(d, 'csv')
    const r = cli(['export', '--db', db, '--out', csv, '--format', 'csv', '--doc', 'dmk-02-code-column-then-names.txt'])
    expect(r.status).toBe(0)
    const files = readdirSync(csv)
    for (const t of ['documents.csv', 'clauses.csv', 'decisions.csv', 'positions.csv', 'vote_matrix.csv', 'attendance.csv', 'laender.csv']) expect(files).toContain(t)
    expect(files.filter((f) => /^(names|pending_|run_documents|.*_fts)/.test(f))).toEqual([])
    const documents = readFileSync(join(csv, 'documents.csv'), 'utf8').split('\r\n')
    expect(documents[0]).not.toContain('raw')
    expect(documents.filter(Boolean)).toHaveLength(2)
    expect(readFileSync(join(csv, 'laender.csv'), 'utf8')).toContain('\r\nBY,Bayern,Freistaat Bayern,2\r\n')
    const csvOut = cli(['export', '--db', db, '--out', '-', '--format', 'csv'])
    expect(csvOut.status).toBe(2)
    expect(csvOut.stderr).toContain('error Unexpected `--out -` with csv, expected a folder: csv writes a file per table and view usage')
  })
})
