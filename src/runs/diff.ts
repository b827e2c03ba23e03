/**
 * What changed between two snapshots: added, removed and changed records
 * by natural key, with field-level before and after, grouped by document
 * and kind.
 */
import type {SnapshotRecord} from './snapshot.ts'

export interface FieldChange {
  field: string
  before: unknown
  after: unknown
}

export interface RecordChange {
  kind: string
  key: string
  change: 'added' | 'removed' | 'changed'
  fields: FieldChange[]
}

export interface DocumentDiff {
  /** The document's source and sha256 (its natural key). */
  source: string
  sha256: string
  changes: RecordChange[]
}

export function diffSnapshots(before: SnapshotRecord[] | undefined, after: SnapshotRecord[] | undefined): RecordChange[] {
  const index = (list: SnapshotRecord[] | undefined) => new Map((list ?? []).map((r) => [`${r.kind}\u0000${r.key}`, r]))
  const a = index(before)
  const b = index(after)
  const changes: RecordChange[] = []
  for (const [id, old] of a) {
    const now = b.get(id)
    if (!now) {
      changes.push({kind: old.kind, key: old.key, change: 'removed', fields: Object.entries(old.fields).map(([field, v]) => ({field, before: v, after: undefined}))})
      continue
    }
    const fields: FieldChange[] = []
    for (const field of new Set([...Object.keys(old.fields), ...Object.keys(now.fields)])) {
      if (JSON.stringify(old.fields[field]) !== JSON.stringify(now.fields[field])) {
        fields.push({field, before: old.fields[field], after: now.fields[field]})
      }
    }
    if (fields.length > 0) changes.push({kind: old.kind, key: old.key, change: 'changed', fields})
  }
  for (const [id, now] of b) {
    if (!a.has(id)) changes.push({kind: now.kind, key: now.key, change: 'added', fields: Object.entries(now.fields).map(([field, v]) => ({field, before: undefined, after: v}))})
  }
  return changes.sort((x, y) => x.kind.localeCompare(y.kind) || x.key.localeCompare(y.key, 'de', {numeric: true}))
}

/** Plain-text report, grouped by document and kind. */
export function formatDiff(docs: DocumentDiff[]): string {
  const lines: string[] = []
  for (const doc of docs) {
    if (doc.changes.length === 0) continue
    lines.push(`${doc.source} (${doc.sha256.slice(0, 12)})`)
    let kind = ''
    for (const c of doc.changes) {
      if (c.kind !== kind) {
        kind = c.kind
        lines.push(`  ${kind}`)
      }
      const sign = c.change === 'added' ? '+' : c.change === 'removed' ? '-' : '~'
      lines.push(`    ${sign} ${c.key || '(document)'}`)
      for (const f of c.fields) {
        if (c.change === 'changed') lines.push(`        ${f.field}: ${show(f.before)} → ${show(f.after)}`)
      }
    }
  }
  return lines.join('\n')
}

function show(value: unknown): string {
  const text = value === undefined ? '—' : JSON.stringify(value)
  return text.length > 120 ? `${text.slice(0, 117)}…` : text
}
