/**
 * Every input the fuzzer (npm run fuzz) found failing stays fixed: a record
 * or a rejection of the input itself, never a pipeline error, in time
 * proportional to its size. The inputs and why they failed live in
 * test/fuzz-found/ (`<id>.txt`, `<id>.json`).
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {processBytes} from '../src/document.ts'
import {dmk} from '../pipelines/dmk.ts'

const DIR = new URL('fuzz-found/', import.meta.url).pathname
const FOUND = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()

describe('inputs the fuzzer found', () => {
  it('there are some (the fuzzer has run)', () => {
    expect(FOUND.length).toBeGreaterThan(0)
  })

  for (const name of FOUND) {
    const why = JSON.parse(readFileSync(join(DIR, name.replace(/\.txt$/, '.json')), 'utf8')) as {mutation: string; reason: string}
    it(`${name} (${why.mutation}; was: ${why.reason.split('\n')[0]!.slice(0, 80)})`, () => {
      const bytes = readFileSync(join(DIR, name))
      const r = processBytes(dmk, bytes, name)
      if (!r.ok) expect(r.ruleId).toMatch(/^input-/)
      else expect(['protocol', 'press_report', 'unknown']).toContain(r.record.kind)
    })
  }
})
