/**
 * Prints the schema as SQLite holds it; with `--readme`, rewrites the sql
 * block under "## Schema" in README.md (the test asserts they agree).
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {openDatabase} from '../src/store/db.ts'

const db = openDatabase(':memory:')
const rows = db.prepare('SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid').all() as Array<{sql: string}>
const dump = rows.map((r) => `${r.sql};`).join('\n\n') + '\n'
if (process.argv.includes('--readme')) {
  const path = new URL('../README.md', import.meta.url)
  const readme = readFileSync(path, 'utf8')
  const next = readme.replace(/(## Schema[\s\S]*?```sql\n)[\s\S]*?(```)/, `$1${dump}$2`)
  writeFileSync(path, next)
} else {
  process.stdout.write(dump)
}
