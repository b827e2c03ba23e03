// Extracts one PDF with every tool of the generality corpus (fixtures/generality/FORMAT.md):
//   node scripts/generality/extract.mjs PDF OUTDIR
// writes OUTDIR/<name>.{layout,raw,plain,pdfjs,pdfjs-lines}.txt
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'

const require = createRequire(import.meta.url)
// pdf.js needs the standard font metrics to place text drawn in Helvetica / Times
const standardFontDataUrl = join(require.resolve('pdfjs-dist/package.json'), '..', 'standard_fonts') + '/'

const poppler = (pdf, flag) => execFileSync('pdftotext', [...(flag ? [flag] : []), '-enc', 'UTF-8', pdf, '-'], {encoding: 'utf8', maxBuffer: 1 << 26})

async function pdfjsPages(pdf) {
  const doc = await pdfjs.getDocument({data: new Uint8Array(readFileSync(pdf)), standardFontDataUrl, verbosity: 0, isEvalSupported: false}).promise
  const pages = []
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i)
    pages.push((await page.getTextContent()).items)
  }
  await doc.destroy()
  return pages
}

// The items as pdf.js returns them, in content-stream order.
const streamText = (pages) => pages.map((items) => items.map((it) => it.str + (it.hasEOL ? '\n' : '')).join('')).join('\n')

// Items grouped into lines by their baseline, left to right; a wide gap becomes two or more spaces.
function linesText(pages) {
  return pages.map((items) => {
    const lines = []
    for (const it of items) {
      if (!it.str.trim()) continue
      const size = Math.hypot(it.transform[2], it.transform[3]) || 10
      const y = it.transform[5]
      // a raised footnote marker (about a third of the size) still belongs to its line
      let line = lines.find((l) => Math.abs(l.y - y) < 0.4 * Math.max(size, l.size))
      if (!line) lines.push(line = {y, size, items: []})
      if (size > line.size) { line.size = size; line.y = y }
      line.items.push({x: it.transform[4], w: it.width, s: it.str, size})
    }
    lines.sort((a, b) => b.y - a.y)
    return lines.map((l) => {
      l.items.sort((a, b) => a.x - b.x)
      let out = ''
      let end = null
      for (const it of l.items) {
        if (end !== null) {
          const gap = it.x - end
          // touching items (a marker glued to its word) stay glued
          if (gap > 1.5 * l.size) out += ' '.repeat(Math.max(2, Math.round(gap / (0.5 * l.size))))
          else if (gap > 0.1 * l.size) out += ' '
        }
        out += it.s
        end = it.x + it.w
      }
      return out.trimEnd()
    }).join('\n') + '\n'
  }).join('\n')
}

export async function extract(pdf, outDir) {
  mkdirSync(outDir, {recursive: true})
  const name = basename(pdf, '.pdf')
  const write = (tool, text) => writeFileSync(join(outDir, `${name}.${tool}.txt`), text)
  write('layout', poppler(pdf, '-layout'))
  write('raw', poppler(pdf, '-raw'))
  write('plain', poppler(pdf, null))
  const pages = await pdfjsPages(pdf)
  write('pdfjs', streamText(pages))
  write('pdfjs-lines', linesText(pages))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [pdf, outDir] = process.argv.slice(2)
  if (!pdf || !outDir) {
    console.error('usage: node scripts/generality/extract.mjs PDF OUTDIR')
    process.exit(2)
  }
  await extract(pdf, outDir)
}
