/**
 * Read queries: `protocol-export/1` records, read from the database alone
 * (never from the parser's memory), so an export proves the database holds
 * everything; document selection; what the audit page shows.
 */
import {LAND_CODES} from '../data/laender.ts'
import {statement, type DB} from './db.ts'
import {readGeometry} from './pdf.ts'
import type {Box} from '../pdf/index.ts'

type Row = Record<string, unknown>

export interface ExportRecord {
  format: 'protocol-export/1'
  document: {source: string; sha256: string; kind: string}
  [key: string]: unknown
}

export function listDocuments(db: DB): Array<{id: number; source: string; kind: string}> {
  return db.prepare('SELECT id, source, kind FROM documents ORDER BY id').all() as Array<{id: number; source: string; kind: string}>
}

/** Where a record is printed: its page and box (`[x0, y0, x1, y1]`, points from the page's top-left corner). */
export interface PdfLocation {
  page: number
  bbox: [number, number, number, number]
  /** The pages after the first that the record runs on to. */
  continued?: Array<{page: number; bbox: [number, number, number, number]}>
}

export interface ExportOptions {
  /** Page and box of every record of a PDF (default true); snapshots leave them out. */
  locations?: boolean
}

export function exportDocument(db: DB, id: number, options: ExportOptions = {}): ExportRecord {
  const doc = statement(db, 'SELECT id, source, sha256, kind FROM documents WHERE id = ?').get(id) as Row | undefined
  if (!doc) throw new Error(`Unexpected document id ${id}, expected a stored document`)
  const geometry = readGeometry(db, id)
  const document = {
    source: String(doc.source), sha256: String(doc.sha256), kind: String(doc.kind),
    ...(geometry ? {pdf: {extractor: geometry.extractor, pages: geometry.pages}} : {})
  }
  if (document.kind === 'press_report') return exportReport(db, id, document)
  const locate = geometry && options.locations !== false ? geometry.locate : undefined
  /** A record's own place (`pdf`), or that of a string field of it (`<field>_pdf`): only for a PDF. */
  const at = (row: Row, key = 'pdf', start = 'raw_start', end = 'raw_end') => (locate ? {[key]: locationOf(locate, row[start], row[end])} : {})
  const places = (key: string, rows: Row[]) => (locate ? {[`${key}_pdf`]: rows.map((r) => locationOf(locate, r.raw_start, r.raw_end))} : {})
  const all = (sql: string, ...args: unknown[]) => statement(db, sql).all(...args) as Row[]
  const factRows = all('SELECT field, value, raw_start, raw_end FROM meeting_facts WHERE document_id = ?', id)
  const facts = new Map(factRows.map((r) => [r.field, r.value as string]))
  const people = (role: string) => all('SELECT name, honorific, title, org, raw_start, raw_end FROM meeting_people WHERE document_id = ? AND role = ? ORDER BY seq', id, role)
  const chair = people('chair')
  const meeting = facts.size === 0 ? null : {
    body: facts.get('body') ?? null,
    number: facts.has('number') ? Number(facts.get('number')) : null,
    date: facts.get('date') ?? null,
    place: facts.get('place') ?? null,
    start: facts.get('start') ?? null,
    end: facts.get('end') ?? null,
    chair: chair.map((p) => p.name),
    chair_details: chair.map((p) => ({name: p.name, honorific: p.honorific, title: p.title, org: p.org, ...at(p)})),
    minutes: people('minutes').map((p) => ({name: p.name, org: p.org, ...at(p)})),
    departures: all('SELECT name, org, time, proxy, after_number AS after, raw_start, raw_end FROM departures WHERE document_id = ? ORDER BY seq', id)
      .map(({raw_start: _s, raw_end: _e, ...d}) => ({...d, ...at({raw_start: _s, raw_end: _e})})),
    announcements: all('SELECT number, place, date, raw_start, raw_end FROM announcements WHERE document_id = ? ORDER BY seq', id)
      .map((a) => ({number: a.number, place: a.place, date: a.date, ...at(a)})),
    ...Object.assign({}, ...factRows.map((f) => at(f, `${String(f.field)}_pdf`))),
    ...places('chair', chair)
  }
  const orgs = groupBy(all('SELECT item_seq, role, org, raw_start, raw_end FROM agenda_orgs WHERE document_id = ? ORDER BY item_seq, role, seq', id))
  const refs = groupBy(all('SELECT item_seq, number, raw_start, raw_end FROM attachment_refs WHERE document_id = ? ORDER BY item_seq, raw_start', id))
  const resolutions = new Map(all('SELECT item_seq, preamble, preamble_start, preamble_end, raw_start, raw_end FROM resolutions WHERE document_id = ?', id).map((r) => [r.item_seq as number, r]))
  const clauses = groupBy(all('SELECT item_seq, seq, number, text, raw_start, raw_end FROM clauses WHERE document_id = ? ORDER BY item_seq, seq', id))
  const items = groupBy(all('SELECT item_seq, clause_seq, label, text, raw_start, raw_end FROM clause_items WHERE document_id = ? ORDER BY item_seq, clause_seq, seq', id))
  const votes = new Map(all('SELECT item_seq, outcome, unanimous, debate, raw_start, raw_end FROM votes WHERE document_id = ?', id).map((v) => [v.item_seq as number, v]))
  const positions = groupBy(all('SELECT item_seq, land, position FROM vote_positions WHERE document_id = ?', id))
  const evidence = groupBy(all('SELECT item_seq, sentence, raw_start, raw_end FROM vote_evidence WHERE document_id = ? ORDER BY item_seq, seq', id))
  // The export keeps the printed words (`Protokollnotiz`), as protocol-export/1 has them; the table's kind is English.
  const notes = groupBy(all('SELECT item_seq, org, label AS kind, text, raw_start, raw_end FROM notes WHERE document_id = ? ORDER BY item_seq, seq', id))
  const amendments = groupBy(all('SELECT item_seq, seq, clause, action, raw_start, raw_end FROM amendments WHERE document_id = ? ORDER BY item_seq, seq, raw_start', id))
  const presenters = groupBy(all('SELECT item_seq, name, org, raw_start, raw_end FROM presenters WHERE document_id = ? ORDER BY item_seq, seq', id))
  const bool = (x: unknown) => (x === null || x === undefined ? null : x === 1)
  const agenda = all('SELECT seq, number, parent, title, title_start, title_end, raw_start, raw_end FROM agenda_items WHERE document_id = ? ORDER BY seq', id).map((a) => {
    const seq = a.seq as number
    const v = votes.get(seq)
    const pos = positions.get(seq)
    const said = evidence.get(seq) ?? []
    const vote = v ? {
      outcome: v.outcome, unanimous: bool(v.unanimous), debate: bool(v.debate),
      positions: pos ? Object.fromEntries(LAND_CODES.map((land) => [land, pos.find((p) => p.land === land)?.position ?? null])) : null,
      evidence: said.map((e) => e.sentence),
      ...at(v), ...places('evidence', said)
    } : null
    // One amendment sentence may name several clauses: one row each, one place.
    const grouped = new Map<number, {clauses: unknown[]; action: unknown}>()
    for (const am of amendments.get(seq) ?? []) {
      const g = grouped.get(am.seq as number)
      if (g) g.clauses.push(am.clause)
      else grouped.set(am.seq as number, {clauses: [am.clause], action: am.action, ...at(am)})
    }
    const res = resolutions.get(seq)
    const own = orgs.get(seq) ?? []
    const sponsors = own.filter((o) => o.role === 'sponsor')
    const guests = own.filter((o) => o.role === 'guest')
    const attached = refs.get(seq) ?? []
    return {
      number: a.number,
      parent: a.parent,
      title: a.title,
      sponsors: sponsors.map((o) => o.org),
      guests: guests.map((o) => o.org),
      attachments: attached.map((r) => r.number),
      resolution: res ? {
        preamble: res.preamble,
        clauses: (clauses.get(seq) ?? []).map((c) => {
          const its = (items.get(seq) ?? []).filter((it) => it.clause_seq === c.seq)
          return {number: c.number, text: c.text, ...(its.length > 0 ? {items: its.map((it) => ({label: it.label, text: it.text, ...at(it)}))} : {}), ...at(c)}
        }),
        ...at(res), ...(res.preamble === null ? {} : at(res, 'preamble_pdf', 'preamble_start', 'preamble_end'))
      } : null,
      vote,
      notes: (notes.get(seq) ?? []).map((n) => ({org: n.org, kind: n.kind, text: n.text, ...at(n)})),
      amendments: [...grouped.values()],
      presenters: (presenters.get(seq) ?? []).map((p) => ({name: p.name, org: p.org, ...at(p)})),
      ...at(a), ...(a.title === null ? {} : at(a, 'title_pdf', 'title_start', 'title_end')),
      ...places('sponsors', sponsors), ...places('guests', guests), ...places('attachments', attached)
    }
  })
  const attendees = all(`SELECT a.name, a.honorific, a.title, a.org, a.role, a.chair, a.evidence, a.reason, a.confidence, a.alt_orgs, p.name AS person,
    a.raw_start, a.raw_end FROM attendances a LEFT JOIN persons p ON p.id = a.person_id WHERE a.document_id = ? ORDER BY a.seq`, id).map((a) => ({
    name: a.name, honorific: a.honorific, title: a.title, org: a.org, role: a.role, chair: a.chair === 1,
    ...(JSON.parse(String(a.alt_orgs)).length > 0 ? {alt_orgs: JSON.parse(String(a.alt_orgs))} : {}),
    evidence: {kind: a.evidence, reason: a.reason, confidence: a.confidence},
    person: a.person,
    ...at(a)
  }))
  const absent = all('SELECT org, raw_start, raw_end FROM absences WHERE document_id = ? ORDER BY raw_start', id)
  return {
    format: 'protocol-export/1',
    document,
    meeting,
    attendees,
    absent: absent.map((r) => r.org),
    ...places('absent', absent),
    agenda,
    agenda_changes: all('SELECT number, change, by_org AS "by", after_number AS after, title, raw_start, raw_end FROM agenda_changes WHERE document_id = ? ORDER BY seq', id)
      .map(({raw_start: _s, raw_end: _e, ...c}) => ({...Object.fromEntries(Object.entries(c).filter(([k, v]) => v !== null || k === 'number')), ...at({raw_start: _s, raw_end: _e})})),
    sponsor_changes: all('SELECT number, org, change, raw_start, raw_end FROM sponsor_changes WHERE document_id = ? ORDER BY seq', id)
      .map((c) => ({number: c.number, org: c.org, change: c.change, ...at(c)})),
    attachments: all('SELECT number, title, raw_start, raw_end FROM attachments WHERE document_id = ? ORDER BY seq', id)
      .map((a) => ({number: a.number, title: a.title, ...at(a)})),
    diagnostics: all('SELECT rule_id, severity, reason, line, "column", raw_start, raw_end FROM diagnostics WHERE document_id = ? ORDER BY seq', id)
      .map((d) => ({rule_id: d.rule_id, severity: d.severity, reason: d.reason, line: d.line, column: d.column, ...(d.raw_start === null ? {} : at(d))}))
  }
}

/** A stored span's place in its PDF; null when it has no span or covers no printed text. */
function locationOf(locate: (start: number, end: number) => Box[], start: unknown, end: unknown): PdfLocation | null {
  if (typeof start !== 'number' || typeof end !== 'number') return null
  const [first, ...more] = locate(start, end)
  if (!first) return null
  const bbox = (b: Box): [number, number, number, number] => [b.x0, b.top, b.x1, b.bottom]
  return {page: first.page, bbox: bbox(first), ...(more.length > 0 ? {continued: more.map((b) => ({page: b.page, bbox: bbox(b)}))} : {})}
}

function exportReport(db: DB, id: number, document: ExportRecord['document']): ExportRecord {
  const r = statement(db, `SELECT r.*, d.source AS duplicate_source FROM reports r
    LEFT JOIN documents d ON d.id = r.duplicate_of WHERE r.document_id = ?`).get(id) as Row | undefined
  return {
    format: 'protocol-export/1',
    document,
    report: r ? {
      published: r.published,
      duplicate_of: r.duplicate_source ?? null,
      meeting: {body: r.body, number: r.number, date: r.date, place: r.place}
    } : null
  }
}

function groupBy(rows: Row[]): Map<number, Row[]> {
  const out = new Map<number, Row[]>()
  for (const row of rows) {
    const key = row.item_seq as number
    const list = out.get(key)
    if (list) list.push(row)
    else out.set(key, [row])
  }
  return out
}

export interface DocumentRef {
  id: number
  source: string
  sha256: string
}

export interface Selection {
  /** The documents selected, in the order they were ingested. */
  ids: number[]
  /** Selectors that name no stored document. */
  missing: string[]
  /** Selectors that name several: a short sha256 prefix, or a file name ingested from two folders. */
  ambiguous: Array<{selector: string; candidates: DocumentRef[]}>
}

/**
 * Stored documents by sha256 prefix (four or more hex digits, like git) or
 * by source file name; all when no selector is given. A selector that
 * names several documents selects none of them and is reported.
 */
export function selectDocuments(db: DB, selectors: readonly string[] = []): Selection {
  const all = documentRefs(db)
  if (selectors.length === 0) return {ids: all.map((d) => d.id), missing: [], ambiguous: []}
  const ids = new Set<number>()
  const missing: string[] = []
  const ambiguous: Selection['ambiguous'] = []
  for (const sel of selectors) {
    const prefix = sel.toLowerCase()
    let hits = /^[0-9a-f]{4,64}$/.test(prefix) ? all.filter((d) => d.sha256.startsWith(prefix)) : []
    if (hits.length === 0) hits = all.filter((d) => d.source === sel)
    if (hits.length === 0) missing.push(sel)
    else if (hits.length > 1) ambiguous.push({selector: sel, candidates: hits})
    else ids.add(hits[0]!.id)
  }
  return {ids: [...ids].sort((a, b) => a - b), missing, ambiguous}
}

/** Every stored document's id, source and sha256, in the order they were ingested. */
export function documentRefs(db: DB): DocumentRef[] {
  return statement(db, 'SELECT id, source, sha256 FROM documents ORDER BY id').all() as DocumentRef[]
}

export interface StoredDocument {
  id: number
  source: string
  sha256: string
  raw: Buffer
  kind: string
  encoding: string
}

export function readDocument(db: DB, id: number): StoredDocument {
  const doc = statement(db, 'SELECT id, source, sha256, raw, kind, encoding FROM documents WHERE id = ?').get(id) as StoredDocument | undefined
  if (!doc) throw new Error(`Unexpected document id ${id}, expected a stored document`)
  return doc
}

export function countDiagnostics(db: DB, id: number): number {
  return (statement(db, 'SELECT COUNT(*) AS n FROM diagnostics WHERE document_id = ?').get(id) as {n: number}).n
}

export interface RawSpan {
  kind: string
  label: string | null
  raw_start: number
  raw_end: number
}

export interface StoredDiagnostic {
  rule_id: string
  severity: string
  reason: string
  line: number | null
  column: number | null
}

/** A stored fact as the audit page lists it beside the text it was read from (raw offsets; null where none). */
export interface RecordRow {
  /** Its table. */
  kind: string
  id: number
  /** Its agenda item's number, for facts of an agenda item. */
  agenda: string | null
  /** What it is, briefly: "TOP 5", "clause 3", "SN", "chair". */
  label: string
  /** What it says. */
  text: string | null
  /** Extra detail: a vote's positions, an attendee's evidence. */
  detail: string | null
  raw_start: number | null
  raw_end: number | null
}

/** What the audit page shows of one document: its spans by kind, its facts with their offsets, its diagnostics. */
export function auditRows(db: DB, id: number): {spans: RawSpan[]; records: RecordRow[]; diagnostics: StoredDiagnostic[]} {
  const spans = [
    ...db.prepare('SELECT kind, label, raw_start, raw_end FROM segments WHERE document_id = ? ORDER BY seq').all(id) as RawSpan[],
    ...db.prepare("SELECT 'vote' AS kind, NULL AS label, raw_start, raw_end FROM vote_evidence WHERE document_id = ?").all(id) as RawSpan[],
    ...db.prepare("SELECT 'note' AS kind, NULL AS label, raw_start, raw_end FROM notes WHERE document_id = ?").all(id) as RawSpan[]
  ]
  const item = (table: string) => `(SELECT number FROM agenda_items a WHERE a.id = ${table}.agenda_item_id)`
  const records = db.prepare(`
    SELECT 'meeting' AS kind, id, NULL AS agenda, field AS label, value AS text, NULL AS detail, raw_start, raw_end FROM meeting_facts WHERE document_id = :id
    UNION ALL SELECT 'meeting_person', id, NULL, role, name, org, raw_start, raw_end FROM meeting_people WHERE document_id = :id
    UNION ALL SELECT 'attendee', id, NULL, role, trim(COALESCE(honorific || ' ', '') || name), COALESCE(org, '?') || ' · ' || evidence ||
      CASE WHEN alt_orgs <> '[]' THEN ' (or ' || (SELECT group_concat(value, ', ') FROM json_each(alt_orgs)) || ')' ELSE '' END, raw_start, raw_end
      FROM attendances WHERE document_id = :id
    UNION ALL SELECT 'absence', id, NULL, org, 'absent', NULL, raw_start, raw_end FROM absences WHERE document_id = :id
    UNION ALL SELECT 'agenda', id, number, 'TOP ' || number, title, NULL, COALESCE(title_start, raw_start), COALESCE(title_end, raw_start) FROM agenda_items WHERE document_id = :id
    UNION ALL SELECT 'resolution', id, ${item('resolutions')}, 'resolution', preamble, NULL, COALESCE(preamble_start, raw_start), COALESCE(preamble_end, raw_start)
      FROM resolutions WHERE document_id = :id
    UNION ALL SELECT 'clause', id, ${item('clauses')}, 'clause ' || number, text, NULL, raw_start, raw_end FROM clauses WHERE document_id = :id
    UNION ALL SELECT 'vote', id, ${item('votes')}, outcome || CASE unanimous WHEN 1 THEN ', unanimous' ELSE '' END,
      (SELECT group_concat(sentence, ' ') FROM vote_evidence e WHERE e.vote_id = votes.id),
      (SELECT group_concat(land || ' ' || position, ', ') FROM (SELECT p.land, p.position FROM vote_positions p JOIN laender l ON l.code = p.land
        WHERE p.vote_id = votes.id AND p.position <> 'yes' ORDER BY l.seq)),
      COALESCE((SELECT MIN(raw_start) FROM vote_evidence e WHERE e.vote_id = votes.id), raw_start),
      COALESCE((SELECT MAX(raw_end) FROM vote_evidence e WHERE e.vote_id = votes.id), raw_end) FROM votes WHERE document_id = :id
    UNION ALL SELECT 'note', id, ${item('notes')}, COALESCE(org, '?') || ' · ' || kind, text, label, raw_start, raw_end FROM notes WHERE document_id = :id
    UNION ALL SELECT 'agenda_change', id, NULL, 'TOP ' || number || ' ' || change, sentence, by_org, raw_start, raw_end FROM agenda_changes WHERE document_id = :id
    UNION ALL SELECT 'departure', id, NULL, COALESCE(org, name, '?') || ' leaves', sentence, proxy, raw_start, raw_end FROM departures WHERE document_id = :id
    UNION ALL SELECT 'attachment', id, NULL, 'Anlage ' || number, title, NULL, raw_start, raw_end FROM attachments WHERE document_id = :id
    ORDER BY raw_start, kind`).all({id}) as RecordRow[]
  return {spans, records, diagnostics: documentDiagnostics(db, id)}
}

/** A document's diagnostics as stored (the corpus pass may have added or resolved some), in order. */
export function documentDiagnostics(db: DB, id: number): StoredDiagnostic[] {
  return statement(db, 'SELECT rule_id, severity, reason, line, "column" FROM diagnostics WHERE document_id = ? ORDER BY seq').all(id) as StoredDiagnostic[]
}
