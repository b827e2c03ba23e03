/** `protocol-export/1` as files: one JSON document per stored document. */
import {parse} from 'node:path'
import type {ExportRecord} from '../store/read.ts'

/** `<source stem>.json`, as the export format says. */
export function jsonFileName(record: ExportRecord): string {
  return `${parse(record.document.source).name}.json`
}

export function toJson(record: ExportRecord): string {
  return JSON.stringify(record, null, 1) + '\n'
}
