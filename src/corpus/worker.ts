/**
 * A worker thread of the document pool (`pool.ts`): loads the preset by
 * name, then reads and processes one document at a time. It never writes
 * to the database.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {loadPipeline} from '../../pipelines/index.ts'
import {load, processTask} from './work.ts'
import {rejection, type Processed, type Task} from './task.ts'

export interface WorkerData {
  pipeline: string
  maxSize: number
}

export type ToWorker = {id: number; task: Task}
export type FromWorker =
  | {type: 'ready'}
  | {type: 'size'; id: number; size: number}
  | {type: 'done'; id: number; result: Processed}

const port = parentPort!
const {pipeline: name, maxSize} = workerData as WorkerData
const pipeline = await loadPipeline(name)

// One document at a time, in the order they came: the pool hands over the next before this one is done.
let queue: Promise<void> = Promise.resolve()
port.on('message', (message: ToWorker) => {
  // A failure past work's own guards (an answer that cannot be sent) ends the worker: the pool rejects the document.
  queue = queue.then(() => work(message)).catch((error: unknown) => {
    setImmediate(() => { throw error })
  })
})
port.postMessage({type: 'ready'} satisfies FromWorker)

async function work({id, task}: ToWorker) {
  let result: Processed
  try {
    const bytes = await load(task, maxSize, (size) => port.postMessage({type: 'size', id, size} satisfies FromWorker))
    result = bytes instanceof Uint8Array ? await processTask(pipeline, task, bytes) : bytes
  } catch (error) {
    // Reading and processing answer with rejections; this is the last guard behind them.
    result = rejection(task.path, 'pipeline-error', error instanceof Error ? error.message : String(error), error instanceof Error ? error.stack : undefined)
  }
  // Read bytes go back to the writer without a copy; bytes it sent need not go back.
  if (result.ok && task.bytes) result.bytes = new Uint8Array(0)
  const transfer = result.ok && !task.bytes ? [own(result).bytes.buffer as ArrayBuffer] : []
  // A PDF's extracted text too (its own buffer, made here).
  if (result.ok && result.pdf && result.pdf.text.buffer !== transfer[0]) transfer.push(result.pdf.text.buffer as ArrayBuffer)
  port.postMessage({type: 'done', id, result} satisfies FromWorker, transfer)
}

/** A result whose bytes own their whole buffer, so the buffer can be transferred. */
function own(result: Extract<Processed, {ok: true}>) {
  const {bytes} = result
  if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) result.bytes = new Uint8Array(bytes)
  return result
}
