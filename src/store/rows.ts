/**
 * A document's records as table rows, without a database: worker threads
 * make them (`factRows`), the writer (`write.ts`) inserts them. Offsets are
 * turned from normalized text into raw bytes here. Kept apart from the
 * writer so that a worker thread never loads SQLite.
 */
import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import type {Extraction} from '../record/schema.ts'
import type {Normalized} from '../normalize/index.ts'
import type {Span} from '../record/tree.ts'
import type {Footprint} from './corpus.ts'
import {noteKind} from '../data/notes.ts'

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Columns of each fact table after `document_id`, in the order rows give them; parents before children. */
export const COLUMNS = {
  meeting_facts: ['field', 'value', 'raw_start', 'raw_end'],
  meeting_people: ['role', 'seq', 'name', 'honorific', 'title', 'org', 'raw_start', 'raw_end'],
  announcements: ['seq', 'number', 'place', 'date', 'sentence', 'raw_start', 'raw_end'],
  agenda_items: ['seq', 'number', 'parent', 'title', 'title_start', 'title_end', 'raw_start', 'raw_end'],
  agenda_orgs: ['item_seq', 'role', 'seq', 'org', 'raw_start', 'raw_end'],
  attachment_refs: ['item_seq', 'number', 'raw_start', 'raw_end'],
  votes: ['item_seq', 'outcome', 'unanimous', 'debate', 'raw_start', 'raw_end'],
  vote_positions: ['item_seq', 'land', 'position'],
  vote_evidence: ['item_seq', 'seq', 'sentence', 'raw_start', 'raw_end'],
  notes: ['item_seq', 'seq', 'org', 'kind', 'label', 'text', 'raw_start', 'raw_end'],
  amendments: ['item_seq', 'seq', 'clause', 'action', 'sentence', 'raw_start', 'raw_end'],
  presenters: ['item_seq', 'seq', 'name', 'honorific', 'title', 'org', 'raw_start', 'raw_end'],
  resolutions: ['item_seq', 'preamble', 'preamble_start', 'preamble_end', 'raw_start', 'raw_end'],
  clauses: ['item_seq', 'seq', 'number', 'text', 'raw_start', 'raw_end'],
  clause_items: ['item_seq', 'clause_seq', 'seq', 'label', 'text', 'raw_start', 'raw_end'],
  attendee_sections: ['seq', 'role', 'codes', 'aligned_groups', 'excluded', 'raw_start', 'raw_end'],
  attendances: ['seq', 'section_seq', 'group_seq', 'role', 'name', 'honorific', 'title', 'org', 'chair',
    'evidence', 'reason', 'confidence', 'alt_orgs', 'raw_start', 'raw_end'],
  person_facts: ['seq', 'name', 'org', 'source', 'raw_start', 'raw_end'],
  absences: ['org', 'raw_start', 'raw_end'],
  land_mentions: ['seq', 'org', 'surface', 'form', 'raw_start', 'raw_end'],
  departures: ['seq', 'name', 'org', 'time', 'proxy', 'after_number', 'sentence', 'raw_start', 'raw_end'],
  agenda_changes: ['seq', 'number', 'change', 'by_org', 'after_number', 'title', 'sentence', 'raw_start', 'raw_end'],
  sponsor_changes: ['seq', 'number', 'org', 'change', 'sentence', 'raw_start', 'raw_end'],
  attachments: ['seq', 'number', 'title', 'raw_start', 'raw_end'],
  segments: ['seq', 'kind', 'label', 'raw_start', 'raw_end'],
  diagnostics: ['seq', 'rule_id', 'severity', 'reason', 'line', '"column"', 'raw_start', 'raw_end']
} as const

export type RowTable = keyof typeof COLUMNS
export type Row = Array<string | number | null>

/** A document's records as table rows: what a worker thread hands the writer. */
export interface FactRows {
  kind: string
  encoding: string
  /**
   * Per table, its rows as one JSON array (of arrays in `COLUMNS` order): what the digest is
   * taken of and what the insert reads, so the writer's thread neither copies nor encodes a row.
   */
  tables: Record<RowTable, string>
  /** published, fingerprint, body, number, date, place; the duplicate is looked up when written. */
  report: Row | null
  footprint: Footprint
  /**
   * sha256 (128 bits) of the rows per table, and of kind, encoding and report under `document`:
   * a re-extraction writes only the tables whose rows changed (and those that hang on them).
   */
  digests: Record<string, string>
}

/** `encoding`: what `documents.encoding` says of the raw bytes (`pdf` for a PDF); by default the text's. */
export function factRows(record: Extraction, normalized: Normalized, file: VFile, encoding: string = normalized.encoding): FactRows {
  const {map} = normalized
  // Text read column by column (`changes.columns`) maps back out of order: a span gets the raw bytes it spans.
  const hull = (normalized.changes['columns'] ?? 0) > 0
  const raw = (span: Span | null | undefined): [number | null, number | null] => {
    if (!span) return [null, null]
    const start = Math.min(span.start, map.length - 1)
    const end = Math.min(span.end, map.length - 1)
    return hull && end > start ? rawHull(map, start, end) : [map[start]!, map[end]!]
  }
  const tables = Object.fromEntries(Object.keys(COLUMNS).map((t) => [t, [] as Row[]])) as Record<RowTable, Row[]>
  const add = (table: RowTable, ...row: Row) => tables[table].push(row)

  const m = record.meeting
  if (m) {
    for (const field of ['body', 'number', 'date', 'place', 'start', 'end'] as const) {
      const value = m[field]
      if (value !== null) add('meeting_facts', field, String(value), ...raw(m.spans[field]))
    }
    m.chair.forEach((p, i) => add('meeting_people', 'chair', i, p.name, p.honorific, p.title, p.org, ...raw(p.span)))
    m.minutes.forEach((p, i) => add('meeting_people', 'minutes', i, p.name, p.honorific, p.title, p.org, ...raw(p.span)))
    m.announcements.forEach((a, i) => add('announcements', i, a.number, a.place, a.date, a.text, ...raw(a.span)))
    m.departures.forEach((d, i) => add('departures', i, d.name, d.org, d.time, d.proxy, d.after, d.text, ...raw(d.span)))
  }

  const bool = (b: boolean | null) => (b === null ? null : b ? 1 : 0)
  record.agenda.forEach((a, s) => {
    add('agenda_items', s, a.number, a.parent, a.title, ...raw(a.titleSpan), ...raw(a.span))
    a.sponsors.forEach((o, i) => add('agenda_orgs', s, 'sponsor', i, o.org, ...raw(o.span)))
    a.guests.forEach((o, i) => add('agenda_orgs', s, 'guest', i, o.org, ...raw(o.span)))
    for (const r of a.attachments) add('attachment_refs', s, r.number, ...raw(r.span))
    const v = a.vote
    if (v) {
      add('votes', s, v.outcome, bool(v.unanimous), bool(v.debate), ...raw(v.span))
      for (const [land, position] of Object.entries(v.positions ?? {})) add('vote_positions', s, land, position)
      v.evidence.forEach((e, i) => add('vote_evidence', s, i, e.text, ...raw(e.span)))
    }
    a.notes.forEach((n, i) => add('notes', s, i, n.org, noteKind(n.kind), n.kind, n.text, ...raw(n.span)))
    a.amendments.forEach((am, i) => { for (const c of new Set(am.clauses)) add('amendments', s, i, c, am.action, am.text, ...raw(am.span)) })
    a.presenters.forEach((p, i) => add('presenters', s, i, p.name, p.honorific, p.title, p.org, ...raw(p.span)))
    const r = a.resolution
    if (r) {
      add('resolutions', s, r.preamble, ...raw(r.preambleSpan), ...raw(r.span))
      r.clauses.forEach((c, ci) => {
        add('clauses', s, ci, c.number, c.text, ...raw(c.span))
        c.items.forEach((it, ii) => add('clause_items', s, ci, ii, it.label, it.text, ...raw(it.span)))
      })
    }
  })

  record.attendeeSections.forEach((sc, i) => add('attendee_sections', i, sc.role, JSON.stringify(sc.codes), JSON.stringify(sc.alignedGroups), JSON.stringify(sc.excluded), ...raw(sc.span)))
  record.attendees.forEach((a, i) => add('attendances', i, a.section, a.group, a.role, a.name, a.honorific, a.title, a.org,
    a.chair ? 1 : 0, a.evidence, a.reason, a.confidence, JSON.stringify(a.altOrgs), ...raw(a.span)))
  record.personFacts.forEach((f, i) => add('person_facts', i, f.name, f.org, f.source, ...raw(f.span)))
  for (const a of record.absent) add('absences', a.org, ...raw(a.span))
  record.landMentions.forEach((lm, i) => add('land_mentions', i, lm.org, lm.surface, lm.form, ...raw(lm.span)))
  record.agendaChanges.forEach((c, i) => add('agenda_changes', i, c.number, c.change, c.by, c.after, c.title, c.text, ...raw(c.span)))
  record.sponsorChanges.forEach((c, i) => add('sponsor_changes', i, c.number, c.org, c.change, c.text, ...raw(c.span)))
  record.attachments.forEach((a, i) => add('attachments', i, a.number, a.title, ...raw(a.span)))
  // The tree's node types are camelCase (unist); the database's values are snake_case.
  record.segments.forEach((sg, i) => add('segments', i, snakeCase(sg.kind), sg.label, ...raw(sg.span)))
  file.messages.forEach((msg, i) => {
    const start = msg.place && 'start' in msg.place ? msg.place.start : msg.place
    const end = msg.place && 'end' in msg.place ? msg.place.end : start
    const span = start?.offset !== undefined ? {start: start.offset, end: end?.offset ?? start.offset} : null
    const severity = msg.fatal === true ? 'error' : msg.fatal === false ? 'warning' : 'info'
    add('diagnostics', i, msg.ruleId ?? 'unknown', severity, msg.reason, start?.line ?? null, start?.column ?? null, ...raw(span))
  })

  const json = Object.fromEntries(Object.entries(tables).map(([table, list]) => [table, JSON.stringify(list)])) as Record<RowTable, string>
  const r = record.report
  const certain = new Map<string, [string, string]>()
  for (const a of record.attendees) if (a.org && (a.evidence === 'printed' || a.evidence === 'column')) certain.set(`${a.role}\t${a.org}`, [a.role, a.org])
  const report = r ? [r.published, r.fingerprint, r.meeting.body, r.meeting.number, r.meeting.date, r.meeting.place] : null
  return {
    kind: record.kind,
    encoding,
    tables: json,
    report,
    digests: {
      document: digestOf(JSON.stringify([record.kind, encoding, report])),
      ...Object.fromEntries(Object.entries(json).map(([table, text]) => [table, digestOf(text)]))
    },
    footprint: {
      names: record.attendees.map((a) => a.name),
      facts: record.personFacts.map((f) => [f.name, f.org]),
      certain: [...certain.values()]
    }
  }
}

/** "agendaItem" → "agenda_item". */
export function snakeCase(kind: string): string {
  return kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

/** Of a JSON text. */
function digestOf(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 32)
}

/** The raw bytes the characters `[start, end)` come from, when they may come out of order. */
function rawHull(map: Uint32Array, start: number, end: number): [number, number] {
  let low = map[start]!
  let high = low
  for (let i = start; i < end; i++) {
    const at = map[i]!
    if (at < low) low = at
    // A character's bytes end where the next character's begin, when that one follows it in the raw text.
    const after = map[i + 1]! > at ? map[i + 1]! : at + 1
    if (after > high) high = after
  }
  return [low, Math.max(low, high)]
}
