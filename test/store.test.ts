import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {openDatabase, migrate} from '../src/store/db.ts'
import {SCHEMA_VERSION} from '../src/store/schema.ts'
import {storeDocument} from '../src/store/write.ts'
import {run, seed} from './helpers.ts'

/** The schema as SQLite holds it, in creation order. */
export function schemaDump(): string {
  const db = openDatabase(':memory:')
  const rows = db.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").all() as Array<{sql: string}>
  return rows.map((r) => `${r.sql};`).join('\n\n')
}

describe('schema', () => {
  it('is the schema shown in the README, literally', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const block = /## Schema[\s\S]*?```sql\n([\s\S]*?)```/.exec(readme)
    expect(block, 'README has a ## Schema section with a sql block').not.toBeNull()
    expect(block![1]!.trim()).toBe(schemaDump().trim())
  })

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
