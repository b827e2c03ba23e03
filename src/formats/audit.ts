/**
 * The audit page: one self-contained HTML file (no scripts, no external
 * assets) per corpus or per document. The text with every extracted span
 * highlighted by kind, the records beside it, diagnostics at their lines,
 * and the latest diff. Rendered from the model `corpus/audit.ts` reads
 * from the database.
 */
import type {AuditDocument, AuditModel, AuditSpan} from '../corpus/audit.ts'
import {formatDiff} from './diff.ts'

/** Segment kinds in the order they paint: later kinds are more specific and win. */
export const KINDS = [
  ['header', 'Header', '#e8f0fe'],
  ['attendees', 'Attendee table', '#e6f4ea'],
  ['agendaItem', 'Agenda item', '#fef7e0'],
  ['agendaHead', 'Agenda title', '#fde293'],
  ['resolution', 'Resolution', '#f3e8fd'],
  ['clause', 'Clause', '#e9d2fd'],
  ['vote', 'Vote sentence', '#fbbc04'],
  ['note', 'Protocol note', '#fcc8c2'],
  ['attachments', 'Attachment list', '#d2e3fc'],
  ['prose', 'Report text', '#f1f3f4'],
  ['furniture', 'Furniture', '#dadce0'],
  ['leftover', 'Leftover', '#f28b82']
] as const

type Span = AuditSpan

export function renderAudit(model: AuditModel): string {
  let diffText = 'Fewer than two runs: nothing to compare yet.'
  if (model.diff) {
    const {from, to, documents} = model.diff
    const docs = documents.filter((d) => d.changes.length > 0)
    diffText = docs.length === 0 ? `Runs ${from} and ${to} agree.` : `Runs ${from} → ${to}:\n${formatDiff(docs)}`
  }
  const sections = model.documents.map(documentSection)
  const toc = model.documents.map((d) => `<li><a href="#doc-${d.id}">${esc(d.source)}</a> <small>${esc(d.kind)}</small></li>`).join('')
  const legend = KINDS.map(([k, title]) => `<span class="chip k-${k}">${title}</span>`).join(' ')
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>protokollant audit</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#202124}
header.top{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:8px 16px;z-index:2}
h1{font-size:18px;margin:0 0 6px} h2{font-size:16px;margin:24px 0 8px}
.chip{display:inline-block;padding:1px 6px;border-radius:4px;margin:2px;font-size:12px;border:1px solid #ccc}
main{padding:0 16px 48px}
.doc{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;border-top:2px solid #888;margin-top:24px}
pre.text{white-space:pre-wrap;font:12.5px/1.5 ui-monospace,monospace;margin:0;padding:8px;background:#fff;border:1px solid #eee}
.line{display:block;position:relative}
.line .no{display:inline-block;width:3.5em;color:#999;user-select:none}
.line.diag{background:#fff0f0}
.diagmark{color:#c5221f;font-weight:bold;margin-left:1em;font-family:system-ui}
aside{font-size:13px;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:4px 0 12px} td,th{border:1px solid #ddd;padding:2px 4px;text-align:left;vertical-align:top} td:first-child,th:first-child{white-space:nowrap}
.pos-yes{background:#ceead6}.pos-no{background:#fad2cf}.pos-abstain{background:#feefc3}.pos-absent{background:#e8eaed}
pre.diff{white-space:pre-wrap;font:12px ui-monospace,monospace;background:#f8f9fa;padding:8px;border:1px solid #eee}
${KINDS.map(([k, , color]) => `.k-${k}{background:${color}}`).join('\n')}
.k-furniture{outline:1px dashed #5f6368}.k-leftover{outline:2px solid #c5221f}
.page{color:#5f6368;white-space:nowrap}
</style></head><body>
<header class="top"><h1>protokollant audit</h1><div class="legend">${legend}</div></header>
<main>
<h2>Documents</h2><ul>${toc}</ul>
<h2>Latest diff</h2><pre class="diff" id="diff">${esc(diffText)}</pre>
${sections.join('\n')}
</main></body></html>
`
}

function documentSection(doc: AuditDocument): string {
  const {id, text, spans, diagnostics, record} = doc
  const byLine = new Map<number, string[]>()
  for (const d of diagnostics) if (d.line) byLine.set(d.line, [...(byLine.get(d.line) ?? []), `${d.rule_id}: ${d.reason}`])
  const counts = new Map<string, number>()
  for (const s of spans) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1)
  return `<section class="doc" id="doc-${id}">
<div><h2>${esc(doc.source)} <small>${esc(doc.kind)} · ${esc(doc.encoding)}${pdfNote(record)}</small></h2>
<p class="counts">${[...counts].map(([k, n]) => `<span class="chip k-${k}" data-kind="${k}">${k} ${n}</span>`).join(' ')}</p>
<pre class="text">${highlight(text, spans, byLine)}</pre></div>
<aside>${recordsPanel(record as Record<string, any>, diagnostics)}</aside>
</section>`
}

/**
 * Text with spans as flat runs: each run carries the classes of every span
 * over it, so nesting and overlaps need no special care.
 */
function highlight(text: string, spans: Span[], byLine: Map<number, string[]>): string {
  const bounds = new Set<number>([0, text.length])
  for (const s of spans) { bounds.add(s.start); bounds.add(s.end) }
  let at = 0
  while ((at = text.indexOf('\n', at)) !== -1) { bounds.add(at); bounds.add(at + 1); at++ }
  const points = [...bounds].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b)
  const order = new Map<string, number>(KINDS.map(([k], i) => [k, i]))
  // Sweep: spans sorted by start, active set updated at each boundary.
  const starts = [...spans].sort((a, b) => a.start - b.start)
  const active: Span[] = []
  let next = 0
  let line = 1
  const out: string[] = [openLine(line, byLine)]
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!
    const to = points[i + 1]!
    while (next < starts.length && starts[next]!.start <= from) active.push(starts[next++]!)
    for (let k = active.length - 1; k >= 0; k--) if (active[k]!.end <= from) active.splice(k, 1)
    const piece = text.slice(from, to)
    if (piece === '\n') {
      out.push(closeLine(line, byLine))
      line++
      out.push(openLine(line, byLine))
      continue
    }
    const over = active.filter((s) => s.start <= from && s.end >= to && s.end > s.start)
    if (over.length === 0) { out.push(esc(piece)); continue }
    const kinds = [...new Set(over.map((s) => s.kind))].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99))
    // A PDF's spans say their page ("S. 3").
    const labels = [...new Set(over.filter((s) => s.label || s.page).map((s) => [s.label, s.page ? `S. ${s.page}` : ''].filter(Boolean).join(' ')))].join(' · ')
    out.push(`<span class="${kinds.map((k) => `k-${k}`).join(' ')}"${labels ? ` title="${esc(labels)}"` : ''}>${esc(piece)}</span>`)
  }
  out.push(closeLine(line, byLine))
  return out.join('')
}

function openLine(line: number, byLine: Map<number, string[]>): string {
  return `<span class="line${byLine.has(line) ? ' diag' : ''}" id="L${line}"><span class="no">${line}</span>`
}

function closeLine(line: number, byLine: Map<number, string[]>): string {
  const d = byLine.get(line)
  return `${d ? `<span class="diagmark" title="${esc(d.join('\n'))}">⚠ ${esc(d.map((x) => x.split(':')[0]).join(', '))}</span>` : ''}</span>`
}

function recordsPanel(r: Record<string, any>, diagnostics: Array<{rule_id: string; severity: string; reason: string; line: number | null}>): string {
  const parts: string[] = []
  if (r.report) {
    parts.push(`<h3>Press report</h3><table>${row('published', r.report.published)}${row('duplicate of', r.report.duplicate_of)}${row('meeting', `${r.report.meeting.body} ${r.report.meeting.number ?? '?'} · ${r.report.meeting.place ?? ''} · ${r.report.meeting.date ?? ''}`)}</table>`)
  }
  if (r.meeting) {
    const m = r.meeting
    parts.push(`<h3>Meeting</h3><table>${row('body / number', `${m.body} ${m.number ?? '?'}`)}${row('place', m.place)}${row('time', `${m.start ?? '?'} – ${m.end ?? '?'}`)}${row('chair', (m.chair ?? []).join(', '))}${row('minutes', (m.minutes ?? []).map((p: any) => `${p.name} (${p.org})`).join(', '))}</table>`)
  }
  if (r.attendees?.length) {
    parts.push(`<h3>Attendees (${r.attendees.length})</h3><table><tr><th>role</th><th>org</th><th>name</th><th>evidence</th></tr>${r.attendees.map((a: any) =>
      `<tr><td>${esc(a.role)}</td><td>${esc(a.org ?? '')}${a.alt_orgs ? ` <small>or ${esc(a.alt_orgs.join(', '))}</small>` : ''}</td><td>${esc([a.honorific, a.name].filter(Boolean).join(' '))}${a.chair ? ' (Vorsitz)' : ''}${pageOf(a)}</td><td><small>${esc(a.evidence?.kind ?? '')}</small></td></tr>`).join('')}</table>`)
  }
  if (r.agenda?.length) {
    const lands = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']
    parts.push(`<h3>Agenda (${r.agenda.length})</h3><table><tr><th>TOP</th><th>title</th><th>decision</th></tr>${r.agenda.map((a: any) => {
      const v = a.vote
      const cells = v?.positions ? `<div>${lands.map((l) => `<span class="chip pos-${v.positions[l]}" title="${l}: ${v.positions[l]}">${l}</span>`).join('')}</div>` : ''
      return `<tr><td>${esc(a.number)}${pageOf(a)}</td><td>${esc(a.title ?? '—')}${a.sponsors.length ? ` <small>(${esc(a.sponsors.join(', '))})</small>` : ''}${a.resolution ? `<br><small>${a.resolution.clauses.length} clause(s)</small>` : ''}</td><td>${v ? esc(`${v.outcome}${v.unanimous ? ', einstimmig' : ''}`) : ''}${cells}${a.notes.map((n: any) => `<div><small>${esc(n.kind)} ${esc(n.org ?? '')}</small></div>`).join('')}</td></tr>`
    }).join('')}</table>`)
  }
  if (diagnostics.length) {
    parts.push(`<h3>Diagnostics (${diagnostics.length})</h3><ul class="diagnostics">${diagnostics.map((d) => `<li><a href="#L${d.line ?? 1}">${d.line ?? '?'}</a> <b>${esc(d.rule_id)}</b> ${esc(d.reason)}</li>`).join('')}</ul>`)
  }
  return parts.join('\n')
}

/** A PDF's pages and extractor, for the document's heading. */
function pdfNote(record: Record<string, any>): string {
  const pdf = record.document?.pdf
  return pdf ? ` · ${pdf.pages.length} page(s) · ${esc(pdf.extractor)}` : ''
}

/** The page a record of a PDF is printed on, beside it. */
function pageOf(r: {pdf?: {page: number} | null}): string {
  return r.pdf ? ` <small class="page">S. ${r.pdf.page}</small>` : ''
}

function row(label: string, value: unknown): string {
  return `<tr><th>${esc(label)}</th><td>${esc(value === null || value === undefined ? '—' : String(value))}</td></tr>`
}

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!)
}
