/**
 * The command line: a thin shell over the library. Exit codes: 0 success,
 * 1 when a file was rejected (or runs differ, for `diff`), 2 on a usage or
 * environment error.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {ingestFiles, reextract, type RunSummary} from '../corpus/run.ts'
import {expandInputs} from '../corpus/inputs.ts'
import {diffRuns, listRuns} from '../corpus/runs.ts'
import {auditModel} from '../corpus/audit.ts'
import {formatDiff} from '../formats/diff.ts'
import {renderAudit} from '../formats/audit.ts'
import {jsonFileName, toJson} from '../formats/json.ts'
import {openDatabase} from '../store/db.ts'
import {exportDocument, listDocuments} from '../store/read.ts'
import {loadPipeline, PIPELINES} from '../../pipelines/index.ts'
import {parse, UsageError} from './args.ts'

const HELP = `protokollant — protocols of German ministerial conferences → SQLite

Usage:
  protokollant ingest <files|dirs|globs…> [--db output/protokollant.sqlite] [--pipeline dmk] [--jobs N] [--quiet]
  protokollant export [--db output/protokollant.sqlite] --out <dir>
  protokollant reextract [--db …] [--doc <id|source|sha256-prefix>]… [--pipeline dmk]
  protokollant runs [--db …] [--json]
  protokollant diff [--db …] [--from RUN] [--to RUN] [--json]
  protokollant audit [--db …] --out report.html [--doc <id|source|sha256-prefix>]
  protokollant --help | <command> --help

Commands:
  ingest   read text dumps, extract records, store them (one transaction per file;
           the same bytes twice change nothing). Directories are searched for *.txt.
  export     write one protocol-export/1 JSON per stored document, read from the database alone.
  reextract  run the current pipeline over the stored raw bytes (no files needed) as a new run.
  runs       list the runs (ingest, reextract) with parser version, counts and diagnostics per rule.
  diff       added, removed and changed records between two runs (default: the last two),
             by natural key with field-level before/after.
  audit      one self-contained HTML page: the raw text with every extracted span highlighted,
             the records beside it, diagnostics at their lines, the latest diff.

Exit status: 0 ok · 1 some file rejected / runs differ (diff) · 2 usage or environment error.
`

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'ingest': return await ingest(rest)
      case 'export': return await exportCommand(rest)
      case 'reextract': return await reextractCommand(rest)
      case 'runs': return runsCommand(rest)
      case 'diff': return diffCommand(rest)
      case 'audit': return await auditCommand(rest)
      case undefined: case '-h': case '--help': case 'help':
        process.stdout.write(HELP)
        return command === undefined ? 2 : 0
      default:
        throw new UsageError(`Unknown command \`${command}\`, expected one of: ingest, export, reextract, runs, diff, audit`)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`protokollant: ${error.message}\nRun \`protokollant --help\` for usage.\n`)
      return 2
    }
    process.stderr.write(`protokollant: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }
}

const DEFAULT_DB = 'output/protokollant.sqlite'

async function ingest(argv: string[]): Promise<number> {
  const {values, positionals} = parse(argv, {
    db: {type: 'string'}, pipeline: {type: 'string'}, jobs: {type: 'string', short: 'j'}, quiet: {type: 'boolean', short: 'q'}
  })
  if (values.help) { process.stdout.write(HELP); return 0 }
  if (positionals.length === 0) throw new UsageError('ingest needs at least one file, directory or glob')
  const pipelineName = values.pipeline ?? 'dmk'
  if (!(pipelineName in PIPELINES)) throw new UsageError(`Unknown pipeline \`${pipelineName}\`, expected one of: ${Object.keys(PIPELINES).join(', ')}`)
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0)) throw new UsageError(`--jobs takes a positive whole number, not \`${values.jobs}\``)
  const {files, missing} = await expandInputs(positionals)
  for (const m of missing) process.stderr.write(`protokollant: ${m}: no such file or nothing matched\n`)
  const db = openDatabase(values.db ?? DEFAULT_DB)
  const tty = process.stderr.isTTY && !values.quiet
  const started = performance.now()
  try {
    const summary = await ingestFiles(db, files, {
      pipeline: await loadPipeline(pipelineName),
      pipelineName,
      jobs: jobs ?? availableParallelism(),
      onProgress: tty ? (e) => process.stderr.write(`\r\x1b[K[${e.done}/${e.total}] ${e.status} ${e.path.slice(-60)}`) : undefined
    })
    if (tty) process.stderr.write('\r\x1b[K')
    for (const d of summary.documents) {
      if (d.status !== 'rejected' || !d.rejection) continue
      const r = d.rejection
      const at = r.line !== null ? `:${r.line}:${r.column ?? 1}` : ''
      process.stderr.write(`${r.path}${at}: rejected: ${r.reason} [${r.ruleId}]\n`)
    }
    if (!values.quiet) printSummary(summary, values.db ?? DEFAULT_DB, performance.now() - started)
    if (summary.runError) process.stderr.write(`protokollant: the documents are stored, but the corpus pass or the run record failed: ${summary.runError}\n`)
    return summary.rejected > 0 || missing.length > 0 || summary.runError ? 1 : 0
  } finally {
    db.close()
  }
}

function printSummary(s: RunSummary, db: string, ms: number) {
  const lines = [
    `${s.documents.length} file(s) in ${(ms / 1000).toFixed(2)} s → ${db}`,
    `  ingested ${s.ingested}, unchanged ${s.unchanged}, rejected ${s.rejected}`,
    `  documents: ${kinds(s)}`,
    `  agenda items ${s.agendaItems}, clauses ${s.clauses}, diagnostics ${s.diagnostics}`,
    `  furniture lines ${s.furniture} (page numbers, running headers), leftover lines ${s.leftovers}`,
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
  const db = openDatabase(existingDb(values.db))
  try {
    await mkdir(values.out, {recursive: true})
    const docs = listDocuments(db)
    for (const doc of docs) {
      const record = exportDocument(db, doc.id)
      await writeFile(join(values.out, jsonFileName(record)), toJson(record))
    }
    process.stdout.write(`exported ${docs.length} document(s) → ${values.out}\n`)
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
  const {values} = parse(argv, {db: {type: 'string'}, doc: {type: 'string', multiple: true}, pipeline: {type: 'string'}, quiet: {type: 'boolean', short: 'q'}})
  if (values.help) { process.stdout.write(HELP); return 0 }
  const pipelineName = values.pipeline ?? 'dmk'
  if (!(pipelineName in PIPELINES)) throw new UsageError(`Unknown pipeline \`${pipelineName}\`, expected one of: ${Object.keys(PIPELINES).join(', ')}`)
  const db = openDatabase(existingDb(values.db))
  const tty = process.stderr.isTTY && !values.quiet
  try {
    const summary = await reextract(db, {
      pipeline: await loadPipeline(pipelineName), pipelineName, documents: values.doc ?? [],
      onProgress: tty ? (e) => process.stderr.write(`\r\x1b[K[${e.done}/${e.total}] ${e.path.slice(-60)}`) : undefined
    })
    if (tty) process.stderr.write('\r\x1b[K')
    for (const m of summary.missing) process.stderr.write(`protokollant: no stored document matches \`${m}\`\n`)
    for (const d of summary.documents) {
      if (d.rejection) process.stderr.write(`${d.path}: rejected: ${d.rejection.reason} [${d.rejection.ruleId}] (earlier records kept)\n`)
    }
    if (!values.quiet) process.stdout.write(`re-extracted ${summary.reextracted} document(s) as run ${summary.run}; ${summary.rejected} failed\n`)
    if (summary.runError) process.stderr.write(`protokollant: the documents are stored, but the corpus pass or the run record failed: ${summary.runError}\n`)
    return summary.rejected > 0 || summary.missing.length > 0 || summary.runError ? 1 : 0
  } finally {
    db.close()
  }
}

function runsCommand(argv: string[]): number {
  const {values} = parse(argv, {db: {type: 'string'}, json: {type: 'boolean'}})
  if (values.help) { process.stdout.write(HELP); return 0 }
  const db = openDatabase(existingDb(values.db))
  try {
    const runs = listRuns(db)
    if (values.json) {
      process.stdout.write(JSON.stringify(runs, null, 1) + '\n')
      return 0
    }
    for (const r of runs) {
      const rules = Object.entries(r.diagnostics).map(([k, n]) => `${k}×${n}`).join(' ')
      process.stdout.write(`run ${r.id}  ${r.kind.padEnd(9)} ${r.startedAt}  ${r.parserVersion}  ${r.pipeline}  ` +
        `${r.documents} file(s) · ${r.counts.documents ?? 0} documents · ${r.counts.agenda_items ?? 0} agenda items · ` +
        `${r.counts.votes ?? 0} votes${rules ? `\n        diagnostics: ${rules}` : ''}${r.endedAt ? '' : '  (unfinished)'}\n`)
    }
    if (runs.length === 0) process.stdout.write('no runs yet\n')
    return 0
  } finally {
    db.close()
  }
}

function diffCommand(argv: string[]): number {
  const {values} = parse(argv, {db: {type: 'string'}, from: {type: 'string'}, to: {type: 'string'}, json: {type: 'boolean'}})
  if (values.help) { process.stdout.write(HELP); return 0 }
  const db = openDatabase(existingDb(values.db))
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
  const db = openDatabase(existingDb(values.db))
  try {
    const html = renderAudit(auditModel(db, values.doc ?? []))
    await mkdir(dirname(values.out), {recursive: true})
    await writeFile(values.out, html)
    process.stdout.write(`audit page → ${values.out}\n`)
    return 0
  } finally {
    db.close()
  }
}
