/**
 * PDF bytes → text in reading order, with the page and box of every run,
 * the page furniture found from the geometry and the footnote markers kept
 * out of the text. Pure: bytes in, text and geometry out. Encrypted,
 * image-only and broken PDFs throw `RejectedInput` (`pdf-encrypted`,
 * `pdf-no-text`, `pdf-broken`).
 */
import {readPdf, pdfjsVersion} from './read.ts'
import {pageLines} from './lines.ts'
import {classifyPages} from './furniture.ts'
import {documentStops, rowsOf} from './cells.ts'
import {readSpanningCells} from './tables.ts'
import {layOut, type Box, type FurnitureSpan, type Marker, type PlacedRun} from './layout.ts'

export {locate, locateInLines, printedLines, type PrintedLine} from './geometry.ts'
export type {Box, FurnitureSpan, Marker, PlacedRun}
export type {PdfFurnitureKind} from './furniture.ts'

/**
 * The extractor's version: bump it when the text, furniture or geometry the
 * same PDF gives changes. A stored text of another version (or of another
 * pdf.js) is extracted again from the stored PDF by `reextract`.
 */
export const EXTRACTOR_VERSION = 1

/** `protokollant-pdf/<version> pdf.js/<version>`: what a stored text was extracted with. */
export function currentExtractor(): string {
  return `protokollant-pdf/${EXTRACTOR_VERSION} pdf.js/${pdfjsVersion()}`
}

export interface PdfPage {
  number: number
  width: number
  height: number
}

export interface PdfText {
  /** Lines as printed; pages separated by form feeds; ends with a line break. */
  text: string
  /** `protokollant-pdf/<layout> pdf.js/<version>`. */
  extractor: string
  pages: PdfPage[]
  /** Every run of `text`, in text order, with its page and box. */
  runs: PlacedRun[]
  /** Lines of `text` that are running headers and footers, page numbers, footnotes. */
  furniture: FurnitureSpan[]
  /** Footnote markers: not in `text`, each with the offset where it stood. */
  markers: Marker[]
}

export async function extractPdf(bytes: Uint8Array): Promise<PdfText> {
  const pages = await readPdf(bytes)
  const lined = pages.map((page) => ({number: page.number, height: page.height, lines: pageLines(page.runs)}))
  const furniture = classifyPages(lined)
  const stops = documentStops(lined.map((page) => page.lines))
  const laid = layOut(lined.map((page, p) => ({number: page.number, rows: readSpanningCells(rowsOf(page.lines, furniture[p]!, stops))})))
  return {
    text: laid.text,
    extractor: currentExtractor(),
    pages: pages.map(({number, width, height}) => ({number, width, height})),
    runs: laid.runs,
    furniture: laid.furniture,
    markers: laid.markers
  }
}
