/**
 * The command line: a thin shell over the library, on commander (per-command
 * help, `--version`, unknown options named with a suggestion). Exit codes:
 * 0 success, 1 when a file was rejected (or runs differ, for `diff`), 2 on a
 * usage or environment error — said before any database or run is made.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {relative, isAbsolute} from 'node:path'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import type {DB} from '../store/db.ts'
import type {DocumentOutcome, RunSummary} from '../corpus/run.ts'
import {PIPELINES} from '../../pipelines/index.ts'
import {packageVersion} from '../corpus/version.ts'
import {CliError, formatMessages, MAX_MESSAGES, messageJson, printable, snakeKeys, usage, type Message} from './report.ts'

export {printable} from './report.ts'

// Commands load their modules when they run, so that `--help` answers at once.

const DEFAULT_DB = 'output/protokollant.sqlite'
const COMMANDS = ['ingest', 'export', 'reextract', 'runs', 'diff', 'audit'] as const

interface Common {
  db: string
  json?: boolean
}

export async function main(argv: string[]): Promise<number> {
  let code = 0
  const program = build((c) => { code = c })
  if (argv.length === 0) {
    process.stdout.write(program.helpInformation())
    return 0
  }
  try {
    await program.parseAsync(argv, {from: 'user'})
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0
      const command = COMMANDS.find((c) => c === argv[0]) ?? ''
      const reason = error.message.replace(/^error: /, '').replace(/\n/g, ' ')
      process.stderr.write(await errorText(usage(command, reason.charAt(0).toUpperCase() + reason.slice(1))))
      return 2
    }
    const failure = error instanceof CliError ? error : new CliError([{path: `protokollant ${argv[0] ?? ''}`.trim(), ruleId: 'command-failed',
      severity: 'error', reason: error instanceof Error ? error.message : String(error)}])
    process.stderr.write(await errorText(failure))
    // With --json the failure is data on stdout too.
    if (argv.includes('--json')) writeJson({messages: failure.messages.map(messageJson)})
    return 2
  }
}

async function errorText(error: CliError): Promise<string> {
  return `${await formatMessages(error.messages)}${error.hint ? `${error.hint}\n` : ''}`
}

function build(done: (code: number) => void): Command {
  const program = new Command('protokollant')
    .description('Protocols of German ministerial conferences → SQLite: every fact with its byte offsets into the raw text.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print help (also after a command: protokollant ingest --help)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      // Errors are printed by main(), in the one message style.
      outputError: () => {}
    })
    .addHelpText('after', `
Exit status: 0 ok · 1 some file rejected, or runs differ (diff) · 2 usage or environment error (nothing done).
Documents are named by sha256 (a prefix of four or more hex digits, like git) or by file name.`)
  const db = () => new Option('--db <path>', 'the SQLite database').default(DEFAULT_DB)
  const json = () => new Option('--json', 'print the result as JSON (snake_case keys) on stdout')
  const doc = (what: string) => new Option('--doc <sha256|name>', `${what} (repeatable); all when absent`).argParser(collect).default([])

  program.command('ingest')
    .description('read text dumps and PDFs, extract records, store them: one transaction per file, the same bytes twice change nothing. ' +
      'Prints every diagnostic of the files it ingested, grouped per file, and a summary.')
    .argument('<inputs...>', 'files, folders (searched for *.txt and *.pdf) and globs (`corpus/**/*.txt`, `{a,b}*.pdf`)')
    .addOption(db())
    .addOption(pipeline())
    .addOption(jobs())
    .addOption(new Option('--max-size <size>', 'larger files are rejected unread: bytes, or with KB, MB, GB (default: 50MB)').argParser(size))
    .option('-q, --quiet', 'print errors only (no warnings, no summary)')
    .addOption(maxMessages())
    .option('-v, --verbose', 'print the stack of a pipeline-error (a bug, not bad input)')
    .addOption(json())
    .action(async (inputs: string[], o: IngestOptions) => done(await ingest(inputs, o)))

  program.command('export')
    .description('write the stored documents, read from the database alone: protocol-export/1 JSON (a file per document), ' +
      'NDJSON (a line per document) or CSV (a file per table and view)')
    .addOption(db())
    .requiredOption('-o, --out <dir|->', 'the folder to write into, or - for stdout (json, ndjson)')
    .addOption(new Option('--format <format>', 'what to write').choices(['json', 'ndjson', 'csv']).default('json'))
    .addOption(doc('a document to export'))
    .addOption(json())
    .action(async (o: ExportOptions) => done(await exportCommand(o)))

  program.command('reextract')
    .description('run the current pipeline over the stored raw bytes (no files needed) as a new run; ' +
      'a PDF\'s stored text is read again, or extracted again from the stored PDF when the extractor changed; ' +
      'a run in which no record changed is not recorded')
    .addOption(db())
    .addOption(doc('a document to re-extract'))
    .addOption(pipeline())
    .addOption(jobs())
    .option('-q, --quiet', 'print errors only (no warnings, no summary)')
    .addOption(maxMessages())
    .option('-v, --verbose', 'print the stack of a pipeline-error (a bug, not bad input)')
    .addOption(json())
    .action(async (o: ReextractOptions) => done(await reextractCommand(o)))

  program.command('runs')
    .description('list the runs (ingest, reextract) with parser version, counts and diagnostics per rule')
    .addOption(db())
    .addOption(json())
    .action(async (o: Common) => done(await runsCommand(o)))

  program.command('diff')
    .description('added, removed and changed records between two runs (default: the last two), ' +
      'by natural key with field-level before → after; exit 0 same, 1 differ')
    .addOption(db())
    .addOption(run('--from', 'the earlier run (default: the one before --to)'))
    .addOption(run('--to', 'the later run (default: the last)'))
    .addOption(json())
    .action(async (o: RunRange) => done(await diffCommand(o)))

  program.command('audit')
    .description('one self-contained HTML page: the text of each document with every extracted span highlighted, ' +
      'the records beside the spans they came from, diagnostics at their lines, the diff of two runs')
    .addOption(db())
    .requiredOption('-o, --out <file.html>', 'the page to write')
    .addOption(doc('a document to show'))
    .addOption(run('--from', 'the earlier run of the diff shown (default: the one before --to)'))
    .addOption(run('--to', 'the later run of the diff shown (default: the last)'))
    .addOption(json())
    .action(async (o: AuditOptions) => done(await auditCommand(o)))
  return program
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

function pipeline(): Option {
  return new Option('--pipeline <name>', 'the conference preset').choices(Object.keys(PIPELINES)).default('dmk')
}

function maxMessages(): Option {
  return new Option('--max-messages <n|all>', `print every error, and warnings and infos up to n (default ${MAX_MESSAGES}; a last line counts the others; all: every one)`)
    .argParser((value) => {
      if (value === 'all') return Infinity
      const n = Number(value)
      if (!(Number.isInteger(n) && n >= 0)) throw new InvalidArgumentError('Expected a whole number or `all`.')
      return n
    })
}

function jobs(): Option {
  return new Option('-j, --jobs <n>', 'worker threads that process documents (default: one per core)').argParser((value) => {
    const n = Number(value)
    if (!(Number.isInteger(n) && n > 0)) throw new InvalidArgumentError('Expected a positive whole number.')
    return n
  })
}

function run(flag: string, what: string): Option {
  return new Option(`${flag} <run>`, what).argParser((value) => {
    const n = Number(value)
    if (!(Number.isInteger(n) && n > 0)) throw new InvalidArgumentError('Expected a run number (see `protokollant runs`).')
    return n
  })
}

const UNITS: Readonly<Record<string, number>> = {'': 1, B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3}

function size(value: string): number {
  const m = /^(\d+(?:\.\d+)?)[ \t]*([KMG]?B?)$/i.exec(value.trim())
  const unit = m ? UNITS[m[2]!.toUpperCase()] : undefined
  if (!m || unit === undefined) throw new InvalidArgumentError('Expected a size such as 50MB or 1000000.')
  return Math.floor(Number(m[1]) * unit)
}

/** A path as printed: relative to the working folder when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path)
  return isAbsolute(path) && rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}

/** Opens the database; a run cut off by a kill is said (as a message) and its corpus-wide pass finished first. */
async function open(path: string, notices: Message[]): Promise<DB> {
  const {openDatabase} = await import('../store/db.ts')
  const {finishCutOffRuns} = await import('../corpus/runs.ts')
  const db = openDatabase(path)
  try {
    const cut = await finishCutOffRuns(db)
    for (const r of cut?.runs ?? []) {
      notices.push({path, ruleId: 'run-cut-off', severity: 'warning',
        reason: `Run ${r.id} (${r.kind}, started ${r.startedAt}) was cut off before it ended; its documents are whole, the corpus-wide pass is finished now`})
    }
  } catch (error) {
    db.close()
    throw error
  }
  return db
}

function existingDb(path: string): string {
  if (!existsSync(path)) {
    throw new CliError([{path, ruleId: 'database-missing', severity: 'error', reason: 'No database here, expected one made by `protokollant ingest`'}],
      'Ingest something first, or pass --db.')
  }
  return path
}

/** The documents `--doc` names (all when none); a selector naming none or several is an error before anything is done. */
async function selection(db: DB, selectors: string[]): Promise<number[] | undefined> {
  if (selectors.length === 0) return undefined
  const {selectDocuments} = await import('../store/read.ts')
  const {ids, missing, ambiguous} = selectDocuments(db, selectors)
  const messages: Message[] = [
    ...missing.map((m): Message => ({path: m, ruleId: 'document-unknown', severity: 'error', reason: 'No stored document has this sha256 prefix or file name'})),
    ...ambiguous.map((a): Message => ({path: a.selector, ruleId: 'document-ambiguous', severity: 'error',
      reason: `Names ${a.candidates.length} documents, expected one: ${a.candidates.map((c) => `${c.sha256.slice(0, 12)} ${c.source}`).join(', ')}`}))
  ]
  if (messages.length > 0) throw new CliError(messages, 'Name a document by a longer sha256 prefix or by its file name (the documents table lists both).')
  return ids
}

function writeJson(value: unknown) {
  process.stdout.write(`${JSON.stringify(snakeKeys(value), null, 1)}\n`)
}

async function printMessages(messages: readonly Message[], errorsOnly = false, limit = Infinity) {
  process.stderr.write(await formatMessages(messages, {errorsOnly, limit, color: process.stderr.isTTY === true && !process.env.NO_COLOR}))
}

/** What a document of a run has to say: its rejection (with the stack under --verbose), or the diagnostics stored for it. */
async function outcomeMessages(db: DB, documents: readonly DocumentOutcome[], verbose: boolean): Promise<Message[]> {
  const {documentDiagnostics} = await import('../store/read.ts')
  const out: Message[] = []
  for (const d of documents) {
    const path = shown(d.path)
    if (d.status === 'rejected' && d.rejection) {
      const r = d.rejection
      out.push({path, ruleId: r.ruleId, severity: 'error', reason: r.reason, line: r.line, column: r.column, ...(verbose && r.stack ? {note: r.stack} : {})})
    } else if ((d.status === 'ingested' || d.status === 'reextracted') && d.id !== undefined) {
      for (const m of documentDiagnostics(db, d.id)) {
        out.push({path, ruleId: m.rule_id, severity: m.severity as Message['severity'], reason: m.reason, line: m.line, column: m.column})
      }
    }
  }
  return out
}

function runFailed(db: string, summary: RunSummary): Message[] {
  return summary.runError ? [{path: db, ruleId: 'run-failed', severity: 'error',
    reason: `The documents are stored, but the corpus pass or the run record failed: ${summary.runError}`}] : []
}

interface IngestOptions extends Common {
  pipeline: string
  jobs?: number
  maxSize?: number
  maxMessages?: number
  quiet?: boolean
  verbose?: boolean
}

async function ingest(inputs: string[], o: IngestOptions): Promise<number> {
  // The pool's module loads no part of the pipeline: the worker threads start before this thread loads the run's.
  const [{expandInputs}, {startWorkers}] = await Promise.all([import('../corpus/inputs.ts'), import('../corpus/pool.ts')])
  const {files, missing, rejected} = await expandInputs(inputs)
  if (missing.length > 0) {
    throw new CliError(missing.map((m) => ({path: m.path, ruleId: m.ruleId, severity: 'error', reason: m.reason})),
      'Nothing was ingested; no database or run was made.')
  }
  const messages: Message[] = []
  // Worker threads load the preset themselves, while this thread opens the database.
  const options = {pipelineName: o.pipeline, jobs: o.jobs ?? availableParallelism(), ...(o.maxSize === undefined ? {} : {maxSize: o.maxSize})}
  const workers = startWorkers(files.length, options)
  let db: DB
  let ingestFiles: typeof import('../corpus/run.ts').ingestFiles
  try {
    ;[db, {ingestFiles}] = await Promise.all([open(o.db, messages), import('../corpus/run.ts')])
  } catch (error) {
    await workers?.close()
    throw error
  }
  const tty = process.stderr.isTTY && !o.quiet && !o.json
  const started = performance.now()
  try {
    const summary = await ingestFiles(db, files, {
      ...options, ...(workers ? {workers} : {}),
      onProgress: tty ? (e) => process.stderr.write(`\r\x1b[K[${e.done}/${e.total}] ${e.status} ${printable(e.path.slice(-60))}`) : undefined
    })
    if (tty) process.stderr.write('\r\x1b[K')
    messages.push(...rejected.map((r): Message => ({path: shown(r.path), ruleId: r.ruleId, severity: 'error', reason: r.reason})))
    messages.push(...await outcomeMessages(db, summary.documents, o.verbose ?? false), ...runFailed(o.db, summary))
    const code = summary.rejected > 0 || rejected.length > 0 || summary.runError ? 1 : 0
    if (o.json) {
      writeJson({database: o.db, run: summary.run, ...counts(summary, rejected.length),
        files: [...summary.documents.map((d) => ({path: d.path, status: d.status, sha256: d.sha256 ?? null, kind: d.kind ?? null, sameAs: d.sameAs ?? null})),
          ...rejected.map((r) => ({path: r.path, status: 'rejected', sha256: null, kind: null, sameAs: null}))],
        messages: messages.map(messageJson)})
      return code
    }
    await printMessages(messages, o.quiet, o.maxMessages ?? MAX_MESSAGES)
    if (!o.quiet) printSummary(summary, rejected.length, o.db, performance.now() - started)
    return code
  } finally {
    await workers?.close()
    db.close()
  }
}

function counts(s: RunSummary, unread: number) {
  return {
    ingested: s.ingested, unchanged: s.unchanged, reextracted: s.reextracted, rejected: s.rejected + unread,
    agendaItems: s.agendaItems, clauses: s.clauses, diagnostics: s.diagnostics, furniture: s.furniture, leftovers: s.leftovers,
    corpus: s.corpus
  }
}

function printSummary(s: RunSummary, unread: number, db: string, ms: number) {
  const lines = [
    `${s.documents.length + unread} file(s) in ${(ms / 1000).toFixed(2)} s → ${printable(db)}`,
    `  ingested ${s.ingested}, unchanged ${s.unchanged}, rejected ${s.rejected + unread}`,
    `  documents: ${kinds(s)}`,
    `  agenda items ${s.agendaItems}, clauses ${s.clauses}, diagnostics ${s.diagnostics}`,
    `  furniture lines ${s.furniture} (page numbers, running headers), leftover lines ${s.leftovers}`,
    ...(s.pdfs > 0 ? [`  PDFs ${s.pdfs}, ${s.pages} page(s) read`] : []),
    `  corpus: ${s.corpus.persons} persons; ${s.corpus.ambiguous} attendance(s) with an ambiguous Land`,
    s.run === null ? '  nothing changed: no run recorded' : `  recorded as run ${s.run}`
  ]
  process.stdout.write(lines.join('\n') + '\n')
}

function kinds(s: RunSummary): string {
  const counts = new Map<string, number>()
  for (const d of s.documents) if (d.status === 'ingested' && d.kind) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1)
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ') || 'none new'
}

interface ExportOptions extends Common {
  out: string
  format: 'json' | 'ndjson' | 'csv'
  doc: string[]
}

async function exportCommand(o: ExportOptions): Promise<number> {
  const stdout = o.out === '-'
  if (stdout && o.format === 'csv') throw usage('export', 'Unexpected `--out -` with csv, expected a folder: csv writes a file per table and view')
  if (stdout && o.json) throw usage('export', 'Unexpected `--json` with `--out -`: the export itself is the output')
  const {exportToFolder, exportToStream} = await import('../formats/export.ts')
  const notices: Message[] = []
  const db = await open(existingDb(o.db), notices)
  try {
    const ids = await selection(db, o.doc)
    await printMessages(notices)
    if (stdout) {
      exportToStream(db, o.format as 'json' | 'ndjson', (chunk) => process.stdout.write(chunk), ids)
      return 0
    }
    const summary = await exportToFolder(db, o.format, o.out, ids)
    if (o.json) writeJson({out: o.out, ...summary, messages: notices.map(messageJson)})
    else process.stdout.write(`exported ${summary.documents} document(s) as ${o.format}: ${summary.files.length} file(s) → ${printable(o.out)}\n`)
    return 0
  } finally {
    db.close()
  }
}

interface ReextractOptions extends Common {
  doc: string[]
  pipeline: string
  jobs?: number
  maxMessages?: number
  quiet?: boolean
  verbose?: boolean
}

async function reextractCommand(o: ReextractOptions): Promise<number> {
  const {reextract} = await import('../corpus/run.ts')
  const messages: Message[] = []
  const db = await open(existingDb(o.db), messages)
  const tty = process.stderr.isTTY && !o.quiet && !o.json
  try {
    await selection(db, o.doc)
    const summary = await reextract(db, {
      pipelineName: o.pipeline, jobs: o.jobs ?? availableParallelism(), documents: o.doc,
      onProgress: tty ? (e) => process.stderr.write(`\r\x1b[K[${e.done}/${e.total}] ${printable(e.path.slice(-60))}`) : undefined
    })
    if (tty) process.stderr.write('\r\x1b[K')
    messages.push(...await outcomeMessages(db, summary.documents, o.verbose ?? false), ...runFailed(o.db, summary))
    const code = summary.rejected > 0 || summary.runError ? 1 : 0
    if (o.json) {
      writeJson({database: o.db, run: summary.run, ...counts(summary, 0),
        documents: summary.documents.map((d) => ({source: d.path, status: d.status, sha256: d.sha256 ?? null})),
        messages: messages.map(messageJson)})
      return code
    }
    await printMessages(messages, o.quiet, o.maxMessages ?? MAX_MESSAGES)
    const extractor = summary.documents.find((d) => d.extracted)?.extracted?.extractor
    const pdfs = summary.pdfs > 0 ? `; ${summary.pdfs} PDF text(s) extracted again with ${extractor}` : ''
    if (!o.quiet) {
      process.stdout.write(`re-extracted ${summary.documents.length} document(s): ${summary.reextracted} changed, ` +
        `${summary.unchanged} unchanged, ${summary.rejected} failed (earlier records kept)${pdfs}; ` +
        `${summary.run === null ? 'nothing changed: no run recorded' : `recorded as run ${summary.run}`}\n`)
    }
    return code
  } finally {
    db.close()
  }
}

async function runsCommand(o: Common): Promise<number> {
  const {listRuns} = await import('../corpus/runs.ts')
  const notices: Message[] = []
  const db = await open(existingDb(o.db), notices)
  try {
    const runs = listRuns(db)
    if (o.json) {
      writeJson({runs, messages: notices.map(messageJson)})
      return 0
    }
    await printMessages(notices)
    for (const r of runs) {
      const rules = Object.entries(r.diagnostics).map(([k, n]) => `${k}×${n}`).join(' ')
      const state = r.cutOff ? '  (cut off; its corpus pass finished later)' : r.endedAt ? '' : '  (unfinished)'
      process.stdout.write(`run ${r.id}  ${r.kind.padEnd(9)} ${r.startedAt}  ${r.parserVersion}  ${r.pipeline}  ` +
        `${r.documents} file(s) · ${r.counts.documents ?? 0} documents · ${r.counts.agenda_items ?? 0} agenda items · ` +
        `${r.counts.votes ?? 0} votes${r.counts.pdf_extracted ? ` · ${r.counts.pdf_extracted} PDF text(s) extracted` : ''}` +
        `${rules ? `\n        diagnostics: ${rules}` : ''}${state}\n`)
    }
    if (runs.length === 0) process.stdout.write('no runs yet\n')
    return 0
  } finally {
    db.close()
  }
}

interface RunRange extends Common {
  from?: number
  to?: number
}

/** The two runs to compare: --from/--to, by default the last finished run and the one before it. */
async function range(db: DB, o: RunRange, need: boolean): Promise<{from: number; to: number} | null> {
  const {listRuns} = await import('../corpus/runs.ts')
  const finished = listRuns(db).filter((r) => r.endedAt).map((r) => r.id)
  const unknown = (flag: string, id: number) => new CliError([{path: o.db, ruleId: 'run-unknown', severity: 'error',
    reason: `No finished run ${id} (${flag}), expected one of: ${finished.join(', ') || 'none yet'}`}], 'See `protokollant runs`.')
  if (o.to !== undefined && !finished.includes(o.to)) throw unknown('--to', o.to)
  if (o.from !== undefined && !finished.includes(o.from)) throw unknown('--from', o.from)
  const to = o.to ?? finished.at(-1)
  const from = o.from ?? finished.filter((id) => to !== undefined && id < to).at(-1)
  if (from === undefined || to === undefined) {
    if (!need) return null
    throw new CliError([{path: o.db, ruleId: 'run-unknown', severity: 'error', reason: 'Fewer than two finished runs, expected two to compare'}],
      'Ingest, then reextract (a run that changes nothing is not recorded).')
  }
  return {from, to}
}

async function diffCommand(o: RunRange): Promise<number> {
  const [{diffRuns}, {formatDiff}] = await Promise.all([import('../corpus/runs.ts'), import('../formats/diff.ts')])
  const notices: Message[] = []
  const db = await open(existingDb(o.db), notices)
  try {
    const {from, to} = (await range(db, o, true))!
    const changed = diffRuns(db, from, to).filter((d) => d.changes.length > 0)
    if (o.json) {
      writeJson({from, to, documents: changed, messages: notices.map(messageJson)})
    } else {
      await printMessages(notices)
      const n = changed.reduce((k, d) => k + d.changes.length, 0)
      process.stdout.write(changed.length === 0 ? `runs ${from} and ${to} agree\n`
        : `runs ${from} → ${to}: ${n} record(s) differ in ${changed.length} document(s)\n${formatDiff(changed)}\n`)
    }
    return changed.length > 0 ? 1 : 0
  } finally {
    db.close()
  }
}

interface AuditOptions extends RunRange {
  out: string
  doc: string[]
}

async function auditCommand(o: AuditOptions): Promise<number> {
  const [{mkdir, writeFile}, {dirname}, {auditModel}, {renderAudit}] = await Promise.all([
    import('node:fs/promises'), import('node:path'), import('../corpus/audit.ts'), import('../formats/audit.ts')
  ])
  const notices: Message[] = []
  const db = await open(existingDb(o.db), notices)
  try {
    const ids = await selection(db, o.doc)
    const runs = await range(db, o, o.from !== undefined || o.to !== undefined)
    const model = auditModel(db, {ids, runs})
    await mkdir(dirname(o.out), {recursive: true})
    await writeFile(o.out, renderAudit(model))
    if (o.json) {
      writeJson({out: o.out, documents: model.documents.length, diff: runs, messages: notices.map(messageJson)})
    } else {
      await printMessages(notices)
      process.stdout.write(`audit page of ${model.documents.length} document(s)${runs ? `, runs ${runs.from} → ${runs.to}` : ''} → ${printable(o.out)}\n`)
    }
    return 0
  } finally {
    db.close()
  }
}
