/**
 * Phenomenon fixtures (`test/fixtures/<phenomenon>.txt`) beside the records
 * they yield (`<phenomenon>.json`, as `export` writes them). The expected
 * records are written by `UPDATE_GOLD=1 npx vitest run test/snapshots.test.ts`
 * and reviewed in the diff, never edited by hand. A fixture named `imk-…`
 * runs through the `imk` preset, every other one through `dmk`.
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {processBytes} from '../src/document.ts'
import {openDatabase} from '../src/store/db.ts'
import {storeDocument} from '../src/store/write.ts'
import {exportDocument} from '../src/store/read.ts'
import {resolveCorpus} from '../src/corpus/placement.ts'
import {dmk} from '../pipelines/dmk.ts'
import {imk} from '../pipelines/imk.ts'

const DIR = new URL('fixtures/', import.meta.url).pathname
const UPDATE = process.env.UPDATE_GOLD === '1'
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()

function recordOf(name: string): Record<string, any> {
  const bytes = readFileSync(join(DIR, name))
  const result = processBytes(name.startsWith('imk-') ? imk : dmk, bytes, name)
  if (!result.ok) throw new Error(`${name} rejected: ${result.reason}`)
  const db = openDatabase(':memory:')
  const {id} = storeDocument(db, {source: name, bytes, record: result.record, normalized: result.normalized, file: result.file})
  resolveCorpus(db)
  return exportDocument(db, id)
}

describe('phenomenon fixtures', () => {
  it('there are fixtures to check', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(2)
  })

  for (const name of FIXTURES) {
    it(`${name} yields the records beside it`, () => {
      const path = join(DIR, name.replace(/\.txt$/, '.json'))
      const got = recordOf(name)
      if (UPDATE || !existsSync(path)) {
        if (!UPDATE) throw new Error(`${path} is missing: run UPDATE_GOLD=1 npx vitest run test/snapshots.test.ts and review it`)
        writeFileSync(path, JSON.stringify(got, null, 1) + '\n')
      }
      expect(got).toEqual(JSON.parse(readFileSync(path, 'utf8')))
    })
  }
})

describe('a second conference is a preset plus data', () => {
  const text = readFileSync(join(DIR, 'imk-preset-body-names.txt'))

  it('the IMK preset reads the IMK\'s own names: body, members section, "Die IMK beschließt"', () => {
    const record = recordOf('imk-preset-body-names.txt')
    expect(record.meeting.body).toBe('IMK')
    expect(record.meeting.number).toBe(221)
    expect(record.attendees.filter((a: any) => a.role === 'member')).toHaveLength(16)
    const top2 = record.agenda.find((a: any) => a.number === '2')
    expect(top2.vote).toMatchObject({outcome: 'adopted', unanimous: true})
    expect(Object.values(top2.vote.positions)).toEqual(new Array(16).fill('yes'))
  })

  it('the DMK preset does not take the IMK for its own body', () => {
    const result = processBytes(dmk, text, 'imk.txt')
    if (!result.ok) throw new Error(result.reason)
    expect(result.record.meeting?.body).toBe('DMK')
    const top2 = result.record.agenda.find((a) => a.number === '2')!
    // "Die IMK beschließt einstimmig:" is no decision of the DMK's.
    expect(top2.vote).toBeNull()
  })
})
