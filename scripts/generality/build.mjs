// Builds the generality corpus: renders every fixtures/generality/src/*.json (or the named ones)
// to pdf/, extracts each PDF with every tool to text/, and rewrites README.md (the index).
//   node scripts/generality/build.mjs [name…]      (npm run generality)
//   node scripts/generality/build.mjs --dir fixtures/heldout-next [name…]
// --dir: another corpus in the same layout (src/, pdf/, text/), built where it lies; its README.md is
// hand-written there and left alone (the index is written for fixtures/generality only).
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {render} from './render.mjs'
import {extract} from './extract.mjs'

const args = process.argv.slice(2)
const dirAt = args.indexOf('--dir')
const root = dirAt === -1 ? fileURLToPath(new URL('../../fixtures/generality/', import.meta.url)) : join(process.cwd(), args.splice(dirAt, 2)[1])
const dir = (d) => join(root, d)

const all = readdirSync(dir('src')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort()
const names = args.map((n) => n.replace(/\.json$/, '').replace(/^.*\//, ''))
for (const n of names) if (!all.includes(n)) { console.error(`no source src/${n}.json`); process.exit(1) }
const load = (n) => JSON.parse(readFileSync(join(dir('src'), `${n}.json`), 'utf8'))

mkdirSync(dir('pdf'), {recursive: true})
mkdirSync(dir('text'), {recursive: true})
for (const n of names.length ? names : all) {
  const {pdf, pages} = await render(load(n))
  const out = join(dir('pdf'), `${n}.pdf`)
  writeFileSync(out, pdf)
  await extract(out, dir('text'))
  console.log(`${n}: ${pages} pages`)
}

// ---- the index, always over every source (fixtures/generality only)
if (dirAt !== -1) process.exit(0)
const pagesOf = (n) => {
  const pdf = join(dir('pdf'), `${n}.pdf`)
  if (!existsSync(pdf)) return '–'
  return /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], {encoding: 'utf8'}))?.[1] ?? '?'
}
const cell = (s) => String(s).replaceAll('|', '\\|')
const rows = all.map((n) => {
  const src = load(n)
  const m = src.gold?.meeting ?? {}
  const session = [m.number != null ? `${m.number}.` : '', m.date ?? '', m.place ?? ''].filter(Boolean).join(' ')
  const chairs = [...new Set((src.gold?.attendees ?? []).filter((a) => a.chair).map((a) => a.org))].join(', ') || '–'
  return `| \`${n}\` | ${cell(session)} | ${chairs} | ${pagesOf(n)} | ${cell((src.shows ?? []).join('; '))} |`
})
writeFileSync(join(root, 'README.md'), `# Generality corpus

Protocols of the Digitalministerkonferenz written by hand for this corpus, never taken from
protokollant's output: each \`src/<name>.json\` holds the blocks of one protocol and, beside them, its
gold record (\`protocol-export/1\`, see FORMAT.md). \`npm run generality\` (scripts/generality/build.mjs)
lays every source out as an A4 PDF in \`pdf/\` with pdfkit (render.mjs) and extracts each PDF with
\`pdftotext -layout\`, \`-raw\`, plain \`pdftotext\` and pdf.js (as items and as lines) into \`text/\`
(extract.mjs); \`node scripts/generality/check.mjs\` checks the sources and that every gold text is
printed. Rendering is deterministic: the same source gives the same PDF bytes. After editing a
source, run \`npm run generality -- <name>\` and the check, and commit src, pdf and text together.
This file is written by build.mjs.

| protocol | session (number, date, place) | chair | pages | shows |
| --- | --- | --- | --- | --- |
${rows.join('\n')}
`)
console.log(`README.md: ${all.length} protocols`)
