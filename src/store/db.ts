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
  /** Caps the file at this many pages (tests simulate a full disk with it). */
  maxPageCount?: number
}

export function openDatabase(path: string, options: OpenOptions = {}): DB {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), {recursive: true})
  const db = new Database(path, {readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false})
  db.pragma('busy_timeout = 10000')
  db.pragma('foreign_keys = ON')
  if (!options.readonly) {
    // Switching a new file to WAL takes the lock without waiting on the busy timeout: two ingests that create
    // one database at once met "database is locked" here. Wait and try again, as a writer does.
    if (path !== ':memory:') retryBusy(() => db.pragma('journal_mode = WAL'))
    db.pragma('synchronous = NORMAL')
    // Checkpoint (copy back and fsync) after 64 MB of WAL, not 4 MB: with a transaction per
    // document the default checkpointed every few documents, and the writer waited on the disk.
    db.pragma('wal_autocheckpoint = 16384')
    migrate(db)
  }
  if (options.maxPageCount) db.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`)
  return db
}

/**
 * Runs the migrations past `user_version`, each in its own immediate
 * transaction. The version is read again inside it: another process may
 * have migrated while this one waited for the lock.
 */
export function migrate(db: DB): number {
  const version = () => db.pragma('user_version', {simple: true}) as number
  const current = version()
  if (current > MIGRATIONS.length) {
    throw new Error(`Unexpected schema version ${current}, expected at most ${MIGRATIONS.length}: the database is newer than this protokollant`)
  }
  let ran = 0
  for (let i = current; i < MIGRATIONS.length; i++) {
    const migration = MIGRATIONS[i]!
    // A rebuild renames and drops tables others point to: foreign keys off (a pragma that only
    // takes effect outside a transaction), and every reference checked before the commit.
    if (migration.foreignKeysOff) db.pragma('foreign_keys = OFF')
    try {
      db.transaction(() => {
        if (version() !== i) return
        db.exec(migration.sql)
        if (migration.foreignKeysOff) {
          const broken = db.pragma('foreign_key_check') as unknown[]
          if (broken.length > 0) throw new Error(`Unexpected broken references after migration ${migration.name}: ${JSON.stringify(broken.slice(0, 5))}`)
        }
        db.pragma(`user_version = ${i + 1}`)
        ran++
      }).immediate()
    } finally {
      if (migration.foreignKeysOff) db.pragma('foreign_keys = ON')
    }
  }
  return ran
}

/** Runs `fn` in one immediate transaction (the write lock taken at its start). */
export function inTransaction<T>(db: DB, fn: () => T): T {
  return db.transaction(fn).immediate()
}

/** Changes when another connection commits (not when this one does). */
export function dataVersion(db: DB): number {
  return db.pragma('data_version', {simple: true}) as number
}

/** Runs `fn` in one read transaction: the reads see one state of the database (WAL), writers go on. */
export function readTransaction<T>(db: DB, fn: () => T): T {
  return db.transaction(fn).deferred()
}

const BUSY = /^SQLITE_(?:BUSY|LOCKED)/
/** How long a writer keeps asking for the lock before it gives up: 10 minutes. */
const BUSY_PATIENCE = 10 * 60_000

/**
 * Runs `fn` (a whole transaction) again while the database is locked by
 * another writer past the busy timeout: a document waits, it is not lost.
 */
export function retryBusy<T>(fn: () => T, patience = BUSY_PATIENCE): T {
  const started = Date.now()
  for (let wait = 50; ; wait = Math.min(wait * 2, 2000)) {
    try {
      return fn()
    } catch (error) {
      const code = (error as {code?: unknown}).code
      if (typeof code !== 'string' || !BUSY.test(code) || Date.now() - started > patience) throw error
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait)
    }
  }
}

const statements = new WeakMap<DB, Map<string, Database.Statement>>()

/** A prepared statement, prepared once per connection (a document's writes reuse ~40). */
export function statement(db: DB, sql: string): Database.Statement {
  let cache = statements.get(db)
  if (!cache) statements.set(db, (cache = new Map()))
  let stmt = cache.get(sql)
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)))
  return stmt
}
