/**
 * `protocol-export/1` as files: one JSON document per stored document, and
 * the names they are written under. A name is made from the source's stem
 * alone, never from its folders, so no name can lead out of `--out`.
 */
import type {ExportRecord} from '../store/read.ts'

/** Bytes a stem may take: 255 (a file name's limit) less `.<sha8>.json` and room to spare. */
const STEM_BYTES = 200

/**
 * The file name stem of a source: the last path segment without its
 * extension, control and bidi characters and separators replaced, no
 * leading dot (no hidden file, no `..`), at most 200 UTF-8 bytes.
 */
export function safeStem(source: string): string {
  const last = source.split(/[/\\]/).pop() ?? ''
  const dot = last.lastIndexOf('.')
  let stem = (dot > 0 ? last.slice(0, dot) : last).normalize('NFC')
    .replace(/[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '_').replace(/^\.+/, '')
  if (Buffer.byteLength(stem) > STEM_BYTES) {
    let bytes = 0
    stem = [...stem].filter((c) => (bytes += Buffer.byteLength(c)) <= STEM_BYTES).join('')
  }
  return stem || 'document'
}

/**
 * Export file names for every stored document (`{id, source, sha256}` in
 * ingestion order): `<stem>.json`, as the export format says; when two
 * documents share a stem (the same name in two folders), the earliest keeps
 * it and the others are `<stem>.<sha8>.json`. Names are compared without
 * case (two names must not meet on a case-insensitive disk); a crafted
 * name that still collides gets the whole sha256. Stable: a document's
 * name does not change when later documents come.
 */
export function exportNames(docs: ReadonlyArray<{id: number; source: string; sha256: string}>, extension = '.json'): Map<number, string> {
  const names = new Map<number, string>()
  const taken = new Set<string>()
  const stems = new Set<string>()
  for (const doc of docs) {
    const stem = safeStem(doc.source)
    const key = stem.toLowerCase()
    const candidates = stems.has(key)
      ? [`${stem}.${doc.sha256.slice(0, 8)}${extension}`, `${stem}.${doc.sha256}${extension}`]
      : [`${stem}${extension}`, `${stem}.${doc.sha256.slice(0, 8)}${extension}`, `${stem}.${doc.sha256}${extension}`]
    stems.add(key)
    const name = candidates.find((c) => !taken.has(c.toLowerCase()))
    if (name === undefined) throw new Error(`Unexpected second document with sha256 ${doc.sha256}, expected one per sha256`)
    taken.add(name.toLowerCase())
    names.set(doc.id, name)
  }
  return names
}

export function toJson(record: ExportRecord): string {
  return JSON.stringify(record, null, 1) + '\n'
}

export function toNdjsonLine(record: ExportRecord): string {
  return JSON.stringify(record) + '\n'
}
