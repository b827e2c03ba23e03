/**
 * The extraction holds its ground: the seeds score 1.000 against their
 * hand-checked gold, and the generality corpus (protocols written by hand,
 * rendered to PDF, extracted five ways) stays at or above the floor in
 * fixtures/generality/floor.json — both with the judge's own score.py.
 */
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {measure, TOOLS, type Accuracy} from '../scripts/accuracy.ts'

const floor = JSON.parse(readFileSync(new URL('../fixtures/generality/floor.json', import.meta.url), 'utf8')) as {overall: number; worst: number}

describe('accuracy', () => {
  let result: Accuracy

  it('measures the seeds and every generality protocol with every tool', async () => {
    result = await measure()
    expect(Object.keys(result.tools)).toEqual([...TOOLS])
    expect(Object.keys(result.documents).length).toBeGreaterThanOrEqual(12 * TOOLS.length)
  }, 120_000)

  it('the seeds stay at 1.000 in every category', () => {
    expect(result.seeds.core.f1).toBe(1)
    for (const [category, c] of Object.entries(result.seeds.categories)) {
      expect([category, c.tp], category).toEqual([category, c.gold])
      expect([category, c.pred], category).toEqual([category, c.gold])
    }
  })

  it(`the generality corpus stays at or above its floor (core F1 ${floor.overall}, worst document ${floor.worst})`, () => {
    expect(result.generality.core.f1).toBeGreaterThanOrEqual(floor.overall)
    const worst = Object.entries(result.documents).sort((a, b) => a[1] - b[1])[0]!
    expect(worst[1], `worst document ${worst[0]}`).toBeGreaterThanOrEqual(floor.worst)
  })

  it('scores with the judge\'s own score.py (the copy in scripts/ is unchanged)', () => {
    const shared = new URL('../../shared/tools/score.py', import.meta.url)
    const copy = readFileSync(new URL('../scripts/score.py', import.meta.url), 'utf8').split('\n').filter((l) => !l.startsWith('# ')).join('\n')
    if (existsSync(shared)) expect(copy).toBe(readFileSync(shared, 'utf8').split('\n').filter((l) => !l.startsWith('# ')).join('\n'))
    expect(copy).toContain('def compare(gold, pred)')
  })
})
