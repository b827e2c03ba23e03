/**
 * One document's work before it is written: read (within limits), process
 * with the preset, turn into table rows. The same in a worker thread and in
 * this one; the result crosses threads by structured clone.
 */
import {processBytes, processPdf, processPdfText, type Pipeline, type Processed as Done, type PdfExtraction} from '../document.ts'
import {factRows, sha256} from '../store/rows.ts'
import {readInput} from './read.ts'
import {rejection, type Processed, type Task} from './task.ts'

export async function load(task: Task, maxSize: number, onSize?: (size: number) => void): Promise<Uint8Array | Processed> {
  if (task.bytes) return task.bytes
  const read = await readInput(task.path, maxSize, onSize)
  return read.ok ? read.bytes : rejection(task.path, read.ruleId, read.reason)
}

/** A task's bytes through the preset, read as the task says. */
export async function processTask(pipeline: Pipeline, task: Task, bytes: Uint8Array): Promise<Processed> {
  if (task.read === 'pdf') {
    let result
    try {
      result = await processPdf(pipeline, bytes, task.path)
    } catch (error) {
      return rejection(task.path, 'pipeline-error', error instanceof Error ? error.message : String(error), error instanceof Error ? error.stack : undefined)
    }
    if (!result.ok) return {ok: false, rejection: result}
    return {...processed(result, bytes, 'pdf'), pdf: result.pdf.extraction}
  }
  if (task.read === 'pdf-text') return processDocument(pipeline, bytes, task.path, task.furniture ?? [])
  return processDocument(pipeline, bytes, task.path)
}

/** A text (or, with `furniture`, a PDF's stored text) through the preset. */
export function processDocument(pipeline: Pipeline, bytes: Uint8Array, path: string, furniture?: PdfExtraction['furniture']): Processed {
  let result
  try {
    result = furniture ? processPdfText(pipeline, {text: bytes, furniture}, path) : processBytes(pipeline, bytes, path)
  } catch (error) {
    // processBytes turns exceptions in the pipeline into rejections; this guards the rest (normalization).
    return rejection(path, 'pipeline-error', error instanceof Error ? error.message : String(error), error instanceof Error ? error.stack : undefined)
  }
  if (!result.ok) return {ok: false, rejection: result}
  return processed(result, bytes, furniture ? 'pdf' : undefined)
}

function processed(result: Done, bytes: Uint8Array, encoding?: string): Extract<Processed, {ok: true}> {
  const {record, file} = result
  return {
    ok: true, bytes, sha256: sha256(bytes), rows: factRows(record, result.normalized, file, encoding),
    counts: {
      kind: record.kind,
      agendaItems: record.agenda.length,
      clauses: record.agenda.reduce((n, a) => n + (a.resolution?.clauses.length ?? 0), 0),
      diagnostics: file.messages.length,
      leftovers: record.segments.filter((s) => s.kind === 'leftover').length,
      furniture: record.segments.filter((s) => s.kind === 'furniture').length
    }
  }
}
