/**
 * What a run hands a worker (or this thread) for one document, and what comes back: the task, the rows
 * ready to write, or a rejection. Types and one helper only, so that the pool and the CLI can start
 * worker threads without loading the pipeline.
 */
import type {PdfExtraction, Rejected} from '../document.ts'
import type {FactRows} from '../store/rows.ts'

export interface Task {
  /** The file (ingest) or the stored source (reextract). */
  path: string
  /** The bytes when they are at hand (reextract); otherwise the file at `path` is read. */
  bytes?: Uint8Array
  /**
   * What the bytes are: a text dump (the default), a PDF (its text is
   * extracted), or a PDF's stored text (`furniture` its hints: the PDF is not read).
   */
  read?: 'text' | 'pdf' | 'pdf-text'
  furniture?: PdfExtraction['furniture']
}

export interface Counts {
  kind: string
  agendaItems: number
  clauses: number
  diagnostics: number
  leftovers: number
  furniture: number
}

export type Processed =
  | {ok: true; bytes: Uint8Array; sha256: string; rows: FactRows; counts: Counts; pdf?: PdfExtraction}
  | {ok: false; rejection: Rejected}

export function rejection(path: string, ruleId: Rejected['ruleId'], reason: string, stack?: string): Extract<Processed, {ok: false}> {
  return {ok: false, rejection: {ok: false, path, ruleId, reason, line: null, column: null, offset: null, ...(stack ? {stack} : {})}}
}
