import {describe, expect, it} from 'vitest'
import {findMentions} from '../src/extract/mentions.ts'
import {run, seed} from './helpers.ts'

describe('land mentions', () => {
  it('finds every surface form with its offsets', () => {
    const text = 'Enthaltung von Brandenburg, Baden-\n\nWürttemberg und Sachsen. Sachsens Beitritt; Sachsen-Anhalt; Niedersachsen; ' +
      'die bayerische Digitalagentur; brandenburgischen Stellen; Freistaat Bayern; Land Berlin; Freie und Hansestadt Hamburg; ' +
      'Schleswig-Holsteins; BY gibt; Berliner Senatskanzlei; BMDV; IT-Planungsrats.'
    const found = findMentions(text)
    expect(found.map((m) => `${m.org}:${m.form}`)).toEqual([
      'BB:name', 'BW:name', 'SN:name', 'SN:genitive', 'ST:name', 'NI:name', 'BY:adjective', 'BB:adjective', 'BY:official',
      'BE:official', 'HH:official', 'SH:genitive', 'BY:code', 'BE:demonym', 'BMDV:body', 'IT-Planungsrat:body'
    ])
    for (const m of found) expect(text.slice(m.span.start, m.span.end)).toBe(m.surface)
    expect(found[1]!.surface).toBe('Baden-\n\nWürttemberg')
  })

  it('does not read a Land inside a longer word', () => {
    expect(findMentions('BEST Bayernwerk Sachsenring Hessenpark')).toEqual([])
  })

  it('covers the seed protocol 002', () => {
    const mentions = run(seed('dmk-02')).record.landMentions
    const orgs = new Set(mentions.map((m) => m.org))
    for (const code of ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']) expect(orgs.has(code), code).toBe(true)
    expect(mentions.some((m) => m.surface === 'Baden-\n\nWürttemberg')).toBe(true)
  })
})
