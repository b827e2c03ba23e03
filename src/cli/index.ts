/**
 * The command line: a thin shell over the library. Exit codes: 0 success,
 * 1 when a file was rejected (or runs differ, for `diff`), 2 on a usage or
 * environment error.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import type {DB} from '../store/db.ts'
import type {DocumentOutcome, RunSummary} from '../corpus/run.ts'
import {PIPELINES} from '../../pipelines/index.ts'
import {parse, UsageError} from './args.ts'

// Commands load their modules when they run, so that `--help` answers at once.

const HELP = `protokollant — protocols of German ministerial conferences → SQLite

Usage:
  protokollant ingest <files|dirs|globs…> [--db output/protokollant.sqlite] [--pipeline dmk] [--jobs N]
                      [--max-size 50MB] [--quiet] [--verbose]
  protokollant export [--db output/protokollant.sqlite] --out <dir>
  protokollant reextract [--db …] [--doc <id|source|sha256-prefix>]… [--pipeline dmk] [--jobs N] [--verbose]
  protokollant runs [--db …] [--json]
  protokollant diff [--db …] [--from RUN] [--to RUN] [--json]
  protokollant audit [--db …] --out report.html [--doc <id|source|sha256-prefix>]
  protokollant --help | <command> --help

Commands:
  ingest   read text dumps and PDFs, extract records, store them (one transaction per file;
           the same bytes twice change nothing). Directories are searched for *.txt and *.pdf.
  export     write one protocol-export/1 JSON per stored document, read from the database alone.
  reextract  run the current pipeline over the stored raw bytes (no files needed) as a new run;
             a PDF's stored text is read again, or extracted again when the extractor changed.
  runs       list the runs (ingest, reextract) with parser version, counts and diagnostics per rule.
  diff       added, removed and changed records between two runs (default: the last two),
             by natural key with field-level before/after.
  audit      one self-contained HTML page: the raw text with every extracted span highlighted,
             the records beside it, diagnostics at their lines, the latest diff.

Options:
  --jobs N       worker threads that process documents (default: one per core)
  --max-size S   larger files are rejected unread (default 50MB; bytes, or with KB, MB, GB)
  --verbose      print the stack of a pipeline-error (a bug, not bad input)

Exit status: 0 ok · 1 some file rejected / runs differ (diff) · 2 usage or environment error.
`

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'ingest': return await ingest(rest)
      case 'export': return await exportCommand(rest)
      case 'reextract': return await reextractCommand(rest)
      case 'runs': return await runsCommand(rest)
      case 'diff': return await diffCommand(rest)
      case 'audit': return await auditCommand(rest)
      case undefined: case '-h': case '--help': case 'help':
        process.stdout.write(HELP)
        return command === undefined ? 2 : 0
      default:
        throw new UsageError(`Unknown command \`${printable(command)}\`, expected one of: ingest, export, reextract, runs, diff, audit`)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`protokollant: ${printable(error.message)}\nRun \`protokollant --help\` for usage.\n`)
      return 2
    }
    process.stderr.write(`protokollant: ${printable(error instanceof Error ? error.message : String(error))}\n`)
    return 2
  }
}

const DEFAULT_DB = 'output/protokollant.sqlite'

/**
 * A file name or message as it may be printed: control characters (ESC,
 * newline …), line separators and bidirectional overrides escaped, so a
 * name cannot move the cursor or hide itself.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
}

/** The lines a rejected document prints on stderr; the stack of a pipeline-error under --verbose. */
export function rejectionLines(d: DocumentOutcome, verbose: boolean, note = ''): string {
  const r = d.rejection!
  const at = r.line !== null ? `:${r.line}:${r.column ?? 1}` : ''
  const stack = verbose && r.stack ? `${r.stack.split('\n').map((l) => `    ${printable(l)}`).join('\n')}\n` : ''
  return `${printable(r.path)}${at}: rejected: ${printable(r.reason)} [${r.ruleId}]${note}\n${stack}`
}

function pipelineOption(value: string | undefined): string {
  const name = value ?? 'dmk'
  if (!(name in PIPELINES)) throw new UsageError(`Unknown pipeline \`${name}\`, expected one of: ${Object.keys(PIPELINES).join(', ')}`)
  return name
}

function jobsOption(value: string | undefined): number {
  if (value === undefined) return availableParallelism()
  const jobs = Number(value)
  if (!(Number.isInteger(jobs) && jobs > 0)) throw new UsageError(`--jobs takes a positive whole number, not \`${value}\``)
  return jobs
}

const UNITS: Readonly<Record<string, number>> = {'': 1, B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3}

function sizeOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const m = /^(\d+(?:\.\d+)?)[ \t]*([KMG]?B?)$/i.exec(value.trim())
  const unit = m ? UNITS[m[2]!.toUpperCase()] : undefined
  if (!m || unit === undefined) throw new UsageError(`--max-size takes a size such as 50MB or 1000000, not \`${value}\``)
  return Math.floor(Number(m[1]) * unit)
}

/** Opens the database; a run cut off by a kill is said and its corpus-wide pass finished first. */
async function open(path: string): Promise<DB> {
  const {openDatabase} = await import('../store/db.ts')
  const {finishCutOffRuns} = await import('../corpus/runs.ts')
  const db = openDatabase(path)
  try {
    const cut = finishCutOffRuns(db)
    for (const r of cut?.runs ?? []) {
      process.stderr.write(`protokollant: run ${r.id} (${r.kind}, started ${r.startedAt}) was cut off before it ended; ` +
        'its documents are whole, the corpus-wide pass is finished now\n')
    }
  } catch (error) {
    db.close()
    throw error
  }
  return db
}

async function ingest(argv: string[]): Promise<number> {
  const {values, positionals} = parse(argv, {
    db: {type: 'string'}, pipeline: {type: 'string'}, jobs: {type: 'string', short: 'j'}, quiet: {type: 'boolean', short: 'q'},
    'max-size': {type: 'string'}, verbose: {type: 'boolean', short: 'v'}
  })
  if (values.help) { process.stdout.write(HELP); return 0 }
  if (positionals.length === 0) throw new UsageError('ingest needs at least one file, directory or glob')
  const pipelineName = pipelineOption(values.pipeline)
  const jobs = jobsOption(values.jobs)
  const maxSize = sizeOption(values['max-size'])
  const [{expandInputs}, {ingestFiles}] = await Promise.all([import('../corpus/inputs.ts'), import('../corpus/run.ts')])
  const {files, missing, rejected} = await expandInputs(positionals)
  for (const m of missing) process.stderr.write(`protokollant: ${printable(m)}: no such file or nothing matched\n`)
  for (const r of rejected) process.stderr.write(`${printable(r.path)}: rejected: ${printable(r.reason)} [${r.ruleId}]\n`)
  const db = await open(values.db ?? DEFAULT_DB)
  const tty = process.stderr.isTTY && !values.quiet
  const started = performance.now()
  try {
    // Worker threads load the preset themselves.
    const summary = await ingestFiles(db, files, {
      pipelineName, jobs, ...(maxSize === undefined ? {} : {maxSize}),
      onProgress: tty ? (e) => process.stderr.write(`\r\x1b[K[${e.done}/${e.total}] ${e.status} ${printable(e.path.slice(-60))}`) : undefined
    })
    if (tty) process.stderr.write('\r\x1b[K')
    for (const d of summary.documents) if (d.status === 'rejected' && d.rejection) process.stderr.write(rejectionLines(d, values.verbose ?? false))
    if (!values.quiet) printSummary(summary, rejected.length, values.db ?? DEFAULT_DB, performance.now() - started)
    if (summary.runError) process.stderr.write(`protokollant: the documents are stored, but the corpus pass or the run record failed: ${printable(summary.runError)}\n`)
    return summary.rejected > 0 || rejected.length > 0 || missing.length > 0 || summary.runError ? 1 : 0
  } finally {
    db.close()
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
    `  recorded as run ${s.run}`
  ]
  process.stdout.write(lines.join('\n') + '\n')
}

function kinds(s: RunSummary): string {
  const counts = new Map<string, number>()
  for (const d of s.documents) if (d.status === 'ingested' && d.kind) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1)
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ') || 'none new'
}

async function exportCommand(argv: string[]): Promise<number> {
  const {values} = parse(argv, {db: {type: 'string'}, out: {type: 'string', short: 'o'}})
  if (values.help) { process.stdout.write(HELP); return 0 }
  if (!values.out) throw new UsageError('export needs --out <dir>')
  const [{mkdir, writeFile}, {join}, {exportDocument, listDocuments}, {jsonFileName, toJson}] = await Promise.all([
    import('node:fs/promises'), import('node:path'), import('../store/read.ts'), import('../formats/json.ts')
  ])
  const db = await open(existingDb(values.db))
  try {
    await mkdir(values.out, {recursive: true})
    const docs = listDocuments(db)
    for (const doc of docs) {
      const record = exportDocument(db, doc.id)
      await writeFile(join(values.out, jsonFileName(record)), toJson(record))
    }
    process.stdout.write(`exported ${docs.length} document(s) → ${printable(values.out)}\n`)
    return 0
  } finally {
    db.close()
  }
}

function existingDb(path: string | undefined): string {
  const db = path ?? DEFAULT_DB
  if (!existsSync(db)) throw new UsageError(`No database at \`${db}\`: ingest something first, or pass --db`)
  return db
}

async function reextractCommand(argv: string[]): Promise<number> {
  const {values} = parse(argv, {
    db: {type: 'string'}, doc: {type: 'string', multiple: true}, pipeline: {type: 'string'}, jobs: {type: 'string', short: 'j'},
    quiet: {type: 'boolean', short: 'q'}, verbose: {type: 'boolean', short: 'v'}
  })
  if (values.help) { process.stdout.write(HELP); return 0 }
  const pipelineName = pipelineOption(values.pipeline)
  const jobs = jobsOption(values.jobs)
  const {reextract} = await import('../corpus/run.ts')
  const db = await open(existingDb(values.db))
  const tty = process.stderr.isTTY && !values.quiet
  try {
    const summary = await reextract(db, {
      pipelineName, jobs, documents: values.doc ?? [],
      onProgress: tty ? (e) => process.stderr.write(`\r\x1b[K[${e.done}/${e.total}] ${printable(e.path.slice(-60))}`) : undefined
    })
    if (tty) process.stderr.write('\r\x1b[K')
    for (const m of summary.missing) process.stderr.write(`protokollant: no stored document matches \`${printable(m)}\`\n`)
    for (const d of summary.documents) if (d.rejection) process.stderr.write(rejectionLines(d, values.verbose ?? false, ' (earlier records kept)'))
    const pdfs = summary.pdfs > 0 ? ` (${summary.pdfs} PDF text(s) extracted again with ${summary.documents.find((d) => d.extracted)!.extracted!.extractor})` : ''
    if (!values.quiet) process.stdout.write(`re-extracted ${summary.reextracted} document(s) as run ${summary.run}${pdfs}; ${summary.rejected} failed\n`)
    if (summary.runError) process.stderr.write(`protokollant: the documents are stored, but the corpus pass or the run record failed: ${printable(summary.runError)}\n`)
    return summary.rejected > 0 || summary.missing.length > 0 || summary.runError ? 1 : 0
  } finally {
    db.close()
  }
}

async function runsCommand(argv: string[]): Promise<number> {
  const {values} = parse(argv, {db: {type: 'string'}, json: {type: 'boolean'}})
  if (values.help) { process.stdout.write(HELP); return 0 }
  const {listRuns} = await import('../corpus/runs.ts')
  const db = await open(existingDb(values.db))
  try {
    const runs = listRuns(db)
    if (values.json) {
      process.stdout.write(JSON.stringify(runs, null, 1) + '\n')
      return 0
    }
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

async function diffCommand(argv: string[]): Promise<number> {
  const {values} = parse(argv, {db: {type: 'string'}, from: {type: 'string'}, to: {type: 'string'}, json: {type: 'boolean'}})
  if (values.help) { process.stdout.write(HELP); return 0 }
  const [{diffRuns, listRuns}, {formatDiff}] = await Promise.all([import('../corpus/runs.ts'), import('../formats/diff.ts')])
  const db = await open(existingDb(values.db))
  try {
    const finished = listRuns(db).filter((r) => r.endedAt)
    const pick = (value: string | undefined, fallback: number | undefined, flag: string) => {
      if (value === undefined) {
        if (fallback === undefined) throw new UsageError('diff needs two finished runs (ingest, then reextract)')
        return fallback
      }
      const n = Number(value)
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} takes a run number, not \`${value}\``)
      return n
    }
    const to = pick(values.to, finished.at(-1)?.id, '--to')
    const from = pick(values.from, finished.filter((r) => r.id < to).at(-1)?.id, '--from')
    const docs = diffRuns(db, from, to)
    const changed = docs.filter((d) => d.changes.length > 0)
    if (values.json) {
      process.stdout.write(JSON.stringify({from, to, documents: changed}, null, 1) + '\n')
    } else if (changed.length === 0) {
      process.stdout.write(`runs ${from} and ${to} agree\n`)
    } else {
      const n = changed.reduce((k, d) => k + d.changes.length, 0)
      process.stdout.write(`runs ${from} → ${to}: ${n} record(s) differ in ${changed.length} document(s)\n${formatDiff(changed)}\n`)
    }
    return changed.length > 0 ? 1 : 0
  } finally {
    db.close()
  }
}

async function auditCommand(argv: string[]): Promise<number> {
  const {values} = parse(argv, {db: {type: 'string'}, out: {type: 'string', short: 'o'}, doc: {type: 'string', multiple: true}})
  if (values.help) { process.stdout.write(HELP); return 0 }
  if (!values.out) throw new UsageError('audit needs --out <file.html>')
  const [{mkdir, writeFile}, {dirname}, {auditModel}, {renderAudit}] = await Promise.all([
    import('node:fs/promises'), import('node:path'), import('../corpus/audit.ts'), import('../formats/audit.ts')
  ])
  const db = await open(existingDb(values.db))
  try {
    const html = renderAudit(auditModel(db, values.doc ?? []))
    await mkdir(dirname(values.out), {recursive: true})
    await writeFile(values.out, html)
    process.stdout.write(`audit page → ${printable(values.out)}\n`)
    return 0
  } finally {
    db.close()
  }
}
