/**
 * The name index gives exactly what the all-pairs scan gave: the blocking
 * keys lose no pair that `sameName` accepts, and knowledge from facts is
 * the same majority, ties and facts appended later included.
 */
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {KeyIndex, nameKey, sameKey, sameName} from '../src/text/fuzzy.ts'
import {knowledgeFrom} from '../src/extract/align.ts'
import {isLandCode, type LandCode} from '../src/data/laender.ts'

// Names close to each other, so that one-edit pairs are common.
const name = fc.tuple(
  fc.constantFrom('', 'Dr. ', 'Prof. Dr. '),
  fc.constantFrom('Nicolas', 'Niclas', 'Anna', 'Ina', 'Ina-Maria', 'Dirk', 'Tobias'),
  fc.constantFrom(' Ullrich', ' Ulrich', ' Ulrcih', ' Scharrenbach', ' Orlamünder', ' Orlamunder', ' Jentsch', ' Jentzsch', '  Giese', ' Ul')
).map((parts) => parts.join(''))

describe('KeyIndex', () => {
  it('finds every indexed key sameKey matches, and no other', () => {
    fc.assert(fc.property(fc.array(name, {maxLength: 30}), name, (names, probe) => {
      const index = new KeyIndex()
      const keys = names.map(nameKey)
      for (const k of keys) index.add(k)
      const expected = [...new Set(keys)].filter((k) => sameKey(k, nameKey(probe))).sort()
      expect(index.near(nameKey(probe)).sort()).toEqual(expected)
    }), {numRuns: 1000})
  })

  it('matches as sameName does on spellings one edit apart', () => {
    const index = new KeyIndex()
    index.add(nameKey('Nicolas Ullrich'))
    expect(index.near(nameKey('Nicolas Ulrich'))).toEqual(['nicolas ullrich'])
    expect(sameName('Nicolas Ullrich', 'Nicolas Ulrich')).toBe(true)
    expect(index.near(nameKey('Niclas Ulrich'))).toEqual([])
  })

  it('takes two edits for two (natural\'s unrestricted distance said 1 for "ulrcih" / "ullrich")', () => {
    expect(sameName('Niclas Ulrcih', 'Niclas Ullrich')).toBe(false)
    expect(sameName('Niclas Ulrcih', 'Niclas Ulrich')).toBe(true)
  })
})

describe('knowledgeFrom', () => {
  const land = fc.constantFrom('BW', 'BY', 'BE', 'HH', 'BMDV')
  /** The scan it replaced. */
  const scan = (facts: Array<{name: string; org: string}>, n: string) => {
    const counts = new Map<LandCode, number>()
    for (const f of facts) if (isLandCode(f.org) && sameName(f.name, n)) counts.set(f.org, (counts.get(f.org) ?? 0) + 1)
    let best: LandCode | undefined
    let most = 0
    for (const [o, c] of counts) if (c > most) { best = o; most = c }
    return best
  }

  it('answers as the scan over all facts, also for facts appended after it was made', () => {
    fc.assert(fc.property(fc.array(fc.record({name, org: land}), {maxLength: 20}), fc.array(fc.record({name, org: land}), {maxLength: 5}), name,
      (facts, later, probe) => {
        const list = [...facts]
        const known = knowledgeFrom(list)
        expect(known(probe)).toBe(scan(list, probe))
        list.push(...later)
        expect(known(probe)).toBe(scan(list, probe))
      }), {numRuns: 1000})
  })
})
