/**
 * Re-extraction: the current pipeline over the stored raw bytes (no files
 * needed), one transaction per document, as a new run. A document the
 * pipeline now rejects keeps its earlier records and is reported.
 */
import type {DB} from './store/db.ts'
import {deleteFacts, writeFacts} from './store/write.ts'
import {resolveCorpus} from './store/corpus.ts'
import {processBytes, type Pipeline} from './process.ts'
import {finishRun, startRun} from './runs/runs.ts'

export interface ReextractOptions {
  pipeline: Pipeline
  pipelineName: string
  /** Document ids, sources or sha256 prefixes; all documents when empty. */
  documents?: readonly string[]
  onProgress?: (done: number, total: number, source: string) => void
}

export interface ReextractSummary {
  run: number
  reextracted: number
  failed: Array<{source: string; reason: string}>
  missing: string[]
}

export function selectDocuments(db: DB, selectors: readonly string[] = []): {ids: number[]; missing: string[]} {
  const all = db.prepare('SELECT id, source, sha256 FROM documents ORDER BY id').all() as Array<{id: number; source: string; sha256: string}>
  if (selectors.length === 0) return {ids: all.map((d) => d.id), missing: []}
  const ids = new Set<number>()
  const missing: string[] = []
  for (const sel of selectors) {
    const hits = all.filter((d) => String(d.id) === sel || d.source === sel || (sel.length >= 6 && d.sha256.startsWith(sel)))
    if (hits.length === 0) missing.push(sel)
    for (const h of hits) ids.add(h.id)
  }
  return {ids: [...ids].sort((a, b) => a - b), missing}
}

export function reextract(db: DB, options: ReextractOptions): ReextractSummary {
  const {ids, missing} = selectDocuments(db, options.documents)
  const run = startRun(db, 'reextract', options.pipelineName)
  const failed: ReextractSummary['failed'] = []
  const read = db.prepare('SELECT source, raw FROM documents WHERE id = ?')
  let done = 0
  for (const id of ids) {
    const {source, raw} = read.get(id) as {source: string; raw: Buffer}
    const result = processBytes(options.pipeline, raw, source)
    if (!result.ok) {
      failed.push({source, reason: result.reason})
    } else {
      db.transaction(() => {
        deleteFacts(db, id)
        db.prepare('UPDATE documents SET encoding = ? WHERE id = ?').run(result.normalized.encoding, id)
        writeFacts(db, id, result.record, result.normalized, result.file)
      }).immediate()
    }
    options.onProgress?.(++done, ids.length, source)
  }
  resolveCorpus(db)
  finishRun(db, run, ids.length)
  return {run, reextracted: ids.length - failed.length, failed, missing}
}
