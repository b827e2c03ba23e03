/**
 * A worker thread that makes run snapshots (`runs.ts`) on a read-only
 * connection of its own: a batch of owed documents in, their snapshot rows
 * out; null closes the connection and ends the thread.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {openDatabase} from '../store/db.ts'
import {makeSnapshots} from './runs.ts'

const port = parentPort!
const db = openDatabase((workerData as {path: string}).path, {readonly: true})
port.on('message', (batch: Parameters<typeof makeSnapshots>[1] | null) => {
  if (batch === null) {
    db.close()
    port.close()
    return
  }
  port.postMessage(makeSnapshots(db, batch))
})
