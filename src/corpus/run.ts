/**
 * One orchestration for `ingest` and `reextract`: each document is read,
 * processed by the preset and stored in one transaction, in input order;
 * then the corpus-wide pass runs and the run is closed. One error policy
 * for both: a document the pipeline or the store rejects changes nothing
 * (for `reextract`, its earlier records stay) and the others go on; a
 * failure of the corpus pass or the run record leaves the documents as
 * written and says so in `runError`.
 */
import {readFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {basename} from 'node:path'
import pLimit from 'p-limit'
import type {DB} from '../store/db.ts'
import {replaceFacts, storeDocument} from '../store/write.ts'
import {countDiagnostics, readDocument, selectDocuments} from '../store/read.ts'
import {processBytes, type Pipeline, type Processed, type Rejected} from '../document.ts'
import {resolveCorpus, type CorpusSummary} from './placement.ts'
import {finishRun, startRun} from './runs.ts'

export interface RunOptions {
  pipeline: Pipeline
  /** The preset's name, recorded with the run. */
  pipelineName?: string
  /** How many documents are read ahead of the one being written. */
  concurrency?: number
  onProgress?: (event: ProgressEvent) => void
}

export type Status = 'ingested' | 'unchanged' | 'reextracted' | 'rejected'

export interface ProgressEvent {
  done: number
  total: number
  path: string
  status: Status
}

export interface DocumentOutcome {
  /** The file as given (ingest) or the stored source (reextract). */
  path: string
  status: Status
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

export interface RunSummary {
  kind: 'ingest' | 'reextract'
  /** The run this was recorded as. */
  run: number
  documents: DocumentOutcome[]
  ingested: number
  unchanged: number
  reextracted: number
  rejected: number
  agendaItems: number
  clauses: number
  diagnostics: number
  leftovers: number
  furniture: number
  corpus: CorpusSummary
  /** Why the corpus pass or the run's snapshot failed, if it did (the documents stay written). */
  runError: string | null
  /** Selectors that matched no stored document (reextract). */
  missing: string[]
}

/** One document of a run: where its bytes come from and how its records are stored. */
interface Job {
  path: string
  load: () => Promise<Uint8Array>
  store: (result: Processed, bytes: Uint8Array) => {status: Exclude<Status, 'rejected'>; id: number; sameAs?: string}
}

export async function ingestFiles(db: DB, paths: readonly string[], options: RunOptions): Promise<RunSummary> {
  const jobs = paths.map((path): Job => ({
    path,
    load: () => readFile(path),
    store: (result, bytes) => {
      const stored = storeDocument(db, {source: basename(path), bytes, record: result.record, normalized: result.normalized, file: result.file})
      return stored.status === 'unchanged' ? {status: 'unchanged', id: stored.id, sameAs: stored.source} : {status: 'ingested', id: stored.id}
    }
  }))
  return runJobs(db, 'ingest', jobs, options, [])
}

export interface ReextractOptions extends RunOptions {
  /** Document ids, sources or sha256 prefixes; all documents when empty. */
  documents?: readonly string[]
}

/** The current pipeline over the stored raw bytes (no files needed), as a new run. */
export async function reextract(db: DB, options: ReextractOptions): Promise<RunSummary> {
  const {ids, missing} = selectDocuments(db, options.documents)
  const jobs = ids.map((id): Job => {
    const {source} = readDocument(db, id)
    return {
      path: source,
      load: async () => readDocument(db, id).raw,
      store: (result) => {
        replaceFacts(db, id, result.record, result.normalized, result.file)
        return {status: 'reextracted', id}
      }
    }
  })
  return runJobs(db, 'reextract', jobs, options, missing)
}

async function runJobs(db: DB, kind: RunSummary['kind'], jobs: Job[], options: RunOptions, missing: string[]): Promise<RunSummary> {
  const run = startRun(db, kind, options.pipelineName ?? 'custom')
  const limit = pLimit(options.concurrency ?? availableParallelism())
  const outcomes: DocumentOutcome[] = []
  // Reads run ahead (bounded); processing and writing happen in input order,
  // so ids and "ingested before" do not depend on which read finished first.
  const reads = jobs.map((job) => limit(() => job.load().then((bytes) => bytes, (error: NodeJS.ErrnoException) => error)))
  for (const [index, job] of jobs.entries()) {
    const bytes = await reads[index]!
    const outcome = bytes instanceof Error
      ? rejected(job.path, 'input-unreadable', `Cannot read file: ${bytes.code ?? bytes.message}`)
      : processAndStore(job, bytes, options.pipeline)
    outcomes.push(outcome)
    options.onProgress?.({done: index + 1, total: jobs.length, path: job.path, status: outcome.status})
  }
  // Placements that rest on other documents are redone over the whole corpus.
  // A failure here (disk full, say) leaves the documents as written and the run unfinished.
  let corpus: CorpusSummary = {replaced: 0, ambiguous: 0, persons: 0}
  let runError: string | null = null
  try {
    corpus = resolveCorpus(db)
    finishRun(db, run, jobs.length)
  } catch (error) {
    runError = error instanceof Error ? error.message : String(error)
  }
  // Diagnostics as stored: the corpus pass may have resolved some (an ambiguous Land placed by another protocol).
  for (const o of outcomes) if (o.id !== undefined && o.status !== 'unchanged') o.diagnostics = countDiagnostics(db, o.id)
  return summarize(kind, run, outcomes, corpus, runError, missing)
}

function processAndStore(job: Job, bytes: Uint8Array, pipeline: Pipeline): DocumentOutcome {
  const result = processBytes(pipeline, bytes, job.path)
  if (!result.ok) return {path: job.path, status: 'rejected', rejection: result}
  let stored: ReturnType<Job['store']>
  try {
    stored = job.store(result, bytes)
  } catch (error) {
    return rejected(job.path, 'store-failed', error instanceof Error ? error.message : String(error))
  }
  const {record} = result
  return {
    path: job.path,
    status: stored.status,
    id: stored.id,
    kind: record.kind,
    agendaItems: record.agenda.length,
    clauses: record.agenda.reduce((n, a) => n + (a.resolution?.clauses.length ?? 0), 0),
    diagnostics: result.file.messages.length,
    leftovers: record.segments.filter((s) => s.kind === 'leftover').length,
    furniture: record.segments.filter((s) => s.kind === 'furniture').length,
    ...(stored.sameAs === undefined ? {} : {sameAs: stored.sameAs})
  }
}

function rejected(path: string, ruleId: Rejected['ruleId'], reason: string): DocumentOutcome {
  return {path, status: 'rejected', rejection: {ok: false, path, ruleId, reason, line: null, column: null, offset: null}}
}

function summarize(
  kind: RunSummary['kind'], run: number, outcomes: DocumentOutcome[], corpus: CorpusSummary, runError: string | null, missing: string[]
): RunSummary {
  const count = (status: Status) => outcomes.filter((o) => o.status === status).length
  // Facts counted for the documents this run wrote (not for unchanged ones).
  const sum = (key: 'agendaItems' | 'clauses' | 'diagnostics' | 'leftovers' | 'furniture') =>
    outcomes.reduce((n, o) => n + (o.status === 'ingested' || o.status === 'reextracted' ? (o[key] ?? 0) : 0), 0)
  return {
    kind, run, documents: outcomes,
    ingested: count('ingested'), unchanged: count('unchanged'), reextracted: count('reextracted'), rejected: count('rejected'),
    agendaItems: sum('agendaItems'), clauses: sum('clauses'), diagnostics: sum('diagnostics'), leftovers: sum('leftovers'), furniture: sum('furniture'),
    corpus, runError, missing
  }
}
