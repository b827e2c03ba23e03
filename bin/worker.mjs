// Worker-thread bootstrap for running from the TypeScript sources: registers
// tsx in this thread, then imports the worker entry (src/corpus/pool.ts
// uses it when it runs as .ts; the built dist/ needs none).
import {register} from 'tsx/esm/api'
import {workerData} from 'node:worker_threads'

register()
await import(workerData.entry)
