/**
 * The audit page: one self-contained HTML file (no scripts, no external
 * assets). Each document's text is cut into blocks (header, attendee
 * table, each agenda item, attachments); beside each block stand the
 * records read from it. A record links to the place it was read from and
 * that place links back (plain anchors); vote and note places carry a
 * label. Diagnostics stand at their lines and beside them. The diff of two
 * runs is grouped by document and kind, with before → after per field.
 * Every text — file names, titles, names, clauses, reasons — is escaped.
 */
import type {AuditDocument, AuditModel, AuditRecord, AuditSpan} from '../corpus/audit.ts'
import type {DocumentDiff} from '../corpus/diff.ts'

/** Segment kinds in the order they paint (later kinds are more specific and win), with distinct colours. */
export const KINDS = [
  ['header', 'Header', '#dbeafe'],
  ['attendees', 'Attendee table', '#dcfce7'],
  ['agenda_list', 'Agenda list', '#e0f2fe'],
  ['agenda_item', 'Agenda item', '#fef9c3'],
  ['agenda_head', 'Agenda title', '#fde047'],
  ['resolution', 'Resolution', '#ede9fe'],
  ['clause', 'Clause', '#a5f3fc'],
  ['vote', 'Vote sentence', '#fdba74'],
  ['note', 'Protocol note', '#f9a8d4'],
  ['attachments', 'Attachment list', '#c7d2fe'],
  ['prose', 'Report text', '#f3f4f6'],
  ['furniture', 'Furniture', '#e7e5e4'],
  ['leftover', 'Leftover', '#fecaca']
] as const

/** Records whose place in the text carries a visible label (the others a small marker). */
const LABELLED = new Set(['vote', 'note'])
/** Segment kinds that open a block of their own. */
const BLOCK_KINDS = new Set(['header', 'attendees', 'agenda_list', 'agenda_item', 'attachments', 'prose'])

export function renderAudit(model: AuditModel): string {
  const legend = KINDS.map(([k, title]) => `<span class="chip k-${k}">${title}</span>`).join(' ')
  const changed = new Map((model.diff?.documents ?? []).filter((d) => d.changes.length > 0).map((d) => [d.sha256, d]))
  const toc = model.documents.map((d) => `<li><a href="#${docId(d.sha256)}">${esc(d.source)}</a> <code>${d.sha256.slice(0, 8)}</code> ` +
    `<small>${esc(d.kind)}</small>${changed.has(d.sha256) ? ` <a class="changed" href="#${diffId(d.sha256)}">${changed.get(d.sha256)!.changes.length} change(s)</a>` : ''}</li>`).join('')
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>protokollant audit</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1f2937}
header.top{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:6px 16px;z-index:2}
h1{font-size:18px;margin:0 0 4px} h2{font-size:16px;margin:24px 0 8px} h3{font-size:14px;margin:12px 0 4px} h4{font-size:13px;margin:8px 0 2px}
.chip{display:inline-block;padding:0 6px;border-radius:4px;margin:1px;font-size:12px;border:1px solid #ccc}
main{padding:0 16px 48px}
:target{scroll-margin-top:90px}
section.doc{border-top:2px solid #6b7280;margin-top:24px}
.block{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:12px;border-top:1px dotted #d1d5db}
pre.text{white-space:pre-wrap;font:12.5px/1.5 ui-monospace,monospace;margin:0;padding:4px 8px}
.line{display:block}
.line .no{display:inline-block;width:3.5em;color:#9ca3af;user-select:none}
.line.diag{background:#fef2f2}
.diagmark{color:#b91c1c;font-weight:bold;margin-left:1em;font-family:system-ui}
a.mark{font:bold 10px system-ui;text-decoration:none;color:#374151;vertical-align:super;user-select:none;margin-right:1px}
a.mark.label{vertical-align:baseline;border:1px solid #9a3412;border-radius:3px;padding:0 3px;margin-right:3px}
a.mark:target,li.rec:target{outline:3px solid #dc2626;outline-offset:1px}
ol.recs{list-style:none;margin:0;padding:4px 0;font-size:12.5px;overflow-wrap:anywhere}
ol.recs li{margin:0 0 3px;padding:1px 4px;border-left:4px solid transparent}
ol.recs li a.to{font-weight:bold;color:#1e3a8a;text-decoration:none}
ol.recs li small{color:#4b5563}
ol.recs li.sev-error{border-left-color:#b91c1c} ol.recs li.sev-warning{border-left-color:#d97706} ol.recs li.sev-info{border-left-color:#6b7280}
table.diff{border-collapse:collapse;margin:2px 0 8px;font-size:12.5px} table.diff td{border:1px solid #e5e7eb;padding:1px 4px;vertical-align:top}
td.before{background:#fee2e2} td.after{background:#dcfce7} tr.added td.sign{color:#15803d} tr.removed td.sign{color:#b91c1c}
${KINDS.map(([k, , color]) => `.k-${k}{background:${color}}`).join('\n')}
.rec.k-meeting,.rec.k-meeting_person{border-left-color:#93c5fd} .rec.k-attendee,.rec.k-absence{border-left-color:#86efac}
.rec.k-agenda{border-left-color:#facc15} .rec.k-resolution{border-left-color:#a78bfa} .rec.k-clause{border-left-color:#22d3ee}
.rec.k-vote{border-left-color:#f97316} .rec.k-note{border-left-color:#ec4899} .rec.k-attachment{border-left-color:#818cf8}
.rec.k-agenda_change,.rec.k-departure{border-left-color:#78716c}
ol.recs li.rec{background:none}
.k-furniture{outline:1px dashed #57534e}.k-leftover{outline:2px solid #b91c1c}
.page{color:#57534e;white-space:nowrap}
</style></head><body>
<header class="top"><h1>protokollant audit</h1><div class="legend">${legend}</div></header>
<main>
<h2>Documents</h2><ul>${toc}</ul>
${diffSection(model)}
${model.documents.map(documentSection).join('\n')}
</main></body></html>
`
}

const docId = (sha256: string) => `doc-${sha256.slice(0, 12)}`
const diffId = (sha256: string) => `diff-${sha256.slice(0, 12)}`

function diffSection(model: AuditModel): string {
  if (!model.diff) return '<h2 id="diff">Diff</h2><p>Fewer than two runs: nothing to compare yet.</p>'
  const {from, to, documents} = model.diff
  const docs = documents.filter((d) => d.changes.length > 0)
  const shown = new Set(model.documents.map((d) => d.sha256))
  if (docs.length === 0) return `<h2 id="diff">Diff of runs ${from} → ${to}</h2><p>Runs ${from} and ${to} agree.</p>`
  return `<h2 id="diff">Diff of runs ${from} → ${to}</h2>\n${docs.map((d) => diffDocument(d, shown.has(d.sha256))).join('\n')}`
}

function diffDocument(doc: DocumentDiff, linked: boolean): string {
  const kinds = new Map<string, DocumentDiff['changes']>()
  for (const c of doc.changes) kinds.set(c.kind, [...kinds.get(c.kind) ?? [], c])
  const name = linked ? `<a href="#${docId(doc.sha256)}">${esc(doc.source)}</a>` : esc(doc.source)
  return `<section class="diffdoc" id="${diffId(doc.sha256)}"><h3>${name} <code>${doc.sha256.slice(0, 8)}</code> · ${doc.changes.length} change(s)</h3>
${[...kinds].map(([kind, changes]) => `<h4>${esc(kind)}</h4><table class="diff">${changes.map((c) => {
    const sign = c.change === 'added' ? '+' : c.change === 'removed' ? '−' : '~'
    const key = esc(c.key || '(document)')
    if (c.change !== 'changed') {
      const fields = c.fields.map((f) => `${esc(f.field)}: ${esc(show(c.change === 'added' ? f.after : f.before))}`).join('; ')
      return `<tr class="${c.change}"><td class="sign">${sign}</td><td>${key}</td><td colspan="4">${fields}</td></tr>`
    }
    return c.fields.map((f, i) => `<tr class="changed"><td class="sign">${i === 0 ? sign : ''}</td><td>${i === 0 ? key : ''}</td><td>${esc(f.field)}</td>` +
      `<td class="before">${esc(show(f.before))}</td><td>→</td><td class="after">${esc(show(f.after))}</td></tr>`).join('')
  }).join('')}</table>`).join('\n')}</section>`
}

function show(value: unknown): string {
  const text = value === undefined ? '—' : JSON.stringify(value)
  return text.length > 400 ? `${text.slice(0, 397)}…` : text
}

interface Line {
  html: string
}

function documentSection(doc: AuditDocument): string {
  const p = `d${doc.id}`
  const lines = highlight(doc, p)
  const lineOf = lineIndex(doc.text)
  // Blocks open at the line where each agenda item and each top-level part starts.
  const opens = new Set<number>([0])
  for (const s of doc.spans) if (BLOCK_KINDS.has(s.kind)) opens.add(lineOf(s.start))
  const starts = [...opens].filter((l) => l < lines.length).sort((a, b) => a - b)
  const blockOf = (line: number) => lastAtMost(starts, line)
  const records: string[][] = starts.map(() => [])
  for (const r of doc.records) records[r.start === null ? 0 : blockOf(lineOf(r.start))]!.push(recordItem(r, p))
  for (const d of doc.diagnostics) {
    records[d.line ? blockOf(d.line - 1) : 0]!.push(`<li class="diag sev-${esc(d.severity)}"><a class="to" href="#${p}-L${d.line ?? 1}">` +
      `${d.line ?? '?'}:${d.column ?? '?'}</a> ${esc(d.severity)} ${esc(d.reason)} <code>${esc(d.rule_id)}</code></li>`)
  }
  const counts = new Map<string, number>()
  for (const s of doc.spans) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1)
  const blocks = starts.map((from, i) => {
    const to = starts[i + 1] ?? lines.length
    return `<div class="block"><pre class="text">${lines.slice(from, to).map((l) => l.html).join('')}</pre>` +
      `<ol class="recs">${records[i]!.join('')}</ol></div>`
  })
  return `<section class="doc" id="${docId(doc.sha256)}">
<h2>${esc(doc.source)} <code>${doc.sha256.slice(0, 12)}</code> <small>${esc(doc.kind)} · ${esc(doc.encoding)}${doc.pdf ? ` · ${doc.pdf.pages} page(s) · ${esc(doc.pdf.extractor)}` : ''} · ${doc.records.length} record(s) · ${doc.diagnostics.length} diagnostic(s)</small></h2>
<p class="counts">${[...counts].map(([k, n]) => `<span class="chip k-${esc(k)}">${esc(k)} ${n}</span>`).join(' ')}</p>
${blocks.join('\n')}
</section>`
}

function recordItem(r: AuditRecord, p: string): string {
  const text = r.text === null ? '' : ` ${esc(r.text.length > 300 ? `${r.text.slice(0, 297)}…` : r.text)}`
  const detail = r.detail ? ` <small>${esc(r.detail)}</small>` : ''
  const head = `${r.agenda !== null && r.kind !== 'agenda' ? `TOP ${esc(r.agenda)} · ` : ''}${esc(r.label)}`
  const link = r.start === null ? `<b>${head}</b>` : `<a class="to" href="#${p}-s-${r.key}">${head}</a>`
  // A PDF's facts say their page ("S. 3").
  const page = r.page ? ` <small class="page">S. ${r.page}</small>` : ''
  return `<li class="rec k-${esc(r.kind)}" id="${p}-r-${r.key}">${link}${page}${text}${detail}</li>`
}

/** Line index (0-based) of an offset. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => lastAtMost(starts, offset)
}

/** The index of the last of the sorted numbers that is at most `value` (0 when none is). */
function lastAtMost(sorted: readonly number[], value: number): number {
  let lo = 0
  for (let hi = sorted.length - 1; lo < hi;) {
    const mid = (lo + hi + 1) >> 1
    if (sorted[mid]! <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * The text as lines of HTML. Spans become flat runs: each run carries the
 * classes of every span over it, so nesting and overlaps need no care. At
 * each record's start stands its marker, linking back to the record.
 */
function highlight(doc: AuditDocument, p: string): Line[] {
  const {text, spans} = doc
  const byLine = new Map<number, string[]>()
  for (const d of doc.diagnostics) if (d.line) byLine.set(d.line, [...(byLine.get(d.line) ?? []), d.rule_id])
  const marks = new Map<number, AuditRecord[]>()
  for (const r of doc.records) if (r.start !== null) marks.set(r.start, [...(marks.get(r.start) ?? []), r])
  const bounds = new Set<number>([0, text.length, ...marks.keys()])
  for (const s of spans) { bounds.add(s.start); bounds.add(s.end) }
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) { bounds.add(at); bounds.add(at + 1) }
  const points = [...bounds].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b)
  const order = new Map<string, number>(KINDS.map(([k], i) => [k, i]))
  const starts = [...spans].sort((a, b) => a.start - b.start)
  const active: AuditSpan[] = []
  let next = 0
  const lines: Line[] = []
  let line = 1
  let current: string[] = [openLine(p, line, byLine)]
  for (let i = 0; i < points.length; i++) {
    const from = points[i]!
    for (const r of marks.get(from) ?? []) current.push(marker(r, p))
    if (i === points.length - 1) break
    const to = points[i + 1]!
    while (next < starts.length && starts[next]!.start <= from) active.push(starts[next++]!)
    for (let k = active.length - 1; k >= 0; k--) if (active[k]!.end <= from) active.splice(k, 1)
    const piece = text.slice(from, to)
    if (piece === '\n') {
      current.push(closeLine(line, byLine))
      lines.push({html: current.join('')})
      line++
      current = [openLine(p, line, byLine)]
      continue
    }
    const over = active.filter((s) => s.start <= from && s.end >= to && s.end > s.start)
    if (over.length === 0) { current.push(esc(piece)); continue }
    const kinds = [...new Set(over.map((s) => s.kind))].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99))
    // A PDF's spans say their page ("S. 3").
    const labels = [...new Set(over.filter((s) => s.label || s.page).map((s) => [s.label, s.page ? `S. ${s.page}` : ''].filter(Boolean).join(' ')))].join(' · ')
    current.push(`<span class="${kinds.map((k) => `k-${esc(k)}`).join(' ')}"${labels ? ` title="${esc(labels)}"` : ''}>${esc(piece)}</span>`)
  }
  current.push(closeLine(line, byLine))
  lines.push({html: current.join('')})
  return lines
}

function marker(r: AuditRecord, p: string): string {
  const title = esc(`${r.label}${r.text ? `: ${r.text.slice(0, 120)}` : ''}`)
  if (LABELLED.has(r.kind)) {
    return `<a class="mark label k-${r.kind}" id="${p}-s-${r.key}" href="#${p}-r-${r.key}" title="${title}">${r.kind}: ${esc(r.label)}</a>`
  }
  return `<a class="mark" id="${p}-s-${r.key}" href="#${p}-r-${r.key}" title="${title}">▸</a>`
}

function openLine(p: string, line: number, byLine: Map<number, string[]>): string {
  return `<span class="line${byLine.has(line) ? ' diag' : ''}" id="${p}-L${line}"><span class="no">${line}</span>`
}

function closeLine(line: number, byLine: Map<number, string[]>): string {
  const d = byLine.get(line)
  return `${d ? `<span class="diagmark">⚠ ${esc(d.join(', '))}</span>` : ''}</span>`
}

/** Text for HTML, in element content and in quoted attributes alike. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!)
}
