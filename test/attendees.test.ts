import {describe, expect, it} from 'vitest'
import {ingestAndExport, run, seed} from './helpers.ts'
import {openDatabase} from '../src/store/db.ts'
import {storeDocument} from '../src/store/write.ts'
import {resolveCorpus} from '../src/corpus/placement.ts'
import {exportDocument} from '../src/store/read.ts'
import {align} from '../src/extract/align.ts'
import {sameName} from '../src/text/fuzzy.ts'

type Rec = Record<string, any>
const view = (a: Rec[]) => a.map((p) => [p.role, p.org, p.chair ? '*' : '', p.honorific, p.title, p.name].filter(Boolean).join(' '))

const HEADER = ' Beginn/Ende 9:00 Uhr – 12:45 Uhr \n\nOrt Futurium, Berlin \n\n'
const TAIL = '\n TOP 1 \n\nFeststellung der Tagesordnung \n\n TOP 2 \n\nVerschiedenes \n'

// Real lines of protocol 002: a code column, then a name column.
const CODES = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']
const NAMES = [
  'Minister Thomas Strobl / Stefan Krebs', 'Staatsminister Dr. Fabian Mehring', 'Staatssekretärin Martina Klement (Vorsitz)',
  'Staatssekretärin Dr. Friederike Haase (Vorsitz)', 'Staatsrat Dr. Martin Hagen', 'Staatsrat Jan Pörksen',
  'Ministerin Prof. Dr. Kristina Sinemus', 'Staatssekretärin Ina-Maria Ulbrich', 'Staatssekretär Frank Doods',
  'Ministerin Ina Scharrenbach', 'Ministerin Dörte Schall', 'Staatssekretärin Elena Yorgova-Ramanauskas',
  'Staatssekretärin Ines Fröhlich', 'Staatssekretär Bernd Schlömer', 'Minister Dirk Schrödter', 'n. a.'
]
const LABEL = 'Mitglieder der \n\nDMK/Stv. mit \n\nStimmrecht \n\n'

describe('attendee tables', () => {
  const columns = run(HEADER + LABEL + CODES.map((c) => `${c} \n\n`).join('') + NAMES.map((n) => `${n} \n\n`).join('') + TAIL).record
  const inline = run(HEADER + LABEL + CODES.map((c, i) => `${c}  ${NAMES[i]} \n`).join('') + TAIL).record

  it('pairs a code column with a name column one to one', () => {
    const got = view(columns.attendees)
    expect(got.slice(0, 4)).toEqual(['member BW Minister Thomas Strobl', 'member BW Stefan Krebs', 'member BY Dr. Staatsminister Fabian Mehring', 'member BE * Staatssekretärin Martina Klement'])
    expect(got).toHaveLength(16)
    expect(columns.absent.map((a) => a.org)).toEqual(['TH'])
    expect(columns.attendees.every((a) => a.evidence === 'column')).toBe(true)
  })

  it('reads code and name on one line ("BW  Minister Thomas Strobl") to the same records', () => {
    expect(view(inline.attendees)).toEqual(view(columns.attendees))
    expect(inline.absent.map((a) => a.org)).toEqual(['TH'])
    expect(inline.attendees.every((a) => a.evidence === 'printed')).toBe(true)
  })

  it('places sixteen members by canonical order when only "BE", "SH", "TH" survived (protocol 000)', () => {
    const record = run(seed('dmk-01')).record
    const members = record.attendees.filter((a) => a.role === 'member')
    expect(members.map((m) => m.org)).toEqual(CODES)
    expect(members.find((m) => m.name === 'Jan Pörksen')!.evidence).toBe('aligned')
  })

  it('merges wrapped name lists ("Dr. Dominik" / "Giese, Tim Gähme …") and reads the excused minister\'s representatives', () => {
    const record = run(seed('dmk-02')).record
    const be = record.attendees.filter((a) => a.role === 'staff' && a.org === 'BE').map((a) => a.name)
    expect(be).toEqual(['Anna-Sophia Herkenhoff', 'Tobias Jentsch', 'Dominik Giese', 'Tim Gähme', 'Felix Krah', 'Gülay Helvaci', 'Sebastian Christ'])
    expect(view(record.attendees.filter((a) => a.role === 'permanent_guest'))).toEqual(['permanent_guest BMDV Dr. Irina Soeffky', 'permanent_guest BMDV Susanne Ding'])
    expect(view(record.attendees.filter((a) => a.role === 'guest'))).toEqual(['guest BfDI Prof. Dr. Louisa Specht-Riemenschneider', 'guest DSK Prof. Dr. Alexander Roßnagel'])
  })

  it('keeps the best Land, the alternatives and the reason when the evidence leaves two (and says so)', () => {
    const result = run(seed('dmk-01'))
    const keese = result.record.attendees.find((a) => a.name === 'Claudia Keese')!
    expect(keese.evidence).toBe('inferred')
    expect(keese.altOrgs.length).toBeGreaterThan(0)
    expect(result.file.messages.some((m) => m.ruleId === 'attendee-ambiguous' && m.reason.includes('Claudia Keese'))).toBe(true)
  })
})

describe('corpus-level placement', () => {
  const docs = [{source: '000.txt', bytes: seed('dmk-01')}, {source: '002.txt', bytes: seed('dmk-02')}]
  const resolved = (order: typeof docs) => {
    const db = openDatabase(':memory:')
    for (const d of order) {
      const r = run(d.bytes, d.source)
      storeDocument(db, {source: d.source, bytes: d.bytes, record: r.record, normalized: r.normalized, file: r.file})
      resolveCorpus(db)
    }
    const id = (db.prepare("SELECT id FROM documents WHERE source = '000.txt'").get() as {id: number}).id
    return exportDocument(db, id) as Rec
  }

  it('anchors people placed in another protocol, whatever the order of ingestion', () => {
    const a = resolved(docs)
    const b = resolved([...docs].reverse())
    expect(view(a.attendees)).toEqual(view(b.attendees))
    const staff = (a.attendees as Rec[]).filter((p) => p.role === 'staff')
    const org = (name: string) => staff.find((p) => p.name === name)!.org
    expect([org('Nicolas Ullrich'), org('Konstantin Thielecke'), org('Dirk Orlamünder'), org('Edgar Prasad')]).toEqual(['HH', 'NI', 'SN', 'TH'])
    const keese = staff.find((p) => p.name === 'Claudia Keese')!
    expect(keese.org).toBe('HE')
    expect(keese.alt_orgs).toEqual(['MV'])
    expect(keese.evidence.kind).toBe('inferred')
    expect(keese.evidence.reason).toContain('between HH (Nicolas Ullrich) and NI (Konstantin Thielecke)')
  })

  it('makes one person of "Nicolas Ullrich" and "Nicolas Ulrich"', () => {
    expect(sameName('Nicolas Ullrich', 'Nicolas Ulrich')).toBe(true)
    expect(sameName('Dr. Dirk Orlamünder', 'Dirk Orlamünder')).toBe(true)
    expect(sameName('Ina Scharrenbach', 'Ina-Maria Ulbrich')).toBe(false)
    const {db} = ingestAndExport(docs)
    resolveCorpus(db)
    const ids = db.prepare("SELECT DISTINCT person_id FROM attendances WHERE name LIKE 'Nicolas Ul%'").all()
    expect(ids).toHaveLength(1)
  })
})

describe('align', () => {
  it('lists the Länder each group can be, given anchors and required codes', () => {
    const anchors = new Array(15).fill(undefined)
    anchors[3] = 'BB'
    const {candidates} = align({groups: 15, anchors, required: ['BE']})
    expect(candidates.slice(0, 5)).toEqual([['BW'], ['BY'], ['BE'], ['BB'], ['HB', 'HH']])
  })

  it('reports inconsistency instead of guessing', () => {
    expect(align({groups: 2, anchors: ['TH', 'BW'], required: []}).consistent).toBe(false)
  })
})
