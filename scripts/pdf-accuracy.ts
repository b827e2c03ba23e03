/**
 * The generality protocols ingested from their PDFs (as `protokollant ingest`
 * does, exported from the database) against the same protocols read from
 * each tool's text: core F1 per protocol, the best text version beside the PDF.
 *
 *   node bin/run.mjs scripts/pdf-accuracy.ts [--json]
 *
 * The PDFs go into one database of their own, as the texts of one tool do.
 * Also the seed texts printed to PDF (test/fixtures/pdf) against their gold.
 */
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {openDatabase} from '../src/store/db.ts'
import {ingestFiles} from '../src/corpus/run.ts'
import {exportToFolder} from '../src/formats/export.ts'
import {dmk} from '../pipelines/dmk.ts'
import {goldFor, measure, protocols, score, TOOLS, type Score} from './accuracy.ts'

const GENERALITY = new URL('../fixtures/generality/', import.meta.url).pathname
const SEED_PDFS = new URL('../test/fixtures/pdf/', import.meta.url).pathname
const SEED_GOLD = new URL('../fixtures/seeds/gold/', import.meta.url).pathname

/** Ingests PDFs into a fresh database (as `protokollant ingest` does) and exports every document into `out`. */
async function readAndExport(files: string[], out: string): Promise<void> {
  const db = openDatabase(':memory:')
  const summary = await ingestFiles(db, files, {pipeline: dmk, pipelineName: 'dmk'})
  for (const d of summary.documents) if (d.rejection) throw new Error(`${d.path}: ${d.rejection.reason} [${d.rejection.ruleId}]`)
  await exportToFolder(db, 'json', out)
  db.close()
}

export interface PdfRow {
  protocol: string
  /** Core F1 of each tool's text. */
  text: Record<string, number>
  best: number
  bestTool: string
  pdf: number
}

export interface PdfAccuracy {
  rows: PdfRow[]
  /** The whole corpus read from PDFs. */
  pdf: Score
  /** The seed texts printed to PDF (test/fixtures/pdf) and read back, against the seed gold. */
  seeds: Score
}

/** Reads every generality PDF, stores and exports it, and scores it against its gold. */
export async function pdfScores(): Promise<{documents: Record<string, number>; all: Score}> {
  const tmp = mkdtempSync(join(tmpdir(), 'protokollant-pdf-accuracy-'))
  try {
    const all = protocols()
    const out = join(tmp, 'exports')
    await readAndExport(all.map((p) => join(GENERALITY, 'pdf', `${p}.pdf`)), out)
    const gold = join(tmp, 'gold')
    mkdirSync(gold)
    const documents: Record<string, number> = {}
    for (const p of all) {
      writeFileSync(join(gold, `${p}.json`), goldFor(p, 'pdf'))
      const one = join(tmp, `one-${p}`)
      mkdirSync(one)
      writeFileSync(join(one, `${p}.json`), goldFor(p, 'pdf'))
      documents[p] = score(one, out).core.f1
    }
    return {documents, all: score(gold, out)}
  } finally {
    rmSync(tmp, {recursive: true, force: true})
  }
}

/** The seed PDFs against the seed gold. */
export async function seedScores(): Promise<Score> {
  const tmp = mkdtempSync(join(tmpdir(), 'protokollant-pdf-seeds-'))
  try {
    await readAndExport(readdirSync(SEED_PDFS).filter((f) => f.endsWith('.pdf')).map((f) => join(SEED_PDFS, f)), tmp)
    return score(SEED_GOLD, tmp)
  } finally {
    rmSync(tmp, {recursive: true, force: true})
  }
}

export async function pdfAccuracy(): Promise<PdfAccuracy> {
  const [text, pdf, seeds] = [await measure(), await pdfScores(), await seedScores()]
  const rows = protocols().map((protocol): PdfRow => {
    const scores = Object.fromEntries(TOOLS.map((t) => [t, text.documents[`${protocol}.${t}`]!]))
    const [bestTool, best] = Object.entries(scores).sort((a, b) => b[1] - a[1])[0]!
    return {protocol, text: scores, best, bestTool, pdf: pdf.documents[protocol]!}
  })
  return {rows, pdf: pdf.all, seeds}
}

export function pdfTable(a: PdfAccuracy): string {
  const f = (x: number) => x.toFixed(3)
  return [
    `| protocol | ${TOOLS.join(' | ')} | best text | pdf | pdf − best |`,
    `| --- | ${TOOLS.map(() => '---:').join(' | ')} | ---: | ---: | ---: |`,
    ...a.rows.map((r) => `| ${r.protocol} | ${TOOLS.map((t) => f(r.text[t]!)).join(' | ')} | ${f(r.best)} | **${f(r.pdf)}** | ${(r.pdf - r.best >= 0 ? '+' : '') + f(r.pdf - r.best)} |`),
    '',
    `Core F1 of the whole corpus read from PDFs: ${f(a.pdf.core.f1)}; of the seeds printed to PDF: ${f(a.seeds.core.f1)}.`
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await pdfAccuracy()
  process.stdout.write(process.argv.includes('--json') ? JSON.stringify(result, null, 1) + '\n' : pdfTable(result) + '\n')
}
