/**
 * Linear-time check: protocols of 1, 5, 10 and 50 MB (agenda items of the
 * seed protocol repeated with new numbers) and a 10 MB single line, through
 * the whole pipeline; then the 50 MB file through a database ingest. Prints
 * seconds, MB/s and the ratio to the 1 MB time per MB — near 1 is linear.
 *
 *   npm run bench:linear
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {processBytes} from '../src/document.ts'
import {loadPipeline} from '../pipelines/index.ts'
import {openDatabase} from '../src/store/db.ts'
import {ingestFiles} from '../src/corpus/run.ts'

const pipeline = await loadPipeline('dmk')
const seed = readFileSync(new URL('../fixtures/seeds/dmk-02-code-column-then-names.txt', import.meta.url), 'utf8')
// Whole lines only: "wird nach TOP 17 aufgerufen" must not count as the head of TOP 17.
const at = (n: number) => seed.search(new RegExp(`^[ \\t]*TOP ${n}[ \\t]*$`, 'm'))
const head = seed.slice(0, at(0))
const items = seed.slice(at(3), at(17))
if (items.length < 1000) throw new Error('the seed protocol changed: no agenda items to repeat')

function protocolOf(mb: number): string {
  const parts = [head]
  let size = head.length
  for (let n = 1; size < mb * 1e6; n++) {
    // "TOP 12.34.5": numbers stay within three digits per level, as in real protocols.
    const block = items.replace(/^([ \t]*)TOP (\d+)/gm, (_m, lead: string, k: string) => `${lead}TOP ${Math.floor(n / 100) + 1}.${n % 100}.${k}`)
    parts.push(block)
    size += Buffer.byteLength(block)
  }
  return parts.join('')
}

const cases: Array<{name: string; text: string}> = [1, 5, 10, 50].map((mb) => ({name: `${mb} MB protocol`, text: protocolOf(mb)}))
cases.push({name: '10 MB single line', text: `${head} TOP 1 \nVerschiedenes (BB)\n${'Der Beschlussvorschlag wird bei Enthaltung von Sachsen angenommen. '.repeat(150_000)}\n TOP 2 \nEnde.\n`})

let perMb = 0
process.stdout.write('case                    MB       s     MB/s   s/MB ÷ (1 MB s/MB)\n')
for (const c of cases) {
  const bytes = Buffer.from(c.text)
  const started = performance.now()
  const result = processBytes(pipeline, bytes, c.name)
  const seconds = (performance.now() - started) / 1000
  if (!result.ok) throw new Error(`${c.name}: ${result.reason}`)
  const mb = bytes.length / 1e6
  if (perMb === 0) perMb = seconds / mb
  process.stdout.write(`${c.name.padEnd(20)} ${mb.toFixed(1).padStart(6)} ${seconds.toFixed(2).padStart(7)} ${(mb / seconds).toFixed(2).padStart(8)} ${(seconds / mb / perMb).toFixed(2).padStart(8)}\n`)
}

const dir = mkdtempSync(join(tmpdir(), 'protokollant-linear-'))
const big = join(dir, 'fifty.txt')
writeFileSync(big, cases[3]!.text)
const db = openDatabase(join(dir, 'linear.sqlite'))
const started = performance.now()
const summary = await ingestFiles(db, [big], {pipeline, pipelineName: 'dmk'})
process.stdout.write(`50 MB ingest into SQLite: ${((performance.now() - started) / 1000).toFixed(2)} s, ${summary.ingested} ingested, ` +
  `${summary.agendaItems} agenda items; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`)
db.close()
rmSync(dir, {recursive: true, force: true})
