/**
 * The SQLite schema, in one place. Migrations are ordered; `PRAGMA
 * user_version` says how many have run, so opening a database twice is
 * safe. Every fact keeps `raw_start`/`raw_end`: byte offsets into
 * `documents.raw`, the bytes as ingested — for a PDF, into the text
 * extracted from it (`pdf_texts.text`).
 */
import {LAENDER} from '../data/laender.ts'

export interface Migration {
  name: string
  sql: string
  /** Tables are rebuilt: foreign keys are off while it runs and checked before it commits. */
  foreignKeysOff?: boolean
}

// Migration 007's tables, as they were before it (columns after document_id).
const SIMPLE = ['meeting_facts', 'meeting_people', 'announcements', 'agenda_items', 'attachments', 'segments', 'diagnostics',
  'attendee_sections', 'person_facts', 'absences', 'land_mentions', 'departures', 'agenda_changes', 'sponsor_changes']
/** Table, its link column, the parent, how a row finds it, the columns copied; parents before children. */
const LINKED: ReadonlyArray<[string, string, string, string, string]> = [
  ['agenda_orgs', 'agenda_item_id', 'agenda_items', 'p.seq = o.item_seq', 'item_seq, role, seq, org, raw_start, raw_end'],
  ['attachment_refs', 'agenda_item_id', 'agenda_items', 'p.seq = o.item_seq', 'item_seq, number, raw_start, raw_end'],
  ['resolutions', 'agenda_item_id', 'agenda_items', 'p.seq = o.item_seq', 'item_seq, preamble, preamble_start, preamble_end, raw_start, raw_end'],
  ['clauses', 'agenda_item_id', 'agenda_items', 'p.seq = o.item_seq', 'item_seq, seq, number, text, raw_start, raw_end'],
  ['clause_items', 'clause_id', 'clauses', 'p.item_seq = o.item_seq AND p.seq = o.clause_seq', 'item_seq, clause_seq, seq, label, text, raw_start, raw_end'],
  ['votes', 'agenda_item_id', 'agenda_items', 'p.seq = o.item_seq', 'item_seq, outcome, unanimous, debate, raw_start, raw_end'],
  ['vote_positions', 'vote_id', 'votes', 'p.item_seq = o.item_seq', 'item_seq, land, position'],
  ['vote_evidence', 'vote_id', 'votes', 'p.item_seq = o.item_seq', 'item_seq, seq, sentence, raw_start, raw_end'],
  ['amendments', 'agenda_item_id', 'agenda_items', 'p.seq = o.item_seq', 'item_seq, seq, clause, action, sentence, raw_start, raw_end'],
  ['presenters', 'agenda_item_id', 'agenda_items', 'p.seq = o.item_seq', 'item_seq, seq, name, honorific, title, org, raw_start, raw_end'],
  ['attendances', 'section_id', 'attendee_sections', 'p.seq = o.section_seq',
    'seq, section_seq, group_seq, person_id, role, name, honorific, title, org, chair, evidence, reason, confidence, alt_orgs, raw_start, raw_end']
]
const REBUILT = [...SIMPLE, ...LINKED.map(([t]) => t), 'notes']
const SEGMENT_KINDS = [['agendaList', 'agenda_list'], ['agendaItem', 'agenda_item'], ['agendaHead', 'agenda_head']]

/** The texts people search, each with an FTS5 index of its own (Datasette finds them by `content=`). */
export const FTS: ReadonlyArray<[table: string, column: string]> = [
  ['agenda_items', 'title'], ['resolutions', 'preamble'], ['clauses', 'text'], ['clause_items', 'text'], ['notes', 'text']
]

/** An external-content FTS5 index over one column, filled now and kept in step by triggers. */
function fts(table: string, column: string): string {
  const index = `${table}_fts`
  return `
CREATE VIRTUAL TABLE ${index} USING fts5(${column}, content="${table}", content_rowid="id", tokenize='unicode61 remove_diacritics 2');
INSERT INTO ${index} (${index}) VALUES ('rebuild');
CREATE TRIGGER ${table}_ai AFTER INSERT ON ${table} BEGIN
  INSERT INTO ${index} (rowid, ${column}) VALUES (new.id, new.${column});
END;
CREATE TRIGGER ${table}_ad AFTER DELETE ON ${table} BEGIN
  INSERT INTO ${index} (${index}, rowid, ${column}) VALUES ('delete', old.id, old.${column});
END;
CREATE TRIGGER ${table}_au AFTER UPDATE ON ${table} BEGIN
  INSERT INTO ${index} (${index}, rowid, ${column}) VALUES ('delete', old.id, old.${column});
  INSERT INTO ${index} (rowid, ${column}) VALUES (new.id, new.${column});
END;`
}

const POSITION_COUNTS = `SELECT vote_id, SUM(position = 'yes') AS yes, SUM(position = 'no') AS no,
  SUM(position = 'abstain') AS abstain, SUM(position = 'absent') AS absent FROM vote_positions GROUP BY vote_id`

// Views for people: every row carries the ids of what it shows, so it joins back.
const VIEWS = `
CREATE VIEW meetings AS
SELECT d.id AS document_id, d.sha256, d.source, f.body, f.number,
  COALESCE(f.date, r.date) AS date,
  CASE WHEN f.date IS NOT NULL THEN 'protocol' WHEN r.date IS NOT NULL THEN 'press_report' END AS date_source,
  CASE WHEN f.date IS NULL THEN r.document_id END AS date_report_id,
  f.place, f.start_time, f.end_time
FROM documents d
JOIN (SELECT document_id,
    MAX(CASE WHEN field = 'body' THEN value END) AS body,
    CAST(MAX(CASE WHEN field = 'number' THEN value END) AS INTEGER) AS number,
    MAX(CASE WHEN field = 'date' THEN value END) AS date,
    MAX(CASE WHEN field = 'place' THEN value END) AS place,
    MAX(CASE WHEN field = 'start' THEN value END) AS start_time,
    MAX(CASE WHEN field = 'end' THEN value END) AS end_time
  FROM meeting_facts GROUP BY document_id) f ON f.document_id = d.id
LEFT JOIN reports r ON r.document_id = (SELECT x.document_id FROM reports x
  WHERE x.body = f.body AND x.number = f.number AND x.date IS NOT NULL ORDER BY x.document_id LIMIT 1);

CREATE VIEW decisions AS
SELECT v.id AS vote_id, a.id AS agenda_item_id, v.document_id, m.body, m.number AS meeting, m.date,
  a.number AS agenda_number, a.title, v.outcome, v.unanimous, v.debate, c.yes, c.no, c.abstain, c.absent
FROM votes v
JOIN agenda_items a ON a.id = v.agenda_item_id
LEFT JOIN meetings m ON m.document_id = v.document_id
LEFT JOIN (${POSITION_COUNTS}) c ON c.vote_id = v.id
UNION ALL
SELECT NULL, a.id, g.document_id, m.body, m.number, m.date, g.number, COALESCE(a.title, g.title), 'withdrawn',
  NULL, NULL, NULL, NULL, NULL, NULL
FROM agenda_changes g
LEFT JOIN agenda_items a ON a.id = (SELECT MIN(i.id) FROM agenda_items i WHERE i.document_id = g.document_id AND i.number = g.number)
LEFT JOIN meetings m ON m.document_id = g.document_id
WHERE g.change = 'withdrawn' AND NOT EXISTS (SELECT 1 FROM votes w WHERE w.agenda_item_id = a.id);

CREATE VIEW positions AS
SELECT p.id AS position_id, p.vote_id, v.agenda_item_id, p.document_id, m.body, m.number AS meeting, m.date,
  a.number AS agenda_number, a.title, v.outcome, p.land, l.name AS land_name, p.position
FROM vote_positions p
JOIN votes v ON v.id = p.vote_id
JOIN agenda_items a ON a.id = v.agenda_item_id
JOIN laender l ON l.code = p.land
LEFT JOIN meetings m ON m.document_id = p.document_id;

CREATE VIEW vote_matrix AS
SELECT v.id AS vote_id, v.agenda_item_id, v.document_id, d.source, m.body, m.number AS meeting, a.number AS agenda_number,
  a.title, v.outcome, v.unanimous,
${LAENDER.map((l) => `  MAX(CASE WHEN p.land = '${l.code}' THEN p.position END) AS ${l.code}`).join(',\n')}
FROM votes v
JOIN documents d ON d.id = v.document_id
JOIN agenda_items a ON a.id = v.agenda_item_id
LEFT JOIN meetings m ON m.document_id = v.document_id
LEFT JOIN vote_positions p ON p.vote_id = v.id
GROUP BY v.id
ORDER BY v.document_id, v.item_seq;

CREATE VIEW attendance AS
SELECT t.id AS attendance_id, t.person_id, pr.name AS person, t.document_id, m.body, m.number AS meeting, m.date,
  t.role, t.org, l.name AS land_name, t.name, t.honorific, t.title, t.chair, t.evidence
FROM attendances t
LEFT JOIN persons pr ON pr.id = t.person_id
LEFT JOIN laender l ON l.code = t.org
LEFT JOIN meetings m ON m.document_id = t.document_id;
`

export const MIGRATIONS: readonly Migration[] = [
  {
    name: '001-core',
    sql: `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  raw BLOB NOT NULL,
  size INTEGER NOT NULL,
  encoding TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('protocol', 'press_report', 'unknown')),
  ingested_at TEXT NOT NULL
);

CREATE TABLE meeting_facts (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  field TEXT NOT NULL CHECK (field IN ('body', 'number', 'date', 'place', 'start', 'end')),
  value TEXT NOT NULL,
  raw_start INTEGER,
  raw_end INTEGER,
  PRIMARY KEY (document_id, field)
);

CREATE TABLE meeting_people (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('chair', 'minutes')),
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  honorific TEXT,
  title TEXT,
  org TEXT,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, role, seq)
);

CREATE TABLE announcements (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  number INTEGER NOT NULL,
  place TEXT,
  date TEXT,
  sentence TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, seq)
);

CREATE TABLE agenda_items (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  parent TEXT,
  title TEXT,
  title_start INTEGER,
  title_end INTEGER,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, seq)
);

CREATE TABLE agenda_orgs (
  document_id INTEGER NOT NULL,
  item_seq INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('sponsor', 'guest')),
  seq INTEGER NOT NULL,
  org TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, item_seq, role, seq),
  FOREIGN KEY (document_id, item_seq) REFERENCES agenda_items(document_id, seq) ON DELETE CASCADE
);

CREATE TABLE attachment_refs (
  document_id INTEGER NOT NULL,
  item_seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, item_seq, number),
  FOREIGN KEY (document_id, item_seq) REFERENCES agenda_items(document_id, seq) ON DELETE CASCADE
);

CREATE TABLE resolutions (
  document_id INTEGER NOT NULL,
  item_seq INTEGER NOT NULL,
  preamble TEXT,
  preamble_start INTEGER,
  preamble_end INTEGER,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, item_seq),
  FOREIGN KEY (document_id, item_seq) REFERENCES agenda_items(document_id, seq) ON DELETE CASCADE
);

CREATE TABLE clauses (
  document_id INTEGER NOT NULL,
  item_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  text TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, item_seq, seq),
  FOREIGN KEY (document_id, item_seq) REFERENCES resolutions(document_id, item_seq) ON DELETE CASCADE
);

CREATE TABLE clause_items (
  document_id INTEGER NOT NULL,
  item_seq INTEGER NOT NULL,
  clause_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  label TEXT NOT NULL,
  text TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, item_seq, clause_seq, seq),
  FOREIGN KEY (document_id, item_seq, clause_seq) REFERENCES clauses(document_id, item_seq, seq) ON DELETE CASCADE
);

CREATE TABLE attachments (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  title TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, seq)
);

CREATE TABLE reports (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  published TEXT,
  fingerprint TEXT,
  duplicate_of INTEGER REFERENCES documents(id),
  body TEXT,
  number INTEGER,
  date TEXT,
  place TEXT
);
CREATE INDEX reports_fingerprint ON reports(fingerprint);

CREATE TABLE segments (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  label TEXT,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, seq)
);

CREATE TABLE diagnostics (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  rule_id TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  reason TEXT NOT NULL,
  line INTEGER,
  "column" INTEGER,
  raw_start INTEGER,
  raw_end INTEGER,
  PRIMARY KEY (document_id, seq)
);

CREATE VIEW meetings AS
SELECT d.id AS document_id, d.source,
  MAX(CASE WHEN f.field = 'body' THEN f.value END) AS body,
  CAST(MAX(CASE WHEN f.field = 'number' THEN f.value END) AS INTEGER) AS number,
  MAX(CASE WHEN f.field = 'date' THEN f.value END) AS date,
  MAX(CASE WHEN f.field = 'place' THEN f.value END) AS place,
  MAX(CASE WHEN f.field = 'start' THEN f.value END) AS start_time,
  MAX(CASE WHEN f.field = 'end' THEN f.value END) AS end_time
FROM documents d JOIN meeting_facts f ON f.document_id = d.id
GROUP BY d.id;
`
  },
  {
    name: '002-attendees',
    sql: `
CREATE TABLE persons (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  name_key TEXT NOT NULL
);

CREATE TABLE attendee_sections (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('member', 'permanent_guest', 'guest', 'staff')),
  codes TEXT NOT NULL,
  aligned_groups TEXT NOT NULL,
  excluded TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, seq)
);

CREATE TABLE attendances (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  section_seq INTEGER NOT NULL,
  group_seq INTEGER NOT NULL,
  person_id INTEGER REFERENCES persons(id),
  role TEXT NOT NULL CHECK (role IN ('member', 'permanent_guest', 'guest', 'staff')),
  name TEXT NOT NULL,
  honorific TEXT,
  title TEXT,
  org TEXT,
  chair INTEGER NOT NULL CHECK (chair IN (0, 1)),
  evidence TEXT NOT NULL,
  reason TEXT NOT NULL,
  confidence REAL NOT NULL,
  alt_orgs TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, seq),
  FOREIGN KEY (document_id, section_seq) REFERENCES attendee_sections(document_id, seq) ON DELETE CASCADE
);
CREATE INDEX attendances_person ON attendances(person_id);

CREATE TABLE person_facts (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  org TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('header', 'mention', 'table')),
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, seq)
);

CREATE TABLE absences (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  org TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, org)
);

CREATE TABLE land_mentions (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  org TEXT NOT NULL,
  surface TEXT NOT NULL,
  form TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, seq)
);
CREATE INDEX land_mentions_org ON land_mentions(org);
`
  },
  {
    name: '003-votes',
    sql: `
CREATE TABLE votes (
  document_id INTEGER NOT NULL,
  item_seq INTEGER NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('adopted', 'rejected', 'withdrawn', 'deferred', 'noted')),
  unanimous INTEGER CHECK (unanimous IN (0, 1)),
  debate INTEGER CHECK (debate IN (0, 1)),
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, item_seq),
  FOREIGN KEY (document_id, item_seq) REFERENCES agenda_items(document_id, seq) ON DELETE CASCADE
);

CREATE TABLE vote_positions (
  document_id INTEGER NOT NULL,
  item_seq INTEGER NOT NULL,
  land TEXT NOT NULL CHECK (land IN ('BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH')),
  position TEXT NOT NULL CHECK (position IN ('yes', 'no', 'abstain', 'absent')),
  PRIMARY KEY (document_id, item_seq, land),
  FOREIGN KEY (document_id, item_seq) REFERENCES votes(document_id, item_seq) ON DELETE CASCADE
);

CREATE TABLE vote_evidence (
  document_id INTEGER NOT NULL,
  item_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  sentence TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, item_seq, seq),
  FOREIGN KEY (document_id, item_seq) REFERENCES votes(document_id, item_seq) ON DELETE CASCADE
);

CREATE TABLE notes (
  document_id INTEGER NOT NULL,
  item_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  org TEXT,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, item_seq, seq),
  FOREIGN KEY (document_id, item_seq) REFERENCES agenda_items(document_id, seq) ON DELETE CASCADE
);

CREATE TABLE amendments (
  document_id INTEGER NOT NULL,
  item_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  clause TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('deleted', 'amended', 'added')),
  sentence TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, item_seq, seq, clause),
  FOREIGN KEY (document_id, item_seq) REFERENCES agenda_items(document_id, seq) ON DELETE CASCADE
);

CREATE TABLE presenters (
  document_id INTEGER NOT NULL,
  item_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  honorific TEXT,
  title TEXT,
  org TEXT,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, item_seq, seq),
  FOREIGN KEY (document_id, item_seq) REFERENCES agenda_items(document_id, seq) ON DELETE CASCADE
);

CREATE TABLE departures (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  name TEXT,
  org TEXT,
  time TEXT,
  proxy TEXT,
  after_number TEXT,
  sentence TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, seq)
);

CREATE TABLE agenda_changes (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('withdrawn', 'moved', 'removed', 'added')),
  by_org TEXT,
  after_number TEXT,
  title TEXT,
  sentence TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, seq)
);

CREATE TABLE sponsor_changes (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  org TEXT NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('joined', 'left')),
  sentence TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, seq)
);

CREATE VIEW vote_matrix AS
SELECT d.source, m.body, m.number AS meeting, a.number AS agenda_number, a.title, v.outcome, v.unanimous,
  MAX(CASE WHEN p.land = 'BW' THEN p.position END) AS BW,
  MAX(CASE WHEN p.land = 'BY' THEN p.position END) AS BY,
  MAX(CASE WHEN p.land = 'BE' THEN p.position END) AS BE,
  MAX(CASE WHEN p.land = 'BB' THEN p.position END) AS BB,
  MAX(CASE WHEN p.land = 'HB' THEN p.position END) AS HB,
  MAX(CASE WHEN p.land = 'HH' THEN p.position END) AS HH,
  MAX(CASE WHEN p.land = 'HE' THEN p.position END) AS HE,
  MAX(CASE WHEN p.land = 'MV' THEN p.position END) AS MV,
  MAX(CASE WHEN p.land = 'NI' THEN p.position END) AS NI,
  MAX(CASE WHEN p.land = 'NW' THEN p.position END) AS NW,
  MAX(CASE WHEN p.land = 'RP' THEN p.position END) AS RP,
  MAX(CASE WHEN p.land = 'SL' THEN p.position END) AS SL,
  MAX(CASE WHEN p.land = 'SN' THEN p.position END) AS SN,
  MAX(CASE WHEN p.land = 'ST' THEN p.position END) AS ST,
  MAX(CASE WHEN p.land = 'SH' THEN p.position END) AS SH,
  MAX(CASE WHEN p.land = 'TH' THEN p.position END) AS TH
FROM votes v
JOIN documents d ON d.id = v.document_id
JOIN agenda_items a ON a.document_id = v.document_id AND a.seq = v.item_seq
LEFT JOIN meetings m ON m.document_id = v.document_id
LEFT JOIN vote_positions p ON p.document_id = v.document_id AND p.item_seq = v.item_seq
GROUP BY v.document_id, v.item_seq
ORDER BY v.document_id, v.item_seq;
`
  },
  {
    name: '004-runs',
    sql: `
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('ingest', 'reextract')),
  parser_version TEXT NOT NULL,
  pipeline TEXT NOT NULL,
  started_at TEXT NOT NULL,
  ended_at TEXT,
  documents INTEGER,
  counts TEXT,
  diagnostics TEXT
);

CREATE TABLE run_documents (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL,
  source TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  snapshot BLOB NOT NULL,
  PRIMARY KEY (run_id, document_id)
);
`
  },
  {
    // The corpus-wide pass works on what changed: writers leave a note of it here,
    // in the transaction of the document, and the pass takes the notes up.
    name: '005-incremental-corpus',
    sql: `
CREATE TABLE names (
  name TEXT PRIMARY KEY,
  attendances INTEGER NOT NULL,
  facts INTEGER NOT NULL,
  person_id INTEGER REFERENCES persons(id),
  known TEXT
);

CREATE TABLE fact_tallies (
  name TEXT NOT NULL,
  org TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (name, org)
) WITHOUT ROWID;

CREATE TABLE role_usage (
  role TEXT NOT NULL,
  org TEXT NOT NULL,
  documents INTEGER NOT NULL,
  placed INTEGER NOT NULL,
  PRIMARY KEY (role, org)
);

CREATE TABLE pending_documents (
  document_id INTEGER PRIMARY KEY,
  written INTEGER NOT NULL CHECK (written IN (0, 1))
);

CREATE TABLE pending_facts (
  name TEXT PRIMARY KEY
);

CREATE TABLE pending_persons (
  name TEXT PRIMARY KEY
);

CREATE TABLE pending_snapshots (
  document_id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL
);

CREATE INDEX attendances_inferred ON attendances(role) WHERE evidence = 'inferred';

ALTER TABLE documents ADD COLUMN records_digest TEXT;
ALTER TABLE runs ADD COLUMN end_seq INTEGER;
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN host TEXT;
ALTER TABLE runs ADD COLUMN cut_off TEXT;
ALTER TABLE run_documents ADD COLUMN seq INTEGER;
UPDATE run_documents SET seq = rowid;
CREATE INDEX run_documents_document ON run_documents(document_id, seq);
CREATE INDEX run_documents_seq ON run_documents(seq);
UPDATE runs SET end_seq = COALESCE((SELECT MAX(seq) FROM run_documents x WHERE x.run_id = runs.id), 0) WHERE ended_at IS NOT NULL;

INSERT INTO names (name, attendances, facts, person_id)
SELECT name, SUM(a), SUM(f), MAX(p) FROM (
  SELECT name, 1 AS a, 0 AS f, person_id AS p FROM attendances
  UNION ALL SELECT name, 0, 1, NULL FROM person_facts
) GROUP BY name;
INSERT INTO fact_tallies (name, org, n) SELECT name, org, COUNT(*) FROM person_facts GROUP BY name, org;
INSERT INTO role_usage (role, org, documents, placed)
SELECT role, org, COUNT(DISTINCT document_id), COUNT(DISTINCT document_id) FROM attendances
WHERE evidence IN ('printed', 'column') AND org IS NOT NULL GROUP BY role, org;
INSERT INTO pending_documents (document_id, written) SELECT DISTINCT document_id, 0 FROM attendee_sections WHERE aligned_groups <> '[]';
INSERT INTO pending_persons (name) SELECT name FROM names WHERE attendances > 0;
`
  },
  {
    // A PDF's bytes are documents.raw; its records point into the text extracted from it, kept here
    // with the extractor that made it (reextract reuses it while the extractor is the same), the
    // furniture hints the pipeline reads, the footnote markers kept out of the text, the page sizes
    // ([[width, height], …] in points) and, per printed line, its page and box in points from the
    // page's top-left corner, with its runs as [[start, end, x0, x1], …] (bytes from the line's start).
    name: '006-pdf-text',
    sql: `
CREATE TABLE pdf_texts (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  extractor TEXT NOT NULL,
  version INTEGER NOT NULL,
  text BLOB NOT NULL,
  pages TEXT NOT NULL,
  furniture TEXT NOT NULL,
  markers TEXT NOT NULL
);

CREATE TABLE pdf_lines (
  document_id INTEGER NOT NULL REFERENCES pdf_texts(document_id) ON DELETE CASCADE,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  page INTEGER NOT NULL,
  x0 REAL NOT NULL,
  y0 REAL NOT NULL,
  x1 REAL NOT NULL,
  y1 REAL NOT NULL,
  runs TEXT NOT NULL,
  PRIMARY KEY (document_id, raw_start)
) WITHOUT ROWID;
`
  },
  {
    // Keys people and tools can follow: every fact table gets a single-column integer key,
    // children point to their parent's id (Datasette links them), and the natural keys stay
    // UNIQUE. The old tables are renamed, copied and dropped (foreign keys off meanwhile,
    // checked before the commit). Also: the Länder as a table; note kinds and segment kinds
    // in English snake_case; full-text search kept by triggers; views for people.
    name: '007-ids-search-views',
    foreignKeysOff: true,
    sql: `
DROP VIEW meetings;
DROP VIEW vote_matrix;
DROP INDEX attendances_person;
DROP INDEX land_mentions_org;
DROP INDEX attendances_inferred;
${REBUILT.map((t) => `ALTER TABLE ${t} RENAME TO ${t}_old;`).join('\n')}

CREATE TABLE laender (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  official_name TEXT NOT NULL,
  seq INTEGER NOT NULL UNIQUE
);
INSERT INTO laender (code, name, official_name, seq) VALUES
${LAENDER.map((l, i) => `  ('${l.code}', '${l.name.replace(/'/g, "''")}', '${(l.official[0] ?? l.name).replace(/'/g, "''")}', ${i + 1})`).join(',\n')};

CREATE TABLE meeting_facts (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  field TEXT NOT NULL CHECK (field IN ('body', 'number', 'date', 'place', 'start', 'end')),
  value TEXT NOT NULL,
  raw_start INTEGER,
  raw_end INTEGER,
  UNIQUE (document_id, field)
);

CREATE TABLE meeting_people (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('chair', 'minutes')),
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  honorific TEXT,
  title TEXT,
  org TEXT,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, role, seq)
);

CREATE TABLE announcements (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  number INTEGER NOT NULL,
  place TEXT,
  date TEXT,
  sentence TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, seq)
);

CREATE TABLE agenda_items (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  parent TEXT,
  title TEXT,
  title_start INTEGER,
  title_end INTEGER,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, seq)
);

CREATE TABLE agenda_orgs (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  item_seq INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('sponsor', 'guest')),
  seq INTEGER NOT NULL,
  org TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, item_seq, role, seq)
);

CREATE TABLE attachment_refs (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  item_seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, item_seq, number)
);

CREATE TABLE resolutions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  agenda_item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_items(id) ON DELETE CASCADE,
  item_seq INTEGER NOT NULL,
  preamble TEXT,
  preamble_start INTEGER,
  preamble_end INTEGER,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, item_seq)
);

CREATE TABLE clauses (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  item_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  text TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, item_seq, seq)
);

CREATE TABLE clause_items (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  clause_id INTEGER NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,
  item_seq INTEGER NOT NULL,
  clause_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  label TEXT NOT NULL,
  text TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, item_seq, clause_seq, seq)
);

CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  title TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, seq)
);

CREATE TABLE segments (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  label TEXT,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, seq)
);

CREATE TABLE diagnostics (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  rule_id TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  reason TEXT NOT NULL,
  line INTEGER,
  "column" INTEGER,
  raw_start INTEGER,
  raw_end INTEGER,
  UNIQUE (document_id, seq)
);

CREATE TABLE attendee_sections (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('member', 'permanent_guest', 'guest', 'staff')),
  codes TEXT NOT NULL,
  aligned_groups TEXT NOT NULL,
  excluded TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, seq)
);

CREATE TABLE attendances (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  section_id INTEGER NOT NULL REFERENCES attendee_sections(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  section_seq INTEGER NOT NULL,
  group_seq INTEGER NOT NULL,
  person_id INTEGER REFERENCES persons(id),
  role TEXT NOT NULL CHECK (role IN ('member', 'permanent_guest', 'guest', 'staff')),
  name TEXT NOT NULL,
  honorific TEXT,
  title TEXT,
  org TEXT,
  chair INTEGER NOT NULL CHECK (chair IN (0, 1)),
  evidence TEXT NOT NULL,
  reason TEXT NOT NULL,
  confidence REAL NOT NULL,
  alt_orgs TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, seq)
);

CREATE TABLE person_facts (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  org TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('header', 'mention', 'table')),
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, seq)
);

CREATE TABLE absences (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  org TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, org)
);

CREATE TABLE land_mentions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  org TEXT NOT NULL,
  surface TEXT NOT NULL,
  form TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, seq)
);

CREATE TABLE votes (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  agenda_item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_items(id) ON DELETE CASCADE,
  item_seq INTEGER NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('adopted', 'rejected', 'withdrawn', 'deferred', 'noted')),
  unanimous INTEGER CHECK (unanimous IN (0, 1)),
  debate INTEGER CHECK (debate IN (0, 1)),
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, item_seq)
);

CREATE TABLE vote_positions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  vote_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
  item_seq INTEGER NOT NULL,
  land TEXT NOT NULL REFERENCES laender(code),
  position TEXT NOT NULL CHECK (position IN ('yes', 'no', 'abstain', 'absent')),
  UNIQUE (document_id, item_seq, land)
);

CREATE TABLE vote_evidence (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  vote_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
  item_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  sentence TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, item_seq, seq)
);

CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  item_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  org TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('protocol_declaration', 'protocol_note', 'report_to_minutes', 'statement_to_minutes', 'other')),
  label TEXT NOT NULL,
  text TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, item_seq, seq)
);

CREATE TABLE amendments (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  item_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  clause TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('deleted', 'amended', 'added')),
  sentence TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, item_seq, seq, clause)
);

CREATE TABLE presenters (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  item_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  honorific TEXT,
  title TEXT,
  org TEXT,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, item_seq, seq)
);

CREATE TABLE departures (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  name TEXT,
  org TEXT,
  time TEXT,
  proxy TEXT,
  after_number TEXT,
  sentence TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, seq)
);

CREATE TABLE agenda_changes (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('withdrawn', 'moved', 'removed', 'added')),
  by_org TEXT,
  after_number TEXT,
  title TEXT,
  sentence TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, seq)
);

CREATE TABLE sponsor_changes (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  org TEXT NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('joined', 'left')),
  sentence TEXT NOT NULL,
  raw_start INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  UNIQUE (document_id, seq)
);

${SIMPLE.map((t) => `INSERT INTO ${t} SELECT NULL, o.* FROM ${t}_old o ORDER BY o.rowid;`).join('\n')}
UPDATE segments SET kind = CASE kind ${SEGMENT_KINDS.map(([camel, snake]) => `WHEN '${camel}' THEN '${snake}'`).join(' ')} ELSE kind END;
${LINKED.map(([table, link, parent, on, columns]) => `INSERT INTO ${table} (document_id, ${link}, ${columns}) SELECT o.document_id, p.id, ${columns.split(', ').map((c) => `o.${c}`).join(', ')}
  FROM ${table}_old o JOIN ${parent} p ON p.document_id = o.document_id AND ${on} ORDER BY o.rowid;`).join('\n')}
INSERT INTO notes (document_id, agenda_item_id, item_seq, seq, org, kind, label, text, raw_start, raw_end)
  SELECT o.document_id, p.id, o.item_seq, o.seq, o.org,
  CASE o.kind WHEN 'Protokollnotiz' THEN 'protocol_note' WHEN 'Protokollerklärung' THEN 'protocol_declaration'
    WHEN 'Erklärung zu Protokoll' THEN 'protocol_declaration' WHEN 'Bericht zu Protokoll' THEN 'report_to_minutes'
    WHEN 'Stellungnahme zu Protokoll' THEN 'statement_to_minutes' ELSE 'other' END,
  o.kind, o.text, o.raw_start, o.raw_end
  FROM notes_old o JOIN agenda_items p ON p.document_id = o.document_id AND p.seq = o.item_seq ORDER BY o.rowid;
${[...REBUILT].reverse().map((t) => `DROP TABLE ${t}_old;`).join('\n')}

CREATE INDEX attendances_person ON attendances(person_id);
CREATE INDEX attendances_inferred ON attendances(role) WHERE evidence = 'inferred';
CREATE INDEX land_mentions_org ON land_mentions(org);
${FTS.map(([table, column]) => fts(table, column)).join('\n')}
${VIEWS}
`
  },
  {
    // One b-tree fewer per document written: the index of land mentions by Land touched a page for every
    // Land a document mentions (about 23 of its 27 orgs, 28 of the 150 pages a document's transaction
    // wrote) and no query of protokollant's used it. A query by Land reads the table instead.
    name: '008-no-land-mentions-index',
    sql: 'DROP INDEX IF EXISTS land_mentions_org;'
  },
  {
    // A row's children by foreign key, indexed: deleting a document's agenda items, votes, clauses or
    // attendee sections (a re-extraction that changed them) looked for their children ON DELETE CASCADE
    // by reading every child table whole, per row deleted (about 20 ms per document at 1,000 documents,
    // growing with the corpus).
    name: '009-child-key-indexes',
    sql: `
${[['agenda_orgs', 'agenda_item_id'], ['attachment_refs', 'agenda_item_id'], ['clauses', 'agenda_item_id'], ['notes', 'agenda_item_id'],
  ['amendments', 'agenda_item_id'], ['presenters', 'agenda_item_id'], ['clause_items', 'clause_id'], ['vote_positions', 'vote_id'],
  ['vote_evidence', 'vote_id'], ['attendances', 'section_id']].map(([table, column]) => `CREATE INDEX ${table}_${column} ON ${table}(${column});`).join('\n')}
`
  }
]

export const SCHEMA_VERSION = MIGRATIONS.length
