/**
 * Opening a database: WAL, foreign keys, a busy timeout so concurrent
 * writers wait instead of failing, and the migrations that have not run.
 */
import Database from 'better-sqlite3'
import {mkdirSync} from 'node:fs'
import {dirname} from 'node:path'
import {MIGRATIONS} from './schema.ts'

export type DB = Database.Database

export interface OpenOptions {
  readonly?: boolean
}

export function openDatabase(path: string, options: OpenOptions = {}): DB {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), {recursive: true})
  const db = new Database(path, {readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false})
  db.pragma('busy_timeout = 10000')
  db.pragma('foreign_keys = ON')
  if (!options.readonly) {
    if (path !== ':memory:') db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    migrate(db)
  }
  return db
}

/** Runs the migrations past `user_version`, each in its own transaction. */
export function migrate(db: DB): number {
  const current = db.pragma('user_version', {simple: true}) as number
  if (current > MIGRATIONS.length) {
    throw new Error(`Unexpected schema version ${current}, expected at most ${MIGRATIONS.length}: the database is newer than this protokollant`)
  }
  for (let i = current; i < MIGRATIONS.length; i++) {
    const migration = MIGRATIONS[i]!
    db.transaction(() => {
      db.exec(migration.sql)
      db.pragma(`user_version = ${i + 1}`)
    }).immediate()
  }
  return MIGRATIONS.length - current
}
