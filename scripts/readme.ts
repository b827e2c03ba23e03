/**
 * Writes the generated parts of README.md from the code: the sql block
 * under "## Schema" (the schema as SQLite holds it) and the table under
 * "## Messages" (the rule registry). Tests assert both are current.
 *
 *   npm run docs            rewrite README.md
 *   npm run docs -- --print print both to stdout
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {openDatabase} from '../src/store/db.ts'
import {rulesTable} from '../src/record/rules.ts'

export function schemaDump(): string {
  const db = openDatabase(':memory:')
  const rows = db.prepare('SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid').all() as Array<{sql: string}>
  return rows.map((r) => `${r.sql};`).join('\n\n') + '\n'
}

/** README.md with both generated parts replaced. */
export function readmeWithGenerated(readme: string): string {
  return readme
    .replace(/(## Schema[\s\S]*?```sql\n)[\s\S]*?(```)/, (_m, a: string, b: string) => `${a}${schemaDump()}${b}`)
    .replace(/(## Messages\n[\s\S]*?\n)\| ruleId \|[^\n]*\n(?:\|[^\n]*\n)*/, (_m, a: string) => `${a}${rulesTable()}\n`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--print')) {
    process.stdout.write(`${schemaDump()}\n${rulesTable()}\n`)
  } else {
    const path = new URL('../README.md', import.meta.url)
    writeFileSync(path, readmeWithGenerated(readFileSync(path, 'utf8')))
  }
}
