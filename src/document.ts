/**
 * One document through a preset: raw bytes → normalized vfile → tree →
 * record. Never throws for bad input: returns the record or a typed
 * rejection with the file, line and column.
 */
import {VFile} from 'vfile'
import type {Processor} from 'unified'
import type {FurnitureHint, Root} from './record/tree.ts'
import type {Extraction} from './record/schema.ts'
import {normalizeBytes, RejectedInput, utf8Offsets, type Normalized} from './normalize/index.ts'
import {report} from './record/message.ts'
import type {RuleId} from './record/rules.ts'
import {lineColumn} from './text/raw.ts'
import {EXTRACTOR_VERSION, extractPdf, printedLines, type FurnitureSpan, type Marker, type PdfPage, type PdfText, type PlacedRun, type PrintedLine} from './pdf/index.ts'

/** A frozen preset: parses to a `Root`, runs transformers on it, compiles an `Extraction`. */
export type Pipeline = Processor<Root, undefined, undefined, Root, Extraction>

export interface Processed {
  ok: true
  file: VFile
  record: Extraction
  normalized: Normalized
}

export interface Rejected {
  ok: false
  path: string
  ruleId: RuleId
  reason: string
  /** 1-based line and column where the problem is, when there is one. */
  line: number | null
  column: number | null
  offset: number | null
  /** For a `pipeline-error`: where the exception was thrown (printed under `--verbose`). */
  stack?: string
}

/** What the input knows beyond its bytes (a PDF's geometry), in raw byte offsets. */
export interface InputHints {
  furniture?: readonly FurnitureHint[]
}

export function processBytes(pipeline: Pipeline, bytes: Uint8Array, path: string, hints: InputHints = {}): Processed | Rejected {
  let normalized: Normalized
  try {
    normalized = normalizeBytes(bytes)
  } catch (error) {
    if (error instanceof RejectedInput) {
      const at = error.offset === undefined ? null : lineColumn(bytes, error.offset)
      return {ok: false, path, ruleId: error.ruleId, reason: error.message, line: at?.line ?? null, column: at?.column ?? null, offset: error.offset ?? null}
    }
    throw error
  }
  const file = new VFile({path, value: normalized.text})
  file.data.normalized = normalized
  file.data.furnitureHints = (hints.furniture ?? []).map((h) => ({kind: h.kind, start: rawToNormalized(normalized, h.start), end: rawToNormalized(normalized, h.end)}))
  for (const w of normalized.warnings) {
    const at = rawToNormalized(normalized, w.offset)
    report(file, {start: at, end: at}, w.ruleId, w.reason)
  }
  try {
    const tree = pipeline.parse(file)
    const done = pipeline.runSync(tree, file) as Root
    const record = pipeline.stringify(done, file)
    if ((normalized.changes['columns'] ?? 0) > 0) rawPlaces(file, normalized, bytes)
    return {ok: true, file, record, normalized}
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const place = (error as {place?: {line?: number; column?: number; start?: {line: number; column: number}}}).place
    const line = place?.start?.line ?? place?.line ?? null
    const column = place?.start?.column ?? place?.column ?? null
    const stack = error instanceof Error && error.stack ? {stack: error.stack} : {}
    return {ok: false, path, ruleId: (error as {ruleId?: RuleId}).ruleId ?? 'pipeline-error', reason: message, line, column, offset: null, ...stack}
  }
}

/**
 * Text read column by column has other lines than the file: messages name
 * the line and column of the raw text their place comes from.
 */
function rawPlaces(file: VFile, normalized: Normalized, bytes: Uint8Array) {
  const {map} = normalized
  const at = (point: {line: number; column: number; offset?: number | undefined} | undefined) => {
    if (point?.offset === undefined) return
    const raw = lineColumn(bytes, map[Math.min(point.offset, map.length - 1)]!)
    point.line = raw.line
    point.column = raw.column
  }
  for (const message of file.messages) {
    const place = message.place
    if (!place) continue
    if ('start' in place) {
      at(place.start)
      at(place.end)
    } else at(place)
    const start = 'start' in place ? place.start : place
    message.line = start.line
    message.column = start.column
  }
}

/** The first normalized offset at or after a raw byte offset. */
export function rawToNormalized(normalized: Normalized, raw: number): number {
  const {map} = normalized
  if ((normalized.changes['columns'] ?? 0) > 0) return unordered(normalized, raw)
  let lo = 0
  let hi = map.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (map[mid]! < raw) lo = mid + 1
    else hi = mid
  }
  return lo
}


const inverses = new WeakMap<Normalized, Array<[raw: number, at: number]>>()

/** `rawToNormalized` where columns were read one after the other: the map is not increasing. */
function unordered(normalized: Normalized, raw: number): number {
  let pairs = inverses.get(normalized)
  if (!pairs) {
    pairs = Array.from(normalized.map, (r, i): [number, number] => [r, i]).sort((a, b) => a[0] - b[0] || a[1] - b[1])
    inverses.set(normalized, pairs)
  }
  let lo = 0
  let hi = pairs.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (pairs[mid]![0] < raw) lo = mid + 1
    else hi = mid
  }
  return pairs[lo]![1]
}

export interface PdfProcessed extends Processed {
  pdf: PdfDocument
}

/** What a PDF adds to its record: its text and where every part of it is printed. */
export interface PdfDocument {
  /** The extracted text as UTF-8: the bytes the record's raw offsets point into. */
  textBytes: Uint8Array
  /** Which extractor made the text (`protokollant-pdf/1 pdf.js/5.4.624`). */
  extractor: string
  pages: PdfPage[]
  /** Runs of the normalized text (`file.value` offsets) with page and box; see `locate`. */
  runs: PlacedRun[]
  /** Footnote markers kept out of the text, at normalized offsets. */
  markers: Marker[]
  /** Furniture lines found from the geometry, at normalized offsets. */
  furniture: FurnitureSpan[]
  /** The same in bytes of `textBytes`, as stored beside the PDF. */
  extraction: PdfExtraction
}

/**
 * A PDF's extraction as it is stored beside its bytes, every offset in bytes
 * of `text`: what the pipeline reads again without the PDF (the text and the
 * furniture hints) and where each line is printed.
 */
export interface PdfExtraction {
  extractor: string
  /** `EXTRACTOR_VERSION` when it was extracted. */
  version: number
  /** UTF-8; the records' raw offsets point into it. */
  text: Uint8Array
  pages: PdfPage[]
  furniture: FurnitureSpan[]
  markers: Marker[]
  lines: PrintedLine[]
}

/**
 * A PDF through a preset: its text rebuilt from the glyph positions, then the
 * same pipeline as for a text, with the furniture the geometry shows as hints.
 * Encrypted, image-only and broken PDFs are rejected (`pdf-encrypted`,
 * `pdf-no-text`, `pdf-broken`).
 */
export async function processPdf(pipeline: Pipeline, bytes: Uint8Array, path: string): Promise<PdfProcessed | Rejected> {
  let extracted: PdfText
  try {
    extracted = await extractPdf(bytes)
  } catch (error) {
    if (error instanceof RejectedInput) return {ok: false, path, ruleId: error.ruleId, reason: error.message, line: null, column: null, offset: null}
    // A bug, not bad input: rejected all the same, as processBytes does.
    return {ok: false, path, ruleId: 'pipeline-error', reason: error instanceof Error ? error.message : String(error), line: null, column: null, offset: null}
  }
  const textBytes = new TextEncoder().encode(extracted.text)
  const byteAt = utf8Offsets(extracted.text, 0, textBytes.length)
  const extraction: PdfExtraction = {
    extractor: extracted.extractor,
    version: EXTRACTOR_VERSION,
    text: textBytes,
    pages: extracted.pages,
    furniture: extracted.furniture.map((f) => ({...f, start: byteAt[f.start]!, end: byteAt[f.end]!})),
    markers: extracted.markers.map((m) => ({...m, offset: byteAt[m.offset]!})),
    lines: printedLines(extracted.runs, extracted.text, byteAt)
  }
  const result = processPdfText(pipeline, extraction, path)
  if (!result.ok) return result
  const at = (offset: number) => rawToNormalized(result.normalized, byteAt[offset]!)
  return {
    ...result,
    pdf: {
      textBytes,
      extractor: extracted.extractor,
      pages: extracted.pages,
      runs: extracted.runs.map((r) => ({...r, start: at(r.start), end: at(r.end)})),
      markers: extracted.markers.map((m) => ({...m, offset: at(m.offset)})),
      furniture: extracted.furniture.map((f) => ({...f, start: at(f.start), end: at(f.end)})),
      extraction
    }
  }
}

/**
 * A PDF's stored text through a preset, without the PDF: the records are
 * those `processPdf` gives, as long as the text was made by the same extractor.
 */
export function processPdfText(pipeline: Pipeline, extraction: Pick<PdfExtraction, 'text' | 'furniture'>, path: string): Processed | Rejected {
  return processBytes(pipeline, extraction.text, path, {furniture: extraction.furniture})
}
