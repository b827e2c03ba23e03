/**
 * A pool of worker threads that read and process documents while the
 * calling thread writes. Each document has a time limit proportional to its
 * size: past it, its worker is stopped (and replaced), the document is
 * rejected as `document-timeout`, and the others go on. A worker that dies
 * (an exception past every guard, out of memory) rejects its document as
 * `pipeline-error` with the stack.
 *
 * Workers start as there is work for them: as many at once as have 25
 * documents each (at least one), another once the last one started is
 * ready and enough documents are left to pay for its start and the
 * warm-up of its compiled code (its first documents take several times as
 * long as later ones). Five documents take one worker. A worker that would
 * share its core with the writing thread (an ingest on 2 cores: the second)
 * needs 600 documents left per worker.
 *
 * Each worker holds a second document behind the one it processes, so it
 * goes on at once when it is done instead of waiting for this thread to
 * finish a write and hand it the next (about a tenth of a worker's time
 * went there). The time limit runs for the document a worker is on.
 */
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {getHeapStatistics} from 'node:v8'
import type {FromWorker, ToWorker, WorkerData} from './worker.ts'
import {rejection, type Processed, type Task} from './task.ts'
import {MAX_SIZE} from './read.ts'

export interface PoolOptions {
  /** The most worker threads. */
  jobs: number
  /** Documents the run will hand the pool (more workers start only while enough are left); unknown: as many as `jobs` from the start. */
  documents?: number
  /**
   * Workers with a core of their own (default: `jobs`). A run that writes every document (ingest) leaves
   * one core fewer: its writing thread takes a good part of one. A worker past them shares that core and
   * starts only for SHARED_CORE_DOCUMENTS documents left per worker.
   */
  ownCores?: number
  /** A preset name from `pipelines/index.ts`: workers load it themselves. */
  pipeline: string
  maxSize: number
  /** Milliseconds a document of this many bytes may take. */
  limit: (bytes: number) => number
}

/**
 * Documents left per running worker before another starts: a worker's start and warm-up cost
 * about what 40 documents cost it once warm, so one for fewer would mostly warm up.
 */
export const DOCUMENTS_PER_WORKER = 25

/**
 * Documents left per worker before one that shares the writer's core starts. Ingest on 2 cores, one
 * worker against two, alternating (wall; CPU): 100 documents 1.84–2.06 s against 2.18–2.30 s; 500 6.1 s
 * against 6.0–6.3 s; 1,000 9.45–9.95 s (14 s) against 9.71–10.05 s (17.6 s); 1,500 14.5–15.4 s against
 * 13.7–14.2 s; 5,000 48 s against 39 s. The second worker's warm-up and its competition with the writer
 * cost what it gains below about 1,200 documents.
 */
export const SHARED_CORE_DOCUMENTS = 600

/** Documents handed to a worker at once: the one it processes and the next. */
const DEPTH = 2

/** 10 s, and 1 s per 100 KB: ten times what the slowest rule may take (see issue 12). */
export function defaultLimit(bytes: number): number {
  return 10_000 + bytes / 100
}

interface Running {
  id: number
  task: Task
  resolve: (result: Processed) => void
  /** The document's size once known: the bytes sent, or what the worker read. */
  size: number
  timer?: NodeJS.Timeout
}

interface Slot {
  worker: Worker
  ready: boolean
  /** Handed to the worker, in the order it works on them: the first is the one it is on. */
  running: Running[]
}

export class Pool {
  readonly #options: PoolOptions
  readonly #slots: Slot[] = []
  readonly #queue: Array<Pick<Running, 'task' | 'resolve'>> = []
  #next = 0
  /** Documents handed to a worker so far. */
  #dispatched = 0
  #closed = false
  /** Why workers cannot start (the preset fails to load): every document is rejected with it. */
  #broken: string | null = null

  constructor(options: PoolOptions) {
    this.#options = options
    // As many as have their documents each from the start (at least one): they load the preset side by side.
    let start = 1
    if (options.documents === undefined) start = options.jobs
    else while (start < options.jobs && this.#pays(start, options.documents)) start++
    for (let i = 0; i < start; i++) this.#slots.push(this.#spawn())
  }

  /** Whether `left` documents pay for one more worker beside `running` ones. */
  #pays(running: number, left: number): boolean {
    const each = running < (this.#options.ownCores ?? this.#options.jobs) ? DOCUMENTS_PER_WORKER : SHARED_CORE_DOCUMENTS
    return left >= each * (running + 1)
  }

  /** Starts another worker when the last one started is ready and enough documents are left for one more. */
  #grow() {
    const {jobs, documents} = this.#options
    if (this.#closed || this.#broken || documents === undefined || this.#slots.length >= jobs) return
    if (this.#slots.some((s) => !s.ready)) return
    if (this.#pays(this.#slots.length, documents - this.#dispatched)) this.#slots.push(this.#spawn())
  }

  /** Worker threads started so far. */
  get started(): number {
    return this.#slots.length
  }

  run(task: Task): Promise<Processed> {
    if (this.#broken) return Promise.resolve(rejection(task.path, 'pipeline-error', this.#broken))
    return new Promise((resolve) => {
      this.#queue.push({task, resolve})
      this.#dispatch()
    })
  }

  async close(): Promise<void> {
    this.#closed = true
    await Promise.all(this.#slots.map((s) => s.worker.terminate()))
  }

  #spawn(): Slot {
    const here = import.meta.url
    // Built to JS the worker runs as it is; from the sources, a bootstrap registers tsx first.
    const entry = here.endsWith('.ts') ? new URL('../../bin/worker.mjs', here) : new URL('./worker.js', here)
    const data: WorkerData & {entry: string} = {pipeline: this.#options.pipeline, maxSize: this.#options.maxSize, entry: new URL('./worker.ts', here).href}
    const worker = new Worker(entry, {
      workerData: data,
      // A document that exhausts memory stops its worker, not the process. The young generation at a third of V8's
      // default (48 MB): a worker keeps ~15 MB live between documents. At 1,000 documents, alternating: 48 MB
      // 11.0–11.6 s, peak 370–390 MB; 32 MB 11.5–11.7 s, 358–377 MB; 16 MB 11.9–12.1 s, 328–340 MB (more scavenges).
      // At 5,000 the bench's peak was 351 MB with 16 MB, 408 MB with 32 MB: under 400 MB is the target (issue 11).
      resourceLimits: {maxOldGenerationSizeMb: Math.ceil(getHeapStatistics().heap_size_limit / 2 ** 20), maxYoungGenerationSizeMb: 16}
    })
    const slot: Slot = {worker, ready: false, running: []}
    worker.on('message', (message: FromWorker) => this.#message(slot, message))
    worker.on('error', (error) => {
      if (!slot.ready) this.#broken ??= `Unexpected failure to start a worker: ${error.message}`
      this.#fail(slot, rejectionOf(slot, 'pipeline-error', `Unexpected crash of the worker: ${error.message}`, error.stack))
    })
    worker.on('exit', (code) => {
      if (!slot.ready) this.#broken ??= `Unexpected exit of a worker while starting (code ${code})`
      if (!this.#closed && this.#slots.includes(slot)) this.#fail(slot, rejectionOf(slot, 'pipeline-error', `Unexpected exit of the worker (code ${code})`))
    })
    return slot
  }

  #message(slot: Slot, message: FromWorker) {
    if (message.type === 'ready') {
      slot.ready = true
      this.#dispatch()
      this.#grow()
      return
    }
    // A worker answers in the order it was handed documents: a message is about the first.
    const running = slot.running[0]
    if (!running || running.id !== message.id) return
    if (message.type === 'size') {
      running.size = message.size
      this.#arm(slot)
      return
    }
    clearTimeout(running.timer)
    slot.running.shift()
    running.resolve(message.result)
    // The worker has gone on with the next: its time runs from now.
    if (slot.running.length > 0) this.#arm(slot)
    this.#dispatch()
  }

  /** Starts (again) the time limit of the document the slot's worker is on. */
  #arm(slot: Slot) {
    const running = slot.running[0]!
    clearTimeout(running.timer)
    const {size} = running
    const ms = this.#options.limit(size)
    running.timer = setTimeout(() => {
      this.#fail(slot, rejectionOf(slot, 'document-timeout',
        `Unexpected processing time over ${(ms / 1000).toFixed(1)} s, expected less for ${size} bytes: the worker was stopped`))
    }, ms)
  }

  /**
   * Ends the document the slot's worker is on with this result and puts a new worker in its place; the
   * documents queued behind it go back to the front of the queue.
   */
  #fail(slot: Slot, result: Processed | null) {
    const index = this.#slots.indexOf(slot)
    if (index === -1) return
    const [running, ...behind] = slot.running
    slot.running = []
    if (running) clearTimeout(running.timer)
    void slot.worker.terminate()
    if (running && result) running.resolve(result)
    this.#dispatched -= behind.length
    this.#queue.unshift(...behind.map(({task, resolve}) => ({task, resolve})))
    if (this.#closed) return
    if (this.#broken) {
      this.#slots.splice(index, 1)
      for (const queued of this.#queue.splice(0)) queued.resolve(rejection(queued.task.path, 'pipeline-error', this.#broken))
      return
    }
    this.#slots[index] = this.#spawn()
    this.#dispatch()
  }

  #dispatch() {
    for (const slot of this.#slots) {
      while (this.#queue.length > 0 && slot.ready && slot.running.length < DEPTH) {
        const {task, resolve} = this.#queue.shift()!
        // Bytes at hand have their size now; a file's comes once the worker has looked.
        const running: Running = {id: this.#next++, task, resolve, size: task.bytes ? task.bytes.length : 0}
        this.#dispatched++
        slot.running.push(running)
        if (slot.running.length === 1) this.#arm(slot)
        // The document the worker is on goes without a copy when its bytes own their buffer (never a pooled
        // one); the one behind it is copied, since it goes back to the queue if the worker fails.
        const bytes = task.bytes
        const whole = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        const transfer = whole && slot.running.length === 1
        slot.worker.postMessage({id: running.id, task} satisfies ToWorker, transfer ? [bytes.buffer as ArrayBuffer] : [])
      }
    }
  }
}

function rejectionOf(slot: Slot, ruleId: 'pipeline-error' | 'document-timeout', reason: string, stack?: string): Processed | null {
  const running = slot.running[0]
  return running ? rejection(running.task.path, ruleId, reason, stack) : null
}

/** Worker threads started ahead of a run. */
export type Workers = Pool

/**
 * Starts the worker threads a run of `documents` documents with these options would start, before
 * the database is opened; null when the run has none (`jobs` 0). `writes`: what the run writes, every
 * document (ingest) or those whose records changed (reextract). This module loads no part of the
 * pipeline, so the CLI starts them before it loads the rest of the run.
 */
export function startWorkers(documents: number, options: {jobs?: number; pipelineName?: string; maxSize?: number; limit?: (bytes: number) => number},
  writes: 'every' | 'changed' = 'every'): Workers | null {
  const jobs = options.jobs ?? 0
  if (jobs === 0) return null
  if (!options.pipelineName) throw new Error('Unexpected worker threads without a preset name, expected `pipelineName`')
  // An ingest writes every document: this thread needs a good part of a core (a re-extraction writes what changed).
  const ownCores = writes === 'every' ? Math.max(1, availableParallelism() - 1) : jobs
  return new Pool({jobs, documents, ownCores, pipeline: options.pipelineName, maxSize: options.maxSize ?? MAX_SIZE, limit: options.limit ?? defaultLimit})
}
