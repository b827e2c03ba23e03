/**
 * Searches made fast for the workers find what the plain regex finds: the
 * same matches at the same offsets, on every fixture text and on random
 * strings made of the characters the patterns turn on (astral letters and
 * lone surrogates included).
 */
import fc from 'fast-check'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {mentionsFrom} from '../src/extract/attendees/index.ts'
import {findMentions, mentionAt, MENTION as LAND} from '../src/text/lexicon.ts'
import {anyOf, compile} from '../src/extract/votes/grammar.ts'
import {PHRASINGS} from '../src/data/phrasings.ts'
import {bodyPattern} from '../src/data/conference.ts'
import {DMK} from '../src/data/conferences/dmk.ts'
import {matchesOf} from '../src/text/matches.ts'

const ROOT = new URL('..', import.meta.url).pathname
const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const path = join(dir, f)
  return statSync(path).isDirectory() ? walk(path) : path.endsWith('.txt') ? [path] : []
})
const TEXTS = [...walk(join(ROOT, 'fixtures')), ...walk(join(ROOT, 'test/fixtures'))].map((f) => readFileSync(f, 'utf8'))

const PIECES = ['Sachsen', 'Niedersachsen', 'Sachsens', 'sächsische', 'Baden-', 'Württemberg', 'Baden-\nWürttemberg', 'Freie und\nHansestadt Hamburg', 'Freieund',
  'BW', 'NRW', 'BMDV', 'Berliner', 'Land', '-Sachsen', 'Sachsen-', '1', 'ℕ', '½', '(', ')', '((', '(BW)', ' (Sachsen)', '(Freistaat Bayern)', '(Nordrhein-Westfalen)', 'Dr. ', 'Max', 'Muster', 'Staatsminister',
  'Anna-Lena', "O'Neil", 'D’Arcy', 'ß', 'Ä', 'é', '𝐀', '𝐚', '\uD835', '\uDC00', '-', ' ', '  ', '\t', '\n', '.', ',', ':', '1', 'x', 'X', 'BW', 'ab']
const piecewise = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({maxLength: 4})), {maxLength: 40}).map((p) => p.join(''))

fc.configureGlobal({seed: 20261126, numRuns: 2000})

describe('person mentions found from each "("', () => {
  // The attendee transformer's regex, as it was applied to the whole text.
  const MENTION = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]*)[ \t]*\(([\p{L}-]{2,30}(?:[ \t][\p{L}-]{2,30})?)\)/gu
  const plain = (text: string, from: number) => [...text.slice(from).matchAll(MENTION)].map((m) => [from + m.index, ...m])
  const fast = (text: string, from: number) => [...mentionsFrom(text, from)].map(({start, match}) => [start, ...match])

  // Every fixture text (over three thousand): seconds, more under the load of the other test files.
  it('on the fixtures', {timeout: 60_000}, () => {
    for (const text of TEXTS) for (const from of [0, 100]) expect(fast(text, from)).toEqual(plain(text, from))
  })

  it('on random strings, from any offset', () => {
    fc.assert(fc.property(piecewise, fc.nat(20), (text, from) => {
      expect(fast(text, Math.min(from, text.length))).toEqual(plain(text, Math.min(from, text.length)))
    }))
  })
})

describe('Land mentions with the look-behind checked apart', () => {
  // MENTION as it was run: each of its matches read at its place (`mentionAt` runs the whole regex there).
  const plain = (text: string) => [...text.matchAll(LAND)].map((m) => mentionAt(text, m.index)).filter((m) => m !== null)

  it('on the fixtures', {timeout: 60_000}, () => {
    for (const text of TEXTS) expect(findMentions(text)).toEqual(plain(text))
  })

  it('on random strings', () => {
    fc.assert(fc.property(piecewise, (text) => {
      expect(findMentions(text)).toEqual(plain(text))
    }))
  })
})

describe('one test for a grammar list: its phrases joined, a look-around-first phrase tried alone', () => {
  const g = compile(PHRASINGS, bodyPattern(DMK))
  const VOTE_PIECES = ['stimmen dafür, ', 'stimmt zu, ', 'Sachsen dagegen', ' dagegen', 'Bayern', 'enthält sich', 'bei Enthaltung von', 'Gegenstimme',
    '13 Länder ', '(', ')', ';', ',', '.', ' ', '\n', 'Ja', 'Nein: ', '2 Nein (BY)', 'Stimmenthaltung: ', 'Ablehnung durch ']
  const voteText = fc.array(fc.oneof(fc.constantFrom(...VOTE_PIECES), fc.constantFrom(...PIECES)), {maxLength: 30}).map((p) => p.join(''))
  const lists = [g.lists, g.verbs] as const
  const single = new Map<ReadonlyArray<{re: RegExp}>, RegExp[]>(lists.map((list) => [list, list.map(({re}) => new RegExp(re.source, 'u'))]))
  const plain = (list: ReadonlyArray<{re: RegExp}>, text: string) => single.get(list)!.some((re) => re.test(text))

  it('joins every phrase of the lists and verbs', () => {
    for (const list of lists) expect(anyOf(list)).not.toBeNull()
  })

  it('on every paragraph of the fixtures', {timeout: 60_000}, () => {
    for (const text of TEXTS) {
      for (const paragraph of text.split(/\n[ \t]*\n/)) for (const list of lists) expect(anyOf(list)!(paragraph)).toBe(plain(list, paragraph))
    }
  })

  it('on random strings', () => {
    fc.assert(fc.property(voteText, (text) => {
      for (const list of lists) expect(anyOf(list)!(text)).toBe(plain(list, text))
    }))
  })
})

describe('matchesOf: what matchAll finds, without a copy of the regex', () => {
  const g = compile(PHRASINGS, bodyPattern(DMK))
  // A vote phrase, a word, an empty match between letters (astral ones too), a match that may be empty.
  const REGEXES = [g.verbs[0]!.re, /\S+(?:[ \t]\S+)*/g, /(?<=\p{L})(?=\p{Lu})/gu, /(?<=[a-zß])(?=[A-Z])/g, /\d*(?=[.:])/g, /[()]|[^\s()]+/gu]
  const same = (text: string) => {
    // As one string each: a deep comparison of every match of three thousand texts takes minutes.
    for (const re of REGEXES) expect(JSON.stringify([...matchesOf(text, re)].map((m) => [m.index, ...m]))).toBe(JSON.stringify([...text.matchAll(re)].map((m) => [m.index, ...m])))
  }

  it('on the fixtures', {timeout: 60_000}, () => {
    for (const text of TEXTS) same(text)
  })

  it('on random strings (lone surrogates and astral letters among them)', () => {
    fc.assert(fc.property(piecewise, same))
  })

  it('leaves the regex as it was, so the same regex may run inside the loop', () => {
    const re = /\d+/g
    re.lastIndex = 3
    const pairs = [...matchesOf('1 22 333', re)].map((m) => [m[0], [...matchesOf(m[0] + ' 4', re)].length])
    expect(pairs).toEqual([['1', 2], ['22', 2], ['333', 2]])
    expect(re.lastIndex).toBe(3)
    expect(() => [...matchesOf('1', /\d/)]).toThrow(/without the g flag/)
  })
})
