/**
 * Writing one document: its bytes and every fact, in one transaction.
 * Offsets are turned from normalized text into raw bytes here.
 */
import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import type {Extraction} from '../record/schema.ts'
import type {Normalized} from '../normalize/index.ts'
import type {Span} from '../record/tree.ts'
import type {DB} from './db.ts'

export interface StoreInput {
  source: string
  bytes: Uint8Array
  record: Extraction
  normalized: Normalized
  file: VFile
}

export type StoreOutcome =
  | {status: 'ingested'; id: number}
  | {status: 'unchanged'; id: number; source: string}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Stores a new document; the same bytes again change nothing. */
export function storeDocument(db: DB, input: StoreInput): StoreOutcome {
  const hash = sha256(input.bytes)
  return db.transaction((): StoreOutcome => {
    const existing = db.prepare('SELECT id, source FROM documents WHERE sha256 = ?').get(hash) as {id: number; source: string} | undefined
    if (existing) return {status: 'unchanged', id: existing.id, source: existing.source}
    const {lastInsertRowid} = db.prepare(
      'INSERT INTO documents (source, sha256, raw, size, encoding, kind, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
    ).run(input.source, hash, Buffer.from(input.bytes), input.bytes.length, input.normalized.encoding, input.record.kind, new Date().toISOString())
    const id = Number(lastInsertRowid)
    writeFacts(db, id, input.record, input.normalized, input.file)
    return {status: 'ingested', id}
  }).immediate()
}

/** Replaces a stored document's facts with a new record (re-extraction), in one transaction. */
export function replaceFacts(db: DB, id: number, record: Extraction, normalized: Normalized, file: VFile) {
  db.transaction(() => {
    deleteFacts(db, id)
    db.prepare('UPDATE documents SET encoding = ? WHERE id = ?').run(normalized.encoding, id)
    writeFacts(db, id, record, normalized, file)
  }).immediate()
}

/** Tables holding a document's extracted facts, children first. */
export const FACT_TABLES = [
  'vote_positions', 'vote_evidence', 'votes', 'notes', 'amendments', 'presenters', 'departures', 'agenda_changes',
  'sponsor_changes', 'attendances', 'attendee_sections', 'person_facts', 'absences', 'land_mentions', 'clause_items', 'clauses', 'resolutions', 'attachment_refs', 'agenda_orgs', 'agenda_items',
  'meeting_facts', 'meeting_people', 'announcements', 'attachments', 'reports', 'segments', 'diagnostics'
] as const

export function deleteFacts(db: DB, id: number) {
  for (const table of FACT_TABLES) db.prepare(`DELETE FROM ${table} WHERE document_id = ?`).run(id)
}

/** Inserts every fact of a record. Call inside a transaction. */
export function writeFacts(db: DB, id: number, record: Extraction, normalized: Normalized, file: VFile) {
  const {map} = normalized
  const raw = (span: Span | null | undefined): [number | null, number | null] =>
    span ? [map[Math.min(span.start, map.length - 1)]!, map[Math.min(span.end, map.length - 1)]!] : [null, null]
  const q = (sql: string) => db.prepare(sql)
  db.prepare('UPDATE documents SET kind = ? WHERE id = ?').run(record.kind, id)

  const m = record.meeting
  if (m) {
    const fact = q('INSERT INTO meeting_facts (document_id, field, value, raw_start, raw_end) VALUES (?, ?, ?, ?, ?)')
    for (const field of ['body', 'number', 'date', 'place', 'start', 'end'] as const) {
      const value = m[field]
      if (value === null) continue
      fact.run(id, field, String(value), ...raw(m.spans[field]))
    }
    const person = q('INSERT INTO meeting_people (document_id, role, seq, name, honorific, title, org, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    m.chair.forEach((p, i) => person.run(id, 'chair', i, p.name, p.honorific, p.title, p.org, ...raw(p.span)))
    m.minutes.forEach((p, i) => person.run(id, 'minutes', i, p.name, p.honorific, p.title, p.org, ...raw(p.span)))
    const ann = q('INSERT INTO announcements (document_id, seq, number, place, date, sentence, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    m.announcements.forEach((a, i) => ann.run(id, i, a.number, a.place, a.date, a.text, ...raw(a.span)))
  }

  const item = q('INSERT INTO agenda_items (document_id, seq, number, parent, title, title_start, title_end, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const org = q('INSERT INTO agenda_orgs (document_id, item_seq, role, seq, org, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const ref = q('INSERT INTO attachment_refs (document_id, item_seq, number, raw_start, raw_end) VALUES (?, ?, ?, ?, ?)')
  const res = q('INSERT INTO resolutions (document_id, item_seq, preamble, preamble_start, preamble_end, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const clause = q('INSERT INTO clauses (document_id, item_seq, seq, number, text, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const clauseItem = q('INSERT INTO clause_items (document_id, item_seq, clause_seq, seq, label, text, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  const bool = (b: boolean | null) => (b === null ? null : b ? 1 : 0)
  const vote = q('INSERT INTO votes (document_id, item_seq, outcome, unanimous, debate, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const pos = q('INSERT INTO vote_positions (document_id, item_seq, land, position) VALUES (?, ?, ?, ?)')
  const ev = q('INSERT INTO vote_evidence (document_id, item_seq, seq, sentence, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?)')
  const note = q('INSERT INTO notes (document_id, item_seq, seq, org, kind, text, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  const amend = q('INSERT INTO amendments (document_id, item_seq, seq, clause, action, sentence, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  const presenter = q('INSERT INTO presenters (document_id, item_seq, seq, name, honorific, title, org, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
  record.agenda.forEach((a, s) => {
    item.run(id, s, a.number, a.parent, a.title, ...raw(a.titleSpan), ...raw(a.span))
    a.sponsors.forEach((o, i) => org.run(id, s, 'sponsor', i, o.org, ...raw(o.span)))
    a.guests.forEach((o, i) => org.run(id, s, 'guest', i, o.org, ...raw(o.span)))
    for (const r of a.attachments) ref.run(id, s, r.number, ...raw(r.span))
    const v = a.vote
    if (v) {
      vote.run(id, s, v.outcome, bool(v.unanimous), bool(v.debate), ...raw(v.span))
      for (const [land, position] of Object.entries(v.positions ?? {})) pos.run(id, s, land, position)
      v.evidence.forEach((e, i) => ev.run(id, s, i, e.text, ...raw(e.span)))
    }
    a.notes.forEach((n, i) => note.run(id, s, i, n.org, n.kind, n.text, ...raw(n.span)))
    a.amendments.forEach((am, i) => { for (const c of new Set(am.clauses)) amend.run(id, s, i, c, am.action, am.text, ...raw(am.span)) })
    a.presenters.forEach((p, i) => presenter.run(id, s, i, p.name, p.honorific, p.title, p.org, ...raw(p.span)))
    const r = a.resolution
    if (r) {
      res.run(id, s, r.preamble, ...raw(r.preambleSpan), ...raw(r.span))
      r.clauses.forEach((c, ci) => {
        clause.run(id, s, ci, c.number, c.text, ...raw(c.span))
        c.items.forEach((it, ii) => clauseItem.run(id, s, ci, ii, it.label, it.text, ...raw(it.span)))
      })
    }
  })

  const section = q('INSERT INTO attendee_sections (document_id, seq, role, codes, aligned_groups, excluded, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  record.attendeeSections.forEach((sc, i) => section.run(id, i, sc.role, JSON.stringify(sc.codes), JSON.stringify(sc.alignedGroups), JSON.stringify(sc.excluded), ...raw(sc.span)))
  const attendance = q(`INSERT INTO attendances (document_id, seq, section_seq, group_seq, role, name, honorific, title, org, chair,
    evidence, reason, confidence, alt_orgs, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  record.attendees.forEach((a, i) => attendance.run(id, i, a.section, a.group, a.role, a.name, a.honorific, a.title, a.org,
    a.chair ? 1 : 0, a.evidence, a.reason, a.confidence, JSON.stringify(a.altOrgs), ...raw(a.span)))
  const fact = q('INSERT INTO person_facts (document_id, seq, name, org, source, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?)')
  record.personFacts.forEach((f, i) => fact.run(id, i, f.name, f.org, f.source, ...raw(f.span)))
  const absence = q('INSERT OR IGNORE INTO absences (document_id, org, raw_start, raw_end) VALUES (?, ?, ?, ?)')
  for (const a of record.absent) absence.run(id, a.org, ...raw(a.span))
  const mention = q('INSERT INTO land_mentions (document_id, seq, org, surface, form, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?)')
  record.landMentions.forEach((lm, i) => mention.run(id, i, lm.org, lm.surface, lm.form, ...raw(lm.span)))

  if (m) {
    const dep = q('INSERT INTO departures (document_id, seq, name, org, time, proxy, after_number, sentence, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    m.departures.forEach((d, i) => dep.run(id, i, d.name, d.org, d.time, d.proxy, d.after, d.text, ...raw(d.span)))
  }
  const change = q('INSERT INTO agenda_changes (document_id, seq, number, change, by_org, after_number, title, sentence, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  record.agendaChanges.forEach((c, i) => change.run(id, i, c.number, c.change, c.by, c.after, c.title, c.text, ...raw(c.span)))
  const sponsorChange = q('INSERT INTO sponsor_changes (document_id, seq, number, org, change, sentence, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  record.sponsorChanges.forEach((c, i) => sponsorChange.run(id, i, c.number, c.org, c.change, c.text, ...raw(c.span)))

  const att = q('INSERT INTO attachments (document_id, seq, number, title, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?)')
  record.attachments.forEach((a, i) => att.run(id, i, a.number, a.title, ...raw(a.span)))

  if (record.report) {
    const r = record.report
    // The same article ingested before (same lead and date): the earliest document.
    const dup = r.fingerprint
      ? (q('SELECT document_id FROM reports WHERE fingerprint = ? AND document_id < ? ORDER BY document_id LIMIT 1').get(r.fingerprint, id) as {document_id: number} | undefined)
      : undefined
    q('INSERT INTO reports (document_id, published, fingerprint, duplicate_of, body, number, date, place) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, r.published, r.fingerprint, dup?.document_id ?? null, r.meeting.body, r.meeting.number, r.meeting.date, r.meeting.place)
  }

  const seg = q('INSERT INTO segments (document_id, seq, kind, label, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?)')
  record.segments.forEach((sg, i) => seg.run(id, i, sg.kind, sg.label, ...raw(sg.span)))

  const diag = q('INSERT INTO diagnostics (document_id, seq, rule_id, severity, reason, line, "column", raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
  file.messages.forEach((msg, i) => {
    const start = msg.place && 'start' in msg.place ? msg.place.start : msg.place
    const end = msg.place && 'end' in msg.place ? msg.place.end : start
    const span = start?.offset !== undefined ? {start: start.offset, end: end?.offset ?? start.offset} : null
    const severity = msg.fatal === true ? 'error' : msg.fatal === false ? 'warning' : 'info'
    diag.run(id, i, msg.ruleId ?? 'unknown', severity, msg.reason, start?.line ?? null, start?.column ?? null, ...raw(span))
  })
}
