import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {joinLines, joinMapped} from '../src/text/join.ts'

describe('joinLines', () => {
  it('joins a compound broken after its hyphen without a space (Ökodesign-Verordnung)', () => {
    expect(joinLines(['Wir bitten die Bundesregierung, die Länder auch nach Inkrafttreten der Ökodesign-', 'Verordnung eng in ihre weitere Ausgestaltung']))
      .toBe('Wir bitten die Bundesregierung, die Länder auch nach Inkrafttreten der Ökodesign-Verordnung eng in ihre weitere Ausgestaltung')
  })

  it('keeps a suspended hyphen with its space (orts- und)', () => {
    expect(joinLines(['Das sichert den orts- ', 'und zeitsouveränen Zugang'])).toBe('Das sichert den orts- und zeitsouveränen Zugang')
    // Without the printed blank, the conjunction still marks it.
    expect(joinLines(['Das sichert den orts-', 'und zeitsouveränen Zugang'])).toBe('Das sichert den orts- und zeitsouveränen Zugang')
  })

  it('joins a syllable break without the hyphen (Digitali-sierung)', () => {
    expect(joinLines(['die fortschreitende Digitali-', 'sierung der Verwaltung'])).toBe('die fortschreitende Digitalisierung der Verwaltung')
  })

  it('keeps the hyphen of "Minister/-innen" and "TK-Netzausbau"', () => {
    expect(joinLines(['bitten die zuständigen Minister/-', 'innen in ihren Ländern'])).toBe('bitten die zuständigen Minister/-innen in ihren Ländern')
    expect(joinLines(['Telekommunikationsnetzen (TK-', 'Netzausbau-Beschleunigungs-Gesetz, TK-NABEG)'])).toBe('Telekommunikationsnetzen (TK-Netzausbau-Beschleunigungs-Gesetz, TK-NABEG)')
  })

  it('folds blanks and skips empty lines', () => {
    expect(joinLines(['  Beschluss der   DMK ', '', ' ', 'vom 12.12.2022 '])).toBe('Beschluss der DMK vom 12.12.2022')
  })

  it('maps every character of the joined text back to its offset', () => {
    const text = 'Ökodesign-\nVerordnung  eng'
    const joined = joinMapped([{raw: 'Ökodesign-', rawStart: 0}, {raw: 'Verordnung  eng', rawStart: 11}])
    expect(joined.text).toBe('Ökodesign-Verordnung eng')
    for (let i = 0; i < joined.text.length; i++) {
      if (joined.text[i] !== ' ') expect(text[joined.map.at(i)!]).toBe(joined.text[i])
    }
  })
})

/** The per-character join `joinMapped` replaced: the oracle for the one that builds pieces. */
function joinPerCharacter(lines: ReadonlyArray<{raw: string; rawStart: number}>): {text: string; map: number[]} {
  const chars: string[] = []
  const map: number[] = []
  let suspended = false
  let end = lines[0]?.rawStart ?? 0
  for (const {raw, rawStart} of lines) {
    let i = 0
    let j = raw.length
    while (i < j && (raw[i] === ' ' || raw[i] === '\t')) i++
    while (j > i && (raw[j - 1] === ' ' || raw[j - 1] === '\t')) j--
    if (i === j) continue
    if (chars.length > 0) {
      const next = raw.slice(i, j)
      let mode = 'space'
      if (chars[chars.length - 1] === '-' && !suspended) {
        const before = chars[chars.length - 2] ?? ''
        const firstWord = next.split(/[ \t]/, 1)[0]!
        if (['bzw.', 'oder', 'sowie', 'und'].includes(firstWord) || before === ' ' || before === '') mode = 'space'
        else mode = /\p{Ll}/u.test(before) && /\p{Ll}/u.test(next.charAt(0)) ? 'drop-hyphen' : 'none'
      }
      if (mode === 'drop-hyphen') { chars.pop(); map.pop() } else if (mode === 'space') { chars.push(' '); map.push(end) }
    }
    let blank = false
    for (let k = i; k < j; k++) {
      const c = raw[k]!
      if (c === ' ' || c === '\t') {
        if (blank) continue
        blank = true
        chars.push(' ')
      } else {
        blank = false
        chars.push(c)
      }
      map.push(rawStart + k)
    }
    end = rawStart + j
    suspended = j < raw.length && raw[j - 1] === '-'
  }
  map.push(end)
  return {text: chars.join(''), map}
}

describe('joinMapped', () => {
  it('gives the text and map the per-character join gave, on any lines', () => {
    const line = fc.array(fc.constantFrom('a', 'B', 'ü', '-', ' ', '\t', 'und', 'x-', '- ', 'sierung', '😀'), {maxLength: 12}).map((parts) => parts.join(''))
    fc.assert(fc.property(fc.array(line, {maxLength: 8}), fc.nat(50), (raws, first) => {
      let at = first
      const lines = raws.map((raw) => {
        const l = {raw, rawStart: at}
        at += raw.length + 1
        return l
      })
      const joined = joinMapped(lines)
      const oracle = joinPerCharacter(lines)
      expect({text: joined.text, map: joined.map.toArray()}).toEqual(oracle)
      // The first entry at or after each offset, as a search of the whole array finds it.
      for (let offset = first - 1; offset <= at + 1; offset++) expect(joined.map.firstAtLeast(offset)).toBe(oracle.map.findIndex((m) => m >= offset))
    }), {numRuns: 2000})
  })
})
