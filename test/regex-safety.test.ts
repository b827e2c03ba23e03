/**
 * Regexes built at run time from data (the Land mention alternation, the
 * vote phrasings) are out of the linter's sight: check them with scslre,
 * the analyser behind eslint-plugin-regexp's no-super-linear-backtracking.
 */
import {analyse} from 'scslre'
import {describe, expect, it} from 'vitest'
import {MENTION} from '../src/extract/mentions.ts'
import {compile} from '../src/extract/votes/index.ts'
import {bodyPattern} from '../src/data/conference.ts'
import {sectionLabels} from '../src/data/roles.ts'
import {DMK} from '../src/data/conferences/dmk.ts'
import {IMK} from '../src/data/conferences/imk.ts'
import {SPONSOR_LINE, SPONSOR_PAREN} from '../src/segment/patterns.ts'
import {run} from './helpers.ts'

function reports(re: RegExp): string[] {
  return analyse({source: re.source, flags: re.flags}).reports.map((r) => `${r.type} on ${JSON.stringify(r.character.pick)}`)
}

/** Every RegExp inside a compiled structure (objects and arrays, any depth). */
function regexesIn(value: unknown): RegExp[] {
  if (value instanceof RegExp) return [value]
  if (Array.isArray(value)) return value.flatMap(regexesIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(regexesIn)
  return []
}

describe('run-time regexes', () => {
  it('the Land mention alternation cannot backtrack super-linearly', () => {
    expect(reports(MENTION)).toEqual([])
  })

  for (const profile of [DMK, IMK]) {
    it(`every regex built from the ${profile.body} profile (phrasings, body names, section labels) cannot backtrack super-linearly`, () => {
      const all = [...regexesIn(compile(profile.phrasings, bodyPattern(profile))), ...sectionLabels(profile).map((l) => l.pattern)]
      expect(all.length).toBeGreaterThan(20)
      expect(all.flatMap((re) => reports(re).map((r) => `${re.source}: ${r}`))).toEqual([])
    })
  }

  it('the sponsor line and parenthesis, built from one list of labels, cannot backtrack super-linearly', () => {
    expect([SPONSOR_LINE, SPONSOR_PAREN].flatMap(reports)).toEqual([])
    expect(SPONSOR_LINE.exec('Berichterstattung: NDS, HB')?.[1]).toBe('NDS, HB')
    expect(SPONSOR_PAREN.exec('(Antragsteller: BB, BE)')?.[1]).toBe('BB, BE')
  })

  it('a long line of blanks, capitals or a repeated phrase does not hang the pipeline', () => {
    // Each line is 200 kB of an attack character for the rules that look at lines and sentences.
    for (const filler of [' ', 'A', 'Ab ', '(BB, ', 'bei Enthaltung von ', 'TOP 1 ', '„', '- ']) {
      const line = filler.repeat(Math.ceil(200_000 / filler.length))
      const text = `Beginn/Ende 9:00 Uhr – 12:45 Uhr\nOrt Berlin\n TOP 1 \nVerschiedenes (BB)\nDer Beschlussvorschlag wird angenommen ${line}.\n TOP 2 \nEnde\n`
      expect(run(text).record.kind, filler).toBe('protocol')
    }
  }, 60_000)
})
