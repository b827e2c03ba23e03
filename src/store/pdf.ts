/**
 * The PDF tables (`pdf_texts`, `pdf_lines`): a PDF's extraction stored
 * beside its bytes, read back to run the pipeline again without the PDF, to
 * tell the page and box of any stored span, and to show the text.
 */
import type {PdfExtraction} from '../document.ts'
import {locateInLines, type Box, type PdfPage, type PrintedLine} from '../pdf/index.ts'
import {statement, type DB} from './db.ts'

/** Two decimals of a point, as the lines are stored. */
const round = (x: number) => Math.round(x * 100) / 100

/** Writes (or replaces) a document's extraction. Call inside the transaction that writes its records. */
export function writeExtraction(db: DB, id: number, x: PdfExtraction) {
  statement(db, 'DELETE FROM pdf_lines WHERE document_id = ?').run(id)
  statement(db, 'DELETE FROM pdf_texts WHERE document_id = ?').run(id)
  statement(db, 'INSERT INTO pdf_texts (document_id, extractor, version, text, pages, furniture, markers) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id, x.extractor, x.version, Buffer.from(x.text.buffer, x.text.byteOffset, x.text.byteLength),
    JSON.stringify(x.pages.map((p) => [round(p.width), round(p.height)])),
    JSON.stringify(x.furniture.map((f) => [f.kind, f.start, f.end, f.page])),
    JSON.stringify(x.markers.map((m) => [m.text, m.offset, m.page, round(m.x0), round(m.top), round(m.x1), round(m.bottom)]))
  )
  // One statement for all lines (each run from JS costs more than the row).
  statement(db, `INSERT INTO pdf_lines (document_id, raw_start, raw_end, page, x0, y0, x1, y1, runs)
    SELECT ?, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7 FROM json_each(?)`)
    .run(id, JSON.stringify(x.lines.map((l) => [l.start, l.end, l.page, l.x0, l.top, l.x1, l.bottom, l.runs])))
}

/** The extractor a stored PDF's text was made with; undefined for a text document. */
export function extractorOf(db: DB, id: number): {extractor: string; version: number} | undefined {
  return statement(db, 'SELECT extractor, version FROM pdf_texts WHERE document_id = ?').get(id) as {extractor: string; version: number} | undefined
}

/** What the pipeline reads of a stored PDF: its text and the furniture hints. */
export function readExtractedText(db: DB, id: number): Pick<PdfExtraction, 'text' | 'furniture'> | undefined {
  const row = statement(db, 'SELECT text, furniture FROM pdf_texts WHERE document_id = ?').get(id) as {text: Buffer; furniture: string} | undefined
  if (!row) return undefined
  const furniture = (JSON.parse(row.furniture) as Array<[PdfExtraction['furniture'][number]['kind'], number, number, number]>)
    .map(([kind, start, end, page]) => ({kind, start, end, page}))
  return {text: row.text, furniture}
}

/** The bytes a document's raw offsets point into: its text, extracted for a PDF. */
export function documentText(db: DB, id: number): Buffer {
  return statement(db, 'SELECT COALESCE((SELECT text FROM pdf_texts WHERE document_id = d.id), raw) FROM documents d WHERE id = ?').pluck().get(id) as Buffer
}

export interface StoredGeometry {
  extractor: string
  version: number
  pages: PdfPage[]
  /** Boxes of the stored span `[start, end)` (raw offsets), one per page it touches; empty for none. */
  locate: (start: number, end: number) => Box[]
}

/** A stored PDF's pages and a locator for its spans; undefined for a text document. */
export function readGeometry(db: DB, id: number): StoredGeometry | undefined {
  const head = statement(db, 'SELECT extractor, version, text, pages FROM pdf_texts WHERE document_id = ?').get(id) as
    {extractor: string; version: number; text: Buffer; pages: string} | undefined
  if (!head) return undefined
  const lines = (statement(db, 'SELECT raw_start, raw_end, page, x0, y0, x1, y1, runs FROM pdf_lines WHERE document_id = ? ORDER BY raw_start').all(id) as
    Array<{raw_start: number; raw_end: number; page: number; x0: number; y0: number; x1: number; y1: number; runs: string}>)
    .map((l): PrintedLine => ({start: l.raw_start, end: l.raw_end, page: l.page, x0: l.x0, top: l.y0, x1: l.x1, bottom: l.y1, runs: JSON.parse(l.runs)}))
  return {
    extractor: head.extractor,
    version: head.version,
    pages: (JSON.parse(head.pages) as Array<[number, number]>).map(([width, height], i) => ({number: i + 1, width, height})),
    locate: (start, end) => locateInLines(lines, head.text, start, end)
  }
}
