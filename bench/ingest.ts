/**
 * Ingest benchmark: for each N on the command line (default 100), writes N
 * protocols with bench/synth-corpus.mjs (the generator), runs the
 * floor (bench/floor.mjs: read, decode, lines, regexes, one SQLite row per
 * line and match, one transaction per document) and protokollant's CLI on
 * them, then a second ingest of 5 new files into the N-document database
 * (and, for comparison, into an empty one) and a reextract of all N. Prints
 * one row per N; the figures are printed, never asserted. With --repeat R
 * every step runs R times, floor and protokollant in turn, and the medians
 * are printed (a shared machine drifts).
 *
 * Then PDFs: K of the generator's protocols (default 100, `--pdf K`, 0 for
 * none) printed to PDF as the seed PDFs are (scripts/render-text-pdf.mjs),
 * ingested by the CLI: pages/s and MB/s of PDF, beside the same protocols
 * ingested as text. (`npm run bench:pdf` reads PDFs in one thread, without
 * the CLI: extraction alone and with the pipeline.)
 *
 *   npm run bench -- 100 1000 5000 [--jobs J] [--repeat R] [--pdf K]
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {availableParallelism, cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
// @ts-expect-error a script in plain JS: the renderer the seed PDFs were printed with
import {paginate, render} from '../scripts/render-text-pdf.mjs'

const ROOT = new URL('..', import.meta.url).pathname
const args = process.argv.slice(2)
const jobsAt = args.indexOf('--jobs')
const jobs = jobsAt === -1 ? [] : ['--jobs', args[jobsAt + 1]!]
const repeatAt = args.indexOf('--repeat')
const repeat = repeatAt === -1 ? 1 : Number(args[repeatAt + 1])
const pdfAt = args.indexOf('--pdf')
const pdfDocs = pdfAt === -1 ? 100 : Number(args[pdfAt + 1])
const sizes = args.filter((a, i) => /^\d+$/.test(a) && !['--jobs', '--repeat', '--pdf'].includes(args[i - 1]!)).map(Number)
if (sizes.length === 0) sizes.push(100)

/** Runs a command from the project root; wall seconds from outside, peak RSS from bench/measure.mjs for the CLI. */
function run(command: string[], measured = false): {seconds: number; peakMB: number | null; stdout: string} {
  const out = join(work, `measure-${Date.now()}.json`)
  const argv = measured ? [join(ROOT, 'bench/measure.mjs'), out, ...command.slice(1)] : command
  const started = performance.now()
  const r = spawnSync(process.execPath, argv, {cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26})
  const seconds = (performance.now() - started) / 1000
  if (r.status !== 0) throw new Error(`${command.join(' ')} exited ${r.status}:\n${r.stderr}`)
  const peakMB = measured ? (JSON.parse(readFileSync(out, 'utf8')) as {peakMB: number}).peakMB : null
  return {seconds, peakMB, stdout: r.stdout}
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

const bytesIn = (dir: string) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0)
const work = mkdtempSync(join(tmpdir(), 'protokollant-bench-'))
const cli = (...a: string[]) => ['bin/protokollant.mjs', ...a]
const rows: string[][] = []
const pdfRows: string[][] = []
try {
  for (const n of sizes) {
    const corpus = join(work, `corpus-${n}`)
    const extra = join(work, `extra-${n}`)
    spawnSync(process.execPath, ['bench/synth-corpus.mjs', corpus, String(n)], {cwd: ROOT})
    // Five files the corpus does not have (the generator's variants go on from N).
    spawnSync(process.execPath, ['bench/synth-corpus.mjs', extra, '5', 'extra'], {cwd: ROOT, env: {...process.env, START: String(n)}})
    const mb = bytesIn(corpus) / 1e6
    const samples: Array<Record<string, number>> = []
    for (let r = 0; r < repeat; r++) {
      const floor = run(['bench/floor.mjs', corpus, join(work, `floor-${n}.sqlite`)])
      const db = join(work, `db-${n}.sqlite`)
      for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, {force: true})
      const ingest = run(cli('ingest', corpus, '--db', db, '--quiet', ...jobs), true)
      copyFileSync(db, `${db}.copy`)
      const second = run(cli('ingest', extra, '--db', `${db}.copy`, '--quiet', ...jobs))
      rmSync(join(work, `empty-${n}.sqlite`), {force: true})
      const empty = run(cli('ingest', extra, '--db', join(work, `empty-${n}.sqlite`), '--quiet', ...jobs))
      const again = run(cli('reextract', '--db', db, '--quiet', ...jobs), true)
      samples.push({floor: floor.seconds, ingest: ingest.seconds, ingestMB: ingest.peakMB!, second: second.seconds, empty: empty.seconds,
        again: again.seconds, againMB: again.peakMB!})
    }
    const m = (key: string) => median(samples.map((x) => x[key]!))
    rows.push([
      String(n), mb.toFixed(1), m('floor').toFixed(2), m('ingest').toFixed(2), (1000 * m('ingest') / n).toFixed(1),
      (1000 * (m('ingest') - m('empty')) / (n - 5)).toFixed(1),
      (n / m('ingest')).toFixed(0), (mb / m('ingest')).toFixed(2), (m('ingest') / m('floor')).toFixed(2),
      m('ingestMB').toFixed(0), m('second').toFixed(2), m('empty').toFixed(2), m('again').toFixed(2), (n / m('again')).toFixed(0),
      m('againMB').toFixed(0)
    ])
    for (const f of readdirSync(work)) if (f.startsWith(`corpus-${n}`) || f.startsWith(`floor-${n}`)) rmSync(join(work, f), {recursive: true, force: true})
  }
  if (pdfDocs > 0) pdfRows.push(await pdfBench(pdfDocs))
} finally {
  rmSync(work, {recursive: true, force: true})
}

/** K protocols as PDFs and as texts, each ingested by the CLI into an empty database (medians of `repeat`). */
async function pdfBench(k: number): Promise<string[]> {
  const texts = join(work, 'pdf-texts')
  const pdfs = join(work, 'pdfs')
  spawnSync(process.execPath, ['bench/synth-corpus.mjs', texts, String(k), 'pdf'], {cwd: ROOT})
  mkdirSync(pdfs)
  let pages = 0
  for (const f of readdirSync(texts)) {
    const text = readFileSync(join(texts, f), 'utf8')
    pages += (paginate(text) as unknown[]).length
    writeFileSync(join(pdfs, f.replace(/\.txt$/, '.pdf')), await (render(text, f) as Promise<Buffer>))
  }
  const samples: Array<Record<string, number>> = []
  for (let r = 0; r < repeat; r++) {
    const fresh = (name: string) => {
      const db = join(work, name)
      for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, {force: true})
      return db
    }
    const pdf = run(cli('ingest', pdfs, '--db', fresh('pdf.sqlite'), '--quiet', ...jobs), true)
    const text = run(cli('ingest', texts, '--db', fresh('text.sqlite'), '--quiet', ...jobs), true)
    samples.push({pdf: pdf.seconds, pdfMB: pdf.peakMB!, text: text.seconds})
  }
  const m = (key: string) => median(samples.map((x) => x[key]!))
  const pdfMB = bytesIn(pdfs) / 1e6
  const textMB = bytesIn(texts) / 1e6
  return [
    String(k), String(pages), pdfMB.toFixed(1), m('pdf').toFixed(2), (pages / m('pdf')).toFixed(0), (pdfMB / m('pdf')).toFixed(2),
    (1000 * m('pdf') / pages).toFixed(1), m('pdfMB').toFixed(0), textMB.toFixed(2), m('text').toFixed(2), (textMB / m('text')).toFixed(2)
  ]
}

const pdfHead = ['PDFs', 'pages', 'PDF MB', 'ingest s', 'pages/s', 'PDF MB/s', 'ms/page', 'peak MB', 'text MB', 'text ingest s', 'text MB/s']
const head = ['N', 'MB', 'floor s', 'ingest s', 'ms/doc', 'ms/doc after start', 'docs/s', 'MB/s', '× floor', 'peak MB', '+5 s', '5 new s', 'reextract s', 'docs/s', 'peak MB']
const line = (cells: string[]) => `| ${cells.join(' | ')} |`
process.stdout.write([
  `${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ` +
    `jobs ${jobs[1] ?? 'default (one per core)'}, median of ${repeat}, load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
  '',
  line(head), line(head.map(() => '---')), ...rows.map(line),
  '',
  'ingest s, reextract s: wall time of the CLI from outside, start included; ms/doc: ingest s per document; ms/doc after start:',
  '(ingest s − 5 new s) / (N − 5), the fixed cost of a run (start, worker threads, closing) taken out; × floor: ingest s / floor s;',
  'peak MB: the CLI process (worker threads included); +5 s: ingest of 5 new files into the N-document database; 5 new s: the same 5 into an empty one.',
  ...(pdfRows.length === 0 ? [] : [
    '',
    line(pdfHead), line(pdfHead.map(() => '---')), ...pdfRows.map(line),
    '',
    'PDFs: the generator\'s protocols printed to PDF (scripts/render-text-pdf.mjs: Courier, 50 lines a page) and ingested into an empty',
    'database; text: the same protocols as text files, ingested the same way. ingest s: wall time of the CLI from outside, start included.'
  ])
].join('\n') + '\n')
