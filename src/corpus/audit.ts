/**
 * What the audit page shows, read from the database: per document its text
 * (normalized again from the stored bytes), every stored span mapped back
 * into that text, its diagnostics and records; and the latest diff.
 * `formats/audit.ts` renders it.
 */
import type {DB} from '../store/db.ts'
import {auditRows, exportDocument, readDocument, selectDocuments, type ExportRecord, type StoredDiagnostic} from '../store/read.ts'
import {documentText, readGeometry} from '../store/pdf.ts'
import {normalizeBytes} from '../normalize/index.ts'
import {rawToNormalized} from '../document.ts'
import {diffRuns, listRuns} from './runs.ts'
import type {DocumentDiff} from './diff.ts'

export interface AuditSpan {
  kind: string
  label: string | null
  /** Offsets into the document's normalized text. */
  start: number
  end: number
  /** For a PDF: the page the span starts on. */
  page?: number
}

export interface AuditDocument {
  id: number
  source: string
  kind: string
  encoding: string
  text: string
  spans: AuditSpan[]
  diagnostics: StoredDiagnostic[]
  record: ExportRecord
}

export interface AuditModel {
  documents: AuditDocument[]
  /** The last two finished runs compared, when there are two. */
  diff: {from: number; to: number; documents: DocumentDiff[]} | null
}

export function auditModel(db: DB, selectors: readonly string[] = []): AuditModel {
  const {ids} = selectDocuments(db, selectors)
  const runs = listRuns(db).filter((r) => r.endedAt)
  const diff = runs.length >= 2 ? {from: runs.at(-2)!.id, to: runs.at(-1)!.id} : null
  return {
    documents: ids.map((id) => auditDocument(db, id)),
    diff: diff && {...diff, documents: diffRuns(db, diff.from, diff.to)}
  }
}

function auditDocument(db: DB, id: number): AuditDocument {
  const doc = readDocument(db, id)
  // A PDF's offsets point into its extracted text.
  const normalized = normalizeBytes(documentText(db, id))
  const at = (raw: number | null) => (raw === null ? 0 : rawToNormalized(normalized, raw))
  const geometry = readGeometry(db, id)
  const page = (s: {raw_start: number; raw_end: number}) => {
    const first = geometry?.locate(s.raw_start, s.raw_end)[0]
    return first ? {page: first.page} : {}
  }
  const {spans, diagnostics} = auditRows(db, id)
  return {
    id, source: doc.source, kind: doc.kind, encoding: doc.encoding, text: normalized.text,
    spans: spans.map((s) => ({kind: s.kind, label: s.label, start: at(s.raw_start), end: at(s.raw_end), ...page(s)})),
    diagnostics, record: exportDocument(db, id)
  }
}
