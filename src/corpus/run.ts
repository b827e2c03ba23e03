/**
 * One orchestration for `ingest` and `reextract`: documents are read and
 * processed ahead (in worker threads with `jobs`, or in this thread), and
 * written here, one transaction per document, in input order; then the
 * corpus-wide pass runs and the run is closed. One error policy for both:
 * a document the pipeline or the store rejects changes nothing (for
 * `reextract`, its earlier records stay) and the others go on; a writer
 * that finds the database locked waits and tries again; a failure of the
 * corpus pass or the run record leaves the documents as written and says
 * so in `runError`.
 */
import {basename} from 'node:path'
import {retryBusy, type DB} from '../store/db.ts'
import {replaceRows, storeRows} from '../store/write.ts'
import {countDiagnostics, documentRefs, readDocument, selectDocuments} from '../store/read.ts'
import type {Pipeline, Rejected} from '../document.ts'
import {resolveCorpus, type CorpusSummary} from './placement.ts'
import {finishRun, startRun} from './runs.ts'
import {MAX_SIZE} from './read.ts'
import {startWorkers, type Workers} from './pool.ts'
import {load, processTask} from './work.ts'
import {rejection, type Counts, type Processed, type Task} from './task.ts'
import {isPdfPath} from './inputs.ts'
import {extractorOf, readExtractedText} from '../store/pdf.ts'
import {currentExtractor, EXTRACTOR_VERSION} from '../pdf/index.ts'

export interface RunOptions {
  /** The preset, for work in this thread (worker threads load it by `pipelineName`). */
  pipeline?: Pipeline
  /** The preset's name, recorded with the run; worker threads load the preset by it. */
  pipelineName?: string
  /** Worker threads that read and process documents (the CLI's default: one per core); 0 or none: this thread. */
  jobs?: number
  /** Largest input file in bytes (default 50 MB); larger ones are rejected as `input-too-large` unread. */
  maxSize?: number
  /** Milliseconds a document of this many bytes may take in a worker (default: 10 s + 1 s per 100 KB). */
  limit?: (bytes: number) => number
  onProgress?: (event: ProgressEvent) => void
  /**
   * Worker threads started by `startWorkers` before the database was opened (they load the preset
   * meanwhile); the run uses and closes them instead of starting its own.
   */
  workers?: Workers
}

/** `unchanged`: the same bytes were stored before (ingest), or the records came out the same (reextract). */
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
  /** Of the bytes (the document's id for people: `--doc` takes a prefix of it). */
  sha256?: string
  kind?: string
  agendaItems?: number
  clauses?: number
  diagnostics?: number
  leftovers?: number
  furniture?: number
  /** For `unchanged`: the source the same bytes were first ingested as. */
  sameAs?: string
  /** A PDF whose text this run extracted (ingested, or extracted again): the extractor and the pages. */
  extracted?: {extractor: string; pages: number}
  rejection?: Rejected
}

export interface RunSummary {
  kind: 'ingest' | 'reextract'
  /** The run this was recorded as; null when it changed nothing (a no-op run is not recorded). */
  run: number | null
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
  /** PDFs whose text this run extracted, and their pages. */
  pdfs: number
  pages: number
}

/** One document of a run: what to read and how its records are stored. */
interface Job {
  path: string
  task: () => Task
  store: (result: Extract<Processed, {ok: true}>) => {status: Exclude<Status, 'rejected'>; id: number; sameAs?: string}
}

export async function ingestFiles(db: DB, paths: readonly string[], options: RunOptions): Promise<RunSummary> {
  const jobs = paths.map((path): Job => ({
    path,
    task: () => (isPdfPath(path) ? {path, read: 'pdf'} : {path}),
    store: (result) => {
      const stored = storeRows(db, {source: basename(path), bytes: result.bytes, sha256: result.sha256, rows: result.rows, ...(result.pdf ? {pdf: result.pdf} : {})})
      return stored.status === 'unchanged' ? {status: 'unchanged', id: stored.id, sameAs: stored.source} : {status: 'ingested', id: stored.id}
    }
  }))
  return runJobs(db, 'ingest', jobs, options, [])
}

export interface ReextractOptions extends RunOptions {
  /** Document ids, sources or sha256 prefixes; all documents when empty. */
  documents?: readonly string[]
}

/**
 * The current pipeline over the stored raw bytes (no files needed), as a new
 * run. A PDF's stored text is read again while its extractor is the current
 * one; made by another, the text is extracted again from the stored PDF.
 */
export async function reextract(db: DB, options: ReextractOptions): Promise<RunSummary> {
  // A selector that names several documents selects none: it counts as missing here (the CLI says which).
  const selection = selectDocuments(db, options.documents)
  const {ids} = selection
  const missing = [...selection.missing, ...selection.ambiguous.map((a) => a.selector)]
  const current = currentExtractor()
  // The names only: a document's bytes are read when its turn comes, not all of them up front.
  const sources = new Map(documentRefs(db).map((d) => [d.id, d.source]))
  const jobs = ids.map((id): Job => {
    const source = sources.get(id)!
    return {
      path: source,
      task: (): Task => {
        const made = extractorOf(db, id)
        if (!made) return {path: source, bytes: readDocument(db, id).raw}
        if (made.version !== EXTRACTOR_VERSION || made.extractor !== current) return {path: source, bytes: readDocument(db, id).raw, read: 'pdf'}
        const stored = readExtractedText(db, id)!
        return {path: source, bytes: stored.text, read: 'pdf-text', furniture: stored.furniture}
      },
      store: (result) => ({status: replaceRows(db, id, result.rows, result.pdf) ? 'reextracted' : 'unchanged', id})
    }
  })
  return runJobs(db, 'reextract', jobs, options, missing)
}

async function runJobs(db: DB, kind: RunSummary['kind'], jobs: Job[], options: RunOptions, missing: string[]): Promise<RunSummary> {
  const run = retryBusy(() => startRun(db, kind, options.pipelineName ?? 'custom'))
  const maxSize = options.maxSize ?? MAX_SIZE
  const workers = options.jobs ?? 0
  const pool = options.workers ?? startWorkers(jobs.length, options, kind === 'ingest' ? 'every' : 'changed')
  if (!pool && !options.pipeline) throw new Error('Unexpected run in this thread without a pipeline, expected `pipeline`')
  const work = async (task: Task): Promise<Processed> => {
    if (pool) return pool.run(task)
    const bytes = await load(task, maxSize)
    return bytes instanceof Uint8Array ? processTask(options.pipeline!, task, bytes) : bytes
  }
  const outcomes: DocumentOutcome[] = []
  // Work runs ahead of the writer (bounded); writing happens in input order,
  // so ids and "ingested before" do not depend on which document was done first.
  const ahead = Math.max(2, workers * 4)
  const results: Array<Promise<Processed> | undefined> = []
  const start = (i: number) => { if (i < jobs.length) results[i] = work(jobs[i]!.task()) }
  try {
    for (let i = 0; i < ahead; i++) start(i)
    for (const [index, job] of jobs.entries()) {
      const result = await results[index]!
      results[index] = undefined
      start(index + ahead)
      const outcome = store(job, result)
      outcomes.push(outcome)
      options.onProgress?.({done: index + 1, total: jobs.length, path: job.path, status: outcome.status})
    }
  } finally {
    await pool?.close()
  }
  // Placements that rest on other documents are redone where this run changed what they rest on.
  // A failure here (disk full, say) leaves the documents as written and the run unfinished.
  let corpus: CorpusSummary = {replaced: 0, ambiguous: 0, persons: 0}
  let runError: string | null = null
  let recorded = true
  const pdfs = outcomes.filter((o) => o.extracted).length
  try {
    corpus = resolveCorpus(db)
    const wrote = outcomes.some((o) => o.status === 'ingested' || o.status === 'reextracted')
    recorded = await finishRun(db, run, jobs.length, {dropIfIdle: !wrote, ...(pdfs > 0 ? {own: {pdf_extracted: pdfs}} : {})})
  } catch (error) {
    runError = error instanceof Error ? error.message : String(error)
  }
  // Diagnostics as stored: the corpus pass may have resolved some (an ambiguous Land placed by another protocol).
  for (const o of outcomes) if (o.id !== undefined && o.status !== 'unchanged') o.diagnostics = countDiagnostics(db, o.id)
  return summarize(kind, recorded ? run : null, outcomes, corpus, runError, missing)
}

function store(job: Job, result: Processed): DocumentOutcome {
  if (!result.ok) return {path: job.path, status: 'rejected', rejection: {...result.rejection, path: job.path}}
  let stored: ReturnType<Job['store']>
  try {
    stored = retryBusy(() => job.store(result))
  } catch (error) {
    return {path: job.path, status: 'rejected', rejection: rejection(job.path, 'store-failed', error instanceof Error ? error.message : String(error)).rejection}
  }
  const counts: Counts = result.counts
  const extracted = result.pdf && stored.status !== 'unchanged' ? {extractor: result.pdf.extractor, pages: result.pdf.pages.length} : undefined
  return {
    path: job.path, status: stored.status, id: stored.id, sha256: result.sha256, ...counts,
    ...(stored.sameAs === undefined ? {} : {sameAs: stored.sameAs}),
    ...(extracted ? {extracted} : {})
  }
}

function summarize(
  kind: RunSummary['kind'], run: number | null, outcomes: DocumentOutcome[], corpus: CorpusSummary, runError: string | null, missing: string[]
): RunSummary {
  const count = (status: Status) => outcomes.filter((o) => o.status === status).length
  // Facts counted for the documents this run wrote (not for unchanged ones).
  const sum = (key: 'agendaItems' | 'clauses' | 'diagnostics' | 'leftovers' | 'furniture') =>
    outcomes.reduce((n, o) => n + (o.status === 'ingested' || o.status === 'reextracted' ? (o[key] ?? 0) : 0), 0)
  return {
    kind, run, documents: outcomes,
    ingested: count('ingested'), unchanged: count('unchanged'), reextracted: count('reextracted'), rejected: count('rejected'),
    agendaItems: sum('agendaItems'), clauses: sum('clauses'), diagnostics: sum('diagnostics'), leftovers: sum('leftovers'), furniture: sum('furniture'),
    corpus, runError, missing,
    pdfs: outcomes.filter((o) => o.extracted).length,
    pages: outcomes.reduce((n, o) => n + (o.extracted?.pages ?? 0), 0)
  }
}
