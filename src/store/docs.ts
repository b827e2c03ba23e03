/**
 * What each table, view and column means, and the questions the database
 * answers. The README's schema tables and questions, and Datasette's
 * metadata.yml, are made from it (`npm run docs`); a test holds it to the
 * schema: every column described, nothing described that is not there.
 */
import {FTS} from './schema.ts'

export interface TableDoc {
  title: string
  description: string
  /** Columns whose meaning is their own here; the rest take the shared meanings below. */
  columns: Readonly<Record<string, string>>
  /** Bookkeeping of the corpus pass and the runs: hidden in Datasette, not exported as CSV. */
  internal?: boolean
  view?: boolean
}

/** Meanings shared by every table that has the column. */
const SHARED: Readonly<Record<string, string>> = {
  id: 'row id (integer key; other tables point to it)',
  document_id: 'the document (`documents.id`)',
  agenda_item_id: 'the agenda item (`agenda_items.id`)',
  vote_id: 'the vote (`votes.id`)',
  person_id: 'the corpus-wide person (`persons.id`); null until the corpus pass has placed the name',
  seq: 'order within the document (from 0)',
  item_seq: 'order of the agenda item within the document (`agenda_items.seq`)',
  raw_start: 'byte offset in `documents.raw` where the text it was read from starts',
  raw_end: 'byte offset in `documents.raw` where that text ends (exclusive)',
  sentence: 'the sentence it was read from, as printed',
  honorific: '`Dr.`, `Prof. Dr.` as printed',
  title: 'the office as printed (`Ministerin`, `Staatsrat`)',
  org: 'a Land as its code (`BW` … `TH`, see `laender`), else the federal body as printed (`BMDV`)',
  body: 'the conference (`DMK`)',
  meeting: 'the session number (`2` for the 2nd DMK)',
  date: 'the meeting date (ISO); from a linked press report where the protocol lacks it (see `meetings.date_source`)',
  agenda_number: 'the TOP number as printed (`2a`, `17.1`)',
  land: 'the Land code (`laender.code`)',
  land_name: 'the Land\'s name (`laender.name`)',
  outcome: '`adopted`, `rejected`, `withdrawn`, `deferred` or `noted`',
  unanimous: '1 unanimous, 0 not, null when the text does not say',
  position: '`yes`, `no`, `abstain` or `absent`',
  role: '`member`, `permanent_guest`, `guest` or `staff`',
  chair: '1 for the chair of the meeting',
  evidence: 'how the org was decided: `printed`, `column`, `aligned`, `inferred` (see README, Attendees and Länder)'
}

export const TABLES: Readonly<Record<string, TableDoc>> = {
  documents: {title: 'Documents', description: 'One row per ingested file: its bytes as read, named by their sha256.', columns: {
    source: 'the file name as ingested (not unique: two folders may hold the same name)',
    sha256: 'sha256 of the raw bytes: the document\'s name (`--doc` takes a prefix of it)',
    raw: 'the bytes as read (every `raw_start`/`raw_end` points into them)',
    size: 'bytes',
    encoding: 'how the bytes were read: `utf-8`, `utf-16le`, `windows-1252` …',
    kind: '`protocol`, `press_report` or `unknown`',
    ingested_at: 'when it was first stored (ISO time)',
    records_digest: 'digests of its rows per table: a re-extraction rewrites only the tables that changed'
  }},
  reports: {title: 'Press reports', description: 'What a press report says about a meeting.', columns: {
    document_id: 'the report (`documents.id`)',
    published: 'the article\'s own date (ISO)',
    fingerprint: 'lead and date: the same article ingested twice has the same one',
    duplicate_of: 'the same article ingested before (`documents.id`), else null',
    number: 'the session number the report names',
    date: 'the meeting date the report names (ISO)',
    place: 'the meeting place the report names'
  }},
  persons: {title: 'Persons', description: 'One row per distinct person across the corpus (names matched fuzzily).', columns: {
    name: 'the most frequent spelling',
    name_key: 'the name folded for matching'
  }},
  runs: {title: 'Runs', description: 'Every `ingest` and `reextract` that changed something (a run that changed nothing is not recorded).', columns: {
    kind: '`ingest` or `reextract`',
    parser_version: 'package version and git commit (`0.1.0+60dc6da`)',
    pipeline: 'the preset (`dmk`, `imk`)',
    started_at: 'ISO time',
    ended_at: 'ISO time; null while it runs (or if it was cut off and not yet finished)',
    documents: 'files or documents it went through',
    counts: 'JSON: rows per table when it ended',
    diagnostics: 'JSON: diagnostics per rule when it ended',
    end_seq: 'the last snapshot written before it ended (`run_documents.seq`)',
    pid: 'the process that ran it',
    host: 'the machine that ran it',
    cut_off: 'when a later command found it cut off (killed) and finished it, else null'
  }},
  run_documents: {title: 'Run snapshots', description: 'Gzipped snapshots of a document\'s records, written by the run that changed them.', internal: true, columns: {
    run_id: 'the run (`runs.id`)',
    source: 'the document\'s file name then',
    sha256: 'the document\'s sha256',
    snapshot: 'gzipped JSON: its records by natural key',
    seq: 'order of writing across runs'
  }},
  names: {title: 'Names', description: 'Every attendee spelling with its counts and person (corpus pass).', internal: true, columns: {
    name: 'a spelling', attendances: 'rows in `attendances`', facts: 'rows in `person_facts`', known: 'the Land the corpus knows the name as'
  }},
  fact_tallies: {title: 'Fact tallies', description: 'Person facts per name and Land (corpus pass).', internal: true, columns: {
    name: 'a spelling', n: 'how many facts give it this org'
  }},
  role_usage: {title: 'Role usage', description: 'Länder placed with certainty per role (corpus pass).', internal: true, columns: {
    documents: 'documents placing it so', placed: 'the count the last pass used'
  }},
  pending_documents: {title: 'Pending documents', description: 'Documents the next corpus pass looks at.', internal: true, columns: {
    written: '1 when the document was written (its snapshot is owed)'
  }},
  pending_facts: {title: 'Pending facts', description: 'Names whose person facts changed.', internal: true, columns: {name: 'a spelling'}},
  pending_persons: {title: 'Pending persons', description: 'Names whose attendances changed.', internal: true, columns: {name: 'a spelling'}},
  pending_snapshots: {title: 'Pending snapshots', description: 'Documents whose snapshot the next run writes.', internal: true, columns: {
    version: 'bumped each time the document changes again'
  }},
  laender: {title: 'Länder', description: 'The sixteen Länder in their canonical order.', columns: {
    code: 'two-letter code (`BW`)', name: 'name (`Baden-Württemberg`)', official_name: 'official name (`Freistaat Bayern`)',
    seq: 'canonical order (1 to 16): the order of every attendee table and vote list'
  }},
  meeting_facts: {title: 'Meeting facts', description: 'The meeting header of a protocol, one row per field.', columns: {
    field: '`body`, `number`, `date`, `place`, `start` or `end`', value: 'as read (`2`, `2024-04-19`, `09:00`)'
  }},
  meeting_people: {title: 'Chair and minutes', description: 'Who chaired the meeting and who took the minutes.', columns: {
    role: '`chair` or `minutes`', name: 'the person\'s name'
  }},
  announcements: {title: 'Announced meetings', description: 'The next meetings a protocol announces.', columns: {
    number: 'the session number', place: 'where', date: 'when (ISO)'
  }},
  agenda_items: {title: 'Agenda items', description: 'Every TOP of a protocol, in document order.', columns: {
    number: 'the TOP number as printed (`2a`, `17.1`)', parent: 'the number of the item it belongs to (`2` for `2.1`)',
    title: 'the title (printed words joined by single spaces)', title_start: 'byte offset of the title in `documents.raw`',
    title_end: 'byte offset where the title ends'
  }},
  agenda_orgs: {title: 'Sponsors and guests', description: 'The Länder or bodies an agenda item names as sponsor (`(BB, BE)`) or guest (`(Gast: BMDV)`).', columns: {
    role: '`sponsor` or `guest`'
  }},
  attachment_refs: {title: 'Attachment references', description: 'The `Anlage N` an agenda item refers to.', columns: {number: 'the attachment number'}},
  resolutions: {title: 'Resolutions', description: 'The decision text of an agenda item (`Beschluss:`).', columns: {
    agenda_item_id: 'the agenda item (`agenda_items.id`), one resolution each',
    preamble: 'the words before the numbered clauses', preamble_start: 'byte offset of the preamble', preamble_end: 'byte offset where it ends'
  }},
  clauses: {title: 'Clauses', description: 'The numbered clauses of a resolution.', columns: {
    seq: 'order within the resolution', number: 'the clause number as printed (`3`)', text: 'the clause text without its number and lettered items'
  }},
  clause_items: {title: 'Clause items', description: 'The lettered items of a clause (`a)`, `b.`).', columns: {
    clause_id: 'the clause (`clauses.id`)', clause_seq: 'order of the clause (`clauses.seq`)', seq: 'order within the clause',
    label: 'the letter (`a`)', text: 'the item text'
  }},
  attachments: {title: 'Attachments', description: 'The closing list of attachments (`Anlage 1: …`).', columns: {
    number: 'the attachment number', title: 'its title'
  }},
  segments: {title: 'Segments', description: 'Every block, agenda item, resolution, clause, furniture and leftover with its span: what the audit page highlights.', columns: {
    kind: '`header`, `attendees`, `agenda_list`, `agenda_item`, `agenda_head`, `resolution`, `clause`, `attachments`, `prose`, `furniture` or `leftover`',
    label: '`TOP 2a`, a clause number, or the furniture\'s kind (`page-number`)'
  }},
  diagnostics: {title: 'Diagnostics', description: 'Every positioned message about a document (README, Messages).', columns: {
    rule_id: 'the rule (README, Messages)', severity: '`error`, `warning` or `info`', reason: '`Unexpected X, expected Y`',
    line: 'line in the normalized text (from 1)', column: 'column in the normalized text (from 1)'
  }},
  attendee_sections: {title: 'Attendee sections', description: 'The sections of the attendee table (`Mitglieder …`, `Ständiger Gast` …).', columns: {
    codes: 'JSON: the codes printed in its code column, in order', aligned_groups: 'JSON: rows placed by alignment',
    excluded: 'JSON: Länder alignment may not use'
  }},
  attendances: {title: 'Attendances', description: 'Every person in an attendee table, with their Land and how it was decided.', columns: {
    section_id: 'the section (`attendee_sections.id`)', section_seq: 'order of the section', group_seq: 'the table row within the section',
    name: 'the name as printed, without honorifics', org: 'the Land code or body; for `aligned`/`inferred` rows the corpus pass may change it',
    reason: 'why, in words', confidence: '0 to 1', alt_orgs: 'JSON: other possible Länder'
  }},
  person_facts: {title: 'Person facts', description: 'People printed with their Land elsewhere in the text (`Lukas Kögel (BB)`).', columns: {
    name: 'the name', org: 'the Land', source: '`header`, `mention` or `table`'
  }},
  absences: {title: 'Absences', description: 'Länder absent from the whole session.', columns: {org: 'the Land code'}},
  land_mentions: {title: 'Land mentions', description: 'Every mention of a Land or federal body in the text.', columns: {
    org: 'the Land code or body', surface: 'the words as printed (`Freistaat Bayern`)',
    form: '`code`, `name`, `genitive`, `official`, `adjective` or `demonym`'
  }},
  votes: {title: 'Votes', description: 'The decision on an agenda item.', columns: {
    agenda_item_id: 'the agenda item (`agenda_items.id`), one vote each',
    debate: '0 for `ohne Aussprache`, 1 where the members discussed it, null when the text does not say'
  }},
  vote_positions: {title: 'Vote positions', description: 'Each Land\'s position in a vote, when the text determines them all.', columns: {}},
  vote_evidence: {title: 'Vote evidence', description: 'The sentences a vote was read from.', columns: {seq: 'order within the vote'}},
  notes: {title: 'Protocol notes', description: 'Protocol notes and declarations (`Protokollnotiz`, `Protokollerklärung`, `… Bericht zu Protokoll`); their words never count as votes.', columns: {
    seq: 'order within the agenda item', org: 'the Land that gives it (null when the text does not say)',
    kind: '`protocol_note`, `protocol_declaration`, `report_to_minutes`, `statement_to_minutes` or `other`',
    label: 'the kind as printed (`Protokollnotiz`)', text: 'the note\'s text'
  }},
  amendments: {title: 'Amendments', description: 'Clauses deleted, amended or added in the session.', columns: {
    seq: 'order within the agenda item', clause: 'the clause number', action: '`deleted`, `amended` or `added`'
  }},
  presenters: {title: 'Presenters', description: 'Who presented an agenda item.', columns: {seq: 'order within the agenda item', name: 'the name'}},
  departures: {title: 'Departures', description: 'Members who left during the session, and who voted for them.', columns: {
    name: 'who left', time: 'when (`12:15`)', proxy: 'the Land that voted for them', after_number: 'the last TOP they attended'
  }},
  agenda_changes: {title: 'Agenda changes', description: 'Items withdrawn, moved, removed or added when the agenda was set.', columns: {
    number: 'the TOP number', change: '`withdrawn`, `moved`, `removed` or `added`', by_org: 'who withdrew it',
    after_number: 'where it moved to (after this TOP)', title: 'its title as the sentence gives it'
  }},
  sponsor_changes: {title: 'Sponsor changes', description: 'Länder joining or leaving the sponsors of an item.', columns: {
    number: 'the TOP number', change: '`joined` or `left`'
  }},
  pdf_texts: {title: 'PDF texts', description: 'For a document ingested from a PDF (`documents.raw` holds the PDF): the text extracted from it, which its records\' offsets point into, and what made it.', columns: {
    document_id: 'the PDF (`documents.id`)',
    extractor: 'what extracted the text (`protokollant-pdf/1 pdf.js/5.4.624`)',
    version: '`EXTRACTOR_VERSION` when it was extracted: `reextract` extracts the PDF again when it differs',
    text: 'the extracted text (UTF-8); every `raw_start`/`raw_end` of the document points into it',
    pages: 'page sizes in points, `[[width, height], …]`',
    furniture: 'the lines the geometry marked as running headers, page numbers and footnotes (JSON)',
    markers: 'footnote markers kept out of the text (JSON)'
  }},
  pdf_lines: {title: 'PDF lines', description: 'Every printed line of a PDF: where it stands in the text and on the page (points from the page\'s top-left corner, y downwards).', columns: {
    document_id: 'the PDF (`documents.id`)',
    raw_start: 'byte offset in `pdf_texts.text` where the line starts', raw_end: 'byte offset in `pdf_texts.text` where it ends (exclusive)',
    page: 'the page (from 1)', x0: 'left', y0: 'top', x1: 'right', y1: 'bottom',
    runs: 'the line\'s runs of text as `[[start, end, x0, x1], …]` (bytes from the line\'s start)'
  }},
  meetings: {title: 'Meetings', view: true, description: 'One row per protocol: its meeting header, the date from a linked press report where the protocol lacks it.', columns: {
    document_id: 'the protocol (`documents.id`)', sha256: 'the protocol\'s sha256', source: 'its file name', number: 'the session number',
    date: 'the meeting date (ISO): the protocol\'s, else a press report\'s about the same body and session',
    date_source: '`protocol`, `press_report` (the evidence for the date) or null', date_report_id: 'the press report the date comes from (`documents.id`)',
    place: 'where', start_time: '`09:00`', end_time: '`12:45`'
  }},
  decisions: {title: 'Decisions', view: true, description: 'One row per decision: the votes, and the items withdrawn from the agenda (outcome `withdrawn`, no vote).', columns: {
    vote_id: 'the vote (`votes.id`); null for an item withdrawn from the agenda', agenda_item_id: 'the agenda item (`agenda_items.id`); null if it is not in the text',
    debate: '0 `ohne Aussprache`, 1 discussed, null not said', yes: 'Länder in favour (null when positions are not known)',
    no: 'Länder against', abstain: 'Länder abstaining', absent: 'Länder absent'
  }},
  positions: {title: 'Positions', view: true, description: 'Every Land\'s position in every vote, long form, with the Land\'s name.', columns: {
    position_id: 'the position (`vote_positions.id`)'
  }},
  vote_matrix: {title: 'Vote matrix', view: true, description: 'One row per vote, one column per Land.', columns: {
    source: 'the protocol\'s file name', ...Object.fromEntries(['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']
      .map((c) => [c, `${c}'s position`]))
  }},
  attendance: {title: 'Attendance', view: true, description: 'One row per person at a meeting, with the person across the corpus and the Land\'s name.', columns: {
    attendance_id: 'the attendance (`attendances.id`)', person: 'the corpus-wide person\'s name', name: 'the name as printed in this protocol'
  }}
}

/** The bookkeeping tables: in the database, not for people's queries. */
export const INTERNAL_TABLES: ReadonlySet<string> = new Set(Object.entries(TABLES).filter(([, t]) => t.internal).map(([name]) => name))

/** A column's meaning: its table's own, else the shared one. */
export function columnMeaning(table: string, column: string): string | undefined {
  return TABLES[table]?.columns[column] ?? SHARED[column]
}

export interface Question {
  /** The canned query's name in Datasette. */
  name: string
  title: string
  /** With `:name` parameters (Datasette asks for them). */
  sql: string
  /** Example values: the README shows the query with them. */
  params: Readonly<Record<string, string | number>>
}

/** The questions the README opens with, each one short SQL; Datasette gets them as canned queries. */
export const QUESTIONS: readonly Question[] = [
  {name: 'abstentions', title: 'Every decision where a given Land abstained', params: {land: 'SN'},
    sql: `SELECT meeting, date, agenda_number, title, outcome
FROM positions WHERE land = :land AND position = 'abstain'
ORDER BY meeting, vote_id`},
  {name: 'clauses_matching', title: 'Clauses matching a word (full-text search)', params: {word: 'Datenplattformen'},
    sql: `SELECT c.document_id, a.number AS agenda_number, c.number, c.text
FROM clauses_fts JOIN clauses c ON c.id = clauses_fts.rowid JOIN agenda_items a ON a.id = c.agenda_item_id
WHERE clauses_fts MATCH :word ORDER BY rank`},
  {name: 'people_at_two_meetings', title: 'People who attended two given meetings', params: {first: 1, second: 2},
    sql: `SELECT person, group_concat(DISTINCT org) AS orgs
FROM attendance WHERE meeting IN (:first, :second)
GROUP BY person_id HAVING COUNT(DISTINCT meeting) = 2 ORDER BY person`},
  {name: 'withdrawn_items', title: 'Withdrawn items', params: {},
    sql: `SELECT meeting, date, agenda_number, title FROM decisions WHERE outcome = 'withdrawn'`},
  {name: 'protocol_notes', title: 'Protocol notes with their Land and text', params: {},
    sql: `SELECT m.number AS meeting, a.number AS agenda_number, n.org, l.name AS land_name, n.kind, n.text
FROM notes n JOIN agenda_items a ON a.id = n.agenda_item_id
LEFT JOIN laender l ON l.code = n.org LEFT JOIN meetings m ON m.document_id = n.document_id`}
]

/** A question's SQL with its example values in place of the parameters (for the README and sqlite3). */
export function withExamples(q: Question): string {
  return q.sql.replace(/:([a-z]+)/g, (m, name: string) => {
    const value = q.params[name]
    return value === undefined ? m : typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`
  })
}

/** The tables with a full-text index, and its column (for Datasette's search box). */
export const SEARCHABLE: ReadonlyArray<[string, string]> = FTS
