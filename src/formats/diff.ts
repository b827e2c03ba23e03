/** The diff between two runs as plain text: grouped by document and kind, field-level before → after. */
import type {DocumentDiff} from '../corpus/diff.ts'

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
