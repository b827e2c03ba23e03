/**
 * A pool of worker threads that read and process documents while the
 * calling thread writes. Each document has a time limit proportional to its
 * size: past it, its worker is stopped (and replaced), the document is
 * rejected as `document-timeout`, and the others go on. A worker that dies
 * (an exception past every guard, out of memory) rejects its document as
 * `pipeline-error` with the stack.
 *
 * Workers start as there is work for them: one at first, another once the
 * last one started is ready and enough documents are left to pay for its
 * start and the warm-up of its compiled code (its first documents take
 * several times as long as later ones). Five documents take one worker.
 */
import {Worker} from 'node:worker_threads'
import {getHeapStatistics} from 'node:v8'
import type {FromWorker, ToWorker, WorkerData} from './worker.ts'
import {rejection, type Processed, type Task} from './work.ts'

export interface PoolOptions {
  /** The most worker threads. */
  jobs: number
  /** Documents the run will hand the pool (more workers start only while enough are left); unknown: as many as `jobs` from the start. */
  documents?: number
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

/** 10 s, and 1 s per 100 KB: ten times what the slowest rule may take (see issue 12). */
export function defaultLimit(bytes: number): number {
  return 10_000 + bytes / 100
}

interface Running {
  id: number
  task: Task
  resolve: (result: Processed) => void
  timer?: NodeJS.Timeout
}

interface Slot {
  worker: Worker
  ready: boolean
  running?: Running
}

export class Pool {
  readonly #options: PoolOptions
  readonly #slots: Slot[] = []
  readonly #queue: Array<Omit<Running, 'id'>> = []
  #next = 0
  /** Documents handed to a worker so far. */
  #dispatched = 0
  #closed = false
  /** Why workers cannot start (the preset fails to load): every document is rejected with it. */
  #broken: string | null = null

  constructor(options: PoolOptions) {
    this.#options = options
    const start = options.documents === undefined ? options.jobs : Math.min(options.jobs, 1)
    for (let i = 0; i < start; i++) this.#slots.push(this.#spawn())
  }

  /** Starts another worker when the last one started is ready and enough documents are left for one more. */
  #grow() {
    const {jobs, documents} = this.#options
    if (this.#closed || this.#broken || documents === undefined || this.#slots.length >= jobs) return
    if (this.#slots.some((s) => !s.ready)) return
    if (documents - this.#dispatched >= DOCUMENTS_PER_WORKER * this.#slots.length) this.#slots.push(this.#spawn())
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
      // A document that exhausts memory stops its worker, not the process.
      resourceLimits: {maxOldGenerationSizeMb: Math.ceil(getHeapStatistics().heap_size_limit / 2 ** 20)}
    })
    const slot: Slot = {worker, ready: false}
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
    const running = slot.running
    if (!running || running.id !== message.id) return
    if (message.type === 'size') {
      this.#arm(slot, message.size)
      return
    }
    clearTimeout(running.timer)
    slot.running = undefined
    running.resolve(message.result)
    this.#dispatch()
  }

  #arm(slot: Slot, size: number) {
    const running = slot.running!
    clearTimeout(running.timer)
    const ms = this.#options.limit(size)
    running.timer = setTimeout(() => {
      this.#fail(slot, rejectionOf(slot, 'document-timeout',
        `Unexpected processing time over ${(ms / 1000).toFixed(1)} s, expected less for ${size} bytes: the worker was stopped`))
    }, ms)
  }

  /** Ends the slot's document with this result and puts a new worker in its place. */
  #fail(slot: Slot, result: Processed | null) {
    const index = this.#slots.indexOf(slot)
    if (index === -1) return
    const running = slot.running
    slot.running = undefined
    if (running) clearTimeout(running.timer)
    void slot.worker.terminate()
    if (running && result) running.resolve(result)
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
      if (this.#queue.length === 0) return
      if (!slot.ready || slot.running) continue
      const {task, resolve} = this.#queue.shift()!
      const running: Running = {id: this.#next++, task, resolve}
      this.#dispatched++
      slot.running = running
      // Bytes at hand have their size now; a file's comes once the worker has looked.
      this.#arm(slot, task.bytes ? task.bytes.length : 0)
      // Handed over without a copy when the bytes own their buffer (never a pooled one).
      const bytes = task.bytes
      const whole = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      const sent = bytes && !whole ? {...task, bytes: new Uint8Array(bytes)} : task
      slot.worker.postMessage({id: running.id, task: sent} satisfies ToWorker, sent.bytes ? [sent.bytes.buffer as ArrayBuffer] : [])
    }
  }
}

function rejectionOf(slot: Slot, ruleId: 'pipeline-error' | 'document-timeout', reason: string, stack?: string): Processed | null {
  return slot.running ? rejection(slot.running.task.path, ruleId, reason, stack) : null
}
