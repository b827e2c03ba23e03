// Prints text files as PDFs, line for line, so that a PDF reader can be checked
// against the text it came from (test/fixtures/pdf/):
//   node scripts/render-text-pdf.mjs OUTDIR FILE.txt…
// Courier 10 pt on a line pitch of 15 pt, 50 lines a page, the page as wide as
// the longest line. A page ends at a single blank line (the page break stands
// for it) or at a form feed; blanks at the start of a line are kept (Courier
// keeps the columns). Deterministic: the same text gives the same bytes.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import PDFDocument from 'pdfkit'

const SIZE = 10
const PITCH = 15
const MARGIN = 40
const LINES = 50
const CHAR = 0.6 * SIZE

/** Pages of lines: a page break replaces one blank line (or a form feed). */
export function paginate(text) {
  const pages = []
  for (const sheet of text.replace(/\n$/, '').split('\f')) {
    let lines = sheet.replace(/\n$/, '').split('\n')
    while (lines.length > LINES) {
      // the last lone blank line that fits on this page
      let at = -1
      for (let i = Math.min(LINES, lines.length - 2); i > 0; i--) {
        if (!lines[i].trim() && lines[i - 1].trim() && lines[i + 1].trim()) { at = i; break }
      }
      if (at === -1) at = LINES
      pages.push(lines.slice(0, at))
      lines = lines.slice(at + (lines[at]?.trim() ? 0 : 1))
    }
    pages.push(lines)
  }
  return pages
}

export function render(text, title) {
  const pages = paginate(text)
  const widest = Math.max(...pages.flat().map((l) => l.trimEnd().length))
  const width = Math.max(595.28, 2 * MARGIN + widest * CHAR)
  const height = 2 * MARGIN + LINES * PITCH
  const doc = new PDFDocument({
    autoFirstPage: false, compress: true,
    info: {Title: title, Producer: 'PDFKit', Creator: 'protokollant render-text-pdf', CreationDate: new Date('2025-01-01T00:00:00Z'), ModDate: new Date('2025-01-01T00:00:00Z')}
  })
  const chunks = []
  doc.on('data', (c) => chunks.push(c))
  const done = new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  for (const lines of pages) {
    doc.addPage({size: [width, height], margin: 0})
    doc.font('Courier').fontSize(SIZE)
    lines.forEach((line, i) => {
      const printed = line.trimEnd()
      if (printed.trim()) doc.text(printed, MARGIN, MARGIN + i * PITCH, {lineBreak: false})
    })
  }
  doc.end()
  return done
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  const [outDir, ...files] = process.argv.slice(2)
  if (!outDir || files.length === 0) {
    console.error('usage: node scripts/render-text-pdf.mjs OUTDIR FILE.txt…')
    process.exit(2)
  }
  mkdirSync(outDir, {recursive: true})
  for (const file of files) {
    const name = basename(file).replace(/\.txt$/, '')
    const pdf = await render(readFileSync(file, 'utf8'), name)
    writeFileSync(join(outDir, `${name}.pdf`), pdf)
    console.log(`${join(outDir, name)}.pdf: ${pdf.length} bytes`)
  }
}
