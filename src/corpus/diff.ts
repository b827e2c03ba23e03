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
