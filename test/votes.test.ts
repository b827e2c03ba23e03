/**
 * Vote phrasings, each with a German sentence: the seed's own and ones the
 * seeds do not contain (rejection, tallies, named lists, codes).
 */
import {describe, expect, it} from 'vitest'
import {run} from './helpers.ts'
import type {VoteRecord} from '../src/record/schema.ts'

const LANDS = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']

/** A protocol of one agenda item (plus TOP 1 with its session-wide lines) around the given body text. */
function protocol(body: string, session = '') {
  return run([
    'Beginn/Ende 9:00 Uhr – 12:45 Uhr', 'Ort Futurium, Berlin', ' TOP 1 ', 'Feststellung der Tagesordnung', session || 'Die Tagesordnung wird angenommen.',
    ' TOP 5 ', 'Bündelung digitalpolitischer Themen im Bundesrat (RP) ', '', body, ' TOP 6 ', 'Verschiedenes'
  ].join('\n'))
}

const vote = (body: string, session = '') => {
  const r = protocol(body, session)
  return {vote: r.record.agenda.find((a) => a.number === '5')!.vote, file: r.file, record: r.record}
}

/** Positions other than the default, as "HB=abstain" strings. */
const deviations = (v: VoteRecord | null, dflt = 'yes') =>
  Object.entries(v?.positions ?? {}).filter(([, p]) => p !== dflt).map(([k, p]) => `${k}=${p}`)

describe('outcomes and positions', () => {
  it('reads abstentions and votes against (protocol 002, TOP 12)', () => {
    const {vote: v} = vote('Der Beschlussvorschlag wird angenommen – bei Enthaltung von Bremen und Hamburg und \n\ngegen die Stimmen von Mecklenburg-Vorpommern, Saarland und Sachsen.')
    expect(v!.outcome).toBe('adopted')
    expect(v!.unanimous).toBe(false)
    expect(deviations(v)).toEqual(['HB=abstain', 'HH=abstain', 'MV=no', 'SL=no', 'SN=no'])
    expect(Object.keys(v!.positions!)).toEqual(LANDS)
  })

  it('applies a session-wide absence to every vote ("Alle Beschlüsse werden unter Abwesenheit von Thüringen gefasst.")', () => {
    const {vote: v} = vote('Der Beschlussvorschlag wird ohne Aussprache einstimmig angenommen.', 'Alle Beschlüsse werden unter Abwesenheit von Thüringen gefasst.')
    expect(v).toMatchObject({outcome: 'adopted', unanimous: true, debate: false})
    expect(deviations(v)).toEqual(['TH=absent'])
  })

  it('reads a Land that abstains in a sentence of its own ("Sachsen enthält sich der Stimme")', () => {
    const {vote: v} = vote('Die Mitglieder der DMK diskutieren den Beschlussvorschlag. Der Beschlussvorschlag wird angenommen. Sachsen enthält sich der Stimme.')
    expect(v).toMatchObject({outcome: 'adopted', unanimous: false, debate: true})
    expect(deviations(v)).toEqual(['SN=abstain'])
  })

  it('leaves positions unknown for a bare "Beschluss:" (protocol 000)', () => {
    const {vote: v} = vote('Beschluss: \n\nDie DMK fasst folgenden Beschluss: \n\n1. Die Geschäftsordnung tritt in Kraft.')
    expect(v).toMatchObject({outcome: 'adopted', unanimous: null, debate: null, positions: null})
  })

  it('leaves positions unknown for "wird angenommen" with nothing said of the Länder', () => {
    const {vote: v} = vote('Der Beschlussvorschlag wird angenommen.')
    expect(v).toMatchObject({outcome: 'adopted', unanimous: null, positions: null})
  })

  it('reads a rejection with the Länder that voted for it ("gegen die Stimmen von" = for the proposal)', () => {
    const {vote: v} = vote('Der Antrag wird gegen die Stimmen von Bayern und Hessen bei Enthaltung von Bremen abgelehnt.')
    expect(v!.outcome).toBe('rejected')
    expect(deviations(v, 'no')).toEqual(['BY=yes', 'HB=abstain', 'HE=yes'])
  })

  it('reads tallies with codes and checks them', () => {
    const {vote: v, file} = vote('Der Beschlussvorschlag wird mit 12 Ja-Stimmen bei 2 Gegenstimmen (BY, SN) und 2 Enthaltungen (HB, ST) angenommen.')
    expect(deviations(v)).toEqual(['BY=no', 'HB=abstain', 'SN=no', 'ST=abstain'])
    expect(file.messages.filter((m) => m.ruleId === 'vote-arithmetic')).toEqual([])
  })

  it('fires the arithmetic check when positions and tally disagree', () => {
    // Three Länder named against or abstaining leave 13 yes, not the 12 the tally says.
    const {vote: v, file} = vote('Der Beschlussvorschlag wird mit 12 Ja-Stimmen bei zwei Gegenstimmen (BY, SN) und einer Enthaltung (HB) angenommen.')
    expect(deviations(v)).toEqual(['BY=no', 'HB=abstain', 'SN=no'])
    expect(file.messages.filter((m) => m.ruleId === 'vote-arithmetic').map((m) => m.reason))
      .toEqual(['Unexpected 13 yes position(s) in TOP 5, expected 12 as the tally says'])
  })

  it('reads named lists ("Dafür: …; dagegen: …; Enthaltung: …")', () => {
    const {vote: v} = vote('Der Beschlussvorschlag wird angenommen. Dafür: BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL; dagegen: SN, ST; Enthaltung: SH, TH.')
    expect(deviations(v)).toEqual(['SN=no', 'ST=no', 'SH=abstain', 'TH=abstain'])
  })

  it('reads "mit den Stimmen von … gegen die Stimmen von …" with codes instead of names', () => {
    const {vote: v} = vote('Der Beschlussvorschlag wird mit den Stimmen von BW, BY und BE gegen die Stimmen von HB angenommen.')
    expect(v!.positions!.BW).toBe('yes')
    expect(v!.positions!.HB).toBe('no')
  })

  it('reads "bei Stimmenthaltung von …", "bei Gegenstimme von …" and "… stimmt nicht zu"', () => {
    expect(deviations(vote('Der Beschlussvorschlag wird bei Stimmenthaltung von Bayern und bei Gegenstimme von Sachsen angenommen.').vote))
      .toEqual(['BY=abstain', 'SN=no'])
    expect(deviations(vote('Der Beschlussvorschlag wird angenommen. Hessen stimmt dem Beschlussvorschlag nicht zu.').vote)).toEqual(['HE=no'])
  })

  it('reads "mehrheitlich" as not unanimous, positions not said', () => {
    expect(vote('Der Beschlussvorschlag wird mehrheitlich angenommen.').vote).toMatchObject({outcome: 'adopted', unanimous: false, positions: null})
  })

  it('reads "einstimmig bei Enthaltung von Bayern" as not unanimous (a Land abstained, as the golds say) without a warning; a vote against contradicts it', () => {
    const ok = vote('Der Beschlussvorschlag wird einstimmig bei Enthaltung von Bayern angenommen.')
    expect(ok.vote).toMatchObject({unanimous: false})
    expect(deviations(ok.vote)).toEqual(['BY=abstain'])
    expect(ok.file.messages.filter((m) => m.ruleId === 'vote-arithmetic')).toEqual([])
    const contradiction = vote('Der Beschlussvorschlag wird einstimmig gegen die Stimmen von Bayern angenommen.')
    expect(contradiction.file.messages.map((m) => m.ruleId)).toContain('vote-arithmetic')
  })

  it('reads withdrawn, deferred and noted', () => {
    expect(vote('Der Beschlussvorschlag wird vom antragstellenden Land zurückgezogen.').vote!.outcome).toBe('withdrawn')
    expect(vote('Der Beschlussvorschlag wird vertagt.').vote!.outcome).toBe('deferred')
    expect(vote('Der TOP wird auf die nächste Sitzung vertagt.').vote!.outcome).toBe('deferred')
    expect(vote('Die DMK nimmt den Bericht zur Kenntnis.').vote!.outcome).toBe('noted')
  })
})

describe('notes, amendments, departures, agenda changes', () => {
  it('reads a protocol note with its Land and exact text', () => {
    const {record} = vote('Der Beschlussvorschlag wird angenommen – bei Enthaltung von Sachsen, wobei Sachsen folgende Protokollnotiz abgibt: „Inhaltlich stimmt Sachsen dem Beschlussvorschlag zu. Daher enthält sich Sachsen.“ ')
    const item = record.agenda.find((a) => a.number === '5')!
    expect(item.notes.map((n) => [n.org, n.kind, n.text])).toEqual([['SN', 'Protokollnotiz', 'Inhaltlich stimmt Sachsen dem Beschlussvorschlag zu. Daher enthält sich Sachsen.']])
    // The note's own words are not a vote: Sachsen abstains once, nobody votes yes from "stimmt … zu".
    expect(deviations(item.vote)).toEqual(['SN=abstain'])
  })

  it('reads "gibt zu TOP 12 folgenden Bericht zu Protokoll:" and a Protokollerklärung', () => {
    const {record} = vote('BY gibt zu TOP 5 folgenden Bericht zu Protokoll: \n\nIm Zuge der Zusammenarbeit intensivieren beide Länder ihre Arbeit.')
    expect(record.agenda.find((a) => a.number === '5')!.notes.map((n) => [n.org, n.kind])).toEqual([['BY', 'Bericht zu Protokoll']])
    const other = vote('Der Beschlussvorschlag wird einstimmig angenommen. Hessen gibt folgende Protokollerklärung ab: „Hessen hält die Ziffer 2 für zu weitgehend.“')
    expect(other.record.agenda.find((a) => a.number === '5')!.notes.map((n) => [n.org, n.kind])).toEqual([['HE', 'Protokollerklärung']])
  })

  it('reads amendments clause by clause', () => {
    const {record} = vote('Im Beschlussvorschlag werden in der Folge Anpassungen in Ziffer 3, die Streichung der Ziffer 4 und entsprechende Anpassungen in \n\nZiffer 6 (jetzt Ziffer 5) einvernehmlich vorgenommen. Im Ergebnis der Diskussion werden die Ziffern 7 und 8 des Beschlussvorschlages einvernehmlich gestrichen.')
    expect(record.agenda.find((a) => a.number === '5')!.amendments.map((a) => `${a.clauses.join('+')}:${a.action}`)).toEqual(['3:amended', '4:deleted', '6:amended', '7+8:deleted'])
    const added = vote('Im Beschlussvorschlag erfolgt die Ergänzung einer neuen Ziffer 5.').record
    expect(added.agenda.find((a) => a.number === '5')!.amendments.map((a) => `${a.clauses.join('+')}:${a.action}`)).toEqual(['5:added'])
  })

  it('reads a departure with its proxy and applies it to later votes', () => {
    const r = run([
      'Beginn/Ende 9:00 Uhr – 12:45 Uhr', ' TOP 15 ', 'Offene Formate (SH)', 'Der Beschlussvorschlag wird einstimmig angenommen.',
      'Staatssekretärin Ines Fröhlich (SN) muss die Sitzung um 12:15 Uhr verlassen und überträgt ihr Stimmrecht auf das Land Berlin.',
      ' TOP 16 ', 'Pilotstudie (SN)', 'Der Beschlussvorschlag wird einstimmig angenommen.',
      ' TOP 17 ', 'Stellungnahmen (BE)', 'Minister X (HH) verlässt die Sitzung um 12:30 Uhr.',
      ' TOP 18 ', 'Verschiedenes (BE)', 'Der Beschlussvorschlag wird angenommen – bei Enthaltung von Bayern.'
    ].join('\n'))
    expect(r.record.meeting!.departures.map((d) => [d.name, d.org, d.time, d.proxy, d.after])).toEqual([
      ['Ines Fröhlich', 'SN', '12:15', 'BE', '15'], ['X', 'HH', '12:30', null, '17']
    ])
    const at = (n: string) => r.record.agenda.find((a) => a.number === n)!.vote!.positions!
    expect(at('16').SN).toBe('yes')
    expect(at('18').HH).toBe('absent')
    expect(at('18').BY).toBe('abstain')
  })

  it('reads agenda changes: moved, withdrawn with Land and title, removed', () => {
    const {record} = vote('Der Beschlussvorschlag wird einstimmig angenommen.', [
      'Der TOP 10 „Bericht des Bundes“ wird nach TOP 17 aufgerufen. ',
      'Ministerin Dörte Schall (RP) zieht den Beschlussvorschlag TOP 11 „Einrichtung einer LAG Europa“ zurück. ',
      'Der TOP 12 wird von der Tagesordnung abgesetzt.'
    ].join('\n'))
    expect(record.agendaChanges.map((c) => [c.number, c.change, c.by, c.after, c.title])).toEqual([
      ['10', 'moved', null, '17', 'Bericht des Bundes'],
      ['11', 'withdrawn', 'RP', null, 'Einrichtung einer LAG Europa'],
      ['12', 'removed', null, null, null]
    ])
  })

  it('reads sponsor changes and presenters', () => {
    const {record} = vote('Ministerin Ina Scharrenbach (NW) stellt den Beschlussvorschlag vor. Minister Dirk Schrödter (SH) erklärt den Beitritt Schleswig-Holsteins zum Beschlussvorschlag. Ministerin Ina Scharrenbach (NW) erklärt, Nordrhein-Westfalen sei nicht mehr antragstellendes Land.')
    expect(record.sponsorChanges.map((c) => [c.org, c.change])).toEqual([['SH', 'joined'], ['NW', 'left']])
    expect(record.agenda.find((a) => a.number === '5')!.presenters.map((p) => [p.name, p.org])).toEqual([['Ina Scharrenbach', 'NW']])
  })
})
