// Runs the CLI in this process, as bin/protokollant.mjs does, and writes its
// exit code and peak memory (the process's, worker threads included) to a
// JSON file, so the bench can report a child's peak RSS without /usr/bin/time.
//   node bench/measure.mjs OUT.json <protokollant arguments…>
import {writeFileSync} from 'node:fs'

const [out, ...args] = process.argv.slice(2)
process.argv = [process.argv[0], new URL('../bin/protokollant.mjs', import.meta.url).pathname, ...args]
process.on('exit', (code) => writeFileSync(out, JSON.stringify({code, peakMB: process.resourceUsage().maxRSS / 1024})))
await import('../bin/protokollant.mjs')
