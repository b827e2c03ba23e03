import {describe, expect, it} from 'vitest'
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
      if (joined.text[i] !== ' ') expect(text[joined.map[i]!]).toBe(joined.text[i])
    }
  })
})
