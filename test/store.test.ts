import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Database from 'better-sqlite3'
import {describe, expect, it} from 'vitest'
import {openDatabase, migrate} from '../src/store/db.ts'
import {MIGRATIONS, SCHEMA_VERSION} from '../src/store/schema.ts'
import {deleteFacts, replaceFacts, storeDocument} from '../src/store/write.ts'
import {exportDocument} from '../src/store/read.ts'
import {TABLES, columnMeaning} from '../src/store/docs.ts'
import {documentedObjects, metadataYaml, schemaDump, schemaTables} from '../scripts/readme.ts'
import {SEEDS, run, seed} from './helpers.ts'

describe('schema', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const schema = readme.slice(readme.indexOf('## Schema'))

  it('is the schema shown in the README, literally (npm run docs writes it)', () => {
    const block = /<details><summary>The schema as SQL<\/summary>\n\n```sql\n([\s\S]*?)```/.exec(schema)
    expect(block, 'README has the SQL under ## Schema').not.toBeNull()
    expect(block![1]!.trim()).toBe(schemaDump().trim())
  })

  it('is described in the README as a table per table and view, every column with its meaning', () => {
    expect(schema).toContain(`<!-- schema -->\n${schemaTables()}<!-- /schema -->`)
    const db = openDatabase(':memory:')
    const objects = documentedObjects(db).map((o) => o.name)
    expect(Object.keys(TABLES).sort()).toEqual([...objects].sort())
    const undocumented: string[] = []
    for (const name of objects) {
      const columns = (db.pragma(`table_xinfo(${name})`) as Array<{name: string}>).map((c) => c.name)
      for (const c of columns) if (!columnMeaning(name, c)) undocumented.push(`${name}.${c}`)
      for (const c of Object.keys(TABLES[name]!.columns)) if (!columns.includes(c)) undocumented.push(`${name}.${c} (described, not there)`)
    }
    expect(undocumented).toEqual([])
    expect(readFileSync(new URL('../metadata.yml', import.meta.url), 'utf8')).toBe(metadataYaml())
  })

  it('keeps the full-text indexes in step with every write by triggers', () => {
    const db = openDatabase(':memory:')
    const hits = () => db.prepare("SELECT c.number FROM clauses_fts JOIN clauses c ON c.id = clauses_fts.rowid WHERE clauses_fts MATCH 'Datenplattformen' ORDER BY 1").pluck().all()
    const bytes = seed('dmk-01')
    const r = run(bytes, '001.txt')
    const {id} = storeDocument(db, {source: '001.txt', bytes, record: r.record, normalized: r.normalized, file: r.file})
    expect(hits()).toEqual(['1', '2'])
    // A re-extraction with other clauses: the index follows the rows.
    const other = run(seed('dmk-02'), '001.txt')
    replaceFacts(db, id, other.record, other.normalized, other.file)
    expect(hits()).toEqual([])
    expect(db.prepare("SELECT COUNT(*) FROM notes_fts WHERE notes_fts MATCH 'Sachsen'").pluck().get()).toBe(3)
    deleteFacts(db, id)
    for (const table of ['clauses', 'clause_items', 'resolutions', 'notes', 'agenda_items']) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}_fts`).pluck().get(), table).toBe(0)
      db.prepare(`INSERT INTO ${table}_fts (${table}_fts, rank) VALUES ('integrity-check', 1)`).run()
    }
  })

  it('migrates a database of the schema before single-column keys, keeping every record', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'protokollant-migrate-')), 'db.sqlite')
    const old = new Database(path)
    for (const m of MIGRATIONS.slice(0, 5)) old.exec(m.sql)
    old.pragma('user_version = 5')
    old.close()
    // The rows of version 5, as its writer wrote them: through the current writer, then back (no writer of 5 is kept).
    const reference = openDatabase(':memory:')
    const docs = SEEDS.map((name) => ({name, bytes: seed(name.slice(0, 12))}))
    const ids = docs.map(({name, bytes}) => {
      const r = run(bytes, name)
      return storeDocument(reference, {source: name, bytes, record: r.record, normalized: r.normalized, file: r.file}).id
    })
    const v5 = new Database(path)
    v5.pragma('foreign_keys = OFF')
    v5.exec('BEGIN')
    const tables = (v5.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[])
    for (const table of tables) {
      const columns = (v5.pragma(`table_info(${table})`) as Array<{name: string}>).map((c) => c.name)
      const rows = reference.prepare(`SELECT ${columns.map((c) => table === 'notes' && c === 'kind' ? 'label AS kind' : table === 'segments' && c === 'kind'
        ? "replace(replace(replace(kind, 'agenda_item', 'agendaItem'), 'agenda_head', 'agendaHead'), 'agenda_list', 'agendaList') AS kind" : `"${c}"`).join(', ')} FROM ${table}`).raw().all() as unknown[][]
      const insert = v5.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
      for (const row of rows) insert.run(...row)
    }
    v5.exec('COMMIT')
    v5.close()
    const migrated = openDatabase(path)
    expect(migrated.pragma('user_version', {simple: true})).toBe(SCHEMA_VERSION)
    expect(migrated.pragma('foreign_key_check')).toEqual([])
    expect(ids.map((id) => exportDocument(migrated, id))).toEqual(ids.map((id) => exportDocument(reference, id)))
    const ftsCount = migrated.prepare("SELECT COUNT(*) FROM clauses_fts WHERE clauses_fts MATCH 'Datenplattformen'").pluck().get()
    expect(ftsCount).toBe(2)
    expect((migrated.prepare('SELECT kind, label FROM notes ORDER BY id').raw().all() as unknown[][])[0]).toEqual(['report_to_minutes', 'Bericht zu Protokoll'])
  }, 60_000)

  it('records its version and migrates only once', () => {
    const db = openDatabase(':memory:')
    expect(db.pragma('user_version', {simple: true})).toBe(SCHEMA_VERSION)
    expect(migrate(db)).toBe(0)
    expect(db.pragma('foreign_keys', {simple: true})).toBe(1)
  })
})

describe('storing documents', () => {
  const store = (db: ReturnType<typeof openDatabase>, bytes: Buffer, source: string) => {
    const r = run(bytes, source)
    return storeDocument(db, {source, bytes, record: r.record, normalized: r.normalized, file: r.file})
  }

  it('keeps the raw bytes and their sha256, and the same bytes again change nothing', () => {
    const db = openDatabase(':memory:')
    const bytes = seed('dmk-02')
    const first = store(db, bytes, '002.txt')
    const count = () => (db.prepare('SELECT COUNT(*) AS n FROM clauses').get() as {n: number}).n +
      (db.prepare('SELECT COUNT(*) AS n FROM agenda_items').get() as {n: number}).n
    const before = count()
    const again = store(db, bytes, 'copy-of-002.txt')
    expect(again).toEqual({status: 'unchanged', id: first.id, source: '002.txt'})
    expect(count()).toBe(before)
    const row = db.prepare('SELECT raw, sha256 FROM documents').get() as {raw: Buffer; sha256: string}
    expect(Buffer.compare(row.raw, bytes)).toBe(0)
    expect(row.sha256).toBe('5fe39061b5c3d95d18d68906c11de254f28f67bbaaee8b3869a8de8b0990bb74')
  })

  it('stores offsets into the raw bytes for every fact', () => {
    const db = openDatabase(':memory:')
    // CRLF and a BOM shift every byte offset: the stored ones must follow the raw bytes.
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed('dmk-01').toString('utf8').replace(/\n/g, '\r\n'))])
    store(db, bytes, '000.txt')
    const rows = db.prepare('SELECT title, title_start, title_end FROM agenda_items WHERE title IS NOT NULL').all() as Array<{title: string; title_start: number; title_end: number}>
    const one = rows.find((r) => r.title === 'Feststellung der Tagesordnung')!
    expect(bytes.subarray(one.title_start, one.title_end).toString('utf8')).toBe('Feststellung der Tagesordnung')
    const clause = db.prepare("SELECT text, raw_start, raw_end FROM clauses WHERE text LIKE 'Die Geschäftsordnung tritt%'").get() as {raw_start: number; raw_end: number}
    expect(bytes.subarray(clause.raw_start, clause.raw_end).toString('utf8')).toBe('2. Die Geschäftsordnung tritt mit sofortiger Wirkung in Kraft.')
  })

  it('shows every decision in vote_matrix, one column per Land', () => {
    const db = openDatabase(':memory:')
    store(db, seed('dmk-01'), '000.txt')
    store(db, seed('dmk-02'), '002.txt')
    const rows = db.prepare('SELECT source, meeting, agenda_number, outcome, unanimous, HB, HH, MV, SL, SN, TH FROM vote_matrix').all() as Array<Record<string, unknown>>
    // 8 resolutions, and TOP 11: "Die DMK stimmt zu, die Berichte der Länder … zu Protokoll zu geben."
    expect(rows.filter((r) => r.source === '000.txt')).toHaveLength(9)
    expect(rows.filter((r) => r.source === '002.txt')).toHaveLength(13)
    expect(rows.find((r) => r.source === '002.txt' && r.agenda_number === '12')).toEqual({
      source: '002.txt', meeting: 2, agenda_number: '12', outcome: 'adopted', unanimous: 0,
      HB: 'abstain', HH: 'abstain', MV: 'no', SL: 'no', SN: 'no', TH: 'absent'
    })
    // 000 says only "Die DMK fasst folgenden Beschluss:": positions unknown, not guessed.
    expect(rows.find((r) => r.source === '000.txt' && r.agenda_number === '2a')).toMatchObject({outcome: 'adopted', unanimous: null, HB: null})
  })

  it('marks the same article ingested twice as a duplicate of the first', () => {
    const db = openDatabase(':memory:')
    const first = store(db, seed('report-dmk-02-dateline'), '003.txt')
    const second = store(db, seed('report-dmk-02-reprint'), '004.txt')
    const row = db.prepare('SELECT duplicate_of FROM reports WHERE document_id = ?').get(second.id) as {duplicate_of: number}
    expect(row.duplicate_of).toBe(first.id)
  })
})
