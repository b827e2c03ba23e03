/**
 * Layouts and phrasings the seeds do not have, as other protocols and
 * reports print them. Each rule generalizes a mechanism the seeds already use.
 */
import {describe, expect, it} from 'vitest'
import {run} from './helpers.ts'

const HEAD = 'Beginn/Ende 10:00 Uhr – 13:00 Uhr\n\nOrt Staatskanzlei, Mainz\n\n'

describe('protocol layouts', () => {
  it('reads "TOP 3 – Titel" and sponsors given with a label or as Land names', () => {
    const {agenda} = run(HEAD + [
      'TOP 3 – Bericht aus den Ländern (Antragsteller: BB, BE)', 'Text.',
      'TOP 4', 'Digitale Souveränität (Berlin, Brandenburg)', 'Text.',
      'TOP 5', 'Bericht des Bundes (Gast: BMDS)', 'Text.'
    ].join('\n')).record
    expect(agenda.map((a) => [a.number, a.title, a.sponsors.map((s) => s.org), a.guests.map((g) => g.org)])).toEqual([
      ['3', 'Bericht aus den Ländern', ['BB', 'BE'], []],
      ['4', 'Digitale Souveränität', ['BE', 'BB'], []],
      ['5', 'Bericht des Bundes', [], ['BMDS']]
    ])
  })

  it('reads "Ort/Datum Mainz, 12. Mai 2025" and minute-takers with a Land name', () => {
    const {meeting} = run('Beginn/Ende 10:00 Uhr – 13:00 Uhr\nOrt/Datum Staatskanzlei Mainz, 12. Mai 2025\nProtokoll Jana Beispiel (Rheinland-Pfalz)\nTOP 1\nEröffnung\nTOP 2\nVerschiedenes\n').record
    expect(meeting).toMatchObject({place: 'Staatskanzlei Mainz', date: '2025-05-12', start: '10:00', end: '13:00'})
    expect(meeting!.minutes.map((m) => [m.name, m.org])).toEqual([['Jana Beispiel', 'RP']])
  })

  it('reads the member label on one line ("Mitglieder der DMK / Stv. mit Stimmrecht")', () => {
    const {attendees} = run(HEAD + 'Mitglieder der DMK / Stv. mit Stimmrecht\nBW  Minister Thomas Strobl\nBY  Staatsminister Dr. Fabian Mehring\n\nTOP 1\nEröffnung\nTOP 2\nEnde.\n').record
    expect(attendees.map((a) => [a.role, a.org, a.name])).toEqual([['member', 'BW', 'Thomas Strobl'], ['member', 'BY', 'Fabian Mehring']])
  })
})

describe('vote phrasings', () => {
  const item = (body: string, resolution = '') => run(HEAD + `TOP 1\nEröffnung\nTOP 7\nDigitale Teilhabe (SH)\n${resolution}${body}\nTOP 8\nEnde.\n`).record.agenda.find((a) => a.number === '7')!

  it('reads the conference as subject: "Die DMK stimmt dem Beschlussvorschlag einstimmig zu."', () => {
    const v = item('Die DMK stimmt dem Beschlussvorschlag einstimmig zu.').vote!
    expect(v).toMatchObject({outcome: 'adopted', unanimous: true})
    expect(Object.values(v.positions!).every((p) => p === 'yes')).toBe(true)
  })

  it('reads "einstimmig" in the resolution\'s preamble ("Die DMK fasst einstimmig folgenden Beschluss:")', () => {
    const v = item('', 'Beschluss:\nDie DMK fasst einstimmig folgenden Beschluss:\n1. Die Teilhabe wird gestärkt.\n').vote!
    expect(v).toMatchObject({outcome: 'adopted', unanimous: true})
    expect(Object.keys(v.positions!)).toHaveLength(16)
  })

  it('reads a 16:0:0 tally as unanimous, and does not guess who dissented in 13:1:2', () => {
    expect(item('Der Beschlussvorschlag wird mit 16:0:0 Stimmen angenommen.').vote).toMatchObject({unanimous: true})
    const r = run(HEAD + 'TOP 1\nEröffnung\nTOP 7\nTeilhabe (SH)\nDer Beschlussvorschlag wird mit 13:1:2 Stimmen angenommen.\nTOP 8\nEnde.\n')
    expect(r.record.agenda.find((a) => a.number === '7')!.vote).toMatchObject({outcome: 'adopted', unanimous: false, positions: null})
    expect(r.file.messages.map((m) => m.ruleId)).toContain('vote-unnamed')
  })

  it('does not read a time ("12:15 Uhr") as a tally', () => {
    const v = item('Der Beschlussvorschlag wird um 12:15 Uhr einstimmig angenommen.').vote!
    expect(v.unanimous).toBe(true)
    expect(v.positions).not.toBeNull()
  })
})

describe('press reports', () => {
  it('dates a report without a "[dd.mm.yyyy]" dateline and reads a numeric session', () => {
    const r = run('Freitag, 20. Februar 2026\n\nDigitalministerkonferenz tagt in Mainz\n\n12.05.2025 – Die 3. Digitalministerkonferenz kam in Mainz zusammen. Die Länder berieten über Verwaltungsdigitalisierung.\n').record
    expect(r.kind).toBe('press_report')
    expect(r.report).toMatchObject({published: '2025-05-12', meeting: {number: 3, place: 'Mainz'}})
  })
})

describe('attendee and session variants', () => {
  it('merges a name list wrapped after an honorific ("…, Dr." / "Tobias Jentsch, …")', () => {
    const {attendees} = run(HEAD + 'Weitere Anwesende\nBE  Anna-Sophia Herkenhoff, Dr.\nTobias Jentsch, Tim Gähme\nBB  Kerstin Fritzsche\n\nTOP 1\nEröffnung\nTOP 2\nEnde.\n').record
    expect(attendees.map((a) => [a.org, a.honorific, a.name])).toEqual([
      ['BE', null, 'Anna-Sophia Herkenhoff'], ['BE', 'Dr.', 'Tobias Jentsch'], ['BE', null, 'Tim Gähme'], ['BB', null, 'Kerstin Fritzsche']
    ])
  })

  it('pairs federal-body codes with guest rows in order when the counts differ, and says which row is open', () => {
    const r = run(HEAD + 'Weitere Gäste BfDI\nDSK\nProf. Dr. Louisa Specht-Riemenschneider\nProf. Dr. Alexander Roßnagel\nDr. Max Beispiel\n\nTOP 1\nEröffnung\nTOP 2\nEnde.\n')
    // Three rows, two codes: the first is BfDI's, the last DSK's; the middle one may be either.
    expect(r.record.attendees.map((a) => [a.org, a.name, a.evidence, a.altOrgs])).toEqual([
      ['BfDI', 'Louisa Specht-Riemenschneider', 'column', []], ['DSK', 'Alexander Roßnagel', 'inferred', ['BfDI']], ['DSK', 'Max Beispiel', 'column', []]
    ])
    expect(r.file.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['attendee-code', 'attendee-ambiguous']))
  })

  it('reads "Die 3. Sitzung wird von … geleitet" as this session, not an announcement', () => {
    const {meeting} = run(HEAD + 'TOP 1\nEröffnung\nDie 3. Sitzung der DMK wird von Ministerin Dörte Schall geleitet.\nTOP 2\nVerschiedenes\nDie 4. Sitzung der DMK findet am 24. November 2025 in Berlin statt.\n').record
    expect(meeting!.number).toBe(3)
    expect(meeting!.announcements.map((a) => [a.number, a.date, a.place])).toEqual([[4, '2025-11-24', 'Berlin']])
  })
})
