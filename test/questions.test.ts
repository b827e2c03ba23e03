/**
 * The questions the README opens with, each one short SQL, run as the README
 * shows them on a database of the seeds made by the CLI; and the Datasette
 * metadata's canned queries, run with their example values.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Database from 'better-sqlite3'
import {parse} from 'yaml'
import {beforeAll, describe, expect, it} from 'vitest'
import {QUESTIONS} from '../src/store/docs.ts'
import {FIXTURES} from './helpers.ts'

const BIN = new URL('../bin/protokollant.mjs', import.meta.url).pathname
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

let db: Database.Database

beforeAll(() => {
  const path = join(mkdtempSync(join(tmpdir(), 'protokollant-questions-')), 'db.sqlite')
  const r = spawnSync(process.execPath, [BIN, 'ingest', FIXTURES, '--db', path, '--quiet'], {encoding: 'utf8'})
  expect(r.status, r.stderr).toBe(0)
  db = new Database(path, {readonly: true})
}, 60_000)

/** The SQL blocks between the README's question markers, by their bold title. */
function readmeQuestions(): Map<string, string> {
  const block = README.slice(README.indexOf('<!-- questions -->'), README.indexOf('<!-- /questions -->'))
  return new Map([...block.matchAll(/\*\*(.+?)\*\*\n\n```sql\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!]))
}

describe('the README\'s questions', () => {
  const sql = readmeQuestions()
  const ask = (title: string) => {
    const text = sql.get(title)
    expect(text, title).toBeDefined()
    expect(text!.split('\n').length, 'one short query').toBeLessThanOrEqual(4)
    return db.prepare(text!).raw().all() as unknown[][]
  }

  it('stand in the README, five of them, each as the README opens with it', () => {
    expect([...sql.keys()]).toEqual(QUESTIONS.map((q) => q.title))
    expect(README.indexOf('<!-- questions -->')).toBeLessThan(README.indexOf('## Quick start'))
  })

  it('every decision where a given Land abstained', () => {
    expect(ask('Every decision where a given Land abstained')).toEqual([
      [2, null, '4', 'Umsetzung der Deutschen Verwaltungscloud-Strategie befördern', 'adopted'],
      [2, null, '8', 'Umsatzsteuerliche Würdigung der Nachnutzung von OZG-Diensten', 'adopted'],
      [2, null, '15', 'Einführung offener Austauschformate für den länderübergreifenden Austausch von Dokumenten', 'adopted']
    ])
  })

  it('clauses matching a word, by full-text search', () => {
    const rows = ask('Clauses matching a word (full-text search)')
    expect(rows.map((r) => [r[1], r[2]])).toEqual([['5', '1'], ['5', '2']])
    for (const r of rows) expect(r[3]).toContain('Datenplattformen')
  })

  it('people who attended two given meetings', () => {
    const rows = ask('People who attended two given meetings')
    expect(rows).toHaveLength(25)
    expect(rows).toContainEqual(['Martina Klement', 'BE'])
    expect(rows).toContainEqual(['Thomas Strobl', 'BW'])
  })

  it('withdrawn items, also those that only the agenda changes name', () => {
    expect(ask('Withdrawn items')).toEqual([[2, null, '11', 'Einrichtung einer LAG Europa']])
  })

  it('protocol notes with their Land and text', () => {
    const rows = ask('Protocol notes with their Land and text')
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      [1, '12', 'BY', 'Bayern', 'report_to_minutes'],
      [2, '4', 'SN', 'Sachsen', 'protocol_note'],
      [2, '8', 'SN', 'Sachsen', 'protocol_note'],
      [2, '15', 'SN', 'Sachsen', 'protocol_note']
    ])
    expect(rows[1]![5]).toMatch(/^Inhaltlich stimmt Sachsen dem Beschlussvorschlag zu\./)
  })
})

describe('the database for people', () => {
  it('dates a meeting from a linked press report when the protocol lacks it, and says so', () => {
    expect(db.prepare('SELECT number, date, date_source, date_report_id IS NOT NULL FROM meetings ORDER BY number').raw().all())
      .toEqual([[1, '2024-04-19', 'press_report', 1], [2, null, null, 0]])
  })

  it('keeps the full-text indexes in step with their tables', () => {
    for (const [table, column] of [['clauses', 'text'], ['notes', 'text'], ['agenda_items', 'title'], ['resolutions', 'preamble'], ['clause_items', 'text']]) {
      const indexed = db.prepare(`SELECT COUNT(*) FROM ${table}_fts`).pluck().get()
      expect(indexed, table).toBe(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get())
      // The index as its content table says (FTS5's own check, which throws on a mismatch).
      const check = new Database(db.name)
      check.prepare(`INSERT INTO ${table}_fts (${table}_fts, rank) VALUES ('integrity-check', 1)`).run()
      check.close()
      expect(column).toBeTruthy()
    }
  })

  it('links every position, vote and clause by single-column integer keys', () => {
    const fks = (table: string) => (db.pragma(`foreign_key_list(${table})`) as Array<{id: number; from: string; table: string}>)
    for (const table of ['clauses', 'clause_items', 'votes', 'vote_positions', 'vote_evidence', 'notes', 'attendances', 'agenda_orgs', 'resolutions']) {
      const list = fks(table)
      expect(new Set(list.map((f) => f.id)).size, table).toBe(list.length)
      expect(list.some((f) => f.from === 'document_id')).toBe(true)
    }
    expect(db.prepare(`SELECT COUNT(*) FROM vote_matrix m JOIN votes v ON v.id = m.vote_id JOIN agenda_items a ON a.id = m.agenda_item_id
      WHERE a.id = v.agenda_item_id`).pluck().get()).toBe(22)
    expect(db.prepare('SELECT COUNT(*) FROM laender').pluck().get()).toBe(16)
  })
})

describe('metadata.yml for Datasette', () => {
  const metadata = parse(readFileSync(new URL('../metadata.yml', import.meta.url), 'utf8'))
  const tables = metadata.databases.protokollant.tables as Record<string, {title: string; description: string; columns: Record<string, string>}>

  it('describes every table and view people query, every column', () => {
    for (const name of ['clauses', 'decisions', 'positions', 'vote_matrix', 'attendance', 'laender', 'meetings']) {
      expect(tables[name]!.title, name).toBeTruthy()
      const columns = (db.pragma(`table_xinfo(${name})`) as Array<{name: string}>).map((c) => c.name)
      expect(Object.keys(tables[name]!.columns)).toEqual(columns)
      for (const c of columns) expect(tables[name]!.columns[c], `${name}.${c}`).toBeTruthy()
    }
    expect(tables.clauses).toMatchObject({fts_table: 'clauses_fts', fts_pk: 'id'})
  })

  it('has the questions as canned queries that run with their example values', () => {
    const queries = metadata.databases.protokollant.queries as Record<string, {title: string; sql: string}>
    expect(Object.keys(queries)).toEqual(QUESTIONS.map((q) => q.name))
    for (const q of QUESTIONS) {
      expect(queries[q.name]!.sql).toBe(q.sql)
      expect(db.prepare(q.sql).all(q.params).length, q.name).toBeGreaterThan(0)
    }
  })
})
