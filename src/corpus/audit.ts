/**
 * What the audit page shows, read from the database: per document its text
 * (normalized again from the stored bytes), every stored span and every
 * stored fact mapped back into that text, its diagnostics; and the diff of
 * two runs. `formats/audit.ts` renders it.
 */
import type {DB} from '../store/db.ts'
import {auditRows, readDocument, selectDocuments, type StoredDiagnostic} from '../store/read.ts'
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

/** A stored fact beside the text it was read from. */
export interface AuditRecord {
  /** Unique within the document: its table and row id ("clause-17"). */
  key: string
  kind: string
  /** The number of its agenda item, for facts of one. */
  agenda: string | null
  label: string
  text: string | null
  detail: string | null
  /** Offsets into the normalized text; null when the fact has no place (a header field read from elsewhere). */
  start: number | null
  end: number | null
  /** For a PDF: the page the fact starts on. */
  page?: number
}

export interface AuditDocument {
  id: number
  sha256: string
  source: string
  kind: string
  encoding: string
  text: string
  spans: AuditSpan[]
  records: AuditRecord[]
  diagnostics: StoredDiagnostic[]
  /** For a PDF: its pages and the extractor that read its text. */
  pdf?: {pages: number; extractor: string}
}

export interface AuditModel {
  documents: AuditDocument[]
  /** Two finished runs compared (by default the last two), when there are two. */
  diff: {from: number; to: number; documents: DocumentDiff[]} | null
}

export interface AuditOptions {
  /** The documents to show (all when absent). */
  ids?: readonly number[]
  /** The runs whose diff is shown (the last two finished when absent). */
  runs?: {from: number; to: number} | null
}

export function auditModel(db: DB, options: AuditOptions = {}): AuditModel {
  const ids = options.ids ?? selectDocuments(db).ids
  const runs = listRuns(db).filter((r) => r.endedAt)
  const diff = options.runs ?? (runs.length >= 2 ? {from: runs.at(-2)!.id, to: runs.at(-1)!.id} : null)
  const documents = ids.map((id) => auditDocument(db, id))
  // A page of some documents shows their changes only.
  const shown = new Set(documents.map((d) => d.sha256))
  return {
    documents,
    diff: diff && {...diff, documents: diffRuns(db, diff.from, diff.to).filter((d) => !options.ids || shown.has(d.sha256))}
  }
}

function auditDocument(db: DB, id: number): AuditDocument {
  const doc = readDocument(db, id)
  // A PDF's offsets point into its extracted text.
  const normalized = normalizeBytes(documentText(db, id))
  const at = (raw: number | null) => (raw === null ? null : rawToNormalized(normalized, raw))
  const geometry = readGeometry(db, id)
  const page = (start: number | null, end: number | null) => {
    const first = geometry && start !== null ? geometry.locate(start, end ?? start)[0] : undefined
    return first ? {page: first.page} : {}
  }
  const {spans, records, diagnostics} = auditRows(db, id)
  return {
    id, sha256: doc.sha256, source: doc.source, kind: doc.kind, encoding: doc.encoding, text: normalized.text,
    spans: spans.map((s) => ({kind: s.kind, label: s.label, start: at(s.raw_start) ?? 0, end: at(s.raw_end) ?? 0, ...page(s.raw_start, s.raw_end)})),
    records: records.map((r) => ({
      key: `${r.kind}-${r.id}`, kind: r.kind, agenda: r.agenda, label: r.label, text: r.text, detail: r.detail,
      start: at(r.raw_start), end: at(r.raw_end), ...page(r.raw_start, r.raw_end)
    })),
    diagnostics,
    ...(geometry ? {pdf: {pages: geometry.pages.length, extractor: geometry.extractor}} : {})
  }
}
