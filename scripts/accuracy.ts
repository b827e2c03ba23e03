/**
 * How well the extraction generalizes: the seeds and the generality corpus
 * (fixtures/generality: protocols written by hand, rendered to PDF and
 * extracted with several tools) ingested, exported and scored against
 * their gold with score.py — per category and tool, and per document.
 *
 *   npm run accuracy [-- --json] [-- --show N] [-- --tool layout] [-- --readme]
 *
 * `--readme` writes the table into README.md between `<!-- accuracy -->` and `<!-- /accuracy -->`.
 *
 * `--corpus heldout` measures fixtures/heldout instead: protocols written after the rules, to see what
 * nobody tuned for.
 * `--keep DIR` keeps the exports (`DIR/<tool>/`) and gold (`DIR/gold-<tool>/`) to look at, e.g.
 * `python3 scripts/score.py DIR/gold-layout DIR/layout --show 20`.
 *
 * Each tool's texts go into a database of their own (as a user would ingest
 * one corpus made with one tool), so one version of a protocol never helps
 * another's.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {openDatabase} from '../src/store/db.ts'
import {ingestFiles} from '../src/corpus/run.ts'
import {exportToFolder} from '../src/formats/export.ts'
import {dmk} from '../pipelines/dmk.ts'

const ROOT = new URL('..', import.meta.url).pathname
const SCORE = join(ROOT, 'scripts/score.py')
const SEEDS = join(ROOT, 'fixtures/seeds')
let GENERALITY = join(ROOT, 'fixtures/generality')
export const TOOLS = ['layout', 'raw', 'plain', 'pdfjs', 'pdfjs-lines'] as const
export const CORE = ['meeting', 'members', 'guests', 'staff', 'absent', 'agenda', 'titles', 'sponsors',
  'clauses', 'clause_items', 'preambles', 'outcomes', 'positions', 'notes', 'attachments'] as const

interface Counts { tp: number; pred: number; gold: number }
export interface Score {
  core: {p: number; r: number; f1: number}
  categories: Record<string, Counts>
}

export interface Accuracy {
  seeds: Score
  /** Per tool, the whole generality corpus made with it. */
  tools: Record<string, Score>
  /** All tools together. */
  generality: Score
  /** Core F1 of every generality document (`<protocol>.<tool>`). */
  documents: Record<string, number>
}

/** Scores an export directory against a gold directory with score.py. */
export function score(goldDir: string, exportDir: string): Score {
  const out = execFileSync('python3', [SCORE, goldDir, exportDir, '--json'], {encoding: 'utf8'})
  return JSON.parse(out) as Score
}

/** Ingests files into a fresh database and exports every document into `out`. */
async function ingestAndExport(files: string[], out: string): Promise<void> {
  const db = openDatabase(':memory:')
  await ingestFiles(db, files, {pipeline: dmk, pipelineName: 'dmk'})
  await exportToFolder(db, 'json', out)
  db.close()
}

/** The gold of a generality protocol as the record of one of its text versions. */
export function goldFor(protocol: string, tool: string): string {
  const src = JSON.parse(readFileSync(join(GENERALITY, 'src', `${protocol}.json`), 'utf8'))
  return JSON.stringify({format: 'protocol-export/1', document: {source: `${protocol}.${tool}.txt`, kind: 'protocol'}, ...src.gold}, null, 1)
}

export function protocols(): string[] {
  return readdirSync(join(GENERALITY, 'src')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort()
}

export async function measure(options: {tools?: readonly string[]; keep?: string; corpus?: string} = {}): Promise<Accuracy> {
  GENERALITY = join(ROOT, 'fixtures', options.corpus ?? 'generality')
  const tmp = options.keep ?? mkdtempSync(join(tmpdir(), 'protokollant-accuracy-'))
  if (options.keep) {
    rmSync(tmp, {recursive: true, force: true})
    mkdirSync(tmp, {recursive: true})
  }
  try {
    const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f))
    await ingestAndExport(seedFiles, join(tmp, 'seeds'))
    const seeds = score(join(SEEDS, 'gold'), join(tmp, 'seeds'))
    const tools: Record<string, Score> = {}
    const documents: Record<string, number> = {}
    const all = protocols()
    for (const tool of options.tools ?? TOOLS) {
      const out = join(tmp, tool)
      await ingestAndExport(all.map((p) => join(GENERALITY, 'text', `${p}.${tool}.txt`)), out)
      const gold = join(tmp, `gold-${tool}`)
      mkdirSync(gold)
      for (const p of all) {
        writeFileSync(join(gold, `${p}.${tool}.json`), goldFor(p, tool))
        // One document alone: its own core F1.
        const one = join(tmp, `one-${tool}-${p}`)
        mkdirSync(one)
        writeFileSync(join(one, `${p}.${tool}.json`), goldFor(p, tool))
        documents[`${p}.${tool}`] = score(one, out).core.f1
      }
      tools[tool] = score(gold, out)
    }
    const merged = join(tmp, 'gold-all')
    const exports = join(tmp, 'exports-all')
    mkdirSync(merged)
    mkdirSync(exports)
    for (const tool of options.tools ?? TOOLS) {
      for (const f of readdirSync(join(tmp, `gold-${tool}`))) writeFileSync(join(merged, f), readFileSync(join(tmp, `gold-${tool}`, f)))
      for (const f of readdirSync(join(tmp, tool))) writeFileSync(join(exports, f), readFileSync(join(tmp, tool, f)))
    }
    return {seeds, tools, generality: score(merged, exports), documents}
  } finally {
    if (!options.keep) rmSync(tmp, {recursive: true, force: true})
  }
}

const f1 = (c: Counts | undefined) => {
  if (!c) return NaN
  const p = c.pred ? c.tp / c.pred : c.gold === 0 ? 1 : 0
  const r = c.gold ? c.tp / c.gold : 1
  return p + r ? (2 * p * r) / (p + r) : 0
}

/** The table the README publishes: core categories × (seeds, each tool, all). */
export function table(a: Accuracy): string {
  const cols = ['seeds', ...Object.keys(a.tools), 'all tools']
  const scores = [a.seeds, ...Object.values(a.tools), a.generality]
  const fmt = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3))
  const lines = [
    `| category | ${cols.join(' | ')} |`,
    `| --- | ${cols.map(() => '---:').join(' | ')} |`,
    ...CORE.map((c) => `| ${c} | ${scores.map((s) => fmt(f1(s.categories[c]))).join(' | ')} |`),
    `| **core F1** | ${scores.map((s) => `**${fmt(s.core.f1)}**`).join(' | ')} |`
  ]
  const worst = Object.entries(a.documents).sort((x, y) => x[1] - y[1]).slice(0, 5)
  lines.push('', `Worst generality documents (core F1): ${worst.map(([d, v]) => `\`${d}\` ${fmt(v)}`).join(', ')}.`)
  return lines.join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const toolAt = args.indexOf('--tool')
  const keepAt = args.indexOf('--keep')
  const corpusAt = args.indexOf('--corpus')
  const result = await measure({...(toolAt === -1 ? {} : {tools: [args[toolAt + 1]!]}), ...(keepAt === -1 ? {} : {keep: args[keepAt + 1]!}), ...(corpusAt === -1 ? {} : {corpus: args[corpusAt + 1]!})})
  if (args.includes('--readme')) {
    const path = new URL('../README.md', import.meta.url)
    const readme = readFileSync(path, 'utf8')
    const block = `<!-- accuracy -->\n${protocols().length} generality protocols × ${Object.keys(result.tools).length} tools, and the 5 seeds; ` +
      `core F1 per category (score.py), measured ${new Date().toISOString().slice(0, 10)}.\n\n${table(result)}\n<!-- /accuracy -->`
    writeFileSync(path, readme.replace(/<!-- accuracy -->[\s\S]*?<!-- \/accuracy -->/, block))
  }
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify(result, null, 1) + '\n')
  } else {
    process.stdout.write(`${protocols().length} generality protocols × ${Object.keys(result.tools).length} tools, and the 5 seeds\n\n${table(result)}\n`)
    const showAt = args.indexOf('--show')
    if (showAt !== -1) {
      const n = Number(args[showAt + 1] ?? 5)
      process.stdout.write('\n' + Object.entries(result.documents).sort((x, y) => x[1] - y[1]).slice(0, n).map(([d, v]) => `${v.toFixed(3)} ${d}`).join('\n') + '\n')
    }
  }
}
