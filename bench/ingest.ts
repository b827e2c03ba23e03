/**
 * Ingest benchmark: builds a synthetic corpus of N protocols from the
 * fixtures, each varied (names, numbers and word order in its clauses
 * changed) so nothing is cached or deduplicated, ingests it into a fresh
 * database and prints documents/s, MB/s and peak memory.
 *
 *   npm run bench -- [N=200] [--jobs J]
 */
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {openDatabase} from '../src/store/db.ts'
import {ingestFiles} from '../src/corpus/run.ts'
import {loadPipeline} from '../pipelines/index.ts'

const args = process.argv.slice(2)
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 200)
const jobsAt = args.indexOf('--jobs')
const jobs = jobsAt === -1 ? undefined : Number(args[jobsAt + 1])
const fixtures = new URL('../fixtures/seeds/', import.meta.url).pathname
const seeds = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(fixtures, f), 'utf8'))
const protocols = seeds.filter((s) => /^[ \t]*TOP[ \t]+\d/m.test(s))

let state = 42
const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648)

/** Varies a protocol: shuffles words inside long lines, renumbers the session. */
function vary(text: string, i: number): string {
  return text.split('\n').map((line) => {
    if (line.length < 60 || /^[ \t]*(?:TOP|\d+\.|Beschluss)/.test(line)) return line
    const words = line.split(' ')
    for (let k = words.length - 1; k > 0; k--) {
      if (random() < 0.3) {
        const j = Math.floor(random() * (k + 1))
        ;[words[k], words[j]] = [words[j]!, words[k]!]
      }
    }
    return words.join(' ')
  }).join('\n') + `\nVariante ${i}\n`
}

const dir = mkdtempSync(join(tmpdir(), 'protokollant-bench-'))
let bytes = 0
const files: string[] = []
for (let i = 0; i < n; i++) {
  const text = vary(protocols[i % protocols.length]!, i)
  const path = join(dir, `bench-${String(i).padStart(5, '0')}.txt`)
  writeFileSync(path, text)
  bytes += Buffer.byteLength(text)
  files.push(path)
}
const db = openDatabase(join(dir, 'bench.sqlite'))
const pipeline = await loadPipeline('dmk')
const started = performance.now()
const summary = await ingestFiles(db, files, {pipeline, ...(jobs ? {concurrency: jobs} : {})})
const seconds = (performance.now() - started) / 1000
db.close()
const peak = process.resourceUsage().maxRSS / 1024
process.stdout.write([
  `documents      ${summary.ingested} ingested, ${summary.rejected} rejected (of ${n})`,
  `input          ${(bytes / 1e6).toFixed(2)} MB`,
  `time           ${seconds.toFixed(2)} s`,
  `documents/s    ${(summary.ingested / seconds).toFixed(1)}`,
  `MB/s           ${(bytes / 1e6 / seconds).toFixed(2)}`,
  `peak RSS       ${peak.toFixed(0)} MB`
].join('\n') + '\n')
rmSync(dir, {recursive: true, force: true})
