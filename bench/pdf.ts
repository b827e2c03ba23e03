/**
 * PDF benchmark: reads the generality PDFs (and the seeds printed to PDF)
 * R times over, first the text alone (extractPdf), then through the whole
 * pipeline (processPdf), and prints pages/s and MB/s of PDF for each, and
 * peak memory. The first round warms pdf.js up and is not counted.
 *
 *   node bin/run.mjs bench/pdf.ts [R=5]
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {extractPdf} from '../src/pdf/index.ts'
import {processPdf} from '../src/document.ts'
import {loadPipeline} from '../pipelines/index.ts'

const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5)
const dirs = ['../fixtures/generality/pdf/', '../test/fixtures/pdf/'].map((d) => new URL(d, import.meta.url).pathname)
const pdfs = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.pdf')).map((f) => ({name: f, bytes: new Uint8Array(readFileSync(join(d, f)))})))
const pipeline = await loadPipeline('dmk')

async function measure(read: (bytes: Uint8Array, name: string) => Promise<number>): Promise<{pages: number; bytes: number; seconds: number}> {
  for (const pdf of pdfs) await read(pdf.bytes, pdf.name)
  let pages = 0
  let bytes = 0
  const started = performance.now()
  for (let r = 0; r < rounds; r++) {
    for (const pdf of pdfs) {
      pages += await read(pdf.bytes, pdf.name)
      bytes += pdf.bytes.length
    }
  }
  return {pages, bytes, seconds: (performance.now() - started) / 1000}
}

const text = await measure(async (bytes) => (await extractPdf(bytes)).pages.length)
const whole = await measure(async (bytes, name) => {
  const result = await processPdf(pipeline, bytes, name)
  if (!result.ok) throw new Error(`${name}: ${result.reason}`)
  return result.pdf.pages.length
})
const line = (label: string, m: {pages: number; bytes: number; seconds: number}) =>
  `${label.padEnd(15)}${(m.pages / m.seconds).toFixed(1)} pages/s, ${(m.bytes / 1e6 / m.seconds).toFixed(2)} MB/s of PDF (${m.pages} pages, ${m.seconds.toFixed(2)} s)`
process.stdout.write([
  `PDFs           ${pdfs.length} (${(pdfs.reduce((n, p) => n + p.bytes.length, 0) / 1e3).toFixed(0)} kB) × ${rounds} rounds, one process, one at a time`,
  line('text only', text),
  line('with pipeline', whole),
  `peak memory    ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`
].join('\n') + '\n')
