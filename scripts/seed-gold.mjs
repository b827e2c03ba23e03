#!/usr/bin/env node
// Copies the hand-checked seed gold (../shared/gold) into fixtures/seeds/gold, matched to
// the renamed seed files by sha256; only `document.source` and `report.duplicate_of` are
// rewritten to the new file names. Never edit the copies by hand: rerun this.
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const shared = process.argv[2] ?? join(root, '../shared/gold')
const seeds = join(root, 'fixtures/seeds')
const bySha = new Map()
for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
  bySha.set(createHash('sha256').update(readFileSync(join(seeds, f))).digest('hex'), f)
}
const golds = readdirSync(shared).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(shared, f), 'utf8')))
const renamed = new Map(golds.map((g) => [g.document.source, bySha.get(g.document.sha256)]))
for (const gold of golds) {
  const name = renamed.get(gold.document.source)
  if (!name) throw new Error(`no seed file with the sha256 of ${gold.document.source}`)
  gold.document.source = name
  if (gold.report?.duplicate_of) gold.report.duplicate_of = renamed.get(basename(gold.report.duplicate_of)) ?? gold.report.duplicate_of
  writeFileSync(join(seeds, 'gold', name.replace(/\.txt$/, '.json')), JSON.stringify(gold, null, 2) + '\n')
  process.stdout.write(`${name}\n`)
}
