/**
 * PDF bytes → the text runs of every page with their geometry, read in
 * process with pdf.js (legacy build: Node 20). Encrypted, image-only and
 * broken files are rejected here with their rule id.
 */
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {RejectedInput} from '../normalize/decode.ts'

/** One piece of text as pdf.js hands it over, in page points, y growing downwards. */
export interface Run {
  text: string
  x0: number
  x1: number
  /** Baseline. */
  y: number
  top: number
  bottom: number
  /** Font size (the text matrix's vertical scale). */
  size: number
  /** Set in a monospaced font: its blanks are part of the text's own grid. */
  mono: boolean
  /** Its place in the page's content stream (the order the producer wrote the text in). */
  seq: number
}

export interface Page {
  /** 1-based. */
  number: number
  width: number
  height: number
  runs: Run[]
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
type Worker = {WorkerMessageHandler: unknown}
const BUILD = 'pdfjs-dist/legacy/build/'

let loaded: Promise<{pdfjs: PdfJs; fonts: string; cmaps: string}> | undefined

/**
 * pdf.js is large: loaded on the first PDF, not when a text is processed;
 * the minified builds, its worker in this thread (`globalThis.pdfjsWorker`
 * is where pdf.js looks for it), so loading costs less memory.
 */
function pdfjsModule() {
  loaded ??= Promise.all([
    // The minified files carry no types of their own: typed as the full build.
    import(`${BUILD}pdf.min.mjs`) as Promise<PdfJs>,
    import(`${BUILD}pdf.worker.min.mjs`) as Promise<Worker>
  ]).then(([pdfjs, worker]) => {
    (globalThis as {pdfjsWorker?: Worker}).pdfjsWorker ??= worker
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
    // Metrics of the standard fonts (Helvetica, Times …) that a PDF names but does not embed.
    return {pdfjs, fonts: join(root, 'standard_fonts') + '/', cmaps: join(root, 'cmaps') + '/'}
  })
  return loaded
}

let packaged: string | undefined

/** pdf.js's version, from its package (no need to load pdf.js to know whether a stored text is current). */
export function pdfjsVersion(): string {
  packaged ??= (createRequire(import.meta.url)('pdfjs-dist/package.json') as {version: string}).version
  return packaged
}

/** A cut file has lost its trailer; pdf.js would quietly rebuild what it can. */
function endsLikePdf(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1')
  return tail.includes('%%EOF')
}

function broken(detail: string): RejectedInput {
  return new RejectedInput('pdf-broken', `Unexpected broken PDF (${detail}), expected a complete, readable PDF`)
}

/** The PDF being read in this thread: the next waits for it. */
let reading: Promise<unknown> = Promise.resolve()

/**
 * One PDF at a time per thread: pdf.js's worker runs in this thread, and
 * documents read side by side (the next begun while one is still read)
 * mix up their pages ("Invalid page request"). Worker threads read in parallel.
 */
export function readPdf(bytes: Uint8Array): Promise<Page[]> {
  const turn = reading.then(() => readOne(bytes))
  reading = turn.catch(() => undefined)
  return turn
}

async function readOne(bytes: Uint8Array): Promise<Page[]> {
  if (!(bytes.length >= 5 && Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-'))) {
    throw broken('no `%PDF-` header')
  }
  if (!endsLikePdf(bytes)) throw broken('no `%%EOF` at the end: the file is cut short')
  const {pdfjs, fonts, cmaps} = await pdfjsModule()
  // A copy: pdf.js may take over (detach) the buffer it is given.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), standardFontDataUrl: fonts, cMapUrl: cmaps, cMapPacked: true,
    verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true
  })
  let doc: Awaited<typeof task.promise>
  try {
    doc = await task.promise
  } catch (error) {
    await task.destroy()
    const name = (error as {name?: string}).name
    if (name === 'PasswordException') {
      throw new RejectedInput('pdf-encrypted', 'Unexpected encrypted PDF (it opens only with a password), expected a PDF without a user password')
    }
    throw broken(error instanceof Error ? error.message : String(error))
  }
  try {
    const pages: Page[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const viewport = page.getViewport({scale: 1})
      const content = await page.getTextContent()
      const runs: Run[] = []
      for (const item of content.items) {
        if (!('str' in item)) continue
        const run = toRun(pdfjs, viewport.transform, item, content.styles[item.fontName], runs.length)
        if (run) runs.push(run)
      }
      pages.push({number: n, width: viewport.width, height: viewport.height, runs})
      page.cleanup()
    }
    if (pages.every((p) => p.runs.length === 0)) {
      throw new RejectedInput('pdf-no-text', `Unexpected PDF without text (${pages.length} page(s), none with a text layer: a scan?), expected a PDF with text`)
    }
    return pages
  } catch (error) {
    if (error instanceof RejectedInput) throw error
    throw broken(error instanceof Error ? error.message : String(error))
  } finally {
    await doc.destroy()
  }
}

interface Item {
  str: string
  transform: number[]
  width: number
}

const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/g
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g

function toRun(pdfjs: PdfJs, view: number[], item: Item, style: {ascent: number; descent: number; fontFamily: string} | undefined, seq: number): Run | undefined {
  // Every blank as a plain space; control characters (unmapped glyphs) as U+FFFD, never dropped.
  const str = item.str.replace(SPACES, ' ').replace(CONTROLS, '\uFFFD')
  const text = str.trim()
  if (!text) return undefined
  const m = pdfjs.Util.transform(view, item.transform) as number[]
  const size = Math.hypot(m[2]!, m[3]!) || Math.hypot(m[0]!, m[1]!) || 1
  const x = m[4]!
  const y = m[5]!
  // Blanks pdf.js left at the ends of a string: cut them off by their share of its width.
  const advance = str.length ? item.width / str.length : 0
  const lead = str.length - str.trimStart().length
  const trail = str.length - str.trimEnd().length
  const ascent = Number.isFinite(style?.ascent) && style!.ascent > 0 ? style!.ascent : 0.8
  const descent = Number.isFinite(style?.descent) && style!.descent < 0 ? -style!.descent : 0.2
  return {
    text: text.normalize('NFC'),
    x0: x + lead * advance,
    x1: x + item.width - trail * advance,
    y,
    top: y - ascent * size,
    bottom: y + descent * size,
    size,
    mono: style?.fontFamily === 'monospace',
    seq
  }
}
