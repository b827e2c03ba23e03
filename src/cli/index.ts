/**
 * The command line: a thin shell over the library. Exit codes: 0 success,
 * 1 when a file was rejected (or runs differ, for `diff`), 2 on a usage or
 * environment error.
 */
import {mkdir, writeFile} from 'node:fs/promises'
import {join, parse as parsePath} from 'node:path'
import {openDatabase} from '../store/db.ts'
import {exportDocument, listDocuments} from '../store/export.ts'
import {expandInputs, ingestFiles, type IngestSummary} from '../ingest.ts'
import {loadPipeline, PIPELINES} from '../pipelines.ts'
import {parse, UsageError} from './args.ts'

const HELP = `protokollant — protocols of German ministerial conferences → SQLite

Usage:
  protokollant ingest <files|dirs|globs…> [--db output/protokollant.sqlite] [--pipeline dmk] [--jobs N] [--quiet]
  protokollant export [--db output/protokollant.sqlite] --out <dir>
  protokollant --help | <command> --help

Commands:
  ingest   read text dumps, extract records, store them (one transaction per file;
           the same bytes twice change nothing). Directories are searched for *.txt.
  export   write one protocol-export/1 JSON per stored document, read from the database alone.

Exit status: 0 ok · 1 some file rejected · 2 usage or environment error.
`

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'ingest': return await ingest(rest)
      case 'export': return await exportCommand(rest)
      case undefined: case '-h': case '--help': case 'help':
        process.stdout.write(HELP)
        return command === undefined ? 2 : 0
      default:
        throw new UsageError(`Unknown command \`${command}\`, expected one of: ingest, export`)
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
      ...(jobs ? {concurrency: jobs} : {}),
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
    return summary.rejected > 0 || missing.length > 0 ? 1 : 0
  } finally {
    db.close()
  }
}

function printSummary(s: IngestSummary, db: string, ms: number) {
  const lines = [
    `${s.documents.length} file(s) in ${(ms / 1000).toFixed(2)} s → ${db}`,
    `  ingested ${s.ingested}, unchanged ${s.unchanged}, rejected ${s.rejected}`,
    `  documents: ${kinds(s)}`,
    `  agenda items ${s.agendaItems}, clauses ${s.clauses}, diagnostics ${s.diagnostics}`,
    `  furniture lines ${s.furniture} (page numbers, running headers), leftover lines ${s.leftovers}`,
    `  corpus: ${s.corpus.persons} persons; ${s.corpus.ambiguous} attendance(s) with an ambiguous Land`
  ]
  process.stdout.write(lines.join('\n') + '\n')
}

function kinds(s: IngestSummary): string {
  const counts = new Map<string, number>()
  for (const d of s.documents) if (d.status === 'ingested' && d.kind) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1)
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ') || 'none new'
}

async function exportCommand(argv: string[]): Promise<number> {
  const {values} = parse(argv, {db: {type: 'string'}, out: {type: 'string', short: 'o'}})
  if (values.help) { process.stdout.write(HELP); return 0 }
  if (!values.out) throw new UsageError('export needs --out <dir>')
  const db = openDatabase(values.db ?? DEFAULT_DB, {readonly: true})
  try {
    await mkdir(values.out, {recursive: true})
    const docs = listDocuments(db)
    for (const doc of docs) {
      const record = exportDocument(db, doc.id)
      await writeFile(join(values.out, `${parsePath(doc.source).name}.json`), JSON.stringify(record, null, 1) + '\n')
    }
    process.stdout.write(`exported ${docs.length} document(s) → ${values.out}\n`)
    return 0
  } finally {
    db.close()
  }
}
