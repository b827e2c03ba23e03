/**
 * Ingesting many files: read and process with bounded concurrency
 * (p-limit), write in input order, one transaction per document. A file
 * that is rejected changes nothing; the others are still ingested.
 */
import {readFile, readdir, stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {basename, join, resolve, dirname} from 'node:path'
import pLimit from 'p-limit'
import type {DB} from './store/db.ts'
import {storeDocument} from './store/write.ts'
import {resolveCorpus, type CorpusSummary} from './store/corpus.ts'
import {finishRun, startRun} from './runs/runs.ts'
import {processBytes, type Pipeline, type Rejected} from './process.ts'

export interface IngestOptions {
  pipeline: Pipeline
  /** The preset's name, recorded with the run. */
  pipelineName?: string
  concurrency?: number
  onProgress?: (event: ProgressEvent) => void
}

export interface ProgressEvent {
  done: number
  total: number
  path: string
  status: 'ingested' | 'unchanged' | 'rejected'
}

export interface DocumentOutcome {
  path: string
  status: 'ingested' | 'unchanged' | 'rejected'
  id?: number
  kind?: string
  agendaItems?: number
  clauses?: number
  diagnostics?: number
  leftovers?: number
  furniture?: number
  /** For `unchanged`: the source the same bytes were first ingested as. */
  sameAs?: string
  rejection?: Rejected
}

export interface IngestSummary {
  documents: DocumentOutcome[]
  ingested: number
  unchanged: number
  rejected: number
  agendaItems: number
  clauses: number
  diagnostics: number
  leftovers: number
  furniture: number
  corpus: CorpusSummary
  /** The run this ingest was recorded as. */
  run: number
  /** Why the corpus pass or the run's snapshot failed, if it did (the documents stay written). */
  runError: string | null
}

export async function ingestFiles(db: DB, paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const run = startRun(db, 'ingest', options.pipelineName ?? 'custom')
  const limit = pLimit(options.concurrency ?? availableParallelism())
  const outcomes: DocumentOutcome[] = new Array(paths.length)
  let done = 0
  // Writes happen in input order (write i waits for write i-1), so ids and
  // "ingested before" do not depend on which read finished first.
  const writes: Array<Promise<void>> = []
  const tasks = paths.map((path) => limit(async () => {
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => error)
    const result = bytes instanceof Error
      ? ({ok: false, path, ruleId: 'input-unreadable', reason: `Cannot read file: ${bytes.code ?? bytes.message}`, line: null, column: null, offset: null} satisfies Rejected)
      : processBytes(options.pipeline, bytes, path)
    return {bytes, result}
  }))
  for (let index = 0; index < paths.length; index++) {
    const path = paths[index]!
    const previous = writes[index - 1] ?? Promise.resolve()
    writes.push((async () => {
      const {bytes, result} = await tasks[index]!
      await previous
      let outcome: DocumentOutcome
      if (!result.ok) {
        outcome = {path, status: 'rejected', rejection: result}
      } else {
        try {
          const stored = storeDocument(db, {source: basename(path), bytes: bytes as Uint8Array, record: result.record, normalized: result.normalized, file: result.file})
          const {record} = result
          outcome = {
            path,
            status: stored.status,
            id: stored.id,
            kind: record.kind,
            agendaItems: record.agenda.length,
            clauses: record.agenda.reduce((n, a) => n + (a.resolution?.clauses.length ?? 0), 0),
            diagnostics: result.file.messages.length,
            leftovers: record.segments.filter((s) => s.kind === 'leftover').length,
            furniture: record.segments.filter((s) => s.kind === 'furniture').length,
            ...(stored.status === 'unchanged' ? {sameAs: stored.source} : {})
          }
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error)
          outcome = {path, status: 'rejected', rejection: {ok: false, path, ruleId: 'store-failed', reason, line: null, column: null, offset: null}}
        }
      }
      outcomes[index] = outcome
      done++
      options.onProgress?.({done, total: paths.length, path, status: outcome.status})
    })())
  }
  await Promise.all(writes)
  // Placements that rest on other documents are redone over the whole corpus.
  // A failure here (disk full, say) leaves the documents as written and the run unfinished.
  let corpus: CorpusSummary = {replaced: 0, ambiguous: 0, persons: 0}
  let runError: string | null = null
  try {
    corpus = resolveCorpus(db)
    finishRun(db, run, paths.length)
  } catch (error) {
    runError = error instanceof Error ? error.message : String(error)
  }
  // Diagnostics as stored: the corpus pass may have resolved some (an ambiguous Land placed by another protocol).
  const stored = db.prepare('SELECT COUNT(*) AS n FROM diagnostics WHERE document_id = ?')
  for (const o of outcomes) if (o.status === 'ingested' && o.id !== undefined) o.diagnostics = (stored.get(o.id) as {n: number}).n
  const count = (status: DocumentOutcome['status']) => outcomes.filter((o) => o.status === status).length
  const sum = (key: 'agendaItems' | 'clauses' | 'diagnostics' | 'leftovers' | 'furniture') =>
    outcomes.reduce((n, o) => n + (o.status === 'ingested' ? (o[key] ?? 0) : 0), 0)
  return {
    documents: outcomes,
    ingested: count('ingested'),
    unchanged: count('unchanged'),
    rejected: count('rejected'),
    agendaItems: sum('agendaItems'),
    clauses: sum('clauses'),
    diagnostics: sum('diagnostics'),
    leftovers: sum('leftovers'),
    furniture: sum('furniture'),
    corpus,
    run,
    runError
  }
}

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
