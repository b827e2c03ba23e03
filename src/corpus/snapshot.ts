/**
 * A document's records flattened to natural keys — document, agenda
 * number, clause number, Land, person — so two runs compare without row
 * ids. Built from the export, i.e. from the database alone.
 */
import type {ExportRecord} from '../store/read.ts'
import {nameKey} from '../text/fuzzy.ts'

export interface SnapshotRecord {
  kind: string
  /** The natural key within the document: "12", "12/3", "12/BW", "staff/nicolas ullrich". */
  key: string
  fields: Record<string, unknown>
}

type Rec = Record<string, any>

export function snapshot(record: ExportRecord): SnapshotRecord[] {
  const out: SnapshotRecord[] = []
  const add = (kind: string, key: string, fields: Record<string, unknown>) => out.push({kind, key, fields})
  const r = record as Rec
  // A PDF's extractor too: text extracted anew is a change a diff names, even when the records stay.
  add('document', '', {kind: r.document.kind, sha256: r.document.sha256, ...(r.document.pdf ? {extractor: r.document.pdf.extractor} : {})})
  if (r.report) {
    add('report', '', {published: r.report.published, duplicate_of: r.report.duplicate_of, ...r.report.meeting})
    return out
  }
  if (r.meeting) {
    const m = r.meeting
    add('meeting', '', {body: m.body, number: m.number, date: m.date, place: m.place, start: m.start, end: m.end, chair: m.chair,
      minutes: m.minutes})
    for (const a of m.announcements ?? []) add('announcement', String(a.number), {place: a.place, date: a.date})
    for (const d of m.departures ?? []) add('departure', `${d.org ?? d.name}@${d.time}`, {name: d.name, proxy: d.proxy, after: d.after})
  }
  const seen = new Map<string, number>()
  for (const p of r.attendees ?? []) {
    let key = `${p.role}/${nameKey(p.name)}`
    const n = (seen.get(key) ?? 0) + 1
    seen.set(key, n)
    if (n > 1) key += `#${n}`
    add('attendee', key, {org: p.org, honorific: p.honorific, title: p.title, chair: p.chair, alt_orgs: p.alt_orgs ?? [], evidence: p.evidence?.kind ?? null})
  }
  for (const land of r.absent ?? []) add('absent', land, {})
  const occurrences = new Map<string, number>()
  for (const a of r.agenda ?? []) {
    const n = (occurrences.get(a.number) ?? 0) + 1
    occurrences.set(a.number, n)
    const item = n > 1 ? `${a.number}#${n}` : a.number
    add('agenda', item, {parent: a.parent, title: a.title, sponsors: a.sponsors, guests: a.guests, attachments: a.attachments})
    if (a.resolution) {
      add('resolution', item, {preamble: a.resolution.preamble})
      for (const c of a.resolution.clauses) {
        add('clause', `${item}/${c.number}`, {text: c.text})
        for (const it of c.items ?? []) add('clause_item', `${item}/${c.number}/${it.label}`, {text: it.text})
      }
    }
    if (a.vote) {
      add('vote', item, {outcome: a.vote.outcome, unanimous: a.vote.unanimous, debate: a.vote.debate})
      for (const [land, position] of Object.entries(a.vote.positions ?? {})) add('position', `${item}/${land}`, {position})
    }
    ;(a.notes ?? []).forEach((note: Rec, i: number) => add('note', `${item}/${i + 1}`, {org: note.org, kind: note.kind, text: note.text}))
    for (const am of a.amendments ?? []) for (const c of am.clauses) add('amendment', `${item}/${c}`, {action: am.action})
  }
  for (const c of r.agenda_changes ?? []) add('agenda_change', `${c.number}/${c.change}`, {by: c.by ?? null, after: c.after ?? null, title: c.title ?? null})
  for (const a of r.attachments ?? []) add('attachment', String(a.number), {title: a.title})
  return out
}
