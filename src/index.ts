/**
 * protokollant's library API. The CLI (`src/cli/`) is a thin shell over it.
 *
 * The document wing (`normalize` → `segment` → `extract` → `compile`,
 * entered by `processBytes`) is pure: bytes in, record and messages out.
 * The corpus wing stores records (`store/`, the only place with SQL),
 * runs ingest and re-extraction (`corpus/`) and renders (`formats/`).
 */
import type {DB} from './store/db.ts'
import {auditModel} from './corpus/audit.ts'
import {renderAudit} from './formats/audit.ts'
import {selectDocuments} from './store/read.ts'

export {processBytes, processPdf, processPdfText, rawToNormalized} from './document.ts'
export type {Pipeline, Processed, Rejected, PdfProcessed, PdfDocument, PdfExtraction} from './document.ts'
export {currentExtractor, extractPdf, EXTRACTOR_VERSION, locate, locateInLines} from './pdf/index.ts'
export type {PdfText, Box, PlacedRun, PrintedLine, FurnitureSpan, Marker} from './pdf/index.ts'
export {normalizeBytes, decode, RejectedInput} from './normalize/index.ts'
export * from './record/index.ts'
export {openDatabase, migrate} from './store/db.ts'
export type {DB} from './store/db.ts'
export {storeDocument, sha256} from './store/write.ts'
export {exportDocument, listDocuments, selectDocuments} from './store/read.ts'
export type {ExportRecord, ExportOptions, PdfLocation} from './store/read.ts'
export {readGeometry} from './store/pdf.ts'
export {resolveCorpus} from './corpus/placement.ts'
export {ingestFiles, reextract} from './corpus/run.ts'
export type {RunSummary, DocumentOutcome, RunOptions, ReextractOptions} from './corpus/run.ts'
export {expandInputs} from './corpus/inputs.ts'
export {exportToFolder, exportToStream} from './formats/export.ts'
export {diffRuns, listRuns} from './corpus/runs.ts'
export {auditModel} from './corpus/audit.ts'
export {renderAudit} from './formats/audit.ts'
export {formatDiff} from './formats/diff.ts'
export {loadPipeline, PIPELINES} from '../pipelines/index.ts'
export type {Conference} from './data/conference.ts'

/** The audit page of the stored documents (all, or those selected by sha256 prefix or source name). */
export function auditPage(db: DB, selectors: readonly string[] = []): string {
  return renderAudit(auditModel(db, selectors.length > 0 ? {ids: selectDocuments(db, selectors).ids} : {}))
}
