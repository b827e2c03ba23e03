/**
 * The phenomena other chairs' offices and other PDF-to-text tools produce,
 * one test each, in German written for these tests (none of it from the
 * seeds): attendee tables in any reading order, one Land lexicon, agenda
 * heads, decision openings, votes as grammar, joint declarations, page
 * furniture and header tables.
 */
import {describe, expect, it} from 'vitest'
import {ingestAndExport, run} from './helpers.ts'
import {factRows} from '../src/store/write.ts'
import {parsePerson} from '../src/text/names.ts'
import type {Extraction} from '../src/record/schema.ts'

const LANDS = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']
const TAIL = ['TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Verschiedenes', 'Es gibt keine Wortmeldungen.']
const HEADER = ['Ergebnisprotokoll der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Beginn/Ende: 10:00 Uhr – 15:00 Uhr', 'Ort: Rathaus, Bremen']

const record = (lines: string[]): Extraction => run(lines.join('\n')).record
/** Every attendee as [role, org, name, title, chair]. */
const roster = (r: Extraction) => r.attendees.map((a) => [a.role, a.org, a.name, a.title, a.chair])
const people = (r: Extraction, role: string) => r.attendees.filter((a) => a.role === role).map((a) => `${a.org} ${a.name}`)
/** Positions other than yes, as "HB=abstain". */
const dissent = (r: Extraction, top: string) =>
  Object.entries(r.agenda.find((a) => a.number === top)!.vote!.positions ?? {}).filter(([, p]) => p !== 'yes').map(([k, p]) => `${k}=${p}`)

const MINISTERS = ['Ministerin Anna Weber', 'Staatsminister Dr. Paul Huber', 'Staatssekretärin Eva Lindner', 'Staatssekretär Tom Brandt',
  'Staatsrat Dr. Jan Meyer', 'Staatsrätin Lea Vogt', 'Minister Karl Roth', 'Ministerin Ute Krüger', 'Staatssekretär Ole Janssen',
  'Ministerin Ida Schulz', 'Minister Max Becker', 'Staatssekretärin Nina Wolf', 'Staatsminister Udo Klein', 'Staatssekretär Ben Hahn',
  'Minister Finn Lorenz', 'Minister Lars Kuhn']

/** The Länder's names, in the order of LANDS. */
const LAND_NAMES = ['Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg', 'Bremen', 'Hamburg', 'Hessen', 'Mecklenburg-Vorpommern', 'Niedersachsen',
  'Nordrhein-Westfalen', 'Rheinland-Pfalz', 'Saarland', 'Sachsen', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen']
/** A protocol as far as its first item: the header, a member a Land, "TOP 1". */
const OPENING = [...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.']
/** Every Land's member as `people` gives them: "BW Anna Weber". */
const EVERY_MEMBER = LANDS.map((c, i) => `${c} ${parsePerson(MINISTERS[i]!).name}`)
/** A protocol whose TOP 2, "Register (HH)", holds these lines ("TOP 9 Verschiedenes" after it). */
const registerItem = (...lines: string[]) => record([...OPENING, 'TOP 2 Register (HH)', ...lines, 'TOP 9 Verschiedenes', 'Nichts.'])
/** A decision to vote on under it. */
const PROPOSAL = ['Beschluss:', '1. Die DMK stellt die Finanzierung fest.']
/** TOP 2's outcome and whether it was unanimous. */
const itemOutcome = (r: Extraction) => [r.agenda[1]!.vote?.outcome ?? null, r.agenda[1]!.vote?.unanimous ?? null]

describe('attendee tables, layout-aware', () => {
  it('pdftotext -layout: three columns, label words between the rows, a names cell that wraps', () => {
    const r = record([...HEADER,
      'Mitglieder der DMK bzw.   BW     Ministerin Anna Weber',
      'Vertretung mit',
      '                          BY     Staatsminister Dr. Paul Huber',
      'Stimmrecht',
      ...LANDS.slice(2).map((c, i) => `                          ${c}     ${MINISTERS[i + 2]}`),
      'Weitere Anwesende         BW     Dr. Jana Fischer, Moritz Engel, Dr.',
      '                                 Clara Sommer',
      '                          TH     Edgar Prasad',
      ...TAIL])
    expect(people(r, 'member')).toEqual(LANDS.map((c, i) => `${c} ${MINISTERS[i]!.replace(/^\S+ (?:Dr\. )?/, '')}`))
    expect(people(r, 'staff')).toEqual(['BW Jana Fischer', 'BW Moritz Engel', 'BW Clara Sommer', 'TH Edgar Prasad'])
  })

  it('column-wise reading order: every label, then every code, then every name', () => {
    const r = record([...HEADER, 'Mitglieder mit', 'Stimmrecht', 'Ständiger Gast', 'Weitere Teilnehmende', ...LANDS, 'BMDS', 'BW', 'NI',
      ...MINISTERS, 'Staatssekretär Dr. Markus Richter', 'Dr. Jana Fischer', 'Ole Brandt, Mia Lange', ...TAIL])
    expect(people(r, 'member')).toHaveLength(16)
    expect(people(r, 'member')[15]).toBe('TH Lars Kuhn')
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Markus Richter'])
    expect(people(r, 'staff')).toEqual(['BW Jana Fischer', 'NI Ole Brandt', 'NI Mia Lange'])
  })

  it('a Land with two rows (minister and deputy), "i. V.", "entschuldigt;", "n. a.", in codes and names that take turns', () => {
    const r = record([...HEADER, 'Mitglieder der DMK/Stv. mit Stimmrecht',
      'BW', 'Ministerin Anna Weber', 'Ministerialdirektor Stefan Krebs',
      'BY', 'Staatsminister Dr. Paul Huber',
      'BE', 'Senatorin Eva Lindner, i. V. Staatssekretär Tom Brandt',
      'BB', 'Minister Karl Roth entschuldigt; Staatssekretärin Ute Krüger',
      'HB', 'n. a.', ...TAIL])
    expect(people(r, 'member')).toEqual(['BW Anna Weber', 'BW Stefan Krebs', 'BY Paul Huber', 'BE Tom Brandt', 'BB Ute Krüger'])
    expect(r.absent.map((a) => a.org)).toEqual(['HB'])
  })

  it('Land names in the code column that wrap inside their cell, beside or above the names', () => {
    const r = record([...HEADER, 'Mitglieder der Digitalministerkonferenz (stimmberechtigt)',
      'Freie und              Staatsrat Dr. Jan Meyer', 'Hansestadt', 'Hamburg',
      'Land', 'Mecklenburg-', 'Vorpommern', 'Staatssekretärin Ina Berg',
      'Freistaat Thüringen    Minister Lars Kuhn', ...TAIL])
    expect(people(r, 'member')).toEqual(['HH Jan Meyer', 'MV Ina Berg', 'TH Lars Kuhn'])
  })
})

describe('one Land lexicon everywhere', () => {
  it('official, genitive and adjective forms in headers, sponsors, votes and notes; bodies with hyphens and digits', () => {
    const r = record(['Ergebnisprotokoll der 9. Sitzung der Digitalministerkonferenz', 'Sitzungsleitung: Staatsministerin Eva Roth (Sachsen)',
      'Protokoll: Jan Wolf, Mia Berg (beide Hessen)',
      'Gäste', 'IT-PLR   Dr. Ole Sand', 'D21      Lena Kurz',
      'TOP 1 Breitband im ländlichen Raum (Freistaat Bayern, Land Brandenburg)',
      'Der Beschlussvorschlag wird gegen die Stimmen des Landes Mecklenburg-Vorpommern und der Freien Hansestadt Bremen bei Enthaltung des Freistaates Thüringen und der sächsischen Landesregierung angenommen.',
      'Die Länder Hessen, Saarland und Berlin geben folgende Protokollerklärung ab: „Wir sehen weiteren Beratungsbedarf.“',
      'TOP 2 Verschiedenes', 'Keine Wortmeldungen.'])
    expect(r.meeting!.chair.map((p) => [p.name, p.org])).toEqual([['Eva Roth', 'SN']])
    expect(r.meeting!.minutes.map((p) => [p.name, p.org])).toEqual([['Jan Wolf', 'HE'], ['Mia Berg', 'HE']])
    expect(people(r, 'guest')).toEqual(['IT-PLR Ole Sand', 'D21 Lena Kurz'])
    expect(r.agenda[0]!.sponsors.map((s) => s.org)).toEqual(['BY', 'BB'])
    expect(dissent(r, '1')).toEqual(['HB=no', 'MV=no', 'SN=abstain', 'TH=abstain'])
    expect(r.agenda[0]!.notes.map((n) => n.org)).toEqual(['HE', 'SL', 'BE'])
  })
})

describe('agenda heads in every common form', () => {
  it('"TOP 3:" with a hanging title, "Tagesordnungspunkt 4", "Zu TOP 5", Roman numerals; references to a TOP are no heads', () => {
    const r = record([...HEADER,
      'Zu TOP 3: Gemeinsame Beschaffung von Cloud-Diensten für die Verwaltungen',
      '          der Länder (BE, HH)',
      'Der Beschlussvorschlag wird einstimmig angenommen.',
      'Zu TOP 4', 'Open Data in den Kommunen',
      'TOP 6 und TOP 7 werden gemeinsam beraten.',
      'Die Mitglieder tauschen sich aus.',
      'Zu TOP IV.1: Bericht des Bundes', 'Staatssekretär Dr. Markus Richter (BMDS) berichtet.'])
    expect(r.agenda.map((a) => [a.number, a.parent, a.title])).toEqual([
      ['3', null, 'Gemeinsame Beschaffung von Cloud-Diensten für die Verwaltungen der Länder'],
      ['4', null, 'Open Data in den Kommunen'],
      ['IV.1', 'IV', 'Bericht des Bundes']
    ])
    expect(r.agenda[0]!.sponsors.map((s) => s.org)).toEqual(['BE', 'HH'])
  })

  it('an agenda as sent ("Tagesordnung:" and its heads) is not read as the minutes\' items', () => {
    const r = record([...HEADER, 'Tagesordnung:', 'TOP 1 Eröffnung', 'TOP 2 Bericht des Bundes', 'TOP 3 Verschiedenes',
      'TOP 1 Eröffnung', 'Die Vorsitzende begrüßt die Mitglieder.', 'TOP 2 Bericht des Bundes', 'Der Bund berichtet.', 'TOP 3 Verschiedenes', 'Keine.'])
    expect(r.agenda.map((a) => a.number)).toEqual(['1', '2', '3'])
    expect(r.agenda[0]!.span.start).toBeGreaterThan(r.agenda[2]!.span.start - 200)
  })
})

describe('decision openings', () => {
  it('a lead-in sentence in which the conference decides, clauses "(1)", items "a)", a dash list kept in the clause', () => {
    const r = record([...HEADER, 'TOP 3 Digitale Identitäten (HE)',
      'Die Digitalministerkonferenz hat einstimmig folgenden Beschluss gefasst:',
      '(1) Die DMK begrüßt die EUDI-Wallet.',
      '(2) Die Länder', 'a) prüfen ihre Fachverfahren,', 'b) berichten zur nächsten Sitzung.',
      '(3) Die DMK bittet den Bund um', '– Fördermittel,', '– Beratung.', ...TAIL])
    const res = r.agenda[0]!.resolution!
    expect(res.preamble).toBe('Die Digitalministerkonferenz hat einstimmig folgenden Beschluss gefasst:')
    expect(res.clauses.map((c) => [c.number, c.text, c.items.map((i) => i.label)])).toEqual([
      ['1', 'Die DMK begrüßt die EUDI-Wallet.', []], ['2', 'Die Länder', ['a', 'b']], ['3', 'Die DMK bittet den Bund um – Fördermittel, – Beratung.', []]
    ])
    expect(r.agenda[0]!.vote).toMatchObject({outcome: 'adopted', unanimous: true})
  })

  it('"Beschluss (einstimmig):" and "Beschlussvorschlag:" headings, clauses "1)"', () => {
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Beschluss (einstimmig):', '1) Die DMK unterstützt die Strategie.',
      'TOP 4 Daten (HH)', 'Beschlussvorschlag:', '1) Die DMK begrüßt das Datenlabor.', 'Abstimmungsergebnis: 15 Ja-Stimmen, 1 Enthaltung (BE)', ...TAIL])
    expect(r.agenda[0]!.vote).toMatchObject({outcome: 'adopted', unanimous: true})
    expect(r.agenda[1]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die DMK begrüßt das Datenlabor.'])
    expect(dissent(r, '4')).toEqual(['BE=abstain'])
  })
})

describe('votes as grammar', () => {
  const item = (...body: string[]) => record([...HEADER, 'TOP 3 Glasfaser (TH)', ...body, ...TAIL])

  it('a tally "mit 13:1:1 Stimmen" with the dissent named in the next sentence; singular and plural verbs', () => {
    const r = item('Der Beschlussvorschlag wird mit 13:1:1 Stimmen angenommen.', 'Gegen den Vorschlag stimmen Bayern, Berlin enthält sich.', 'Alle Beschlüsse werden unter Abwesenheit von Bremen gefasst.')
    expect(dissent(r, '3')).toEqual(['BY=no', 'BE=abstain', 'HB=absent'])
  })

  it('a rejection naming the side in favour; the rest against; a missed majority rejects', () => {
    const r = item('Für den Beschlussvorschlag stimmen Baden-Württemberg, Bremen und Hamburg; die übrigen anwesenden Länder stimmen dagegen.',
      'Die erforderliche Mehrheit ist damit nicht erreicht.')
    const v = r.agenda[0]!.vote!
    expect(v.outcome).toBe('rejected')
    expect(Object.entries(v.positions!).filter(([, p]) => p === 'yes').map(([k]) => k)).toEqual(['BW', 'HB', 'HH'])
  })

  it('"bei Gegenstimme Hessens", "Abstimmungsergebnis", a tally that names nobody (positions null)', () => {
    expect(dissent(item('Der Beschlussvorschlag wird bei Gegenstimme Hessens angenommen.'), '3')).toEqual(['HE=no'])
    expect(dissent(item('Abstimmungsergebnis: 12 Ja-Stimmen, 2 Nein-Stimmen (BY, SN), 2 Enthaltungen (HB, ST)'), '3'))
      .toEqual(['BY=no', 'HB=abstain', 'SN=no', 'ST=abstain'])
    expect(item('Der Beschlussvorschlag wird mit 11:3:2 Stimmen angenommen.').agenda[0]!.vote).toMatchObject({unanimous: false, positions: null})
  })

  it('withdrawal by the sponsor, deferral, "zustimmend zur Kenntnis", removal from the agenda', () => {
    expect(item('Thüringen zieht den Antrag zurück.').agenda[0]!.vote!.outcome).toBe('withdrawn')
    expect(item('Die Beratung wird vertagt.').agenda[0]!.vote!.outcome).toBe('deferred')
    expect(item('Die DMK nimmt den Bericht zustimmend zur Kenntnis.').agenda[0]!.vote!.outcome).toBe('noted')
    const r = record([...HEADER, 'TOP 1 Feststellung der Tagesordnung', 'Auf Bitte Bremens wird TOP 5 von der Tagesordnung abgesetzt.', ...TAIL.slice(2)])
    expect(r.agendaChanges.map((c) => [c.number, c.change])).toEqual([['5', 'removed']])
  })

  it('proxies: a vote passed on in the next sentence counts; a member who leaves while the Land stays represented is no absence', () => {
    const r = record([...HEADER,
      'TOP 3 Cloud (BE)', 'Minister Lars Kuhn (TH) verlässt die Sitzung um 11:00 Uhr. Die Stimmführung für Thüringen übernimmt Sachsen.',
      'Ministerin Anna Weber (BW) verlässt die Sitzung um 11:30 Uhr. Baden-Württemberg bleibt durch Herrn Stefan Krebs vertreten.',
      'Senatorin Eva Lindner (HB) verlässt die Sitzung um 11:45 Uhr; eine Übertragung des Stimmrechts erfolgt nicht.',
      'TOP 4 Daten (HH)', 'Der Beschlussvorschlag wird einstimmig angenommen.', ...TAIL])
    expect(r.meeting!.departures.map((d) => [d.org, d.time, d.proxy])).toEqual([['TH', '11:00', 'SN'], ['BW', '11:30', null], ['HB', '11:45', null]])
    expect(dissent(r, '4')).toEqual(['HB=absent'])
  })
})

describe('declarations by several Länder', () => {
  it('"Bayern und Hessen erklären zu Protokoll: …" gives one note each with the same text', () => {
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Der Beschlussvorschlag wird einstimmig angenommen.',
      'Bayern und Hessen erklären zu Protokoll: „Wir tragen den Beschluss mit.“', ...TAIL])
    expect(r.agenda[0]!.notes.map((n) => [n.org, n.text])).toEqual([['BY', 'Wir tragen den Beschluss mit.'], ['HE', 'Wir tragen den Beschluss mit.']])
  })

  it('"Brandenburg erklärt vor der Beschlussfassung zu Protokoll: …" before the decision; "gibt folgenden Bericht zu Protokoll" keeps its kind', () => {
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Brandenburg erklärt vor der Beschlussfassung zu Protokoll: „Brandenburg trägt die Kosten nicht mit.“',
      'Beschluss:', '1. Die DMK richtet eine Cloud ein.', 'Der Beschlussvorschlag wird einstimmig angenommen.',
      'TOP 4 Bericht (NI)', 'Niedersachsen gibt folgenden Bericht zu Protokoll: „Die Plattform läuft.“', ...TAIL])
    expect(r.agenda.slice(0, 2).map((a) => a.notes.map((n) => [n.org, n.kind, n.text]))).toEqual([
      [['BB', 'Protokollerklärung', 'Brandenburg trägt die Kosten nicht mit.']], [['NI', 'Bericht zu Protokoll', 'Die Plattform läuft.']]])
  })
})

describe('page furniture', () => {
  it('"- 2 -", "Seite 3 von 9", "4/9", a running footer glued to its page number: all furniture, none in a clause', () => {
    const page = (n: number, furniture: string) => [`${n}. Die DMK stellt fest, dass Punkt ${n} gilt.`, furniture]
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Beschluss:',
      ...page(1, '- 2 -'), ...page(2, 'Seite 3 von 9'), ...page(3, '4/9'),
      ...page(4, 'Protokoll 9. DMK · 2030    5/9'), ...page(5, 'Protokoll 9. DMK · 2030    6/9'), ...page(6, 'Protokoll 9. DMK · 2030    7/9'),
      'Der Beschluss wird einstimmig gefasst.', ...TAIL])
    const clauses = r.agenda[0]!.resolution!.clauses
    expect(clauses.map((c) => c.text)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Die DMK stellt fest, dass Punkt ${n} gilt.`))
    expect(r.segments.filter((s) => s.kind === 'furniture').map((s) => s.label)).toEqual(['page-number', 'page-number', 'page-number',
      'running-header', 'running-header', 'running-header'])
  })
})

describe('header tables', () => {
  it('labels without colons, a label alone with its value below (plain pdftotext), the date in the title block', () => {
    const r = record(['Ergebnisprotokoll', 'der 9. Sitzung der Digitalministerkonferenz', 'am 14. März 2030 in Bremen',
      'Beginn/Ende', '', '10:00 Uhr – 15:00 Uhr', 'Ort', '', 'Rathaus Bremen, Festsaal', 'Vorsitz', '', 'Senatorin Eva Lindner (HB)', ...TAIL])
    expect(r.meeting).toMatchObject({number: 9, date: '2030-03-14', place: 'Rathaus Bremen, Festsaal', start: '10:00', end: '15:00'})
    expect(r.meeting!.chair.map((p) => [p.name, p.org])).toEqual([['Eva Lindner', 'HB']])
  })
})

describe('protocols from a further office (the held-out set\'s phenomena)', () => {
  it('"Tag/Beginn/Ende der Sitzung", lettered section labels, a row of column heads, the office after the name and wrapping in its cell', () => {
    const r = record(['Niederschrift über die 9. Sitzung der Digitalministerkonferenz',
      'Tag der Sitzung        Freitag, 14. März 2030', 'Beginn der Sitzung     10:05 Uhr', 'Ende der Sitzung       14:40 Uhr',
      'Anwesend:', 'a) Mitglieder der Konferenz',
      ' Land                 Name                              Amtsbezeichnung',
      ' Bremen               Eva Lindner (Vorsitz)             Senatorin',
      ' Hamburg              Dr. Jan Meyer                     Staatsrat',
      'c) Gäste',
      ' BfDI                 Dr. Henrike Albers                Bundesbeauftragte für den',
      '                                                        Datenschutz und die',
      '                                                        Informationsfreiheit',
      ...TAIL])
    expect(r.meeting).toMatchObject({date: '2030-03-14', start: '10:05', end: '14:40'})
    expect(roster(r)).toEqual([
      ['member', 'HB', 'Eva Lindner', 'Senatorin', true], ['member', 'HH', 'Jan Meyer', 'Staatsrat', false],
      ['guest', 'BfDI', 'Henrike Albers', 'Bundesbeauftragte für den Datenschutz und die Informationsfreiheit', false]])
  })

  it('numbered heads whose number stands on a line of its own (plain pdftotext), a title wrapping onto its year above a sponsor line', () => {
    const r = record([...HEADER, 'Teilnehmende:', 'HB', 'Senatorin Eva Lindner',
      '1.', '', 'Eröffnung', '', 'Die Vorsitzende eröffnet die Sitzung.', '',
      '2.', '', 'Cyberübung der Länder im Jahr', '2031', '', 'Antragsteller: NI, HB', 'Beschluss der DMK:', '1.', '', 'Die Länder üben gemeinsam.', '',
      'Ohne Aussprache einstimmig angenommen.', '',
      '3.', '', 'Verschiedenes', '', 'Es gibt keine Wortmeldungen.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Eröffnung'], ['2', 'Cyberübung der Länder im Jahr 2031'], ['3', 'Verschiedenes']])
    expect(r.agenda[1]!.sponsors.map((s) => s.org)).toEqual(['NI', 'HB'])
    expect(r.agenda[1]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die Länder üben gemeinsam.'])
    expect(r.agenda[1]!.vote).toMatchObject({outcome: 'adopted', unanimous: true, debate: false})
  })

  it('"Abstimmungsergebnis: einstimmig.", "Die Mitglieder stimmen … einstimmig zu", a proxy "von Sachsen wahrgenommen"', () => {
    const item = (...body: string[]) => record([...HEADER, 'TOP 3 Glasfaser (TH)', 'Beschluss:', '1. Die Länder bauen aus.', ...body, ...TAIL])
    expect(item('Abstimmungsergebnis: einstimmig.').agenda[0]!.vote).toMatchObject({outcome: 'adopted', unanimous: true})
    expect(item('Die Mitglieder stimmen dem Beschlussvorschlag einstimmig zu.').agenda[0]!.vote).toMatchObject({outcome: 'adopted', unanimous: true})
    const r = item('Der Beschluss wird einstimmig angenommen.',
      'Minister Lars Kuhn (TH) verlässt die Sitzung um 14:20 Uhr. Das Stimmrecht Thüringens wird für den Rest der Sitzung von Sachsen wahrgenommen.')
    expect(r.meeting!.departures.map((d) => [d.org, d.proxy])).toEqual([['TH', 'SN']])
  })

  it('footnotes at a page\'s foot are furniture and their markers leave the clause ("beteiligen.2", "System 1 und")', () => {
    const r = record([...HEADER, 'TOP 3 Cyberübung (NI)', 'Das Saarland ist entschuldigt.1', 'Beschluss:',
      '1. Die Länder führen eine Übung durch, an der sich die Kommunen beteiligen.2',
      '2. Die Länder nutzen das System 1 und berichten.', '',
      '1', '    Das Saarland hat seine Teilnahme abgesagt.', '2 Die Übung knüpft an die LÜKEX an.', '', '- 2 -',
      'Der Beschluss wird einstimmig angenommen.', ...TAIL])
    expect(r.agenda[0]!.resolution!.clauses.map((c) => c.text)).toEqual([
      'Die Länder führen eine Übung durch, an der sich die Kommunen beteiligen.', 'Die Länder nutzen das System und berichten.'])
    expect(r.segments.filter((s) => s.kind === 'furniture').map((s) => s.label)).toEqual(['footnote', 'footnote', 'footnote', 'page-number'])
  })

  it('a note given as a footnote belongs to the item its marker stands in ("2 Bayern gibt hierzu folgende Protokollerklärung ab: „…“")', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Präsentation liegt vor.1', 'TOP 2 Cloud (BE)', 'Beschluss:',
      '1. Die Länder schließen einen Rahmenvertrag.', 'Der Beschluss wird bei Enthaltung Bayerns angenommen.2', '',
      '1 Die Präsentation ist als Anlage 1 beigefügt.', '2', '    Bayern gibt hierzu folgende Protokollerklärung ab: „Bayern prüft', '    den Beitritt.“', '', '- 2 -',
      'TOP 3 Verschiedenes', 'Es gibt keine Wortmeldungen.'])
    expect(r.agenda.map((a) => a.notes.map((n) => `${a.number} ${n.org} ${n.kind}: ${n.text}`)).flat()).toEqual([
      '2 BY Protokollerklärung: Bayern prüft den Beitritt.'])
  })

  it('a numbered line at a page\'s foot without a marker above is no footnote; "Anlage 1" and "TOP 2" are no markers', () => {
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Die Präsentation ist als Anlage 1 beigefügt, wie zu TOP 2 vereinbart.',
      '2 Länder berichten mündlich.', '- 2 -', ...TAIL])
    expect(r.segments.filter((s) => s.label === 'footnote')).toEqual([])
  })
})

describe('plain pdftotext reading orders of a four-column table', () => {
  it('column heads on lines of their own, each cell on its own line, the office before or after the name', () => {
    const before = record([...HEADER, 'Mitglieder der DMK mit Stimmrecht', 'Land', '', 'Funktion', '', 'Name', '',
      'HB', '', 'Senatorin', '', 'Eva Lindner (Vorsitz)', '', 'HH', '', 'Staatsrat', '', 'Dr. Jan Meyer', '', 'in Vertretung von', 'Senatorin Ida Schulz', ...TAIL])
    expect(before.attendees.map((a) => [a.org, a.name, a.title, a.chair])).toEqual([['HB', 'Eva Lindner', 'Senatorin', true], ['HH', 'Jan Meyer', 'Staatsrat', false]])
    const after = record([...HEADER, 'Mitglieder der DMK mit Stimmrecht', 'Bremen', '', 'Eva Lindner (Vorsitz)', '', 'Senatorin', '',
      'Hamburg', '', 'Dr. Jan Meyer', '', 'Staatsrat (i. V.)', '', 'Bayern', '', 'Dr. Paul Huber', '', 'Staatsminister', ...TAIL])
    expect(after.attendees.map((a) => [a.org, a.name, a.title])).toEqual([['HB', 'Eva Lindner', 'Senatorin'], ['HH', 'Jan Meyer', 'Staatsrat'], ['BY', 'Paul Huber', 'Staatsminister']])
  })

  it('labels printed after their rows: the guests\' label after the members\' last row, a singular "Ständiger Gast" with several bodies', () => {
    const late = record([...HEADER, 'Mitglieder der Konferenz', 'Bremen', '', 'Eva Lindner', '', 'Senatorin', '', 'Hamburg', '', 'Dr. Jan Meyer', '', 'Staatsrat', '',
      'Dr. Leonie Hartenstein', '', 'Staatssekretärin', '', 'BfDI', '', 'Dr. Henrike Albers', '', 'Bundesbeauftragte', '',
      'Ständiger Gast', 'BMDS', 'Gäste', '', 'Weitere Teilnehmende', 'Bremen', '', 'Ole Brandt', ...TAIL])
    expect(late.attendees.map((a) => [a.role, a.org, a.name])).toEqual([['member', 'HB', 'Eva Lindner'], ['member', 'HH', 'Jan Meyer'],
      ['permanent_guest', 'BMDS', 'Leonie Hartenstein'], ['guest', 'BfDI', 'Henrike Albers'], ['staff', 'HB', 'Ole Brandt']])
    const singular = record([...HEADER, 'Mitglieder der Konferenz', 'HB', '', 'Senatorin Eva Lindner', '', 'Ständiger Gast', 'BMDS', '', 'Staatssekretärin Dr. Leonie Hartenstein', '',
      'BSI', '', 'Präsidentin Claudia Plattner', '', 'Gäste', '', 'Weitere Teilnehmende', 'HB', '', 'Ole Brandt', ...TAIL])
    expect(singular.attendees.map((a) => [a.role, a.org])).toEqual([['member', 'HB'], ['permanent_guest', 'BMDS'], ['guest', 'BSI'], ['staff', 'HB']])
  })
})

describe('a fresh held-out set\'s phenomena (sessions 18-22)', () => {
  const item = (...body: string[]) => record([...HEADER, 'TOP 3 Glasfaser (TH)', ...body, ...TAIL])
  const dissentOf = (r: Extraction) => dissent(r, '3')

  it('members as a list in prose ("Für Bremen: …; für das Saarland: nicht vertreten"), "vertreten durch", "Begleitung"', () => {
    const r = record([...HEADER, 'Teilnehmerinnen und Teilnehmer', 'Stimmberechtigte Mitglieder: Für Bremen: Senatorin Eva Lindner; für',
      'Hamburg: Staatsrat Jan Meyer, vertreten durch Staatssekretär Ole Brandt; für das Saarland: nicht vertreten; für',
      'Thüringen: Minister Lars Kuhn.', 'Begleitung', 'HB    Mia Lange', ...TAIL])
    expect(r.attendees.map((a) => [a.role, a.org, a.name])).toEqual([['member', 'HB', 'Eva Lindner'], ['member', 'HH', 'Ole Brandt'],
      ['member', 'TH', 'Lars Kuhn'], ['staff', 'HB', 'Mia Lange']])
    expect(r.absent.map((a) => a.org)).toEqual(['SL'])
  })

  it('the office in a column before the Land, a remark column ("Vorsitz", "bis 13.10 Uhr"), "—" for nobody, Roman section labels', () => {
    const r = record([...HEADER, 'I. Stimmberechtigte Mitglieder', 'Funktion      Land                 Name                 Bemerkung',
      'Senatorin     Freie Hansestadt     Eva Lindner          Vorsitz', '              Bremen',
      '—             Land Hessen          —                    nicht vertreten',
      'Minister      Freistaat Thüringen  Lars Kuhn            bis 13.10 Uhr', ...TAIL])
    expect(r.attendees.map((a) => [a.org, a.name, a.title, a.chair])).toEqual([['HB', 'Eva Lindner', 'Senatorin', true], ['TH', 'Lars Kuhn', 'Minister', false]])
    expect(r.absent.map((a) => a.org)).toEqual(['HE'])
  })

  it('two tables side by side ("BW  Minister …   NI  Staatssekretärin …"), "(verhindert)" with "Vertretung:" below', () => {
    const r = record([...HEADER, 'Stimmberechtigte Mitglieder',
      'HB      Senatorin Eva Lindner                     NI     Staatssekretärin Merle Habenicht',
      'HH      Staatsrat Jan Meyer (verhindert)          TH     Minister Lars Kuhn', '        Vertretung: Staatssekretär Ole Brandt', ...TAIL])
    expect(r.attendees.map((a) => `${a.org} ${a.name}`).sort()).toEqual(['HB Eva Lindner', 'HH Ole Brandt', 'NI Merle Habenicht', 'TH Lars Kuhn'])
  })

  it('"Beschluss" without colon, "Beschluss zu TOP 3" over one unnumbered paragraph, a lead-in sentence wrapping onto "Beschluss:"', () => {
    const a = item('Beschluss zu TOP 3', 'Die DMK begrüßt, dass Brandenburg beitritt.', 'Bayern stimmt dagegen; im Übrigen Zustimmung.').agenda[0]!
    expect(a.resolution).toMatchObject({preamble: 'Die DMK begrüßt, dass Brandenburg beitritt.', clauses: []})
    expect(dissent(item('Beschluss zu TOP 3', 'Die DMK begrüßt, dass Brandenburg beitritt.', 'Bayern stimmt dagegen; im Übrigen Zustimmung.'), '3')).toEqual(['BY=no'])
    const b = item('Beschluss', 'Die Zahl der Vorfälle steigt. Vor diesem Hintergrund fasst die Digitalministerkonferenz folgenden', 'Beschluss:',
      '1. Die Länder richten einen Dienst ein.', 'Einstimmig so beschlossen.').agenda[0]!
    expect(b.resolution!.clauses.map((c) => c.number)).toEqual(['1'])
    expect(b.vote).toMatchObject({outcome: 'adopted', unanimous: true})
    expect(item('Der so geänderte Beschluss lautet:', '1. Die DMK beschließt den Plan.', 'Bei Enthaltung Bayerns angenommen.').agenda[0]!.resolution!.preamble)
      .toBe('Der so geänderte Beschluss lautet:')
  })

  it('votes: "Zustimmung von 12 Ländern, Gegenstimme Berlin", "mit 15 : 1 Stimmen", "– zugleich für das Saarland –", a missed quorum', () => {
    const decided = (...vote: string[]) => item('Beschluss:', '1. Die Länder bauen aus.', ...vote)
    expect(dissentOf(decided('Abstimmung: Zustimmung von 14 Ländern, Gegenstimme Berlin, Enthaltungen Hamburg.'))).toEqual(['BE=no', 'HH=abstain'])
    expect(dissentOf(decided('Der Beschlussvorschlag wird mit 15 : 1 Stimmen angenommen; Gegenstimme: Sachsen.'))).toEqual(['SN=no'])
    expect(dissentOf(decided('Mit Ausnahme von Bayern und Hessen, die sich enthalten, stimmen alle anwesenden Länder zu.'))).toEqual(['BY=abstain', 'HE=abstain'])
    const aside = decided('Für den Beschlussvorschlag stimmen Bremen und Berlin; Brandenburg und Rheinland-Pfalz –', 'zugleich für das Saarland – enthalten sich; die übrigen Länder stimmen dagegen.')
    expect(aside.agenda[0]!.vote!.outcome).toBe('rejected')
    expect(dissentOf(aside).filter((d) => d.endsWith('abstain'))).toEqual(['BB=abstain', 'RP=abstain', 'SL=abstain'])
    expect(decided('Der Antrag verfehlt die erforderliche Mehrheit von 13 Stimmen (11 Ja, 2 Nein, 2 Enthaltungen).').agenda[0]!.vote)
      .toMatchObject({outcome: 'rejected', positions: null})
    expect(decided('Zustimmung aller Länder.').agenda[0]!.vote).toMatchObject({outcome: 'adopted', unanimous: true})
    expect(decided('Ergebnis: einvernehmlich.').agenda[0]!.vote!.unanimous).toBe(true)
  })

  it('what happened before is no outcome ("war … vertagt worden"); "nimmt den Antrag zurück"; a represented Land keeps voting', () => {
    expect(item('Die Beratung war in der 19. Sitzung vertagt worden.', 'Beschluss:', '1. Die Länder bauen aus.', 'Der Beschluss wird einstimmig angenommen.')
      .agenda[0]!.vote!.outcome).toBe('adopted')
    expect(item('Nach ausführlicher Aussprache nimmt Thüringen den Antrag zurück.').agenda[0]!.vote).toMatchObject({outcome: 'withdrawn', debate: true})
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Minister Lars Kuhn (TH) verlässt die Sitzung um 11.30 Uhr; Thüringen wird',
      'weiterhin durch Staatssekretär Dr. Ole Brandt vertreten.', 'TOP 4 Daten (HH)', 'Der Beschlussvorschlag wird einstimmig angenommen.', ...TAIL])
    expect(dissent(r, '4')).toEqual([])
  })
})

describe('plain pdftotext, a further office', () => {
  it('office, code and names cell by cell; the remark column printed after the table; a remark that repeats a label', () => {
    const r = record([...HEADER, 'I. Stimmberechtigte Mitglieder', 'Funktion', '', 'Land', '', 'Name', '', 'Bemerkung', '',
      'Senatorin', '', 'Freie Hansestadt', 'Bremen', '', 'Eva Lindner', '', '—', '', 'Land Hessen', '', '—', '',
      'Minister', '', 'Freistaat Thüringen', '', 'Lars Kuhn', '', 'nicht vertreten', '', 'bis 13.10 Uhr', '',
      'II. Ständiger Gast und Gäste', 'Staatssekretär', '', 'BMDS', '', 'Dr. Henning Albers', '', 'Ständiger Gast', '',
      'Präsidentin', '', 'FITKO', '', 'Dr. Annette Lindqvist', ...TAIL])
    expect(r.attendees.map((a) => [a.role, a.org, a.name, a.title])).toEqual([['member', 'HB', 'Eva Lindner', 'Senatorin'],
      ['member', 'TH', 'Lars Kuhn', 'Minister'], ['permanent_guest', 'BMDS', 'Henning Albers', 'Staatssekretär'], ['guest', 'FITKO', 'Annette Lindqvist', 'Präsidentin']])
    expect(r.absent.map((a) => a.org)).toEqual(['HE'])
  })

  it('the labels\' block in the middle of the members; names of a table spilled after the first head', () => {
    const r = record([...HEADER, 'Mitglieder der Konferenz', 'HB', 'Senatorin Eva Lindner', 'HH', 'Staatsrat Jan Meyer',
      'Ständige Gäste', '', 'Gäste', '', 'Begleitung', 'TH', 'Minister Lars Kuhn', 'BMDS', 'Staatssekretär Dr. Henning Albers',
      'BfDI', 'Prof. Dr. Carla Wendt', 'HB', 'Mia Lange', ...TAIL])
    expect(r.attendees.map((a) => [a.role, a.org])).toEqual([['member', 'HB'], ['member', 'HH'], ['member', 'TH'],
      ['permanent_guest', 'BMDS'], ['guest', 'BfDI'], ['staff', 'HB']])
    const spilled = record([...HEADER, 'Mitglieder:', 'HB', 'Senatorin Eva Lindner', 'Weitere Teilnehmende:', 'Bremen:', 'Hamburg:', 'Thüringen:',
      'TOP 1', '', 'Mia Lange, Ole Brandt', 'Jasper Thießen', 'Christoph Gräfe', '', 'Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', ...TAIL.slice(2)])
    expect(people(spilled, 'staff')).toEqual(['HB Mia Lange', 'HB Ole Brandt', 'HH Jasper Thießen', 'TH Christoph Gräfe'])
    expect(spilled.agenda[0]!.title).toBe('Eröffnung')
  })
})

describe('a head\'s number read before the clauses of the item above (plain pdftotext)', () => {
  it('the number waits for its title: the paragraph after the decision that the sponsor line follows; the number is a leftover', () => {
    const r = record([...HEADER, 'Teilnehmende:', 'HB', 'Senatorin Eva Lindner',
      '1.', '', 'Eröffnung', '', 'Die Vorsitzende eröffnet die Sitzung.', '',
      '2.', '', 'Cyberübung', '', 'Antragsteller: NI, HB', 'Beschluss:', '', '3.', '', '1.', '', 'Die Länder üben gemeinsam.', '',
      '2.', '', 'Bremen koordiniert die Übung.', '', 'Künstliche Intelligenz: Ein gemeinsames Sprachmodell', 'für die Verwaltung', '',
      'Antragsteller: BY, BW', 'Beschluss:', '1.', '', 'Die DMK unterstützt den Betrieb.', '',
      '4.', '', 'Verschiedenes', '', 'Es gibt keine Wortmeldungen.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Eröffnung'], ['2', 'Cyberübung'],
      ['3', 'Künstliche Intelligenz: Ein gemeinsames Sprachmodell für die Verwaltung'], ['4', 'Verschiedenes']])
    expect(r.agenda[1]!.resolution).toMatchObject({preamble: null})
    expect(r.agenda[1]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die Länder üben gemeinsam.', 'Bremen koordiniert die Übung.'])
    expect(r.segments.filter((s) => s.kind === 'leftover')).toHaveLength(1)
  })
})

describe('small forms the generality corpus kept open', () => {
  it('"Anlagen zu dieser Niederschrift:", a place "in der Lutherstadt Wittenberg", a clause label read before an item\'s text', () => {
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Beschluss:', '1.', '', 'Die Länder wirken darauf hin, dass', 'a)', '', 'ein Dienst entsteht,', '',
      'b) ein Netz entsteht und', 'c)', '2.', '', 'Kurse angeboten werden.', '', 'Die DMK bittet den Bund um Mittel.', '',
      'Der Beschluss wird einstimmig gefasst.', 'TOP 4 Verschiedenes', 'Die 10. Sitzung findet am 7. Mai 2031 in der Lutherstadt Wittenberg statt.',
      'Anlagen zu dieser Niederschrift:', '1. Präsentation des Bundes'])
    expect(r.agenda[0]!.resolution!.clauses.map((c) => [c.number, c.text, (c.items ?? []).map((i) => i.text)])).toEqual([
      ['1', 'Die Länder wirken darauf hin, dass', ['ein Dienst entsteht,', 'ein Netz entsteht und', 'Kurse angeboten werden.']],
      ['2', 'Die DMK bittet den Bund um Mittel.', []]])
    expect(r.meeting!.announcements.map((a) => [a.number, a.place])).toEqual([[10, 'Lutherstadt Wittenberg']])
    expect(r.attachments.map((a) => [a.number, a.title])).toEqual([['1', 'Präsentation des Bundes']])
  })

  it('a footnote whose number plain pdftotext printed above other lines of the page: only the sentences at the foot are the note', () => {
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Thüringen ist entschuldigt.2', 'Anlagen', 'Anlage 1:', 'Anlage 2:', '', '2', '',
      'Präsentation des Bundes', 'Berichte der Länder', '', 'Vgl. den Beschluss vom 16. November 2033,', 'Nummer 4.', '', '- 3 -'])
    expect(r.attachments.map((a) => a.title)).toEqual(['Präsentation des Bundes', 'Berichte der Länder'])
    expect(r.segments.filter((s) => s.label === 'footnote')).toHaveLength(3)
  })
})

describe('a third held-out set\'s phenomena (sessions 23-27)', () => {
  it('line numbers in the margin, before the text or gathered on lines of their own, are no part of the text', () => {
    const numbered = (n: number, text: string) => (n % 5 === 0 ? `${n}   ${text}` : `    ${text}`)
    const body = ['TOP 3 Cloud (BE)', 'Beschluss:', '1. Die Länder bauen aus.', '2. Die Länder berichten.', 'Der Beschluss wird einstimmig gefasst.',
      'TOP 4 Daten (HH)', 'Der Bericht wird zur Kenntnis genommen.', 'TOP 5 Glasfaser (TH)', 'Beschluss:', '1. Die Länder fördern.',
      'Der Beschluss wird einstimmig gefasst.', 'TOP 6 Verschiedenes', 'Es gibt keine Wortmeldungen.', 'Die Vorsitzende dankt allen.', 'Die Sitzung endet.']
    const r = record([...HEADER, ...body.map((t, i) => numbered(i + 1, t))])
    expect(r.agenda.map((a) => a.number)).toEqual(['3', '4', '5', '6'])
    expect(r.agenda[2]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die Länder fördern.'])
    expect(r.agenda[0]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die Länder bauen aus.', 'Die Länder berichten.'])
    const gathered = record([...HEADER, 'TOP 3 Cloud (BE)', '5', '', '10', '', '15', '', 'Der Bericht wird zur Kenntnis genommen.', ...TAIL])
    expect(gathered.segments.filter((s) => s.label === 'line-number')).toHaveLength(3)
  })

  it('items "aa)", "bb)", "cc)"; a body\'s code after the name ("…, BMDS"); bullets; "Name (BW), Name (BY)" lists', () => {
    const r = record([...HEADER, 'Mitglieder:', 'HB Senatorin Eva Lindner', 'Ständiger Gast: Staatssekretärin Dr. Kerstin Wallraff, BMDS', 'Gäste:',
      ' • Präsident Dr. Tilman Ochs, BSI (zu TOP 5)', 'Weitere Teilnehmende: Anna Beck (BW), Jonas Ruf (BY),', 'Dr. Lea', 'Hartmann (HE)',
      'TOP 3 Cloud (BE)', 'Beschluss:', '1. Der Vertrag soll insbesondere', '   aa) die Pflege sichern,', '   bb) Schnittstellen offenlegen und',
      '   cc) den Kommunen offenstehen.', 'Der Beschluss wird einstimmig gefasst.', ...TAIL])
    expect(r.attendees.filter((a) => a.role !== 'member').map((a) => [a.role, a.org, a.name, a.title])).toEqual([
      ['permanent_guest', 'BMDS', 'Kerstin Wallraff', 'Staatssekretärin'], ['guest', 'BSI', 'Tilman Ochs', 'Präsident'],
      ['staff', 'BW', 'Anna Beck', null], ['staff', 'BY', 'Jonas Ruf', null], ['staff', 'HE', 'Lea Hartmann', null]])
    expect(r.agenda[0]!.resolution!.clauses[0]!.items!.map((i) => [i.label, i.text])).toEqual([['aa', 'die Pflege sichern,'],
      ['bb', 'Schnittstellen offenlegen und'], ['cc', 'den Kommunen offenstehen.']])
  })

  it('a grid of Länder: two headings side by side, each over its people (pdftotext -layout)', () => {
    const r = record([...HEADER, 'Stimmberechtigte Mitglieder', 'Bremen                                 Hamburg',
      'Senatorin Eva Lindner                  Staatsrat Dr. Jan Meyer', '                                       Staatssekretär Ole Brandt (Stv.)',
      'Hessen                                 Thüringen', 'Minister Karl Roth                     Minister Lars Kuhn', ...TAIL])
    expect(r.attendees.map((a) => `${a.org} ${a.name}`)).toEqual(['HB Eva Lindner', 'HH Jan Meyer', 'HH Ole Brandt', 'HE Karl Roth', 'TH Lars Kuhn'])
  })
})

describe('votes and headings of the third held-out set', () => {
  const decided = (head: string, ...vote: string[]) => record([...HEADER, 'TOP 3 Glasfaser (TH)', head, '1. Die Länder bauen aus.', ...vote, ...TAIL])
  const of = (r: Extraction) => dissent(r, '3')

  it('"Beschluss Nr. 27/4", "Beschlussvorschlag der Länder A und B:", labelled tallies and lists', () => {
    expect(of(decided('Beschluss Nr. 27/4', 'Bei Gegenstimmen aus Bayern und Sachsen angenommen.'))).toEqual(['BY=no', 'SN=no'])
    expect(of(decided('Beschlussvorschlag der Länder Niedersachsen und Bremen:', 'Angenommen. Gegenstimme: Bayern. Enthaltungen: Berlin, Sachsen.')))
      .toEqual(['BY=no', 'BE=abstain', 'SN=abstain'])
    expect(of(decided('Beschluss:', 'Die DMK fasst den Beschluss mit 13:2:1 Stimmen (Nein: BY, SN; Enthaltung: BW).'))).toEqual(['BW=abstain', 'BY=no', 'SN=no'])
    expect(of(decided('Beschluss:', 'Abstimmung: Ja 14, Nein 0, Enthaltung 2 (HB, HH) – angenommen.'))).toEqual(['HB=abstain', 'HH=abstain'])
    expect(decided('Beschluss:', 'Dafür: 13 – Dagegen: 1 – Enthaltungen: 1. Der Beschluss ist angenommen.').agenda[0]!.vote).toMatchObject({unanimous: false, positions: null})
  })

  it('"Einvernehmen aller Länder.", "geschlossen zu", "mit großer Mehrheit", "stimmt mit Nein", "Stimmenthaltung", a proxy in a relative clause', () => {
    expect(decided('Beschluss:', 'Einvernehmen aller Länder.').agenda[0]!.vote).toMatchObject({outcome: 'adopted', unanimous: true})
    expect(decided('Beschluss:', 'Die Länder stimmen dem Beschlussvorschlag geschlossen zu.').agenda[0]!.vote).toMatchObject({outcome: 'adopted', unanimous: true})
    expect(decided('Beschluss:', 'Der Beschluss wird mit großer Mehrheit gefasst.').agenda[0]!.vote).toMatchObject({unanimous: false, positions: null})
    expect(of(decided('Beschluss:', 'Bayern stimmt mit Nein. Die übrigen anwesenden Länder stimmen dem Beschluss zu.'))).toEqual(['BY=no'])
    expect(of(decided('Beschluss:', 'Der Beschluss ergeht bei Stimmenthaltung von Hessen.'))).toEqual(['HE=abstain'])
    expect(of(decided('Beschluss:', 'Bayern und Rheinland-Pfalz, das zugleich die Stimme des Saarlandes führt, enthalten sich der Stimme; alle übrigen Länder stimmen zu.')))
      .toEqual(['BY=abstain', 'RP=abstain', 'SL=abstain'])
  })
})

describe('bulleted attendee lists and an agenda overview after them', () => {
  it('"▪ Bayern: …", "Saarland: vertreten durch …" (no person of its own), "Tagesordnung" with "• TOP 1 …" lines that are no attendees', () => {
    const r = record([...HEADER, 'Stimmberechtigte Mitglieder:', '▪ Bremen: Senatorin Eva Lindner', '▪ Rheinland-Pfalz: Minister Karl Roth',
      '▪ Saarland: vertreten durch Minister Karl Roth (Rheinland-Pfalz)', 'Gäste', 'Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)',
      'Prof. Dr. Leonie Haberland (zu TOP 3)', 'Tagesordnung', '• TOP 1 Eröffnung', '• TOP 2 Verschiedenes', ...TAIL])
    expect(r.attendees.map((a) => [a.role, a.org, a.name, a.title])).toEqual([['member', 'HB', 'Eva Lindner', 'Senatorin'],
      ['member', 'RP', 'Karl Roth', 'Minister'], ['guest', 'BfDI', 'Leonie Haberland', null]])
    expect(r.absent).toEqual([])
    expect(r.segments.some((s) => s.kind === 'agendaList')).toBe(true)
  })
})

describe('minutes in two text columns (pdftotext -layout)', () => {
  // Two columns of 44 characters and a gutter, as -layout prints them: left and right side by side on each line.
  const side = (left: readonly string[], right: readonly string[], x = 50) =>
    Array.from({length: Math.max(left.length, right.length)}, (_, i) => `${(left[i] ?? '').padEnd(x)}${right[i] ?? ''}`.trimEnd())
  const LEFT = ['TOP 3 Rechenzentren der Länder (BE, BB)', 'Staatssekretärin Eva Lindner (BE) stellt den', 'Vorschlag vor; die Länder erörtern die Kosten.',
    'Beschluss:', '1. Die Länder bündeln den Betrieb ihrer', '   Rechenzentren in einem gemeinsamen Verbund', '   und legen dafür eine Satzung vor.',
    '2. Die Kosten werden nach dem Königsteiner', '   Schlüssel auf die beteiligten Länder verteilt']
  const RIGHT = ['   und jährlich überprüft.', 'Der Beschluss wird bei Enthaltung von Bayern', 'gefasst.', '',
    'TOP 4 Offene Daten (HH)', 'Staatsrat Dr. Jan Meyer (HH) berichtet über den', 'Stand des gemeinsamen Datenportals der Länder.',
    'Die DMK nimmt den Bericht zur Kenntnis.']

  it('reads the left column, then the right one: a clause that runs on at the top of the right column stays whole', () => {
    const r = record([...HEADER, ...side(LEFT, RIGHT), '', 'TOP 5 Verschiedenes', 'Es gibt keine Wortmeldungen.'])
    expect(r.agenda.map((a) => a.number)).toEqual(['3', '4', '5'])
    expect(r.agenda[0]!.resolution!.clauses.map((c) => c.text)).toEqual([
      'Die Länder bündeln den Betrieb ihrer Rechenzentren in einem gemeinsamen Verbund und legen dafür eine Satzung vor.',
      'Die Kosten werden nach dem Königsteiner Schlüssel auf die beteiligten Länder verteilt und jährlich überprüft.'])
    expect(dissent(r, '3')).toEqual(['BY=abstain'])
    expect(r.agenda[1]!.vote).toMatchObject({outcome: 'noted'})
  })

  it('keeps the raw offsets of every fact: a clause on both columns spans the bytes of both parts', () => {
    const text = [...HEADER, ...side(LEFT, RIGHT), '', 'TOP 5 Verschiedenes', 'Es gibt keine Wortmeldungen.'].join('\n')
    const {record: r, normalized, file} = run(text)
    expect(normalized.changes['columns']).toBe(1)
    const rows = factRows(r, normalized, file)
    const raw = new TextEncoder().encode(text)
    const slice = (s: number, e: number) => new TextDecoder().decode(raw.subarray(s, e))
    const title = (JSON.parse(rows.tables.agenda_items) as unknown[][]).find((row) => row[1] === '4')!
    expect(slice(title[4] as number, title[5] as number)).toBe('Offene Daten')
    const clause = (JSON.parse(rows.tables.clauses) as unknown[][]).find((row) => row[2] === '2')!
    const bytes = slice(clause[4] as number, clause[5] as number)
    // Its two parts: the right column's first line comes first in the file, the left column's last line last.
    expect(bytes.trimStart().startsWith('und jährlich überprüft.')).toBe(true)
    expect(bytes.trimEnd().endsWith('Schlüssel auf die beteiligten Länder verteilt')).toBe(true)
  })

  it('leaves tables side by side alone: codes beside names, two tables of members, a status table', () => {
    const table = side(LANDS.map((c) => `${c}`), MINISTERS, 30)
    const r = record([...HEADER, 'Mitglieder der DMK', ...table, ...TAIL])
    expect(people(r, 'member')).toHaveLength(16)
    expect(run([...HEADER, 'Mitglieder der DMK', ...table, ...TAIL].join('\n')).normalized.changes['columns']).toBeUndefined()
    const status = side(['Fahrzeugregister   angebunden     geplant 2037', 'Gewerberegister    in Umsetzung   angebunden', 'Melderegister      angebunden     angebunden',
      'Personenstand      geplant 2038   in Umsetzung', 'Grundbuch          angebunden     angebunden', 'Schülerregister    in Umsetzung   geplant 2039'],
    ['Bemerkung: die Länder melden bis Mai', 'angebunden         angebunden      offen', 'in Umsetzung       angebunden      offen', 'angebunden         in Umsetzung    offen',
      'geplant 2037       angebunden      offen', 'angebunden         angebunden      offen'])
    expect(run([...HEADER, ...status, ...TAIL].join('\n')).normalized.changes['columns']).toBeUndefined()
  })
})

describe('a fourth held-out set\'s phenomena (sessions 28-32)', () => {
  it('the name first, then the Land\'s column ("NRW", "NDS"), then the office or a remark that is no office', () => {
    const r = record([...HEADER, 'Mitglieder der DMK', ' Dr. Anna Weber                   HB       Senatorin (Vorsitz)',
      ' Tom Brandt                       NRW      Staatssekretär', ' Dr. Ole Janssen                  NDS      Staatssekretär (Stv.)',
      'Weitere Teilnehmende', ' Jana Fischer                     BY       Begleitung', ' Moritz Engel                     BMDS     Referat DG II, Protokoll', ...TAIL])
    expect(roster(r)).toEqual([
      ['member', 'HB', 'Anna Weber', 'Senatorin', true], ['member', 'NW', 'Tom Brandt', 'Staatssekretär', false],
      ['member', 'NI', 'Ole Janssen', 'Staatssekretär', false], ['staff', 'BY', 'Jana Fischer', null, false], ['staff', 'BMDS', 'Moritz Engel', null, false]])
  })

  it('a list with dashes: "– Frau Ministerin … (Land), Vorsitz", an institution in parentheses, "zu TOP 3 und TOP 9"', () => {
    const r = record([...HEADER, 'Mitglieder', '– Frau Senatorin Eva Lindner (Bremen)', '– Herr Minister Karl Roth (Hessen), Vorsitz', 'Gäste',
      '– Herr Vizepräsident Dr. Tilman Ochs (Bundesamt für Sicherheit in der Informationstechnik – BSI), zu TOP 3 und TOP 9',
      '– Frau Prof. Dr. Leonie Haberland (Technische Universität Dresden), zu TOP 4', ...TAIL])
    expect(roster(r)).toEqual([
      ['member', 'HB', 'Eva Lindner', 'Senatorin', false], ['member', 'HE', 'Karl Roth', 'Minister', true],
      ['guest', 'BSI', 'Tilman Ochs', 'Vizepräsident', false], ['guest', 'Technische Universität Dresden', 'Leonie Haberland', null, false]])
  })

  it('Länder abbreviated as offices write them ("NRW", "RLP", "LSA", "M-V", "S-H") count as the Land in votes', () => {
    const r = record([...HEADER, 'TOP 3 Glasfaser (TH)', 'Beschluss:', '1. Die Länder bauen aus.',
      'Der Beschluss wird mit 12:2:2 Stimmen gefasst (Nein: NRW, RLP; Enthaltung: LSA, M-V).', ...TAIL])
    expect(dissent(r, '3')).toEqual(['MV=abstain', 'NW=no', 'RP=no', 'ST=abstain'])
  })

  it('"TOP 3 a" heads, "Ziffer 1" clauses (not "Ziffer 2 wird … gestrichen"), abbreviated offices, a legend under the table', () => {
    const r = record([...HEADER, 'Mitglieder', 'HB   Min.in Dr. Eva Lindner', 'HE   StS Karl Roth', '     StS.in Ute Krüger',
      'Abkürzungen: Min./Min.in = Minister/in, StS/StS.in = Staatssekretär/in', 'TOP 3 Digitale Souveränität', 'TOP 3 a Cloud: Mindestanforderungen (BE)',
      'Beschluss:', 'Ziffer 1 Die Länder legen die Anforderungen fest.', 'Ziffer 2 Sie berichten zur nächsten Sitzung.', 'Ziffer 2 wird gestrichen.',
      'Der Beschluss wird einstimmig gefasst.', 'TOP 3 b Open Source (SH)', 'Der Bericht wird zur Kenntnis genommen.', ...TAIL])
    expect(r.attendees.map((a) => [a.org, a.name, a.title])).toEqual([['HB', 'Eva Lindner', 'Min.in'], ['HE', 'Karl Roth', 'StS'], ['HE', 'Ute Krüger', 'StS.in']])
    expect(r.agenda.map((a) => a.number)).toEqual(['3', '3a', '3b', '1', '2'])
    expect(r.agenda[1]!.resolution!.clauses.map((c) => [c.number, c.text])).toEqual([['1', 'Die Länder legen die Anforderungen fest.'],
      ['2', 'Sie berichten zur nächsten Sitzung. Ziffer 2 wird gestrichen.']])
  })

  it('the chair named in a sentence, the minute-takers signed at the end, "Name, Name (BW)", "Datum/Zeit", "Anlagen:" and "Verteiler:"', () => {
    const a = record(['Niederschrift über die 9. Sitzung der Digitalministerkonferenz', 'Datum/Zeit: 14.03.2030, 10:30 – 16:00 Uhr', 'Ort: Rathaus, Bremen',
      'Die Sitzung leitet der Vorsitzende der Digitalministerkonferenz, Herr Senator Dr. Jan Meyer (Freie Hansestadt Bremen).', ...TAIL,
      'Für das Protokoll:', 'Dr. Lea Vogt', 'Ole Brandt', '(Freie Hansestadt Bremen)'])
    expect(a.meeting).toMatchObject({date: '2030-03-14', start: '10:30', end: '16:00'})
    expect(a.meeting!.chair.map((p) => [p.name, p.org])).toEqual([['Jan Meyer', 'HB']])
    expect(a.meeting!.minutes.map((p) => [p.name, p.org])).toEqual([['Lea Vogt', 'HB'], ['Ole Brandt', 'HB']])
    const b = record(['Ergebnisprotokoll der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Protokoll: Dr. Lea Vogt, Ole Brandt (HB)',
      'Anlagen: 2', 'Verteiler: Mitglieder der DMK, Ständiger Gast', ...TAIL])
    expect(b.meeting!.minutes.map((p) => [p.name, p.org])).toEqual([['Lea Vogt', 'HB'], ['Ole Brandt', 'HB']])
  })

  it('"Entschuldigt: Saarland" under the members; "(Berichterstattung: NDS, HB; Gast: FITKO)" and a "Berichterstattung:" line', () => {
    const r = record([...HEADER, 'Mitglieder', 'HB   Senatorin Eva Lindner', 'HE   Minister Karl Roth', 'Entschuldigt: Saarland',
      'TOP 3 Bericht der Arbeitsgruppe Identitäten (Berichterstattung: NDS, HB; Gast: FITKO)', 'Der Bericht wird zur Kenntnis genommen.',
      'TOP 4 Glasfaser', 'Berichterstattung: Thüringen, Sachsen', 'Der Bericht wird zur Kenntnis genommen.', ...TAIL])
    expect(r.attendees.map((a) => a.name)).toEqual(['Eva Lindner', 'Karl Roth'])
    expect(r.absent.map((a) => a.org)).toEqual(['SL'])
    expect(r.agenda.slice(0, 2).map((a) => [a.title, a.sponsors.map((s) => s.org), a.guests.map((g) => g.org)])).toEqual([
      ['Bericht der Arbeitsgruppe Identitäten', ['NI', 'HB'], ['FITKO']], ['Glasfaser', ['TH', 'SN'], []]])
  })

  it('a roll call ("Namentliche Abstimmung: BW: ja, BY: nein, …"), a decision in one word ("Einstimmig.")', () => {
    const roll = LANDS.map((c) => `${c === 'NI' ? 'NDS' : c}: ${c === 'BY' || c === 'SN' ? 'nein' : c === 'ST' ? 'Enthaltung' : 'ja'}`).join(', ')
    const r = record([...HEADER, 'TOP 3 Glasfaser (TH)', 'Beschluss:', '1. Die Länder bauen aus.', `Namentliche Abstimmung: ${roll}.`,
      'Der Beschluss ist damit angenommen.', 'TOP 4 Cloud (BE)', 'Beschluss:', '1. Die Länder bündeln den Betrieb.', 'Einstimmig.', ...TAIL])
    expect(dissent(r, '3')).toEqual(['BY=no', 'SN=no', 'ST=abstain'])
    expect(r.agenda[1]!.vote).toMatchObject({outcome: 'adopted', unanimous: true})
  })

  it('a guest\'s remark that wraps before its number ("…, zu" / "TOP 3") heads no item', () => {
    const r = record([...HEADER, 'Gäste', 'Prof. Dr. Leonie Haberland (Technische Universität Dresden), zu', 'TOP 3', 'TOP 1 Eröffnung',
      'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Verschiedenes', 'Es gibt keine Wortmeldungen.', 'TOP 3 Cloud (BE)', 'Der Bericht wird zur Kenntnis genommen.'])
    expect(r.agenda.map((a) => a.number)).toEqual(['1', '2', '3'])
  })

  it('a departure without a Land beside the name: "Herr Staatsminister … verlässt …; Bayern wird ab TOP 7 von Baden-Württemberg vertreten"', () => {
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Der Bericht wird zur Kenntnis genommen.',
      'Herr Staatsminister Dr. Paul Huber verlässt die Sitzung um 13:00 Uhr; Bayern wird ab TOP 4 von Baden-Württemberg vertreten.',
      'TOP 4 Glasfaser (TH)', 'Beschluss:', '1. Die Länder bauen aus.', 'Der Beschluss wird einstimmig gefasst.', ...TAIL])
    expect(r.meeting!.departures.map((d) => [d.name, d.org, d.time, d.proxy])).toEqual([['Paul Huber', 'BY', '13:00', 'BW']])
  })

  it('Länder taking positions before the decision are a debate: "halten … für bedenklich", "sieht noch Abstimmungsbedarf"', () => {
    const debated = (sentence: string) => record([...HEADER, 'TOP 3 Glasfaser (TH)', `Minister Lars Kuhn stellt den Vorschlag vor. ${sentence}`, 'Beschluss:',
      '1. Die Länder bauen aus.', 'Der Beschluss wird einstimmig gefasst.', ...TAIL]).agenda[0]!.vote!.debate
    expect(debated('Bayern und Sachsen halten den Vorschlag für verfassungsrechtlich bedenklich.')).toBe(true)
    expect(debated('Sachsen-Anhalt sieht noch Abstimmungsbedarf mit seinem Innenressort.')).toBe(true)
    expect(debated('Hessen und Bremen sehen datenschutzrechtlichen Klärungsbedarf.')).toBe(true)
    expect(debated('Die Länder danken für die Vorbereitung.')).toBe(null)
  })

  it('line numbers alone on their lines, each near the lines it numbered (plain pdftotext), are furniture, not titles', () => {
    const r = record([...HEADER, 'TOP 1', '5', 'Eröffnung und Tagesordnung', 'Die Vorsitzende eröffnet die Sitzung.', 'Die Tagesordnung wird festgestellt.',
      'TOP 2 Cloud (BE)', 'Der Bericht wird zur Kenntnis genommen.', '10', 'TOP 3 Glasfaser (TH)', 'Der Bericht wird zur Kenntnis genommen.',
      'Es gibt keine weiteren Wortmeldungen.', 'Die Länder danken.', '15', 'TOP 4 Verschiedenes', 'Es gibt keine Wortmeldungen.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Eröffnung und Tagesordnung'], ['2', 'Cloud'], ['3', 'Glasfaser'], ['4', 'Verschiedenes']])
    expect(r.segments.filter((x) => x.label === 'line-number')).toHaveLength(3)
  })

  it('an institution\'s cell before the office ("Deutscher Landkreistag Beigeordneter Dr. … (DLT)") is no part of the name', () => {
    const r = record([...HEADER, 'Gäste', 'Deutscher Landkreistag Beigeordneter Dr. Arne Vogt (DLT)', ...TAIL])
    expect(r.attendees.map((a) => [a.role, a.org, a.name, a.title])).toEqual([['guest', 'DLT', 'Arne Vogt', 'Beigeordneter']])
  })
})


describe('a fifth held-out set\'s phenomena (sessions 33-37)', () => {
  const MEMBERS = ['Mitglieder', ...LANDS.map((c, i) => `${c} ${MINISTERS[i]}`)]
  const heads = (lines: string[]) => record([...HEADER, ...MEMBERS, ...lines]).agenda.map((a) => `${a.number}${a.parent ? `<${a.parent}` : ''} ${a.title}`)

  it('heads by number after "Zu" ("Zu 3.", "Zu 4 a)"), in capitals ("TAGESORDNUNGSPUNKT 4.1") and "Punkt 6:"', () => {
    expect(heads(['Zu 1.   Eröffnung', 'Die Sitzung beginnt.', 'Zu 2.   Netze', 'Bericht.', 'Zu 2 a)   Glasfaser im Dorf', 'Bericht.',
      'Zu 3 Punkten gibt es Nachfragen.', 'Zu 3.   Verschiedenes', 'Keine Wortmeldungen.']))
      .toEqual(['1 Eröffnung', '2 Netze', '2a<2 Glasfaser im Dorf', '3 Verschiedenes'])
    expect(heads(['TAGESORDNUNGSPUNKT 1', 'Eröffnung', 'Die Sitzung beginnt.', 'TAGESORDNUNGSPUNKT 1.1', 'Tagesordnung', 'Sie wird festgestellt.']))
      .toEqual(['1 Eröffnung', '1.1<1 Tagesordnung'])
    expect(heads(['Punkt 1: Eröffnung', 'Die Sitzung beginnt um', 'Punkt 8 Bremen.', 'Punkt 2: Verschiedenes', 'Keine Wortmeldungen.']))
      .toEqual(['1 Eröffnung', '2 Verschiedenes'])
  })

  it('a sentence that begins with "TOP 8 „…“ wird" heads nothing; numbered heads skip an item taken off the agenda', () => {
    expect(heads(['1.   Eröffnung', 'TOP 4 „Offene Daten für alle Länder und', 'Kommunen“ wird auf Antrag Bayerns abgesetzt.', '2.   Netze', 'Bericht.',
      '3.   Verschiedenes', 'Keine Wortmeldungen.'])).toEqual(['1 Eröffnung', '2 Netze', '3 Verschiedenes'])
    expect(heads(['1.   Eröffnung', 'TOP 4 „Offene Daten“ wird auf Antrag Bayerns abgesetzt.', '2.   Netze', 'Bericht.', '3.   Daten',
      'Der Punkt wurde abgesetzt.', '5.   Verschiedenes', 'Keine Wortmeldungen.']))
      .toEqual(['1 Eröffnung', '2 Netze', '3 Daten', '5 Verschiedenes'])
  })

  it('an office column, then the name, then the Land written out ("Ministerin (Vorsitz)   Dr. … Saarland"), "Bund (BMDS)"', () => {
    const r = record([...HEADER, 'Teilnehmende', ' Funktion          Name                            Land', ' Stimmberechtigte Mitglieder',
      ' Ministerin        Anna Weber                      Baden-Württemberg',
      ' Ministerin (Vorsitz)   Dr. Ute Krüger (bis 14.30 Uhr)   Freie Hansestadt Bremen',
      ' Staatssekretär    Ole Janssen                     Mecklenburg-Vorpommern',
      ' Ständiger Gast', ' Staatssekretär    Dr. Jan Meyer                   Bund (BMDS)', ...TAIL])
    expect(roster(r)).toEqual([
      ['member', 'BW', 'Anna Weber', 'Ministerin', false], ['member', 'HB', 'Ute Krüger', 'Ministerin', true],
      ['member', 'MV', 'Ole Janssen', 'Staatssekretär', false], ['permanent_guest', 'BMDS', 'Jan Meyer', 'Staatssekretär', false]])
  })

  it('a running header on two pages of a short protocol, even one that starts like a clause ("36. DMK · 14.11.2041")', () => {
    const r = run(['Protokoll der 36. Sitzung der Digitalministerkonferenz', 'Datum: 14.11.2041', '', 'Mitglieder', 'BW Ministerin Anna Weber', '',
      'TOP 1 Eröffnung', 'Die Sitzung beginnt.', '', 'Seite 1 von 3', '', '\fLand Bremen · Senatskanzlei', '', 'TOP 2 Netze', '', '36. DMK · 14.11.2041',
      '', 'Bericht.', '', 'Seite 2 von 3', '', '\fLand Bremen · Senatskanzlei', '', 'TOP 3 Daten', '', '36. DMK · 14.11.2041', '', 'Bericht.', '',
      'Seite 3 von 3'].join('\n'))
    const furniture = r.record.segments.filter((s) => s.kind === 'furniture').map((s) => String(r.file.value).slice(s.span.start, s.span.end))
    expect(furniture.filter((f) => !f.startsWith('Seite'))).toEqual(['Land Bremen · Senatskanzlei', '36. DMK · 14.11.2041', 'Land Bremen · Senatskanzlei', '36. DMK · 14.11.2041'])
  })

  it('"Land  Mitglieder  Begleitung": the column heads open the members, each row\'s Begleitung cell is its Land\'s staff', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land                Mitglieder                          Begleitung',
      'Bayern              Staatsminister Dr. Paul Huber        Eva Lindner',
      '                    Ministerialdirektor Tom Brandt       Dr. Jan Meyer',
      'Bremen              Staatsrat Karl Roth                  –',
      'Hamburg             – nicht vertreten –                  –', 'Gäste',
      'FITKO               Präsidentin Ute Krüger (zu 3.)       Ida Schulz', ...TAIL])
    expect(people(r, 'member')).toEqual(['BY Paul Huber', 'BY Tom Brandt', 'HB Karl Roth'])
    expect(people(r, 'guest')).toEqual(['FITKO Ute Krüger'])
    expect(people(r, 'staff')).toEqual(['BY Eva Lindner', 'BY Jan Meyer', 'FITKO Ida Schulz'])
    expect(r.absent.map((a) => a.org)).toEqual(['HH'])
  })

  it('"A und B (Saarland)" in a list of staff: the Land after the pair is both persons\'; "(Schleswig-Holstein)." ends the list', () => {
    const r = record([...HEADER, ...MEMBERS, 'Weitere Teilnehmende: Dr. Lea Vogt und Finn Lorenz (Saarland), Ida Schulz', '(Bayern), Ben Hahn (Schleswig-Holstein).', ...TAIL])
    expect(people(r, 'staff')).toEqual(['SL Lea Vogt', 'SL Finn Lorenz', 'BY Ida Schulz', 'SH Ben Hahn'])
  })

  it('votes as "Zustimmung: 14 Länder, Ablehnung: 1 Land (BY), Enthaltung: 1 Land (SN)" and "Abstimmung: einstimmig (Sachsen nicht vertreten)."', () => {
    const r = record([...HEADER, ...MEMBERS, 'TOP 1 Eröffnung', 'Der Freistaat Sachsen ist heute nicht vertreten.', 'TOP 2 Netze',
      'Die DMK fasst folgenden Beschluss:', '1. Die Länder bauen Netze.', 'Abstimmung: einstimmig (Sachsen nicht vertreten).', 'TOP 3 Daten',
      'Die DMK fasst folgenden Beschluss:', '1. Die Länder teilen Daten.', 'Zustimmung: 13 Länder, Ablehnung: 1 Land (BY), Enthaltung: 1 Land (HE)'])
    expect(r.agenda.find((a) => a.number === '2')!.vote).toMatchObject({outcome: 'adopted', unanimous: true})
    expect(dissent(r, '2')).toEqual(['SN=absent'])
    expect(dissent(r, '3')).toEqual(['BY=no', 'HE=abstain', 'SN=absent'])
  })

  it('two Länder a row ("Land Mitglied Land Mitglied"): a parenthesis open at the gap, "SL  nicht vertreten", a second person indented in the left cell', () => {
    const r = record([...HEADER, 'Stimmberechtigte Mitglieder', ' Land Mitglied                                    Land Mitglied',
      ' BW      Ministerin Anna Weber                    BY       Staatsminister Dr. Paul Huber',
      ' NI      Ministerin Eva Lindner (Vorsitz, bis     NW       Ministerin Ida Schulz',
      '         14:15 Uhr)',
      '         Staatssekretär Tom Brandt',
      ' RP      Minister Karl Roth                       SL       nicht vertreten', ...TAIL])
    expect(people(r, 'member')).toEqual(['BW Anna Weber', 'BY Paul Huber', 'NI Eva Lindner', 'NW Ida Schulz', 'NI Tom Brandt', 'RP Karl Roth'])
    expect(r.absent.map((a) => a.org)).toEqual(['SL'])
  })

  it('run-in lines "Gäste: …, zu Punkt 4; Dr. …, Mitglied des Nationalen" / "Normenkontrollrates (NKR)", "Geschäftsstelle: …"; "Anlagen" numbered in a column', () => {
    const r = record([...HEADER, ...MEMBERS, 'Gäste: Präsidentin Dr. Anja Vogt (FITKO), zu Punkt 4; Dr. Lukas Hahn, Mitglied des Nationalen',
      'Normenkontrollrates (NKR), zu Punkt 5', 'Geschäftsstelle: Dr. Jan Meyer, Lea Vogt (beide NI)', ...TAIL, '', 'Anlagen', '1    Eckpunkte für Netze', '2    Teilnehmerliste'])
    expect(people(r, 'guest')).toEqual(['FITKO Anja Vogt', 'NKR Lukas Hahn'])
    expect(people(r, 'staff')).toEqual(['NI Jan Meyer', 'NI Lea Vogt'])
    expect(r.attachments.map((a) => `${a.number} ${a.title}`)).toEqual(['1 Eckpunkte für Netze', '2 Teilnehmerliste'])
  })

  it('a numbered "Anwesenheitsliste" read by its columns: the role from the Status column, cells that wrap stay in their column', () => {
    const r = record([...HEADER, 'Anwesenheitsliste',
      ' Nr. Name                     Amtsbezeichnung        Land / Institution             Status',
      '   1. Anna Weber (bis         Ministerin             Land Baden-Württemberg         Mitglied',
      '      13:05 Uhr)',
      '   2. Dr. Paul Huber          Staatsminister         Freistaat Bayern               Mitglied, Vorsitz',
      '   3. Dr. Jan Meyer           Staatssekretär         Bundesministerium für          Ständiger Gast',
      '                                                     Digitales (BMDS)',
      '   4. Prof. Dr. Ida Schulz    Vizepräsidentin        Universität Jena               Gast (TOP 3)',
      '   5. Ole Brandt              Regierungsrat          Freistaat Bayern               Begleitung',
      '', 'Die Freie Hansestadt Bremen hat ihr Stimmrecht auf Niedersachsen übertragen.', ...TAIL])
    expect(roster(r)).toEqual([
      ['member', 'BW', 'Anna Weber', 'Ministerin', false], ['member', 'BY', 'Paul Huber', 'Staatsminister', true],
      ['permanent_guest', 'BMDS', 'Jan Meyer', 'Staatssekretär', false], ['guest', 'Universität Jena', 'Ida Schulz', 'Vizepräsidentin', false],
      ['staff', 'BY', 'Ole Brandt', 'Regierungsrat', false]])
  })

  it('"Funktion  Name  Land" read by its columns: a guest\'s name and body that wrap', () => {
    const r = record([...HEADER, 'Teilnehmende', ' Funktion          Name                               Land', ' Gäste',
      ' Präsident         Dr. Karl Roth (zu Tagesordnungs-   Bundesnetzagentur',
      '                   punkt 7)                           (BNetzA)',
      ' Vorsitzende       Prof. Dr. Ute Krüger               Datenschutzkonferenz',
      '                                                      (DSK)', ...TAIL])
    expect(r.attendees.map((a) => [a.role, a.org, a.name, a.title])).toEqual([['guest', 'BNetzA', 'Karl Roth', 'Präsident'], ['guest', 'DSK', 'Ute Krüger', 'Vorsitzende']])
  })

  it('the same list where the columns are lost (pdftotext -raw): rows by their numbers, cut at the office, the status alone on a line', () => {
    const r = record([...HEADER, 'Anwesenheitsliste', 'Nr. Name Amtsbezeichnung Land / Institution Status',
      '1. Anna Weber (bis', '13:05 Uhr)', 'Ministerin Land Baden-Württemberg Mitglied',
      '2. Dr. Paul Huber Staatsminister Freistaat Bayern Mitglied, Vorsitz',
      '3. Dr. Jan Meyer Staatssekretär Bundesministerium für Digitales', 'und Staatsmodernisierung (BMDS)', 'Ständiger Gast',
      '4. Ole Brandt Regierungsrat Freistaat Bayern Begleitung',
      'Die Freie Hansestadt Bremen hat ihr Stimmrecht für die heutige Sitzung auf das Land Niedersachsen übertragen.', ...TAIL])
    expect(roster(r)).toEqual([
      ['member', 'BW', 'Anna Weber', 'Ministerin', false], ['member', 'BY', 'Paul Huber', 'Staatsminister', true],
      ['permanent_guest', 'BMDS', 'Jan Meyer', 'Staatssekretär', false], ['staff', 'BY', 'Ole Brandt', 'Regierungsrat', false]])
  })

  it('Länder taking a stance before the decision are a debate ("Der Freistaat Bayern verweist darauf, …", "Berlin und Sachsen halten … für ausreichend")', () => {
    const item = (sentence: string) => record([...HEADER, ...MEMBERS, 'TOP 1 Netze', `Ministerin Anna Weber (BW) stellt den Beschlussvorschlag vor. ${sentence}`,
      'Beschluss:', '1. Die Länder bauen Netze.', 'Der Beschluss wird einstimmig angenommen.']).agenda[0]!.vote!.debate
    expect(item('Der Freistaat Bayern verweist darauf, dass die Verträge laufen.')).toBe(true)
    expect(item('Berlin und Sachsen halten eigene Prüfverfahren für ausreichend.')).toBe(true)
    expect(item('Mehrere Länder verweisen auf ihre Einnahmen.')).toBe(true)
    expect(item('Dr. Jan Meyer (BSI) erläutert die Lage.')).toBe(null)
  })

  it('"Der Beschluss lautet in der geänderten Fassung:", "Beschluss zu Tagesordnungspunkt 5:", "einvernehmlich gefasst", a written procedure reported before it is noted', () => {
    const r = record([...HEADER, ...MEMBERS, 'TOP 1 Netze', 'In Ziffer 2 wird der Termin ersetzt.', 'Der Beschluss lautet in der geänderten Fassung:',
      '1. Die Länder bauen Netze.', '2. Sie berichten 2041.', 'Der Beschluss wird einvernehmlich gefasst.',
      'TOP 2 Daten', 'Beschluss zu Tagesordnungspunkt 2:', '1. Die Länder teilen Daten.', 'Der Beschluss wird einstimmig angenommen.',
      'TOP 3 Umlaufverfahren', 'Am Umlaufverfahren haben sich alle Länder beteiligt; der Beschluss ist einstimmig ergangen.',
      'Die Konferenz nimmt das Ergebnis des Umlaufverfahrens zur Kenntnis.'])
    expect(r.agenda.map((a) => [a.number, a.resolution?.preamble ?? null, a.resolution?.clauses.length ?? 0, a.vote?.outcome, a.vote?.unanimous])).toEqual([
      ['1', 'Der Beschluss lautet in der geänderten Fassung:', 2, 'adopted', true], ['2', null, 1, 'adopted', true], ['3', null, 0, 'noted', null]])
  })

  it('after a departure, "die Stimme Hamburgs führt ab Punkt 8 Bremen": Hamburg votes with Bremen', () => {
    const r = record([...HEADER, ...MEMBERS, 'TOP 1 Netze', 'Staatsrätin Lea Vogt (HH) verlässt die Sitzung um 15:05 Uhr; die Stimme Hamburgs führt ab TOP 2 Bremen.',
      'TOP 2 Daten', 'Beschluss:', '1. Die Länder teilen Daten.', 'Angenommen gegen die Stimme Berlins.'])
    expect(r.meeting!.departures.map((d) => [d.org, d.proxy])).toEqual([['HH', 'HB']])
    expect(dissent(r, '2')).toEqual(['BE=no'])
  })

  it('"Leitung  Staatsrätin …, Freie und Hansestadt Hamburg", minute-takers "(Senatskanzlei Hamburg)", "ist nicht vertreten." under the list', () => {
    const r = record(['Ergebnisniederschrift der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Leitung: Staatsrätin Dr. Lea Vogt, Freie und Hansestadt Hamburg',
      'Niederschrift: Maren Stüve, Kolja Brandes (Senatskanzlei Hamburg)', ...MEMBERS.filter((m) => !m.startsWith('MV')),
      'Mecklenburg-Vorpommern ist nicht vertreten.', ...TAIL])
    expect(r.meeting!.chair.map((c) => `${c.org} ${c.name}`)).toEqual(['HH Lea Vogt'])
    expect(r.meeting!.minutes.map((c) => `${c.org} ${c.name}`)).toEqual(['HH Maren Stüve', 'HH Kolja Brandes'])
    expect(r.absent.map((a) => a.org)).toEqual(['MV'])
  })

  it('the same list from plain pdftotext: each head and each cell on a line of its own', () => {
    const r = record([...HEADER, 'Anwesenheitsliste', 'Nr. Name', '', 'Amtsbezeichnung', '', 'Land / Institution', '', 'Status', '',
      '1. Anna Weber (bis', '13:05 Uhr)', '', 'Ministerin', '', 'Land Baden-Württemberg', '', 'Mitglied', '',
      '2. Ole Brandt', '', 'Regierungsrat', '', 'Freistaat Bayern', '', 'Begleitung', '', ...TAIL])
    expect(r.attendees.map((a) => [a.role, a.org, a.name, a.title])).toEqual([['member', 'BW', 'Anna Weber', 'Ministerin'], ['staff', 'BY', 'Ole Brandt', 'Regierungsrat']])
  })

  it('"Land Mitglieder Begleitung" where the columns are lost: staff by the missing office, and the words after a member\'s name', () => {
    const result = run([...HEADER, 'Teilnehmende', 'Land Mitglieder Begleitung', 'Bayern Staatsminister Dr. Paul Huber Eva Lindner',
      'Ministerialdirektor Tom Brandt', 'Dr. Jan Meyer', 'Bremen Staatsrat Karl Roth –', 'Gäste',
      'FITKO Präsidentin Dr. Ute Krüger (zu 3.) Dr. Ida Schulz', ...TAIL].join('\n'))
    const r = result.record
    expect(people(r, 'member')).toEqual(['BY Paul Huber', 'BY Tom Brandt', 'HB Karl Roth'])
    expect(people(r, 'guest')).toEqual(['FITKO Ute Krüger'])
    expect(people(r, 'staff')).toEqual(['BY Eva Lindner', 'BY Jan Meyer', 'FITKO Ida Schulz'])
    // The staff section spans its people's lines: from Eva Lindner's cell to Ida Schulz's.
    const staff = r.attendeeSections.find((s) => s.role === 'staff')!
    expect(String(result.file.value).slice(staff.span.start, staff.span.end)).toMatch(/^Eva Lindner[^]*Dr\. Ida Schulz$/)
  })

  it('a block beside the members ("Stimmberechtigte Mitglieder      Bund, Gäste, Geschäftsstelle") is read on its own, after the members', () => {
    const r = record([...HEADER, 'Anwesenheit',
      'Stimmberechtigte Mitglieder                     Bund, Gäste, Geschäftsstelle',
      'BW   Ministerin Anna Weber                      Ständiger Gast',
      'BY   Staatsminister Dr. Paul Huber              BMDS       Staatssekretär Dr. Jan Meyer',
      'BE   Staatssekretärin Eva Lindner               Gäste',
      'BB   Staatssekretär Tom Brandt                  FITKO      Präsidentin Dr. Ute Krüger (TOP 3)',
      'HB   Staatsrat Karl Roth                        Geschäftsstelle / Protokoll',
      'HH   Staatsrätin Lea Vogt (Vorsitz)             HH         Maren Stüve, Kolja Brandes', ...TAIL])
    expect(people(r, 'member')).toEqual(['BW Anna Weber', 'BY Paul Huber', 'BE Eva Lindner', 'BB Tom Brandt', 'HB Karl Roth', 'HH Lea Vogt'])
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Jan Meyer'])
    expect(people(r, 'guest')).toEqual(['FITKO Ute Krüger'])
    expect(people(r, 'staff')).toEqual(['HH Maren Stüve', 'HH Kolja Brandes'])
  })

  it('a staff label a tool without layout printed between the members\' rows ("Geschäftsstelle / Protokoll" / "MV Minister …") ends no members', () => {
    const r = record([...HEADER, 'Stimmberechtigte Mitglieder', 'BW Ministerin Anna Weber', 'BY Staatsminister Dr. Paul Huber',
      'Geschäftsstelle / Protokoll', 'BE Staatssekretärin Eva Lindner', ...TAIL])
    expect(people(r, 'member')).toEqual(['BW Anna Weber', 'BY Paul Huber', 'BE Eva Lindner'])
  })

  it('an annex table of every Land\'s vote per item gives the positions the minutes leave out ("J", "N", "E", "–")', () => {
    const names = ['Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg', 'Bremen', 'Hamburg', 'Hessen', 'Mecklenburg-Vorpommern', 'Niedersachsen',
      'Nordrhein-Westfalen', 'Rheinland-Pfalz', 'Saarland', 'Sachsen', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen']
    const marks: Record<string, string> = {Bayern: 'N   J', Hessen: 'E   J', 'Mecklenburg-Vorpommern': '–   –'}
    const r = record([...HEADER, ...MEMBERS, 'TOP 1 Netze', 'Beschluss:', '1. Die Länder bauen Netze.', 'Mehrheitlich angenommen.',
      'TOP 2 Daten', 'Beschluss:', '1. Die Länder teilen Daten.', 'Einstimmig angenommen.', '', 'Anlage 1: Abstimmungsübersicht',
      'Land                      TOP 1   TOP 2', ...names.map((n) => `${n.padEnd(26)}${marks[n] ?? 'J   J'}`)])
    expect(dissent(r, '1')).toEqual(['BY=no', 'HE=abstain', 'MV=absent'])
    expect(r.agenda[0]!.vote!.unanimous).toBe(false)
  })

  it('a remark that wrapped onto a line of its own ("(Vorsitz)") does not join the next person of the cell', () => {
    const r = record([...HEADER, 'Stimmberechtigte Mitglieder', 'Hessen', 'Ministerin Prof. Dr. Anna Weber', '(Vorsitz)', 'Staatssekretär Dr. Tom Brandt (Stv.)', ...TAIL])
    expect(r.attendees.map((a) => [a.org, a.name, a.chair])).toEqual([['HE', 'Anna Weber', true], ['HE', 'Tom Brandt', false]])
  })

  it('heads "Zu Punkt 4 a) der Tagesordnung: …" and "3. Tagesordnungspunkt" with the title below', () => {
    expect(heads(['Zu Punkt 1 der Tagesordnung: Eröffnung', 'Die Sitzung beginnt.', 'Zu Punkt 2 der Tagesordnung: Netze', 'Bericht.',
      'Zu Punkt 2 a) der Tagesordnung: Glasfaser', 'Bericht.'])).toEqual(['1 Eröffnung', '2 Netze', '2a<2 Glasfaser'])
    expect(heads(['1. Tagesordnungspunkt', 'Eröffnung', 'Der 3. Tagesordnungspunkt wird vorgezogen.', '2. Tagesordnungspunkt', 'Verschiedenes', 'Keine.']))
      .toEqual(['1 Eröffnung', '2 Verschiedenes'])
  })

  it('one line per Land with its staff after "Begleitung:", labels "I. Länder (stimmberechtigt)" and "II. Bund (Ständiger Gast)"', () => {
    const r = record([...HEADER, 'Teilnehmerinnen und Teilnehmer', 'I. Länder (stimmberechtigt)',
      'BW:      Ministerin Anna Weber; Begleitung: Dr. Felix Rapp, Sina Köhler',
      'NW:      Ministerin Ida Schulz (bis 13.00 Uhr), Staatssekretär Ben Hahn;', '         Begleitung: Timo Berg', 'SL:      entschuldigt',
      'II. Bund (Ständiger Gast)', 'BMDS:    Staatssekretärin Dr. Eva Lindner; Begleitung: Dr. Jan Meyer', ...TAIL])
    expect(people(r, 'member')).toEqual(['BW Anna Weber', 'NW Ida Schulz', 'NW Ben Hahn'])
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Eva Lindner'])
    expect(people(r, 'staff')).toEqual(['BW Felix Rapp', 'BW Sina Köhler', 'NW Timo Berg', 'BMDS Jan Meyer'])
    expect(r.absent.map((a) => a.org)).toEqual(['SL'])
  })

  it('a column per role ("Land  Mitglied der DMK  Vertretung / weiteres Mitglied  Begleitung"), "–" for nobody', () => {
    const r = record([...HEADER, 'Teilnehmende',
      ' Land     Mitglied der DMK                  Vertretung / weiteres Mitglied     Begleitung',
      ' BW       Ministerin Anna Weber             –                                  Dr. Felix Rapp',
      ' BE       Senatorin Dr. Eva Lindner         Staatssekretär Tom Brandt          Ida Schulz, Ben',
      '          (entschuldigt)                                                       Hahn',
      ' TH       nicht vertreten                   –                                  –', ...TAIL])
    expect(people(r, 'member')).toEqual(['BW Anna Weber', 'BE Tom Brandt'])
    expect(people(r, 'staff')).toEqual(['BW Felix Rapp', 'BE Ida Schulz', 'BE Ben Hahn'])
    expect(r.absent.map((a) => a.org)).toEqual(['TH'])
  })

  it('"Anwesenheit (… alphabetischer Reihenfolge)" over "Name  Funktion  Land / Institution": "…, Vorsitz", "Begleitung" as a role, the heads again after a page break', () => {
    const r = record([...HEADER, 'Anwesenheit (innerhalb der Gruppen in alphabetischer Reihenfolge)',
      'Name                        Funktion                          Land / Institution', 'Stimmberechtigte Mitglieder',
      'Dr. Paul Huber              Staatsminister                    Bayern', 'Anna Weber                  Staatsministerin, Vorsitz         Sachsen',
      'Begleitung und Geschäftsstelle', 'Jana Beck                   Begleitung                        Saarland',
      'Name                        Funktion                          Land / Institution',
      'Martin Pötzsch              Geschäftsstelle, Niederschrift    Sachsen', ...TAIL])
    expect(roster(r)).toEqual([
      ['member', 'BY', 'Paul Huber', 'Staatsminister', false], ['member', 'SN', 'Anna Weber', 'Staatsministerin', true],
      ['staff', 'SL', 'Jana Beck', null, false], ['staff', 'SN', 'Martin Pötzsch', null, false]])
  })

  it('the header told in sentences: "fand am … von 10.00 bis 15.35 Uhr im … statt", "Die Sitzung leitete …", "Das Protokoll führten … (Hessisches Ministerium …)"', () => {
    const r = record(['Ergebnisprotokoll', 'Die 9. Sitzung der Digitalministerkonferenz fand am Donnerstag, dem 21. Mai 2043, von 10.00 bis 15.35 Uhr im',
      'Kongresszentrum darmstadtium, Schlossgraben 1, 64283 Darmstadt, statt. Die Sitzung leitete die Vorsitzende der DMK, Frau',
      'Staatsministerin Dr. Lea Vogt (Hessen). Das Protokoll führten Regierungsdirektor Jan Eck und Ida Sei (Hessisches Ministerium',
      'für Digitalisierung).', ...MEMBERS, ...TAIL])
    const m = r.meeting!
    expect([m.date, m.start, m.end, m.place]).toEqual(['2043-05-21', '10:00', '15:35', 'Kongresszentrum darmstadtium, Schlossgraben 1, 64283 Darmstadt'])
    expect(m.chair.map((c) => `${c.org} ${c.name}`)).toEqual(['HE Lea Vogt'])
    expect(m.minutes.map((c) => `${c.org} ${c.name}`)).toEqual(['HE Jan Eck', 'HE Ida Sei'])
  })

  it('"Tag:" is the date; "Oberregierungsrat Martin Pötzsch, Sächsische Staatskanzlei" takes the Land', () => {
    const r = record(['Sitzungsniederschrift der 9. Sitzung der Digitalministerkonferenz', 'Niederschrift: Oberregierungsrat Martin Pötzsch, Sächsische Staatskanzlei',
      'Tagungsort: Albrechtsburg Meißen', 'Tag: Donnerstag, 12. Mai 2044', ...MEMBERS, ...TAIL])
    expect([r.meeting!.place, r.meeting!.date]).toEqual(['Albrechtsburg Meißen', '2044-05-12'])
    expect(r.meeting!.minutes.map((c) => `${c.org} ${c.name}`)).toEqual(['SN Martin Pötzsch'])
  })

  it('labels in a margin column: "Beschluss   Die DMK fasst folgenden Beschluss:", "Abstimmung   Einstimmig angenommen (15 : 0 : 0; …)"', () => {
    for (const gap of ['             ', ' ']) {
      const r = record([...HEADER, ...MEMBERS, 'TOP 1 Netze', `Beschluss${gap}Die DMK fasst folgenden Beschluss:`, '1. Die Länder bauen Netze.',
        `Abstimmung${gap}Einstimmig angenommen (15 : 0 : 0; Thüringen nicht vertreten).`, 'TOP 2 Daten',
        `Beschluss${gap}Beschlussvorschlag (Tischvorlage vom 10. November 2043):`, '1. Die Länder teilen Daten.', 'Einstimmig angenommen.'])
      expect(r.agenda[1]!.resolution?.clauses.map((c) => c.text)).toEqual(['Die Länder teilen Daten.'])
      const item = r.agenda[0]!
      expect([item.resolution?.preamble, item.resolution?.clauses.map((c) => c.text), item.vote?.outcome, item.vote?.unanimous])
        .toEqual(['Die DMK fasst folgenden Beschluss:', ['Die Länder bauen Netze.'], 'adopted', true])
    }
  })

  it('a declaration under a heading of its own, without colon or quotes ("Protokollerklärung der Länder A und B" / "A und B bedauern …")', () => {
    const r = record([...HEADER, ...MEMBERS, 'TOP 1 Netze', 'Beschluss:', '1. Die Länder bauen Netze.', 'Der Beschlussvorschlag ist abgelehnt.',
      'Protokollerklärung der Länder Schleswig-Holstein und Thüringen', '      Schleswig-Holstein und Thüringen bedauern das Ergebnis.'])
    expect(r.agenda[0]!.notes.map((n) => [n.org, n.kind, n.text])).toEqual([
      ['SH', 'Protokollerklärung', 'Schleswig-Holstein und Thüringen bedauern das Ergebnis.'],
      ['TH', 'Protokollerklärung', 'Schleswig-Holstein und Thüringen bedauern das Ergebnis.']])
  })

  it('the members\' list going on in a second column ("Mitglieder der Konferenz          Niedersachsen"), read after the first', () => {
    const r = record([...HEADER, 'An der Sitzung nahmen teil:',
      'Mitglieder der Konferenz                         Niedersachsen',
      '                                                 Staatssekretär Dr. Jan Meyer',
      'Baden-Württemberg',
      'Ministerin Anna Weber                            Nordrhein-Westfalen',
      '                                                 Ministerin Ida Schulz',
      'Bayern', 'Staatsminister Paul Huber', ...TAIL])
    expect(people(r, 'member').sort()).toEqual(['BW Anna Weber', 'BY Paul Huber', 'NI Jan Meyer', 'NW Ida Schulz'])
  })

  it('"Staatssekretärin Dr. …, Bundesministerium für Digitales und" / "Staatsmodernisierung (BMDS)" is one person of the body', () => {
    const r = record([...HEADER, ...MEMBERS, 'Ständiger Gast: Staatssekretärin Dr. Eva Lindner, Bundesministerium für Digitales und',
      'Staatsmodernisierung (BMDS)', ...TAIL])
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Eva Lindner'])
  })

  it('a column per role where the columns are lost: "Land Mitglied der DMK Vertretung / weiteres Mitglied Begleitung", "–" for an empty cell', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land Mitglied der DMK Vertretung / weiteres Mitglied Begleitung',
      'BW Ministerin Anna Weber – Dr. Felix Rapp', 'HB Staatsrätin Lea Vogt – –', ...TAIL])
    expect(people(r, 'member')).toEqual(['BW Anna Weber', 'HB Lea Vogt'])
    expect(people(r, 'staff')).toEqual(['BW Felix Rapp'])
  })
})

describe('what sessions 43–47 taught', () => {
  const HEAD = ['Beschlussniederschrift', 'über die 9. Sitzung der Digitalministerkonferenz', 'Tagungsort: Rathaus, Kiel', 'Beginn: 10.00 Uhr', 'Ende: 15.00 Uhr']
  const titles = (r: Extraction) => r.agenda.map((a) => `${a.number} ${a.title}`)

  it('"TOP 4 – zur Beschlussfassung" over its title, "TOP 1 – Regularien" over the first item\'s, a table of contents before', () => {
    const r = record([...HEAD, 'Inhalt', 'TOP 1       Eröffnung                        2', 'TOP 2       Offene Schnittstellen           2',
      'TOP 3       Verschiedenes                    3',
      'TOP 1 – Regularien', 'Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.',
      'TOP 2 – zur Beschlussfassung', 'Offene Schnittstellen', 'Die Länder veröffentlichen ihre Schnittstellen.',
      'TOP 3 – zur Kenntnisnahme', 'Verschiedenes', 'Es gibt keine Wortmeldungen.',
      'Zu TOP 2 – Protokollnotiz Bayern: „Bayern prüft noch.“'])
    expect(titles(r)).toEqual(['1 Eröffnung', '2 Offene Schnittstellen', '3 Verschiedenes'])
  })

  it('Roman heads alone on their lines, the title below (plain pdftotext: "III." / "" / "Cybersicherheit")', () => {
    const r = record([...HEAD, 'I.', '', 'Regularien', '', 'I.1', '', 'Eröffnung', '', 'Die Vorsitzende eröffnet die Sitzung.', '', 'II.', '',
      'Bericht des Bundes', '', 'Der Bund berichtet.', '', 'III.', '', 'Offene Daten', '', 'Die Länder beraten.'])
    expect(titles(r)).toEqual(['I Regularien', 'I.1 Eröffnung', 'II Bericht des Bundes', 'III Offene Daten'])
  })

  it('Roman heads without "TOP" ("I.", "I.1", "II."), one item called early ("V." before "III.")', () => {
    const r = record([...HEAD, 'I.       Regularien', 'I.1      Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.',
      'I.2      Protokoll der 8. Sitzung', 'Das Protokoll wird genehmigt.', 'II.      Bericht des Bundes', 'Der Bund berichtet.',
      'V.       Bericht der FITKO', 'Die FITKO berichtet.', 'III.     Offene Daten', 'Die Länder beraten.', 'IV.      Verschiedenes', 'Keine.'])
    expect(titles(r)).toEqual(['I Regularien', 'I.1 Eröffnung', 'I.2 Protokoll der 8. Sitzung', 'II Bericht des Bundes', 'V Bericht der FITKO',
      'III Offene Daten', 'IV Verschiedenes'])
    expect(r.agenda.find((a) => a.number === 'I.2')!.parent).toBe('I')
  })

  it('bare numbers heading a table of minutes after an overview of the same numbers (plain pdftotext: a cell a line)', () => {
    const cells = (n: string, title: string, rest: string[]) => [n, '', title, '', ...rest.flatMap((l) => [l, ''])]
    // A page break after the header: a bare number alone near one is the page's number.
    const lines = [...HEAD, 'Anwesenheit', 'Siehe Anlage.', '\f', '', 'Übersicht der Ergebnisse', '', 'TOP', '', 'Gegenstand', '',
      ...cells('1', 'Eröffnung', ['festgestellt']), ...cells('2', 'Offene Daten', ['angenommen']), ...cells('3', 'Schulclouds', ['vertagt']),
      ...cells('4', 'Verschiedenes', ['–']),
      ...cells('1', 'Eröffnung', ['Der Vorsitzende eröffnet die Sitzung.']), ...cells('2', 'Offene Daten', ['Die Länder stellen Daten bereit.']),
      ...cells('3', 'Schulclouds', ['Die Beratung wird vertagt.']), ...cells('4', 'Verschiedenes', ['Keine Wortmeldungen.'])]
    const r = record(lines)
    expect(r.kind).toBe('protocol')
    expect(titles(r)).toEqual(['1 Eröffnung', '2 Offene Daten', '3 Schulclouds', '4 Verschiedenes'])
    // The minutes' heads, not the overview's.
    expect(r.agenda[0]!.titleSpan!.start).toBeGreaterThan(lines.join('\n').indexOf('–'))
  })

  it('a protocol whose heads are not read is still a protocol ("Beschlussprotokoll" over the header), no press report', () => {
    const r = record(['Beschlussprotokoll', 'Datum: 24.11.2044', 'Ort: Essen', 'Die Sitzung beginnt um 10 Uhr.', 'Digitalministerkonferenz'])
    expect(r.kind).toBe('protocol')
  })

  it('"Anwesende" over Länder, each with its members and "Begleitung: …" (columns read one after another)', () => {
    const r = record([...HEAD, 'Anwesende', 'Baden-Württemberg', 'Ministerin Anna Weber', 'Begleitung: Dr. Jana Fischer',
      'Bayern', 'Staatsminister Dr. Paul Huber', 'Ministerialdirektor Stefan Krebs', 'Begleitung: Moritz Engel, Clara',
      'Sommer', 'Berlin', 'Staatssekretärin Eva Lindner', 'Gäste: Präsident Dr. Olaf Bär (BSI)', ...TAIL])
    expect(people(r, 'member')).toEqual(['BW Anna Weber', 'BY Paul Huber', 'BY Stefan Krebs', 'BE Eva Lindner'])
    expect(people(r, 'staff')).toEqual(['BW Jana Fischer', 'BY Moritz Engel', 'BY Clara Sommer'])
  })

  it('offices in the ministries\' short forms after the name ("Eva Lindner  StS’in", "Jan Roth  LMR"), "Beratendes Mitglied (Bund)"', () => {
    const r = record([...HEAD, 'Teilnehmende', 'Mitglieder', 'BW   Anna Weber   Min’in', 'BY   Paul Huber   StM', 'BE   Eva Lindner   StS’in',
      'Beratendes Mitglied (Bund)', 'BMDS   Markus Richter   StS', 'Begleitung', 'BW   Jan Roth   LMR', 'BY   Ida Kern   ORR’in', ...TAIL])
    const titled = (role: string) => r.attendees.filter((a) => a.role === role).map((a) => `${a.org} ${a.name} ${a.title}`)
    expect(titled('member')).toEqual(['BW Anna Weber Min’in', 'BY Paul Huber StM', 'BE Eva Lindner StS’in'])
    expect(titled('permanent_guest')).toEqual(['BMDS Markus Richter StS'])
    expect(titled('staff')).toEqual(['BW Jan Roth LMR', 'BY Ida Kern ORR’in'])
  })

  it('a head row\'s sponsor cell after the title ("TOP 4   Offene Daten   BY, NW", "… Bund", "… –"), wrapped under it ("HE, RP; Gast:")', () => {
    const r = record([...HEAD, 'TOP 1   Eröffnung   –', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2   Bericht des Bundes   Bund', 'Der Bund berichtet.',
      'TOP 3   Offene Daten der Länder   BY, NW; Gast: KIT', 'Die Länder beraten.', 'TOP 4   Gemeinsame Schulclouds', 'HE, RP; Gast:', 'Deutscher Städtetag',
      'Die Länder beraten.'])
    expect(r.agenda.map((a) => `${a.number} ${a.title} ${a.sponsors.map((s) => s.org).join('+')} ${a.guests.map((g) => g.org).join('+')}`))
      .toEqual(['1 Eröffnung  ', '2 Bericht des Bundes  ', '3 Offene Daten der Länder BY+NW KIT', '4 Gemeinsame Schulclouds HE+RP '])
  })

  it('notes collected at the end ("Protokollnotizen" / "Zu TOP 2 – Protokollnotiz Bayern: „…“") belong to the item they name; a "Sondervotum"', () => {
    const r = record([...HEAD, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Offene Daten', 'Beschluss:',
      '1. Die Länder stellen ihre Daten bereit.', 'Ergebnis: 14/1/0 (Nein: HB).',
      'Sondervotum der Freien Hansestadt Bremen: „Bremen hält den Beschluss für verfrüht.“', 'TOP 3 Verschiedenes', 'Keine Wortmeldungen.',
      'Protokollnotizen', 'Zu TOP 2 – Protokollnotiz Bayern: „Bayern stellt seine Daten erst 2050 bereit.“'])
    const notes = (top: string) => r.agenda.find((a) => a.number === top)!.notes.map((n) => `${n.org} ${n.kind}`)
    expect(notes('2')).toEqual(['HB Sondervotum', 'BY Protokollnotiz'])
    expect(notes('3')).toEqual([])
    // "14/1/0 (Nein: HB)": a tally with slashes, the dissent named.
    expect(dissent(r, '2')).toEqual(['HB=no'])
  })

  it('"Ergebnis: 15/0/0", "im Konsens", "Einwände werden nicht erhoben; der Vorsitzende stellt die Annahme … fest", a clause table\'s heads', () => {
    const r = record([...HEAD, 'TOP 1 Offene Daten', 'Beschluss:', '1. Die Länder stellen ihre Daten bereit.', 'Ergebnis: 16/0/0.',
      'TOP 2 Schulclouds', 'Die DMK fasst folgenden Beschluss:', 'Ziff.      Beschlusstext', '1.         Die Länder betreiben Schulclouds.',
      'Einwände werden nicht erhoben; der Vorsitzende stellt die Annahme des Beschlusses fest.',
      'TOP 3 Geodaten', 'Beschluss:', '1. Die Länder öffnen ihre Geodaten.', 'Der Beschluss wird im Konsens gefasst.'])
    const vote = (top: string) => r.agenda.find((a) => a.number === top)!.vote
    for (const top of ['1', '2', '3']) expect([top, vote(top)?.outcome, vote(top)?.unanimous]).toEqual([top, 'adopted', true])
    const two = r.agenda.find((a) => a.number === '2')!.resolution!
    expect([two.preamble, two.clauses.map((c) => c.text)]).toEqual(['Die DMK fasst folgenden Beschluss:', ['Die Länder betreiben Schulclouds.']])
  })
})

describe('lists sessions 43–47 taught', () => {
  it('"• Name, Amt, Land" lines, a remark after the Land, a guest\'s body by its code and "zu III.1", staff sharing the Land after them', () => {
    const r = record(['Beschlussniederschrift', 'über die 9. Sitzung der Digitalministerkonferenz', 'Tagungsort: Rathaus, Kiel',
      'Teilnehmende', 'Stimmberechtigte Mitglieder', '• Dr. Anna Weber, Ministerin, Baden-Württemberg',
      '• Paul Huber, Ministerialdirektor, Bayern (in Vertretung von Staatsminister Dr. Max Berg)', '• Karl Roth, Minister, Thüringen (Vorsitz)',
      'Gäste', '• Olaf Bär, Vizepräsident, Bundesamt für Sicherheit in der Informationstechnik (BSI), zu III.1',
      'Begleitung und Geschäftsstelle', '• Jana Fischer, Moritz Engel, Thüringen (Geschäftsstelle)', ...TAIL])
    const all = r.attendees.map((a) => `${a.role} ${a.org} ${a.title} ${a.name}${a.chair ? ' (chair)' : ''}`)
    expect(all).toEqual(['member BW Ministerin Anna Weber', 'member BY Ministerialdirektor Paul Huber', 'member TH Minister Karl Roth (chair)',
      'guest BSI Vizepräsident Olaf Bär', 'staff TH null Jana Fischer', 'staff TH null Moritz Engel'])
  })
})

describe('tables sessions 43–47 taught', () => {
  it('a Land column over several rows, the voting member starred under a legend ("* stimmführend"), the rest staff', () => {
    const r = record(['Protokoll', 'der 9. Sitzung der Digitalministerkonferenz', 'Ort: Rathaus, Kiel', 'Anwesenheit',
      ' Land                     Teilnehmende (* = stimmführend)', ' Baden-Württemberg        Ministerin Dr. Anna Weber*',
      '                          Dr. Jana Fischer', ' Bayern                   Staatsminister Dr. Paul Huber*',
      '                          Ministerialdirektor Stefan Krebs', '                          Moritz Engel',
      ' Bund (ständiger Gast)    Staatssekretär Dr. Markus Richter (BMDS)', '', '* stimmführend; alle übrigen Personen nehmen als Begleitung teil.',
      '', 'Übersicht der Ergebnisse', '    TOP    Gegenstand          Ergebnis', '    1      Eröffnung           festgestellt',
      '    2      Offene Daten        angenommen', '    3      Verschiedenes       –', '', '1      Eröffnung', 'Die Ministerin eröffnet die Sitzung.',
      '2      Offene Daten', 'Die Länder beraten.', '3      Verschiedenes', 'Keine Wortmeldungen.'])
    expect(r.agenda.map((a) => a.number)).toEqual(['1', '2', '3'])
    expect(people(r, 'member')).toEqual(['BW Anna Weber', 'BY Paul Huber'])
    expect(people(r, 'staff')).toEqual(['BW Jana Fischer', 'BY Stefan Krebs', 'BY Moritz Engel'])
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Markus Richter'])
    expect(people(r, 'guest')).toEqual([])
    // pdf.js: one blank between the cells.
    const flat = record(['Protokoll', 'der 9. Sitzung der Digitalministerkonferenz', 'Ort: Rathaus, Kiel', 'Anwesenheit', 'Land Teilnehmende (* = stimmführend)',
      'Baden-Württemberg Ministerin Dr. Anna Weber*', 'Dr. Jana Fischer', 'Bayern Staatsminister Dr. Paul Huber*', 'Moritz Engel',
      '* stimmführend; alle übrigen Personen nehmen als Begleitung teil.', 'TOP 1 Eröffnung', 'Keine.', 'TOP 2 Verschiedenes', 'Keine.'])
    expect([people(flat, 'member'), people(flat, 'staff')]).toEqual([['BW Anna Weber', 'BY Paul Huber'], ['BW Jana Fischer', 'BY Moritz Engel']])
  })
})

describe('minutes as one table (session 42)', () => {
  it('a result column beside each row (pdftotext -layout): titles without it, the cells read as the item\'s vote, a row called early', () => {
    const pad = (left: string, right = '') => (right ? left.padEnd(60) + right : left)
    const r = record(['Beschlussprotokoll', 'Sitzung: 9. Sitzung der Digitalministerkonferenz', 'Ort: Rathaus, Essen', '',
      pad('Nr.    Gegenstand und Beschluss', 'Ergebnis'),
      pad('1      Eröffnung', 'festgestellt'), pad('       Die Ministerin eröffnet die Sitzung.'),
      pad('2      Offene Daten: Gemeinsames Portal (SH, BE)', 'angenommen'), pad('       Beschluss:', '14 : 0 : 1'),
      pad('       1. Die Länder richten ein Portal ein.', 'Enthaltung: BY'), pad('       2. Schleswig-Holstein betreibt es.'),
      pad('5      Cyberabwehr: Lagezentrum (NI)', 'abgelehnt'), pad('       Niedersachsen stellt den Vorschlag vor.', 'Ja: NI, HB'),
      pad('3      Schulclouds', 'vertagt'), pad('       Die Beratung wird vertagt.'),
      pad('4      Bericht des Bundes', 'Kenntnisnahme'), pad('       Der Bund berichtet über die Cloud.')])
    const view = r.agenda.map((a) => `${a.number} ${a.title} ${a.vote?.outcome ?? '-'}`)
    expect(view).toEqual(['1 Eröffnung -', '2 Offene Daten: Gemeinsames Portal adopted', '5 Cyberabwehr: Lagezentrum rejected',
      '3 Schulclouds deferred', '4 Bericht des Bundes noted'])
    expect(dissent(r, '2')).toEqual(['BY=abstain'])
    expect(r.agenda[1]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die Länder richten ein Portal ein.', 'Schleswig-Holstein betreibt es.'])
  })
})

describe('the corpus pass, sessions 43–47', () => {
  it('keeps the Land printed with each person of a staff list when another person of it is known elsewhere', () => {
    const doc = (n: number, staff: string) => ({source: `d${n}.txt`, bytes: new TextEncoder().encode([
      'Ergebnisprotokoll der ' + n + '. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Ort: Rathaus, Bremen',
      'Teilnehmende', 'Mitglieder', ...LANDS.map((c, i) => `${c}   ${MINISTERS[i]}`), `Weitere Teilnehmende: ${staff}`, ...TAIL].join('\n'))})
    // Jana Fischer's Land is not printed in the second: the first says it, and the list is placed by her.
    const {records} = ingestAndExport([doc(9, 'Dr. Jana Fischer (BW)'), doc(10, 'Dr. Jana Fischer, Korbinian Mayr (BY)')])
    const staff = (records[1]!.attendees as Array<{role: string; org: string; name: string; evidence: {kind: string}}>).filter((a) => a.role === 'staff').map((a) => `${a.org} ${a.name} ${a.evidence.kind}`)
    expect(staff).toEqual(['BW Jana Fischer aligned', 'BY Korbinian Mayr printed'])
  })

  it('reads a guest\'s body and city after the name as no people: "Prof. Dr. Ina Voss, Datenethikrat, Kopenhagen"; "Dr. Ole Berg, Dataport AöR" keeps its code', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}   ${MINISTERS[i]}`), 'Gäste',
      'Prof. Dr. Ina Voss, Datenethikrat, Kopenhagen (zu TOP 3)', 'Dr. Ole Berg, Dataport AöR (zu TOP 4)', 'Weitere Teilnehmende', 'BW   Dr. Jana Fischer, Moritz Engel', ...TAIL])
    expect(r.attendees.filter((a) => a.role !== 'member').map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual([
      'guest Datenethikrat Ina Voss', 'guest Dataport Ole Berg', 'staff BW Jana Fischer', 'staff BW Moritz Engel'])
  })

  it('gives a guest the short form of its body, not the Land the long name mentions: "… der Freien Hansestadt Bremen (LfDI Bremen), zu TOP 7"', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}   ${MINISTERS[i]}`),
      'Gäste: Präsident Dr. Arne Berg, Bundesamt für Seeschifffahrt und Hydrographie (BSH), zu TOP 6; Dr. Ina Voss, Landesbeauftragte',
      'für Datenschutz der Freien Hansestadt Bremen (LfDI Bremen), zu TOP 7', ...TAIL])
    expect(r.attendees.filter((a) => a.role === 'guest').map((a) => `${a.org} ${a.name}`)).toEqual(['BSH Arne Berg', 'LfDI Bremen Ina Voss'])
  })

  it('gives guests without a code no Land by the Länder\'s order: "Gäste" / "Vicedirektørin Mette Lund" / "Jens Holm"', () => {
    const bytes = new TextEncoder().encode([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}   ${MINISTERS[i]}`), 'Gäste',
      'Vicedirektørin Mette Lund', 'Jens Holm', ...TAIL].join('\n'))
    const {records} = ingestAndExport([{source: 'g.txt', bytes}])
    const guests = (records[0]!.attendees as Array<{role: string; org: string | null; name: string}>).filter((a) => a.role === 'guest')
    expect(guests.length).toBeGreaterThan(0)
    expect(guests.map((g) => g.org)).toEqual(guests.map(() => null))
    expect((records[0]!.diagnostics as Array<{rule_id: string}>).map((d) => d.rule_id)).not.toContain('attendee-ambiguous')
  })
})

describe('a ministry for the Land (session 47)', () => {
  it('"Name  Dienststelle  Funktion" with ministries\' short forms ("IM BW", "HMDI Hessen", "StK Schleswig-Holstein"), remarks after the office', () => {
    const rows = [['Dr. A. Weber', 'IM BW', 'Ministerin, Vorsitz'], ['Dr. P. Huber', 'StMD Bayern', 'Staatsminister'],
      ['E. Lindner', 'SenInnDS Berlin', 'Staatssekretärin'], ['K. Roth', 'HMDI Hessen', 'Minister (bis 13.00 Uhr)'],
      ['O. Janssen', 'Staatskanzlei Saarland', 'Staatssekretär']]
    const layout = record([...HEADER, 'Teilnehmende', 'Name                  Dienststelle               Funktion', 'Mitglieder',
      ...rows.map(([n, d, f]) => `${n!.padEnd(22)}${d!.padEnd(27)}${f}`), ...TAIL])
    const flat = record([...HEADER, 'Teilnehmende', 'Name Dienststelle Funktion', 'Mitglieder', ...rows.map((r) => r.join(' ')), ...TAIL])
    const expected = ['BW A. Weber Ministerin', 'BY P. Huber Staatsminister', 'BE E. Lindner Staatssekretärin', 'HE K. Roth Minister', 'SL O. Janssen Staatssekretär']
    for (const r of [layout, flat]) expect(r.attendees.filter((a) => a.role === 'member').map((a) => `${a.org} ${a.name} ${a.title}`)).toEqual(expected)
    expect(flat.attendees[0]!.chair).toBe(true)
  })
})

describe('votes sessions 43–47 taught', () => {
  const HEAD = ['Beschlussniederschrift', 'über die 9. Sitzung der Digitalministerkonferenz', 'Tagungsort: Rathaus, Kiel', 'Beginn: 10.00 Uhr', 'Ende: 15.00 Uhr']
  const MEMBERS = ['Teilnehmende', 'Stimmberechtigte Mitglieder', ...LANDS.map((c, i) => `• ${MINISTERS[i]}, ${c}`)]

  it('Länder named by their adjective: "Die bayerische und die sächsische Vertretung stimmen gegen …, die hessische enthält sich"', () => {
    const r = record([...HEAD, 'TOP 1 Schulclouds', 'Beschluss:', '1. Die Länder betreiben Schulclouds.',
      'Die bayerische und die sächsische Vertretung stimmen gegen den Beschluss, die hessische enthält sich; im Übrigen Zustimmung.'])
    expect(dissent(r, '1')).toEqual(['BY=no', 'HE=abstain', 'SN=no'])
  })

  it('"14 Ja / 0 Nein / 0 Enthaltungen (BB noch nicht anwesend)", an amendment voted down before the decision, "mit Ausnahme Bayerns, das sich enthält"', () => {
    const r = record([...HEAD, 'TOP 1 Geodaten', 'Beschluss:', '1. Die Länder öffnen ihre Geodaten.',
      'Abstimmungsergebnis: 15 Ja / 0 Nein / 0 Enthaltungen (BB noch nicht anwesend).',
      'TOP 2 Barrierefreiheit', 'Bayern beantragt, die Frist zu verlängern. Der Änderungsantrag wird mit 3 : 12 : 1 Stimmen abgelehnt.',
      'Beschluss:', '1. Die Länder prüfen ihre Onlinedienste.', 'Der Beschlussvorschlag wird sodann mit 15 Ja-Stimmen bei einer Enthaltung (BY) angenommen.',
      'TOP 3 Schulclouds', 'Beschluss:', '1. Die Länder betreiben Schulclouds.', 'Zustimmung aller anwesenden Länder mit Ausnahme Bayerns, das sich enthält.',
      'TOP 4 Studiennachweise', 'Die Beratung wird in der 10. Sitzung fortgesetzt.'])
    expect([dissent(r, '1'), dissent(r, '2'), dissent(r, '3')]).toEqual([['BB=absent'], ['BY=abstain'], ['BY=abstain']])
    expect(r.agenda.find((a) => a.number === '4')!.vote!.outcome).toBe('deferred')
  })

  it('a debate: Länder that "sprechen sich gegen … aus" or "bitten, zunächst … abzuwarten", members named by their Land\'s adjective', () => {
    const r = record([...HEAD, 'TOP 1 Geodaten', 'Berlin und Bremen sprechen sich gegen verbindliche Vorgaben aus.', 'Beschluss:',
      '1. Die Länder öffnen ihre Geodaten.', 'Der Beschluss ergeht einstimmig.',
      'TOP 2 Schulzeugnisse', 'Bayern und Hessen bitten, zunächst die Stellungnahme der KMK abzuwarten.', 'Die Beratung wird vertagt.',
      'TOP 3 Kfz-Zulassung', 'Die niedersächsische Staatssekretärin und der sächsische Staatssekretär verweisen auf die Kosten.', 'Beschluss:',
      '1. Die Länder ermöglichen den digitalen Halterwechsel.', 'Der Beschluss ergeht einstimmig.',
      'TOP 4 Verschiedenes', 'Die DMK bittet den Bund um einen Bericht.'])
    expect(r.agenda.map((a) => a.vote?.debate ?? null)).toEqual([true, true, true, null])
  })

  it('the vote handed over in the next sentence ("Sie überträgt das Stimmrecht Hamburgs … auf Bremen"), or to a colleague of the Land', () => {
    const r = record([...HEAD, 'TOP 1 Geodaten', 'Staatsrätin Dr. Eva Lindner (HH) verlässt die Sitzung um 11:25 Uhr.',
      'Sie überträgt das Stimmrecht Hamburgs für die Punkte 2 bis 3 auf Bremen.',
      'Staatssekretär Dr. Tom Brandt (HE) verlässt die Sitzung um 12.15 Uhr. Die Stimme Hessens führt im Weiteren Ministerialdirigentin Dr. Ida Kern.',
      'TOP 2 Schulclouds', 'Beschluss:', '1. Die Länder betreiben Schulclouds.', 'Der Beschluss ergeht einstimmig.'])
    expect(r.meeting!.departures.map((d) => `${d.org} ${d.proxy}`)).toEqual(['HH HB', 'HE null'])
    expect(dissent(r, '2')).toEqual([])
  })

  it('"Nicht vertreten: Bremen und Saarland. Bremen hat sein Stimmrecht auf Niedersachsen, das Saarland auf Rheinland-Pfalz übertragen." votes; "nicht übertragen" does not', () => {
    const lines = (sentence: string) => [...HEAD, ...MEMBERS.filter((l) => !/ (?:HB|SL)$/.test(l)), sentence,
      'TOP 1 Schulclouds', 'Beschluss:', '1. Die Länder betreiben Schulclouds.', 'Der Beschluss ergeht einstimmig.']
    const handed = record(lines('Nicht vertreten: Bremen und Saarland. Bremen hat sein Stimmrecht auf Niedersachsen, das Saarland auf Rheinland-Pfalz übertragen.'))
    expect([handed.absent.map((a) => a.org), dissent(handed, '1')]).toEqual([[], []])
    const kept = record(lines('Nicht vertreten: Bremen und Saarland. Beide haben ihr Stimmrecht nicht übertragen.'))
    expect([kept.absent.map((a) => a.org), dissent(kept, '1')]).toEqual([['HB', 'SL'], ['HB=absent', 'SL=absent']])
  })
})

describe('header facts sessions 43–47 taught', () => {
  const meetingOf = (lines: string[]) => record(lines).meeting!
  const ITEMS = ['TOP 1 Eröffnung', 'Die Ministerin eröffnet die Sitzung um 10.05 Uhr.', 'TOP 2 Verschiedenes', 'Die Ministerin schließt die Sitzung um 15.50 Uhr.']

  it('two header fields on one line ("Datum: …   Vorsitz: …", "Zeit: … Protokoll: …"), a value wrapping in its column', () => {
    const m = meetingOf(['Ergebnisprotokoll', 'der 9. Sitzung der Digitalministerkonferenz',
      'Datum:   Donnerstag, 16. November 2045        Vorsitz:     Ministerin Dr. Anna Weber (RLP)',
      'Zeit:    10:00–16:15 Uhr                      Protokoll:   Dr. Jan Roth, Eva',
      '                                                           Lindner (MASTD RLP)',
      'Ort:     Festung Ehrenbreitstein, Kuppelsaal,  Anlagen:     3', '         56077 Koblenz', ...ITEMS])
    expect([m.place, m.start, m.end, m.chair.map((c) => c.name), m.minutes.map((p) => `${p.name} ${p.org}`)])
      .toEqual(['Festung Ehrenbreitstein, Kuppelsaal, 56077 Koblenz', '10:00', '16:15', ['Anna Weber'], ['Jan Roth RP', 'Eva Lindner RP']])
  })

  it('times told only in the minutes ("eröffnet die Sitzung um 10.05 Uhr", "schließt die Sitzung um 15.50 Uhr")', () => {
    const m = meetingOf(['Protokoll', 'der 9. Sitzung der Digitalministerkonferenz', 'Ort: Schifffahrtsmuseum, Flensburg',
      'Sitzungsleitung: Minister Dr. Karl Roth (Schleswig-Holstein)', ...ITEMS])
    expect([m.start, m.end]).toEqual(['10:05', '15:50'])
  })

  it('the minute-takers of the chair\'s office ("(TMDI)", "(Die Senatorin für Finanzen)", "(IM BW)"), the letter\'s date before the title', () => {
    const of = (office: string) => meetingOf(['Stuttgart, 30. Mai 2047', 'Az.: IM5-0141', 'Ergebnisniederschrift', '9. Sitzung der Digitalministerkonferenz',
      'Karlsruhe, 16. Mai 2047', 'Leitung: Ministerin Dr. Anna Weber (Thüringen)', `Niederschrift: Dr. Jan Roth, Eva Lindner (${office})`, 'Inhalt',
      'TOP 1 Eröffnung   2', 'TOP 2 Verschiedenes   3', ...ITEMS])
    expect(of('TMDI').minutes.map((p) => `${p.name} ${p.org}`)).toEqual(['Jan Roth TH', 'Eva Lindner TH'])
    expect(of('Die Senatorin für Finanzen').minutes.map((p) => p.org)).toEqual(['TH', 'TH'])
    expect(of('IM BW').minutes.map((p) => p.org)).toEqual(['BW', 'BW'])
    expect(of('BMDS').minutes.map((p) => p.org)).toEqual(['BMDS', 'BMDS'])
    expect(of('TMDI').date).toBe('2047-05-16')
  })
})


describe('a Land over its people, each on a line of its own (plain pdftotext)', () => {
  const NAMES = ['Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg', 'Freie Hansestadt Bremen', 'Freie und Hansestadt Hamburg']
  it('"Anwesenheit" / "Land" / "Teilnehmende (* = stimmführend)" / "Bayern" / "Staatsminister …*" / "Korbinian Mayr": the people after a Land are its', () => {
    const r = record([...HEADER, 'Anwesenheit', 'Land', '', 'Teilnehmende (* = stimmführend)', '',
      ...NAMES.flatMap((land, i) => [land, '', `${MINISTERS[i]}*`, ...(i % 2 === 0 ? ['Dr. Jana Fischer', ''] : [''])]), ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual([
      'member BW Anna Weber', 'staff BW Jana Fischer', 'member BY Paul Huber', 'member BE Eva Lindner', 'staff BE Jana Fischer',
      'member BB Tom Brandt', 'member HB Jan Meyer', 'staff HB Jana Fischer', 'member HH Lea Vogt'])
  })

  it('not a Land column read whole before its names ("BW" / "BY" / … / "Ministerin …" / …): those still pair in order', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.slice(0, 4), ...MINISTERS.slice(0, 4), ...TAIL])
    expect(people(r, 'member')).toEqual(['BW Anna Weber', 'BY Paul Huber', 'BE Eva Lindner', 'BB Tom Brandt'])
  })
})

describe('a table whose heads stand each on a line of its own, a cell a paragraph (plain pdftotext)', () => {
  const cells = (...rows: string[][]) => rows.flatMap((r) => r.flatMap((c) => [...c.split('\n'), '']))
  it('"Name" / "Dienststelle" / "Funktion", then each row\'s three cells in turn; a cell wraps, a label opens its section', () => {
    const r = record([...HEADER, 'Teilnehmerliste', 'Name', '', 'Dienststelle', '', 'Funktion', '', ...cells(
      ['Dr. A. Weber', 'IM BW', 'Ministerin, Vorsitz'], ['P. Huber', 'StMD Bayern', 'Staatsminister'],
      ['E. Lindner', 'MHKBD NRW', 'Staatssekretärin (i. V. für Minister Dr. T.\nOverkamp)'], ['Gäste'],
      ['Prof. Dr. K. Roth', 'Karlsruher Institut für Technologie (KIT)', 'Vizepräsidentin (zu TOP 5)']), ...TAIL])
    expect(roster(r)).toEqual([
      ['member', 'BW', 'A. Weber', 'Ministerin', true], ['member', 'BY', 'P. Huber', 'Staatsminister', false],
      ['member', 'NW', 'E. Lindner', 'Staatssekretärin', false], ['guest', 'KIT', 'K. Roth', 'Vizepräsidentin', false]])
  })

  it('the group labels printed after the cells: each row\'s role by its office and org; a row without its name passed over', () => {
    const r = record([...HEADER, 'Teilnehmerliste', 'Name', '', 'Dienststelle', '', 'Funktion', '', ...cells(
      ['Dr. A. Weber', 'IM BW', 'Ministerin'], ['BMDS', 'Staatssekretär'], ['M. Kaya', 'Deutscher Städtetag', 'Beigeordneter'],
      ['Dr. L. Rehm', 'IM BW', 'Leitender Ministerialrat'], ['S. Keller', 'IM BW', 'Oberregierungsrätin (Niederschrift)'],
      ['Dr. I. Berg', 'BSI', 'Vizepräsidentin (zu TOP 3)'], ['Dr. J. Weid', 'BMDS', 'Ministerialrat']),
    'Mitglieder', 'Gäste', '', 'Weitere Teilnehmende', '', 'Thüringen ist nicht vertreten.', '', ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual([
      'member BW A. Weber', 'guest Deutscher Städtetag M. Kaya', 'guest BSI I. Berg', 'staff BW L. Rehm', 'staff BW S. Keller', 'staff BMDS J. Weid'])
  })

  it('"Land" / "Name" / "Amtsbezeichnung" / "Ressort / Institution": a Land cell printed once for two rows, none for a guest, a Land nobody came for', () => {
    const r = record([...HEADER, 'Anwesenheitsliste', 'Land', '', 'Name', '', 'Amtsbezeichnung', '', 'Ressort / Institution', '', ...cells(
      ['Bayern', 'Dr. Ulrike Pfaffinger', 'Staatsministerin', 'Staatsministerium für\nDigitales'],
      ['Bremen', '–', 'nicht vertreten', '–'],
      ['Hessen', 'Jonas Reuter', 'Ministerialdirektor (i. V.)', 'Ministerium für Digitalisierung\nund Innovation'],
      ['Dr. Miriam Falk', 'Staatssekretärin', 'Ministerium für Digitalisierung\nund Innovation'],
      ['Saarland', 'Tobias Kerner', 'Staatssekretär', 'Staatskanzlei'],
      ['Dr. Ruth Aumann', 'Staatssekretärin', 'Bundesministerium für Digitales und\nStaatsmodernisierung (BMDS)'],
      ['Kai Lindemann', 'Bürgermeister', 'Stadt Saarlouis (zu TOP 2)'],
      ['Hessen', 'Lena Ostertag', 'Regierungsrätin (Protokoll)', 'Ministerium für Digitalisierung\nund Innovation']),
    'Mitglieder', '', 'Gäste', '', 'Begleitung', '', ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual([
      'member BY Ulrike Pfaffinger', 'member HE Jonas Reuter', 'member HE Miriam Falk', 'member SL Tobias Kerner',
      'permanent_guest BMDS Ruth Aumann', 'guest Stadt Saarlouis Kai Lindemann', 'staff HE Lena Ostertag'])
    expect(r.absent.map((a) => a.org)).toEqual(['HB'])
  })
})

describe('Land blocks in text columns (pdftotext -layout)', () => {
  it('"Baden-Württemberg   Hessen   Saarland" over columns that hold further Länder lower down, "Begleitung:" inside a block', () => {
    const col = (a: string, b: string, c: string) => `${a.padEnd(40)}${b.padEnd(38)}${c}`.trimEnd()
    const r = record([...HEADER, 'Anwesende',
      col('Baden-Württemberg', 'Hessen', 'Saarland'),
      col('Ministerin Dr. Anna Weber-', 'Staatssekretär Tom Brandt', 'entschuldigt'),
      col('Schmitt', 'Begleitung: Eva Lindner', ''),
      col('', '', 'Sachsen'),
      col('Begleitung: Jan Roth', '', 'Staatssekretär Dr. Jan Meyer (in'),
      col('', 'Niedersachsen', 'Vertretung von Minister Dr. Karl'),
      col('Bayern', 'Ministerin Ute Krüger', 'Roth)'),
      col('Staatsminister Paul Huber', '', ''),
      col('Begleitung: Lea Vogt', '', ''),
      'Gäste: Präsident Dr. Arne Berg, Bundesamt für Seeschifffahrt und Hydrographie (BSH), zu', 'TOP 2', ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual([
      'member BW Anna Weber-Schmitt', 'member HE Tom Brandt', 'member SN Jan Meyer', 'member NI Ute Krüger', 'member BY Paul Huber',
      'guest BSH Arne Berg', 'staff BW Jan Roth', 'staff BY Lea Vogt', 'staff HE Eva Lindner'])
    expect(r.absent.map((a) => a.org)).toEqual(['SL'])
  })
})

describe('"Land" / "Mitglieder" / "Begleitung" heads on lines of their own (plain pdftotext)', () => {
  it('reads the Länder over their people: a member by the office, the staff without one, "–" for no staff', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land', '', 'Mitglieder', '', 'Begleitung', '',
      'Baden-Württemberg', '', 'Ministerialdirektor Felix Roth', '', 'Tim Berg', '', 'Bayern', '', 'Staatsminister Dr. Paul Huber', '',
      'Veronika Lang', '', 'Dr. Simon Kager', '', 'Berlin', '', 'Staatssekretärin Eva Lindner', '', '–', '', ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual([
      'member BW Felix Roth', 'member BY Paul Huber', 'member BE Eva Lindner', 'staff BW Tim Berg', 'staff BY Veronika Lang', 'staff BY Simon Kager'])
    expect(r.absent).toEqual([])
  })

  it('"Land" / "Mitglied der DMK" / "Vertretung / weiteres Mitglied" / "Begleitung": the whole run of heads, a code line over each Land', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land', 'Mitglied der DMK', 'Vertretung / weiteres Mitglied', 'Begleitung',
      'BW', 'Ministerin Dr. Anna Weber', '–', 'Dr. Felix Rapp', 'BY', 'Staatsminister Paul Huber', '(Vorsitz)', 'Ministerialdirektorin Dr. Eva Hierl', 'Korbinian Mayr', ...TAIL])
    expect(roster(r)).toEqual([
      ['member', 'BW', 'Anna Weber', 'Ministerin', false], ['member', 'BY', 'Paul Huber', 'Staatsminister', true],
      ['member', 'BY', 'Eva Hierl', 'Ministerialdirektorin', false], ['staff', 'BW', 'Felix Rapp', null, false], ['staff', 'BY', 'Korbinian Mayr', null, false]])
  })

  it('a staff cell of several names that wraps ("Dr. Veronika Lechner, Stefan" / "Gruber, Korbinian Mayr") is staff', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land', 'Mitglied der DMK', 'Begleitung', 'BY', 'Staatsminister Paul Huber',
      'Dr. Veronika Lechner, Stefan', 'Gruber, Korbinian Mayr', 'BE', 'Senatorin Eva Lindner', 'Emine Kocak', ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual(['member BY Paul Huber', 'member BE Eva Lindner',
      'staff BY Veronika Lechner', 'staff BY Stefan Gruber', 'staff BY Korbinian Mayr', 'staff BE Emine Kocak'])
  })
})

describe('the title beside the header fields (pdftotext -layout)', () => {
  it('" 40. Sitzung der Digitalministerkonferenz          Sitzungsdauer: 10.00 – 15.45 Uhr": the fields after the gap are read', () => {
    const gap = (left: string, right: string) => ` ${left.padEnd(52)}${right}`
    const r = record([gap('BESCHLUSSPROTOKOLL', 'Sitzungstag: Donnerstag, 12. November 2043'),
      gap('9. Sitzung der Digitalministerkonferenz', 'Sitzungsdauer: 10.00 – 15.45 Uhr'),
      gap('(DMK)', 'Sitzungsort: Altes Rathaus, Reichssaal,'), `${' '.repeat(53)}Rathausplatz 1, 93047 Regensburg`,
      `${' '.repeat(53)}Vorsitz: Staatsminister Max Huber`, ...TAIL])
    const m = r.meeting!
    expect([m.number, m.date, m.start, m.end, m.place, m.chair.map((c) => c.name)])
      .toEqual([9, '2043-11-12', '10:00', '15:45', 'Altes Rathaus, Reichssaal, Rathausplatz 1, 93047 Regensburg', ['Max Huber']])
  })
})

describe('a header table with its labels as column heads', () => {
  const col = (...cells: Array<[number, string]>) => cells.reduce((line, [at, text]) => line.padEnd(at) + text, '')
  it('pdftotext -layout: each value under its head, a cell that wraps under its own column, a blank line between the rows', () => {
    const r = record(['Ergebnisprotokoll',
      col([0, 'Datum'], [14, 'Beginn'], [26, 'Ende'], [38, 'Tagungsort']),
      col([0, '03.06.2048'], [14, '9:30 Uhr'], [26, '16:00 Uhr'], [38, 'Schloss Schwerin, Plenarsaal des Landtages,']),
      col([38, 'Lennéstraße 1, 19053 Schwerin']),
      '',
      col([0, 'Vorsitz'], [46, 'Niederschrift']),
      col([0, 'Minister Dr. Hauke Brandes (MV)'], [46, 'Dr. Ilka Raddatz, Sven Pöhland']),
      col([46, '(Staatskanzlei MV)']),
      '', ...TAIL])
    const m = r.meeting!
    expect([m.date, m.start, m.end, m.place, m.chair.map((c) => c.name), m.minutes.map((p) => `${p.name} ${p.org}`)]).toEqual([
      '2048-06-03', '09:30', '16:00', 'Schloss Schwerin, Plenarsaal des Landtages, Lennéstraße 1, 19053 Schwerin', ['Hauke Brandes'],
      ['Ilka Raddatz MV', 'Sven Pöhland MV']])
  })

  it('pdftotext -raw: the cells run together, cut where a date, a time or a person in parentheses ends', () => {
    const r = record(['Ergebnisprotokoll', 'Sitzung Datum Beginn Ende Ort', '48. 03.06.2048 9:30 Uhr 16:00 Uhr Schloss Schwerin, Plenarsaal,',
      'Lennéstraße 1, 19053 Schwerin', 'Vorsitz Niederschrift Teilnehmende', 'Minister Dr. Hauke Brandes (MV) Dr. Ilka Raddatz, Sven Pöhland',
      '(Staatskanzlei MV)', 'siehe Anlage 1', ...TAIL])
    const m = r.meeting!
    expect([m.date, m.start, m.end, m.place, m.chair.map((c) => c.name), m.minutes.map((p) => `${p.name} ${p.org}`)]).toEqual([
      '2048-06-03', '09:30', '16:00', 'Schloss Schwerin, Plenarsaal, Lennéstraße 1, 19053 Schwerin', ['Hauke Brandes'],
      ['Ilka Raddatz MV', 'Sven Pöhland MV']])
  })
})

describe('the attendee list as an annex after the minutes', () => {
  const minutes = [...HEADER.slice(0, 3), 'Teilnehmende: siehe Anlage 2', 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.',
    'TOP 2 Bericht des Bundes', 'Der Bund berichtet. Die Präsentation ist als Anlage 1 beigefügt.', 'Anlagen', 'Anlage 1   Präsentation des Bundes',
    'Anlage 2   Anwesenheitsliste', 'Anlage 3   Protokollerklärung Sachsens zu TOP 2']
  it('"Anlage 2: Anwesenheitsliste": its table is the attendees, the annexes after it stay annexes', () => {
    const {record: r, file} = run([...minutes, '', 'Anlage 2: Anwesenheitsliste', 'Mitglieder',
      ...LANDS.map((c, i) => `${c}    ${MINISTERS[i]}`), 'Ständiger Gast', 'BMDS  Staatssekretär Dr. Rolf Adam',
      'Anlage 3: Protokollerklärung Sachsens zu TOP 2', '„Sachsen hält eine eigene Lösung für vorzugswürdig“'].join('\n'))
    expect(people(r, 'member')).toEqual(LANDS.map((c, i) => `${c} ${MINISTERS[i]!.split(' ').filter((w) => !/^(?:Minister|Ministerin|Staats\p{L}+|Dr\.)$/u.test(w)).join(' ')}`))
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Rolf Adam'])
    expect(r.attachments.map((a) => `${a.number} ${a.title}`)).toEqual(['1 Präsentation des Bundes', '2 Anwesenheitsliste', '3 Protokollerklärung Sachsens zu TOP 2'])
    expect(r.agenda.map((a) => a.number)).toEqual(['1', '2'])
    expect(file.messages.map((m) => m.ruleId)).not.toContain('document-truncated')
  })

  it('an annex last, without a closing list: the minutes end before it, its last row is no truncated sentence', () => {
    const {record: r, file} = run([...minutes.slice(0, 8), '', 'Anlage 2 – Teilnehmerliste', 'Mitglieder',
      ...LANDS.map((c, i) => `${c}    ${MINISTERS[i]}`)].join('\n'))
    expect(r.attendees.filter((a) => a.role === 'member')).toHaveLength(16)
    expect(r.agenda.at(-1)!.title).toBe('Bericht des Bundes')
    expect(file.messages.map((m) => m.ruleId)).not.toContain('document-truncated')
  })

  it('the list entry ("Anlage 2   Anwesenheitsliste" between other entries) is no annex', () => {
    const r = record(minutes)
    expect(r.attendees).toEqual([])
    expect(r.attachments.map((a) => a.number)).toEqual(['1', '2', '3'])
  })
})

describe('sub-items as rows of a table in their item (a block of items decided together)', () => {
  const expected = [['6', 'Beschlüsse ohne Aussprache', [], null], ['6.1', 'Fortschreibung der Open-Data-Leitlinien der Länder', ['BE', 'HH'], []],
    ['6.2', 'Stellungnahme zum Entwurf einer Verordnung über Datenräume', ['NW', 'BW'], ['BY=abstain']],
    ['6.3', 'Haushalt der Geschäftsstelle 2049', ['NI'], ['SN=no', 'ST=abstain']], ['7', 'Verschiedenes', [], null]]
  const table = (r: Extraction) => r.agenda.map((a) => [a.number, a.title, a.sponsors.map((s) => s.org), a.vote?.positions ? dissent(r, a.number) : null])
  it('pdftotext -layout: title, sponsor and result cells, a title and a result that wrap', () => {
    const row = (n: string, title: string, sponsors: string, result: string) => ` ${n.padEnd(8)}${title.padEnd(44)}${sponsors.padEnd(16)}${result}`.trimEnd()
    const r = record([...HEADER, 'TOP 6 Beschlüsse ohne Aussprache', 'Die Vorschläge 6.1 bis 6.3 werden im Block aufgerufen:',
      row('Nr.', 'Gegenstand', 'Antragsteller', 'Ergebnis'),
      row('6.1', 'Fortschreibung der Open-Data-Leitlinien', 'BE, HH', 'einstimmig angenommen'), row('', 'der Länder', '', ''),
      row('6.2', 'Stellungnahme zum Entwurf einer Verordnung', 'NW, BW', 'angenommen; Enthaltung:'), row('', 'über Datenräume', '', 'BY'),
      row('6.3', 'Haushalt der Geschäftsstelle 2049', 'NI', 'angenommen; Nein: SN;'), row('', '', '', 'Enthaltung: ST'),
      'TOP 7 Verschiedenes', 'Keine Wortmeldungen.'])
    expect(table(r)).toEqual(expected)
  })

  it('pdftotext -raw: the cells one after the other, the sponsors at the start of the result\'s line', () => {
    const r = record([...HEADER, 'TOP 6 Beschlüsse ohne Aussprache', 'Die Vorschläge 6.1 bis 6.3 werden im Block aufgerufen:',
      'Nr. Gegenstand Antragsteller Ergebnis', '6.1 Fortschreibung der Open-Data-Leitlinien', 'der Länder', 'BE, HH einstimmig angenommen',
      '6.2 Stellungnahme zum Entwurf einer Verordnung', 'über Datenräume', 'NW, BW angenommen; Enthaltung:', 'BY',
      '6.3 Haushalt der Geschäftsstelle 2049', 'NI angenommen; Nein: SN;', 'Enthaltung: ST', 'TOP 7 Verschiedenes', 'Keine Wortmeldungen.'])
    expect(table(r)).toEqual(expected)
  })

  it('"6.1" in a sentence or a single numbered line is no sub-item', () => {
    const r = record([...HEADER, 'TOP 6 Bericht', '6.1 Der Bericht liegt vor.', 'Die Konferenz nimmt Kenntnis.', 'TOP 7 Verschiedenes', 'Keine Wortmeldungen.'])
    expect(r.agenda.map((a) => a.number)).toEqual(['6', '7'])
  })
})

describe('"Land   Name   Amtsbezeichnung   Ressort / Institution" (pdftotext -layout)', () => {
  it('the Land column gives a Land\'s people their code, the body column the Bund\'s and the guests\' org; heads repeated elsewhere on the next page', () => {
    const row = (at: number[], ...cells: string[]) => cells.reduce((line, c, k) => line.padEnd(at[k]!) + c, '').trimEnd()
    const p1 = [0, 22, 46, 78]
    const p2 = [1, 25, 51, 80]
    const r = record([...HEADER, 'Teilnehmerinnen und Teilnehmer', row(p1, 'Land', 'Name', 'Amtsbezeichnung', 'Ressort / Institution'), 'Mitglieder',
      row(p1, 'Bremen', 'Merle Tjarks', 'Staatsrätin', 'Die Senatorin für Finanzen'),
      row(p1, 'Hessen', 'Dr. Kai Nolte', 'Staatssekretär', 'Hessisches Ministerium für'), row(p1, '', '', '', 'Digitalisierung'),
      row(p1, 'Mecklenburg-', 'Jens Rieck', 'Minister', 'Ministerium für Inneres und'), row(p1, 'Vorpommern', '', '', 'Digitalisierung'),
      row(p1, 'Saarland', 'Mia Kern', 'Staatssekretärin (bis 13 Uhr)', 'Ministerium der Finanzen'),
      'Seite 1 von 4', row(p2, 'Land', 'Name', 'Amtsbezeichnung', 'Ressort / Institution'), ' Ständiger Gast',
      row(p2, 'Bund', 'Dr. Ina Falk', 'Staatssekretärin', 'Bundesministerium für Digitales und'), row(p2, '', '', '', 'Staatsmodernisierung (BMDS)'),
      ' Gäste', row(p2, '', 'Prof. Dr. Uwe Brandt', 'Präsident', 'Hochschule Wismar (zu TOP 2)'),
      row(p2, '', 'Carla Mohr', 'Beigeordnete', 'Deutscher Städtetag (DST) (zu TOP'), row(p2, '', '', '', '2)'),
      ' Begleitung', row(p2, 'Bremen', 'Jonas Hartwig', 'Referent', 'Die Senatorin für Finanzen'), row(p2, 'Bund', 'Eva Lamprecht', 'Ministerialrätin', 'BMDS'),
      ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name} ${a.title}`)).toEqual([
      'member HB Merle Tjarks Staatsrätin', 'member HE Kai Nolte Staatssekretär', 'member MV Jens Rieck Minister',
      'member SL Mia Kern Staatssekretärin', 'permanent_guest BMDS Ina Falk Staatssekretärin',
      'guest Hochschule Wismar Uwe Brandt Präsident', 'guest DST Carla Mohr Beigeordnete', 'staff HB Jonas Hartwig Referent', 'staff BMDS Eva Lamprecht Ministerialrätin'])
  })
})

describe('column heads on two lines, a centred participation column (pdftotext -layout)', () => {
  it('"Land/   Name   Funktion   Teilnahme" / "Institution   (TOP)": the heads joined by column, "1–9" / "ab 4" no part of anyone', () => {
    const row = (...cells: string[]) => cells.reduce((line, c, k) => line.padEnd([0, 14, 42, 86][k]! + (k === 3 ? Math.max(0, 4 - Math.floor(c.length / 2)) : 0)) + c, '').trimEnd()
    const r = record([...HEADER, 'Teilnehmerinnen und Teilnehmer', row('Land/', 'Name', 'Funktion', 'Teilnahme'), row('Institution', '', '', '(TOP)'),
      'Stimmberechtigte', 'Mitglieder',
      row('HB', 'Merle Tjarks', 'Staatsrätin', '1–9'), row('HH', 'Dr. Ole Wiese', 'Staatsrat (Vorsitz)', '1–9'), row('SL', '–', 'entschuldigt', '–'),
      row('TH', 'Dr. Kai Nolte', 'Staatssekretär (i. V. für Minister Dr. Jan', 'ab 4'), row('', '', 'Roth)', ''),
      'Ständiger', 'Gast', row('BMDS', 'Dr. Ina Falk', 'Staatssekretärin', '1–5'), 'Gäste', row('BSI', 'Prof. Dr. Uwe Brandt', 'Präsident', '7'),
      'Weitere', 'Teilnehmende', row('HB', 'Jonas Hartwig', 'Referent', '1–9'), ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name} ${a.title}`)).toEqual([
      'member HB Merle Tjarks Staatsrätin', 'member HH Ole Wiese Staatsrat', 'member TH Kai Nolte Staatssekretär',
      'permanent_guest BMDS Ina Falk Staatssekretärin', 'guest BSI Uwe Brandt Präsident', 'staff HB Jonas Hartwig Referent'])
    expect(r.absent.map((a) => a.org)).toEqual(['SL'])
  })

  it('pdftotext -raw: "HB Merle Tjarks Staatsrätin 1–9", the items at the line\'s end no part of the name', () => {
    const r = record([...HEADER, 'Teilnehmerinnen und Teilnehmer', 'Land/', 'Institution', 'Name Funktion Teilnahme', '(TOP)', 'Stimmberechtigte', 'Mitglieder',
      'HB Merle Tjarks Staatsrätin 1–9', 'HH Dr. Ole Wiese Staatsrat ab 4', 'TH Dr. Kai Nolte Minister 1–6.2', 'Gäste', 'BSI Prof. Dr. Uwe Brandt Präsident 7', ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name} ${a.title}`)).toEqual([
      'member HB Merle Tjarks Staatsrätin', 'member HH Ole Wiese Staatsrat', 'member TH Kai Nolte Minister', 'guest BSI Uwe Brandt Präsident'])
  })
})

describe('results with each Land\'s position beside it', () => {
  const vote = (...lines: string[]) => record([...HEADER, 'TOP 3 Cloud (BE)', 'Beschlussvorschlag', '1. Die DMK richtet eine Cloud ein.', ...lines, ...TAIL]).agenda[0]!
  it('"Zustimmung aller anwesenden Länder außer Bayern (Ablehnung) und Sachsen (Enthaltung)."', () => {
    const item = vote('Ergebnis: angenommen. Zustimmung aller anwesenden Länder außer Bayern (Ablehnung) und Sachsen (Enthaltung).')
    expect([item.vote!.outcome, Object.entries(item.vote!.positions!).filter(([, p]) => p !== 'yes')]).toEqual(['adopted', [['BY', 'no'], ['SN', 'abstain']]])
  })

  it('"Ergebnis: abgelehnt. Zustimmung: BW, … (7); Ablehnung: BY, … (5); Enthaltung: … (3)." across a line break', () => {
    const item = vote('Ergebnis: abgelehnt. Zustimmung: BW, BE, HB, HH, NW, RP, SH, TH (8); Ablehnung: BY, HE, NI, SN,', 'ST (5); Enthaltung: BB, MV, SL (3).')
    expect([item.vote!.outcome, Object.entries(item.vote!.positions!).filter(([, p]) => p !== 'yes')]).toEqual(['rejected',
      [['BY', 'no'], ['BB', 'abstain'], ['HE', 'no'], ['MV', 'abstain'], ['NI', 'no'], ['SL', 'abstain'], ['SN', 'no'], ['ST', 'no']]])
  })

  it('a title whose sponsor parenthesis wraps with a guest in words ("(HE, RP; Gast: Deutscher" / "Landkreistag)")', () => {
    const r = record([...HEADER, 'TOP 5         Cyberresilienz der Kommunen (HE, RP; Gast: Deutscher', '              Landkreistag)', 'Der Bericht wird zur Kenntnis genommen.', ...TAIL])
    expect([r.agenda[0]!.title, r.agenda[0]!.sponsors.map((s) => s.org), r.agenda[0]!.guests.map((g) => g.org)]).toEqual([
      'Cyberresilienz der Kommunen', ['HE', 'RP'], ['Deutscher Landkreistag']])
  })
})

describe('a Land block list with run-in labels (sessions 48–52)', () => {
  it('"Mitglieder der Konferenz:", "Begleitung und Geschäftsstelle:", "(alle" / "MV)" across a line inside the list', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Mitglieder der Konferenz:', '  Bremen                 Staatsrat Ole Brünjes',
      '  Mecklenburg-Vorpommern Staatssekretärin Dr. Antje Sievert (Vorsitz)', '  Thüringen              entschuldigt',
      'Begleitung und Geschäftsstelle: Dr. Lorenz Rehm (HB), Jens Kröger, Saskia Lemke, Dr. Paul Wendt (alle',
      'MV), Hauke Dirksen (TH), Ole Petersen (HB)', ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual(['member HB Ole Brünjes', 'member MV Antje Sievert',
      'staff HB Lorenz Rehm', 'staff MV Jens Kröger', 'staff MV Saskia Lemke', 'staff MV Paul Wendt', 'staff TH Hauke Dirksen', 'staff HB Ole Petersen'])
    expect(r.absent.map((a) => a.org)).toEqual(['TH'])
  })
})

describe('notes about other items than the one they stand in', () => {
  const notes = (r: Extraction) => r.agenda.map((a) => [a.number, a.notes.map((n) => `${n.org} ${n.text}`)])
  it('"Bayern gibt zu TOP 5 und TOP 6 folgende Protokollerklärung ab: …" is on both items', () => {
    const r = record([...HEADER, 'TOP 5 Cloud (BE)', 'Der Beschlussvorschlag wird einstimmig angenommen.', 'TOP 6 Portal (HB)',
      'Der Beschlussvorschlag wird einstimmig angenommen.', 'Bayern gibt zu TOP 5 und TOP 6 folgende Protokollerklärung ab: „Bayern prüft die Kosten.“',
      'TOP 7 Verschiedenes', 'Keine Wortmeldungen.'])
    expect(notes(r)).toEqual([['5', ['BY Bayern prüft die Kosten.']], ['6', ['BY Bayern prüft die Kosten.']], ['7', []]])
  })

  it('"Nachtrag zu TOP 5 a" after the closing list, its Land the subject before a date ("… vom 3. Mai 2049 gebeten, …")', () => {
    const {record: r, file} = run([...HEADER, 'TOP 5 a Cloud (BE)', 'Der Beschlussvorschlag wird einstimmig angenommen.', 'TOP 6 Verschiedenes',
      'Keine Wortmeldungen.', 'Anlagen', 'Anlage 1   Präsentation des Bundes', '', 'Nachtrag zu TOP 5 a',
      'Das Land Hessen hat mit Schreiben vom 3. Mai 2049 gebeten, folgende Protokollerklärung in die Niederschrift',
      'aufzunehmen: „Hessen trägt den Beschluss mit.“'].join('\n'))
    expect(notes(r)).toEqual([['5a', ['HE Hessen trägt den Beschluss mit.']], ['6', []]])
    expect(r.attachments.map((a) => a.number)).toEqual(['1'])
    expect(file.messages.map((m) => m.ruleId)).not.toContain('note-land')
  })
})

describe('items voted on together, the votes under the last of them', () => {
  it('"TOP 3 und TOP 5 werden einstimmig angenommen; TOP 4 wird bei Enthaltung des Freistaates Bayern angenommen."', () => {
    const r = record([...HEADER, 'TOP 3 Register (NW)', '', 'TOP 4 Open Data (NI, HB)', '', 'TOP 5 Plattform (BB, SN)',
      'Die Beschlussvorschläge zu TOP 3 bis TOP 5 werden ohne Aussprache gemeinsam abgestimmt.',
      'TOP 3 und TOP 5 werden einstimmig angenommen; TOP 4 wird bei Enthaltung des Freistaates', 'Bayern angenommen.',
      'TOP 6 Bericht (BE)', 'Ohne Aussprache angenommen.', 'TOP 7 Verschiedenes', 'TOP 6 wird im Umlaufverfahren fortgeführt.'])
    expect(r.agenda.map((a) => [a.number, a.vote?.outcome ?? null, a.vote?.unanimous ?? null, a.vote ? dissent(r, a.number) : null])).toEqual([
      ['3', 'adopted', true, []], ['4', 'adopted', false, ['BY=abstain']], ['5', 'adopted', true, []], ['6', 'adopted', null, []], ['7', null, null, null]])
  })
})

describe('a result with a clause after it, an attachment after the signature', () => {
  it('"Ergebnis: einstimmig angenommen; Bremen wird durch Niedersachsen vertreten." gives every Land yes', () => {
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Beschluss', '1. Die DMK richtet eine Cloud ein.',
      'Ergebnis: einstimmig angenommen; Bremen wird durch Niedersachsen vertreten.', ...TAIL])
    expect([r.agenda[0]!.vote!.outcome, r.agenda[0]!.vote!.unanimous, dissent(r, '3')]).toEqual(['adopted', true, []])
  })

  it('"Anlage 1: Entwurf des Berichts … zum Stand der" / "Verwaltungsdigitalisierung" without a closing list: the whole title', () => {
    const r = record([...HEADER, 'TOP 1 Bericht (MV)', 'Die Vorsitzende stellt den Entwurf vor (Anlage 1).', 'TOP 2 Verschiedenes',
      'Keine Wortmeldungen.', 'gez. Dr. Antje Sievert', 'Anlage 1: Entwurf des Berichts der DMK an die Ministerpräsidentenkonferenz zum Stand der',
      'Verwaltungsdigitalisierung'])
    expect(r.attachments.map((a) => `${a.number} ${a.title}`)).toEqual(['1 Entwurf des Berichts der DMK an die Ministerpräsidentenkonferenz zum Stand der Verwaltungsdigitalisierung'])
  })
})

describe('a guest "Name, Amt (Body)"', () => {
  it('"Prof. Dr. Tanja Ewerts, Vorsitzende der Datenschutzkonferenz (DSK), zu TOP 5": no comma in the name; an office cell "Staatssekretär, CDO" names nobody', () => {
    const r = record([...HEADER, 'Gäste: Prof. Dr. Tanja Ewerts, Vorsitzende der Datenschutzkonferenz (DSK), zu TOP 5', ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name} ${a.title}`)).toEqual(['guest DSK Tanja Ewerts Vorsitzende der Datenschutzkonferenz'])
    expect([parsePerson('Staatssekretär, CDO (Vorsitz)').name, parsePerson('Staatssekretär, CDO (Vorsitz)').title]).toEqual(['', 'Staatssekretär'])
  })
})

describe('"Land  Name  Amtsbezeichnung  Ressort / Institution" with its columns run together (pdftotext -raw, pdf.js)', () => {
  it('name, office, body: the body names nobody and gives a guest\'s org; a Land\'s ministry gives none; "Body Office Name" stays as it was', () => {
    const r = record([...HEADER, 'Teilnehmerinnen und Teilnehmer', 'Land Name Amtsbezeichnung Ressort / Institution', 'Mitglieder',
      'Bremen Ole Brünjes Staatsrat Die Senatorin für Finanzen', 'Hessen Dr. Carla Winterstein Ministerin Hessisches Ministerium für',
      'Digitalisierung und Innovation', 'Niedersachsen Bastian Wöhler Minister (Vorsitz) Ministerium für Wirtschaft, Verkehr,', 'Bauen und Digitalisierung',
      'Gäste', 'Dr. Anneke Wiemann Oberbürgermeisterin Stadt Osnabrück (zu TOP 1)', 'Martin Kühling Leiter Überwachungsstelle des Bundes für',
      'Barrierefreiheit von Informationstechnik (BFIT-Bund) (zu TOP 7)', 'Deutscher Landkreistag Beigeordneter Dr. Arne Kleinwächter (DLT)', ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name} ${a.title}`)).toEqual([
      'member HB Ole Brünjes Staatsrat', 'member HE Carla Winterstein Ministerin', 'member NI Bastian Wöhler Minister',
      'guest Stadt Osnabrück Anneke Wiemann Oberbürgermeisterin', 'guest BFIT-Bund Martin Kühling Leiter', 'guest DLT Arne Kleinwächter Beigeordneter'])
  })
})

describe('what no name holds', () => {
  it('a running header\'s date read into the names ("8. Mai 2048") is nobody; "(zu Tagesordnungspunkt 7)" inside a guest\'s line is no part of the name', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Mitglieder', 'BW   Ministerin Anna Weber', '8. Mai 2048', 'BY   Staatsminister Dr. Paul Huber',
      'Gäste', 'Präsident Rüdiger Hamann (zu Tagesordnungspunkt 7) (BNetzA)', ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual(['member BW Anna Weber', 'member BY Paul Huber', 'guest BNetzA Rüdiger Hamann'])
  })
})

describe('the Länder column printed whole before the names (plain pdftotext), one Land with two members', () => {
  it('"Staatsrätin …" pairs with Hamburg, not the Land after it; a running header\'s date between the rows takes no Land', () => {
    const r = record([...HEADER, 'Anwesenheit', 'Freie Hansestadt Bremen', 'Freie und Hansestadt Hamburg', 'Land Hessen', 'Land Niedersachsen', '',
      'Staatsrat Ole Brünjes', 'Senatorin Dr. Katrin Lüders (Vorsitz)', 'Staatsrätin Dr. Imke Petersen-Vogt', 'Ministerin Dr. Carla Winterstein',
      '8. Mai 2048', 'Minister Bastian Wöhler', ...TAIL])
    expect(r.attendees.map((a) => `${a.org} ${a.name}`)).toEqual(['HB Ole Brünjes', 'HH Katrin Lüders', 'HH Imke Petersen-Vogt', 'HE Carla Winterstein', 'NI Bastian Wöhler'])
  })
})

describe('a minutes table\'s result column read after the text (pdftotext -raw, pdf.js)', () => {
  it('"… vor." / "angenommen" / "14 : 0 : 1" / "Enthaltung: BY": the result ends the clauses and is the vote; "abgelehnt" / "Ja: …" / "Nein: …"', () => {
    const r = record([...HEADER, 'Nr. Gegenstand und Beschluss Ergebnis', '1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'Tagesordnung festgestellt',
      '2 Bericht des Bundes', 'Der Bund berichtet.', 'Kenntnisnahme', '3 Beschaffungsportal (SH, BE)', 'Beschluss:',
      '1. Die Länder richten ein Portal ein.', '2. Schleswig-Holstein legt zur nächsten Sitzung ein Konzept vor.', 'angenommen', '14 : 0 : 1',
      'Enthaltung: BY', 'SL entschuldigt', '4 Prüfstelle (HB, HH)', 'Beschluss:', '1. Die Länder errichten eine Prüfstelle.', 'abgelehnt',
      'Ja: BW, HB, HH', 'Nein: BY, BE, BB, HE, MV, NI, NW, RP, SN, ST, SH, TH', '5 Verschiedenes', 'Keine Wortmeldungen.'])
    const [three, four] = r.agenda.slice(2)
    expect([three!.resolution!.clauses.map((c) => c.text), three!.vote!.outcome, dissent(r, '3')]).toEqual([
      ['Die Länder richten ein Portal ein.', 'Schleswig-Holstein legt zur nächsten Sitzung ein Konzept vor.'], 'adopted', ['BY=abstain']])
    expect([four!.resolution!.clauses.length, four!.vote!.outcome, four!.vote!.positions!.HB, four!.vote!.positions!.BY]).toEqual([1, 'rejected', 'yes', 'no'])
  })
})

describe('further people of a Land on lines of their own under "Land   Name   Bemerkung" (pdftotext -layout)', () => {
  it('an office opens a person ("Ministerialdirektor Florian Wiesmaier"), a whole name after a whole name is another ("Anna Beck" / "Jonas Ruf")', () => {
    const col = (a: string, b: string, c = '') => `${a.padEnd(28)}${b.padEnd(51)}${c}`.trimEnd()
    const r = record([...HEADER, 'Teilnehmende', col('Land', 'Name', 'Bemerkung'), 'Mitglieder der Digitalministerkonferenz',
      col('Baden-Württemberg', 'Minister Dr. Jan Kienle'), col('Bayern', 'Staatsminister Dr. Paul Huber', 'Vorsitz'),
      col('', 'Ministerialdirektor Florian Wiesmaier', 'Amtschef'), col('Hessen', 'Staatssekretär Dr. Nils Ober', 'in Vertretung von Ministerin Prof.'),
      col('', '', 'Dr. Henrike Albach'), 'Begleitung', col('Baden-Württemberg', 'Anna Beck'), col('', 'Jonas Ruf'),
      col('Bayern', 'Regierungsdirektorin Dr. Theresa Maier-Lindl', 'Protokoll'), col('', 'Quirin Hörmann'), ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual(['member BW Jan Kienle', 'member BY Paul Huber', 'member BY Florian Wiesmaier',
      'member HE Nils Ober', 'staff BW Anna Beck', 'staff BW Jonas Ruf', 'staff BY Theresa Maier-Lindl', 'staff BY Quirin Hörmann'])
  })
})

describe('"Anwesend:" over "Land   Vertreterinnen und Vertreter", ", MdL" after names (sessions 53–57)', () => {
  it('the official Land names open the members; ", MdL" / ", MdB" is neither a person nor an org; "…, Stadt Augsburg" a guest\'s body', () => {
    const col = (a: string, b: string) => ` ${a.padEnd(32)}${b}`
    const r = record([...HEADER, 'Anwesend:', col('Land', 'Vertreterinnen und Vertreter'), col('Land Baden-Württemberg', 'Minister Benedikt Waibel, MdL'),
      col('Freistaat Bayern', 'Staatsministerin Theresa Lindinger, MdL (Vorsitz)'), col('', 'Begleitung: Korbinian Stadler'),
      col('Land Berlin', 'Staatssekretär Dr. Malte Szymanski'), col('', 'Begleitung: Lea Hoffmeister'), '', col('Land', 'Vertreterinnen und Vertreter'),
      col('Bund (ständiger Gast)', 'Parlamentarische Staatssekretärin Annette Brosowski, MdB, Bundesministerium'),
      col('', 'für Digitales und Staatsmodernisierung (BMDS)'), col('', 'Begleitung: Dr. Jakob Weidemann (BMDS)'),
      col('Gäste', 'Oberbürgermeisterin Dr. Claudia Reitmayr, Stadt Augsburg (zu TOP 1)'),
      col('', 'Präsident Dr. Wolfram Aigner, Landesamt für Sicherheit in der Informationstechnik (LSI) (zu TOP 5)'), '', ...TAIL])
    // The Bund's row ("Parlamentarische Staatssekretärin …, MdB, Bundesministerium" / "für … (BMDS)") is still lost here.
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`).sort()).toEqual(['guest LSI Wolfram Aigner', 'guest Stadt Augsburg Claudia Reitmayr',
      'member BE Malte Szymanski', 'member BW Benedikt Waibel', 'member BY Theresa Lindinger', 'staff BE Lea Hoffmeister', 'staff BMDS Jakob Weidemann',
      'staff BY Korbinian Stadler'])
  })
})

describe('a running header on every page from the first, "Begründung:" after the clauses, an attachment title in parentheses that wraps', () => {
  it('reads each as what it is', () => {
    const head = (gap: number) => `Freistaat Sachsen · SMID${' '.repeat(gap)}DMK – 55. Sitzung${' '.repeat(gap + 10)}11.05.2051`
    const page = (n: number) => ['', `Seite ${n} von 3`, '\f']
    const r = record([head(20), ...HEADER, 'TOP 1 Fortbildung (SN)', 'Die Digitalministerkonferenz fasst folgenden Beschluss:', ...page(1), head(12),
      '1. Die Länder öffnen ihre Lernplattformen.', '2. Sachsen entwickelt einen Katalog.',
      'Begründung: Die Verwaltungsakademien bieten bisher getrennte Angebote an.', 'Der Beschluss wird einstimmig gefasst.', ...page(2), head(14),
      'TOP 2 Verschiedenes', 'Keine Wortmeldungen.', 'Anlagen', 'Anlage 1: Mindeststandards für die Informationssicherheit (BSI und kommunale',
      'Spitzenverbände, Entwurf vom 2. April 2051)', ...page(3)])
    const one = r.agenda[0]!
    expect([one.resolution!.preamble, one.resolution!.clauses.map((c) => c.text), one.vote!.outcome]).toEqual([
      'Die Digitalministerkonferenz fasst folgenden Beschluss:', ['Die Länder öffnen ihre Lernplattformen.', 'Sachsen entwickelt einen Katalog.'], 'adopted'])
    expect(r.attachments.map((a) => a.title)).toEqual(['Mindeststandards für die Informationssicherheit (BSI und kommunale Spitzenverbände, Entwurf vom 2. April 2051)'])
  })
})

describe('guests as "Name, Amt, Body" (sessions 53–57)', () => {
  it('an office alone after the name is its title, a body after it its org (by its code where it gives one); a code column keeps its code', () => {
    const r = record([...HEADER, 'Gäste:', '– Prof. Dr. Jana Oehme, Rektorin, TU Bergakademie Freiberg (zu TOP 1)',
      '– Präsident Dr. Konstantin Vahrenholt, Föderale IT-Kooperation (FITKO) (zu TOP 5)', '– Vizepräsidentin Dr. Sibylle Grunert, Bundesnetzagentur (BNetzA) (zu TOP 7)', ...TAIL])
    expect(r.attendees.map((a) => `${a.org} ${a.name} ${a.title}`)).toEqual(['TU Bergakademie Freiberg Jana Oehme Rektorin',
      'FITKO Konstantin Vahrenholt Präsident', 'BNetzA Sibylle Grunert Vizepräsidentin'])
    const coded = record([...HEADER, 'Gäste', 'EUV      Präsidentin Prof. Dr. Agnieszka Nowak, Europa-Universität Viadrina', ...TAIL])
    expect(coded.attendees.map((a) => `${a.org} ${a.name}`)).toEqual(['EUV Agnieszka Nowak'])
  })
})

describe('a motion to defer voted before the decision, an item added in the session', () => {
  it('"Der Antrag Bayerns auf Vertagung wird … abgelehnt." is not the decision; "TOP 4 (neu) …" has no "(neu)" in its title', () => {
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Beschluss:', '1. Die Länder richten eine Cloud ein.',
      'Der Antrag Bayerns auf Vertagung wird mit 3 Ja-Stimmen (BY, BW, HE) bei 13 Gegenstimmen abgelehnt.',
      'Der Beschlussvorschlag wird sodann mit 13 Ja-Stimmen bei 3 Gegenstimmen (BY, BW, HE) angenommen.',
      'TOP 4 (neu) Cyberangriff auf kommunale IT-Dienstleister (SH)', 'Schleswig-Holstein berichtet. Die DMK nimmt den Bericht zur Kenntnis.', ...TAIL])
    expect([r.agenda[0]!.vote!.outcome, dissent(r, '3'), r.agenda[1]!.title]).toEqual(['adopted', ['BW=no', 'BY=no', 'HE=no'],
      'Cyberangriff auf kommunale IT-Dienstleister'])
  })
})

describe('a Land that votes for another inside a list, verbs with their particle after the object (sessions 53–57)', () => {
  it('"Ihm stimmen nur Berlin, Bremen (zugleich für Niedersachsen) … zu; die Länder … lehnen ihn ab; die übrigen Länder enthalten sich"', () => {
    const r = record([...HEADER, 'TOP 3 Prüfstelle (HB)', 'Beschlussvorschlag:', '1. Die Länder richten eine Prüfstelle ein.',
      'Der Antrag wird abgelehnt. Ihm stimmen nur Berlin, Bremen (zugleich für Niedersachsen), Hamburg',
      'und das Saarland zu; die Länder Bayern, Hessen und Sachsen lehnen ihn ab; die übrigen Länder enthalten sich.', ...TAIL])
    expect(r.agenda[0]!.vote!.outcome).toBe('rejected')
    expect(r.agenda[0]!.vote!.positions).toEqual(Object.fromEntries(LANDS.map((c) =>
      [c, ['BE', 'HB', 'NI', 'HH', 'SL'].includes(c) ? 'yes' : ['BY', 'HE', 'SN'].includes(c) ? 'no' : 'abstain'])))
  })

  it('"Enthaltung: BB, zugleich für MV, und RP. Das Saarland ist nicht vertreten." before the outcome: one run of vote sentences', () => {
    const r = record([...HEADER, 'Das Saarland ist entschuldigt.', 'TOP 3 Zentrum (SH)', 'Beschlussvorschlag:', '1. Die Länder beteiligen sich.',
      'Abstimmungsergebnis: Ja: BE, HB, HH, SH, ST, TH – Nein: BW, BY, HE, NI, NW, SN – Enthaltung: BB,',
      'zugleich für MV, und RP. Das Saarland ist nicht vertreten. Der Beschlussvorschlag hat die erforderliche',
      'Mehrheit nicht erreicht und ist abgelehnt.', ...TAIL])
    expect(r.agenda[0]!.vote!.outcome).toBe('rejected')
    expect(dissent(r, '3')).toEqual(['BW=no', 'BY=no', 'BB=abstain', 'HE=no', 'MV=abstain', 'NI=no', 'NW=no', 'RP=abstain', 'SL=absent', 'SN=no'])
  })

  it('"Bremen (zugleich für das Saarland) enthält sich", "Hamburg ist zu diesem Zeitpunkt noch nicht vertreten"', () => {
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Beschluss:', '1. Die Länder richten eine Cloud ein.',
      'Angenommen; Bremen (zugleich für das Saarland) enthält sich.', 'TOP 4 Netze (BY)', 'Beschluss:', '1. Die Länder bauen Netze aus.',
      'Einstimmig angenommen; Hamburg ist zu diesem Zeitpunkt noch nicht vertreten.', ...TAIL])
    expect([dissent(r, '3'), dissent(r, '4')]).toEqual([['HB=abstain', 'SL=abstain'], ['HH=absent']])
  })
})

describe('a header label with blanks around its slash, a line without a full stop before a departure', () => {
  it('"Beginn / Ende: 10.00 Uhr / 15.20 Uhr"; "Freigabe zur Veröffentlichung: ja" is no part of the name of who leaves', () => {
    const r = record(['Ergebnisprotokoll der 9. Sitzung der Digitalministerkonferenz', 'Tag: 14. März 2030', 'Beginn / Ende: 10.00 Uhr / 15.20 Uhr',
      'Ort: Rathaus, Bremen', 'TOP 3 Cloud (BE)', 'Beschluss:', '1. Die Länder richten eine Cloud ein.', 'Einstimmig angenommen.',
      'Freigabe zur Veröffentlichung: ja', 'Staatssekretärin Dr. Jana Roloff (MV) verlässt die Sitzung um 13:30 Uhr und überträgt das',
      'Stimmrecht Mecklenburg-Vorpommerns auf Brandenburg.', ...TAIL])
    expect([r.meeting!.start, r.meeting!.end]).toEqual(['10:00', '15:20'])
    expect(r.meeting!.departures.map((d) => [d.name, d.org, d.proxy])).toEqual([['Jana Roloff', 'MV', 'BB']])
  })
})

describe('Länder taking a stance, by the verbs real minutes use', () => {
  it('"Mehrere Länder sehen darin …", "Bayern beantragt, … zu vertagen. Hessen unterstützt den Antrag." are a debate; a presentation is none', () => {
    const r = record([...HEADER, 'TOP 3 Portale (HB)', 'Bremen stellt den Antrag vor. Mehrere Länder sehen darin einen Eingriff in die',
      'kommunale Selbstverwaltung.', 'Der Antrag wird abgelehnt.', 'TOP 4 Datenportal (NI)', 'Niedersachsen stellt die Vorlage vor. Bayern beantragt,',
      'die Beschlussfassung zu vertagen. Hessen unterstützt den Antrag.', 'Der Beschlussvorschlag wird mehrheitlich angenommen.',
      'TOP 5 Bericht (BE)', 'Berlin stellt den Bericht vor.', 'Die DMK nimmt den Bericht zur Kenntnis.', ...TAIL])
    expect(r.agenda.slice(0, 3).map((a) => a.vote?.debate)).toEqual([true, true, null])
  })
})

describe('attendee tables of sessions 58–62', () => {
  const col = (a: string, b: string, c = '') => `${a.padEnd(21)}${b.padEnd(28)}${c}`
  it('"Länder" as the label beside the first row, wide gaps (pdftotext -layout) or one blank (raw, pdf.js)', () => {
    const lands = ['Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg', 'Bremen', 'Hamburg', 'Hessen', 'Mecklenburg-Vorpommern', 'Niedersachsen',
      'Nordrhein-Westfalen', 'Rheinland-Pfalz', 'Saarland', 'Sachsen', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen']
    for (const gap of [(a: string, b: string, c: string) => col(a, b, c), (a: string, b: string, c: string) => [a, b, c].filter(Boolean).join(' ')]) {
      const r = record([...HEADER, 'Anwesenheit', ...lands.map((l, i) => gap(i === 0 ? 'Länder' : '', l, MINISTERS[i]!)),
        gap('Ständiger Gast', 'Bund', 'Ministerialdirektor Dr. Enno Salewski (BMDS)'), '', ...TAIL])
      expect(people(r, 'member')).toEqual(LANDS.map((c, i) => `${c} ${MINISTERS[i]!.replace(/^\S+ (?:Dr\. )?/, '')}`))
      expect(people(r, 'permanent_guest')).toEqual(['BMDS Enno Salewski'])
    }
  })

  it('"Minister, MdL", "Ministerialdirektorin, Amtschefin", "Referentin, Protokoll": the office before the comma; "Bund | … | Staatssekretärin, BMDS"', () => {
    const r = record([...HEADER, 'Anwesenheit', col(' Land', 'Name', 'Funktion'), ' Stimmberechtigte Mitglieder', col(' Bayern', 'Gisela Obermaier', 'Staatsministerin, MdL'),
      col('', 'Dr. Vroni Kastl', 'Ministerialdirektorin, Amtschefin'), col(' Berlin', 'Jens Radtke', 'Staatssekretär (bis 13:15 Uhr)'), ' Ständiger Gast',
      col(' Bund', 'Anke Tiedemann', 'Parlamentarische Staatssekretärin, BMDS'), ' Begleitung', col(' Berlin', 'Lina Marschall', 'Referentin, Protokoll'), '',
      'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'Staatssekretär Jens Radtke (BE) verlässt die Sitzung zum Ende der Mittagspause; Berlin',
      'überträgt sein Stimmrecht auf Brandenburg.', 'TOP 2 Verschiedenes', 'Es gibt keine Wortmeldungen.'])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name} ${a.title}`)).toEqual(['member BY Gisela Obermaier Staatsministerin',
      'member BY Vroni Kastl Ministerialdirektorin', 'member BE Jens Radtke Staatssekretär', 'permanent_guest BMDS Anke Tiedemann Parlamentarische Staatssekretärin',
      'staff BE Lina Marschall Referentin'])
    // The departure says no time; the table's "(bis 13:15 Uhr)" does.
    expect(r.meeting!.departures.map((d) => [d.name, d.time, d.proxy])).toEqual([['Jens Radtke', '13:15', 'BB']])
  })
})

describe('header, agenda and vote phrasings of sessions 58–62', () => {
  it('minute-takers of "Ministerium der Finanzen des Landes Sachsen-Anhalt"; "(Anlage" / "1)" across a line break', () => {
    const r = record(['Ergebnisprotokoll der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Zeit: 10:00 Uhr bis 15:00 Uhr',
      'Ort: Rathaus, Bremen', 'Protokoll: Regierungsrätin Femke Jaspers, Ministerium der Finanzen des Landes Sachsen-Anhalt',
      'TOP 3 Finanzierung (HE)', 'Hessen stellt den Bericht des Arbeitskreises vor, den die DMK in Auftrag gegeben hatte (Anlage',
      '1). Die DMK nimmt den Bericht zur Kenntnis.', ...TAIL])
    expect(r.meeting!.minutes.map((p) => [p.name, p.org])).toEqual([['Femke Jaspers', 'ST']])
    expect(r.agenda[0]!.attachments.map((a) => a.number)).toEqual(['1'])
  })

  it('"bei Enthaltung der Freistaaten Bayern und Sachsen", "Die Ziffern 1 und 2 werden einstimmig angenommen", "nimmt … nicht mehr an der Sitzung teil"', () => {
    const r = record([...HEADER, 'TOP 3 Plattform (MV)', 'Beschluss:', '1. Die Länder richten eine Plattform ein.',
      'Angenommen mit 14 Ja-Stimmen bei Enthaltung der Freistaaten Bayern und Sachsen.', 'TOP 4 Netze (BY)', 'Beschlussvorschlag:',
      '1. Die Länder bauen Netze aus.', '2. Der Bund beteiligt sich.', '3. Die Kosten trägt der Bund.', 'Ziffer 3 wird an den Arbeitskreis überwiesen.',
      'Die Ziffern 1 und 2 werden einstimmig angenommen.', 'Staatsrat Dr. Okke Brandes (HB) nimmt ab 13:00 Uhr nicht mehr an der Sitzung teil; die',
      'Stimme Bremens führt Hamburg.', ...TAIL])
    expect([dissent(r, '3'), r.agenda[1]!.vote!.unanimous, dissent(r, '4')]).toEqual([['BY=abstain', 'SN=abstain'], true, []])
    expect(r.meeting!.departures.map((d) => [d.name, d.org, d.time, d.proxy])).toEqual([['Okke Brandes', 'HB', '13:00', 'HH']])
  })
})

describe('guests\' bodies before or after their names (sessions 58–62)', () => {
  it('"(Stadt Eisenach)" after a name; "Stadt Konstanz", "(BMDS)", "Leopoldina" before the names; ", Protokoll" is no person', () => {
    const raw = record([...HEADER, 'Anwesenheit', 'Land Name Funktion', 'Stimmberechtigte Mitglieder', 'Bayern Gisela Obermaier Staatsministerin',
      'Ständiger Gast', 'Bund (BMDS) Dr. Olaf Brix Parlamentarischer Staatssekretär', 'Gäste',
      'Stadt Konstanz Dr. Heike Albrecht Oberbürgermeisterin (zu TOP 1)', 'Begleitung und Geschäftsstelle', 'Bayern Dr. Till Wenger Oberregierungsrat, Protokoll',
      'Lena Brauer Geschäftsstelle', '', ...TAIL])
    expect(raw.attendees.map((a) => `${a.role} ${a.org} ${a.name} ${a.title}`)).toEqual(['member BY Gisela Obermaier Staatsministerin',
      'permanent_guest BMDS Olaf Brix Parlamentarischer Staatssekretär', 'guest Stadt Konstanz Heike Albrecht Oberbürgermeisterin',
      'staff BY Till Wenger Oberregierungsrat', 'staff BY Lena Brauer null'])
    const layout = record([...HEADER, 'Anwesenheit', 'Länder               Bayern               Staatsministerin Gisela Obermaier',
      '                     Freistaat            Minister Jonas Kiefer', '                     Thüringen', '',
      'Gäste                Leopoldina           Präsidentin Prof. Dr. Wiebke Sander (zu TOP 1)', '',
      'Gäste: Bürgermeisterin Anja Vollrath (Stadt Eisenach) zu TOP 1; Direktor Dr. Paul Reuter (ZenDiS) zu TOP 6', '', ...TAIL])
    expect(layout.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual(['member BY Gisela Obermaier', 'member TH Jonas Kiefer',
      'guest Leopoldina Wiebke Sander', 'guest Stadt Eisenach Anja Vollrath', 'guest ZenDiS Paul Reuter'])
  })
})

describe('the next sessions (sessions 58–62)', () => {
  it('"in Halle (Saale)"; "wie in der 61. Sitzung vereinbart" announces nothing; a table "Sitzung  Datum  Ort  Vorsitz"', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Termine',
      'Die 10. Sitzung findet am Donnerstag, 13. November 2030, in Halle (Saale) statt. Die 11. Sitzung findet, wie in der 8. Sitzung',
      'vereinbart, am Donnerstag, 20. Mai 2031, in Bremerhaven statt. Die weiteren Sitzungen finden wie folgt statt:', '',
      'Sitzung        Datum                                     Ort            Vorsitz',
      '12.            Donnerstag, 18. November 2031             Konstanz       Baden-Württemberg',
      '13.            Donnerstag, 13. Mai 2032                  Hannover       Niedersachsen', '', 'gez. Dr. Jonas Kiefer'])
    expect(r.meeting!.announcements.map((a) => [a.number, a.place, a.date])).toEqual([[10, 'Halle (Saale)', '2030-11-13'],
      [11, 'Bremerhaven', '2031-05-20'], [12, 'Konstanz', '2031-11-18'], [13, 'Hannover', '2032-05-13']])
  })
})

describe('a table\'s section rows printed after its cells (plain pdftotext, sessions 58–62)', () => {
  it('"Teilnehmerinnen und Teilnehmer" over the Länder opens the members; a Land\'s people read under "Gäste" are staff, or its member', () => {
    const r = record([...HEADER, 'Teilnehmerinnen und Teilnehmer', 'Land', '', 'Name', '', 'Funktion', '', 'Bayern', '', 'Gisela Obermaier', '',
      'Staatsministerin', '', 'Berlin', '', 'Jens Radtke', '', 'Staatssekretär', '', 'Mitglieder', '', 'Gäste', '', 'FITKO', '', 'Dr. Lea Walther', '',
      'Präsidentin (zu TOP 7)', '', 'Bayern', '', 'Korbinian Reindl', '', 'Referent', '', 'Hessen', '', 'Tobias Kranz', '', 'Staatssekretär', '',
      ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual(['member BY Gisela Obermaier', 'member BE Jens Radtke',
      'guest FITKO Lea Walther', 'staff BY Korbinian Reindl', 'member HE Tobias Kranz'])
  })
})

describe('a Land that votes in writing, a footer that starts like a clause (sessions 58–62)', () => {
  it('"entschuldigt; schriftliche Stimmabgabe": no absence; "hat schriftlich zugestimmt", "liegt … keine Stimme vor"; "9. DMK – Ergebnisprotokoll"', () => {
    const foot = (n: number) => ['', 'Senatskanzlei Bremen', '', '9. DMK – Ergebnisprotokoll', '', `Seite ${n} von 3`, '\f']
    const r = record([...HEADER, 'Anwesenheit', ...LANDS.map((c, i) => c === 'SL' ? 'SL   –   entschuldigt; schriftliche Stimmabgabe zu TOP 3' : `${c}   ${MINISTERS[i]}`), '',
      'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 3 Register (NW)', 'Beschluss:', '1. Die Frist wird verlängert.',
      'Der Beschluss wird mit 14 Ja-Stimmen bei 2 Gegenstimmen (HB, HH) gefasst; die Stimme des Saarlandes ist schriftlich abgegeben.',
      'TOP 4 Identitäten (NW)', 'Nordrhein-Westfalen stellt den Beschlussvorschlag vor.', ...foot(1), 'Der Beschluss lautet in der geänderten Fassung:', '1.', '',
      'Die Länder binden ihre Portale an.', '',
      'Der Beschluss wird einstimmig gefasst; für das Saarland liegt zu diesem Tagesordnungspunkt keine Stimme vor.', ...foot(2),
      'TOP 5 Rechenzentrum (BW)', 'Beschluss:', '1. Die Länder nutzen das Rechenzentrum.', 'Der Beschluss wird bei Enthaltung Berlins gefasst; das',
      'Saarland hat schriftlich zugestimmt.', 'TOP 6 Verschiedenes', 'Keine Wortmeldungen.', ...foot(3)])
    expect(r.absent).toEqual([])
    expect(['3', '4', '5'].map((n) => dissent(r, n))).toEqual([['HB=no', 'HH=no'], ['SL=absent'], ['BE=abstain']])
    expect(r.agenda.find((a) => a.number === '4')!.resolution!.clauses.map((c) => c.number)).toEqual(['1'])
    // Each page's three footer lines, "9. DMK – Ergebnisprotokoll" among them, are page furniture.
    expect(r.segments.filter((s) => s.kind === 'furniture').length).toBe(9)
  })
})

describe('a sentence about the list under it', () => {
  it('"Die Begleitungen der Mitglieder … sind in der Teilnehmerliste (Anlage 3) aufgeführt." ends the guests\' run-in list', () => {
    const r = record([...HEADER, 'Anwesend:', 'Ständiger Gast: Staatssekretär Dr. Olaf Brix (BMDS)',
      'Gäste: Bürgermeisterin Anja Vollrath (Stadt Eisenach) zu TOP 1; Direktor Dr. Paul Reuter', '(ZenDiS) zu TOP 6',
      'Die Begleitungen der Mitglieder und die Beschäftigten der Geschäftsstelle sind in der', 'Teilnehmerliste (Anlage 3) aufgeführt.', '', ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual(['permanent_guest BMDS Olaf Brix', 'guest Stadt Eisenach Anja Vollrath',
      'guest ZenDiS Paul Reuter'])
  })
})

describe('guests in a table by item (sessions 58–62)', () => {
  it('"zu TOP   Name   Institution": the item no part of the name, the institution after the name the org (its code, else up to its comma)', () => {
    for (const gap of ['             ', ' ']) {
      const row = (n: string, name: string, body: string) => ` ${n}${gap}${name}${gap === ' ' ? ' ' : ' '.repeat(40 - name.length)}${body}`
      const r = record([...HEADER, 'Anwesend:', 'Gäste zu einzelnen Tagesordnungspunkten', ` zu TOP${gap}Name${gap}Institution`,
        row('0', 'Oberbürgermeisterin Dr. Jutta Imkamp', 'Stadt Münster'), row('4', 'Vizepräsident Dr. Sören Lappe', 'Bundesamt für Sicherheit in der'),
        `${gap === ' ' ? '' : ' '.repeat(56)}Informationstechnik (BSI)`, row('7', 'Prof. Dr. Ilka Dornseif', 'Universität Münster, Institut für Informationsrecht'), '', ...TAIL])
      expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name} ${a.title}`)).toEqual(['guest Stadt Münster Jutta Imkamp Oberbürgermeisterin',
        'guest BSI Sören Lappe Vizepräsident', 'guest Universität Münster Ilka Dornseif null'])
    }
  })
})

describe('lists and heads of sessions 63–67', () => {
  it('"Anwesende Mitglieder" over codes; a town "Universitäts- und Hansestadt …"; ", zu TOP" / "1;" across a line break', () => {
    const r = record(['Ergebnisniederschrift über die 9. Sitzung der Digitalministerkonferenz', 'Ort: Rathaus, Greifswald', 'Datum: 14. März 2030',
      'Niederschrift: Dr. Lene Wurzel, Tom Gräning (EM M-V)', '', 'Anwesende Mitglieder', ...LANDS.map((c, i) => `${c}         ${MINISTERS[i]}`), '',
      'Gäste: Oberbürgermeisterin Dr. Maike Rahn (Universitäts- und Hansestadt Greifswald), zu TOP',
      '1; Dr. Tilo Brinck (Open Source Business Alliance – OSBA), zu TOP 5', '', ...TAIL])
    expect(people(r, 'member')).toHaveLength(16)
    expect(r.attendees.filter((a) => a.role === 'guest').map((a) => `${a.org} ${a.name}`)).toEqual([
      'Universitäts- und Hansestadt Greifswald Maike Rahn', 'OSBA Tilo Brinck'])
    expect(r.meeting!.minutes.map((p) => p.name)).toEqual(['Lene Wurzel', 'Tom Gräning'])
  })

  it('"(HE federführend, BY, SN)": the lead sponsor among the others; "(alle Länder; Gast: KMK)": every Land', () => {
    const r = record([...HEADER, 'TOP 3 Souveräne Cloud (HE federführend, BY, SN)', 'Bericht.', 'TOP 4 Digitale Bildung (alle Länder; Gast: KMK)', 'Bericht.'])
    expect(r.agenda.map((a) => [a.number, a.title, a.sponsors.map((s) => s.org), a.guests.map((g) => g.org)])).toEqual([
      ['3', 'Souveräne Cloud', ['HE', 'BY', 'SN'], []], ['4', 'Digitale Bildung', LANDS, ['KMK']]])
  })
})

describe('attendance and notes of sessions 63–67', () => {
  it('a column "Teilnahme" ("vor Ort", "per Video, bis 12:40 Uhr") is no part of a name; the chair\'s function "…, Chief Digital Officer der Freien Hansestadt Bremen" no person', () => {
    const r = record(['Ergebnisprotokoll der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Ort: Rathaus, Bremen',
      'Vorsitz: Staatsrat Okke Brandes, Chief Digital Officer der Freien Hansestadt Bremen', '', 'Anwesenheit', 'Land Funktion Name Teilnahme', 'Mitglieder',
      'Bayern Staatsministerin Gisela Obermaier vor Ort', 'Berlin Staatssekretär Jens Radtke per Video, bis 12:40 Uhr', '', ...TAIL])
    expect(r.attendees.map((a) => `${a.org} ${a.name} ${a.title}`)).toEqual(['BY Gisela Obermaier Staatsministerin', 'BE Jens Radtke Staatssekretär'])
    expect(r.meeting!.chair.map((c) => [c.name, c.org])).toEqual([['Okke Brandes', 'HB']])
  })

  it('"… Berlin und Schleswig-Holstein schließen sich der Protokollerklärung an.": the same note for each', () => {
    const r = record([...HEADER, 'TOP 3 Plattform (HB)', 'Beschluss:', '1. Die Länder nutzen die Plattform.', 'Einstimmig angenommen.',
      'Bremen gibt folgende Protokollerklärung ab: „Bremen erwartet eine Beteiligung an den Kosten.“ Berlin und Schleswig-Holstein schließen',
      'sich der Protokollerklärung an.', ...TAIL])
    expect(r.agenda[0]!.notes.map((n) => [n.org, n.text])).toEqual([['HB', 'Bremen erwartet eine Beteiligung an den Kosten.'],
      ['BE', 'Bremen erwartet eine Beteiligung an den Kosten.'], ['SH', 'Bremen erwartet eine Beteiligung an den Kosten.']])
  })
})

describe('an item broken off and taken up again (sessions 63–67)', () => {
  it('"Fortsetzung TOP 3" after TOP 4: its decision, vote and note are item 3\'s, one record at its place', () => {
    const r = record([...HEADER, 'TOP 3 Bürosoftware (SH, MV)', 'Schleswig-Holstein stellt den Beschlussvorschlag vor. Bayern widerspricht Ziffer 3.',
      'Die Beratung wird nach TOP 4 fortgesetzt.', 'TOP 4 Teilhabe (MV)', 'Die DMK nimmt den Bericht zur Kenntnis.', '', 'Fortsetzung TOP 3',
      'Bürosoftware', 'Der Beschluss lautet in der geänderten Fassung:', '1. Die Länder schließen einen Rahmenvertrag.',
      'Der Beschluss wird bei einer Gegenstimme (Bayern) gefasst.', 'Protokollnotiz Bayern: „Bayern beteiligt sich nicht.“', '', 'TOP 5 Verschiedenes',
      'Es gibt keine Wortmeldungen.'])
    expect(r.agenda.map((a) => a.number)).toEqual(['3', '4', '5'])
    const three = r.agenda[0]!
    expect([three.title, three.resolution?.clauses.length, three.vote?.outcome, three.vote?.debate, dissent(r, '3'), three.notes.map((n) => n.org)])
      .toEqual(['Bürosoftware', 1, 'adopted', true, ['BY=no'], ['BY']])
    expect([r.agenda[1]!.vote?.outcome, r.agenda[1]!.notes]).toEqual(['noted', []])
  })
})

describe('a guest\'s body in a cell of its own (pdftotext -layout, sessions 63–67)', () => {
  it('"Bundesamt für Sicherheit in der" / "Informationstechnik (BSI)" wrapped beside the name; "Dataport AöR" by its legal form', () => {
    const r = record([...HEADER, 'Anwesend:', '3. Gäste', 'Bundesamt für Sicherheit in der   Vizepräsident Dr. Arvid Lund (zu TOP 8)',
      'Informationstechnik (BSI)', 'Dataport AöR                      Vorstandsvorsitzende Dr. Silke Rahn (zu TOP 5)', '', ...TAIL])
    expect(r.attendees.map((a) => `${a.org} ${a.name} ${a.title}`)).toEqual(['BSI Arvid Lund Vizepräsident', 'Dataport AöR Silke Rahn Vorstandsvorsitzende'])
  })
})

describe('a Land\'s name broken at a syllable in its cell (pdftotext -raw, pdf.js; sessions 63–67)', () => {
  it('"Freie und Hansestadt Ham-" / "burg", "Land Mecklenburg-Vorpom-" / "mern" over their names; a further row stays with its Land', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land Mitglieder Begleitung', 'Land Baden-Württemberg Ministerin Anna Weber Dr. Jan Rau',
      'Freistaat Bayern Staatsminister Dr. Paul Huber –', 'Freie Hansestadt Bremen Staatsrat Dr. Jan Meyer –', 'Freie und Hansestadt Ham-', 'burg',
      'Senatorin Lea Vogt –', 'Land Hessen Staatsminister Karl Roth Dr. Mia Kessler', 'Land Mecklenburg-Vorpom-', 'mern', 'Staatssekretär Ole Janssen –',
      'Freistaat Sachsen Staatsminister Udo Klein –', 'Staatssekretär Ben Hahn', '–', '', ...TAIL])
    expect(people(r, 'member')).toEqual(['BW Anna Weber', 'BY Paul Huber', 'HB Jan Meyer', 'HH Lea Vogt', 'HE Karl Roth', 'MV Ole Janssen', 'SN Udo Klein', 'SN Ben Hahn'])
  })
})

describe('a Land\'s people under the permanent guest\'s label (plain pdftotext reads labels apart from their cells; sessions 63–67)', () => {
  it('a Land\'s people read under "Ständiger Gast" are its member or staff, not permanent guests', () => {
    const r = record([...HEADER, 'Anwesenheit', 'Mitglieder', 'Bayern Staatsministerin Gisela Obermaier', 'Ständiger Gast',
      'Bund Staatssekretär Dr. Olaf Brix (BMDS)', 'Hessen Staatssekretär Tobias Kranz', 'Bayern Referent Korbinian Reindl', '', ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual(['member BY Gisela Obermaier', 'permanent_guest BMDS Olaf Brix',
      'member HE Tobias Kranz', 'staff BY Korbinian Reindl'])
  })
})

describe('an attachment title over two lines, an item withdrawn before the session (sessions 63–67)', () => {
  it('"Anlage 2      … in der Fassung" / "vom 28. Oktober 2054"; "Hessen hat den Beschlussvorschlag zu TOP 3 „…“ vor der Sitzung zurückgezogen."', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Hessen hat den Beschlussvorschlag zu TOP 3 „Prüfkatalog für KI-Beschaffungen“ vor der Sitzung',
      'zurückgezogen. Im Übrigen wird die Tagesordnung festgestellt.', 'TOP 2 Verschiedenes', 'Keine Wortmeldungen.', '', 'Anlagen',
      'Anlage 1      Zeitpläne der Länder', 'Anlage 2      Vereinbarung über die Finanzierung gemeinsamer Basisdienste in der Fassung',
      '              vom 28. Oktober 2054', 'Anlage 3      Mindestanforderungen an die Cybersicherheit'])
    expect(r.attachments.map((a) => a.title)).toEqual(['Zeitpläne der Länder',
      'Vereinbarung über die Finanzierung gemeinsamer Basisdienste in der Fassung vom 28. Oktober 2054', 'Mindestanforderungen an die Cybersicherheit'])
    expect(r.agendaChanges.map((c) => [c.number, c.change, c.by])).toEqual([['3', 'withdrawn', 'HE']])
  })
})

describe('a running header whose date stands on a line of its own (plain pdftotext; sessions 63–67)', () => {
  it('"Protokoll der 9. Sitzung der DMK" / "14. März 2030" after every page number is furniture; the word broken over the page goes on', () => {
    const page = (n: number) => ['', `–${n}–`, '', 'Protokoll der 9. Sitzung der DMK', '', '14. März 2030', '']
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Beschluss:',
      '1. Die Länder melden ihren Bedarf bis zum 30. Septem-', ...page(2), 'ber 2030.',
      '2. Die DMK bittet den Vorsitz um einen Bericht.', ...page(3), '3. Die Länder stellen die Mittel bereit.', ...page(4),
      'Der Beschluss wird einstimmig gefasst.', ...TAIL])
    expect(r.agenda[0]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die Länder melden ihren Bedarf bis zum 30. September 2030.',
      'Die DMK bittet den Vorsitz um einen Bericht.', 'Die Länder stellen die Mittel bereit.'])
    expect(r.segments.filter((s) => s.kind === 'furniture' && s.label === 'running-header')).toHaveLength(6)
  })
})

describe('an annex printed after the attachment list; the Land that asked for an item to be taken off (sessions 63–67)', () => {
  it('"Anlage 2 zu TOP 3" after the list starts the annex: its points "3." and "4." are no attachments', () => {
    const r = record([...HEADER, 'TOP 3 Cloud (BE)', 'Die DMK nimmt den Bericht zur Kenntnis.', ...TAIL,
      'Anlagen', 'Anlage 1: Bericht der Arbeitsgruppe Cloud', 'Anlage 2: Grundsätze für den Betrieb der Landescloud',
      'Anlage 2 zu TOP 3', 'Grundsätze für den Betrieb der Landescloud', '1. Die Länder betreiben die Cloud gemeinsam.',
      '2. Jedes Land hat eine Stimme.', '3. Die Daten bleiben in Deutschland.', '4. Abgerechnet wird nach Nutzung.'])
    expect(r.attachments.map((a) => [a.number, a.title])).toEqual([['1', 'Bericht der Arbeitsgruppe Cloud'],
      ['2', 'Grundsätze für den Betrieb der Landescloud']])
  })

  it('"TOP 7 „…“ wird auf Antrag Sachsens von der Tagesordnung abgesetzt", "Auf Bitte Baden-Württembergs wird TOP 8 … abgesetzt"', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung',
      'TOP 7 „Gemeinsame Beschaffung von Bürosoftware“ wird auf', 'Antrag Sachsens von der Tagesordnung abgesetzt.',
      'Auf Bitte Baden-Württembergs wird TOP 8 „Rechenzentren“ von der Tagesordnung abgesetzt. TOP 9 wird abgesetzt.',
      'TOP 2 Verschiedenes', 'Es gibt keine Wortmeldungen.'])
    expect(r.agendaChanges.map((c) => [c.number, c.change, c.by])).toEqual([['7', 'removed', 'SN'], ['8', 'removed', 'BW'], ['9', 'removed', null]])
  })
})

describe('decisions, heads and lists of sessions 68–72', () => {
  it('"Beschlussempfehlung des Arbeitskreises Informationssicherheit:" heads the clauses; "Einstimmig." under them is the vote', () => {
    const r = record([...HEADER, 'TOP 3 Übung (HB, SH)', 'Bremen stellt den Bericht vor.',
      'Beschlussempfehlung des Arbeitskreises Informationssicherheit:', '1. Die DMK nimmt den Bericht zur Kenntnis.',
      '2. Die Länder bestätigen ihre Ansprechpersonen jährlich.', 'Einstimmig.', ...TAIL])
    const item = r.agenda[0]!
    expect(item.resolution?.clauses.map((c) => c.number)).toEqual(['1', '2'])
    expect([item.vote?.outcome, item.vote?.unanimous]).toEqual(['adopted', true])
  })

  it('an outcome of an earlier session told in passing ("…, dass der Beschlussvorschlag in der 68. Sitzung … vertagt wurde") is not this one\'s', () => {
    const r = record([...HEADER, 'TOP 3 Mobilfunk (RP, SL)',
      'Rheinland-Pfalz erinnert daran, dass der Beschlussvorschlag in der 68. Sitzung auf Bitte des Bundes vertagt wurde.',
      'Beschlussvorschlag:', '1. Die Länder fördern den Ausbau.', 'Der Beschlussvorschlag wird mit 14 Ja-Stimmen bei 2 Enthaltungen (Bayern, Sachsen) angenommen.', ...TAIL])
    expect(r.agenda[0]!.vote?.outcome).toBe('adopted')
    expect(dissent(r, '3')).toEqual(['BY=abstain', 'SN=abstain'])
  })

  it('"TOP 5 (bisher TOP 6): Title" after an item was taken off: "(bisher TOP 6)" is no part of the title', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.',
      'TOP 5 (bisher TOP 6): Digitale Souveränität: Stand der Beitritte (SH, BE)', 'Die DMK nimmt den Bericht zur Kenntnis.',
      'TOP 6 (bisher TOP 7): Verschiedenes', 'Es gibt keine Wortmeldungen.'])
    expect(r.agenda.map((a) => [a.number, a.title, a.sponsors.map((s) => s.org)])).toEqual([['1', 'Eröffnung', []],
      ['5', 'Digitale Souveränität: Stand der Beitritte', ['SH', 'BE']], ['6', 'Verschiedenes', []]])
  })

  it('"Anlage 1 Leitlinien …" as the last lines, under no "Anlagen" head, is the attachment list and no part of the last item', () => {
    const r = record([...HEADER, ...TAIL, 'Der Vorsitzende schließt die Sitzung um 15:00 Uhr.', '', 'Dresden, 2. Juni 2059',
      'Florian Kaden', 'Protokoll', '', 'Anlage 1 Leitlinien für den Einsatz generativer KI in der Verwaltung', 'Anlage 2 Bericht der Arbeitsgruppe'])
    expect(r.attachments.map((a) => [a.number, a.title])).toEqual([['1', 'Leitlinien für den Einsatz generativer KI in der Verwaltung'],
      ['2', 'Bericht der Arbeitsgruppe']])
    expect(r.agenda.at(-1)!.attachments).toEqual([])
  })

  it('minute-takers of "(Ministerium für Finanzen und Digitalisierung)" take the Land the chair\'s field names', () => {
    const r = record(['Ergebnisniederschrift der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Ort: Schloss Gottorf, Schleswig',
      'Leitung: Ministerin Dr. Inken Carstensen, Ministerin für Finanzen und Digitalisierung des', 'Landes Schleswig-Holstein',
      'Niederschrift: Merle Jacobsen, Ole Thomsen (Ministerium für Finanzen und Digitalisierung)', ...TAIL])
    expect(r.meeting?.minutes.map((m) => [m.name, m.org])).toEqual([['Merle Jacobsen', 'SH'], ['Ole Thomsen', 'SH']])
  })

  it('guests under item labels ("zu TOP 1   Bürgermeister …", "zu TOP 4   Direktorin …"); "Staatsrat Ole Brünjes (HB)" is a member, no body', () => {
    const r = record([...HEADER, 'Anwesende',
      'Mitglieder         Minister Benedikt Waibel (BW)', '                   Staatssekretärin Ulrike Manthey (BB)',
      '                   Staatsrat Ole Brünjes (HB)', '                   Senatorin Dr. Katrin Lüders (HH)',
      'Gäste', 'zu TOP 1           Bürgermeister Sönke Thiesen, Stadt Schleswig',
      'zu TOP 4           Direktorin Dr. Kirsten Lau, Bundesamt für Sicherheit in der', '                   Informationstechnik (BSI)', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BW', 'Benedikt Waibel', 'Minister', false], ['member', 'BB', 'Ulrike Manthey', 'Staatssekretärin', false],
      ['member', 'HB', 'Ole Brünjes', 'Staatsrat', false], ['member', 'HH', 'Katrin Lüders', 'Senatorin', false],
      ['guest', 'Stadt Schleswig', 'Sönke Thiesen', 'Bürgermeister', false], ['guest', 'BSI', 'Kirsten Lau', 'Direktorin', false]])
  })
})

describe('invitations, elections and broken labels (sessions 68–72)', () => {
  it('"… lädt zur 69. Sitzung am Donnerstag, 16. Mai 2058, nach Schleswig ein"; a session announced twice is one announcement', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Verschiedenes',
      'Den Vorsitz übernimmt Schleswig-Holstein. Ministerin Dr. Inken Carstensen (SH) lädt zur 10. Sitzung am Donnerstag,',
      '16. Mai 2030, nach Schleswig ein. Die 10. Sitzung findet in Präsenz statt.'])
    expect(r.meeting?.announcements.map((a) => [a.number, a.place, a.date])).toEqual([[10, 'Schleswig', '2030-05-16']])
  })

  it('"… werden einstimmig gewählt" after the clauses of an election (not the end of "Dr."), "per Akklamation angenommen": unanimous', () => {
    const r = record([...HEADER, 'TOP 3 Wahl der Sprecherin (SL)', 'Beschluss:',
      '1. Die DMK wählt Staatssekretärin Dr. Maren Quast (ST) zur Sprecherin der Länder.', '2. Die DMK dankt dem bisherigen Sprecher.',
      'Staatssekretärin Dr. Quast und Staatsrat Brünjes werden einstimmig gewählt; beide nehmen die', 'Wahl an.',
      'TOP 4 Erklärung (BB)', 'Die Erklärung wird per Akklamation angenommen.', ...TAIL])
    expect(r.agenda[0]!.resolution?.clauses.at(-1)?.text).toBe('Die DMK dankt dem bisherigen Sprecher.')
    expect(r.agenda.slice(0, 2).map((a) => [a.vote?.outcome, a.vote?.unanimous])).toEqual([['adopted', true], ['adopted', true]])
  })

  it('"TOP 7 wird auf Wunsch Baden-Württembergs vor TOP 6 aufgerufen": moved after 5; "(NI, HB)1": a footnote marker after the sponsors', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'TOP 7 wird auf Wunsch Baden-Württembergs vor TOP 6 aufgerufen.',
      'TOP 6 Genehmigungsverfahren (NI, HB)1', 'Die DMK nimmt den Bericht zur Kenntnis.', 'TOP 2 Verschiedenes', 'Es gibt keine Wortmeldungen.'])
    expect(r.agendaChanges.map((c) => [c.number, c.change, c.after])).toEqual([['7', 'moved', '5']])
    expect(r.agenda.map((a) => [a.number, a.title, a.sponsors.map((s) => s.org)])[1]).toEqual(['6', 'Genehmigungsverfahren', ['NI', 'HB']])
  })

  it('labels broken at a syllable in their cell ("Stimmberechtigte Mit-" / "glieder", "Begleitung und Ge-" / "schäftsstelle"); a town with small words', () => {
    const r = record([...HEADER, 'Anwesenheit',
      'Stimmberechtigte Mit-      BW         Minister Benedikt Waibel', 'glieder',
      '                           BY         Staatsministerin Theresa Lindinger',
      'Gäste                                 Oberbürgermeister Steffen Weidlich, Stadt Brandenburg an der Havel (zu',
      '                                      TOP 1)',
      'Begleitung und Ge-         BW         Dr. Marcel Eppinger', 'schäftsstelle',
      '                           BY         Korbinian Stadler', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BW', 'Benedikt Waibel', 'Minister', false], ['member', 'BY', 'Theresa Lindinger', 'Staatsministerin', false],
      ['guest', 'Stadt Brandenburg an der Havel', 'Steffen Weidlich', 'Oberbürgermeister', false],
      ['staff', 'BW', 'Marcel Eppinger', null, false], ['staff', 'BY', 'Korbinian Stadler', null, false]])
  })
})

describe('dissent in a footnote, an honorary doctorate, a guest\'s body in the Funktion cell (sessions 68–72)', () => {
  it('"… bei einer Gegenstimme und einer Enthaltung gefasst.1" / "1 Gegenstimme: Sachsen; Enthaltung: Thüringen." names who', () => {
    const r = record([...HEADER, 'TOP 3 Sprachmodell (BW)', 'Beschluss:', '1. Die DMK billigt den Bericht.',
      'Der Beschluss wird mit 14 Ja-Stimmen bei einer Gegenstimme und einer Enthaltung gefasst.1', '', '1', '     Gegenstimme: Sachsen; Enthaltung: Thüringen.', '',
      'TOP 4 Bildung (Gast: KMK)', 'Der Generalsekretär berichtet über die Erklärung, die die DMK in ihrer 7. Sitzung gebilligt hat.',
      'Die DMK nimmt den Bericht zur Kenntnis.', ...TAIL])
    expect(dissent(r, '3')).toEqual(['SN=no', 'TH=abstain'])
    expect(r.agenda[1]!.vote?.outcome).toBe('noted')
  })

  it('"Prof. Dr. Dr. h. c. Elisabeth Marquardt | Präsidentin der Hochschule Fulda (zu TOP 8)" with an empty Land cell', () => {
    const r = record([...HEADER, 'Teilnehmende', ' Land                  Name                                          Funktion', ' Mitglieder',
      ' BW                    Benedikt Waibel                               Minister', ' Gäste',
      ' KMK                   Dr. Stefan Kühne                              Generalsekretär (zu TOP 7)',
      '                       Prof. Dr. Dr. h. c. Elisabeth Marquardt       Präsidentin der Hochschule Fulda (zu TOP 8)', ...TAIL])
    expect(r.attendees.map((a) => [a.role, a.org, a.honorific, a.name, a.title]).slice(1)).toEqual([['guest', 'KMK', 'Dr.', 'Stefan Kühne', 'Generalsekretär'],
      ['guest', 'Hochschule Fulda', 'Prof. Dr. Dr. h. c.', 'Elisabeth Marquardt', 'Präsidentin']])
  })
})

describe('a running header after each page number, without page breaks or blank lines (pdf.js; sessions 68–72)', () => {
  it('"1" / "Protokoll der 9. Sitzung … 14.03.2030", "2" / the same: header and numbers are furniture, no preamble; the last page\'s "3" too', () => {
    const r = record([...HEADER, 'TOP 3 Sprachmodell (BW)', 'Die Vorschläge werden vorgestellt.', '1',
      'Protokoll der 9. Sitzung der Digitalministerkonferenz 14.03.2030', 'Beschlussvorschlag:', '2',
      'Protokoll der 9. Sitzung der Digitalministerkonferenz 14.03.2030', '1. Die Länder verteilen die Kosten.',
      'Der Beschlussvorschlag wird einstimmig angenommen.', ...TAIL, '3'])
    expect(r.agenda[0]!.resolution?.preamble ?? null).toBeNull()
    expect(r.segments.filter((s) => s.kind === 'furniture').map((s) => s.label)).toEqual(['page-number', 'running-header', 'page-number', 'running-header', 'page-number'])
  })
})

describe('a Land | Name | Funktion table printed cell by cell, its label column after the rows (plain pdftotext; sessions 58–72)', () => {
  it('the people after the last Land\'s go to "Ständiger Gast" / "Bund (BMDS)" and "Gäste" / "Stadt Konstanz" in order', () => {
    const cells = (land: string, name: string, office: string) => [land, '', name, '', office, '']
    const r = record([...HEADER, 'Anwesenheit', 'Land', '', 'Name', '', 'Funktion', '',
      ...cells('Baden-Württemberg', 'Benedikt Waibel', 'Minister (Vorsitz)'), ...cells('Bayern', 'Theresa Lindinger', 'Staatsministerin'),
      ...cells('Thüringen', 'Franziska Gräfe', 'Staatssekretärin'),
      'Dr. Konstantin Fahrenholz', '', 'Parlamentarischer Staatssekretär', '', 'Dr. Friederike Haller', '', 'Oberbürgermeisterin (zu TOP 1)', '',
      'Stimmberechtigte Mitglieder', '', 'Ständiger Gast', 'Bund (BMDS)', 'Gäste', 'Stadt Konstanz', '', ...TAIL])
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Konstantin Fahrenholz'])
    expect(people(r, 'guest')).toEqual(['Stadt Konstanz Friederike Haller'])
    expect(people(r, 'member')).toEqual(['BW Benedikt Waibel', 'BY Theresa Lindinger', 'TH Franziska Gräfe'])
  })

  it('a guest read as a further row under a code takes the body of its office ("Präsidentin der Hochschule Fulda"), not one the code is short for', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Mitglieder', 'BW      Minister Benedikt Waibel', 'Gäste',
      'KMK     Generalsekretär Dr. Stefan Kühne', '        Prof. Dr. Elisabeth Marquardt Präsidentin der Hochschule Fulda (zu TOP 8)',
      'DSK     Prof. Dr. Ines Wachholz Vorsitzende der Datenschutzkonferenz (zu TOP 6)', ...TAIL])
    expect(people(r, 'guest')).toEqual(['KMK Stefan Kühne', 'Hochschule Fulda Elisabeth Marquardt', 'DSK Ines Wachholz'])
  })
})

describe('lists whose labels plain pdftotext prints apart (sessions 53–62)', () => {
  it('"Anlagen:" / "1." / "2." / then both titles: each title to its number', () => {
    const r = record([...HEADER, ...TAIL, 'Anlagen:', '1.', '2.', '', 'Migrationsfahrplan der Länder', 'Musterkooperationsvereinbarung'])
    expect(r.attachments.map((a) => [a.number, a.title])).toEqual([['1', 'Migrationsfahrplan der Länder'], ['2', 'Musterkooperationsvereinbarung']])
  })

  it('the members\' rows before "Stimmberechtigte Mitglieder", the label column printed after them, are members', () => {
    const cells = (land: string, name: string, office: string) => [land, '', name, '', office, '']
    const r = record([...HEADER, 'Teilnehmende', 'Land / Institution', '', 'Name', '', 'Funktion', '',
      ...cells('Baden-Württemberg', 'Dr. Annika Schwab-Rößler', 'Ministerin'), ...cells('Bayern', 'Theresa Lindinger', 'Staatsministerin'),
      ...cells('Berlin', 'Dr. Malte Szymanski', 'Staatssekretär'), 'Stimmberechtigte Mitglieder', '', ...TAIL])
    expect(people(r, 'member')).toEqual(['BW Annika Schwab-Rößler', 'BY Theresa Lindinger', 'BE Malte Szymanski'])
  })
})

describe('heads, labels and guests of sessions 73–77', () => {
  it('items headed "Punkt 1", "Punkt 2", … without colon; "Punkt 7 „…“ wird auf Bitte Bayerns … abgesetzt" removes 7', () => {
    const r = record([...HEADER, 'Punkt 1       Begrüßung, Feststellung der Tagesordnung', 'Die Vorsitzende eröffnet die Sitzung.',
      'Punkt 7 „Digitale Infrastruktur“ wird auf Bitte', 'Bayerns von der Tagesordnung abgesetzt.',
      'Punkt 2       Bericht des Bundes', 'Kenntnisnahme.', 'Punkt 3       Künstliche Intelligenz (BW, BY,', 'TH)', 'Die DMK nimmt den Bericht zur Kenntnis.',
      'Punkt 10      Verschiedenes', 'Es gibt keine Wortmeldungen.'])
    expect(r.agenda.map((a) => [a.number, a.title, a.sponsors.map((s) => s.org)])).toEqual([['1', 'Begrüßung, Feststellung der Tagesordnung', []],
      ['2', 'Bericht des Bundes', []], ['3', 'Künstliche Intelligenz', ['BW', 'BY', 'TH']], ['10', 'Verschiedenes', []]])
    expect(r.agendaChanges.map((c) => [c.number, c.change, c.by])).toEqual([['7', 'removed', 'BY']])
  })

  it('"Länder" / "(stimmberechtigt)" beside the first Land opens the attendees; "Teilnehmende Mitglieder" over a table of members', () => {
    const a = record(['Beschlussniederschrift der 9. Sitzung der Digitalministerkonferenz', 'Sitzungsdatum: 14. März 2030', 'Sitzungsort: Gotha',
      'Länder               Baden-Württemberg              Ministerin Dr. Carla Mühlhäuser', '(stimmberechtigt)',
      '                     Bayern                         Staatsminister Dr. Quirin Hallmayer', ...TAIL])
    expect(people(a, 'member')).toEqual(['BW Carla Mühlhäuser', 'BY Quirin Hallmayer'])
    const b = record([...HEADER, 'Teilnehmende Mitglieder', ' Land      Mitglied', ' BW        Ministerin Dr. Carla Mühlhäuser',
      ' BY        Staatsminister Dr. Quirin Hallmayer', ...TAIL])
    expect(people(b, 'member')).toEqual(['BW Carla Mühlhäuser', 'BY Quirin Hallmayer'])
  })

  it('"Land  Name  Amtsbezeichnung / Funktion" are column heads; guests "…, Oberbürgermeisterin der Stadt Bamberg", "…, Präsident der Bundesnetzagentur (BNetzA)"', () => {
    const r = record([...HEADER, 'Stimmberechtigte Mitglieder', ' Land                 Name                     Amtsbezeichnung / Funktion',
      ' Baden-Württemberg    Benedikt Waibel          Minister', ' Bayern               Dr. Quirin Hallmayer     Staatsminister, Vorsitz', '',
      'Gäste: Dr. Agnes Hirschmann, Oberbürgermeisterin der Stadt Bamberg (zu TOP 1); Prof. Dr. Markus',
      'Ebertshäuser, Präsident der Bundesnetzagentur (BNetzA) (zu TOP 8)', ...TAIL,
      'Anlagen', 'Anlage 1: Servicestandard für Onlinedienste der Länder (zu TOP 4)'])
    expect(roster(r)).toEqual([['member', 'BW', 'Benedikt Waibel', 'Minister', false], ['member', 'BY', 'Quirin Hallmayer', 'Staatsminister', true],
      ['guest', 'Stadt Bamberg', 'Agnes Hirschmann', 'Oberbürgermeisterin', false], ['guest', 'BNetzA', 'Markus Ebertshäuser', 'Präsident', false]])
    expect(r.attachments.map((a) => a.title)).toEqual(['Servicestandard für Onlinedienste der Länder'])
  })
})

describe('votes, departures and sessions of sessions 73–77', () => {
  it('six members leave at once ("Um 14:40 Uhr verlassen … A (BW), … und F (TH) die Sitzung. Stimmrechte werden nicht übertragen.")', () => {
    const r = record([...HEADER, 'TOP 3 Glasfaser (RP)', 'Die DMK nimmt den Bericht zur Kenntnis.',
      'Um 14:40 Uhr verlassen wegen des Streiks Minister Benedikt Waibel (BW), Staatsminister Dr. Quirin Hallmayer (BY) und',
      'Staatssekretärin Franziska Gräfe (TH) die Sitzung. Stimmrechte werden nicht übertragen.',
      'TOP 4 Genossenschaft (HE)', 'Der Vorsitzende stellt fest, dass die Konferenz nicht mehr beschlussfähig ist.',
      'Über den Beschlussvorschlag wird im Umlaufverfahren entschieden.', ...TAIL])
    expect(r.meeting?.departures.map((d) => [d.name, d.org, d.time, d.proxy, d.after])).toEqual([
      ['Benedikt Waibel', 'BW', '14:40', null, '3'], ['Quirin Hallmayer', 'BY', '14:40', null, '3'], ['Franziska Gräfe', 'TH', '14:40', null, '3']])
    expect(r.agenda[1]!.vote?.outcome).toBe('deferred')
  })

  it('"Die DMK stimmt einvernehmlich zu" is unanimous; "…, den die Kultusministerkonferenz im März gebilligt hat" is not the decision; "(Anlagen 2" / "und 3)"', () => {
    const r = record([...HEADER, 'TOP 3 Digitale Bildung (HE, RP)', 'Der Generalsekretär stellt den Entwurf der Erklärung vor, den die',
      'Kultusministerkonferenz im März 2030 gebilligt hat. Er erläutert den Finanzierungsplan (Anlagen 2', 'und 3).',
      'Beschluss:', '1. Die DMK stimmt der Erklärung zu.', 'Die DMK stimmt einvernehmlich zu.', ...TAIL])
    const item = r.agenda[0]!
    expect([item.vote?.outcome, item.vote?.unanimous]).toEqual(['adopted', true])
    expect(item.attachments.map((a) => a.number)).toEqual(['2', '3'])
  })

  it('a head whose next line is a sentence ("11. Vorsitz, Termine, Verschiedenes" / "… Rheinland-Pfalz. Staatssekretärin … (RP)") ends with its line', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 11 Vorsitz, Termine, Verschiedenes',
      'Den Vorsitz übernimmt Rheinland-Pfalz. Staatssekretärin Dr. Nadja Wirtz (RP)', 'lädt zur 10. Sitzung am 19. Mai 2030 nach Worms ein.'])
    expect(r.agenda.map((a) => [a.number, a.title, a.sponsors.length])).toEqual([['1', 'Eröffnung', 0], ['11', 'Vorsitz, Termine, Verschiedenes', 0]])
  })

  it('the session number from the running header, not from "… in ihrer 20. Sitzung zu berichten" or "auf die 21. Sitzung verschoben"', () => {
    const page = (n: number) => [`Digitalministerkonferenz · 18. Sitzung · Kiel, 25.11.2032      Seite ${n}`, '']
    const r = record(['Ergebnisprotokoll der Digitalministerkonferenz', 'Datum: 25. November 2032', 'Ort: Landeshaus, Kiel', ...page(1),
      'TOP 1 Eröffnung', 'Die DMK bittet den Bund, in ihrer 20. Sitzung über den Stand zu berichten.', ...page(2),
      'TOP 2 Bericht', 'Der Bericht wird auf die 21. Sitzung verschoben. Die Niederschrift der 17. Sitzung wird genehmigt.', ...page(3),
      'TOP 3 Verschiedenes', 'Die 19. Sitzung findet am 10. März 2033 in Magdeburg statt.', ...page(4)])
    expect(r.meeting?.number).toBe(18)
    expect(r.meeting?.announcements.map((a) => [a.number, a.place, a.date])).toEqual([[19, 'Magdeburg', '2033-03-10']])
  })
})

describe('a session over two days (sessions 73–77)', () => {
  it('"Sitzungszeiten" on two days ends at the second day\'s end; a name broken before "(HB, nur am 17. November)"; "Erster Sitzungstag –" is no row', () => {
    const r = record(['Niederschrift über die 9. Sitzung der Digitalministerkonferenz', 'Sitzungstage          17. und 18. November 2030',
      'Sitzungszeiten        Donnerstag, 17. November 2030, 14:00 – 18:00 Uhr', '                      Freitag, 18. November 2030, 9:00 – 13:20 Uhr',
      'Tagungsort            Palais Salfeldt, Quedlinburg', '',
      'Mitglieder: Ministerin Dr. Carla Mühlhäuser (BW), Staatsrat Ole', 'Brünjes (HB, nur am 17. November), Senatorin Dr. Katrin Lüders (HH)',
      'Begleitung: Dr. Marcel Eppinger (BW), Korbinian Stadler (BY)', '', '                   Erster Sitzungstag – Donnerstag, 17. November 2030', '', ...TAIL])
    expect([r.meeting?.start, r.meeting?.end]).toEqual(['14:00', '13:20'])
    expect(roster(r).map((a) => `${a[0]} ${a[1]} ${a[2]}`)).toEqual(['member BW Carla Mühlhäuser', 'member HB Ole Brünjes', 'member HH Katrin Lüders',
      'staff BW Marcel Eppinger', 'staff BY Korbinian Stadler'])
  })

  it('"… nimmt am zweiten Sitzungstag nicht teil; Bremen hat sein Stimmrecht … auf das Vorsitzland übertragen": a departure with the chair\'s Land as proxy', () => {
    const r = record(['Niederschrift über die 9. Sitzung der Digitalministerkonferenz', 'Datum: 17. November 2030', 'Ort: Quedlinburg',
      'Leitung: Staatssekretärin Dr. Maren Quast (Sachsen-Anhalt)', ...TAIL.slice(0, 2), 'TOP 3 Sprachmodell (BW)',
      'Die Vorsitzende setzt die Sitzung um 9:00 Uhr fort. Staatsrat Ole Brünjes (HB) nimmt am zweiten',
      'Sitzungstag nicht teil; Bremen hat sein Stimmrecht für diesen Tag auf das Vorsitzland übertragen.',
      'Sachsen und Thüringen bemängeln erneut die Kostenverteilung.', 'Der Beschluss wird gegen die Stimmen Sachsens und Thüringens gefasst.', ...TAIL.slice(2)])
    expect(r.meeting?.departures.map((d) => [d.name, d.org, d.time, d.proxy])).toEqual([['Ole Brünjes', 'HB', null, 'ST']])
    expect(r.agenda.find((a) => a.number === '3')?.vote?.debate).toBe(true)
  })
})

describe('an invitation to a town whose name has small words (sessions 73–77)', () => {
  it('"… lädt zur 10. Sitzung am Donnerstag, 16. November 2030, nach Freiburg  im  Breisgau ein": the whole name between "nach" and "ein"', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Verschiedenes',
      'Ministerin Dr. Carla Mühlhäuser (BW) lädt zur 10. Sitzung am Donnerstag, 16. November 2030, nach Freiburg  im  Breisgau ein.'])
    expect(r.meeting?.announcements.map((a) => [a.number, a.place, a.date])).toEqual([[10, 'Freiburg im Breisgau', '2030-11-16']])
  })
})

describe('a secret ballot (sessions 73–77)', () => {
  it('"Von den 16 abgegebenen Stimmen entfallen 10 auf Staatssekretärin Dr. Bartsch und 6 auf Staatssekretär Dr. Wollin": adopted, not unanimous', () => {
    const r = record([...HEADER, 'TOP 3 Wahl der Sprecherin (SL)', 'Auf Antrag Nordrhein-Westfalens wird mit Stimmzetteln geheim gewählt.',
      'Von den 16 abgegebenen Stimmen entfallen 10 auf Staatssekretärin Dr. Bartsch und 6 auf Staatssekretär Dr. Wollin.',
      'Staatssekretärin Dr. Leonie Bartsch ist damit gewählt; sie nimmt die Wahl an.', ...TAIL])
    expect([r.agenda[0]!.vote?.outcome, r.agenda[0]!.vote?.unanimous, r.agenda[0]!.vote?.positions ?? null]).toEqual(['adopted', false, null])
  })

  it('"…, dass die 40. Sitzung die Entscheidung vertagt hatte" tells of before the session; "bei Enthaltung der Stadtstaaten": BE, HB, HH', () => {
    const r = record([...HEADER, 'TOP 3 Glasfaserausbau (NI)', 'Ministerin Anna Weber (NI) erinnert daran, dass die 40. Sitzung die',
      'Entscheidung vertagt hatte, bis die Zahlen vorliegen.', 'Beschluss:', '1. Die DMK begrüßt den Bericht.',
      'Der Beschluss wird bei Enthaltung der Stadtstaaten gefasst.', ...TAIL])
    expect(r.agenda[0]!.vote?.outcome).toBe('adopted')
    expect(dissent(r, '3')).toEqual(['BE=abstain', 'HB=abstain', 'HH=abstain'])
  })

  it('"Protokollvermerk Hessen: …" is a note of its kind; a note in guillemets »…« ends at «', () => {
    const r = record([...HEADER, 'TOP 3 Vergaberecht (BY)', 'Beschluss:', '1. Die DMK nimmt den Bericht zur Kenntnis.',
      'Einstimmig angenommen.', 'Protokollvermerk Hessen: „Hessen prüft die Umsetzung bis Ende 2031.“',
      'TOP 4 Register (BE)', 'Die DMK nimmt den Bericht zur Kenntnis.', 'Berlin gibt folgende Protokollerklärung ab: »Berlin behält sich',
      'eine eigene Lösung vor.« Der Punkt ist damit erledigt.', ...TAIL])
    expect(r.agenda.slice(0, 2).map((a) => a.notes.map((n) => [n.org, n.kind, n.text]))).toEqual([
      [['HE', 'Protokollvermerk', 'Hessen prüft die Umsetzung bis Ende 2031.']],
      [['BE', 'Protokollerklärung', 'Berlin behält sich eine eigene Lösung vor.']]])
  })

  it('"Anl. 1", "Anlage A" and "Anlage 2 (zu TOP 4): …" in the list and the items; "s. Anl. 1" and "als Anlage" / "B" as references', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Der Bericht liegt vor (s. Anl. 1).', 'TOP 2 Leitlinien (BW)',
      'Der Entwurf ist dem Protokoll als Anlage', 'B beigefügt.', 'TOP 4 Stellungnahme (BE)', 'Die Stellungnahme (Anlage 2) wird gebilligt.',
      '', 'Anlagen', 'Anl. 1      Bericht des Bundes', 'Anlage B    Leitlinien für offene Software',
      'Anlage 2 (zu TOP 4): Stellungnahme der Länder'])
    expect(r.agenda.map((a) => [a.number, a.attachments.map((x) => x.number)])).toEqual([['1', ['1']], ['2', ['B']], ['4', ['2']]])
    expect(r.attachments.map((a) => [a.number, a.title])).toEqual([['1', 'Bericht des Bundes'], ['B', 'Leitlinien für offene Software'],
      ['2', 'Stellungnahme der Länder']])
  })

  it('"Land   Mitglied   Amt   Anmerkung" heads; a Land\'s name too long for its column, one blank before the name', () => {
    const row = (land: string, name: string, office: string, remark = '') => `${land.padEnd(24)}${name.padEnd(24)}${office.padEnd(20)}${remark}`.trimEnd()
    const r = record([...HEADER, 'Teilnehmende', row('Land', 'Mitglied', 'Amt', 'Anmerkung'),
      row('Bayern', 'Dr. Paul Huber', 'Staatsminister', 'Vorsitz'), `${'Mecklenburg-Vorpommern Dr. Eva Lindner'.padEnd(48)}Staatssekretärin`,
      row('Nordrhein-Westfalen', 'Tom Brandt', 'Minister', 'seit 1. März 2030'), row('Sachsen', 'Lea Vogt', 'Staatsministerin'), ...TAIL])
    expect(roster(r)).toEqual([['member', 'BY', 'Paul Huber', 'Staatsminister', true], ['member', 'MV', 'Eva Lindner', 'Staatssekretärin', false],
      ['member', 'NW', 'Tom Brandt', 'Minister', false], ['member', 'SN', 'Lea Vogt', 'Staatsministerin', false]])
  })

  it('"Kreisverwaltungsleiterin Ida Brenner, Landkreis Harburg", "Landesbeauftragter Dr. …": an office compounded of a known one', () => {
    const r = record([...HEADER, 'Mitglieder     Ministerin Anna Weber (BW)', '               Staatsminister Dr. Paul Huber (BY)',
      'Gäste          Kreisverwaltungsleiterin Ida Brenner, Landkreis Harburg (zu TOP 1)',
      '               Landesbeauftragter Dr. Olaf Seidel, Vorsitzender der Datenschutzkonferenz (DSK)', ...TAIL])
    expect(roster(r).filter((a) => a[0] === 'guest')).toEqual([['guest', 'Landkreis Harburg', 'Ida Brenner', 'Kreisverwaltungsleiterin', false],
      ['guest', 'DSK', 'Olaf Seidel', 'Landesbeauftragter', false]])
  })

  it('"Minister Karl Roth [vertreten durch Staatssekretär Dr. …]" and "(vertreten durch …)": the deputy is the member', () => {
    const r = record([...HEADER, 'Mitglieder   BW   Ministerin Anna Weber',
      '             HE   Staatsminister Jonas Aßmann [vertreten durch Ministerialdirigentin Dr.', '                  Sophie Kranz]',
      '             SL   Minister Karl Roth (vertreten durch Staatssekretär Dr. Felix Bauer)', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BW', 'Anna Weber', 'Ministerin', false], ['member', 'HE', 'Sophie Kranz', 'Ministerialdirigentin', false],
      ['member', 'SL', 'Felix Bauer', 'Staatssekretär', false]])
  })

  it('"beschließt … Wiedervorlage in der nächsten Sitzung": deferred; a "Stimmrechtsübertragungen" table: the Land votes through its proxy', () => {
    const r = record([...HEADER, 'Mitglieder   ' + LANDS.filter((c) => c !== 'SL').map((c, i) => `${MINISTERS[i]} (${c})`).join(', '),
      'Saarland: entschuldigt', '', 'Stimmrechtsübertragungen', 'Land          überträgt das Stimmrecht auf      Zeitraum',
      'Saarland      Rheinland-Pfalz                   gesamte Sitzung', 'Bremen        Niedersachsen                     ab TOP 4', '', ...TAIL,
      'TOP 3 Open Data (BE)', 'Die DMK beschließt auf Vorschlag des Vorsitzes Wiedervorlage in der nächsten Sitzung.',
      'TOP 4 Cloud (HH)', 'Beschluss:', '1. Die DMK billigt die Eckpunkte.',
      'Der Beschlussvorschlag erhält 10 Ja-Stimmen bei 4 Gegenstimmen (Bayern, Berlin, Hessen, Sachsen) und 2 Enthaltungen', '(Bremen, Thüringen). Die erforderliche Mehrheit ist nicht erreicht; der Antrag ist damit abgelehnt.'])
    expect(r.absent).toEqual([])
    expect(r.agenda.slice(2).map((a) => a.vote?.outcome)).toEqual(['deferred', 'rejected'])
    expect(dissent(r, '4')).toEqual(['BY=no', 'BE=no', 'HB=abstain', 'HE=no', 'SN=no', 'TH=abstain'])
  })

  it('minute-takers run together over two lines, each with the Land of its body; "…, Wissenschaftliche Referentin (KSt)" an office; the chair\'s Land from the list', () => {
    const a = record(['Niederschrift über die 9. Sitzung der Digitalministerkonferenz', 'Datum:         14. März 2030', 'Ort:           Rathaus, Kiel',
      'Vorsitz:       Staatsrat Dr. Jan Meyer, Finanzministerium Mecklenburg-Vorpommern',
      'Protokoll:     Regierungsrätin Lea Vogt (Ministerium für Inneres Sachsen-Anhalt)',
      '               Oberregierungsrat Ole Brandt (Senatorin für Finanzen, Freie Hansestadt Bremen)', ...TAIL])
    expect(a.meeting!.chair.map((p) => [p.name, p.org])).toEqual([['Jan Meyer', 'MV']])
    expect(a.meeting!.minutes.map((p) => [p.name, p.org])).toEqual([['Lea Vogt', 'ST'], ['Ole Brandt', 'HB']])
    const b = record(['Niederschrift über die 9. Sitzung der Digitalministerkonferenz', 'Datum:         14. März 2030', 'Ort:           Rathaus, Kiel',
      'Vorsitz:       Ministerin Dr. Ute Krüger, Präses der Kulturbehörde', 'Protokoll:     Dr. Mia Berg, Wissenschaftliche Referentin (KSt)',
      'Mitglieder     Ministerin Anna Weber (BW)', '               Ministerin Dr. Ute Krüger (SH), Vorsitz', ...TAIL])
    expect(b.meeting!.minutes.map((p) => [p.name, p.title, p.org])).toEqual([['Mia Berg', 'Wissenschaftliche Referentin', 'SH']])
  })

  it('"Nach Bekanntgabe des Ergebnisses … ändere seine Enthaltung …; damit einstimmig gefasst": the result stated last; "« Minister …" leaves', () => {
    const r = record([...HEADER, 'Mitglieder   ' + LANDS.map((c, i) => `${MINISTERS[i]} (${c})`).join(', '), ...TAIL,
      'TOP 3 Register (HE)', 'Beschluss:', '1. Die DMK billigt das Konzept.', 'Der Beschluss wird mit 15 Ja-Stimmen bei einer Enthaltung (Hessen) gefasst.',
      'Nach Bekanntgabe des Ergebnisses erklärt Hessen, es ändere seine Enthaltung in eine Zustimmung. Der Vorsitz stellt fest,',
      'dass der Beschluss damit einstimmig gefasst ist. Hessen gibt folgende Protokollerklärung ab: »Hessen prüft die Kosten.«',
      'Minister Karl Roth (HE) verlässt die Sitzung um 14:00 Uhr; das Stimmrecht Hessens übt ab TOP 4 Bayern aus.'])
    expect([r.agenda[2]!.vote?.unanimous, dissent(r, '3')]).toEqual([true, []])
    expect(r.meeting!.departures.map((d) => [d.name, d.org, d.proxy])).toEqual([['Karl Roth', 'HE', 'BY']])
  })

  it('"Präsident Dr. …, Generaldirektion Wasserstraßen und Schifffahrt (zu TOP 8)": one guest, the body\'s name not two people', () => {
    const r = record([...HEADER, 'Mitglieder     BW     Ministerin Anna Weber', 'Gäste          GDWS   Präsident Dr. Hinrich Ahlers, Generaldirektion Wasserstraßen',
      '                      und Schifffahrt (zu TOP 8)', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BW', 'Anna Weber', 'Ministerin', false], ['guest', 'GDWS', 'Hinrich Ahlers', 'Präsident', false]])
  })

  it('plain pdftotext\'s "Stimmrechtsübertragungen" a cell a line; "Bayern Dr. … Staatsminister Vorsitz", "… Ministerin seit 1. März 2030" (raw)', () => {
    const r = record([...HEADER, 'Teilnehmende Mitglieder', 'Land Mitglied Amt Anmerkung', 'Bayern Dr. Paul Huber Staatsminister Vorsitz',
      'Hessen Dr. Ute Krüger Ministerin seit 1. März 2030', 'Saarland: entschuldigt', 'Stimmrechtsübertragungen', 'Land', '', 'überträgt das Stimmrecht auf', '',
      'Zeitraum', '', 'Saarland', '', 'Rheinland-Pfalz', '', 'gesamte Sitzung', '', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BY', 'Paul Huber', 'Staatsminister', true], ['member', 'HE', 'Ute Krüger', 'Ministerin', false]])
    expect(r.absent).toEqual([])
  })

  it('"…, wird TOP 6 nach TOP 2 vorgezogen": moved after 2; a listed title that breaks off at "eines" goes on', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Weil der Gast zu TOP 6 nur am Vormittag kommen kann, wird TOP 6 nach TOP 2 vorgezogen.',
      'TOP 2 Verschiedenes', 'Es gibt keine Wortmeldungen.', '', 'Anlagen', 'Anlage 1 (zu TOP 2): Entwurf eines', 'Staatsvertrags über den Datenaustausch'])
    expect(r.agendaChanges.map((c) => [c.number, c.change, c.after])).toEqual([['6', 'moved', '2']])
    expect(r.attachments.map((a) => [a.number, a.title])).toEqual([['1', 'Entwurf eines Staatsvertrags über den Datenaustausch']])
  })

  it('results on "Votum:" lines ("Votum: einstimmig.", "Votum: zurückgestellt bis zur 12. Sitzung."); "Tagesordnungspunkt 7 „…“" / "wird … abgesetzt" is no head', () => {
    const r = record([...HEADER, 'Tagesordnungspunkt 1: Eröffnung', 'Tagesordnungspunkt 7 „Gemeinsame Beschaffung von Lizenzen“',
      'wird auf Antrag Hessens von der Tagesordnung abgesetzt.', 'Tagesordnungspunkt 2: Cloud (BE)', 'Beschlussvorschlag:', '1. Die Länder betreiben eine Cloud.',
      '2. Berlin übernimmt den Betrieb.', 'Votum: einstimmig.', 'Tagesordnungspunkt 3: Register (HH)', 'Votum: zurückgestellt bis zur 12. Sitzung.',
      'Tagesordnungspunkt 4: Verschiedenes', 'Votum: Kenntnisnahme.'])
    expect(r.agenda.map((a) => [a.number, a.vote?.outcome, a.vote?.unanimous])).toEqual([['1', undefined, undefined], ['2', 'adopted', true],
      ['3', 'deferred', null], ['4', 'noted', null]])
    expect(r.agenda[1]!.resolution?.clauses.at(-1)?.text).toBe('Berlin übernimmt den Betrieb.')
    expect(r.agendaChanges.map((c) => [c.number, c.change, c.by])).toEqual([['7', 'removed', 'HE']])
  })

  it('"Antrag des Landes Brandenburg und des Freistaates Sachsen" under the title names the sponsors; "Bericht des Bundes" none', () => {
    const r = record([...HEADER, 'TOP 1 Bericht des Bundes', 'Bericht des Bundes', 'Die DMK nimmt den Bericht zur Kenntnis.', 'TOP 2 Cloud',
      'Antrag des Landes Brandenburg und des Freistaates Sachsen', 'Die DMK nimmt den Bericht zur Kenntnis.', 'TOP 3 Register', 'Bericht des Landes Berlin',
      'Die DMK nimmt den Bericht zur Kenntnis.'])
    expect(r.agenda.map((a) => a.sponsors.map((x) => x.org))).toEqual([[], ['BB', 'SN'], ['BE']])
  })

  it('"Verzeichnis der weiteren Teilnehmenden" after the signature: the staff; "Land  in Präsenz  per Videokonferenz" over the members', () => {
    const row = (a: string, b: string, c = '') => ` ${a.padEnd(22)}${b.padEnd(36)}${c}`.trimEnd()
    const r = record([...HEADER, row('Land', 'in Präsenz', 'per Videokonferenz'), ' Mitglieder der DMK', row('Bayern', 'Staatsminister Dr. Paul Huber', 'Ministerialdirektorin Eva Lindner'),
      row('Bremen', '', 'Staatsrat Dr. Jan Meyer'), row('Hessen', 'Ministerin Ute Krüger'), ...TAIL, '', 'gez. Ute Krüger', '', 'Verzeichnis der weiteren Teilnehmenden',
      ' HE           Regierungsrat Tom Brandt, Lea Vogt', ' BY           Ministerialrat Karl Roth'])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual(['member BY Paul Huber', 'member BY Eva Lindner', 'member HB Jan Meyer',
      'member HE Ute Krüger', 'staff HE Tom Brandt', 'staff HE Lea Vogt', 'staff BY Karl Roth'])
  })

  it('"Abweichendes Stimmverhalten: Bayern (Nein), Baden-Württemberg und Sachsen (Enthaltung)" / "… keines."; "Sachsen-Anhalt (durch Sachsen)" in a list', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 Cloud (HE)', 'Abstimmung: angenommen. Abweichendes Stimmverhalten: Bayern (Nein), Baden-Württemberg',
      'und Sachsen (Enthaltung).', 'TOP 4 Register (BE)', 'Abstimmung: angenommen. Abweichendes Stimmverhalten: keines.',
      'Staatssekretärin Dr. Eva Lindner (ST) verlässt die Videokonferenz um 13:30 Uhr; Sachsen-Anhalt überträgt sein Stimmrecht auf Sachsen.',
      'TOP 5 KI (NW)', 'Abstimmung: Der Beschlussvorschlag erhält 8 Ja-Stimmen und verfehlt die erforderliche Mehrheit von 13 Stimmen.',
      'Nein: Berlin, Bremen, Hamburg, Schleswig-Holstein. Enthaltung: Hessen, Sachsen, Sachsen-Anhalt (durch Sachsen), Thüringen.'])
    expect(dissent(r, '3')).toEqual(['BW=abstain', 'BY=no', 'SN=abstain'])
    expect(r.agenda[3]!.vote?.unanimous).toBe(true)
    expect(r.meeting!.departures.map((d) => [d.org, d.time, d.proxy])).toEqual([['ST', '13:30', 'SN']])
    expect(dissent(r, '5')).toEqual(['BE=no', 'HB=no', 'HH=no', 'HE=abstain', 'SN=abstain', 'ST=abstain', 'SH=no', 'TH=abstain'])
  })

  it('labels, codes, names column after column: "Stimmberechtigte" / "Mitglieder" one label; a guest\'s row with its town and no code', () => {
    const r = record([...HEADER, 'Stimmberechtigte', 'Mitglieder', 'Ständiger Gast', 'Gäste', 'Begleitung', ...LANDS, 'BMDS', 'BSI', 'HE',
      ...MINISTERS, 'Staatssekretär Dr. Markus Richter', 'Oberbürgermeisterin Dr. Ida Sommer, Stadt Fulda (zu TOP 1)', 'Präsidentin Dr. Nora Brandt',
      'Regierungsrat Tom Brandt', ...TAIL])
    expect(people(r, 'member')).toHaveLength(16)
    expect(r.attendees.filter((a) => a.role !== 'member').map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual(['permanent_guest BMDS Markus Richter',
      'guest Stadt Fulda Ida Sommer', 'guest BSI Nora Brandt', 'staff HE Tom Brandt'])
  })

  it('"Vorsitz: Minister Dr. …, Ministerium für Inneres, Bauen und Sport des Saarlandes": one chair', () => {
    const r = record(['Protokoll der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Ort: Rathaus, Saarlouis',
      'Vorsitz: Minister Dr. Julian Scherer, Ministerium für Inneres, Bauen und Sport des Saarlandes', ...TAIL])
    expect(r.meeting!.chair.map((p) => p.name)).toEqual(['Julian Scherer'])
  })

  it('codes and names taking turns (plain): a guest\'s row printing its town before any code is the guests\', not the next code\'s', () => {
    const r = record([...HEADER, 'Mitglieder', 'BW', 'Ministerin Anna Weber', 'BY', 'Staatsminister Dr. Paul Huber', 'Ständiger Gast', 'Bund',
      'Staatssekretär Dr. Markus Richter (BMDS)', 'Gäste', 'Begleitung', 'Oberbürgermeister Tilo Kießling, Stadt Zwickau (zu TOP 1)', 'BSI',
      'Präsidentin Dr. Nora Brandt', 'BW', 'Regierungsrat Tom Brandt', ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual(['member BW Anna Weber', 'member BY Paul Huber',
      'permanent_guest BMDS Markus Richter', 'guest Stadt Zwickau Tilo Kießling', 'guest BSI Nora Brandt', 'staff BW Tom Brandt'])
  })

  it('items headed "Punkt I" … "Punkt V" in Roman numerals, two taken in turn ("Die Punkte III und IV werden … in umgekehrter Reihenfolge behandelt")', () => {
    const r = record([...HEADER, 'Punkt I', 'Eröffnung', 'Die Punkte III und IV werden in umgekehrter Reihenfolge behandelt.', 'Punkt II', 'Bericht des Bundes',
      'Die DMK nimmt den Bericht zur Kenntnis.', 'Punkt IV', 'Cloud', 'Die DMK nimmt den Bericht zur Kenntnis.', 'Punkt III', 'Register',
      'Die DMK nimmt den Bericht zur Kenntnis.', 'Punkt V', 'Verschiedenes', 'Es gibt keine Wortmeldungen.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['I', 'Eröffnung'], ['II', 'Bericht des Bundes'], ['IV', 'Cloud'], ['III', 'Register'],
      ['V', 'Verschiedenes']])
    expect(r.agendaChanges.map((c) => [c.number, c.change, c.after])).toEqual([['IV', 'moved', 'II']])
  })

  it('"Land  stimmführend  weitere Teilnehmende" and "Land / Institution  Name  Amtsbezeichnung  Teilnahme" (the role in the last column)', () => {
    const three = (a: string, b: string, c: string) => ` ${a.padEnd(24)}${b.padEnd(36)}${c}`.trimEnd()
    const a = record([...HEADER, 'Teilnehmende', three('Land', 'stimmführend', 'weitere Teilnehmende'), three('Bayern', 'Staatsminister Dr. Paul Huber', 'Regierungsrat Tom Brandt'),
      three('Hessen', 'Ministerin Ute Krüger', '–'), ...TAIL])
    expect(a.attendees.map((x) => `${x.role} ${x.org} ${x.name}`)).toEqual(['member BY Paul Huber', 'member HE Ute Krüger', 'staff BY Tom Brandt'])
    const four = (w: string, x: string, y: string, z: string) => ` ${w.padEnd(26)}${x.padEnd(22)}${y.padEnd(18)}${z}`.trimEnd()
    const b = record([...HEADER, 'Anwesenheit', four('Land / Institution', 'Name', 'Amtsbezeichnung', 'Teilnahme'), four('Bayern', 'Dr. Paul Huber', 'Staatsminister', 'Mitglied'),
      four('Bund (BMDS)', 'Dr. Eva Lindner', 'Staatssekretärin', 'Ständiger Gast'), four('Stadt Fulda', 'Ida Sommer', 'Bürgermeisterin', 'Gast (zu TOP 1)'),
      four('Bayern', 'Tom Brandt', 'Referent', 'Begleitung'), ...TAIL])
    expect(b.attendees.map((x) => `${x.role} ${x.org} ${x.name}`)).toEqual(['member BY Paul Huber', 'permanent_guest BMDS Eva Lindner',
      'guest Stadt Fulda Ida Sommer', 'staff BY Tom Brandt'])
  })

  it('"Bund (ständiger Gast)" and "Gäste" in the Land column with their first row beside; a cell reaching the next column\'s "–"', () => {
    const row = (a: string, b: string, c: string) => ` ${a.padEnd(24)}${b.padEnd(44)}${c}`.trimEnd()
    const r = record([...HEADER, 'Anwesenheit', row('Land', 'Mitglied der DMK', 'Begleitung'), row('Bayern', 'Staatsminister Dr. Paul Huber', 'Regierungsrat Tom Brandt'),
      row('Hessen', 'Ministerin Ute Krüger', '–'), row('Bund (ständiger Gast)', 'Staatssekretär Dr. Markus Richter (BMDS)', 'Dr. Jan Weid (BMDS)'),
      ` ${'Gäste'.padEnd(24)}Oberbürgermeister Christian Bräuninger, Stadt –`, ` ${''.padEnd(24)}Fulda (zu TOP 1)`,
      ` ${''.padEnd(24)}Prof. Dr. Nora Brandt, Hochschule Fulda (zu TOP 4)`, ...TAIL])
    expect(r.attendees.map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual(['member BY Paul Huber', 'member HE Ute Krüger',
      'permanent_guest BMDS Markus Richter', 'guest Stadt Fulda Christian Bräuninger', 'guest Hochschule Fulda Nora Brandt', 'staff BY Tom Brandt',
      'staff BMDS Jan Weid'])
  })

  it('"Der Beschlussvorschlag wird zur weiteren Beratung an den Arbeitskreis … überwiesen": deferred; a clause referred leaves the rest', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 Cloud (BY)', 'Beschlussvorschlag:', '1. Die Länder betreiben eine Cloud.',
      'Der Beschlussvorschlag wird zur weiteren Beratung an den Arbeitskreis Föderale IT-Architektur überwiesen.', 'TOP 4 Register (HE)',
      'Ziffer 2 wird abgetrennt und an den Arbeitskreis überwiesen.', 'Beschlussvorschlag:', '1. Die Länder führen ein Register.',
      'Der Beschlussvorschlag wird im Übrigen einstimmig angenommen.'])
    expect(r.agenda.slice(2).map((a) => a.vote?.outcome)).toEqual(['deferred', 'adopted'])
  })

  it('a status column after the office, one blank apart (raw, pdf.js): "Bayern Dr. Paul Huber Staatsminister Mitglied", "… Referent Begleitung"', () => {
    const r = record([...HEADER, 'Anwesenheit', 'Land / Institution Name Amtsbezeichnung Teilnahme', 'Bayern Dr. Paul Huber Staatsminister Mitglied, Vorsitz',
      'Saarland Tim Bergweiler Staatssekretär Mitglied (i. V. für Minister Dr. Karl Roth)', 'Hessen Dr. Ute Krüger Ministerin Mitglied',
      'Hessen Tom Brandt Referent Begleitung', ...TAIL])
    expect(roster(r).slice(0, 3)).toEqual([['member', 'BY', 'Paul Huber', 'Staatsminister', true], ['member', 'SL', 'Tim Bergweiler', 'Staatssekretär', false],
      ['member', 'HE', 'Ute Krüger', 'Ministerin', false]])
    expect(r.attendees.find((a) => a.name.startsWith('Tom'))?.name).toBe('Tom Brandt')
  })

  it('clause labels "1." / "2." stacked above both clauses\' texts (plain): the second clause starts after the first one\'s items', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 KI (NW)', 'Beschlussvorschlag:', '1.', '', '2.', '', 'Die Länder setzen KI ein. Sie prüfen dabei, ob', 'a)', '',
      'die Entscheidung gebunden ist,', '', 'b)', '', 'die Betroffenen informiert werden.', '', 'Die Länder berichten bis Ende 2031.', '',
      'Der Beschlussvorschlag wird einstimmig angenommen.'])
    expect(r.agenda[2]!.resolution?.clauses.map((c) => [c.number, c.text, c.items.map((i) => i.label)])).toEqual([
      ['1', 'Die Länder setzen KI ein. Sie prüfen dabei, ob', ['a', 'b']], ['2', 'Die Länder berichten bis Ende 2031.', []]])
  })

  it('a row\'s cells one blank apart (raw): "Bayern Staatssekretärin Dr. … Aumüller Regierungsdirektor Florian Waldherr" two people; "… Mühlhäuser –" no dash', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land stimmführend weitere Teilnehmende', 'Baden-Württemberg Ministerin Dr. Carla Mühlhäuser –',
      'Bayern Staatssekretärin Dr. Theresa Aumüller Regierungsdirektor Florian Waldherr', ...TAIL])
    expect(r.attendees.map((a) => [a.org, a.name, a.title])).toEqual([['BW', 'Carla Mühlhäuser', 'Ministerin'], ['BY', 'Theresa Aumüller', 'Staatssekretärin'],
      ['BY', 'Florian Waldherr', 'Regierungsdirektor']])
  })
})

describe('held-out set 14, second pass', () => {
  it('"Bei Enthaltung Sachsens im Übrigen einstimmig angenommen": not unanimous; "Die Länder Hessen und Bremen tragen den Beschluss nicht mit": no', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 Cloud (BY)', 'Beschluss:', '1. Die Länder betreiben eine Cloud.',
      'Bei Enthaltung Sachsens im Übrigen einstimmig angenommen.', 'TOP 4 Register (HE)', 'Beschlussvorschlag:', '1. Die Länder führen ein Register.',
      'Der Beschlussvorschlag wird angenommen. Die Länder Hessen und Bremen tragen den Beschluss nicht mit.'])
    expect([r.agenda[2]!.vote?.unanimous, dissent(r, '3')]).toEqual([false, ['SN=abstain']])
    expect([r.agenda[3]!.vote?.unanimous, dissent(r, '4')]).toEqual([false, ['HB=no', 'HE=no']])
  })

  it('"… nimmt am zweiten Sitzungstag nicht teil; die Stimme Hessens führt am 8. Mai Staatssekretär …": Hessen votes on', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Ministerin Ute Krüger (HE) nimmt am zweiten Sitzungstag nicht teil; die Stimme Hessens führt am 8. Mai',
      'Staatssekretär Tom Brandt.', 'TOP 2 Cloud (BY)', 'Beschluss:', '1. Die Länder betreiben eine Cloud.', 'Einstimmig angenommen.'])
    expect(dissent(r, '2')).toEqual([])
  })

  it('sponsors "(alle Länder außer NW)", "(alle Länder mit Ausnahme von Bayern und Sachsen)": every Land but those', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 Offene Daten: Gemeinsames Portal (alle Länder außer NW)', 'Bericht.',
      'TOP 4 Register (alle Länder mit Ausnahme von Bayern und Sachsen)', 'Bericht.'])
    expect(r.agenda.slice(2).map((a) => [a.title, a.sponsors.map((x) => x.org).join(' ')])).toEqual([
      ['Offene Daten: Gemeinsames Portal', LANDS.filter((c) => c !== 'NW').join(' ')],
      ['Register', LANDS.filter((c) => c !== 'BY' && c !== 'SN').join(' ')]])
  })

  it('Roman part headings over clauses numbered through ("I. Ziele" / "1." "2." / "II. Schritte" / "3."): no clauses of their own', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 Standards (RP)', 'Beschluss:', 'I. Ziele', '1.    Die Länder nutzen offene Formate.', '2.    Ausnahmen werden',
      '      begründet.', 'II. Nächste Schritte', '3.    Die Länder berichten 2031.', 'Einstimmig angenommen.'])
    expect(r.agenda[2]!.resolution?.clauses.map((c) => [c.number, c.text])).toEqual([['1', 'Die Länder nutzen offene Formate.'],
      ['2', 'Ausnahmen werden begründet.'], ['3', 'Die Länder berichten 2031.']])
  })

  it('"(Anlagen 3 bis 5)": 3, 4 and 5; a listed title going on under its first letter or with "der"; "Anlage 1: …" after the signature no reference', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Länder legen Empfehlungen vor (Anlagen 3 bis 5).', 'TOP 2 Verschiedenes', 'Keine Wortmeldungen.',
      'gez. Karl Roth', 'Anlage 1: Bericht über den Betrieb', 'Anlagen', 'Anlage 3:     Empfehlungen des Arbeitskreises für den Ausfall',
      '              Verwaltungsportale', 'Anlage 4:     Empfehlungen zur Übung', 'der Länder', 'Anlage 5:     Muster'])
    expect(r.agenda.map((a) => a.attachments.map((x) => x.number))).toEqual([['3', '4', '5'], []])
    expect(r.attachments.map((a) => [a.number, a.title])).toEqual([['3', 'Empfehlungen des Arbeitskreises für den Ausfall Verwaltungsportale'],
      ['4', 'Empfehlungen zur Übung der Länder'], ['5', 'Muster']])
  })

  it('"Sachsen erklärt, dass es sich der Protokollerklärung Bayerns zu TOP 3 anschließt." under TOP 4: Saxony\'s note on TOP 3 too', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 Cloud (BY)', 'Einstimmig angenommen.', 'Bayern gibt folgende Protokollerklärung ab: „Bayern prüft den Beitritt.“',
      'TOP 4 Verschiedenes', 'Sachsen erklärt, dass es sich der Protokollerklärung Bayerns zu TOP 3 anschließt.'])
    expect(r.agenda[2]!.notes.map((n) => [n.org, n.text])).toEqual([['BY', 'Bayern prüft den Beitritt.'], ['SN', 'Bayern prüft den Beitritt.']])
    expect(r.agenda[3]!.notes).toEqual([])
  })

  it('a running header whose last part follows the session day ("Niederschrift 12. DMK    Erster Sitzungstag" once, "… Zweiter …" twice)', () => {
    const page = (n: number, day: string) => [`\fNiederschrift 12. DMK                          ${day} Sitzungstag, ${n < 3 ? 7 : 8}. Mai 2031`, '']
    const r = run(['Niederschrift der 12. Sitzung der Digitalministerkonferenz', 'Datum: 7. Mai 2031', '', 'Mitglieder', 'BW     Ministerin Anna Weber', '',
      'Seite 1 von 4', ...page(2, 'Erster'), 'TOP 1 Eröffnung', 'Die Sitzung beginnt.', '', 'Seite 2 von 4', ...page(3, 'Zweiter'), 'TOP 2 Netze',
      'Bericht.', '', 'Seite 3 von 4', ...page(4, 'Zweiter'), 'TOP 3 Daten', 'Bericht.', '', 'Seite 4 von 4'].join('\n'))
    const furniture = r.record.segments.filter((s) => s.kind === 'furniture').map((s) => String(r.file.value).slice(s.span.start, s.span.end))
    expect(furniture.filter((f) => f.includes('Sitzungstag')).length).toBe(3)
    expect(r.record.attendees.map((a) => a.name)).toEqual(['Anna Weber'])
  })

  it('a guest\'s body that wraps after its adjective (", Technische" / "Universität München") or inside its parenthesis ("(… Informatik" / "– FZI)")', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Gäste', 'TUM                 Präsidentin Prof. Dr. Ute Krüger, Technische',
      '                    Universität München (zu TOP 1)', 'Weitere Gäste       Oberbürgermeister Karl Roth (Stadt Bremen), zu TOP 1',
      '                    Dr. Tom Brandt (Forschungszentrum Informatik', '                    – FZI), zu TOP 2', ...TAIL])
    expect(r.attendees.map((a) => [a.role, a.org, a.name])).toEqual([['guest', 'TUM', 'Ute Krüger'], ['guest', 'Stadt Bremen', 'Karl Roth'],
      ['guest', 'FZI', 'Tom Brandt']])
  })

  it('"Berlin und Hamburg bekräftigen ihre Bedenken gegen …": a debate', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 Cloud (BY)', 'Bayern stellt den Vertrag vor. Berlin und Hamburg bekräftigen ihre Bedenken gegen das Modell.',
      'Beschluss:', '1. Die Länder treten bei.', 'Einstimmig angenommen.'])
    expect(r.agenda[2]!.vote?.debate).toBe(true)
  })
})

describe('held-out set 15', () => {
  it('a list in prose whose entries break anywhere: "Mitglieder: BW – Minister …; BY – Staatssekretärin Dr. Eva" / "Lindner; … HE –" / "Ministerin …"', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Stimmberechtigte Mitglieder: BW – Minister Karl Roth; BY – Staatssekretärin Dr. Eva',
      'Lindner; BE – Staatssekretär Tom Brandt; HB – Staatsrat Dr. Jan Meyer (Vorsitz); HE –', 'Ministerin Ute Krüger (in Vertretung von Minister Max Becker); NI –',
      'Staatssekretär Ole Janssen', 'Ständiger Gast: BMDS – Parlamentarischer Staatssekretär Udo Klein', 'Weitere Teilnehmende: HB – Ben Hahn, Lea Vogt; BMDS – Dr.',
      'Finn Lorenz', ...TAIL])
    expect(people(r, 'member')).toEqual(['BW Karl Roth', 'BY Eva Lindner', 'BE Tom Brandt', 'HB Jan Meyer', 'HE Ute Krüger', 'NI Ole Janssen'])
    expect(people(r, 'staff')).toEqual(['HB Ben Hahn', 'HB Lea Vogt', 'BMDS Finn Lorenz'])
  })

  it('"Land  vertreten durch  Stimmrecht": the member under "vertreten durch", the vote column ("ja", "ja, zugleich für das" / "Saarland") no part of anyone', () => {
    const layout = record([...HEADER, 'Mitglieder', 'Land              vertreten durch                          Stimmrecht',
      'Bayern            Staatssekretärin Dr. Eva Lindner              ja', 'Rheinland-Pfalz   Staatssekretär Tom Brandt                     ja, zugleich für das',
      '                                                              Saarland', 'Saarland          –                                           übertragen auf',
      '                                                              Rheinland-Pfalz', 'Sachsen           Staatsminister Udo Klein                      ja', ...TAIL])
    const raw = record([...HEADER, 'Mitglieder', 'Land vertreten durch Stimmrecht', 'Bayern Staatssekretärin Dr. Eva Lindner ja',
      'Rheinland-Pfalz Staatssekretär Tom Brandt ja, zugleich für das', 'Saarland', 'Saarland – übertragen auf', 'Rheinland-Pfalz',
      'Sachsen Staatsminister Udo Klein ja', ...TAIL])
    for (const r of [layout, raw]) expect(people(r, 'member')).toEqual(['BY Eva Lindner', 'RP Tom Brandt', 'SN Udo Klein'])
  })

  it('line numbers in the margin with a table between two of them ("5 …" / 20 rows / "10   Weitere Teilnehmende: …") are blanked', () => {
    const r = record(['Ergebnisprotokoll der 9. Sitzung der Digitalministerkonferenz', ' 5   Datum: 14. März 2030', 'Ort: Rathaus, Bremen', 'Mitglieder',
      ...LANDS.map((c, i) => `     ${c}   ${MINISTERS[i]}`), '10   Weitere Teilnehmende: Dr. Lea Vogt, Ben Hahn (beide HB)', 'TOP 1 Eröffnung',
      'Die Vorsitzende eröffnet die Sitzung.', 'Sie begrüßt die Mitglieder.', '15   TOP 2 Bericht', 'Der Bund berichtet über das Portal.', 'Die DMK nimmt den Bericht',
      'zur Kenntnis.', 'TOP 3 Verschiedenes', ' 5   Es gibt keine Wortmeldungen.', 'Die Sitzung endet um 15 Uhr.', 'Die nächste Sitzung folgt.', 'Sie findet in Bonn statt.',
      '10   Der Termin folgt.', 'Es wird eingeladen.', 'Die Einladung folgt.', 'Sie kommt im Mai.', '15   Die Sitzung ist geschlossen.'])
    expect(people(r, 'staff')).toEqual(['HB Lea Vogt', 'HB Ben Hahn'])
    expect(r.agenda.map((a) => a.number)).toEqual(['1', '2', '3'])
  })

  it('votes: "Ja: … / Nein: keine / Enthaltung: keine / Nicht anwesend: HH" unanimous; a row of marks under the sixteen codes with its legend', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 Cloud (BY)', 'Beschluss:', '1. Die Länder betreiben eine Cloud.', 'Abstimmung:',
      `Ja: ${LANDS.filter((c) => c !== 'HH').join(', ')}`, 'Nein: keine', 'Enthaltung: keine', 'Nicht anwesend: HH', 'TOP 4 Register (HE)', 'Beschluss:',
      '1. Die Länder führen ein Register.', 'Abstimmungsergebnis:', `  ${LANDS.join('   ')}`, `  ${LANDS.map((c) => (c === 'BE' ? '–' : c === 'NI' ? 'o' : '+')).join('    ')}`,
      '+ Zustimmung, – Ablehnung, o Enthaltung', 'Der Beschluss ist damit angenommen.'])
    expect([r.agenda[2]!.vote?.unanimous, dissent(r, '3')]).toEqual([true, ['HH=absent']])
    expect([r.agenda[3]!.vote?.unanimous, dissent(r, '4')]).toEqual([false, ['BE=no', 'NI=abstain']])
  })

  it('"der Vorsitz und Hamburg enthalten sich" (the chair\'s Land); "Bayern sowie Thüringen, zugleich für Sachsen, enthalten sich"; "Enthaltung: 3 (BY, SN, TH)"', () => {
    const r = record(['Ergebnisprotokoll der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Vorsitz: Staatsrat Karl Roth (Bremen)',
      ...TAIL, 'TOP 3 Cloud (BY)', 'Der Beschlussvorschlag wird mit 14 Ja-Stimmen bei 2 Enthaltungen angenommen; der Vorsitz und Hamburg enthalten sich.',
      'TOP 4 Netze (HE)', 'Der Beschlussvorschlag erhält 13 Ja-Stimmen; Bayern sowie Thüringen, zugleich für Sachsen, enthalten sich.',
      'TOP 5 Daten (NW)', 'Beschluss:', '1. Die Länder teilen Daten.', 'Abstimmungsergebnis: Ja: 13 – Nein: 0 – Enthaltung: 3 (BY, SN, TH)'])
    expect(dissent(r, '3')).toEqual(['HB=abstain', 'HH=abstain'])
    expect(dissent(r, '4')).toEqual(['BY=abstain', 'SN=abstain', 'TH=abstain'])
    expect(dissent(r, '5')).toEqual(['BY=abstain', 'SN=abstain', 'TH=abstain'])
  })

  it('no vote in "…, dass das Bundeskabinett den Entwurf … beschlossen hat" or "verabschiedet Staatssekretärin …"; "im Umlaufverfahren zu entscheiden" deferred; "bei Nichtteilnahme Bayerns" absent', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 Bericht des Bundes', 'Der Bund berichtet, dass das Bundeskabinett den Entwurf eines Gesetzes beschlossen hat.',
      'TOP 4 Haushalt (HH)', 'Die Konferenz beschließt, über den Beschlussvorschlag im Umlaufverfahren zu entscheiden, sobald die Haushalte beschlossen sind.',
      'TOP 5 Cloud (BY)', 'Der Beschlussvorschlag wird mit 15 : 0 : 0 Stimmen bei Nichtteilnahme Bayerns an der Abstimmung angenommen.',
      'TOP 6 Verschiedenes', 'Die Konferenz verabschiedet Staatssekretärin Eva Lindner (BE) und dankt ihr.'])
    expect(r.agenda.slice(2).map((a) => a.vote?.outcome ?? null)).toEqual([null, 'deferred', 'adopted', null])
    expect(dissent(r, '5')).toEqual(['BY=absent'])
  })

  it('notes, guests, motions: "… erklärt im Auftrag des Saarlandes zu Protokoll"; "Gast: KGSt" under the title; "Hessen schlägt vor, …" ends the clauses', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 Cloud (BY)', 'Gast: KGSt', 'Beschlussvorschlag:', '1. Die Länder betreiben eine Cloud.',
      '2. Die Kosten tragen die Länder.', 'Hessen schlägt vor, in Ziffer 2 das Wort „Länder“ zu ersetzen. Bayern übernimmt den Vorschlag.',
      'Der so geänderte Beschlussvorschlag wird einstimmig angenommen.', 'Rheinland-Pfalz erklärt im Auftrag des Saarlandes zu Protokoll: „Das Saarland tritt später bei.“'])
    const top = r.agenda[2]!
    expect([top.guests.map((g) => g.org), top.resolution?.clauses.map((c) => c.text), top.notes.map((n) => n.org)]).toEqual([['KGSt'],
      ['Die Länder betreiben eine Cloud.', 'Die Kosten tragen die Länder.'], ['SL']])
  })

  it('"Bremen wird durch Niedersachsen, das Saarland durch Rheinland-Pfalz vertreten." and a footnote giving a vote over: not absent; "im Anschluss an TOP 5"', () => {
    const r = run(['Ergebnisprotokoll der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Mitglieder',
      ...LANDS.map((c, i) => (c === 'HB' ? 'HB   vertreten durch Niedersachsen' : c === 'SL' ? 'SL   nicht vertreten1' : `${c}   ${MINISTERS[i]}`)),
      'TOP 1 Eröffnung', 'Bremen wird durch Niedersachsen vertreten. Auf Bitte Hessens wird TOP 7 im Anschluss an TOP 5 behandelt.', 'TOP 5 Cloud (BY)',
      'Einstimmig angenommen.', 'TOP 7 Netze (HE)', 'Einstimmig angenommen.', '', '', '1', '     Das Saarland hat sein Stimmrecht für die gesamte Sitzung auf Rheinland-Pfalz übertragen.',
      '', 'Seite 1 von 2', '\fTOP 6 Daten (NW)', 'Einstimmig angenommen.', '', 'Seite 2 von 2'].join('\n'))
    expect([r.record.absent, dissent(r.record, '6')]).toEqual([[], []])
    expect(r.file.messages.filter((m) => m.ruleId === 'agenda-order')).toEqual([])
  })

  it('people: "(zugleich Vertretung für Bremen)" names no org; "…, Ministerium für Wirtschaft, Arbeit und Digitales Baden-Württemberg" one person; columns anew on the next page', () => {
    expect(parsePerson('Staatssekretärin Dr. Eva Lindner (zugleich Vertretung für Bremen)').org).toBe(null)
    const r = record(['Ergebnisprotokoll der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030',
      'Vorsitz: Ministerin Dr. Ute Krüger, Ministerium für Wirtschaft, Arbeit und Digitales Baden-Württemberg', 'Teilnehmende',
      'Name                      Funktion                          Land', 'Mitglieder', 'Dr. Ute Krüger            Ministerin                        Baden-Württemberg',
      'Begleitung', 'Tom Brandt                Referent                          Hessen', '', 'Seite 1 von 2', '\f Eva Lindner                     Referentin              Bayern',
      ' Ole Janssen                     Regierungsrat           Sachsen', '', ...TAIL])
    expect(r.meeting?.chair.map((c) => c.name)).toEqual(['Ute Krüger'])
    expect(people(r, 'staff')).toEqual(['HE Tom Brandt', 'BY Eva Lindner', 'SN Ole Janssen'])
  })
})

describe('held-out sets 14 and 15, raw tables', () => {
  it('"Name Funktion Land" one blank apart with a role after the office ("… Staatssekretärin, Vorsitz Bayern", "… Referent, Protokoll Hessen")', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Name Funktion Land', 'Mitglieder', 'Dr. Eva Lindner Staatssekretärin, Vorsitz Bayern',
      'Karl Roth Minister Bremen', 'Begleitung', 'Tom Brandt Referent, Protokoll Hessen', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BY', 'Eva Lindner', 'Staatssekretärin', true], ['member', 'HB', 'Karl Roth', 'Minister', false],
      ['staff', 'HE', 'Tom Brandt', 'Referent', false]])
  })

  it('"Land Mitglied der DMK Begleitung" again over the next page\'s rows; a lone "–" under a wrapped row is its empty cell, no absence', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land Mitglied der DMK Begleitung', 'Bayern Staatssekretärin Dr. Eva Lindner –',
      'Thüringen Staatssekretärin Ute Krüger (ab 11.15', 'Uhr)', '–', 'Niederschrift über die 9. Sitzung', 'Land Mitglied der DMK Begleitung',
      'Bremen Staatsrat Karl Roth –', 'Sachsen Staatsminister Udo Klein', '–', ...TAIL])
    expect([people(r, 'member'), r.absent.map((a) => a.org)]).toEqual([['BY Eva Lindner', 'TH Ute Krüger', 'HB Karl Roth', 'SN Udo Klein'], []])
  })
})

describe('held-out set 16', () => {
  it('a numbered list of the members ("1.   Baden-Württemberg: Minister …") before items numbered "1. Begrüßung": members, not items', () => {
    const r = record(['Ergebnisniederschrift der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Mitglieder der Konferenz',
      '1.   Baden-Württemberg: Minister Karl Roth', '2.   Bayern: Staatssekretärin Dr. Eva Lindner', '3.   Berlin: Staatssekretär Tom Brandt (Vorsitz)',
      '', '1. Begrüßung', 'Die Sitzung beginnt.', '', '2. Bericht des Bundes', 'Der Bund berichtet.', '', '3. Cloud (BY)', 'Einstimmig angenommen.', '',
      '4. Verschiedenes', 'Keine Wortmeldungen.'])
    expect([people(r, 'member'), r.agenda.map((a) => a.title)]).toEqual([['BW Karl Roth', 'BY Eva Lindner', 'BE Tom Brandt'],
      ['Begrüßung', 'Bericht des Bundes', 'Cloud', 'Verschiedenes']])
  })

  it('"Nr.  Land  Name  Amt" with running numbers; an "Anwesenheit" column ("entschuldigt" absent); "Oberregierungsrat, Protokoll"; a head of government among the guests', () => {
    const r = record([...HEADER, 'Teilnehmende', ' Nr.   Land               Name              Amt                             Anwesenheit', ' Mitglieder',
      ' 1.    Bayern             Eva Lindner       Staatssekretärin                anwesend', ' 2.    Bremen             Karl Roth         Staatsrat                       ab 11:15 Uhr', ' 3.    Thüringen          Ute Krüger        Staatssekretärin                entschuldigt', ' Gäste',
      ' 4.    Saarland           Dr. Lea Vogt      Ministerpräsidentin             zu TOP 1', ' Begleitung',
      ' 5.    Saarland           Tom Brandt        Oberregierungsrat, Protokoll    anwesend', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BY', 'Eva Lindner', 'Staatssekretärin', false], ['member', 'HB', 'Karl Roth', 'Staatsrat', false],
      ['guest', 'SL', 'Lea Vogt', 'Ministerpräsidentin', false], ['staff', 'SL', 'Tom Brandt', 'Oberregierungsrat', false]])
    expect(r.absent.map((a) => a.org)).toEqual(['TH'])
  })

  it('"Name (Land, Amt)" lines, a remark after a dash ("– Vorsitz", "– ab 11:30 Uhr"); "Entschuldigt:" over its Länder; "Schriftführung" gives the minutes', () => {
    const r = record(['Ergebnisniederschrift der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Schriftführung    Tom Brandt (HE)',
      'Stimmberechtigte Mitglieder', 'Karl Roth (Bremen, Staatsrat) – ab 11:30 Uhr', 'Dr. Eva Lindner (Hessen, Staatssekretärin) – Vorsitz', 'Entschuldigt:',
      'Freistaat Bayern (Staatsminister Udo Klein); eine Stimmrechtsübertragung liegt nicht vor.', 'Ständiger Gast',
      'Dr. Ute Krüger (Bund, Parlamentarische Staatssekretärin im BMDS)', ...TAIL])
    expect(roster(r)).toEqual([['member', 'HB', 'Karl Roth', 'Staatsrat', false], ['member', 'HE', 'Eva Lindner', 'Staatssekretärin', true],
      ['permanent_guest', 'BMDS', 'Ute Krüger', 'Parlamentarische Staatssekretärin', false]])
    expect([r.absent.map((a) => a.org), r.meeting?.minutes.map((m) => m.name)]).toEqual([['BY'], ['Tom Brandt']])
  })

  it('votes: "findet mit 6/7/2/1 Stimmen nicht die erforderliche Mehrheit"; "Einvernehmlich."; "… ist bei der Abstimmung nicht im Raum"; a withdrawn co-sponsorship is no withdrawal', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 Messenger (SL)', 'Der Beschlussvorschlag findet mit 6/7/2/1 Stimmen nicht die erforderliche Mehrheit.',
      'TOP 4 Haushalt (HH)', 'Beschluss:', '1. Die Länder zahlen.', 'Einvernehmlich.', 'TOP 5 Cloud (BY)', 'Beschluss:', '1. Die Länder betreiben eine Cloud.',
      'Einstimmig; Hamburg ist bei der Abstimmung nicht im Raum.', 'TOP 6 Plattform (NI, BE)', 'Berlin zieht seine Mitantragstellung zurück.', 'Beschlussvorschlag:',
      '1. Die Länder bauen eine Plattform.', 'Berlin enthält sich. Im Übrigen Zustimmung.'])
    expect(r.agenda.slice(2).map((a) => [a.vote?.outcome, a.vote?.unanimous])).toEqual([['rejected', false], ['adopted', true], ['adopted', true], ['adopted', false]])
    expect([dissent(r, '5'), dissent(r, '6')]).toEqual([['HH=absent'], ['BE=abstain']])
  })

  it('"TOP 9 neu:" an item added in the session, taken after TOP 8 as it stands (no move); "in St. Ingbert statt"; "Präambel" a heading; a "Minderheitsvotum"', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Konferenz stimmt der Aufnahme als TOP 9 neu zu; er wird im Anschluss an TOP 8 behandelt.',
      'TOP 4 Prüfstelle (HE)', 'Beschluss:', 'Präambel', 'Die Länder wollen KI sicher einsetzen.', '1. Die Länder richten eine Prüfstelle ein.',
      'Der Beschluss wird gegen die Stimmen von Bayern und Sachsen angenommen.',
      'Minderheitsvotum der Länder Bayern und Sachsen: „Die Prüfung ist Sache jedes Landes.“', 'TOP 8 Termine',
      'Die 10. Sitzung findet am 7. November 2030 in St. Ingbert statt.', 'TOP 9 neu: Cybersicherheit: Reaktion auf den Angriff (HH)', 'Einstimmig angenommen.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Eröffnung'], ['4', 'Prüfstelle'], ['8', 'Termine'], ['9', 'Cybersicherheit: Reaktion auf den Angriff']])
    expect([r.agendaChanges, r.meeting?.announcements.map((a) => a.place), r.agenda[1]!.resolution?.preamble]).toEqual([[], ['St. Ingbert'],
      'Die Länder wollen KI sicher einsetzen.'])
    expect(r.agenda[1]!.notes.map((n) => [n.org, n.kind])).toEqual([['BY', 'Minderheitsvotum'], ['SN', 'Minderheitsvotum']])
  })

  it('"Anlagen: 1. Auswertung …, 2. Mindestanforderungen an die" / "Informationssicherheit …": a list run in after its head', () => {
    const r = record([...HEADER, ...TAIL, 'Bremen, 30. März 2030', 'Anlagen: 1. Auswertung der Krisenübung 2030, 2. Mindestanforderungen an die',
      'Informationssicherheit kommunaler IT-Dienstleister'])
    expect(r.attachments.map((a) => [a.number, a.title])).toEqual([['1', 'Auswertung der Krisenübung 2030'],
      ['2', 'Mindestanforderungen an die Informationssicherheit kommunaler IT-Dienstleister']])
  })
})

describe('held-out set 17', () => {
  it('members with dot leaders ("Bayern ........ Staatssekretärin …"); heads with the time called ("TOP 5 (11:20 Uhr): …"); "TOP 6 A" under "TOP 6"', () => {
    const r = record([...HEADER, 'Stimmberechtigte Mitglieder', 'Bayern ............................ Staatssekretärin Dr. Eva Lindner (Vorsitz)',
      'Bremen .................................. Staatsrat Karl Roth', 'TOP 1 (10:00 Uhr): Eröffnung', 'Die Sitzung beginnt.', 'TOP 6         Berichte',
      'Die Berichte werden nacheinander aufgerufen.', 'TOP 6 A       Informationssicherheit: Lagebild (ST)', 'Die DMK nimmt den Bericht zur Kenntnis.',
      'TOP 6 B       Barrierefreiheit (NW)', 'Die DMK nimmt den Bericht zur Kenntnis.'])
    expect(roster(r)).toEqual([['member', 'BY', 'Eva Lindner', 'Staatssekretärin', true], ['member', 'HB', 'Karl Roth', 'Staatsrat', false]])
    expect(r.agenda.map((a) => [a.number, a.parent, a.title])).toEqual([['1', null, 'Eröffnung'], ['6', null, 'Berichte'],
      ['6A', '6', 'Informationssicherheit: Lagebild'], ['6B', '6', 'Barrierefreiheit']])
  })

  it('"Land | Name | Amt" whose Amt cell says the role: "(ständiger Gast)", "(Gast zu TOP 1)", "(Begleitung)"', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land                  Name                 Amt', 'Bayern                Eva Lindner          Staatssekretärin',
      'Bund                  Dr. Ute Krüger       Parlamentarische Staatssekretärin, BMDS', '                                           (ständiger Gast)',
      'Stadt Landau          Anja Merkert         Oberbürgermeisterin (Gast zu TOP 1)', 'Bayern                Tom Brandt           Referent, Niederschrift (Begleitung)', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BY', 'Eva Lindner', 'Staatssekretärin', false], ['permanent_guest', 'BMDS', 'Ute Krüger', 'Parlamentarische Staatssekretärin', false],
      ['guest', 'Stadt Landau', 'Anja Merkert', 'Oberbürgermeisterin', false], ['staff', 'BY', 'Tom Brandt', 'Referent', false]])
  })

  it('two tables side by side with Länder by name, broken at their hyphens ("Nordrhein-" / "Westfalen"); "Sonstige" the guests', () => {
    const r = record([...HEADER, 'Teilnehmende Mitglieder', 'Land            Mitglied                           Land              Mitglied',
      'Bayern          Staatssekretär Tom Brandt          Niedersachsen     Staatssekretär Dr. Ole Janssen',
      'Berlin          Staatssekretär Dr. Jan Meyer       Nordrhein-        Staatssekretärin Dr. Ute',
      '                                                   Westfalen         Krüger (Vorsitz)',
      'Bremen          Staatsrat Karl Roth                Schleswig-        Minister Max Becker', '                                                   Holstein',
      'Sonstige', 'Stadt Plauen', '   Oberbürgermeisterin Lea Vogt (zu TOP 1)', ...TAIL])
    expect(people(r, 'member').sort()).toEqual(['BE Jan Meyer', 'BY Tom Brandt', 'HB Karl Roth', 'NI Ole Janssen', 'NW Ute Krüger', 'SH Max Becker'])
    expect(people(r, 'guest')).toEqual(['Stadt Plauen Lea Vogt'])
  })

  it('"TOP 5 (Beschlussvorschlag ohne Aussprache)" over the title: no part of it, no debate; "Die Beschlussvorschläge zu TOP 5 bis TOP 7 werden en bloc … angenommen"', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 5 (Beschlussvorschlag ohne Aussprache)', 'Glossar für Verwaltungsleistungen (HB)', 'Beschlussvorschlag:',
      '1. Die Länder nutzen das Glossar.', 'TOP 6 (Beschlussvorschlag ohne Aussprache)', 'Geschäftsordnung der Arbeitskreise (BB)', 'Beschlussvorschlag:',
      '1. Die DMK beschließt die Geschäftsordnung.', 'TOP 7 (Beschlussvorschlag ohne Aussprache)', 'Mandat der Arbeitsgruppe (SH)', 'Beschlussvorschlag:',
      '1. Das Mandat wird verlängert.', 'Die Beschlussvorschläge zu TOP 5 bis TOP 7 werden en bloc einstimmig angenommen.'])
    expect(r.agenda.slice(2).map((a) => [a.title, a.vote?.outcome, a.vote?.unanimous, a.vote?.debate])).toEqual([
      ['Glossar für Verwaltungsleistungen', 'adopted', true, false], ['Geschäftsordnung der Arbeitskreise', 'adopted', true, false],
      ['Mandat der Arbeitsgruppe', 'adopted', true, false]])
  })

  it('"Die als stimmführend bezeichneten Personen …; alle übrigen … als Begleitung": the unmarked of a Land are staff; votes "geben ihre Stimme zu Protokoll: Ablehnung", "hat sich der Stimme enthalten"', () => {
    const r = record([...HEADER, 'Anwesenheit', 'Länder', 'Bayern', '   Staatsminister Tom Brandt (stimmführend), Regierungsdirektor Karl Roth', 'Bremen',
      '   Staatsrätin Ute Krüger (stimmführend bis TOP 5), Staatsrat Jan Meyer (stimmführend ab TOP 6)',
      'Die als stimmführend bezeichneten Personen üben das Stimmrecht ihres Landes aus; alle übrigen Personen nehmen als Begleitung teil.',
      ...TAIL, 'TOP 3 Cloud (BY)', 'Der Beschluss wird angenommen. Die Länder Bremen und Hamburg geben ihre Stimme zu Protokoll: Ablehnung.',
      'TOP 4 Netze (HE)', 'Annahme mit 15 Ja-Stimmen; Niedersachsen hat sich der Stimme enthalten.'])
    expect([people(r, 'member'), people(r, 'staff')]).toEqual([['BY Tom Brandt', 'HB Ute Krüger', 'HB Jan Meyer'], ['BY Karl Roth']])
    expect([dissent(r, '3'), r.agenda[2]!.notes, dissent(r, '4')]).toEqual([['HB=no', 'HH=no'], [], ['NI=abstain']])
  })
})

describe('held-out set 18', () => {
  it('"An der Sitzung nahmen teil:" in prose ("für Baden-Württemberg Ministerin …, für Nordrhein-" / "Westfalen …, LL.M., …; als ständiger Gast …; als Begleitung … sowie …")', () => {
    const r = record([...HEADER, 'An der Sitzung nahmen teil:', 'für Baden-Württemberg Ministerin Dr. Anna Weber (Vorsitz), für Bayern Staatssekretär Dr.',
      'Paul Huber, für Bremen Staatsrat Karl Roth, für Hessen eine Vertreterin des Ministeriums, für Nordrhein-',
      'Westfalen Staatssekretär Dr. Tom Brandt, LL.M., für das Saarland Minister Max Becker;', 'als ständiger Gast Parlamentarische Staatssekretärin Ute Krüger (BMDS);',
      'als Gast Oberbürgermeisterin Lea Vogt, Stadt Ulm (zu Tagesordnungspunkt 1);', 'als Begleitung Regierungsrat Ben Hahn und Ida Schulz (beide BW) sowie Dr. Jan Meyer', '(BMDS).',
      ...TAIL])
    expect(roster(r)).toEqual([['member', 'BW', 'Anna Weber', 'Ministerin', true], ['member', 'BY', 'Paul Huber', 'Staatssekretär', false],
      ['member', 'HB', 'Karl Roth', 'Staatsrat', false], ['member', 'NW', 'Tom Brandt', 'Staatssekretär', false], ['member', 'SL', 'Max Becker', 'Minister', false],
      ['permanent_guest', 'BMDS', 'Ute Krüger', 'Parlamentarische Staatssekretärin', false], ['guest', 'Stadt Ulm', 'Lea Vogt', 'Oberbürgermeisterin', false],
      ['staff', 'BW', 'Ben Hahn', 'Regierungsrat', false], ['staff', 'BW', 'Ida Schulz', null, false], ['staff', 'BMDS', 'Jan Meyer', null, false]])
    expect(r.absent).toEqual([])
  })

  it('a role said with the person in a row one blank apart (raw): "… Oberregierungsrat, Niederschrift (Begleitung)", "… Oberbürgermeisterin (Gast zu TOP 1)"', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land Name Amt', 'Bayern Dr. Eva Lindner Staatssekretärin', 'Stadt Landau Anja Merkert Oberbürgermeisterin (Gast zu TOP 1)',
      'Bayern Tom Brandt Oberregierungsrat, Niederschrift (Begleitung)', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BY', 'Eva Lindner', 'Staatssekretärin', false], ['guest', 'Stadt Landau', 'Anja Merkert', 'Oberbürgermeisterin', false],
      ['staff', 'BY', 'Tom Brandt', 'Oberregierungsrat', false]])
  })

  it('items numbered "1", "2", … on lines of their own (plain), a running header\'s date between the first and its title', () => {
    const r = run(['Niederschrift über die 9. Sitzung der Digitalministerkonferenz', 'Datum:', '', '14. März 2030', '', 'Teilnehmende', 'Name', '', 'Land', '',
      'Dr. Anna Weber', '', 'BW', '', '1', '', '14.03.2030', '', 'Eröffnung', 'Die Sitzung beginnt.', '', '2', '', 'Bericht des Bundes', 'Der Bund berichtet.', '',
      '3', '', 'Cloud (BY)', 'Einstimmig angenommen.', '', '4', '', 'Verschiedenes', 'Keine Wortmeldungen.', '', '5', '', 'Termine', 'Die nächste Sitzung folgt.'].join('\n'))
    expect(r.record.agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5'])
  })

  it('"Zweite Bürgermeisterin und Senatorin Dr. …": one person holding two offices', () => {
    const r = record(['Ergebnisniederschrift der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030',
      'Vorsitz: Zweite Bürgermeisterin und Senatorin Dr. Ute Krüger', 'Mitglieder', 'Hamburg    Zweite Bürgermeisterin und Senatorin Dr. Ute Krüger (Vorsitz)',
      'Bremen     Staatsrat Karl Roth', ...TAIL])
    expect([r.meeting?.chair.map((c) => c.name), roster(r)]).toEqual([['Ute Krüger'], [['member', 'HH', 'Ute Krüger', 'Zweite Bürgermeisterin und Senatorin', true],
      ['member', 'HB', 'Karl Roth', 'Staatsrat', false]]])
  })
})

describe('held-out set 19', () => {
  it('"Beschluss-Nr. 116/4" over the clauses; "Ablehnung: 2 (BY, TH); Enthaltung: 1 (HE)"; a row of "J N E" under the codes with "J = Ja, N = Nein, E = Enthaltung"', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 Prüfkriterien (BE)', 'Beschluss-Nr. 9/3', '1. Die DMK beschließt die Prüfkriterien.', '2. Die Länder wenden sie an.',
      'Zustimmung: 13; Ablehnung: 2 (BY, TH); Enthaltung: 1 (HE).', 'TOP 4 Wallet (HH)', 'Beschluss-Nr. 9/4 (Beschlussvorschlag)', '1. Die Länder nutzen die Wallet.',
      'Der Beschlussvorschlag erreicht nicht die erforderliche Mehrheit.', 'Stimmverhalten der Länder:', ` ${LANDS.join('    ')}`,
      ` ${LANDS.map((c) => (['BW', 'BY', 'HE', 'TH'].includes(c) ? 'N' : c === 'RP' ? 'E' : 'J')).join('     ')}`, 'J = Ja, N = Nein, E = Enthaltung'])
    expect(r.agenda.slice(2).map((a) => a.resolution?.clauses.length)).toEqual([2, 1])
    expect([dissent(r, '3'), r.agenda[3]!.vote?.outcome, dissent(r, '4')]).toEqual([['BY=no', 'HE=abstain', 'TH=no'], 'rejected',
      ['BW=no', 'BY=no', 'HE=no', 'RP=abstain', 'TH=no']])
  })

  it('a decision of lettered points only ("a) …" / "b) …"): clauses by their place; "Der Bund gibt folgende Protokollerklärung ab: „…“" no note and no vote', () => {
    const r = record([...HEADER, ...TAIL, 'TOP 3 Lagebild (BE)', 'Beschluss:', 'a) Die DMK bittet Berlin, das Lagebild zu öffnen.', 'b) Die Länder beteiligen die',
      '   Kommunen.', 'c) Über die Finanzierung wird gesondert entschieden.', 'Einstimmig angenommen.',
      'Der Bund gibt folgende Protokollerklärung ab: „Der Bund nimmt den Beschluss zur Kenntnis.“'])
    const top = r.agenda[2]!
    expect(top.resolution?.clauses.map((c) => [c.number, c.text])).toEqual([['1', 'Die DMK bittet Berlin, das Lagebild zu öffnen.'],
      ['2', 'Die Länder beteiligen die Kommunen.'], ['3', 'Über die Finanzierung wird gesondert entschieden.']])
    expect([top.resolution?.preamble, top.notes, top.vote?.outcome, top.vote?.unanimous]).toEqual([null, [], 'adopted', true])
  })

  it('"Land | Teilnehmer/in | Funktion | anwesend ab/bis": the last column a remark', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land     Teilnehmer/in            Funktion                      anwesend ab/bis', 'Mitglieder',
      'BB       Dr. Eva Lindner          Staatssekretärin              ganztägig', 'HE       Tom Brandt               Staatssekretär                ab 11:15 Uhr', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BB', 'Eva Lindner', 'Staatssekretärin', false], ['member', 'HE', 'Tom Brandt', 'Staatssekretär', false]])
  })
})

describe('held-out sets 17, 4 and 5, header and guest rows', () => {
  const facts = (r: Extraction) => {
    const m = r.meeting!
    return [m.date, m.start, m.end, m.place, m.chair.map((c) => c.name), m.minutes.map((p) => `${p.name} ${p.org}`)]
  }

  it('"Datum Ort" / "Freitag, 4. Juni 2049 Kurhaus, …" (pdftotext -raw): the weekday is the date\'s; a label alone after the values ends the grid', () => {
    const r = record(['Kurzniederschrift', '31. Sitzung der Digitalministerkonferenz', 'Datum Ort', 'Freitag, 4. Juni 2049 Kurhaus, Kurplatz 1, 65183 Wiesbaden',
      'Sitzungszeit Sitzungsleitung', '9:30 Uhr bis 14:45 Uhr Staatsministerin Dr. Helga Brenner (Hessen)', 'Niederschrift', 'Regierungsrätin Mara Feld', '(HMD)', ...TAIL])
    expect(facts(r)).toEqual(['2049-06-04', '09:30', '14:45', 'Kurhaus, Kurplatz 1, 65183 Wiesbaden', ['Helga Brenner'], ['Mara Feld HE']])
  })

  it('"Datum Ort" / "Freitag, 4. Juni 2049, 9:30 bis 14:45 Uhr Kurhaus, …", "Sitzungsleitung Niederschrift" over a cell a line (pdftotext -raw)', () => {
    const r = record(['Kurzniederschrift', '31. Sitzung der Digitalministerkonferenz', 'Datum Ort', 'Freitag, 4. Juni 2049, 9:30 bis 14:45 Uhr Kurhaus, Kurplatz 1, 65183 Wiesbaden',
      'Sitzungsleitung Niederschrift', 'Staatsministerin Dr. Helga Brenner', '(Hessen)', 'Referatsleiter Dr. Ole Wiegand, Mara Feld (HMD)', ...TAIL])
    expect(facts(r)).toEqual(['2049-06-04', '09:30', '14:45', 'Kurhaus, Kurplatz 1, 65183 Wiesbaden', ['Helga Brenner'], ['Ole Wiegand HE', 'Mara Feld HE']])
  })

  it('labels one under another, then their values (plain pdftotext): each value to the label of its kind, a line that goes on to the one before', () => {
    const r = record(['Kurzniederschrift', '', '31. Sitzung der Digitalministerkonferenz', '', 'Datum', '', 'Ort', '', 'Freitag, 4. Juni 2049, 9:30 bis 14:45 Uhr', '',
      'Kurhaus, Kurplatz 1, 65183 Wiesbaden', '', 'Sitzungsleitung', '', 'Niederschrift', '', 'Staatsministerin Dr. Helga Brenner', '(Hessen)', '',
      'Referatsleiter Dr. Ole Wiegand, Mara Feld (HMD)', '', ...TAIL])
    expect(facts(r)).toEqual(['2049-06-04', '09:30', '14:45', 'Kurhaus, Kurplatz 1, 65183 Wiesbaden', ['Helga Brenner'], ['Ole Wiegand HE', 'Mara Feld HE']])
  })

  it('a header grid\'s heads, then more labels, then the values in another order (plain pdftotext): "42." the session\'s, the date to "Datum"', () => {
    const r = record(['Beschlussprotokoll', '', 'Sitzung Datum', '', 'Beginn', '', 'Ende', '', 'Ort', '', '31.', '', '9:30 Uhr', '', '14:45 Uhr', '', 'Kurhaus, Kurplatz 1,',
      '65183 Wiesbaden', '', '04.06.2049', '', ...TAIL])
    expect(facts(r).slice(0, 4)).toEqual(['2049-06-04', '09:30', '14:45', 'Kurhaus, Kurplatz 1, 65183 Wiesbaden'])
  })

  it('"Freitag, 14. Mai 2049" in the header and "Freitag, 18. Mai 2050" among the next sessions: two dates, no running header with its page number', () => {
    const r = record(['Kurzniederschrift', '', '31. Sitzung der Digitalministerkonferenz', '', 'Datum:', '', 'Zeit:', '', 'Freitag, 14. Mai 2049', '', '9:30–14:45 Uhr', '',
      ...TAIL, '', 'Die nächsten Sitzungen:', '', 'Freitag, 18. Mai 2050', '', 'Erfurt (Vorsitz TH)'])
    expect(facts(r).slice(0, 3)).toEqual(['2049-05-14', '09:30', '14:45'])
    expect(r.segments.filter((s) => s.kind === 'furniture')).toEqual([])
  })

  it('"Vorlage: DMK-Drs. 2049/07 vom 24. April 2049" under two items, each its own date: text, no running header; the presenter after it', () => {
    const r = record([...HEADER, 'TOP 1 Cloud (HE)', 'Vorlage: DMK-Drs. 2049/07 vom 24. April 2049',
      'Staatssekretär Dr. Ole Wiegand (HE) stellt den Beschlussvorschlag vor; Hessen hat die Umstellung abgeschlossen.', 'Einstimmig angenommen.',
      'TOP 2 Register (SH)', 'Vorlage: DMK-Drs. 2049/08 vom 29. April 2049', 'Staatsrat Jan Meyer (SH) stellt den Bericht vor.', 'Die DMK nimmt den Bericht zur Kenntnis.'])
    expect(r.segments.filter((s) => s.kind === 'furniture')).toEqual([])
    expect(r.agenda.map((a) => a.presenters.map((p) => `${p.name} ${p.org}`))).toEqual([['Ole Wiegand HE'], ['Jan Meyer SH']])
  })

  it('"Bund … Referent, BMDS (Begleitung)", "Stadt Landau in der Pfalz …" (pdftotext -raw): the role after the body\'s code, a town\'s small words', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land Name Amt', 'Hessen Dr. Helga Brenner Staatsministerin', 'Bund Dr. Ute Krüger Parlamentarische Staatssekretärin, BMDS',
      '(ständiger Gast)', 'Stadt Frankfurt am Main Jonas Vogt Bürgermeister (Gast zu TOP 1)', 'Hessen Mara Feld Regierungsrätin, Niederschrift (Begleitung)',
      'Bund Dr. Jan Weid Referent, BMDS (Begleitung)', ...TAIL])
    expect(roster(r)).toEqual([['member', 'HE', 'Helga Brenner', 'Staatsministerin', false],
      ['permanent_guest', 'BMDS', 'Ute Krüger', 'Parlamentarische Staatssekretärin', false], ['guest', 'Stadt Frankfurt am Main', 'Jonas Vogt', 'Bürgermeister', false],
      ['staff', 'HE', 'Mara Feld', 'Regierungsrätin', false], ['staff', 'BMDS', 'Jan Weid', 'Referent', false]])
  })
})

describe('held-out set 18, a decision in paragraphs', () => {
  it('"Die DMK fasst folgenden Beschluss:" over paragraphs without numbers: the lead-in the preamble, each paragraph a clause', () => {
    const r = record([...HEADER, 'TOP 5 Geschäftsordnung: Vertretung der Mitglieder',
      'Der Vorsitzende erläutert den Vorschlag der Geschäftsstelle, die Vertretung ausdrücklich zu regeln.',
      'Die DMK fasst folgenden Beschluss:',
      'Ist ein Mitglied der Konferenz verhindert, kann es sich durch eine Amtschefin, einen Amtschef oder',
      'eine Abteilungsleitung seines Hauses vertreten lassen; die Vertretung übt das Stimmrecht des Landes',
      'aus.',
      'Die Geschäftsstelle passt die Geschäftsordnung entsprechend an und veröffentlicht die geänderte',
      'Fassung auf der Internetseite.',
      'Die anwesenden Länder stimmen dem Beschluss einstimmig zu.', ...TAIL.slice(2)])
    const resolution = r.agenda[0]!.resolution!
    expect([resolution.preamble, resolution.clauses.map((c) => `${c.number} ${c.text.slice(0, 30)}`)]).toEqual(['Die DMK fasst folgenden Beschluss:',
      ['1 Ist ein Mitglied der Konferenz', '2 Die Geschäftsstelle passt die ']])
  })

  it('"Die anwesenden 15 Länder stimmen dem Beschluss einstimmig zu": the Länder present decide, unanimously', () => {
    const r = record([...HEADER, 'TOP 5 Geschäftsordnung', 'Beschluss:', '1. Die Geschäftsstelle passt die Geschäftsordnung an.',
      'Die anwesenden 15 Länder stimmen dem Beschluss einstimmig zu. Der Beschluss steht unter dem Vorbehalt der Zustimmung Bremens.', ...TAIL.slice(2)])
    expect([r.agenda[0]!.vote?.outcome, r.agenda[0]!.vote?.unanimous]).toEqual(['adopted', true])
  })

  it('a lead-in over a table\'s heads ("Ziff." / "Beschlusstext") keeps the numbered clauses under them', () => {
    const r = record([...HEADER, 'TOP 3 Grenzüberschreitende Verwaltungsleistungen', 'Die DMK fasst folgenden Beschluss:', 'Ziff.', '', 'Beschlusstext', '', '1.', '',
      'Die DMK begrüßt die Zusammenarbeit mit der dänischen Digitalisierungsbehörde.', '', '2.', '', 'Sie bittet den Bund, sich dafür einzusetzen.', '', ...TAIL.slice(2)])
    expect(r.agenda[0]!.resolution!.clauses.map((c) => c.number)).toEqual(['1', '2'])
  })
})

describe('held-out set 16, an attendance column (pdftotext -raw)', () => {
  it('"Land Name Amt Anwesenheit" rows ending in "anwesend", "ab 11:15 Uhr", "entschuldigt"; a Ministerpräsidentin among the guests', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land Name Amt Anwesenheit', 'Mitglieder der Digitalministerkonferenz',
      'Hessen Dr. Helga Brenner Staatsministerin anwesend', 'Bayern Tom Brandt Staatssekretär ab 11:15 Uhr', 'Saarland Dr. Lea Vogt Staatssekretärin anwesend (Vorsitz)',
      'Thüringen Dr. Jan Meyer Staatssekretär entschuldigt', 'Gäste', 'Saarland Dr. Ida Schulz Ministerpräsidentin zu TOP 1', ...TAIL])
    expect(roster(r)).toEqual([['member', 'HE', 'Helga Brenner', 'Staatsministerin', false], ['member', 'BY', 'Tom Brandt', 'Staatssekretär', false],
      ['member', 'SL', 'Lea Vogt', 'Staatssekretärin', true], ['guest', 'SL', 'Ida Schulz', 'Ministerpräsidentin', false]])
    expect(r.absent.map((a) => a.org)).toEqual(['TH'])
  })
})

describe('held-out set 19, sub-items decided together', () => {
  it('"6.1 Title (SH, TH)" / "Beschluss:" under "Tagesordnungspunkt 6:" is a sub-item head, not a table row; "Die Beschlussvorschläge zu 5.1 und 5.2 werden … angenommen" decides both', () => {
    const r = record([...HEADER, 'Tagesordnungspunkt 1: Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'Tagesordnungspunkt 5: Gremien', '',
      '5.1 Arbeitsgruppe Register: Verlängerung des Mandats (BE, BB)', 'Beschluss:', '1. Die Arbeitsgruppe Register setzt ihre Arbeit bis Ende 2031 fort.', '',
      '5.2 Haushalt der Geschäftsstelle 2031 (HE)', 'Beschluss:', '1. Die DMK billigt den Haushalt der Geschäftsstelle.', '2. Hessen wird gebeten, die Beiträge einzuziehen.',
      'Die Beschlussvorschläge zu 5.1 und 5.2 werden in einer Sammelabstimmung einstimmig angenommen.', 'Tagesordnungspunkt 6: Verschiedenes', 'Es gibt keine Wortmeldungen.'])
    const items = r.agenda.filter((a) => a.parent === '5')
    expect(items.map((a) => [a.number, a.title, a.sponsors.map((s) => s.org)])).toEqual([
      ['5.1', 'Arbeitsgruppe Register: Verlängerung des Mandats', ['BE', 'BB']], ['5.2', 'Haushalt der Geschäftsstelle 2031', ['HE']]])
    expect(items.map((a) => a.resolution?.clauses.length)).toEqual([1, 2])
    expect(items.map((a) => [a.vote?.outcome, a.vote?.unanimous])).toEqual([['adopted', true], ['adopted', true]])
  })
})

describe('held-out set 19, an "anwesend ab/bis" column (pdftotext -raw)', () => {
  it('"BB Dr. Nora Lindemann Staatssekretärin ganztägig": the column\'s word is a remark, not part of the office', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land Teilnehmer/in Funktion anwesend ab/bis', 'Mitglieder',
      'BB Dr. Nora Lindemann Staatssekretärin ganztägig', 'BE Dr. Lea Kaminski Staatssekretärin, Vorsitz ganztägig', 'HE Malte Kirchhoff Staatssekretär ab 11:15 Uhr',
      'SL Markus Feld Staatssekretär bis 13:30 Uhr', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BB', 'Nora Lindemann', 'Staatssekretärin', false], ['member', 'BE', 'Lea Kaminski', 'Staatssekretärin', true],
      ['member', 'HE', 'Malte Kirchhoff', 'Staatssekretär', false], ['member', 'SL', 'Markus Feld', 'Staatssekretär', false]])
  })
})

describe('held-out set 19, plain pdftotext: a cell a line', () => {
  const PLAIN = ['Ergebnisniederschrift über die 9. Sitzung der Digitalministerkonferenz', 'Tag:', '', 'Donnerstag, 14. März 2030', '', 'Vorsitz:', '',
    'Staatssekretärin Dr. Anne Reiter', '', 'Niederschrift:', '', 'Oberregierungsrat Tom Becker (MFW)', '', 'Stimmberechtigte', 'Mitglieder', '',
    ...LANDS.flatMap((c, i) => [c, '', c === 'SL' ? 'Staatssekretärin Dr. Anne Reiter (Vorsitz)' : MINISTERS[i]!, ''])]
  it('the minute-takers of the chair\'s ministry ("(MFW)") are the chair\'s Land, read from the code cell above the chair\'s name', () => {
    const r = record([...PLAIN, '1. Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', '', '2. Bericht des Bundes', 'Der Bund berichtet.', '', '3. Verschiedenes', 'Nichts.'])
    expect(r.meeting!.minutes.map((m) => [m.name, m.org])).toEqual([['Tom Becker', 'SL']])
  })
  it('"6. Geschäftsstelle: Jahresbericht 2031 (ST)" is an item, not the attendee list\'s group "Geschäftsstelle"', () => {
    const r = record([...PLAIN, '1. Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', '', '2. Bericht des Bundes', 'Der Bund berichtet.', '',
      '3. Geschäftsstelle: Jahresbericht 2031 (ST)', 'Die DMK nimmt den Bericht zur Kenntnis.', '', '4. Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Eröffnung'], ['2', 'Bericht des Bundes'], ['3', 'Geschäftsstelle: Jahresbericht 2031'], ['4', 'Verschiedenes']])
    expect(r.agenda[2]!.sponsors.map((s) => s.org)).toEqual(['ST'])
  })
})

describe('held-out set 20, every line numbered', () => {
  const body = ['TOP 3 Cloud für die Verwaltung der Länder', 'Die Vorsitzende führt in den Vorschlag ein, den Berlin und Hamburg', 'gemeinsam erarbeitet haben.',
    'Beschluss:', '1. Die Länder bauen die gemeinsame Cloud aus.', '2. Die Länder berichten in der nächsten Sitzung.', 'Der Beschluss wird einstimmig gefasst.',
    'TOP 4 Daten', 'Der Bericht wird zur Kenntnis genommen.', 'TOP 5 Verschiedenes', 'Es gibt keine Wortmeldungen.']
  it('a draft numbering every line of a page ("1   …", "2   …", a table between unnumbered): the numbers are no part of the text', () => {
    const r = record([...HEADER, ...body.slice(0, 4).map((t, i) => `${i + 1}   ${t}`), '', 'Land    Stimme', 'BW      ja', 'BY      ja', '',
      ...body.slice(4).map((t, i) => `${i + 5}   ${t}`)])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['3', 'Cloud für die Verwaltung der Länder'], ['4', 'Daten'], ['5', 'Verschiedenes']])
    expect(r.agenda[0]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die Länder bauen die gemeinsame Cloud aus.', 'Die Länder berichten in der nächsten Sitzung.'])
  })
  it('a list numbered 1, 2, 3 without a dot is no line numbering', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Tagesordnung:', '1   Eröffnung', '2   Bericht des Bundes', '3   Cloud', '4   Daten', '5   Register', '6   Verschiedenes',
      'TOP 2 Verschiedenes', 'Nichts.'])
    expect(r.segments.filter((s) => s.label === 'line-number')).toHaveLength(0)
    expect(String(r.agenda[0]!.title)).toBe('Eröffnung')
  })
})

describe('held-out set 20, the attendance register after the minutes (pdftotext -layout)', () => {
  it('"Teilnehmende: siehe Teilnehmerverzeichnis (Anlage 1)"; its table "Land / Institution | Name | Amtsbezeichnung | Teilnahme | Anmerkung" gives each row its role', () => {
    const row = (org: string, name: string, office: string, role: string, remark = '') =>
      ` ${org.padEnd(28)}${name.padEnd(22)}${office.padEnd(20)}${role.padEnd(18)}${remark}`.trimEnd()
    const r = record(['Ergebnisprotokoll der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Leitung: Staatssekretärin Dr. Rita Buchwald (BB)', 'Protokoll: Oberregierungsrat Max Zielke (MdJD)',
      'Teilnehmende: siehe Teilnehmerverzeichnis (Anlage 1)', 'TOP 1 – Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 – Verschiedenes', 'Nichts.', '',
      'Anlage 1 – Teilnehmerverzeichnis', row('Land / Institution', 'Name', 'Amtsbezeichnung', 'Teilnahme', 'Anmerkung'),
      row('Baden-Württemberg', 'Dr. Carla Haug', 'Ministerin', 'Mitglied'), row('Brandenburg', 'Dr. Rita Buchwald', 'Staatssekretärin', 'Mitglied, Vorsitz'),
      row('Hessen', 'Dr. Carla Hagedorn', 'Staatssekretärin', 'Mitglied', 'bis 11:50 Uhr'), row('Bund (BMDS)', 'Dr. Till Osterkamp', 'Staatssekretär', 'Ständiger Gast'),
      row('Brandenburg', 'Max Zielke', 'Oberregierungsrat', 'Protokoll'), row('Geschäftsstelle der DMK', 'Dr. Mareike Thorsen', 'Ministerialrätin', 'Geschäftsstelle')])
    expect(roster(r)).toEqual([['member', 'BW', 'Carla Haug', 'Ministerin', false], ['member', 'BB', 'Rita Buchwald', 'Staatssekretärin', true],
      ['member', 'HE', 'Carla Hagedorn', 'Staatssekretärin', false], ['permanent_guest', 'BMDS', 'Till Osterkamp', 'Staatssekretär', false],
      ['staff', 'BB', 'Max Zielke', 'Oberregierungsrat', false], ['staff', 'Geschäftsstelle der DMK', 'Mareike Thorsen', 'Ministerialrätin', false]])
    expect(r.meeting!.minutes.map((m) => [m.name, m.org])).toEqual([['Max Zielke', 'BB']])
  })
})

describe('held-out set 20, decisions in tables and a single annex', () => {
  it('"(Anmelder: RP, SL)"; "Bremen hat den Tagesordnungspunkt 7 „…“ … zurückgezogen"; "…; ein Beschluss wird nicht gefasst" is no rejection; "Anlage" over one annex, its classification no part of its title', () => {
    const r = record([...HEADER, 'TOP 1 Begrüßung', 'Die Tagesordnung wird festgestellt. Bremen hat den Tagesordnungspunkt 7 „Offene Daten für Kommunen“ vor der Sitzung zurückgezogen.',
      'TOP 3 Barrierefreiheit: Gemeinsame Prüfstelle (Anmelder: RP, SL)', 'Die DMK nimmt den Bericht zur Kenntnis; ein Beschluss wird nicht gefasst.',
      'TOP 8 Verschiedenes', 'Es gibt keine Wortmeldungen.', '', 'Anlage', 'Anlage 1 – Präsentation der Prüfstelle (VS – Nur für den Dienstgebrauch)'])
    expect(r.agenda.map((a) => [a.number, a.title, a.sponsors.map((s) => s.org)])).toEqual([['1', 'Begrüßung', []],
      ['3', 'Barrierefreiheit: Gemeinsame Prüfstelle', ['RP', 'SL']], ['8', 'Verschiedenes', []]])
    expect(r.agenda[1]!.vote?.outcome).toBe('noted')
    expect(r.agendaChanges.map((c) => [c.number, c.change, c.by, c.title])).toEqual([['7', 'withdrawn', 'HB', 'Offene Daten für Kommunen']])
    expect(r.attachments.map((a) => [a.number, a.title])).toEqual([['1', 'Präsentation der Prüfstelle']])
  })
})

describe('held-out set 23, declarations collected after the items', () => {
  it('"Protokollerklärungen" / "Zu Tagesordnungspunkt II.1 – Freistaat Bayern und Freistaat Sachsen:" / "„…“": the notes of the item and Länder named, not heads', () => {
    const r = record([...HEADER, 'Tagesordnungspunkt I', 'Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'Tagesordnungspunkt II', 'Verwaltung', '',
      'Tagesordnungspunkt II.1', 'Rechenzentren: Gemeinsame Zielwerte', 'Beschluss:', '1. Die Länder senken den Verbrauch.', 'Ergebnis: angenommen',
      'Tagesordnungspunkt III', 'Verschiedenes', 'Die Vorsitzende schließt die Sitzung.', '', 'Protokollerklärungen',
      'Zu Tagesordnungspunkt II.1 – Freistaat Bayern und Freistaat Sachsen:', '    „Bayern und Sachsen tragen die Zielwerte nicht mit.“',
      'Zu Tagesordnungspunkt II.1 – Land Hessen:', '    „Hessen meldet erst 2031.“'])
    expect(r.agenda.map((a) => a.number)).toEqual(['I', 'II', 'II.1', 'III'])
    expect(r.agenda[2]!.notes.map((n) => [n.org, n.kind, n.text])).toEqual([['BY', 'Protokollerklärung', 'Bayern und Sachsen tragen die Zielwerte nicht mit.'],
      ['SN', 'Protokollerklärung', 'Bayern und Sachsen tragen die Zielwerte nicht mit.'], ['HE', 'Protokollerklärung', 'Hessen meldet erst 2031.']])
    expect(r.agenda[3]!.notes).toEqual([])
  })
})

describe('held-out set 22, experts and academic degrees', () => {
  it('"Sachverständige zu" / "TOP 5" as a label cell that wraps (no head); "Prof. Dr. phil. habil.", "Dr. rer. nat.", "Prof. Dr. Dr. h. c. mult." are honorifics', () => {
    const r = record([...HEADER, 'Teilnehmende',
      'Mitglieder der DMK    BW (MWK)         Ministerin Dr. Simone Kächele',
      '                      BY (StMD)        Staatsministerin Dr. Miriam Eichhorn',
      'Gäste                 UGOE             Präsidentin Prof. Dr. phil. habil. Dorothee Wallenstein, Georg-',
      '                                       August-Universität Göttingen (nur zu TOP 1)',
      'Sachverständige zu    GWDG             Geschäftsführer Prof. Dr. Dr. h. c. mult. Jens Hagedorn,',
      'TOP 5                                  Gesellschaft für wissenschaftliche Datenverarbeitung mbH',
      '                      DFN-Verein       Vorstandsvorsitzende Dr. rer. nat. Leonie Brandes', '',
      'TOP 1 Begrüßung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 5 Wissenschaftsnetze', 'Die DMK nimmt den Bericht zur Kenntnis.'])
    expect(r.agenda.map((a) => a.number)).toEqual(['1', '5'])
    expect(r.attendees.filter((a) => a.role === 'guest').map((a) => [a.org, a.name, a.honorific])).toEqual([['UGOE', 'Dorothee Wallenstein', 'Prof. Dr. phil. habil.'],
      ['GWDG', 'Jens Hagedorn', 'Prof. Dr. Dr. h. c. mult.'], ['DFN-Verein', 'Leonie Brandes', 'Dr. rer. nat.']])
  })
})

describe('held-out set 22, the attendance list after the minutes without an annex number', () => {
  it('"Teilnehmende   siehe Anwesenheitsliste (Seite 3 f.)"; "Anwesenheitsliste" after the closing list, its head "Name, Amtsbezeichnung"; "Stellvertretender Vorsitz" is no chair', () => {
    const row = (org: string, name: string, remark = '') => ` ${org.padEnd(24)}${name.padEnd(44)}${remark}`.trimEnd()
    const r = record(['Protokoll', '132. Sitzung der Digitalministerkonferenz (DMK)', 'Datum                     Donnerstag, 10. November 2089',
      'Vorsitz                   Ministerin Dr. Katharina Schmitt-Lauer (Saarland)', 'Stellvertretender Vorsitz Staatssekretärin Dr. Inken Carstensen (Schleswig-Holstein)',
      'Teilnehmende              siehe Anwesenheitsliste (Seite 3 f.)', '', 'TOP 1: Begrüßung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2: Verschiedenes', 'Nichts.', '',
      'Anlagen', 'Anlage 1       Betriebsmodell der Schul-Cloud', '', 'Anwesenheitsliste', row('Land / Institution', 'Name, Amtsbezeichnung', 'Bemerkung'), ' Mitglieder',
      row('Baden-Württemberg', 'Dr. Matthias Grözinger, Staatssekretär', 'in Vertretung von Ministerin'), row('', '', 'Dr. Simone Kächele'),
      row('Saarland', 'Dr. Katharina Schmitt-Lauer, Ministerin', 'Vorsitz'), ' Begleitung und Protokoll', row('Saarland', 'Jonas Kiefer, Oberregierungsrat', 'Protokoll')])
    expect(r.meeting!.chair.map((c) => c.name)).toEqual(['Katharina Schmitt-Lauer'])
    expect(roster(r)).toEqual([['member', 'BW', 'Matthias Grözinger', 'Staatssekretär', false], ['member', 'SL', 'Katharina Schmitt-Lauer', 'Ministerin', true],
      ['staff', 'SL', 'Jonas Kiefer', 'Oberregierungsrat', false]])
    expect(r.attachments.map((a) => a.title)).toEqual(['Betriebsmodell der Schul-Cloud'])
  })
})

describe('held-out set 22, a presence column', () => {
  it('"Anwesenheit der Mitglieder" / "Land | Mitglied der DMK | anw. | vertreten durch / Bemerkung": "–" with a person in the remark is that person, with "entschuldigt" nobody', () => {
    const row = (land: string, member: string, here: string, remark = '') => ` ${land.padEnd(22)}${member.padEnd(38)}${here.padEnd(6)}${remark}`.trimEnd()
    const r = record([...HEADER, 'Anwesenheit der Mitglieder', row('Land', 'Mitglied der DMK', 'anw.', 'vertreten durch / Bemerkung'),
      row('Hamburg', 'Senator Jasper Krogmann', 'x', 'Vorsitz'), row('Bayern', 'Staatsminister Florian Huber', '–', 'Ministerialdirigentin Prof. Dr.-Ing.'),
      row('', '', '', 'Cordula Wimmer'), row('Berlin', 'Staatssekretärin Dr. Selin Kaya', 'x'), row('Thüringen', 'Staatssekretärin Carla Heinemann', '–', 'entschuldigt'),
      '', 'x = anwesend; – = nicht anwesend', ...TAIL])
    expect(roster(r)).toEqual([['member', 'HH', 'Jasper Krogmann', 'Senator', true], ['member', 'BY', 'Cordula Wimmer', 'Ministerialdirigentin', false],
      ['member', 'BE', 'Selin Kaya', 'Staatssekretärin', false]])
    expect(r.absent.map((a) => a.org)).toEqual(['TH'])
  })
})

describe('held-out set 25, the attendance as a list in prose', () => {
  it('"Es nehmen teil:" / "für die Länder" / "– für den Freistaat Bayern: …" / "als ständiger Gast" / "– für den Bund: …" / "als Gäste" / "als weitere Teilnehmende"', () => {
    const r = record([...HEADER, 'Es nehmen teil:', 'für die Länder', '  – für das Land Baden-Württemberg: Staatssekretärin Dr. Annette Riedlinger',
      '  – für den Freistaat Bayern: Staatsminister Korbinian Hainzl', '  – für die Freie und Hansestadt Hamburg: Staatsrätin Dr. Levke Mohr (bis 13:40 Uhr)',
      'als ständiger Gast', '  – für den Bund: Parlamentarische Staatssekretärin Dr. Helene Kortmann, Bundesministerium',
      '    für Digitales und Staatsmodernisierung (BMDS)', 'als Gäste', '  – Präsidentin Dr. Ulrike Saß, Kammergericht (zu TOP 1)',
      'als weitere Teilnehmende', ' – Referent Jakob Lorenz (BMDS)', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BW', 'Annette Riedlinger', 'Staatssekretärin', false], ['member', 'BY', 'Korbinian Hainzl', 'Staatsminister', false],
      ['member', 'HH', 'Levke Mohr', 'Staatsrätin', false], ['permanent_guest', 'BMDS', 'Helene Kortmann', 'Parlamentarische Staatssekretärin', false],
      ['guest', 'Kammergericht', 'Ulrike Saß', 'Präsidentin', false], ['staff', 'BMDS', 'Jakob Lorenz', 'Referent', false]])
  })
})

describe('held-out set 24, a video conference', () => {
  it('"Zugeschaltete Teilnehmende" / "Land | Teilnehmende | zugeschaltet": the connection times a remark (pdftotext -layout and pdf.js)', () => {
    const layout = record([...HEADER, 'Zugeschaltete Teilnehmende', ' Land         Teilnehmende                                     zugeschaltet',
      ' Mitglieder (stimmberechtigt)', ' BW           Ministerialdirektorin Dr. Saskia Brenner              9:30–13:25 Uhr',
      ' BY           Staatsminister Max Gschwendtner                       9:50–13:25 Uhr', ...TAIL])
    const pdfjs = record([...HEADER, 'Zugeschaltete Teilnehmende', 'Land Teilnehmende zugeschaltet', 'Mitglieder (stimmberechtigt)',
      'BW Ministerialdirektorin Dr. Saskia Brenner 9:30–13:25 Uhr', 'BY Staatsminister Max Gschwendtner 9:50–13:25 Uhr', ...TAIL])
    for (const r of [layout, pdfjs]) {
      expect(roster(r)).toEqual([['member', 'BW', 'Saskia Brenner', 'Ministerialdirektorin', false], ['member', 'BY', 'Max Gschwendtner', 'Staatsminister', false]])
    }
  })
})

describe('held-out sets 23 and 26, result lines under other labels', () => {
  it('"Ergebnis der Beratung: einstimmige Annahme.", "Beschlussergebnis: Annahme mit 13 : 2 : 1 Stimmen (…)", "… : Ablehnung. Für den Antrag stimmen …"', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Cloud', 'Beschluss:', 'Die DMK beschließt:', '1. Die Länder bauen aus.',
      'Ergebnis der Beratung: einstimmige Annahme.', 'TOP 3 Daten', 'Beschluss:', '1. Die Länder teilen Daten.',
      'Beschlussergebnis: Annahme mit 13 : 2 : 1 Stimmen (Nein: HB, HH; Enthaltung: BE).', 'TOP 4 Register', 'Beschluss:', '1. Die Länder bauen ein Register.',
      'Ergebnis der Beratung: Ablehnung. Für den Antrag stimmen nur Berlin und Bremen.', 'TOP 5 Verschiedenes', 'Nichts.'])
    expect(r.agenda.slice(1, 3).map((a) => [a.number, a.vote?.outcome, a.vote?.unanimous])).toEqual([['2', 'adopted', true], ['3', 'adopted', false]])
    expect(r.agenda[3]!.vote?.outcome).toBe('rejected')
    expect(dissent(r, '3')).toEqual(['BE=abstain', 'HB=no', 'HH=no'])
  })
})

describe('held-out set 26, delegations', () => {
  it('"Land | Delegationsleitung | Begleitung": the head of each delegation a member, the others staff; "Beobachterin:" a guest, "Sektionschefin" an office', () => {
    const row = (land: string, head: string, staff: string) => ` ${land.padEnd(22)}${head.padEnd(40)}${staff}`.trimEnd()
    const r = record([...HEADER, 'Teilnehmende', row('Land', 'Delegationsleitung', 'Begleitung'),
      row('Baden-Württemberg', 'Staatssekretär Dr. Benedikt Hägele', 'Ministerialrat Dr. Jonas Feger'), row('Bremen', 'Staatsrat Dr. Hauke Ahlers', '–'), '',
      'Beobachterin: Sektionschefin Dr. Martina Pichler (Bundeskanzleramt der Republik Österreich)', ...TAIL])
    expect(roster(r).slice(0, 3)).toEqual([['member', 'BW', 'Benedikt Hägele', 'Staatssekretär', false], ['member', 'HB', 'Hauke Ahlers', 'Staatsrat', false],
      ['staff', 'BW', 'Jonas Feger', 'Ministerialrat', false]])
    // The observer's office is read; her body in parentheses is left to the guests' rules.
    expect(r.attendees.slice(3).map((a) => [a.role, a.name, a.title])).toEqual([['guest', 'Martina Pichler', 'Sektionschefin']])
  })
})

describe('held-out set 27, group rows over a table without an org column', () => {
  it('"Name | Amtsbezeichnung | Rolle" under "Baden-Württemberg", "Bremen" (nobody: "nicht vertreten; …" wrapping), "Stadt Köthen (Anhalt)"', () => {
    const row = (name: string, office: string, role: string) => ` ${name.padEnd(32)}${office.padEnd(36)}${role}`.trimEnd()
    const r = record([...HEADER, 'Anwesenheit', row('Name', 'Amtsbezeichnung', 'Rolle'), ' Baden-Württemberg', row('Dr. Benedikt Hägele', 'Staatssekretär', 'stimmberechtigt'),
      ' Bayern', row('Ulrike Scharnagl', 'Staatsministerin', 'stimmberechtigt'), row('Katharina Bachhuber', 'Oberregierungsrätin', 'Begleitung'),
      ' Bremen', row('–', '–', 'nicht vertreten; Stimmrecht auf'), row('', '', 'Niedersachsen übertragen'), ' Hamburg', row('Dr. Levke Mohr', 'Staatsrätin', 'stimmberechtigt'),
      ' Stadt Köthen (Anhalt)', row('Bernd Hauschild', 'Oberbürgermeister', 'Gast (zu TOP 1)'), '', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BW', 'Benedikt Hägele', 'Staatssekretär', false], ['member', 'BY', 'Ulrike Scharnagl', 'Staatsministerin', false],
      ['staff', 'BY', 'Katharina Bachhuber', 'Oberregierungsrätin', false], ['member', 'HH', 'Levke Mohr', 'Staatsrätin', false],
      ['guest', 'Stadt Köthen (Anhalt)', 'Bernd Hauschild', 'Oberbürgermeister', false]])
  })
})

describe('held-out set 26, tallies with their labels in lower case', () => {
  it('"Abstimmung: Stimmen dafür: 12; dagegen: 2 (BW, BY); Enthaltungen: 2 (SN, TH)", "dagegen: keine"', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Cloud', 'Beschluss:', '1. Die Länder bauen aus.',
      'Abstimmung: Stimmen dafür: 14; dagegen: keine; Enthaltungen: 2 (HB, HH).', 'TOP 3 Daten', 'Beschluss:', '1. Die Länder teilen Daten.',
      'Abstimmung: Stimmen dafür: 12; dagegen: 2 (BW, BY); Enthaltungen: 2 (SN, TH).', 'TOP 4 Verschiedenes', 'Nichts.'])
    expect(r.agenda.slice(1, 3).map((a) => a.vote?.outcome)).toEqual(['adopted', 'adopted'])
    expect(dissent(r, '2')).toEqual(['HB=abstain', 'HH=abstain'])
    expect(dissent(r, '3')).toEqual(['BW=no', 'BY=no', 'SN=abstain', 'TH=abstain'])
  })
})

describe('held-out sets 23, 24 and 26, more ways to tell a vote', () => {
  it('"Zustimmung 14, Ablehnung 1 (BY), Enthaltung 1 (SN)"; "Ja 13 … Nein 1 BY Enthaltung 2 SN, ST"; "stimmen nach Aufruf sämtlich zu"; "… billigt … einvernehmlich."', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Cloud', 'Beschluss:', '1. Die Länder bauen aus.',
      'Abstimmung: Zustimmung 14, Ablehnung 1 (BY), Enthaltung 1 (SN).', 'TOP 3 Daten', 'Beschluss:', '1. Die Länder teilen Daten.',
      'Abstimmung: Ja 13 BW, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SH, TH Nein 1 BY Enthaltung 2 SN, ST', 'TOP 4 Register', 'Beschluss:',
      '1. Die Länder bauen ein Register.', 'Die Länder stimmen nach Aufruf sämtlich zu.', 'TOP 5 Presse', 'Die DMK billigt die Pressemitteilung einvernehmlich.',
      'TOP 6 Verschiedenes', 'Nichts.'])
    expect(dissent(r, '2')).toEqual(['BY=no', 'SN=abstain'])
    expect(dissent(r, '3')).toEqual(['BY=no', 'SN=abstain', 'ST=abstain'])
    expect(['4', '5'].map((n) => r.agenda.find((a) => a.number === n)!.vote?.unanimous)).toEqual([true, true])
  })
})

describe('held-out sets 21, 23 and 25, who gives a declaration', () => {
  it('"Die bayerische Delegation gibt folgende Protokollerklärung ab", "Die Länder Bayern, Sachsen und Thüringen lassen folgende gemeinsame Erklärung zu Protokoll nehmen", "Hessen bittet, folgende Erklärung in das Protokoll aufzunehmen"', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Cloud', 'Der Bericht wird zur Kenntnis genommen.',
      'Die bayerische Delegation gibt folgende Protokollerklärung ab: „Bayern sieht die Daten beim Land.“', 'TOP 3 Daten', 'Der Bericht wird zur Kenntnis genommen.',
      'Die Länder Bayern, Sachsen und Thüringen lassen folgende gemeinsame Erklärung zu Protokoll nehmen: „Die Portale sind Sache der Länder.“',
      'TOP 4 Register', 'Der Bericht wird zur Kenntnis genommen.', 'Hessen bittet, folgende Erklärung in das Protokoll aufzunehmen: „Hessen prüft noch.“',
      'TOP 5 Verschiedenes', 'Nichts.'])
    expect(r.agenda.slice(1, 4).map((a) => a.notes.map((n) => [n.org, n.kind]))).toEqual([[['BY', 'Protokollerklärung']],
      [['BY', 'Erklärung zu Protokoll'], ['SN', 'Erklärung zu Protokoll'], ['TH', 'Erklärung zu Protokoll']], [['HE', 'Protokollerklärung']]])
  })
})

describe('held-out sets 28 and 30, a bar or a middle dot between the number and the title', () => {
  it('"TOP 1 | Eröffnung und Begrüßung", "TOP 3 · Verschiedenes": the mark is no part of the title', () => {
    const r = record([...HEADER, 'TOP 1 | Eröffnung und Begrüßung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 | Bericht des Bundes',
      'Der Bericht wird zur Kenntnis genommen.', 'TOP 3 · Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Eröffnung und Begrüßung'], ['2', 'Bericht des Bundes'], ['3', 'Verschiedenes']])
  })
})

describe('held-out set 28, a third level of items', () => {
  it('"3.2 Berichte aus den Arbeitsgruppen" / "3.2.1 …" / "3.2.2 …" / "4. …": heads three levels deep, each under its parent', () => {
    const r = record([...HEADER, '1. Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', '2. Bericht des Bundes', 'Der Bericht wird zur Kenntnis genommen.',
      '3. Berichte', '3.1 Bericht aus dem IT-Planungsrat', 'Der Bericht wird zur Kenntnis genommen.', '3.2 Berichte aus den Arbeitsgruppen',
      '3.2.1 Arbeitsgruppe Mobilitätsdaten: Bericht an die MPK (BE, HB)', 'Beschluss:', '1. Die DMK billigt den Bericht.', '2. Die DMK bittet den Vorsitz, ihn zuzuleiten.',
      '3.2.2 Digitale Dorfläden: Leitfaden (BW, BY)', 'Der Leitfaden wird zur Kenntnis genommen.', '4. Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => [a.number, a.parent])).toEqual([['1', null], ['2', null], ['3', null], ['3.1', '3'], ['3.2', '3'], ['3.2.1', '3.2'],
      ['3.2.2', '3.2'], ['4', null]])
    expect(r.agenda[5]!.resolution!.clauses.map((c) => c.number)).toEqual(['1', '2'])
  })
})

describe('held-out set 20, the vote in the decision heading', () => {
  it('"Beschluss (12 : 2 : 1; Gegenstimmen: BW, SL; Enthaltung: NW):", "Gemeinsamer Beschluss der Digitalministerkonferenz und der Kultusministerkonferenz (einstimmig)"', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Wohngeld', 'Beschluss (12 : 2 : 1; Gegenstimmen: BW, SL; Enthaltung: NW):',
      '1. Die Länder nutzen einen Onlinedienst.', '2. Die Kosten werden geteilt.', 'TOP 3 Schulportal',
      'Gemeinsamer Beschluss der Digitalministerkonferenz und der Kultusministerkonferenz (einstimmig)', 'Die beiden Konferenzen beschließen:',
      '1. Die Länder öffnen ihre Schulportale.', 'TOP 4 Verschiedenes', 'Nichts.'])
    expect(dissent(r, '2')).toEqual(['BW=no', 'NW=abstain', 'SL=no'])
    const joint = r.agenda.find((a) => a.number === '3')!
    expect(joint.resolution!.preamble).toBe('Die beiden Konferenzen beschließen:')
    expect(joint.vote!.unanimous).toBe(true)
  })
})

describe('held-out set 20, an annex of votes with an item per row', () => {
  it('"TOP  BW  BY … TH  Ergebnis" over "5  ja  ja  Enth. … n. v. …  angenommen (12 : 1 : 2)": each item\'s positions from its row', () => {
    const marks = (ms: string[]) => ms.join('   ')
    const yes = LANDS.map(() => 'ja')
    const five = yes.map((m, k) => (k === 2 ? 'Enth.' : k === 4 ? 'nein' : k === 11 ? 'n. v.' : m))
    const six = yes.map((m, k) => (k === 0 ? 'nein' : k === 5 ? 'ja*' : k === 11 ? 'n. v.' : m))
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Breitband', 'Beschluss:', '1. Die Länder bauen aus.',
      'Der Beschluss wird mit 13 : 1 : 1 Stimmen gefasst (siehe Anlage 1).', 'TOP 3 Wirtschaftsplan', 'Der Wirtschaftsplan der Geschäftsstelle wird mit 14 : 1 : 0 Stimmen gebilligt.',
      'TOP 4 Verschiedenes', 'Nichts.', 'Anlage 1: Abstimmungsverhalten der Länder', `TOP   ${LANDS.join('   ')}   Ergebnis`,
      `2     ${marks(five)}   angenommen (13 : 1 : 1)`, `3     ${marks(six)}   angenommen (14 : 1 : 0)`])
    expect(dissent(r, '2')).toEqual(['BE=abstain', 'HB=no', 'SL=absent'])
    expect(dissent(r, '3')).toEqual(['BW=no', 'SL=absent'])
  })
})

describe('held-out set 31, sponsors only in the agenda as sent, "Stimmverhältnis"', () => {
  const minutes = ['TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Green IT: Energieeffizienz der Rechenzentren', 'Beschluss:',
    '1. Die Länder erfassen den Energieverbrauch.', 'Stimmverhältnis: 15 : 0 : 1 (Enthaltung: BY)', 'TOP 3 Umweltdatenraum der Länder',
    'Der Bericht wird zur Kenntnis genommen.', 'TOP 4 Verschiedenes', 'Nichts.']
  const present = ['Teilnehmende', ...LANDS.map((c, i) => `${c}     ${MINISTERS[i]}`)]
  it('"TOP-Nr.  Gegenstand  Anmeldung durch  Anlage" / "2  Green IT: …  BW, HE  –": the row\'s cell gives the sponsors the head lacks', () => {
    const r = record([...HEADER, ...present, 'Tagesordnung', 'TOP-Nr.   Gegenstand                                     Anmeldung durch   Anlage',
      '1         Eröffnung                                      Vorsitz           –', '2         Green IT: Energieeffizienz der Rechenzentren   BW, HE            –',
      '3         Umweltdatenraum der Länder                     NI, RP; Gast:     2', '                                                         LUBW',
      '4         Verschiedenes                                  –                 –', ...minutes])
    expect(r.agenda.map((a) => a.sponsors.map((s) => s.org).join(','))).toEqual(['', 'BW,HE', 'NI,RP', ''])
    expect(dissent(r, '2')).toEqual(['BY=abstain'])
    expect(r.agenda[1]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die Länder erfassen den Energieverbrauch.'])
  })
  it('a cell a line (plain pdftotext): "2" / "Green IT: …" / "BW, HE" — but "Verschiedenes" / "Vorsitz" / "14:45 Uhr" / "BW, HH" is another row\'s cell', () => {
    const r = record([...HEADER, ...present, 'Tagesordnung', 'TOP', '', 'Gegenstand', '', 'Anmeldung', '', '1', '', 'Eröffnung', '', 'Vorsitz', '', '2', '',
      'Green IT: Energieeffizienz der Rechenzentren', '', 'BW, HE', '', '3', '', 'Umweltdatenraum der Länder', '', 'Vorsitz', '', '4', '', 'Verschiedenes', '',
      'Vorsitz', '', '14:45 Uhr', '', 'NI, RP', '', ...minutes])
    expect(r.agenda.map((a) => a.sponsors.map((s) => s.org).join(','))).toEqual(['', 'BW,HE', '', ''])
  })
})

describe('held-out sets 27 and 31, "Land | Mitglied der DMK | vertreten durch"', () => {
  const member = (i: number) => MINISTERS[i]!
  const sub = 'Ministerialdirigentin Dr. Sabine Riedesser'
  const expected = (r: Extraction) => [people(r, 'member').slice(0, 3), r.absent.map((a) => a.org)]
  const want = [['BW Sabine Riedesser', 'BY Paul Huber', 'BE Eva Lindner'], ['ST']]
  const cell = (i: number) => (i === 0 ? sub : i === 13 ? 'entschuldigt' : '–')
  it('columns kept (pdftotext -layout): the one who sat for the member is the row\'s, "–" the member came, "entschuldigt" nobody', () => {
    const r = record([...HEADER, 'Anwesenheit', 'Land        Mitglied der DMK                     vertreten durch',
      ...LANDS.map((c, i) => `${c}          ${member(i).padEnd(37)}${cell(i)}`), ...TAIL])
    expect(expected(r)).toEqual(want)
  })
  it('columns lost (pdf.js, pdftotext -raw): "BW Staatssekretär … Ministerialdirigentin Dr. …" on one line, one blank apart', () => {
    const r = record([...HEADER, 'Anwesenheit', 'Land Mitglied der DMK vertreten durch', ...LANDS.map((c, i) => `${c} ${member(i)} ${cell(i)}`), ...TAIL])
    expect(expected(r)).toEqual(want)
  })
  it('a cell a paragraph (plain pdftotext)', () => {
    const r = record([...HEADER, 'Anwesenheit', 'Land', '', 'Mitglied der DMK', '', 'vertreten durch', '',
      ...LANDS.flatMap((c, i) => [c, '', member(i), '', cell(i), '']), ...TAIL])
    expect(expected(r)).toEqual(want)
  })
})

describe('held-out set 30, a "Stimmführer/in" column', () => {
  it('"Land Stimmführer/in weitere Teilnehmende" read without columns: the first of each row is the member', () => {
    const r = record([...HEADER, 'Anwesenheit', 'Land Stimmführer/in weitere Teilnehmende', ...LANDS.map((c, i) => `${c} ${MINISTERS[i]} –`), ...TAIL])
    expect(people(r, 'member').slice(0, 2)).toEqual(['BW Anna Weber', 'BY Paul Huber'])
    expect(people(r, 'member')).toHaveLength(16)
  })
})

describe('held-out sets 27, 30 and 33, votes in more tables and lines', () => {
  it('"Für: 13 · Gegen: 1 (BY) · Enthaltung: 1 (NI)", "Für: 6 (…) · Gegen: 9 (…) · Enthaltung: 1 (SH)"', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Cloud', 'Beschluss:', '1. Die Länder bauen aus.',
      'Für: 14 · Gegen: 1 (BY) · Enthaltung: 1 (NI)', 'TOP 3 Daten', 'Beschluss:', '1. Die Länder teilen Daten.',
      'Für: 6 (BB, HB, HH, MV, NW, SL) · Gegen: 9 (BW, BY, BE, HE, NI, RP, SN, ST, TH) · Enthaltung: 1 (SH)', 'Der Beschlussvorschlag ist abgelehnt.',
      'TOP 4 Verschiedenes', 'Nichts.'])
    expect(dissent(r, '2')).toEqual(['BY=no', 'NI=abstain'])
    expect(r.agenda[1]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die Länder bauen aus.'])
    expect(r.agenda[2]!.vote!.outcome).toBe('rejected')
    expect(dissent(r, '3')).toEqual(['BW=no', 'BY=no', 'BE=no', 'HE=no', 'NI=no', 'RP=no', 'SN=no', 'ST=no', 'SH=abstain', 'TH=no'])
  })
  it('"Abstimmung (J = Ja, N = Nein, E = Enthaltung):" / codes / "Ziffer 1  J …" / "Gesamtabstimmung  E  N …": the vote on the whole', () => {
    const row = (label: string, marks: string[]) => `${label.padEnd(20)}${marks.join('    ')}`
    const yes = LANDS.map(() => 'J')
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Moorkataster', 'Beschluss:', '1. Die Länder führen Daten zusammen.',
      '2. Brandenburg berichtet.', 'Abstimmung (J = Ja, N = Nein, E = Enthaltung):', `${' '.repeat(20)}${LANDS.join('   ')}`,
      row('Ziffer 1', yes), row('Ziffer 2', yes.map((m, k) => (k === 1 ? 'N' : m))), row('Gesamtabstimmung', yes.map((m, k) => (k === 0 ? 'E' : k === 1 ? 'N' : m))),
      'Der Beschluss ist gefasst.', 'TOP 3 Verschiedenes', 'Nichts.'])
    expect(dissent(r, '2')).toEqual(['BW=abstain', 'BY=no'])
  })
  it('"TOP   Stimmverhalten der Länder   Ergebnis" over the names broken in narrow cells, "ja (HH)" a vote Hamburg gave', () => {
    const names = ['Baden-  Bayern  Berlin  Branden-  Bremen  Hamburg  Hessen  Mecklen-  Nieder-  Nord-  Rhein-  Saarland  Sachsen  Sachsen-  Schles-  Thürin-',
      'Würt-            burg                      burg-     sachsen  rhein-  land-             Anhalt    wig-     gen', 'temberg                                 Vorpom-  West-   Pfalz  Holstein']
    const marks = LANDS.map((c) => (c === 'HB' ? 'ja (HH)' : c === 'HE' ? 'nein' : 'ja'))
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Cloud', 'Beschluss:', '1. Die Länder bauen aus.',
      'Ergebnis: angenommen mit 14 : 1 : 0 Stimmen (Stimmverhalten: siehe Abstimmungsübersicht).', 'TOP 3 Daten', 'Beschluss:', '1. Die Länder teilen Daten.',
      'Ergebnis: einstimmig angenommen.', 'TOP 4 Verschiedenes', 'Nichts.', 'Abstimmungsübersicht', 'TOP   Stimmverhalten der Länder   Ergebnis', ...names,
      `2   ${marks.join('   ')}   angenommen`, '14 : 1 : 0', `3   ${LANDS.map(() => 'ja').join('   ')}   angenommen`, '16 : 0 : 0'])
    expect(dissent(r, '2')).toEqual(['HE=no'])
  })
})

describe('held-out set 32, a "Präsenzliste" with a mark at who holds the vote', () => {
  it('"Land / Institution   Name   Amtsbezeichnung   stimmführend": "x" the member, a Land\'s other people came with them', () => {
    const row = (land: string, name: string, office: string, mark: string) => `${land.padEnd(24)}${name.padEnd(28)}${office.padEnd(26)}${mark}`
    const r = record([...HEADER, 'Präsenzliste', row('Land / Institution', 'Name', 'Amtsbezeichnung', 'stimmführend'), 'Länder',
      row('Baden-Württemberg', 'Dr. Carolin Wiesinger', 'Staatssekretärin', '     x'), row('Bayern', 'Veronika Hartlieb', 'Staatsministerin', '     x'),
      row('Bayern', 'Florian Zehetmair', 'Regierungsdirektor', ''), row('Berlin', 'Dr. Benedikt Aurich', 'Staatssekretär', '     x'), ...TAIL])
    expect(roster(r).map(([role, org, name]) => `${role} ${org} ${name}`)).toEqual(['member BW Carolin Wiesinger', 'member BY Veronika Hartlieb',
      'staff BY Florian Zehetmair', 'member BE Benedikt Aurich'])
  })
})

describe('held-out set 32, one list sorted by surname, the role in a "Teilnahme als" column', () => {
  it('read without columns (pdf.js): "Name Amtsbezeichnung Land / Institution Teilnahme als", a row ends at its status', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Name Amtsbezeichnung Land / Institution Teilnahme als', 'Dr. Benedikt Aurich Staatssekretär BE Mitglied',
      'Jens-Ove Bahnsen Staatssekretär SH Mitglied, Vorsitz', 'Nele Brammertz Parlamentarische', 'Staatssekretärin', 'BMDS Ständiger Gast',
      'Dr. Silke Hahnkamp Erste Direktorin DRV Nord Gast (TOP 5)', 'Dr. Felix Hattemer Staatssekretär HE Mitglied (bis 13:40 Uhr)',
      'Wiebke Kruuse Regierungsamtfrau SH Protokoll', 'Dr. Lutz Quendel Ministerialdirigent TH Vertretung für Staatssekretärin', 'Dr. Katharina Rödiger',
      'Florian Zehetmair Regierungsdirektor BY Begleitung', 'Brandenburg war nicht vertreten.', ...TAIL])
    // In the list's order, as printed.
    expect(roster(r).map(([role, org, name]) => `${role} ${org} ${name}`)).toEqual(['member BE Benedikt Aurich', 'member SH Jens-Ove Bahnsen',
      'permanent_guest BMDS Nele Brammertz', 'guest DRV Nord Silke Hahnkamp', 'member HE Felix Hattemer', 'staff SH Wiebke Kruuse',
      'member TH Lutz Quendel', 'staff BY Florian Zehetmair'])
  })
})

describe('held-out sets 22 and 28, decisions told in more ways', () => {
  it('"… zur Kenntnis und beschließt:", "Einstimmig (16 : 0 : 0); …", "Die DMK wählt … zur Sprecherin. Die Wahl erfolgt einstimmig."', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Evaluation',
      'Die Digitalministerkonferenz nimmt den Evaluationsbericht (Anlage 1) zur Kenntnis und beschließt:', '1. Die Leitlinien werden fortgeschrieben.',
      'Bayern und Sachsen stimmen dagegen; alle übrigen Länder stimmen zu.', 'TOP 3 Europa', 'Beschluss:', '1. Die Länder benennen Stellen.',
      'Einstimmig (16 : 0 : 0); Rheinland-Pfalz stimmt zugleich für das Saarland.', 'TOP 4 Arbeitskreise', '',
      '4.1 Arbeitskreis Open Data: Zwischenbericht (NI, RP)', 'Die DMK nimmt den Zwischenbericht zur Kenntnis.', '',
      '4.2 Arbeitskreis Informationssicherheit: Wahl der Sprecherin (NI)', 'Die DMK wählt Staatssekretärin Dr. Inken Carstensen (SH) für zwei Jahre zur',
      'Sprecherin des Arbeitskreises. Die Wahl erfolgt einstimmig.', '', 'TOP 5 Verschiedenes', 'Nichts.'])
    expect(dissent(r, '2')).toEqual(['BY=no', 'SN=no'])
    expect(r.agenda.find((a) => a.number === '3')!.vote!.unanimous).toBe(true)
    expect(['4.1', '4.2'].map((n) => r.agenda.find((a) => a.number === n)!.vote?.outcome)).toEqual(['noted', 'adopted'])
    expect(r.agenda.find((a) => a.number === '4.2')!.vote!.unanimous).toBe(true)
    expect(r.agenda.find((a) => a.number === '4.1')!.title).toBe('Arbeitskreis Open Data: Zwischenbericht')
  })
  it('"Ergebnis zu TOP 7 bis 9: Die Beschlussvorschläge zu den A-Punkten werden ohne Aussprache einstimmig angenommen": each item\'s vote', () => {
    const item = (n: number) => [`TOP ${n}: Punkt ${n} (BW)`, 'Beschluss:', `1. Die DMK beschließt Punkt ${n}.`]
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', ...item(2), ...item(3), ...item(4),
      'Ergebnis zu TOP 2 bis 4: Die Beschlussvorschläge zu den A-Punkten werden ohne Aussprache einstimmig angenommen.', 'TOP 5: Verschiedenes', 'Nichts.'])
    expect(['2', '3', '4'].map((n) => r.agenda.find((a) => a.number === n)!.vote?.unanimous)).toEqual([true, true, true])
    expect(r.agenda.find((a) => a.number === '4')!.resolution!.clauses.map((c) => c.text)).toEqual(['Die DMK beschließt Punkt 4.'])
  })
})

describe('held-out set 35, "Land  Teilnehmerin/Teilnehmer  Bemerkung" under "Teilnehmende"', () => {
  const remark = (i: number) => (i === 0 ? 'erstmals anwesend' : i === 2 ? 'geschäftsführend' : '')
  const want = ['BW Anna Weber', 'BY Paul Huber', 'BE Eva Lindner']
  it('with columns: the Länder\'s rows are the members, the remarks no part of the names', () => {
    const r = record([...HEADER, 'Teilnehmende', `Land       ${'Teilnehmerin/Teilnehmer'.padEnd(40)}Bemerkung`,
      ...LANDS.map((c, i) => `${c}         ${MINISTERS[i]!.padEnd(40)}${remark(i)}`), ...TAIL])
    expect(people(r, 'member').slice(0, 3)).toEqual(want)
    expect(people(r, 'member')).toHaveLength(16)
  })
  it('without them (pdf.js): "BW Ministerin Anna Weber erstmals anwesend"', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Land Teilnehmerin/Teilnehmer Bemerkung', ...LANDS.map((c, i) => `${c} ${MINISTERS[i]} ${remark(i)}`.trimEnd()), ...TAIL])
    expect(people(r, 'member').slice(0, 3)).toEqual(want)
    expect(people(r, 'member')).toHaveLength(16)
  })
})

describe('held-out set 34, items decided together', () => {
  it('"Die DMK nimmt die Berichte zu TOP 2.1 und 2.2 zur Kenntnis.", "TOP 3 und TOP 4 werden gemeinsam beraten. … zu beiden Tagesordnungspunkten …"', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Berichte', '', 'TOP 2.1 Bericht des Bundes',
      'Der Staatssekretär berichtet über das Gesetz.', '', 'TOP 2.2 Bericht aus dem IT-Planungsrat (HH)', 'Die Vorsitzende berichtet über die Sitzung. Die DMK nimmt die Berichte zu',
      'TOP 2.1 und 2.2 zur Kenntnis.', '', 'TOP 3 Küste (SH)', '', 'TOP 4 Sturmflut (BY)', 'TOP 3 und TOP 4 werden gemeinsam beraten. Die Direktorin stellt das Vorhaben vor.',
      'Die DMK fasst zu beiden Tagesordnungspunkten folgenden gemeinsamen Beschluss:', '1. Die DMK unterstützt das Vorhaben.', '2. Bayern passt die Plattform an.',
      'Der gemeinsame Beschluss wird einstimmig gefasst.', '', 'TOP 5 Verschiedenes', 'Nichts.'])
    const at = (n: string) => r.agenda.find((a) => a.number === n)!
    expect(['2.1', '2.2', '3', '4'].map((n) => at(n).vote?.outcome)).toEqual(['noted', 'noted', 'adopted', 'adopted'])
    expect(at('3').vote!.unanimous).toBe(true)
    expect(at('3').resolution!.clauses.map((c) => c.number)).toEqual(['1', '2'])
  })
})

describe('held-out set 30, dissent in a table and a declaration of all Länder but one', () => {
  it('"Abweichende Voten:" / "Land  Votum  Protokollerklärung" / "Bayern  Nein  „…“"; "Die Länder mit Ausnahme Bayerns geben folgende Protokollerklärung ab:"', () => {
    const r = record([...HEADER, 'Das Saarland ist entschuldigt und hat Rheinland-Pfalz mit der Wahrnehmung seines Stimmrechts beauftragt.',
      'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Anerkennung', 'Beschluss:', '1. Die Länder bauen eine Plattform.',
      'Abstimmungsergebnis: 13 Ja-Stimmen, 1 Nein-Stimme, 2 Enthaltungen. Abweichende Voten:', ' Land              Votum         Protokollerklärung',
      ' Bayern            Nein          „Bayern hält an seinem Portal fest und', '                                beteiligt sich nicht.“', ' Sachsen           Enthaltung    –',
      ' Sachsen-Anhalt    Enthaltung    –', '', 'Alle übrigen Länder stimmen zu.', 'TOP 3 Platzbörse', 'Beschluss:', '1. Die Länder bauen eine Börse.',
      'Der Beschluss wird bei Enthaltung Bayerns gefasst.', 'Die Länder mit Ausnahme Bayerns geben folgende Protokollerklärung ab:', '„Der Bund soll mitfinanzieren.“',
      'TOP 4 Verschiedenes', 'Nichts.'])
    expect(dissent(r, '2')).toEqual(['BY=no', 'SN=abstain', 'ST=abstain'])
    expect(dissent(r, '3')).toEqual(['BY=abstain'])
    expect(r.agenda.find((a) => a.number === '3')!.notes.map((n) => n.org)).toEqual(LANDS.filter((c) => c !== 'BY'))
  })
})

describe('held-out sets 36 and 37, agreement in other words', () => {
  it('"Zustimmung: alle Länder", "Es besteht Einvernehmen.", "mit allen Stimmen angenommen", "Ergebnis: Zustimmung (einstimmig)", "Ergebnis: Zustimmung bei Gegenstimme BY …"', () => {
    const item = (n: number, result: string) => [`TOP ${n} Punkt ${n}`, 'Beschluss:', `1. Die DMK beschließt Punkt ${n}.`, result]
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', ...item(2, 'Zustimmung: alle Länder'), 'Ablehnung: –',
      'TOP 8 Register', 'Beschluss:', '1. Die Länder bauen ein Register.', 'Der Beschlussvorschlag wird in geänderter Fassung angenommen: In Ziffer 1 wird „2030“ durch „2031“ ersetzt.',
      'Zustimmung: alle Länder', 'Ablehnung: –', 'Stimmenthaltung: –',
      ...item(3, 'Es besteht Einvernehmen.'), ...item(4, 'Der Beschluss wird mit allen Stimmen angenommen.'), ...item(5, 'Ergebnis: Zustimmung (einstimmig)'),
      ...item(6, 'Ergebnis: Zustimmung bei Gegenstimme BY und Enthaltung BW'), 'TOP 7 Verschiedenes', 'Nichts.'])
    expect(['2', '8', '3', '4', '5'].map((n) => r.agenda.find((a) => a.number === n)!.vote?.unanimous)).toEqual([true, true, true, true, true])
    expect(dissent(r, '6')).toEqual(['BW=abstain', 'BY=no'])
  })
})

describe('held-out set 36, "Beschlusstenor:"', () => {
  it('"Beschlusstenor:" heads a decision as "Beschluss:" does', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Offene Daten', 'Die Vorsitzende erläutert den Vorschlag.',
      'Beschlusstenor:', '1.  Die Länder stellen Messdaten bereit.', '2.  Die Daten werden auffindbar.', 'Der Beschluss wird einstimmig gefasst.', 'TOP 3 Verschiedenes', 'Nichts.'])
    expect(r.agenda[1]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die Länder stellen Messdaten bereit.', 'Die Daten werden auffindbar.'])
  })
})

describe('held-out set 26, a guest body\'s name wrapped in its cell', () => {
  it('"Hessischer           Präsident Prof. Dr. Clemens Kaltwasser (zu TOP 5)" / "Verwaltungsgerichtshof": the org whole, not in the name', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => ` ${c}                   ${MINISTERS[i]}`), 'Gäste',
      ' Hessischer           Präsident Prof. Dr. Clemens Kaltwasser (zu TOP 5)', ' Verwaltungsgerichtshof', ' Stiftung Fürst-      Geschäftsführer Dr. Tomasz Krautz (zu TOP 1)',
      ' Pückler-Park Bad', ' Muskau', ...TAIL])
    expect(people(r, 'guest')).toEqual(['Hessischer Verwaltungsgerichtshof Clemens Kaltwasser', 'Stiftung Fürst-Pückler-Park Bad Muskau Tomasz Krautz'])
  })
})

describe('held-out sets 38 and 39, "Beschlussfassung:" as the result\'s label', () => {
  it('"Beschlussfassung: einstimmig", "Beschlussfassung: 13 Ja-Stimmen, 1 Nein-Stimme (BY), 1 Enthaltung (HH)" end the clauses; "Beschlussfassung:" alone heads them', () => {
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Cloud', 'Beschluss:', '1. Die Länder bauen aus.',
      'Beschlussfassung: einstimmig', 'TOP 3 Daten', 'Beschlussfassung:', '1. Die Länder teilen Daten.', 'Beschlussfassung: 14 Ja-Stimmen, 1 Nein-Stimme (BY), 1 Enthaltung (HH)',
      'TOP 4 Verschiedenes', 'Nichts.'])
    expect(r.agenda[1]!.vote!.unanimous).toBe(true)
    expect(r.agenda[1]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die Länder bauen aus.'])
    expect(r.agenda[2]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die Länder teilen Daten.'])
    expect(dissent(r, '3')).toEqual(['BY=no', 'HH=abstain'])
  })
})

describe('held-out sets 35, 37 and 39, more result lines', () => {
  it('"Alle Länder stimmen zu.", "Die Beschlussfassung erfolgt einstimmig.", "Stimmergebnis: 13 – 1 – 1 (Gegenstimme: BY; Enthaltung: SN)"', () => {
    const item = (n: number, result: string) => [`TOP ${n} Punkt ${n}`, 'Beschluss:', `1. Die DMK beschließt Punkt ${n}.`, result]
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', ...item(2, 'Alle Länder stimmen zu.'),
      ...item(3, 'Die Beschlussfassung erfolgt einstimmig.'), ...item(4, 'Stimmergebnis: 14 – 1 – 1 (Gegenstimme: BY; Enthaltung: SN)'), 'TOP 5 Verschiedenes', 'Nichts.'])
    expect(['2', '3'].map((n) => r.agenda.find((a) => a.number === n)!.vote?.unanimous)).toEqual([true, true])
    expect(dissent(r, '4')).toEqual(['BY=no', 'SN=abstain'])
    expect(r.agenda.find((a) => a.number === '4')!.resolution!.clauses.map((c) => c.text)).toEqual(['Die DMK beschließt Punkt 4.'])
  })
})

describe('held-out set 30, a legend of the counts after the result\'s label', () => {
  it('"Ergebnis (J/N/E): 16/0/0 – einstimmig", "Ergebnis (J/N/E): 13/1/2 – N: SL; E: HB, HH"', () => {
    const item = (n: number, result: string) => [`TOP ${n} Punkt ${n}`, 'Beschluss:', `1. Die DMK beschließt Punkt ${n}.`, result]
    const r = record([...HEADER, 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', ...item(2, 'Ergebnis (J/N/E): 16/0/0 – einstimmig'),
      ...item(3, 'Ergebnis (J/N/E): 13/1/2 – N: SL; E: HB, HH'), 'TOP 4 Verschiedenes', 'Nichts.'])
    expect(r.agenda[1]!.vote!.unanimous).toBe(true)
    expect(r.agenda[1]!.resolution!.clauses.map((c) => c.text)).toEqual(['Die DMK beschließt Punkt 2.'])
    expect(dissent(r, '3')).toEqual(['HB=abstain', 'HH=abstain', 'SL=no'])
  })
})

describe('held-out sets 29 and 34, the Bund among the members and as "Bund:"', () => {
  it('"Mitglieder der Digitalminister-" / "konferenz" over the Länder; "Ständiger Gast   Bund: Parlamentarische Staatssekretärin … (BMDS)"', () => {
    const r = record([...HEADER, 'Anwesende', `Mitglieder der Digitalminister- ${LANDS[0]}: ${MINISTERS[0]}`, 'konferenz',
      ...LANDS.slice(1).map((c, i) => `                                ${c}: ${MINISTERS[i + 1]}`),
      'Ständiger Gast                Bund: Parlamentarische Staatssekretärin Greta Voss (BMDS)',
      'Weitere Teilnehmende          HB: Referent Tim Lange', '                              Bund: Referentin Pia Roth (BMDS)', ...TAIL])
    expect(people(r, 'member')).toHaveLength(16)
    expect(people(r, 'member')[0]).toBe('BW Anna Weber')
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Greta Voss'])
    expect(people(r, 'staff')).toEqual(['HB Tim Lange', 'BMDS Pia Roth'])
  })

  it('"Bund   BMDS   Parlamentarischer Staatssekretär …" in the members\' table: the permanent guest, the others of its row its staff', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `                  ${c}       ${MINISTERS[i]}`),
      'Bund              BMDS     Parlamentarischer Staatssekretär Jonas Ebert', 'Begleitung        BMDS     Referentin Pia Roth', ...TAIL])
    expect(people(r, 'member')).toHaveLength(16)
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Jonas Ebert'])
    expect(people(r, 'staff')).toEqual(['BMDS Pia Roth'])
  })
})

describe('held-out sets 24, 31, 38, 39 and 41, a guest body\'s code of two words', () => {
  const members = ['Mitglieder', ...LANDS.map((c, i) => `                  ${c}       ${MINISTERS[i]}`)]
  it('"DRV Bund   Direktorin …", "AIK SH   Jana Brix   Präsidentin …", "OLG Celle Präsident Dr. …", "TH Wildau" under "Gäste"; the code\'s body written out after the person is no guest', () => {
    const r = record([...HEADER, ...members, 'Gäste',
      '                  DRV Bund     Direktorin Dr. Ulla Kamp, Deutsche Rentenversicherung',
      '                               Bund (zu TOP 4)',
      '                  AIK SH       Jana Brix              Präsidentin der Architektenkammer (zu TOP 5)',
      '                  OLG Celle Präsident Dr. Ralf Haas (zu TOP 6)',
      '                  TH Wildau    Präsidentin Prof. Dr. Eva Sand', ...TAIL])
    expect(people(r, 'guest')).toEqual(['DRV Bund Ulla Kamp', 'AIK SH Jana Brix', 'OLG Celle Ralf Haas', 'TH Wildau Eva Sand'])
  })

  it('the code\'s cell wrapped: "OLG   Dr. … " / "Hamm   (zu TOP 4)", "HS Magdeburg-   Präsidentin …" / "Stendal"; pdf.js: "Gast OLG" / "Hamm" / "Dr. …"', () => {
    const layout = record([...HEADER, ...members, 'Gäste',
      '                  OLG          Dr. Ina Tell, Präsidentin des Oberlandesgerichts Hamm',
      '                  Hamm         (zu TOP 4)',
      '                  HS Magdeburg-   Präsidentin Prof. Dr. Rita Kamm (zu TOP 5)',
      '                  Stendal', ...TAIL])
    expect(people(layout, 'guest')).toEqual(['OLG Hamm Ina Tell', 'HS Magdeburg-Stendal Rita Kamm'])
    const pdfjs = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c} ${MINISTERS[i]}`), 'Gast OLG', 'Hamm',
      'Dr. Ina Tell, Präsidentin des Oberlandesgerichts Hamm', '(zu TOP 4)', 'Weitere Teilnehmende BW Referent Tim Lange', ...TAIL])
    expect(people(pdfjs, 'guest')).toEqual(['OLG Hamm Ina Tell'])
    // A column of codes a line each, a body's name among them, is no wrapped cell.
    expect(record([...HEADER, 'Mitglieder', 'Ständiger Gast', 'Gast', 'Begleitung', ...LANDS, 'BMDS', 'Charité', 'BE', ...MINISTERS,
      'Parlamentarischer Staatssekretär Jonas Ebert', 'Prof. Dr. Ina Tell, Charité (zu TOP 4)', 'Referent Tim Lange', ...TAIL])
      .attendees.some((a) => a.org === 'BMDS Charité')).toBe(false)
  })

  it('a code with a dot: "IT.N   Geschäftsführer Dr. …, IT.Niedersachsen (zu TOP 5)", "LKN.SH"', () => {
    const r = record([...HEADER, ...members, 'Gäste', '                  IT.N         Geschäftsführer Dr. Kai Oltmann, IT.Niedersachsen (zu TOP 5)',
      '                  LKN.SH       Direktorin Dr. Imke Rahn (zu TOP 6)', ...TAIL])
    expect(people(r, 'guest')).toEqual(['IT.N Kai Oltmann', 'LKN.SH Imke Rahn'])
  })
})

describe('held-out set 36, "Tagesordnung und Beschlussübersicht" after the attendees', () => {
  it('the table of items and results ends the list; none of its rows are people', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `                  ${c}       ${MINISTERS[i]}`),
      'Weitere Teilnehmende  SN   Referentin Lea Haas', '', 'Tagesordnung und Beschlussübersicht', '  TOP      Gegenstand                          Ergebnis',
      '    1      Eröffnung                           festgestellt', '    2      Verschiedenes                       –', ...TAIL])
    expect(people(r, 'staff')).toEqual(['SN Lea Haas'])
  })
})

describe('held-out sets 39, 40 and 41, names and offices', () => {
  it('"Dr. Arne Voss MdB" without a comma; a judge\'s and a prosecutor\'s rank as the office', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `                  ${c}       ${MINISTERS[i]}`),
      'Ständiger Gast    BMDS     Parlamentarischer Staatssekretär Dr. Arne Voss MdB',
      'Gast              ZCB      Leitender Oberstaatsanwalt Dr. Georg Pfaff (zu TOP 5)',
      'Weitere           NW       Richter am Landgericht Dr. Tom Wiens (Protokoll)', 'Teilnehmende', ...TAIL])
    expect(roster(r).filter((a) => a[0] !== 'member')).toEqual([['permanent_guest', 'BMDS', 'Arne Voss', 'Parlamentarischer Staatssekretär', false],
      ['guest', 'ZCB', 'Georg Pfaff', 'Leitender Oberstaatsanwalt', false], ['staff', 'NW', 'Tom Wiens', 'Richter am Landgericht', false]])
  })
})

describe('held-out set 41, labels under "Weitere Teilnehmende" and the chair\'s office by its code', () => {
  it('"Weitere Teilnehmende" over "Ständiger Gast", "Gäste" (a body\'s name wrapped before its code), "Geschäftsstelle" with "(BJV)" of the chair\'s field', () => {
    const r = record(['Protokoll der 9. Sitzung der Digitalministerkonferenz', 'Datum:                 14. März 2030', 'Ort:                    Rathaus, Hamburg',
      'Vorsitz:               Staatsrat Dr. Jan Meyer (BJV)', 'Niederschrift:         Regierungsdirektorin Ida Stein (BJV)', '',
      'Stimmberechtigte Mitglieder', ...LANDS.map((c, i) => `${c.padEnd(36)}${i === 5 ? 'Staatsrat Dr. Jan Meyer (Vorsitz)' : MINISTERS[i]}`), '',
      'Weitere Teilnehmende', 'Ständiger Gast                      Parlamentarischer Staatssekretär Dr. Arne Voss (BMDS)',
      'Gäste                               Dr. Kira Wede, Vorständin der Verbraucherzentrale', '                                    Hamburg (VZHH), zu TOP 4',
      '                                    Präsident Dr. Yves Ehl (FITKO), zu TOP 8',
      'Geschäftsstelle                     Regierungsdirektorin Ida Stein (BJV), Niederschrift', '                                    Oberregierungsrat Jonas Wiek (BJV)', ...TAIL])
    expect(people(r, 'member')).toHaveLength(16)
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Arne Voss'])
    expect(people(r, 'guest')).toEqual(['VZHH Kira Wede', 'FITKO Yves Ehl'])
    expect(people(r, 'staff')).toEqual(['HH Ida Stein', 'HH Jonas Wiek'])
  })
})

describe('held-out set 38, a guest\'s body wrapped after its first word, read column by column', () => {
  it('"Vizepräsidentin Prof. Dr. … , Stiftung" / "Preußischer Kulturbesitz (zu TOP 6)": one row, the codes stay in step', () => {
    const r = record([...HEADER, 'Mitglieder', 'Gast', 'Begleitung', ...LANDS, 'SPK', 'BE', ...MINISTERS,
      'Vizepräsidentin Prof. Dr. Katrin Lemm, Stiftung', 'Preußischer Kulturbesitz (zu TOP 6)', 'Referentin Lea Fuchs', ...TAIL])
    expect(people(r, 'guest')).toEqual(['SPK Katrin Lemm'])
    expect(people(r, 'staff')).toEqual(['BE Lea Fuchs'])
  })
})

describe('held-out sets 43 and 44, more forms of the list of those present', () => {
  it('"Teilnehmer*innen" / "Vertreter*innen der Länder (stimmberechtigt)", "Weitere Teilnehmer*innen"', () => {
    const r = record([...HEADER, 'Teilnehmer*innen', ` Vertreter*innen der Länder             ${LANDS[0]}         ${MINISTERS[0]}`,
      ' (stimmberechtigt)', ...LANDS.slice(1).map((c, i) => `                                        ${c}         ${MINISTERS[i + 1]}`),
      ' Weitere Teilnehmer*innen               HB         Referentin Imke Stein (Protokoll)', ...TAIL])
    expect(people(r, 'member')).toHaveLength(16)
    expect(people(r, 'staff')).toEqual(['HB Imke Stein'])
  })

  it('the Länder in running text: "Für die Länder: Baden-Württemberg (Staatssekretärin …), Bayern (Staatsse-" / "kretär …), …"', () => {
    const entries = LANDS.map((c, i) => c === 'NI' ? 'Niedersachsen (nicht vertreten)' : `${LAND_NAMES[i]} (${MINISTERS[i]}${i === 2 ? ', Vorsitz' : ''})`)
    const text = `Für die Länder: ${entries.join(', ')}.`
    // Broken into lines of about 90 characters, as a paragraph is.
    const lines: string[] = []
    let line = ''
    for (const word of text.split(' ')) {
      if (line && line.length + word.length > 88) { lines.push(line); line = word } else line = line ? `${line} ${word}` : word
    }
    lines.push(line)
    const r = record([...HEADER, 'Teilnehmende', ...lines, 'Für den Bund (Ständiger Gast): Parlamentarische Staatssekretärin Dr. Lea Hahn', '(BMDS)',
      'Weitere Teilnehmende: Referentin Ida Lange (BE)', '', ...TAIL])
    expect(people(r, 'member')).toEqual(LANDS.filter((c) => c !== 'NI').map((c) => `${c} ${parsePerson(MINISTERS[LANDS.indexOf(c)]!).name}`))
    expect(r.absent.map((a) => a.org)).toEqual(['NI'])
    expect(r.attendees.find((a) => a.chair)?.org).toBe('BE')
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Lea Hahn'])
    // Not a person's Land and a remark in a list of people: "…, Ministerialdirektorin, Bayern (in Vertretung von …)".
    const bullets = record([...HEADER, 'Stimmberechtigte Mitglieder', ...LAND_NAMES.slice(0, 5).map((l, i) =>
      `• ${parsePerson(MINISTERS[i]!).name}, Ministerialdirektorin, ${l} (in Vertretung von Minister Karl Roth)`), ...TAIL])
    expect(people(bullets, 'member')).toEqual(['BW Anna Weber', 'BY Paul Huber', 'BE Eva Lindner', 'BB Tom Brandt', 'HB Jan Meyer'])
  })

  it('offices in short forms with the feminine glued on ("StSin", "StRin", "MRin", "Parl. StS"); "Bund" codes among the guests\' (pdf.js)', () => {
    const r = record([...HEADER, 'Teilnehmer', 'Länder', 'Bund', 'Gäste', ...LANDS, 'BMDS', 'LfL', ...LANDS.map((_, i) => (i % 2 ? 'StS Dr. ' : 'StSin Dr. ') + parsePerson(MINISTERS[i]!).name),
      'Parl. StS Jonas Ebert', 'Präsident Dr. Lutz Wagner (zu TOP 5)', ...TAIL])
    expect(people(r, 'member')).toEqual(EVERY_MEMBER)
    expect(roster(r).find((a) => a[2] === 'Anna Weber')?.[3]).toBe('StSin')
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Jonas Ebert'])
    expect(people(r, 'guest')).toEqual(['LfL Lutz Wagner'])
  })
})

describe('held-out set 44, clauses numbered "1.)"', () => {
  it('"Die DMK möge beschließen:" / "1.)     Die DMK begrüßt …" / "2.)     … gebeten," / "a) …"', () => {
    const r = record([...OPENING,
      'TOP 2 Pilotvorhaben', 'Beschluss:', '1.)     Die DMK begrüßt das Pilotvorhaben.', '2.)     Baden-Württemberg und Bayern werden gebeten,',
      '        a) das Vorhaben auszudehnen und', '        b) zu berichten.', '3.) Die Kosten tragen die beteiligten Länder.', 'Einstimmig angenommen.'])
    const clauses = r.agenda.find((a) => a.number === '2')!.resolution!.clauses
    expect(clauses.map((c) => [c.number, c.items.map((it) => it.label)])).toEqual([['1', []], ['2', ['a', 'b']], ['3', []]])
  })
})

describe('held-out set 45, an "Ergebnisvermerk" in Roman parts', () => {
  it('"Vermerk:" names who wrote it; "II. Tagesordnung" ends the list of those present', () => {
    const r = record(['Ergebnisvermerk über die 9. Sitzung der Digitalministerkonferenz', 'Sitzungsort:    Rathaus, Emden', 'Sitzungsbeginn: 10:00 Uhr',
      'Vorsitz:        Staatssekretär Jan Sielke (NI)', 'Vermerk:        Oberregierungsrätin Wiebke Abt (MVHD)', '', 'I. Teilnehmende',
      ...LANDS.map((c, i) => `${i === 0 ? 'Mitglieder der DMK' : ' '.repeat(18)}   ${c}   ${i === 8 ? 'Staatssekretär Jan Sielke (Vorsitz)' : MINISTERS[i]}`),
      'Weitere Teilnehmende   NI   Oberregierungsrätin Wiebke Abt (Vermerk)', '', 'II. Tagesordnung', 'TOP   Gegenstand                    Art der Behandlung',
      '1     Begrüßung                     Feststellung', '2     Verschiedenes                 –', ...TAIL])
    expect(r.meeting!.minutes.map((p) => `${p.org} ${p.name}`)).toEqual(['NI Wiebke Abt'])
    expect(people(r, 'staff')).toEqual(['NI Wiebke Abt'])
  })

  it('plain pdftotext: the label column amid the codes ("BW" … "SL" / "Ständiger Gast" / "Gast" / "Weitere Teilnehmende" / "SN" …), then every name', () => {
    const names = MINISTERS.map((m, i) => (i === 11 ? 'entschuldigt (Stimmrecht auf Rheinland-Pfalz' : m))
    names.splice(12, 0, 'übertragen)')
    names[10] = 'Minister Max Becker, zugleich für'
    names.splice(11, 0, 'das Saarland')
    const r = record([...HEADER, 'I. Teilnehmende', 'Mitglieder der DMK', '', ...LANDS.slice(0, 12), '', 'Ständiger Gast', 'Gast', 'Weitere Teilnehmende', '',
      ...LANDS.slice(12), 'BMDS', 'NPorts', 'NI', '', ...names, 'Parlamentarische Staatssekretärin Dr. Lea Hahn',
      'Geschäftsführer Dr. Enno Wilt, Niedersachsen Ports', 'GmbH & Co. KG (zu TOP 4)', 'Referent Tim Lange', '', ...TAIL])
    expect(people(r, 'member')).toEqual(LANDS.filter((c) => c !== 'SL').map((c) => `${c} ${parsePerson(MINISTERS[LANDS.indexOf(c)]!).name}`))
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Lea Hahn'])
    expect(people(r, 'guest')).toEqual(['NPorts Enno Wilt'])
    expect(people(r, 'staff')).toEqual(['NI Tim Lange'])
  })
})

describe('held-out set 43, "Beschlussantrag:"', () => {
  it('heads the clauses as "Beschlussvorschlag:" does; "Beratungsergebnis: Der Beschlussantrag wird bei Gegenstimme Bayerns … angenommen."', () => {
    const r = record([...OPENING,
      'TOP 2 KI-Leitlinien', 'Staatssekretär Jan Volk (HE) berichtet über die Leitlinien.', 'Beschlussantrag:', '1. Die DMK beschließt die Leitlinien.',
      '2. Die Länder wenden die Leitlinien ab dem 1. Januar an.', 'Beratungsergebnis: Der Beschlussantrag wird bei Gegenstimme Bayerns und Enthaltung',
      'Sachsens angenommen.'])
    const item = r.agenda.find((a) => a.number === '2')!
    expect(item.resolution!.clauses.map((c) => c.number)).toEqual(['1', '2'])
    expect(item.vote!.outcome).toBe('adopted')
    expect(dissent(r, '2')).toEqual(['BY=no', 'SN=abstain'])
  })
})

describe('held-out sets 47 and 48, labels and tables side by side', () => {
  it('"Teilnehmerkreis" / "Vertreterinnen und Vertreter" / "der Länder" beside "Staatssekretär …, Baden-Württemberg"', () => {
    const r = record([...HEADER, '', 'Teilnehmerkreis', ...LAND_NAMES.map((n, i) => `${['Vertreterinnen und Vertreter', 'der Länder'][i] ?? ''}`.padEnd(35) + `${MINISTERS[i]}, ${n}`),
      'Weitere Teilnehmende               Referent Tim Lange, Bremen', ...TAIL])
    expect(people(r, 'member')).toEqual(EVERY_MEMBER)
    expect(people(r, 'staff')).toEqual(['HB Tim Lange'])
  })

  it('"Land   Mitglied   Land   Mitglied" with names wrapping in their cells and "Mecklenburg-" / "Vorpommern" (pdftotext -layout)', () => {
    const names = LAND_NAMES.map((n) => (n === 'Mecklenburg-Vorpommern' ? 'Mecklenburg-' : n))
    const rows: string[] = ['Land                   Mitglied                             Land                     Mitglied']
    for (let i = 0; i < 8; i++) {
      const [lt, ...lr] = MINISTERS[i]!.split(' ')
      const [rt, ...rr] = MINISTERS[i + 8]!.split(' ')
      rows.push(`${names[i]!.padEnd(23)}${`${lt} ${lr.slice(0, -1).join(' ')}`.padEnd(37)}${names[i + 8]!.padEnd(25)}${rt} ${rr.slice(0, -1).join(' ')}`)
      rows.push(`${(i === 7 ? 'Vorpommern' : '').padEnd(23)}${lr.at(-1)!.padEnd(62)}${rr.at(-1)}`)
    }
    const r = record([...HEADER, 'Teilnehmende', ...rows, '', 'Bund: Ministerialdirektorin Dr. Ina Asbeck (BMDS)', ...TAIL])
    expect(people(r, 'member')).toEqual(EVERY_MEMBER)
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Ina Asbeck'])
  })
})

describe('held-out sets 49 and 50, a group of Länder, an excused Land, a remark on a label', () => {
  it('"Die Stadtstaaten geben folgende Protokollerklärung ab: „…“": Berlin\'s, Bremen\'s and Hamburg\'s', () => {
    const r = record([...OPENING,
      'TOP 2 Betriebskosten', 'Der Beschluss wird einstimmig gefasst.', 'Die Stadtstaaten geben folgende Protokollerklärung ab: „Die Stadtstaaten nehmen',
      'zugleich die Aufgaben der Kommunen wahr.“'])
    expect(r.agenda.find((a) => a.number === '2')!.notes!.map((n) => n.org)).toEqual(['BE', 'HB', 'HH'])
  })

  it('"Thüringen – entschuldigt, keine Stimmrechtsübertragung" is absent; "entschuldigt (schriftliches Votum zu TOP 5)" and a transfer are not', () => {
    const rows = (last: string) => record([...HEADER, 'Mitglieder', ...LANDS.slice(0, 15).map((c, i) => `${c}  ${MINISTERS[i]}`), last, ...TAIL]).absent.map((a) => a.org)
    expect(rows('Thüringen – entschuldigt, keine Stimmrechtsübertragung')).toEqual(['TH'])
    expect(rows('TH  entschuldigt (schriftliches Votum zu TOP 5)')).toEqual([])
    expect(rows('Thüringen – entschuldigt; Stimmrecht auf Sachsen übertragen')).toEqual([])
  })

  it('"Gäste (zeitweise)" among the labels read column by column (pdf.js), and before its cells (pdftotext -layout)', () => {
    const pdfjs = record([...HEADER, 'Anwesenheit', 'Mitglieder der DMK', 'Ständiger Gast', 'Gäste (zeitweise)', 'Weitere Anwesende', ...LANDS, 'BMDS', 'VCL', 'TH',
      ...MINISTERS, 'Parlamentarische Staatssekretärin Dr. Ronja Kiel', 'Vorständin Dr. Theda Hüls (TOP 4)', 'Referatsleiterin Dr. Sabine Wohl', ...TAIL])
    expect(people(pdfjs, 'member')).toHaveLength(16)
    expect(people(pdfjs, 'guest')).toEqual(['VCL Theda Hüls'])
    expect(people(pdfjs, 'staff')).toEqual(['TH Sabine Wohl'])
    const layout = record([...HEADER, 'Anwesenheit', ...LANDS.map((c, i) => `${i ? '' : 'Mitglieder der DMK'}`.padEnd(30) + `${c}         ${MINISTERS[i]}`),
      'Gäste (zeitweise)             VCL        Vorständin Dr. Theda Hüls, Verwaltungscloud der Länder', '                                         AöR (TOP 4)', ...TAIL])
    expect(people(layout, 'guest')).toEqual(['VCL Theda Hüls'])
  })
})

describe('held-out set 42, a reference to an item in the sentence that opens a line', () => {
  it('"TOP 8 „Open-Data-Portal der Länder: …“ entfällt; Bremen hat den" is prose, not the only head among "1." … "9."', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), '', 'Tagesordnung', '1.   Eröffnung', '2.   Open-Data-Portal (HB)',
      '3.   Verschiedenes', '', '1. Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 „Open-Data-Portal“ entfällt; Bremen hat den',
      'Beschlussvorschlag zurückgezogen.', '2. Open-Data-Portal (HB)', 'Der Tagesordnungspunkt entfällt.', '3. Verschiedenes', 'Es gibt keine Wortmeldungen.'])
    expect(r.agenda.map((a) => a.number)).toEqual(['1', '2', '3'])
  })
})

describe('held-out sets 41, 49 and 50, results said otherwise under the clauses', () => {
  const protocol = (line: string) => record([...OPENING,
    'TOP 2 Mindeststandards', 'Beschluss:', '1. Die DMK beschließt die Mindeststandards.', '2. Die Länder wenden sie ab dem 1. Juli an.', line])
  const vote = (line: string) => protocol(line).agenda.find((a) => a.number === '2')!
  it('"Dem Beschlussvorschlag wird einvernehmlich zugestimmt.", "… konsensual gefasst.", "… ohne Gegenstimme und ohne Enthaltung angenommen.": unanimous', () => {
    for (const line of ['Dem Beschlussvorschlag wird einvernehmlich zugestimmt.', 'Der Beschluss wird konsensual gefasst.',
      'Der Beschlussvorschlag wird ohne Gegenstimme und ohne Enthaltung angenommen.']) {
      const item = vote(line)
      expect([item.vote?.outcome, item.vote?.unanimous, item.resolution?.clauses.length]).toEqual(['adopted', true, 2])
    }
  })
  it('"Der Vorsitzende stellt das Abstimmungsergebnis fest: 14 Ja-Stimmen, 1 Gegenstimme (Bayern), 1 Enthaltung (Sachsen)." ends the clauses', () => {
    const r = protocol('Der Vorsitzende stellt das Abstimmungsergebnis fest: 14 Ja-Stimmen, 1 Gegenstimme (Bayern), 1 Enthaltung (Sachsen).')
    expect(r.agenda.find((a) => a.number === '2')!.resolution!.clauses.at(-1)!.text).toBe('Die Länder wenden sie ab dem 1. Juli an.')
    expect(dissent(r, '2')).toEqual(['BY=no', 'SN=abstain'])
  })
})

describe('held-out set 54, sub-items headed "Zu 5.1 …" without a mark after the number', () => {
  it('"Zu 5. Arbeitsgruppen der DMK" / "Zu 5.1 AG Cloud-Infrastruktur: … (NW)" / "Zu 5.2 AG Open Source: … (SH)"', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), '', 'Zu 1. Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.',
      'Zu 2. Arbeitsgruppen der DMK', 'Zu 2.1 AG Cloud-Infrastruktur: Verlängerung des Mandats (NW)', 'Das Mandat wird einstimmig verlängert.',
      'Zu 2.2 AG Open Source: Abschlussbericht (SH)', 'Die DMK nimmt den Bericht zur Kenntnis.', 'Zu 3. Verschiedenes', 'Es gibt keine Wortmeldungen.'])
    expect(r.agenda.map((a) => [a.number, a.parent, a.sponsors.map((s) => s.org)])).toEqual([['1', null, []], ['2', null, []], ['2.1', '2', ['NW']], ['2.2', '2', ['SH']], ['3', null, []]])
  })
})

describe('tallies with one abstention, and abstentions told in a note', () => {
  const protocol = (...lines: string[]) => record([...OPENING,
    'TOP 2 Meldeplattform', 'Beschluss:', '1. Die DMK billigt das Umsetzungskonzept.', '2. Der Betrieb wird einem Dienstleister übertragen.', ...lines])
  const vote = (r: Extraction) => r.agenda.find((a) => a.number === '2')!.vote!
  it('"mit 15 Ja-Stimmen bei 1 Enthaltung": one abstention, so not unanimous and, with nobody named, no positions', () => {
    for (const line of ['Der Beschluss wird mit 15 Ja-Stimmen bei 1 Enthaltung angenommen.', 'Ergebnis: 14 Ja-Stimmen, 1 Stimmenthaltung, 1 Nein-Stimme.']) {
      const v = vote(protocol(line))
      expect([v.outcome, v.unanimous, v.positions]).toEqual(['adopted', false, null])
    }
  })
  it('"2 Stimmenthaltungen (BW, NI)", "Stimmenthaltungen: 2 (HB, ST)": abstentions, not yes votes', () => {
    expect(dissent(protocol('Der Beschlussvorschlag wird mit 11 Ja-Stimmen, 3 Nein-Stimmen (BY, SN, TH) und 2 Stimmenthaltungen (BW, NI) angenommen.'), '2'))
      .toEqual(['BW=abstain', 'BY=no', 'NI=abstain', 'SN=no', 'TH=no'])
    expect(dissent(protocol('Abstimmungsergebnis: Ja: 14; Nein: 0; Stimmenthaltungen: 2 (HB, ST). Der Beschluss ist angenommen.'), '2'))
      .toEqual(['HB=abstain', 'ST=abstain'])
  })
  it('"… bei einer Enthaltung angenommen." / "Bayern erklärt hierzu zu Protokoll: „Bayern hat sich der Stimme enthalten, …“"', () => {
    const r = protocol('Der Beschluss wird mit 15 Ja-Stimmen bei einer Enthaltung angenommen.',
      'Das bayerische Staatsministerium erklärt hierzu zu Protokoll: „Bayern hat sich der Stimme enthalten, weil es eine eigene Plattform betreibt.“')
    expect(dissent(r, '2')).toEqual(['BY=abstain'])
    // A note that names more Länder than the tally leaves open decides nothing.
    const two = protocol('Der Beschluss wird mit 15 Ja-Stimmen bei einer Enthaltung angenommen.',
      'Hessen erklärt zu Protokoll: „Bayern und Sachsen haben sich der Stimme enthalten.“')
    expect(vote(two).positions).toBeNull()
  })
})

describe('name-first rows under a "Länder" label on the same line (pdftotext -raw, pdf.js)', () => {
  const ROWS = LAND_NAMES.map((land, i) => `${parsePerson(MINISTERS[i]!).name}, ${parsePerson(MINISTERS[i]!).title}, ${land}${land === 'Sachsen' ? ' – Vorsitz' : ''}`)
  it('"Länder Dr. Matthias Stooß, Staatssekretär, Baden-Württemberg" opens the members; "…, Sachsen – Vorsitz" is the chair', () => {
    const r = record([...HEADER, 'Teilnehmende', `Länder ${ROWS[0]}`, ...ROWS.slice(1), 'Gast Dr. Sophie Ziesemer, Abteilungsleiterin, Bundesnetzagentur (BNetzA)', ...TAIL])
    expect(people(r, 'member')).toEqual(EVERY_MEMBER)
    expect(r.attendees.filter((a) => a.chair).map((a) => a.org)).toEqual(['SN'])
    expect(people(r, 'guest')).toEqual(['BNetzA Sophie Ziesemer'])
  })
})

describe('"Die Länder kommen überein:" before the clauses', () => {
  it('is the decision, adopted', () => {
    const r = record([...OPENING, 'TOP 2 Lagebild Desinformation', 'Ergebnis:', 'Die Länder kommen überein:',
      '1. Die Länder erstellen ein halbjährliches Lagebild.', '2. Hessen wird gebeten, Meldewege vorzuschlagen.', 'TOP 3 Verschiedenes', 'Nichts.'])
    const item = r.agenda.find((a) => a.number === '2')!
    expect([item.vote?.outcome, item.resolution?.preamble, item.resolution?.clauses.length]).toEqual(['adopted', 'Die Länder kommen überein:', 2])
  })
})

describe('held-out sets 55–57: column-wise labels, table-shaped tallies, lead-ins that run into "Beschluss:", attachment tables', () => {
  const CODES = ['BMDS', 'BSI', 'BE', 'BE']
  const OTHERS = ['Parlamentarischer Staatssekretär Malte Riedesel', 'Vizepräsidentin Dr. Henrike Osterloh (zu TOP 2)', 'Referentin Dr. Hatice Demirci', 'Regierungsrat Malik Berisha']
  it('"Anwesend" alone, then "Länder" / "Bund (Ständige Gäste)" / "Geschäftsstelle", every code, every name (pdftotext -raw, plain)', () => {
    const r = record([...HEADER, 'Anwesend', 'Länder', 'Bund (Ständige Gäste)', 'Geschäftsstelle', ...LANDS, ...CODES, ...MINISTERS, ...OTHERS, ...TAIL])
    expect(people(r, 'member')).toEqual(EVERY_MEMBER)
    expect(people(r, 'permanent_guest')).toEqual(['BMDS Malte Riedesel', 'BSI Henrike Osterloh'])
    expect(people(r, 'staff')).toEqual(['BE Hatice Demirci', 'BE Malik Berisha'])
  })
  it('"Bund (beratend)" and "Ständige Gäste (ohne Stimmrecht)" label the permanent guests there too', () => {
    for (const label of ['Bund (beratend)', 'Ständige Gäste (ohne Stimmrecht)']) {
      const r = record([...HEADER, 'Anwesend', 'Länder', label, 'Geschäftsstelle', ...LANDS, ...CODES, ...MINISTERS, ...OTHERS, ...TAIL])
      expect([people(r, 'permanent_guest'), people(r, 'staff')]).toEqual([['BMDS Malte Riedesel', 'BSI Henrike Osterloh'], ['BE Hatice Demirci', 'BE Malik Berisha']])
    }
  })
  it('"Nach kurzer Aussprache fasst die DMK folgenden" / "Beschluss:" / "1. …": the clauses are read', () => {
    const r = record([...OPENING, 'TOP 2 Rahmenvertrag', 'Der Entwurf liegt als Anlage 1 vor. Nach kurzer', 'Aussprache fasst die DMK folgenden', 'Beschluss:',
      '1. Die DMK billigt den Entwurf des Rahmenvertrags.', '2. Nordrhein-Westfalen richtet eine Geschäftsstelle ein.', 'Der Beschluss wird einstimmig gefasst.', 'TOP 3 Verschiedenes', 'Nichts.'])
    const item = r.agenda.find((a) => a.number === '2')!
    expect([item.resolution?.clauses.map((c) => c.number), item.vote?.outcome, item.vote?.unanimous, item.vote?.debate]).toEqual([['1', '2'], 'adopted', true, true])
  })
  it('"Abstimmung:" / "Zustimmung   Ablehnung   Enthaltung   nicht anwesend" / "12   1 (HE)   2 (BY, SN)   1 (SL)": each head with its count', () => {
    const protocol = (...lines: string[]) => record([...OPENING, 'TOP 2 Förderaufruf', 'Beschluss:', '1. Die DMK unterstützt den Förderaufruf.', ...lines, 'TOP 3 Verschiedenes', 'Nichts.'])
    expect(dissent(protocol('Abstimmung:', 'Zustimmung                 Ablehnung                  Enthaltung', '      15                        –                          1 (BY)'), '2'))
      .toEqual(['BY=abstain'])
    expect(dissent(protocol('Abstimmung:', 'Zustimmung Ablehnung Enthaltung nicht anwesend', '12 1 (HE) 2 (BY, SN) 1 (SL)'), '2'))
      .toEqual(['BY=abstain', 'HE=no', 'SL=absent', 'SN=abstain'])
    expect(dissent(protocol('Ergebnis der Abstimmung:', 'Ja 12', 'Nein 1 (BY)', 'Enthaltung 2 (HE, NI)', 'nicht anwesend 1 (SL)'), '2'))
      .toEqual(['BY=no', 'HE=abstain', 'NI=abstain', 'SL=absent'])
    // The Länder under each count ("13   1   2" / "BW, BE, …, TH   BY   SN, ST", read by another rule): not "Enthaltung 2 BW, BE, …".
    const listed = protocol('', 'Abstimmung:', 'Ja Nein Enthaltung', '13 1 2', 'BW, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SH, TH BY SN, ST')
    expect(listed.agenda.find((a) => a.number === '2')!.vote?.positions?.BW).not.toBe('abstain')
  })
  it('"Anlage   Bezeichnung   zu TOP" over "1   Entwurf …   4": a table of the attachments, the column of items no part of the titles', () => {
    const closing = ['', 'Mainz, den 2. Juni 2173', 'für das Protokoll: Lisa Marbacher']
    const layout = record([...OPENING, 'TOP 2 Open Source', 'Schleswig-Holstein stellt den Entwurf vor (Anlage 1).', '',
      'Anlage         Bezeichnung                                              zu TOP', '1              Entwurf einer Open-Source-Strategie der Länder           2',
      '2              Sachstandsbericht der AG Registermodernisierung          2', ...closing])
    // plain pdftotext: each cell a paragraph of its own, the numbers alone between blank lines like a page's.
    const plain = record([...OPENING, 'TOP 2 Open Source', 'Schleswig-Holstein stellt den Entwurf vor (Anlage 1).', '',
      ...['Anlage', 'Bezeichnung', 'zu TOP', '1', 'Entwurf einer Open-Source-Strategie der Länder', '2', '2', 'Sachstandsbericht der AG Registermodernisierung', '2'].flatMap((l) => [l, '']), ...closing])
    for (const r of [layout, plain]) {
      expect(r.attachments.map((a) => `${a.number} ${a.title}`)).toEqual(['1 Entwurf einer Open-Source-Strategie der Länder', '2 Sachstandsbericht der AG Registermodernisierung'])
    }
  })
})

describe('held-out sets 58–61: result lines and labels', () => {
  const protocol = (...lines: string[]) => record([...OPENING, 'TOP 2 Geodaten', 'Die DMK beschließt:', '1. Die Länder stellen ihre Geodaten bereit.',
    '2. Die Länder berichten in der 321. Sitzung.', ...lines, 'TOP 3 Verschiedenes', 'Nichts.'])
  const vote = (r: Extraction) => r.agenda.find((a) => a.number === '2')!.vote!
  it('"Zustimmung: einstimmig" under the clauses: unanimous', () => {
    expect([vote(protocol('Zustimmung: einstimmig')).unanimous, dissent(protocol('Zustimmung: einstimmig'), '2')]).toEqual([true, []])
  })
  it('"Ablehnende Stimmen: Bayern" / "Stimmenthaltungen: Sachsen, Thüringen"', () => {
    expect(dissent(protocol('Ablehnende Stimmen: Bayern', 'Stimmenthaltungen: Sachsen, Thüringen'), '2')).toEqual(['BY=no', 'SN=abstain', 'TH=abstain'])
  })
  it('"Die Länder kommen überein, den Tagesordnungspunkt in der 319. Sitzung erneut zu beraten.": deferred, no decision', () => {
    const r = record([...OPENING, 'TOP 2 Barrierefreiheit (SH)', 'Schleswig-Holstein erläutert den Beschlussvorschlag. Die Länder kommen überein, den',
      'Tagesordnungspunkt in der 319. Sitzung erneut zu beraten.', 'TOP 3 Verschiedenes', 'Nichts.'])
    expect(r.agenda.find((a) => a.number === '2')!.vote?.outcome).toBe('deferred')
  })
  it('"Bund (Ständiger" / "Gast)" wrapped in its cell; "Abteilungsleiter Henrik Vollmers – BSI": the body\'s code after a dash', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `                            ${c}   ${MINISTERS[i]}`),
      ' Bund (Ständiger            BMDS       Parlamentarische Staatssekretärin Dr. Svenja', ' Gast)                                 Holtkamp',
      ' Gast zu TOP 5                         Abteilungsleiter Henrik Vollmers – BSI', ...TAIL])
    expect([people(r, 'member').length, people(r, 'permanent_guest'), people(r, 'guest')]).toEqual([16, ['BMDS Svenja Holtkamp'], ['BSI Henrik Vollmers']])
  })
  it('"DMK-Mitglieder" / "(stimmberechtigt)" over the members\' rows', () => {
    const r = record([...HEADER, `DMK-Mitglieder      ${LANDS[0]}   ${MINISTERS[0]}`, '(stimmberechtigt)', ...LANDS.slice(1).map((c, i) => `                    ${c}   ${MINISTERS[i + 1]}`), ...TAIL])
    expect(people(r, 'member')).toEqual(EVERY_MEMBER)
  })
})

describe('held-out set 62: what was done before a decision is no part of its preamble', () => {
  const item = (...lines: string[]) => record([...OPENING, 'TOP 2 Förderplattform (BE, BB)', ...lines,
    '1. Die DMK billigt den Entwurf der Verwaltungsvereinbarung.', '2. Die Länder werden gebeten, sie zu zeichnen.', 'Einstimmig angenommen.',
    'TOP 3 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === '2')!
  it('"Berlin und Brandenburg legen den in der 329. Sitzung erbetenen Entwurf vor. Die DMK fasst folgenden Beschluss:"', () => {
    expect(item('Berlin und Brandenburg legen den in der 329. Sitzung erbetenen Entwurf vor. Die', 'DMK fasst folgenden Beschluss:').resolution?.preamble)
      .toBe('Die DMK fasst folgenden Beschluss:')
    // A reason stays: "… ist erneut gestiegen. Vor diesem Hintergrund fasst die DMK folgenden Beschluss:".
    expect(item('Die Zahl der Vorfälle ist erneut gestiegen. Vor diesem Hintergrund fasst die DMK', 'folgenden Beschluss:').resolution?.preamble)
      .toBe('Die Zahl der Vorfälle ist erneut gestiegen. Vor diesem Hintergrund fasst die DMK folgenden Beschluss:')
  })
  it('"Hessen legt folgenden Beschlussvorschlag vor:" over the clauses: they are read, with no preamble', () => {
    const r = item('Dr. Arne Bruns (KoSIT) erläutert den Stand. Hessen legt', 'folgenden Beschlussvorschlag vor:')
    expect([r.resolution?.clauses.length, r.resolution?.preamble, r.vote?.outcome]).toEqual([2, null, 'adopted'])
  })
})

describe('held-out set 63: results said otherwise, a footnote under an attachment list', () => {
  const vote = (...lines: string[]) => record([...OPENING, 'TOP 2 Monitoring (BB)', 'Beschlussvorschlag:', '1. Die Länder melden ihre Daten.', ...lines,
    'TOP 3 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === '2')!.vote!
  it('"Der Antrag erhält die erforderliche Mehrheit nicht (7:8:1).": rejected, not unanimous', () => {
    const v = vote('Der Antrag erhält die erforderliche Mehrheit nicht (7:8:1).')
    expect([v.outcome, v.unanimous, v.positions]).toEqual(['rejected', false, null])
  })
  it('"Stimmergebnis: 13 dafür, 2 dagegen (BY, SN), 1 Enthaltung (TH)": each count with its Länder; an abstention alone decides no outcome', () => {
    const v = vote('Stimmergebnis: 13 dafür, 2 dagegen (BY, SN), 1 Enthaltung (TH)')
    expect([v.outcome, Object.entries(v.positions ?? {}).filter(([, p]) => p !== 'yes')]).toEqual(['adopted', [['BY', 'no'], ['SN', 'no'], ['TH', 'abstain']]])
    expect(vote('Bei 1 Enthaltung (TH) im Übrigen Zustimmung.').outcome).toBe('adopted')
  })
  it('"Der Vorsitzende stellt Einvernehmen fest.": adopted, unanimous', () => {
    const v = vote('Der Vorsitzende stellt Einvernehmen fest.')
    expect([v.outcome, v.unanimous]).toEqual(['adopted', true])
  })
  it('"Anlage" / "1     Vorlage …" above the footnote "1" / "Der Tagungsort wird …": the row is an attachment, the lower one the note', () => {
    const r = record([...OPENING, 'TOP 2 Verschiedenes', 'Die 336. Sitzung findet am 17. November 2191 in Hamburg statt. 1', '', 'Bremen, 26. Mai 2191',
      'Friederike Meyerdierks', '', 'Anlage', '1     Vorlage Brandenburgs „Gemeinsames Monitoring Glasfaserausbau“', '', '', '', '', '1',
      '     Der Tagungsort wird von der Freien und Hansestadt Hamburg rechtzeitig mitgeteilt.', '', '', '3/3'])
    expect(r.attachments.map((a) => `${a.number} ${a.title}`)).toEqual(['1 Vorlage Brandenburgs „Gemeinsames Monitoring Glasfaserausbau“'])
  })
})

describe('held-out sets 64–65: "Beschluss in der geänderten Fassung:"', () => {
  it('heads the clauses after the amendment was told', () => {
    const r = record([...OPENING, 'TOP 2 Offene Standards', 'Auf Vorschlag Bayerns wird Ziffer 2 wie folgt neu gefasst: „Die Länder berücksichtigen offene Standards.“',
      'Beschluss in der geänderten Fassung:', '1. Die DMK dankt für die Studie.', '2. Die Länder berücksichtigen offene Standards.', 'Der Beschluss wird mit großer Mehrheit angenommen.',
      'TOP 3 Verschiedenes', 'Nichts.'])
    const item = r.agenda.find((a) => a.number === '2')!
    expect([item.resolution?.clauses.map((c) => c.text), item.vote?.outcome]).toEqual([['Die DMK dankt für die Studie.', 'Die Länder berücksichtigen offene Standards.'], 'adopted'])
  })
  it('"5.1 Bericht der Arbeitsgruppe" / "Schleswig-Holstein berichtet über …": a sub-item with minutes of its own, not a table\'s row', () => {
    const r = record([...OPENING, 'TOP 2 Open-Source-Arbeitsplatz (SH)', '', '2.1 Bericht der Arbeitsgruppe',
      'Schleswig-Holstein berichtet über die Erfahrungen mit dem Arbeitsplatz in sechs', 'Landesbehörden. Die DMK nimmt den Bericht zur Kenntnis.', '',
      '2.2 Gemeinsame Beschaffungsplattform (SH, HH)', 'Auf Bitte Hamburgs wird der Punkt auf die 339. Sitzung vertagt.', '', 'TOP 3 Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => [a.number, a.title, a.vote?.outcome ?? null])).toEqual([['1', 'Eröffnung', null], ['2', 'Open-Source-Arbeitsplatz', null],
      ['2.1', 'Bericht der Arbeitsgruppe', 'noted'], ['2.2', 'Gemeinsame Beschaffungsplattform', 'deferred'], ['3', 'Verschiedenes', null]])
  })
})

describe('held-out set 66: "Name, Office (CODE)"', () => {
  it('"Dr. Annika Pfisterer, Staatssekretärin (BW); Dr. Sabine Kötter, Parlamentarische Staatssekretärin (BMDS)": the office and the org', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Mitglieder', 'Dr. Annika Pfisterer, Staatssekretärin (BW); Dr. Veronika Staudinger, Staatssekretärin (BY)',
      'Ständiger Gast', 'Dr. Sabine Kötter, Parlamentarische Staatssekretärin (BMDS)', ...TAIL])
    expect(r.attendees.map((a) => [a.role, a.org, a.name, a.title])).toEqual([['member', 'BW', 'Annika Pfisterer', 'Staatssekretärin'],
      ['member', 'BY', 'Veronika Staudinger', 'Staatssekretärin'], ['permanent_guest', 'BMDS', 'Sabine Kötter', 'Parlamentarische Staatssekretärin']])
  })
})

describe('held-out sets 68–73: "Name, Office (Land)" rows, notes by other names, result lines', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  it('"Dr. Felix Ruckgaber, Staatssekretär (Baden-Württemberg)" beside the label: the Land in parentheses is the row\'s; "– Vorsitz" the chair', () => {
    const r = record([...HEADER, 'Anwesende', 'Mitglieder                 Dr. Felix Ruckgaber, Staatssekretär (Baden-Württemberg)',
      '                           Dr. Henrik Averbeck, Staatssekretär (Nordrhein-Westfalen) – Vorsitz',
      '                           Petra Sauerborn, Ministerialrätin (Rheinland-Pfalz), in Vertretung',
      'Gäste                      Prof. Dr. Carsten Lindemeyer, Fraunhofer FOKUS (zu TOP 3)', ...TAIL])
    expect(roster(r)).toEqual([['member', 'BW', 'Felix Ruckgaber', 'Staatssekretär', false], ['member', 'NW', 'Henrik Averbeck', 'Staatssekretär', true],
      ['member', 'RP', 'Petra Sauerborn', 'Ministerialrätin', false], ['guest', 'Fraunhofer FOKUS', 'Carsten Lindemeyer', null, false]])
  })
  it('"… Pabst, vertreten durch Ministerialrätin" / "Sabine Görich" in a names column read after its codes: one row, the codes stay in step', () => {
    const names = MINISTERS.map((m, i) => (i === 6 ? 'Staatssekretär Dr. Johannes Pabst, vertreten durch Ministerialrätin\nSabine Görich' : m))
    const r = record([...HEADER, 'Teilnehmende', 'Mitglieder', ...LANDS, ...names.join('\n').split('\n'), ...TAIL])
    expect(people(r, 'member')).toEqual(EVERY_MEMBER.map((p, i) => (i === 6 ? 'HE Sabine Görich' : p)))
  })
  it('"Staatsrätin Merle Hinrichs*" over "* Bis 12:15 Uhr; Bremen hat …": the star marks a note, which is no row', () => {
    const r = record([...HEADER, 'Teilnehmende', 'Mitglieder', ...LANDS.map((c, i) => `${c}   ${MINISTERS[i]}${i === 4 ? '*' : ''}`),
      'Weitere Teilnehmende   SN   Luise Hentschel', '', '* Bis 12:15 Uhr; Bremen hat sein Stimmrecht für die weiteren Beratungen auf Niedersachsen übertragen.', ...TAIL])
    expect([people(r, 'member')[4], people(r, 'staff')]).toEqual(['HB Jan Meyer', ['SN Luise Hentschel']])
  })
  it('a lead-in after a sentence on its line: "… anknüpft. Die Vorsitzende stellt den folgenden Beschlussvorschlag zur Abstimmung:", "… den Antrag. Beschluss:"', () => {
    const put = item('2', ['TOP 2 Cloud (BW, SN)', 'Baden-Württemberg und Sachsen erläutern ihren Vorschlag, der an den Bericht der Arbeitsgruppe',
      'Cloud anknüpft. Die Vorsitzende stellt den folgenden Beschlussvorschlag zur Abstimmung:', '(1) Die Länder streben eine gemeinsame Beschaffung an.',
      '(2) Sie berichten in der 12. Sitzung.', 'Kein Land widerspricht; der Beschluss ist damit einstimmig gefasst.'])
    expect([put.resolution?.preamble, put.resolution?.clauses.length, put.vote?.outcome]).toEqual(['Die Vorsitzende stellt den folgenden Beschlussvorschlag zur Abstimmung:', 2, 'adopted'])
    const label = item('2', ['TOP 2 EfA (NI)', 'Niedersachsen erläutert den Antrag. Beschluss:', '(1) Die Länder stellen ihre Leistungen bereit.',
      '(2) Die Kosten werden einheitlich abgerechnet.', 'Abstimmung: 15 : 1 : 0 (Nein: BY)'])
    expect([label.resolution?.preamble, label.resolution?.clauses.length, dissent(record([...OPENING, 'TOP 2 EfA (NI)', 'Niedersachsen erläutert den Antrag. Beschluss:',
      '(1) Die Länder stellen ihre Leistungen bereit.', 'Abstimmung: 15 : 1 : 0 (Nein: BY)', 'TOP 9 Verschiedenes', 'Nichts.']), '2')]).toEqual([null, 2, ['BY=no']])
  })
  it('narration before "Die DMK beschließt:" is no preamble: "Frau Dr. Albers stellt den Zeitplan vor (Anlage 2). Berlin und Bremen weisen auf … hin."', () => {
    const r = item('2', ['TOP 2 Register (Bund)', 'Frau Parlamentarische Staatssekretärin Dr. Albers stellt den Zeitplan des Bundes vor (Anlage 2). Berlin und',
      'Bremen weisen auf die Belastung ihrer Bürgerämter hin. Die DMK beschließt:', '(1) Die DMK nimmt den Zeitplan zur Kenntnis.', '(2) Sie bittet den Bund um Unterstützung.',
      'Der Beschluss wird einstimmig gefasst.'])
    expect([r.title, r.sponsors, r.resolution?.preamble]).toEqual(['Register', [], 'Die DMK beschließt:'])
  })
  it('sub-items whose minutes open "Herr Wessels (Dataport) berichtet …" and "Die Digitalministerkonferenz beschließt:" are heads', () => {
    const r = record([...OPENING, 'Zu TOP 2: KI-Plattform (NW, RP, HB)', '2.1 Bericht zum Pilotbetrieb (Gast: Dataport)',
      'Herr Wessels (Dataport) berichtet über den Pilotbetrieb der Plattform.', 'Die DMK nimmt den Bericht zur Kenntnis.', '2.2 Betriebsmodell',
      'Die Digitalministerkonferenz beschließt:', '1. Die Plattform wird von Dataport betrieben.', '2. Weitere Länder können sich anschließen.',
      'Der Beschluss wird einstimmig gefasst.', 'Zu TOP 3: Verschiedenes', 'Nichts.'])
    // ("TOP 1 Eröffnung" above the "Zu TOP" heads reads as the agenda as sent.)
    expect(r.agenda.map((a) => [a.number, a.title, a.vote?.outcome ?? null, a.resolution?.clauses.length ?? 0])).toEqual([['2', 'KI-Plattform', null, 0], ['2.1', 'Bericht zum Pilotbetrieb', 'noted', 0], ['2.2', 'Betriebsmodell', 'adopted', 2], ['3', 'Verschiedenes', null, 0]])
  })
  it('result lines: heads "Ja-Stimmen  Nein-Stimmen  Enthaltungen", "14 Zustimmungen, 1 Ablehnung (Bayern)", "Ja / Nein / Enthaltung: 13 / 2 / 1 (…)"', () => {
    const dissentOf = (...lines: string[]) => dissent(record([...OPENING, 'TOP 2 Monitoring (BB)', 'Beschlussvorschlag:', '1. Die Länder melden ihre Daten.', ...lines,
      'TOP 3 Verschiedenes', 'Nichts.']), '2')
    expect(dissentOf('Abstimmungsergebnis:', '        Ja-Stimmen                  Nein-Stimmen                   Enthaltungen',
      '             14                          1 (HH)                          1 (BY)')).toEqual(['BY=abstain', 'HH=no'])
    expect(dissentOf('Länderabstimmung: 14 Zustimmungen, 1 Ablehnung (Bayern), 1 Enthaltung (Sachsen)')).toEqual(['BY=no', 'SN=abstain'])
    expect(dissentOf('Ja / Nein / Enthaltung: 13 / 2 / 1 (Nein: BY, SN; Enthaltung: HH)')).toEqual(['BY=no', 'HH=abstain', 'SN=no'])
    expect(dissentOf('Erledigung: Beschluss (Zustimmungen: 15, Ablehnungen: keine, Enthaltungen: 1 (BY))')).toEqual(['BY=abstain'])
  })
  it('"Erledigung: Kenntnisnahme", "Erledigung: Vertagung", "Erledigung: Beschluss (einstimmig)": how each item was disposed of', () => {
    const r = record([...OPENING, 'TOP 2 Bericht', 'Der Bund berichtet.', 'Erledigung: Kenntnisnahme', 'TOP 3 Leitfaden (HH)', 'Beschluss:', '1. Der Leitfaden wird beschlossen.',
      'Erledigung: Beschluss (einstimmig)', 'TOP 4 Register (NI)', 'Niedersachsen erläutert den Stand.', 'Erledigung: Vertagung', 'TOP 5 Verschiedenes', 'Nichts.'])
    expect(r.agenda.slice(1, 4).map((a) => [a.number, a.vote?.outcome, a.vote?.unanimous])).toEqual([['2', 'noted', null], ['3', 'adopted', true], ['4', 'deferred', null]])
  })
  it('notes by other names: "Hinweis zu Protokoll (Berlin):", "Protokollanmerkung des Landes Bayern:", "Ergänzung zu Protokoll von …", "Erklärung Bayerns zu Protokoll:", "Minderheitenvotum Bayern:"', () => {
    const notes = (head: string) => item('2', ['TOP 2 Zentrum (BE)', 'Beschluss:', '1. Das Zentrum wird errichtet.', 'Der Beschlussvorschlag ist damit angenommen.', head,
      '„Wir werden das Zentrum vorfinanzieren.“']).notes.map((n) => n.org)
    expect([notes('Hinweis zu Protokoll (Berlin):'), notes('Protokollanmerkung des Landes Bayern:'), notes('Protokollbemerkung von Niedersachsen und Bremen:'),
      notes('Ergänzung zu Protokoll von Thüringen und Sachsen-Anhalt:'), notes('Erklärung Bayerns zu Protokoll:'), notes('Minderheitenvotum Bayern:'),
      notes('Protokollhinweis Sachsen:')]).toEqual([['BE'], ['BY'], ['NI', 'HB'], ['TH', 'ST'], ['BY'], ['BY'], ['SN']])
  })
  it('"Die 361. Sitzung findet am 17. Mai 2204 in Potsdam statt.": the date, whatever the century', () => {
    const r = record([...OPENING, 'TOP 2 Verschiedenes', 'Die 10. Sitzung findet am 17. Mai 2204 in Potsdam statt.'])
    expect(r.meeting?.announcements.map((a) => [a.number, a.place, a.date])).toEqual([[10, 'Potsdam', '2204-05-17']])
  })
  it('"TOP 1 …" / … / "TOP 7 …" a line each, then the minutes headed "1. …": the list as sent, the minutes in their own numbering', () => {
    const titles = ['Begrüßung', 'Bericht des Bundes', 'Cloud (HE, RP)', 'Barrierefreiheit (BE, BB)', 'Verschiedenes']
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Tagesordnung', ...titles.map((t, i) => `TOP ${i + 1}          ${t}`), '',
      '1. Begrüßung', 'Die Vorsitzende begrüßt die Teilnehmenden.', '2. Bericht des Bundes', 'Der Bericht wird zur Kenntnis genommen.', '3. Cloud (HE, RP)',
      'Beschluss:', '(1) Die Länder nutzen die Cloud.', 'Der Beschluss wird einstimmig angenommen.', '4. Barrierefreiheit (BE, BB)', 'Die Beratung wird auf die 10. Sitzung vertagt.',
      '5. Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => [a.number, a.title, a.vote?.outcome ?? null])).toEqual([['1', 'Begrüßung', null], ['2', 'Bericht des Bundes', 'noted'],
      ['3', 'Cloud', 'adopted'], ['4', 'Barrierefreiheit', 'deferred'], ['5', 'Verschiedenes', null]])
  })
  it('"TOP 8 – Verschiedenes" over a sentence: the title is the head\'s ("Die 375. Sitzung findet … statt; Einladung … folgen. Die")', () => {
    const r = record([...OPENING, 'TOP 2 – Verschiedenes', 'Die 10. Sitzung findet im Mai 2031 in Düsseldorf statt; Einladung und Tagesordnung folgen. Die',
      'Vorsitzende schließt die Sitzung.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Eröffnung'], ['2', 'Verschiedenes']])
  })
})

describe('held-out sets 68–73: margins and running headers', () => {
  /** Lines with every fifth numbered in the margin, as pdftotext -layout prints them; pages apart by form feeds. */
  const margin = (pages: string[][]) => pages.map((page) => page.map((l, i) => `${(i + 1) % 5 === 0 ? String(i + 1).padStart(2) : '  '}   ${l}`).join('\n')).join('\n\f')
  it('"10   4   Cloud …" / "     5   Nachnutzung …" / "15   6   Umsetzung …": the agenda\'s own 5 between the margin\'s 10 and 15; a last page\'s 5 and 10', () => {
    const first = ['Niederschrift über die 9. Sitzung der Digitalministerkonferenz', 'Ort: Rathaus, Bremen', 'Beginn: 10:00 Uhr', 'Ende: 15:00 Uhr',
      'Vorsitz: Staatsrätin Dr. Lea Vogt', 'Protokoll: Jan Ohm', 'Tagesordnung', '1   Begrüßung', '2   Protokoll', '3   Registermodernisierung',
      '4   Cloud-Dienste (BW, SN)', '5   Nachnutzung von EfA-Leistungen (NI)', '6   Umsetzung der KI-Verordnung (HH)', '7   Verschiedenes']
    const second = ['Zu TOP 1: Begrüßung', 'Die Vorsitzende begrüßt die Teilnehmenden.', 'Zu TOP 2: Protokoll', 'Das Protokoll gilt als genehmigt.',
      'Zu TOP 3: Registermodernisierung', 'Der Bund berichtet über den Stand der Arbeiten in den Ländern und', 'bei den Kommunen.',
      'Die DMK nimmt den Bericht zur Kenntnis.', 'Zu TOP 4: Cloud-Dienste (BW, SN)', 'Baden-Württemberg und Sachsen berichten.',
      'Der Beschluss wird einstimmig gefasst.', 'Zu TOP 5: Nachnutzung von EfA-Leistungen (NI)', 'Niedersachsen berichtet über den Stand.',
      'Die Beratung wird vertagt.', 'Weitere Wortmeldungen gibt es nicht.']
    const third = ['Zu TOP 6: Umsetzung der KI-Verordnung (HH)', 'Hamburg berichtet.', 'Die DMK nimmt den Bericht zur Kenntnis.', 'Der Leitfaden folgt.',
      'Zu TOP 7: Verschiedenes', 'Die Vorsitzende schließt die Sitzung.', 'Anlagen:', '1. Bericht', '2. Zeitplan', '3. Leitfaden']
    const r = run(margin([first, second, third])).record
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Begrüßung'], ['2', 'Protokoll'], ['3', 'Registermodernisierung'], ['4', 'Cloud-Dienste'],
      ['5', 'Nachnutzung von EfA-Leistungen'], ['6', 'Umsetzung der KI-Verordnung'], ['7', 'Verschiedenes']])
  })
  it('"6.1 Sitzungstermine 2195" in the agenda and over its minutes, each near a page\'s edge: a sub-item\'s head, no running header', () => {
    const r = run([...OPENING, 'TOP 2 Verschiedenes', '', '2.1         Sitzungstermine 2195', 'Die 10. Sitzung findet am 21. Mai 2195 in Mainz statt.', '',
      '2.2         Register – Sachstand (BE)', 'Berlin berichtet, dass das Register im Januar freigeschaltet wird. Die DMK nimmt dies zur Kenntnis.', '', '-1-',
      '\fProtokoll der 9. Sitzung · Seite 2', '', 'Anlage: keine', '', '-2-', '\fProtokoll der 9. Sitzung · Seite 3', '2.1         Sitzungstermine 2195',
      '2.2         Register – Sachstand (BE)', '', '-3-'].join('\n')).record
    expect(r.agenda.map((a) => [a.number, a.title, a.sponsors.map((s) => s.org)])).toEqual([['1', 'Eröffnung', []], ['2', 'Verschiedenes', []],
      ['2.1', 'Sitzungstermine 2195', []], ['2.2', 'Register – Sachstand', ['BE']]])
  })
})

describe('held-out sets 70–75: more labels, sub-items by letter, decisions voted under the next item', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  const dissentOf = (...lines: string[]) => dissent(record([...OPENING, 'TOP 2 Monitoring (BB)', 'Beschlussvorschlag:', '1. Die Länder melden ihre Daten.', ...lines,
    'TOP 3 Verschiedenes', 'Nichts.']), '2')
  it('"Länder mit Stimmrecht", "Stellv. Mitglieder" label the members; "Nicht vertreten   Mecklenburg-   –" / "Vorpommern" is an absent Land', () => {
    const r = record([...HEADER, 'Anwesende', ...LANDS.slice(0, 7).map((c, i) => `${i === 0 ? 'Länder mit Stimmrecht' : '                     '}       ${c}             ${MINISTERS[i]}`),
      'Stellv. Mitglieder      HE             Ministerialdirigentin Dr. Anna Roth', 'Nicht vertreten         Mecklenburg-   –', '                        Vorpommern',
      'Ständiger Gast          BMDS           Parlamentarischer Staatssekretär Dr. Florian Weidemann', ...TAIL])
    expect([people(r, 'member'), r.absent.map((a) => a.org)]).toEqual([[...EVERY_MEMBER.slice(0, 7), 'HE Anna Roth'], ['MV']])
  })
  it('"3a. Erster Betriebsbericht" / "3b. Weiterentwicklung …" under "Zu Punkt 3 der Tagesordnung": sub-items; "Ja: 12 Länder; Nein: …" ends the clauses', () => {
    const r = record([...HEADER, 'Zu Punkt 1 der Tagesordnung: Begrüßung', 'Die Vorsitzende begrüßt die Teilnehmenden.', 'Zu Punkt 2 der Tagesordnung: KI-Plattform (NW, RP)', '',
      '2a. Erster Betriebsbericht', 'Nordrhein-Westfalen legt den ersten Betriebsbericht vor. Die DMK nimmt den Bericht zur Kenntnis.', '',
      '2b. Weiterentwicklung', 'Die DMK fasst folgenden Beschluss:', '1.   Die Plattform wird erweitert.', '2.   Die Länder berichten jährlich.',
      'Ja: 12 Länder; Nein: Bayern, Sachsen; Enthaltung: Hessen, Thüringen', 'Zu Punkt 3 der Tagesordnung: Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => [a.number, a.title, a.resolution?.clauses.map((c) => c.text) ?? null])).toEqual([['1', 'Begrüßung', null], ['2', 'KI-Plattform', null],
      ['2a', 'Erster Betriebsbericht', null], ['2b', 'Weiterentwicklung', ['Die Plattform wird erweitert.', 'Die Länder berichten jährlich.']], ['3', 'Verschiedenes', null]])
    expect(dissent(r, '2b')).toEqual(['BY=no', 'HE=abstain', 'SN=no', 'TH=abstain'])
  })
  it('"TOP 5.1 …" / "1. Die DMK stimmt … zu." / "2. …", then under 5.2 "Die Beschlussvorschläge zu TOP 5.1 und 5.2 werden … en bloc einstimmig angenommen."', () => {
    const r = record([...OPENING, 'TOP 2 Prüfstelle (RP)', 'TOP 2.1      Verwaltungsvereinbarung', '1.   Die DMK stimmt dem Entwurf der Verwaltungsvereinbarung zu.',
      '2.   Die Länder werden gebeten, die Vereinbarung zu zeichnen.', '', 'TOP 2.2      Berichtspflichten', '1.   Die Prüfstelle berichtet der DMK jährlich.',
      '2.   Der erste Bericht wird zur 11. Sitzung erwartet.', 'Die Beschlussvorschläge zu TOP 2.1 und 2.2 werden in einer Abstimmung en bloc einstimmig',
      'angenommen.', 'TOP 3 Verschiedenes', 'Nichts.'])
    expect(r.agenda.filter((a) => a.number.startsWith('2.')).map((a) => [a.number, a.resolution?.clauses.length, a.resolution?.preamble, a.vote?.outcome, a.vote?.unanimous]))
      .toEqual([['2.1', 2, null, 'adopted', true], ['2.2', 2, null, 'adopted', true]])
  })
  it('"Abstimmungsergebnis: einstimmig" / "Aussprache: nein" under the clauses: unanimous, no debate', () => {
    const r = item('2', ['TOP 2 Meldeformular (NI)', 'Die Digitalministerkonferenz fasst folgenden Beschluss:', '1. Das Meldeformular wird eingeführt.',
      '2. Es wird den Kommunen empfohlen.', 'Abstimmungsergebnis: einstimmig', 'Aussprache: nein'])
    expect([r.vote?.outcome, r.vote?.unanimous, r.vote?.debate]).toEqual(['adopted', true, false])
  })
  it('sponsors "(federführend: SL, RP; Gast: DFKI)" and "Anmeldeland: Brandenburg, Sachsen"; "Ergebnis: Kenntnisnahme ohne Beschluss."', () => {
    const led = item('2', ['TOP 2 KI in der Umweltverwaltung (federführend: SL, RP; Gast: DFKI)', 'Das DFKI berichtet.', 'Ergebnis: Kenntnisnahme ohne Beschluss.'])
    expect([led.title, led.sponsors.map((s) => s.org), led.guests.map((g) => g.org), led.vote?.outcome]).toEqual(['KI in der Umweltverwaltung', ['SL', 'RP'], ['DFKI'], 'noted'])
    expect(item('2', ['TOP 2 Rahmenvertrag', 'Anmeldeland: Brandenburg, Sachsen', 'Brandenburg berichtet.', 'Die DMK nimmt den Bericht zur Kenntnis.']).sponsors.map((s) => s.org))
      .toEqual(['BB', 'SN'])
  })
  it('"SN   ohne Vertretung" in the table and "Sachsen ist in dieser Sitzung ohne Vertretung": absent in every vote', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${c === 'SN' ? 'ohne Vertretung' : MINISTERS[i]}`), 'TOP 1 Eröffnung',
      'Die Vorsitzende stellt die Beschlussfähigkeit fest. Sachsen ist in dieser Sitzung ohne Vertretung.', 'TOP 2 Leitfaden (HH)', 'Beschluss:', '1. Der Leitfaden wird beschlossen.',
      'Der Beschluss wird einstimmig gefasst.', 'TOP 3 Verschiedenes', 'Nichts.'])
    expect([r.absent.map((a) => a.org), dissent(r, '2')]).toEqual([['SN'], ['SN=absent']])
  })
  it('notes: "Erklärung Bayerns und Hessens zu Protokoll:", "Zu Protokoll gegebene Erklärung Hamburgs:", "Erklärung zur Abstimmung (Bayern):", "Zusatzerklärung", "Stimmerklärung", "Zusatz zu Protokoll"', () => {
    const notes = (head: string) => item('2', ['TOP 2 Zentrum (BE)', 'Beschluss:', '1. Das Zentrum wird errichtet.', 'Der Beschlussvorschlag ist damit angenommen.', head,
      '„Wir werden das Zentrum vorfinanzieren.“']).notes.map((n) => n.org)
    expect([notes('Erklärung Bayerns und Hessens zu Protokoll:'), notes('Zu Protokoll gegebene Erklärung Hamburgs:'), notes('Erklärung zur Abstimmung (Bayern):'),
      notes('Zusatzerklärung Sachsen:'), notes('Stimmerklärung Hessen:'), notes('Zusatz zu Protokoll Thüringen:')]).toEqual([['BY', 'HE'], ['HH'], ['BY'], ['SN'], ['HE'], ['TH']])
  })
  it('tallies: "1 Stimme dagegen (Bayern)", "13 x Ja, 1 x Nein (HB)", "zustimmend: 13 – ablehnend: BY, SN", "Ablehnung durch HB; Enthaltung durch NW und SL"', () => {
    expect(dissentOf('Abstimmungsergebnis: 13 Stimmen dafür, 1 Stimme dagegen (Bayern), 1 Enthaltung (Bremen)')).toEqual(['BY=no', 'HB=abstain'])
    expect(dissentOf('Abstimmung: 13 x Ja, 1 x Nein (HB), 1 x Enthaltung (SN)')).toEqual(['HB=no', 'SN=abstain'])
    expect(dissentOf('Abstimmung: zustimmend: 13 – ablehnend: BY, SN – Enthaltung: HE')).toEqual(['BY=no', 'HE=abstain', 'SN=no'])
    expect(dissentOf('Ergebnis: Annahme; Ablehnung durch HB; Enthaltung durch NW und SL')).toEqual(['HB=no', 'NW=abstain', 'SL=abstain'])
  })
  it('"Der Beschluss ergeht mit Einverständnis aller anwesenden Länder.", "… von sämtlichen Ländern getragen": unanimous', () => {
    const unanimous = (line: string) => item('2', ['TOP 2 Leitfaden (HH)', 'Beschluss:', '1. Der Leitfaden wird beschlossen.', line]).vote?.unanimous
    expect([unanimous('Der Beschluss ergeht mit Einverständnis aller anwesenden Länder.'), unanimous('Der Beschluss wird von sämtlichen Ländern getragen.')]).toEqual([true, true])
  })
})

describe('held-out sets 76–77: notes for the record, counts with their Länder, "Entscheidung:"', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  const dissentOf = (...lines: string[]) => dissent(record([...OPENING, 'TOP 2 Monitoring (BB)', 'Beschlussvorschlag:', '1. Die Länder melden ihre Daten.', ...lines,
    'TOP 3 Verschiedenes', 'Nichts.']), '2')
  it('notes: "Ergänzende Erklärung Bayern:", "Erläuterung zu Protokoll (Hessen):", "Klarstellung zu Protokoll Sachsen:", "Hinweis für das Protokoll (Berlin, Brandenburg):"', () => {
    const notes = (head: string) => item('2', ['TOP 2 Zentrum (BE)', 'Beschluss:', '1. Das Zentrum wird errichtet.', 'Der Beschlussvorschlag ist damit angenommen.', head,
      '„Wir werden das Zentrum vorfinanzieren.“']).notes.map((n) => n.org)
    expect([notes('Ergänzende Erklärung Bayern:'), notes('Erläuterung zu Protokoll (Hessen):'), notes('Klarstellung zu Protokoll Sachsen:'),
      notes('Hinweis für das Protokoll (Berlin, Brandenburg):'), notes('Vermerk zu Protokoll Bayern und Sachsen:'), notes('Stellungnahme für das Protokoll (Bayern):')])
      .toEqual([['BY'], ['HE'], ['SN'], ['BE', 'BB'], ['BY', 'SN'], ['BY']])
  })
  it('"Stimmverteilung: 12 Ja, 2 Nein (BY, SN), 1 Enthaltung (ST)", "Ergebnis: angenommen; es stimmen dagegen: HB; es enthalten sich: SN, TH."', () => {
    expect(dissentOf('Stimmverteilung: 12 Ja, 2 Nein (BY, SN), 1 Enthaltung (ST)')).toEqual(['BY=no', 'SN=no', 'ST=abstain'])
    expect(dissentOf('Ergebnis: angenommen; es stimmen dagegen: HB; es enthalten sich: SN, TH.')).toEqual(['HB=no', 'SN=abstain', 'TH=abstain'])
  })
  it('"Entscheidung:" over the clauses heads them; "Nach Aussprache wird folgender Beschluss gefasst:" leads them in', () => {
    const head = item('2', ['TOP 2 Dokumentformate (HE)', 'Hessen erläutert den Vorschlag.', 'Entscheidung:', '1. Die Länder nutzen offene Formate.', '2. Sie berichten jährlich.',
      'Ergebnis: angenommen.'])
    const passive = item('2', ['TOP 2 OZG (HB, NI)', 'Bremen und Niedersachsen berichten über den Stand der Umsetzung. Nach Aussprache wird folgender', 'Beschluss gefasst:',
      '1.   Die Länder digitalisieren die Leistungen.', '2.   Bremen und Niedersachsen berichten halbjährlich.', 'Beschlussfassung: einstimmig'])
    expect([head.resolution?.clauses.length, head.vote?.outcome, passive.resolution?.clauses.length, passive.resolution?.preamble])
      .toEqual([2, 'adopted', 2, 'Nach Aussprache wird folgender Beschluss gefasst:'])
  })
})

describe('held-out sets 78–79: result pictures and personal declarations', () => {
  const dissentOf = (...lines: string[]) => dissent(record([...OPENING, 'TOP 2 Monitoring (BB)', 'Beschlussvorschlag:', '1. Die Länder melden ihre Daten.', ...lines,
    'TOP 3 Verschiedenes', 'Nichts.']), '2')
  it('"Stimmbild: 14 – 1 – 1 (Nein: HB; Enthaltung: BY)", "Zustimmend: 13 Länder" / "Ablehnend: Bayern" / "Enthaltend: …"', () => {
    expect(dissentOf('Stimmbild: 14 – 1 – 1 (Nein: HB; Enthaltung: BY)')).toEqual(['BY=abstain', 'HB=no'])
    expect(dissentOf('Abstimmung:', 'Zustimmend: 13 Länder', 'Ablehnend: Bayern', 'Enthaltend: Sachsen, Thüringen')).toEqual(['BY=no', 'SN=abstain', 'TH=abstain'])
  })
  it('notes: "Persönliche Erklärung (Bayern):", "Abweichende Meinung (Sachsen-Anhalt):", "Votum zu Protokoll (Berlin):", "Nachtrag zu Protokoll (…):"', () => {
    const notes = (head: string) => record([...OPENING, 'TOP 2 Zentrum (BE)', 'Beschluss:', '1. Das Zentrum wird errichtet.', 'Der Beschlussvorschlag ist damit angenommen.', head,
      '„Wir werden das Zentrum vorfinanzieren.“', 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === '2')!.notes.map((n) => n.org)
    expect([notes('Persönliche Erklärung (Bayern):'), notes('Abweichende Meinung (Sachsen-Anhalt):'), notes('Votum zu Protokoll (Berlin):'),
      notes('Nachtrag zu Protokoll (Sachsen-Anhalt):')]).toEqual([['BY'], ['ST'], ['BE'], ['ST']])
  })
})

describe('held-out sets 80–83: the office as an org, guests for an item, result lines, departures by surname', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  const dissentOf = (...lines: string[]) => dissent(record([...OPENING, 'TOP 2 Monitoring (BB)', 'Beschlussvorschlag:', '1. Die Länder melden ihre Daten.', ...lines,
    'TOP 3 Verschiedenes', 'Nichts.']), '2')
  const col = (a: string, b: string, c = '') => `${a.padEnd(26)}${b.padEnd(17)}${c}`.trimEnd()
  it('the Geschäftsstelle in the org column, after a comma or in parentheses, and "GS DMK" as one cell', () => {
    const r = record([...HEADER, col('Mitglieder', 'BW', 'Ministerin Anna Weber'), ...LANDS.slice(1).map((c, i) => col('', c, MINISTERS[i + 1]!)),
      col('Gast zu TOP 2', 'BSI', 'Vizepräsidentin Dr. Karin Seefeld'), col('Weitere Anwesende', 'HB', 'Regierungsrat Timo Hagedorn (Protokoll)'),
      col('', 'GS DMK', 'Regierungsdirektorin Ute Brakel'), col('', 'Geschäftsstelle', 'Referent Lasse Mohr'), 'Referentin Ina Vahl, Geschäftsstelle',
      'Amtsrat Olaf Dreyer (Geschäftsstelle der DMK)', ...TAIL])
    expect(r.attendees.filter((a) => a.role !== 'member').map((a) => `${a.role} ${a.org} ${a.name}`)).toEqual(['guest BSI Karin Seefeld', 'staff HB Timo Hagedorn',
      'staff GS DMK Ute Brakel', 'staff Geschäftsstelle Lasse Mohr', 'staff Geschäftsstelle Ina Vahl', 'staff Geschäftsstelle der DMK Olaf Dreyer'])
  })
  it('"Weitere Teilnehmende   Geschäftsstelle   Referent …" and a label that wraps after "und" ("Geschäftsstelle und" / "Protokoll")', () => {
    const beside = record([...HEADER, col('Mitglieder', 'BW', 'Ministerin Anna Weber'), ...LANDS.slice(1).map((c, i) => col('', c, MINISTERS[i + 1]!)),
      col('Weitere Teilnehmende', 'Geschäftsstelle', 'Referent Lasse Mohr'), col('', 'Hessen', 'Regierungsrätin Pia Kranz'), ...TAIL])
    const wraps = record([...HEADER, 'Mitglieder'.padEnd(32) + MINISTERS[0] + ' (BW)', ...LANDS.slice(1).map((c, i) => `${''.padEnd(32)}${MINISTERS[i + 1]} (${c})`),
      `${'Geschäftsstelle und'.padEnd(32)}Referent Lasse Mohr (Geschäftsstelle)`, 'Protokoll', `${''.padEnd(32)}Regierungsrätin Pia Kranz (HE)`, ...TAIL])
    expect(people(beside, 'staff')).toEqual(['Geschäftsstelle Lasse Mohr', 'HE Pia Kranz'])
    expect(people(wraps, 'staff')).toEqual(['Geschäftsstelle Lasse Mohr', 'HE Pia Kranz'])
  })
  it('"Landesbeauftragte für den Datenschutz" before a guest\'s name; "Gast: DSK" after a dash ends the title', () => {
    const r = record([...HEADER, col('Mitglieder', 'BW', 'Ministerin Anna Weber'), ...LANDS.slice(1).map((c, i) => col('', c, MINISTERS[i + 1]!)),
      col('Gäste', 'DSK', 'Landesbeauftragter für den Datenschutz Henning Faber (zu TOP 2)'), 'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.',
      'TOP 2 Einwilligungen im Portal (HE, RP) – Gast: DSK', 'Die DMK nimmt den Bericht zur Kenntnis.', 'TOP 3 Verschiedenes', 'Nichts.'])
    expect(roster(r).filter((a) => a[0] === 'guest')).toEqual([['guest', 'DSK', 'Henning Faber', 'Landesbeauftragter für den Datenschutz', false]])
    expect(r.agenda.map((a) => [a.number, a.title, a.sponsors.map((s) => s.org), a.guests.map((g) => g.org)])).toContainEqual(['2', 'Einwilligungen im Portal', ['HE', 'RP'], ['DSK']])
  })
  it('sub-items headed "Zu 4a:" and "3a)"', () => {
    const zu = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Zu 1: Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'Zu 2: Künstliche Intelligenz', 'Zu 2a: Plattform der Länder (BW)', 'Die DMK nimmt den Bericht zur Kenntnis.',
      'Zu 2b: Leitlinien (HB)', 'Der Leitfaden wird einstimmig angenommen.', 'Zu 3: Verschiedenes', 'Nichts.'])
    const lettered = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Tagesordnung', '1. Eröffnung', '2. Rahmenvereinbarung',
      '   2a) Beitritte (SN, TH)', '   2b) Kostenverteilung (BY)', '3. Verschiedenes', '1. Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', '2. Rahmenvereinbarung', '2a) Beitritte (SN, TH)', 'Die DMK nimmt den Sachstand zur Kenntnis.',
      '2b) Kostenverteilung (BY)', 'Der Vorschlag wird einstimmig angenommen.', '3. Verschiedenes', 'Nichts.'])
    expect(zu.agenda.map((a) => `${a.number} ${a.title}`)).toEqual(['1 Eröffnung', '2 Künstliche Intelligenz', '2a Plattform der Länder', '2b Leitlinien', '3 Verschiedenes'])
    expect(lettered.agenda.map((a) => `${a.number} ${a.title}`)).toEqual(['1 Eröffnung', '2 Rahmenvereinbarung', '2a Beitritte', '2b Kostenverteilung', '3 Verschiedenes'])
  })
  it('"Das Votum ist einstimmig.", "Keine Gegenstimme, keine Enthaltung.", "Einvernehmen besteht.", "Der Vorsitz stellt die einstimmige Annahme fest."', () => {
    const vote = (line: string) => item('2', ['TOP 2 Leitfaden (HH)', 'Beschluss:', '1. Der Leitfaden wird beschlossen.', line]).vote
    for (const line of ['Das Votum ist einstimmig.', 'Keine Gegenstimme, keine Enthaltung.', 'Einvernehmen besteht.', 'Der Vorsitz stellt die einstimmige Annahme fest.']) {
      expect([line, vote(line)?.outcome, vote(line)?.unanimous, Object.values(vote(line)?.positions ?? {}).filter((p) => p === 'yes').length]).toEqual([line, 'adopted', true, 16])
    }
  })
  it('"Ja: 14 / Nein: 1 (Bayern) / Enthaltungen: keine" ends the clauses; "… war bei der Abstimmung nicht mehr anwesend"', () => {
    expect(dissentOf('Ja: 14 / Nein: 1 (Bayern) / Enthaltungen: keine', 'Sachsen-Anhalt war bei der Abstimmung nicht mehr anwesend.')).toEqual(['BY=no', 'ST=absent'])
    const r = record([...OPENING, 'TOP 2 Monitoring (BB)', 'Beschlussvorschlag:', '1. Die Länder melden ihre Daten.', 'Ja: 15 · Nein: – · Stimmenthaltung: Saarland',
      'TOP 3 Verschiedenes', 'Nichts.'])
    expect([r.agenda[1]!.resolution?.clauses.map((c) => c.text), dissent(r, '2')]).toEqual([['Die Länder melden ihre Daten.'], ['SL=abstain']])
  })
  it('"Abstimmung: einvernehmlich" over a note\'s head is a line of its own', () => {
    const v = item('2', ['TOP 2 Leitfaden (HH)', 'Beschluss:', '1. Der Leitfaden wird beschlossen.', 'Abstimmung: einvernehmlich', 'Ergänzende Protokollerklärung (Hessen):',
      '„Hessen wendet den Leitfaden ab 2031 an.“'])
    expect([v.vote?.unanimous, v.notes.map((n) => n.org)]).toEqual([true, ['HE']])
  })
  it('noted and deferred in a few words: "Die DMK nimmt Kenntnis.", "Erledigt durch Kenntnisnahme.", "verbleibt auf der Tagesordnung", "gelangt nicht zur Beratung"', () => {
    const outcome = (line: string) => item('2', ['TOP 2 Bericht (HH)', 'Hamburg berichtet über das Vorhaben.', line]).vote?.outcome
    expect(['Die DMK nimmt Kenntnis.', 'Erledigt durch Kenntnisnahme.', 'Der Punkt verbleibt auf der Tagesordnung der 12. Sitzung.',
      'Der Tagesordnungspunkt gelangt aus Zeitgründen nicht zur Beratung.', 'Der Tagesordnungspunkt wird in die nächste Sitzung übertragen.'].map(outcome))
      .toEqual(['noted', 'noted', 'deferred', 'deferred', 'deferred'])
  })
  it('departures: a surname found among the members, "übernimmt die Vertretung", "überlässt die Stimme …", "Stimmrechtsübertragung auf …"', () => {
    const left = (...lines: string[]) => record([...OPENING, 'TOP 2 Cloud (BE)', 'Der Bericht wird zur Kenntnis genommen.', ...lines, ...TAIL.slice(2)])
      .meeting!.departures.map((d) => [d.name, d.org, d.time, d.proxy])
    expect(left('Herr Staatssekretär Hahn verlässt die Sitzung um 12:15 Uhr. Sachsen übernimmt die Vertretung Sachsen-Anhalts.')).toEqual([['Ben Hahn', 'ST', '12:15', 'SN']])
    expect(left('Frau Ministerin Weber verlässt die Sitzung um 12:50 Uhr und überlässt die Stimme Baden-Württembergs Bayern.')).toEqual([['Anna Weber', 'BW', '12:50', 'BY']])
    expect(left('Staatsrätin Vogt (Hamburg) verlässt die Sitzung um 12:30 Uhr nach TOP 2; Stimmrechtsübertragung auf Bremen.')).toEqual([['Lea Vogt', 'HH', '12:30', 'HB']])
    expect(left('Staatssekretär Hahn (Sachsen-Anhalt) hatte die Sitzung bereits um 12:40 Uhr verlassen.')).toEqual([['Ben Hahn', 'ST', '12:40', null]])
  })
  it('notes: "Abstimmungserklärung Bayern:", "Schriftliche Erklärung (Hessen):", "… ins Protokoll aufzunehmen:", two Länder by their long names', () => {
    const notes = (...head: string[]) => item('2', ['TOP 2 Zentrum (BE)', 'Beschluss:', '1. Das Zentrum wird errichtet.', 'Der Beschlussvorschlag ist damit angenommen.', ...head,
      '„Wir werden das Zentrum vorfinanzieren.“']).notes.map((n) => n.org)
    expect([notes('Abstimmungserklärung Bayern:'), notes('Schriftliche Erklärung (Hessen):'), notes('Sachsen bittet, folgende Erklärung ins Protokoll aufzunehmen:'),
      notes('Protokollerklärung der Freien Hansestadt Bremen und der Freien und Hansestadt', 'Hamburg:')]).toEqual([['BY'], ['HE'], ['SN'], ['HB', 'HH']])
  })
  it('"Blatt 2" and "2 von 3" at a page\'s top are page numbers', () => {
    const r = record([...HEADER, ...TAIL.slice(0, 2), '\f'.concat(' '.repeat(60), 'Blatt 2'), 'TOP 2 Cloud (BE)', 'Der Bericht wird zur Kenntnis genommen.',
      '\f'.concat(' '.repeat(60), '3 von 3'), 'TOP 3 Verschiedenes', 'Nichts.'])
    expect(r.segments.filter((s) => s.kind === 'furniture').map((s) => s.label)).toEqual(['page-number', 'page-number'])
  })
})

describe('held-out sets 84–85: result lines that name their item, the Länder that agree by count, a label wrapped beside a code', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  const decided = (line: string) => item('2', ['TOP 2 Monitoring (BB)', 'Beschluss', '1. Die Länder melden ihre Daten.', '2. Brandenburg berichtet.', line])
  it('"Beschlussfassung zu TOP 2: einstimmig", "Ergebnis der Abfrage der Länder: …", "16 Länder stimmen zu.", "Beschluss gefasst wie vorgelegt; einstimmig."', () => {
    for (const line of ['Beschlussfassung zu TOP 2: einstimmig', '16 Länder stimmen zu.', 'Beschluss gefasst wie vorgelegt; einstimmig.']) {
      const r = decided(line)
      expect([line, r.resolution?.clauses.map((c) => c.text).at(-1), r.vote?.outcome, Object.values(r.vote?.positions ?? {}).filter((p) => p === 'yes').length])
        .toEqual([line, 'Brandenburg berichtet.', 'adopted', 16])
    }
    const asked = decided('Ergebnis der Abfrage der Länder: Zustimmung aller Länder bei Enthaltung Bayerns.')
    expect([asked.resolution?.clauses.length, asked.vote?.outcome, Object.entries(asked.vote?.positions ?? {}).filter(([, p]) => p !== 'yes')]).toEqual([2, 'adopted', [['BY', 'abstain']]])
  })
  it('"Die Konferenz folgt dem Beschlussvorschlag einstimmig." adopts; "… nimmt vom Sachstandsbericht zustimmend Kenntnis." notes', () => {
    expect([decided('Die Konferenz folgt dem Beschlussvorschlag einstimmig.').vote?.unanimous,
      item('2', ['TOP 2 Register (NW)', 'Nordrhein-Westfalen berichtet.', 'Die DMK nimmt vom Sachstandsbericht zustimmend Kenntnis.']).vote?.outcome]).toEqual([true, 'noted'])
  })
  it('notes: "Erklärung zur Niederschrift (Bayern):"', () => {
    expect(item('2', ['TOP 2 Zentrum (BE)', 'Beschluss:', '1. Das Zentrum wird errichtet.', 'Der Beschlussvorschlag ist damit angenommen.', 'Erklärung zur Niederschrift (Bayern):',
      '„Wir werden das Zentrum vorfinanzieren.“']).notes.map((n) => n.org)).toEqual(['BY'])
  })
  it('"Stv. Ministerialdirigentin Dr. …": the deputy\'s mark is no part of the name; "Weitere   GS   …" / "Anwesende": the label wrapped, not the code', () => {
    const col = (a: string, b: string, c = '') => `${a.padEnd(25)}${b.padEnd(12)}${c}`.trimEnd()
    const r = record([...HEADER, col('Mitglieder', 'BW', 'Stv. Ministerialdirigentin Dr. Helga Brenner'), ...LANDS.slice(1).map((c, i) => col('', c, MINISTERS[i + 1]!)),
      col('Weitere', 'GS', 'Ministerialrat Jens Wolf'), 'Anwesende', col('', 'HB', 'Referent Malte Jürgens'), ...TAIL])
    expect([roster(r)[0], people(r, 'staff')]).toEqual([['member', 'BW', 'Helga Brenner', 'Ministerialdirigentin', false], ['GS Jens Wolf', 'HB Malte Jürgens']])
  })
})

describe('held-out sets 80–85: a minute-taker named with the chair\'s ministry after a comma', () => {
  const minutes = (line: string) => record(['Ergebnisprotokoll der 9. Sitzung der Digitalministerkonferenz', 'Datum: 14. März 2030', 'Ort: Rathaus, Erfurt',
    'Vorsitz: Staatssekretärin Dr. Lea Vogt (TH)', line, ...TAIL]).meeting!.minutes.map((p) => [p.name, p.org])
  it('"…, TMDIS" and "…, Ministerium für Digitales, Inneres und Sport" are the chair\'s Land; a second name is no ministry', () => {
    expect(minutes('Protokoll: Regierungsrätin Anne Kühn, TMDIS')).toEqual([['Anne Kühn', 'TH']])
    expect(minutes('Protokoll: Oberregierungsrätin Anne Kühn, Ministerium für Digitales, Inneres und Sport')).toEqual([['Anne Kühn', 'TH']])
    expect(minutes('Protokoll: Anne Kühn, Jonas Ebert')).toEqual([['Anne Kühn', null], ['Jonas Ebert', null]])
  })
})

describe('held-out sets 86–87: heads "Zu 1 Begrüßung", decision heads by other names, a result line after "Beschluss:"', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  it('"Zu 1 Begrüßung", "Zu 2 Bericht des Bundes", …: heads without a mark after the number, three in rising order', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Zu 1 Begrüßung', 'Die Vorsitzende eröffnet die Sitzung.',
      'Zu 2 Bericht des Bundes', 'Der Bericht wird zur Kenntnis genommen.', 'Zu 3 Cloud (BE)', 'Zu 3 Punkten gibt es Rückfragen.', 'Der Vorschlag wird einstimmig angenommen.',
      'Zu 4 Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => `${a.number} ${a.title}`)).toEqual(['1 Begrüßung', '2 Bericht des Bundes', '3 Cloud', '4 Verschiedenes'])
  })
  it('"Beschlussfassung im Wortlaut:", "Wortlaut des Beschlusses:" and "Antrag:" over the clauses', () => {
    for (const head of ['Beschlussfassung im Wortlaut:', 'Wortlaut des Beschlusses:', 'Antrag:']) {
      const r = item('2', ['TOP 2 Monitoring (BB)', 'Brandenburg berichtet.', head, '1. Die Länder melden ihre Daten.', '2. Brandenburg berichtet erneut.',
        'Der Antrag wird einstimmig angenommen.'])
      expect([head, r.resolution?.clauses.map((c) => c.number), r.vote?.unanimous]).toEqual([head, ['1', '2'], true])
    }
  })
  it('"Beschluss: einstimmig" under the clauses is the result, and the line after it a sentence of its own', () => {
    const r = record([...OPENING, 'TOP 2 Monitoring (BB)', 'Beschlussvorschlag:', '1. Die Länder melden ihre Daten.', 'Beschluss: einstimmig',
      'Staatsrat Dr. Jan Meyer (Bremen) verlässt die Sitzung um 12:30 Uhr.', 'TOP 3 Cloud (BE)', 'Beschluss:', '1. Die Länder bündeln den Betrieb.',
      'Beschluss: einstimmig, bei Abwesenheit von Bremen', 'TOP 4 Verschiedenes', 'Nichts.'])
    expect([r.agenda[1]!.vote?.unanimous, dissent(r, '2'), r.meeting!.departures.map((d) => d.org), r.agenda[2]!.vote?.unanimous, dissent(r, '3')])
      .toEqual([true, [], ['HB'], true, ['HB=absent']])
  })
  it('"Abstimmung ohne Aussprache: einstimmig.", "Abstimmungsmodus: Einzelabstimmung nach Ländern" over the lists of Länder', () => {
    const quiet = item('2', ['TOP 2 Monitoring (BB)', 'Beschlussvorschlag:', '1. Die Länder melden ihre Daten.', 'Abstimmung ohne Aussprache: einstimmig.'])
    const single = record([...OPENING, 'TOP 2 Monitoring (BB)', 'Beschlussvorschlag:', '1. Die Länder melden ihre Daten.', 'Abstimmungsmodus: Einzelabstimmung nach Ländern',
      'Zustimmung: BW, BE, BB, HB, HH, MV, NI, NW, RP, SL, SH, TH', 'Ablehnung: BY', 'Enthaltung: HE, SN, ST', 'TOP 3 Verschiedenes', 'Nichts.'])
    expect([quiet.vote?.unanimous, quiet.vote?.debate, single.agenda[1]!.resolution?.clauses.map((c) => c.text), dissent(single, '2')])
      .toEqual([true, false, ['Die Länder melden ihre Daten.'], ['BY=no', 'HE=abstain', 'SN=abstain', 'ST=abstain']])
  })
  it('"Ministerialrat Jan Wolf (Geschäftsstelle DMK)": the office without "der"', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Weitere Teilnehmende', 'Ministerialrat Jan Wolf (Geschäftsstelle DMK)', ...TAIL])
    expect(people(r, 'staff')).toEqual(['Geschäftsstelle DMK Jan Wolf'])
  })
})

describe('an agenda table whose number column plain pdftotext prints apart from its titles, page by page, over minutes numbered "1."', () => {
  it('"TOP 1" / "TOP 2" / "TOP 3" / titles / page break / "TOP 4" / title, then "1. …" heads: the minutes\' heads, the attachments\' "1." none', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Tagesordnung', 'TOP 1', 'TOP 2', 'TOP 3', '',
      'Begrüßung', 'Bericht des Bundes', 'Cloud (BE)', '', 'Protokoll 9. DMK', '', '1/2', '\fTOP 4', '', 'Verschiedenes', '',
      '1. Begrüßung', 'Die Vorsitzende eröffnet die Sitzung.', '2. Bericht des Bundes', 'Der Bericht wird zur Kenntnis genommen.', '3. Cloud (BE)',
      'Beschlussvorschlag:', '1.', 'Die Länder bündeln den Betrieb.', 'Der Beschlussvorschlag wird einstimmig angenommen.', '4. Verschiedenes', 'Nichts.', '',
      'Anlagen', '1. Konzept Cloud', '2. Zeitplan'])
    expect(r.agenda.map((a) => `${a.number} ${a.title}`)).toEqual(['1 Begrüßung', '2 Bericht des Bundes', '3 Cloud', '4 Verschiedenes'])
    expect(r.agenda[2]!.vote).toMatchObject({outcome: 'adopted', unanimous: true})
  })
})

describe('held-out sets 88–89: "Beschlussinhalt:", "Länder-Votum:", "Das Votum ergeht einstimmig", a Land that lets another vote for it', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  it('"Beschlussinhalt:" and "Beschlussformel:" head the clauses; "Länder-Votum:" and "Stimmenbild:" end them', () => {
    for (const [head, result] of [['Beschlussinhalt:', 'Länder-Votum: 14 Ja, 1 Nein (BY), 0 Enthaltungen'], ['Beschlussformel:', 'Stimmenbild: 14 Ja, 1 Nein (BY), 0 Enthaltungen']]) {
      const r = item('2', ['TOP 2 Monitoring (BB)', 'Brandenburg berichtet.', head!, '1. Die Länder melden ihre Daten.', '2. Brandenburg berichtet erneut.', result!])
      expect([head, r.resolution?.clauses.map((c) => c.text), Object.entries(r.vote?.positions ?? {}).filter(([, p]) => p !== 'yes')])
        .toEqual([head, ['Die Länder melden ihre Daten.', 'Brandenburg berichtet erneut.'], [['BY', 'no']]])
    }
  })
  it('"Das Votum ergeht einstimmig; …", "Sämtliche Länder stimmen zu.", "Die Länder stimmen dem Beschlussvorschlag ohne Ausnahme zu."', () => {
    const vote = (line: string) => item('2', ['TOP 2 Leitfaden (HH)', 'Beschluss:', '1. Der Leitfaden wird beschlossen.', line]).vote
    for (const line of ['Das Votum ergeht einstimmig; Thüringen stimmt zugleich für Sachsen.', 'Sämtliche Länder stimmen zu.', 'Die Länder stimmen dem Beschlussvorschlag ohne Ausnahme zu.']) {
      expect([line, vote(line)?.outcome, vote(line)?.unanimous]).toEqual([line, 'adopted', true])
    }
  })
  it('"… verlässt die Sitzung nach TOP 2 und lässt sich von Thüringen vertreten"; "(Bund, BY, HE)" names the Länder that sponsor', () => {
    const r = record([...OPENING, 'TOP 2 Interoperabilität (Bund, BY, HE)', 'Der Bericht wird zur Kenntnis genommen.',
      'Staatssekretär Ben Hahn (Sachsen-Anhalt) verlässt die Sitzung um 12:40 Uhr nach TOP 2 und lässt sich von Thüringen vertreten.', ...TAIL.slice(2)])
    expect([r.meeting!.departures.map((d) => [d.org, d.proxy]), r.agenda[1]!.sponsors.map((s) => s.org), r.agenda[1]!.title]).toEqual([[['ST', 'TH']], ['BY', 'HE'], 'Interoperabilität'])
  })
  it('"Regierungsoberrätin" is an office; "Weitere" / "Mitwirkende" labels the staff', () => {
    const r = record([...HEADER, 'Mitglieder'.padEnd(22) + 'BW'.padEnd(10) + MINISTERS[0], ...LANDS.slice(1).map((c, i) => ''.padEnd(22) + c.padEnd(10) + MINISTERS[i + 1]),
      'Weitere'.padEnd(22) + 'GS'.padEnd(10) + 'Ministerialrat Jens Wolf', 'Mitwirkende', ''.padEnd(22) + 'RP'.padEnd(10) + 'Regierungsoberrätin Ida Merz', ...TAIL])
    expect(roster(r).filter((a) => a[0] === 'staff')).toEqual([['staff', 'GS', 'Jens Wolf', 'Ministerialrat', false], ['staff', 'RP', 'Ida Merz', 'Regierungsoberrätin', false]])
  })
})

describe('held-out sets 90–91: "Beschlusslage:", "Es wird einstimmig beschlossen.", a proxy said in the next sentence', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  it('"Beschlusslage:" and "Beschlussvorlage:" head the clauses; "Es wird einstimmig beschlossen.", "Zustimmung durch alle anwesenden Länder." adopt', () => {
    for (const [head, line] of [['Beschlusslage:', 'Es wird einstimmig beschlossen.'], ['Beschlussvorlage:', 'Zustimmung durch alle anwesenden Länder.']]) {
      const r = item('2', ['TOP 2 Monitoring (BB)', 'Brandenburg berichtet.', head!, '1. Die Länder melden ihre Daten.', '2. Brandenburg berichtet erneut.', line!])
      expect([head, r.resolution?.clauses.length, r.vote?.outcome, r.vote?.unanimous]).toEqual([head, 2, 'adopted', true])
    }
  })
  it('"widerspruchslos angenommen" is unanimous; "… erreicht damit nicht die erforderliche Mehrheit" rejects; "Die DMK nimmt hiervon Kenntnis." notes', () => {
    const vote = (line: string) => item('2', ['TOP 2 Leitfaden (HH)', 'Beschluss:', '1. Der Leitfaden wird beschlossen.', line]).vote
    expect([vote('Der Beschlussvorschlag wird widerspruchslos angenommen.')?.unanimous,
      vote('Der Beschlussvorschlag erhält 9 Ja-Stimmen bei 6 Gegenstimmen und erreicht damit nicht die erforderliche Mehrheit.')?.outcome,
      item('2', ['TOP 2 Bericht (HH)', 'Hamburg berichtet.', 'Die DMK nimmt hiervon Kenntnis.']).vote?.outcome]).toEqual([true, 'rejected', 'noted'])
  })
  it('a departure whose proxy the next sentence names: "Thüringen vertritt zugleich Sachsen-Anhalt.", "… wird … von Bremen vertreten."', () => {
    const left = (...lines: string[]) => record([...OPENING, 'TOP 2 Cloud (BE)', 'Der Bericht wird zur Kenntnis genommen.', ...lines, ...TAIL.slice(2)])
      .meeting!.departures.map((d) => [d.org, d.proxy])
    expect(left('Staatssekretär Ben Hahn (ST) verlässt die Sitzung um 11:50 Uhr. Thüringen vertritt zugleich Sachsen-Anhalt.')).toEqual([['ST', 'TH']])
    expect(left('Staatssekretär Ole Janssen (NI) verlässt die Sitzung um 12:20 Uhr. Niedersachsen wird in den folgenden Abstimmungen von Bremen vertreten.'))
      .toEqual([['NI', 'HB']])
  })
})

describe('numbered clauses right after a sentence of the minutes, no heading, a vote under them', () => {
  const item = (lines: string[]) => record([...OPENING, 'TOP 2 Portale (HE, NW)', ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === '2')!
  it('"… stellen den Beschlussvorschlag vor (Anlage 2)." / "1. Die DMK …" / "2. …" / "Der Beschlussvorschlag wird einstimmig angenommen."', () => {
    const r = item(['Hessen und Nordrhein-Westfalen stellen den Beschlussvorschlag vor (Anlage 2).', '1. Die DMK begrüßt die Koordinierung durch die FITKO.',
      '2. Die Länder binden ihre Portale bis 2031 an.', 'Der Beschlussvorschlag wird einstimmig angenommen.'])
    const marked = item(['Hessen und Nordrhein-Westfalen schlagen vor, die Portale zu vernetzen (Anlage 2).1', '1. Die DMK begrüßt die Koordinierung.',
      '2. Die Länder binden ihre Portale an.', 'Der Beschlussvorschlag wird mit einer Enthaltung (BY) angenommen.'])
    expect([r.resolution?.clauses.map((c) => c.number), r.vote?.unanimous, marked.resolution?.clauses.length]).toEqual([['1', '2'], true, 2])
  })
  it('a numbered list in a report, no vote under it, is no decision', () => {
    const r = item(['Hessen berichtet über zwei Vorhaben.', '1. Die Portale werden vernetzt.', '2. Die Länder binden ihre Portale an.', 'Die DMK nimmt den Bericht zur Kenntnis.'])
    expect([r.resolution, r.vote?.outcome]).toEqual([null, 'noted'])
  })
})

describe('held-out sets 92–96: a block vote over a range of sub-items, heads numbered without a mark, the office in a row', () => {
  it('"Die Beschlussvorschläge zu TOP 5.1 bis 5.3 werden in einer Blockabstimmung einstimmig angenommen." decides each; who leaves "nach TOP 5" still votes', () => {
    const sub = (n: string, land: string) => [`5.${n} Arbeitskreis ${n}`, `${land} berichtet als vorsitzendes Land.`, '1. Die DMK nimmt den Bericht zur Kenntnis.',
      `2. Das Mandat des Arbeitskreises ${n} wird verlängert.`]
    const r = record([...OPENING, 'TOP 5 Berichte der Arbeitskreise', ...sub('1', 'Hessen'), ...sub('2', 'Hamburg'), ...sub('3', 'Bremen'),
      'Die Beschlussvorschläge zu TOP 5.1 bis 5.3 werden in einer Blockabstimmung einstimmig angenommen.',
      'Staatssekretärin Eva Lindner (Berlin) verlässt die Sitzung nach TOP 5, ohne das Stimmrecht zu übertragen.',
      'TOP 6 Cloud', 'Der Beschluss wird einstimmig gefasst.', 'TOP 9 Verschiedenes', 'Nichts.'])
    const item = (n: string) => r.agenda.find((a) => a.number === n)!
    expect(['5.1', '5.2', '5.3'].map((n) => [item(n).vote?.outcome, item(n).vote?.positions?.BE, item(n).resolution?.clauses.length]))
      .toEqual([['adopted', 'yes', 2], ['adopted', 'yes', 2], ['adopted', 'yes', 2]])
    expect(item('6').vote?.positions?.BE).toBe('absent')
  })
  it('heads "1 Eröffnung", "2 Berichte" with no mark: a sentence wrapped before "TOP 5 Hamburg." heads nothing', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Tagesordnung', '1      Eröffnung', '2      Netze',
      '3      Cloud', '1 Eröffnung', 'Der Vorsitz eröffnet die Sitzung.', '2 Netze',
      'Staatssekretärin Eva Lindner verlässt die Sitzung um 12:15 Uhr; die Stimme des Landes Bremen führt ab', 'TOP 5 Hamburg.',
      '3 Cloud', 'Die DMK nimmt den Bericht zur Kenntnis.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Eröffnung'], ['2', 'Netze'], ['3', 'Cloud']])
  })
  it('the conference\'s office in a row: "GS DMK Ministerialrat …" (raw), "…, Geschäftsstelle der DMK", "ITDZ Berlin   Vorstand …"', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`),
      'Gast                ITDZ Berlin    Vorstand Dr. Karsten Vollmer (zu TOP 4)',
      'Weitere Teilnehmende GS DMK Ministerialrat Jan-Philipp Wolters', ...TAIL])
    const named = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`),
      'Weitere Anwesende   Ministerialrat Jan-Philipp Wolters, Geschäftsstelle der DMK', ...TAIL])
    expect([...people(r, 'guest'), ...people(r, 'staff'), ...people(named, 'staff')])
      .toEqual(['ITDZ Berlin Karsten Vollmer', 'GS DMK Jan-Philipp Wolters', 'Geschäftsstelle der DMK Jan-Philipp Wolters'])
  })
  it('a label wrapped as "Geschäftsstelle und" / "Niederschrift" stays the label', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}      ${MINISTERS[i]}`),
      'Geschäftsstelle und      GS        Ministerialrat Jan-Philipp Wolters', 'Niederschrift            HH        Oberregierungsrätin Merle Brodersen', ...TAIL])
    expect(people(r, 'staff')).toEqual(['GS Jan-Philipp Wolters', 'HH Merle Brodersen'])
  })
  it('"Tagesordnung" over a margin\'s line number belongs to the agenda, not to the last attendee', () => {
    const r = record([...HEADER, 'Mitglieder', '', ...LANDS.flatMap((c, i) => [c, '', MINISTERS[i]!, '']), 'Weitere Anwesende', '', 'BE', '',
      'Regierungsdirektor Malte Kirchner (Protokoll)', '', 'Tagesordnung', '', '10', '', 'TOP 1 Eröffnung', 'TOP 2 Netze', '', 'TOP 1 – Eröffnung',
      'Der Vorsitz eröffnet die Sitzung.', 'TOP 2 – Netze', 'Die DMK nimmt den Bericht zur Kenntnis.'])
    expect(people(r, 'staff')).toEqual(['BE Malte Kirchner'])
  })
})

describe('held-out sets 92–96: sponsors "eingebracht von", deputies, a running header\'s item number', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  it('"(eingebracht von BE, BB)" at a title\'s end names the sponsors', () => {
    const r = item('2', ['TOP 2 Verwaltungsdigitalisierung: Bericht (eingebracht von BE, BB)', 'Berlin berichtet.', 'Die DMK nimmt den Bericht zur Kenntnis.'])
    expect([r.title, r.sponsors.map((s) => s.org)]).toEqual(['Verwaltungsdigitalisierung: Bericht', ['BE', 'BB']])
  })
  it('"vertretungsweise Ministerialdirigentin Dr. …", "Vertretung durch Abteilungsleiterin Dr. …": the deputy, a row of its own in a column of names', () => {
    const names = MINISTERS.map((m, i) => (i === 1 ? 'vertretungsweise Ministerialdirigentin Dr. Sabine Raithel' : m))
    const r = record([...HEADER, 'Teilnehmende', 'Mitglieder', ...LANDS, ...names, ...TAIL])
    const rows = record([...HEADER, 'Teilnehmende', 'Mitglieder', ...LANDS.map((c, i) => `${c}   ${i === 4 ? 'Vertretung durch Abteilungsleiterin Dr. Wiebke Ahrens' : MINISTERS[i]}`),
      ...TAIL])
    expect([people(r, 'member').slice(0, 3), people(rows, 'member')[4]]).toEqual([['BW Anna Weber', 'BY Sabine Raithel', 'BE Eva Lindner'], 'HB Wiebke Ahrens'])
  })
  it('plain pdftotext: a running header\'s "TOP 1" set apart from it heads nothing where the minutes head "1. Begrüßung …"', () => {
    const page = (n: number) => ['', `Seite ${n} von 3`, '', '\fDMK 9 – Bremen, 14. März 2030', '']
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Tagesordnung', '1.', '2.', '', 'Begrüßung', 'Netze',
      ...page(1), '3.', '', 'TOP 1', '', 'Cloud', '', '1. Begrüßung', 'Die Vorsitzende begrüßt die Mitglieder.', '', '2. Netze', 'Der Bund berichtet.',
      ...page(2), 'TOP 2', '', '3. Cloud', 'Die DMK nimmt den Bericht zur Kenntnis.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Begrüßung'], ['2', 'Netze'], ['3', 'Cloud']])
  })
})

describe('held-out sets 92–96: the vote under the clauses said as consent, the chair\'s finding, "Stimmverhalten:"', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  it('"Der Beschlussvorschlag wird konsentiert.", "Der Vorsitz stellt die Einstimmigkeit fest.", "Widerspruch erhebt sich nicht." adopt unanimously', () => {
    for (const line of ['Der Beschlussvorschlag wird konsentiert.', 'Der Vorsitz stellt die Einstimmigkeit fest.', 'Widerspruch erhebt sich nicht.',
      'Der Vorsitz stellt im Wege der Umfrage die Zustimmung aller anwesenden Länder fest.']) {
      const vote = item('2', ['TOP 2 Leitfaden (HH)', 'Beschluss:', '1. Der Leitfaden wird beschlossen.', '2. Hamburg berichtet 2031.', line]).vote
      expect([line, vote?.outcome, vote?.unanimous]).toEqual([line, 'adopted', true])
    }
  })
  it('"Stimmverhalten: dafür 13, dagegen 1 (Rheinland-Pfalz), Enthaltung 1 (Sachsen-Anhalt)." under the clauses; "keine Gegenstimme, keine Enthaltung"', () => {
    const r = record([...OPENING, 'TOP 2 Mobilfunk (MV)', 'Beschluss:', '1. Die Länder fördern den Ausbau.', '2. Der Bund wird gebeten, …',
      'Stimmverhalten: dafür 13, dagegen 1 (Rheinland-Pfalz), Enthaltung 1 (Sachsen-Anhalt).',
      'TOP 3 Register (BE)', 'Beschluss:', '1. Die Länder melden ihre Register.', 'Das Ergebnis lautet: 16 Ja-Stimmen, keine Gegenstimme, keine Enthaltung.',
      'TOP 9 Verschiedenes', 'Nichts.'])
    expect([r.agenda[1]!.resolution?.clauses.length, dissent(r, '2'), r.agenda[2]!.vote?.unanimous, dissent(r, '3')])
      .toEqual([2, ['RP=no', 'ST=abstain'], true, []])
  })
  it('lead-ins "Die DMK stimmt dem Beschlussvorschlag in folgender Fassung zu:", "Es ergeht folgender Beschluss:"; a footnote\'s marker ends the sentence before', () => {
    const preamble = (lines: string[]) => item('2', ['TOP 2 Register (BW)', ...lines, '1. Die Länder melden ihre Register.', '2. Baden-Württemberg berichtet.',
      'Einstimmig angenommen.']).resolution?.preamble
    expect([preamble(['Baden-Württemberg berichtet.', 'Die DMK stimmt dem Beschlussvorschlag in folgender Fassung zu:']),
      preamble(['Baden-Württemberg berichtet.', 'Es ergeht folgender Beschluss:']),
      preamble(['Baden-Württemberg stellt die Strategie vor (Anlage 2). 1', 'Die DMK beschließt:'])])
      .toEqual(['Die DMK stimmt dem Beschlussvorschlag in folgender Fassung zu:', 'Es ergeht folgender Beschluss:', 'Die DMK beschließt:'])
  })
  it('"Bayern und Sachsen treten der Protokollerklärung bei."; "Der Freistaat Sachsen erklärt für das Protokoll: „…“"', () => {
    const notes = (lines: string[]) => item('2', ['TOP 2 Register (BW)', 'Beschluss:', '1. Die Länder melden ihre Register.', 'Einstimmig angenommen.', ...lines])
      .notes.map((n) => n.org)
    expect([notes(['Nordrhein-Westfalen gibt folgende Protokollerklärung ab: „Die Umsetzung steht unter Haushaltsvorbehalt.“ Bayern und Sachsen treten der Protokollerklärung bei.']),
      notes(['Der Freistaat Sachsen erklärt für das Protokoll: „Sachsen trägt den Beschluss mit.“'])]).toEqual([['NW', 'BY', 'SN'], ['SN']])
  })
})

describe('held-out sets 92–96: sub-items with their own clauses voted in a block, counts of Länder, a proposal withdrawn before the session', () => {
  it('"4.1 …" / "1. Die Länder …" under a head is an item with clauses; "Über TOP 4.1 und 4.2 erfolgt die Beschlussfassung im Block; beide … einstimmig angenommen."', () => {
    const r = record([...OPENING, 'TOP 4 Kompetenzen (HH, SH)', 'Hamburg stellt die Beschlussvorschläge vor.', '4.1 Fortbildung',
      '1.   Die Länder öffnen ihre Fortbildungsangebote.', '2.   Die Geschäftsstelle führt eine Übersicht.', '4.2 Lernplattform',
      '1.   Die Länder prüfen eine gemeinsame Lernplattform.', '2.   Hamburg berichtet 2031.',
      'Über TOP 4.1 und 4.2 erfolgt die Beschlussfassung im Block; beide Beschlussvorschläge werden einstimmig angenommen.', 'TOP 9 Verschiedenes', 'Nichts.'])
    const item = (n: string) => r.agenda.find((a) => a.number === n)!
    expect(['4.1', '4.2'].map((n) => [item(n).title, item(n).resolution?.clauses.length, item(n).vote?.outcome, item(n).vote?.unanimous]))
      .toEqual([['Fortbildung', 2, 'adopted', true], ['Lernplattform', 2, 'adopted', true]])
  })
  it('"Ergebnis: Zustimmung 13 Länder, Enthaltung 2 Länder (Hessen, Nordrhein-Westfalen)" names who abstained', () => {
    const r = record([...OPENING, 'TOP 2 Lagebild (SL)', 'Beschluss:', '1. Die Länder tauschen Lagebilder aus.',
      'Ergebnis: Zustimmung 13 Länder, Enthaltung 2 Länder (Hessen, Nordrhein-Westfalen). Bremen ist nicht anwesend.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect(dissent(r, '2').filter((d) => !d.endsWith('absent'))).toEqual(['HE=abstain', 'NW=abstain'])
  })
  it('"Schleswig-Holstein hat den Antrag vor der Sitzung zurückgezogen" under its own item: withdrawn, and a change to the agenda', () => {
    const r = record([...OPENING, 'TOP 5 Open-Source-Strategie (SH)', 'Schleswig-Holstein hat den Antrag vor der Sitzung zurückgezogen.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect([r.agenda.find((a) => a.number === '5')!.vote?.outcome, r.agendaChanges.map((c) => [c.number, c.change, c.by, c.title])])
      .toEqual(['withdrawn', [['5', 'withdrawn', 'SH', 'Open-Source-Strategie']]])
  })
})

describe('held-out sets 97–98: heads "Beratungspunkt 3 – …" and "3a …", "Einstimmig fasst die DMK …", "Die Länder sind sich einig, …"', () => {
  it('items headed "Beratungspunkt 1 – Begrüßung" with sub-items "3a Umsetzungsplan (NW, BW)" that have no mark', () => {
    const r = record([...OPENING.slice(0, -2), 'Beratungspunkt 1 – Begrüßung', 'Die Vorsitzende eröffnet die Sitzung.', 'Beratungspunkt 2 – Cloud',
      'Die DMK nimmt den Bericht zur Kenntnis.', '3. Datenräume', '3a Umsetzungsplan (NW, BW)', 'Nordrhein-Westfalen berichtet.',
      '3b Rahmenvertrag (BB)', 'Brandenburg berichtet.', 'Beratungspunkt 4 – Termine', 'Keine.'])
    const text = record([...OPENING.slice(0, -2), '1. Begrüßung', 'Die Vorsitzende eröffnet die Sitzung.', '2. Cloud', 'Die DMK nimmt den Bericht zur Kenntnis.',
      '3. Datenräume', '3a Umsetzungsplan (NW, BW)', 'Nordrhein-Westfalen berichtet.', 'Beschlussvorschlag:', '1. Die DMK nimmt den Plan zur Kenntnis.',
      '2. Die Länder beginnen 2031.', 'Einstimmig angenommen.', '3b Rahmenvertrag (BB)', 'Brandenburg berichtet.', '4. Termine', 'Keine.'])
    expect([r.agenda.map((a) => a.number).slice(0, 2), text.agenda.map((a) => [a.number, a.title, a.sponsors.map((s) => s.org)])]).toEqual([['1', '2'],
      [['1', 'Begrüßung', []], ['2', 'Cloud', []], ['3', 'Datenräume', []], ['3a', 'Umsetzungsplan', ['NW', 'BW']], ['3b', 'Rahmenvertrag', ['BB']], ['4', 'Termine', []]]])
  })
  it('"Einstimmig fasst die DMK folgenden Beschluss:" over the clauses; "Die Länder sind sich einig, dem Beschlussvorschlag zuzustimmen." under them', () => {
    const item = (lines: string[]) => record([...OPENING, 'TOP 2 Rechenzentren (HB)', 'Bremen berichtet.', ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
    const lead = item(['Einstimmig fasst die DMK folgenden Beschluss:', '1. Die DMK stimmt dem Schlüssel zu.', '2. Bremen legt die Vereinbarung vor.'])
    const agreed = item(['Beschlussvorschlag:', '1. Die DMK stimmt dem Schlüssel zu.', '2. Bremen legt die Vereinbarung vor.',
      'Die Länder sind sich einig, dem Beschlussvorschlag zuzustimmen.'])
    expect([lead.resolution?.preamble, lead.vote?.unanimous, agreed.resolution?.clauses.length, agreed.vote?.outcome, agreed.vote?.unanimous])
      .toEqual(['Einstimmig fasst die DMK folgenden Beschluss:', true, 2, 'adopted', true])
  })
})

describe('held-out sets 97–98: "Alle Länder erklären ihr Einverständnis", deferral said as "ausgesetzt" or "wiedervorgelegt"', () => {
  const item = (lines: string[]) => record([...OPENING, 'TOP 2 Cloud (NW)', 'Nordrhein-Westfalen berichtet.', ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
  it('"Die DMK verständigt sich auf folgenden Beschluss:" heads the clauses; "Alle Länder erklären ihr Einverständnis …" adopts unanimously', () => {
    const r = item(['Die DMK verständigt sich auf folgenden Beschluss:', '1. Die Länder bauen die Cloud auf.', '2. Nordrhein-Westfalen berichtet 2031.',
      'Alle Länder erklären ihr Einverständnis mit dem Beschlussvorschlag.'])
    expect([r.resolution?.preamble, r.resolution?.clauses.length, r.vote?.outcome, r.vote?.unanimous])
      .toEqual(['Die DMK verständigt sich auf folgenden Beschluss:', 2, 'adopted', true])
  })
  it('"Die Beschlussfassung wird ausgesetzt, bis …", "… wird zur 504. Sitzung wiedervorgelegt.", "… beschließt die DMK die Zurückstellung …" defer', () => {
    expect([item(['Die Beschlussfassung wird ausgesetzt, bis der Bund berichtet hat.']).vote?.outcome,
      item(['Der Beschlussvorschlag wird zur 504. Sitzung wiedervorgelegt.']).vote?.outcome,
      item(['Auf Antrag Nordrhein-Westfalens beschließt die DMK die Zurückstellung des Tagesordnungspunkts bis zur 240. Sitzung.']).vote?.outcome])
      .toEqual(['deferred', 'deferred', 'deferred'])
  })
})

describe('held-out set 94: "Beschlussvorlage Nr. 492/3" over the clauses, a running header\'s "TOP 1" among the agenda table\'s numbers', () => {
  it('"Beschlussvorlage Nr. 492/3" alone heads the clauses (a heading, no preamble)', () => {
    const r = record([...OPENING, 'TOP 2 Vereinsplattform (SN, TH)', 'Sachsen stellt den Entwurf vor.', 'Beschlussvorlage Nr. 492/3',
      '1. Die DMK nimmt den Entwurf zur Kenntnis.', '2. Die Länder tragen die Kosten.', 'Ergebnis: 14 dafür / 1 dagegen (BY) / 1 Enthaltung (HE)',
      'TOP 9 Verschiedenes', 'Nichts.'])
    expect([r.agenda[1]!.resolution?.preamble, r.agenda[1]!.resolution?.clauses.length, dissent(r, '2')]).toEqual([null, 2, ['BY=no', 'HE=abstain']])
  })
  it('plain pdftotext: "TOP 3" / … / "TOP 7" / "TOP 1" (the running header\'s item after the table\'s numbers) heads nothing where "TOP 1 – Begrüßung" does', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Tagesordnung', 'TOP 1', 'TOP 2', '', 'Begrüßung', 'Netze', '',
      'Seite 1 von 3', '', '\fDMK · 9. Sitzung · Bremen', '', 'TOP 3', '', 'TOP 1', '', 'Cloud', '', 'TOP 1 – Begrüßung', 'Die Vorsitzende begrüßt die Mitglieder.',
      'TOP 2 – Netze', 'Der Bund berichtet.', '', 'Seite 2 von 3', '', '\fDMK · 9. Sitzung · Bremen', '', 'TOP 3', '', 'TOP 3 – Cloud',
      'Die DMK nimmt den Bericht zur Kenntnis.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Begrüßung'], ['2', 'Netze'], ['3', 'Cloud']])
  })
})

describe('held-out set 99: "Teilnahme" over a table "Land   Name   Amt"', () => {
  it('"Teilnahme" alone opens the attendee table; the header field above it ends there', () => {
    const r = record(['Ergebnisprotokoll der 9. Sitzung der Digitalministerkonferenz', 'Sitzungstag:        14. März 2030',
      'Protokoll:          Frauke Thomsen, MDHK', '', 'Teilnahme', ' Land      Name                 Amt',
      ...LANDS.map((c, i) => ` ${c}        ${parsePerson(MINISTERS[i]!).name}        ${parsePerson(MINISTERS[i]!).title}`), '', ...TAIL])
    expect(people(r, 'member')).toEqual(EVERY_MEMBER)
  })
})

describe('held-out sets 101–102: a resolution "mit der Maßgabe", "stimmt nicht mit", reports noted or sent back, who speaks to a proposal', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  it('"Beschlossen mit der Maßgabe, dass in Ziffer 2 … ersetzt wird." / "Einstimmig.": adopted unanimously, clause 2 amended', () => {
    const a = item('2', ['TOP 2 Portalstandards (BE, BB)', 'Die DMK beschließt:', '(1) Die Länder setzen die Standards bis Ende 2031 um.',
      '(2) Berlin berichtet 2032.', 'Beschlossen mit der Maßgabe, dass in Ziffer 1 die Jahreszahl „2031“ durch „2032“ ersetzt wird.', 'Einstimmig.'])
    expect([a.vote?.outcome, a.vote?.unanimous, a.amendments.map((m) => [m.clauses, m.action])]).toEqual(['adopted', true, [[['1'], 'amended']]])
  })
  it('"Bayern stimmt nicht mit; im Übrigen einstimmig angenommen." names Bayern against', () => {
    const r = record([...OPENING, 'TOP 2 Bürgerpostfach (RP)', 'Die DMK fasst folgenden Beschluss:', '1. Die Länder binden ihre Portale an.',
      'Bayern stimmt nicht mit; im Übrigen einstimmig angenommen.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect([r.agenda[1]!.vote?.unanimous, dissent(r, '2')]).toEqual([false, ['BY=no']])
  })
  it('"Das Ergebnisprotokoll der 8. Sitzung wird … genehmigt."; "Der Bericht wird zur Kenntnis gegeben."; "Einstimmige Kenntnisnahme."', () => {
    expect([item('2', ['TOP 2 Protokoll', 'Das Ergebnisprotokoll der 8. Sitzung wird ohne Änderungen genehmigt.']).vote?.outcome,
      item('2', ['TOP 2 Bericht des Bundes', 'Der Bund berichtet über das Gesetz. Der Bericht wird zur Kenntnis gegeben.']).vote?.outcome,
      item('2', ['TOP 2 Bericht des Bundes', 'Der Bund berichtet über das Gesetz. Einstimmige', 'Kenntnisnahme.']).vote?.outcome])
      .toEqual(['adopted', 'noted', 'noted'])
  })
  it('"Der Entwurf wird zur Überarbeitung an die AG zurückverwiesen" defers it', () => {
    expect(item('2', ['TOP 2 Leitlinien KI (NW)', 'Nordrhein-Westfalen stellt den Entwurf vor. Der Entwurf wird zur Überarbeitung an die AG zurückverwiesen.']).vote?.outcome)
      .toBe('deferred')
  })
  it('a sponsor asking to defer its own item is no debate; another Land announcing its abstention, or suggesting a change, is', () => {
    const debate = (lines: string[]) => item('2', ['TOP 2 Rechenzentren (SH)', ...lines]).vote?.debate
    expect([debate(['Schleswig-Holstein bittet, den Punkt zu vertagen. Der Punkt wird vertagt.']),
      debate(['Bayern bittet, den Punkt zu vertagen. Der Punkt wird vertagt.']),
      debate(['Schleswig-Holstein stellt den Beschlussvorschlag vor. Sachsen kündigt an, sich zu enthalten.', 'Der Beschlussvorschlag wird angenommen.']),
      debate(['Schleswig-Holstein stellt den Beschlussvorschlag vor. Hessen regt an, die Frist zu verlängern.', 'Der Beschlussvorschlag wird angenommen.'])])
      .toEqual([null, true, true, true])
  })
  it('a footnote\'s marker after the full stop ends the sentence: "… vor (Anlage 1).1 Bremen und Berlin halten die Frist für zu lang."', () => {
    expect(item('2', ['TOP 2 Meldewesen (SN)', 'Sachsen stellt den Beschlussvorschlag vor (Anlage 1).1 Bremen und Berlin halten die Frist für zu lang.',
      'Der Beschlussvorschlag wird mehrheitlich angenommen.']).vote?.debate).toBe(true)
  })
})

describe('held-out sets 101–102: a proxy said "Ab TOP 5 stimmt … für …", titles that end in a person\'s Land or in "(Geschäftsstelle)", a footer\'s number', () => {
  it('"… verlässt die Sitzung nach TOP 2 um 11:55 Uhr. Ab TOP 3 stimmt Sachsen-Anhalt für Thüringen.": Sachsen-Anhalt holds the vote', () => {
    const r = record([...OPENING, 'TOP 2 Bericht', 'Die DMK nimmt den Bericht zur Kenntnis.',
      'Minister Kuhn verlässt die Sitzung nach TOP 2 um 11:55 Uhr. Ab TOP 3 stimmt Sachsen-', 'Anhalt für Thüringen.',
      'TOP 3 Leitlinien (NW)', 'Beschluss:', '1. Die Länder wenden die Leitlinien an.', 'Einstimmig angenommen.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect([r.meeting!.departures.map((d) => [d.org, d.time, d.proxy]), dissent(r, '3')]).toEqual([[['TH', '11:55', 'ST']], []])
  })
  it('"1. Begrüßung" / "Staatssekretärin Dr. Heitmann begrüßt …, besonders Staatssekretärin Dr. Wimmer (Bayern)": the title is one line', () => {
    const r = record([...OPENING.slice(0, -2), '1. Begrüßung und Tagesordnung',
      'Staatssekretärin Eva Lindner begrüßt die Mitglieder, besonders Staatsminister Dr. Paul Huber (Bayern)', 'und Staatsrätin Lea Vogt, die erstmals teilnehmen.',
      '2. Bericht der Geschäftsstelle (Geschäftsstelle)', 'Die DMK nimmt den Bericht zur Kenntnis.', '3. Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => [a.number, a.title, a.sponsors.map((s) => s.org)]))
      .toEqual([['1', 'Begrüßung und Tagesordnung', []], ['2', 'Bericht der Geschäftsstelle', []], ['3', 'Verschiedenes', []]])
  })
  it('pdftotext -layout: a footer "Saarland | MDHK   Seite" whose number went to the next line with the footer\'s "TOP 7" ("TOP 3 7") heads nothing', () => {
    const footer = (page: number, top: number) => [`Saarland | MDHK${' '.repeat(70)}Seite`, `${' '.repeat(85)}TOP ${page} ${top}`, '\f']
    const r = record([...OPENING, ...footer(1, 2), 'TOP 2 Bericht', 'Die DMK nimmt den Bericht zur Kenntnis.', ...footer(2, 3),
      'TOP 3 Termine', 'Die nächste Sitzung findet im Mai statt.', ...footer(3, 3)])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Eröffnung'], ['2', 'Bericht'], ['3', 'Termine']])
  })
})

describe('held-out sets 103–106: decisions "wie Vorlage", agreement reached, "für erledigt erklärt", the result said with a comma', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  const vote = (lines: string[]) => {
    const v = item('2', ['TOP 2 Leitlinien (BW)', ...lines]).vote
    return [v?.outcome, v?.unanimous]
  }
  it('"Es wird Einvernehmen erzielt, die Geschäftsordnung wie folgt zu ändern:" leads into the clauses and adopts them unanimously', () => {
    const a = item('2', ['TOP 2 Geschäftsordnung (BW, NW)', 'Baden-Württemberg erläutert den Vorschlag. Es wird Einvernehmen erzielt, die',
      'Geschäftsordnung wie folgt zu ändern:', '1. In § 4 Absatz 2 werden die Wörter „oder elektronisch“ eingefügt.', '2. Die Änderung tritt sofort in Kraft.'])
    expect([a.resolution?.clauses.length, a.vote?.outcome, a.vote?.unanimous]).toEqual([2, 'adopted', true])
  })
  it('"Ergebnis: Beschluss wie Vorlage; einstimmig.", "Beschluss laut Vorlage bei Enthaltung von Bayern und Hessen."', () => {
    const clauses = ['Beschlussvorschlag:', '1. Die Länder wenden die Leitlinien an.', '2. Baden-Württemberg berichtet 2031.']
    const r = record([...OPENING, 'TOP 2 Leitlinien (BW)', ...clauses, 'Ergebnis: Beschluss wie Vorlage; einstimmig.',
      'TOP 3 Register (BE)', ...clauses, 'Beschluss laut Vorlage bei Enthaltung von Bayern und Hessen.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect([r.agenda[1]!.vote?.unanimous, dissent(r, '2'), r.agenda[2]!.vote?.unanimous, dissent(r, '3')]).toEqual([true, [], false, ['BY=abstain', 'HE=abstain']])
  })
  it('"Einstimmig, ohne Aussprache." and "Einstimmig, bei Abwesenheit von Sachsen-Anhalt." under the clauses', () => {
    const clauses = ['Beschluss:', '1. Das Mandat der AG wird verlängert.', '2. Den Vorsitz führt Hessen.']
    const a = item('2', ['TOP 2 Mandat der AG (HE)', ...clauses, 'Einstimmig, ohne Aussprache.'])
    const r = record([...OPENING, 'TOP 2 Mandat der AG (HE)', ...clauses, 'Einstimmig, bei Abwesenheit von Sachsen-Anhalt.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect([a.vote?.outcome, a.vote?.unanimous, a.vote?.debate, r.agenda[1]!.vote?.outcome, dissent(r, '2')]).toEqual(['adopted', true, false, 'adopted', ['ST=absent']])
  })
  it('"Zurückgezogen (siehe TOP 1).", "Der Prüfauftrag wird einstimmig für erledigt erklärt.", "Ergebnis: Einvernehmen.", "Ohne Widerspruch festgestellt."', () => {
    expect([vote(['Zurückgezogen (siehe TOP 1).']), vote(['Baden-Württemberg berichtet. Der Prüfauftrag wird einstimmig für erledigt erklärt.']),
      vote(['Beschluss:', '1. Die Länder wenden die Leitlinien an.', 'Ergebnis: Einvernehmen.']),
      vote(['Verständigung:', '1. Die Länder wenden die Leitlinien an.', 'Ohne Widerspruch festgestellt.'])])
      .toEqual([['withdrawn', null], ['adopted', true], ['adopted', true], ['adopted', true]])
  })
  it('"Die DMK fasst im Wege des Konsenses folgenden Beschluss:", "Die Konferenz beschließt einmütig:" are unanimous', () => {
    const clauses = ['1. Die Länder tauschen Erfahrungen aus.', '2. Baden-Württemberg lädt ein.']
    expect([vote(['Baden-Württemberg berichtet. Die DMK fasst im Wege des Konsenses folgenden Beschluss:', ...clauses]),
      vote(['Baden-Württemberg berichtet.', 'Die Konferenz beschließt einmütig:', ...clauses])]).toEqual([['adopted', true], ['adopted', true]])
  })
})

describe('held-out sets 103–106: stances, a withdrawal beside another item, wrapped ordinals, a last page\'s line number, the protocol\'s parts, proxies', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  it('"…; Bayern und Hessen verweisen auf …", "Bayern und Sachsen bekräftigen ihre Vorbehalte", "Die Länder begrüßen den Ansatz" are debate', () => {
    const debate = (line: string) => item('2', ['TOP 2 Bildungsplattformen (ST)', line, 'Beschluss:', '1. Die Länder richten eine AG ein.', 'Einstimmig angenommen.']).vote?.debate
    expect(['Sachsen-Anhalt erläutert den Beschlussvorschlag; Bayern und Hessen verweisen auf die Zuständigkeit ihrer Kultusministerien.',
      'Sachsen-Anhalt stellt den Entwurf vor. Bayern und Sachsen bekräftigen ihre Vorbehalte aus der 8. Sitzung.',
      'Sachsen-Anhalt stellt den Ansatz vor. Die Länder begrüßen den Ansatz.'].map(debate)).toEqual([true, true, true])
  })
  it('"… die Überschneidungen mit TOP 5 …, zieht Bayern den Beschlussvorschlag zurück." under TOP 6 withdraws TOP 6', () => {
    const r = record([...OPENING, 'TOP 5 KI-Basisdienste (NW)', 'Die DMK nimmt den Bericht zur Kenntnis.', 'TOP 6 Chatbot-Plattform (BY)',
      'Bayern stellt den Vorschlag vor. Nach kurzer Aussprache, in der mehrere Länder auf die Überschneidungen mit TOP 5 hinweisen, zieht Bayern',
      'den Beschlussvorschlag zurück.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect([r.agenda.find((a) => a.number === '6')!.vote?.outcome, r.agendaChanges.map((c) => c.number)]).toEqual(['withdrawn', []])
  })
  it('a title wrapped after an ordinal: "Zu TOP 1: Begrüßung, Genehmigung des Protokolls der 8." / "Sitzung"', () => {
    const r = record([...OPENING.slice(0, -2), 'Zu TOP 1: Begrüßung, Genehmigung des Protokolls der 8.', 'Sitzung',
      'Die Vorsitzende begrüßt die Mitglieder. Das Protokoll der 8. Sitzung wird genehmigt.', 'Zu TOP 2: Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => a.title)).toEqual(['Begrüßung, Genehmigung des Protokolls der 8. Sitzung', 'Verschiedenes'])
  })
  it('"5   Zu TOP 3: Verschiedenes", the only line number of a last page, is the margin\'s', () => {
    const margin = (page: string[]) => page.map((l, i) => `${(i + 1) % 5 === 0 ? String(i + 1).padStart(2) : '  '}   ${l}`).join('\n')
    const first = [...HEADER, 'Mitglieder', ...LANDS.slice(0, 10).map((c, i) => `${c}  ${MINISTERS[i]}`), '- 1 -']
    const second = ['Zu TOP 1: Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'Zu TOP 2: Register (BE)', 'Berlin berichtet über den Stand',
      'der Arbeiten in den Ländern.', 'Die DMK nimmt den Bericht zur Kenntnis.', 'Weitere Wortmeldungen gibt es nicht.', 'Berlin dankt.', 'Die Länder danken.',
      'Die Beratung ist beendet.', '- 2 -']
    const third = ['', '', '', '', 'Zu TOP 3: Verschiedenes', 'Die Vorsitzende schließt die Sitzung.']
    const r = run([margin(first), margin(second), margin(third)].join('\n\f')).record
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Eröffnung'], ['2', 'Register'], ['3', 'Verschiedenes']])
  })
  it('"I. Anwesenheit" / "II. Tagesordnung" / "III. Behandlung der Tagesordnungspunkte" over items "1. Begrüßung …" are parts, no items', () => {
    const r = record([...HEADER, 'I. Anwesenheit', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'II. Tagesordnung', '1. Begrüßung', '2. Register (BE)',
      '3. Verschiedenes', 'III. Behandlung der Tagesordnungspunkte', '1. Begrüßung', 'Die Vorsitzende eröffnet die Sitzung.', '2. Register',
      'Die DMK nimmt den Bericht zur Kenntnis.', '3. Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => [a.number, a.title, a.vote?.outcome ?? null])).toEqual([['1', 'Begrüßung', null], ['2', 'Register', 'noted'], ['3', 'Verschiedenes', null]])
  })
  it('"Übertragung der Stimme Sachsen-Anhalts auf Thüringen.", "… hat Nordrhein-Westfalen Niedersachsen seine Stimme übertragen."', () => {
    const proxy = (next: string) => record([...OPENING, 'TOP 2 Bericht', 'Die DMK nimmt den Bericht zur Kenntnis.',
      `Ministerin Schulz verlässt die Sitzung um 13:00 Uhr. ${next}`, 'TOP 9 Verschiedenes', 'Nichts.']).meeting!.departures.map((d) => [d.org, d.proxy])
    expect([proxy('Übertragung der Stimme Nordrhein-Westfalens auf Thüringen.'), proxy('Für die weiteren Punkte hat Nordrhein-Westfalen Niedersachsen seine Stimme übertragen.')])
      .toEqual([[['NW', 'TH']], [['NW', 'NI']]])
  })
})

describe('held-out sets 107–108: proposals not pursued or sent back, counts "aus" a Land, the result after a page break, a Land missing under the staff', () => {
  const item = (top: string, lines: string[]) => record([...OPENING, ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((a) => a.number === top)!
  it('"… dass der Vorschlag … nicht weiter verfolgt wird" withdraws; "Der Vorschlag wird … an die AG Beschaffung zurückverwiesen" defers', () => {
    expect([item('2', ['TOP 2 Pilotvorhaben (BE, SH)', 'Berlin stellt den Vorschlag vor. Die Antragsteller erklären daraufhin, dass der Vorschlag bis zum',
      'Abschluss der Ausschreibung nicht weiter verfolgt wird.']).vote?.outcome,
    item('2', ['TOP 2 Beschaffung (HH, BE)', 'Hamburg stellt den Vorschlag vor. Der Vorschlag wird zur weiteren Bearbeitung an die AG Beschaffung zurückverwiesen.']).vote?.outcome])
      .toEqual(['withdrawn', 'deferred'])
  })
  it('"Der Regierungsentwurf soll … vom Kabinett beschlossen werden. Die DMK nimmt den Bericht billigend zur Kenntnis." is noted', () => {
    expect(item('2', ['TOP 2 Bericht des Bundes', 'Der Bund berichtet. Der Regierungsentwurf soll im Januar vom Kabinett beschlossen werden. Die DMK nimmt den',
      'Bericht billigend zur Kenntnis.']).vote?.outcome).toBe('noted')
  })
  it('"bei einer Gegenstimme aus Bayern und einer Enthaltung aus Sachsen"; "ohne Widerspruch angenommen" is unanimous', () => {
    const clauses = ['Beschluss:', '1. Die Länder richten eine Prüfstelle ein.', '2. Sitz der Prüfstelle ist Mainz.']
    const r = record([...OPENING, 'TOP 2 Prüfstelle (RP)', ...clauses, 'Der Beschluss wird bei einer Gegenstimme aus Bayern und einer Enthaltung aus Sachsen',
      'angenommen.', 'TOP 3 Standards (BE)', ...clauses, 'Der Beschlussvorschlag wird ohne Widerspruch angenommen.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect([dissent(r, '2'), r.agenda[2]!.vote?.unanimous]).toEqual([['BY=no', 'SN=abstain'], true])
  })
  it('"Es wird wie folgt abgestimmt: Ja 13 (…), Nein 2 (BY, SN), Enthaltung 1 (HE)." after the clauses and a page\'s footer ends them', () => {
    const r = record([...OPENING, 'TOP 2 Digitale Identitäten (NW, HE)', 'Die DMK fasst folgenden Beschluss:', '1. Die Länder wirken darauf hin, dass ihre Kommunen',
      '   a) die digitalen Identitäten zulassen,', '   b) die Nutzerkonten abschalten.', '2. Nordrhein-Westfalen berichtet in der 10. Sitzung.',
      'Digitalministerkonferenz – 9. Sitzung am 14. März 2030 in Bremen                       Seite 2', '\f',
      'Es wird wie folgt abgestimmt: Ja 13 (BW, BE, BB, HB, HH, MV, NI, NW, RP, SL, ST, SH, TH), Nein 2', '(BY, SN), Enthaltung 1 (HE).',
      'Der Beschluss ist damit angenommen.', 'TOP 9 Verschiedenes', 'Nichts.', 'Digitalministerkonferenz – 9. Sitzung am 14. März 2030 in Bremen                       Seite 3'])
    expect([r.agenda[1]!.resolution?.clauses.map((c) => c.text.length < 80), dissent(r, '2')]).toEqual([[true, true], ['BY=no', 'HE=abstain', 'SN=no']])
  })
  it('"Es fehlt: Sachsen-Anhalt (entschuldigt; …)" under the rows of the staff: Sachsen-Anhalt is absent', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`).filter((l) => !l.startsWith('ST ')), 'Geschäftsstelle  GS DMK  Ministerialrat Jan Ohm',
      'Niederschrift  HB  Regierungsdirektorin Jana Meyer', 'Es fehlt: Sachsen-Anhalt (entschuldigt; das Stimmrecht wurde nicht übertragen).', ...TAIL])
    expect(r.absent.map((a) => a.org)).toEqual(['ST'])
  })
  it('"4.1 Stand der Umsetzung" / "Abteilungsleiter Dr. Brauer (BVA) berichtet, …": a sub-item with minutes of its own, its title one line', () => {
    const r = record([...OPENING, 'TOP 4 Registermodernisierung', '', '4.1 Stand der Umsetzung', 'Abteilungsleiter Dr. Brauer (BVA) berichtet, dass elf Register angebunden sind.',
      'Die DMK nimmt den Bericht zur Kenntnis.', '', '4.2 Gemeinsame Testumgebung', 'Niedersachsen und Bremen schlagen vor, die Anbindung zu erproben.',
      'Die DMK fasst folgenden Beschluss:', '1. Die Länder richten eine Testumgebung ein.', 'Einstimmig angenommen.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect(r.agenda.filter((a) => a.parent === '4').map((a) => [a.number, a.title, a.vote?.outcome])).toEqual([['4.1', 'Stand der Umsetzung', 'noted'],
      ['4.2', 'Gemeinsame Testumgebung', 'adopted']])
  })
})

describe('held-out sets 109–112: a request to defer granted, "Entschuldigt waren:", results without a colon or repeated at page edges, "(Bund; Gast: …)"', () => {
  it('"Nordrhein-Westfalen bittet, den Tagesordnungspunkt auf die 10. Sitzung zu vertagen, … Die DMK ist einverstanden." defers the item', () => {
    const r = record([...OPENING, 'TOP 2 Offene Daten (NW)', 'Nordrhein-Westfalen bittet, den Tagesordnungspunkt auf die 10. Sitzung zu vertagen, da die Abstimmung',
      'noch nicht abgeschlossen ist. Die DMK ist einverstanden.', 'TOP 3 Register (BE)', 'Berlin berichtet. Die DMK ist einverstanden.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect([r.agenda[1]!.vote?.outcome, r.agenda[2]!.vote?.outcome ?? null]).toEqual(['deferred', null])
  })
  it('"Entschuldigt waren: Saarland (eine Stimmrechtsübertragung liegt nicht vor)." under the table: the Saarland is absent', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`).filter((l) => !l.startsWith('SL ')), '',
      'Entschuldigt waren: Saarland (eine Stimmrechtsübertragung liegt nicht vor).', ...TAIL])
    expect(r.absent.map((a) => a.org)).toEqual(['SL'])
  })
  it('"Beschlussfassung einstimmig." under the clauses; "Abstimmung: Ja 16 / Nein 0 / Enthaltung 0" under three items near page edges is no running header', () => {
    const clauses = ['Beschluss:', '1. Die Länder wenden die Standards an.', '2. Berlin berichtet 2031.']
    const a = record([...OPENING, 'TOP 2 Standards (BE)', ...clauses, 'Beschlussfassung einstimmig.', 'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
    const pages = ['TOP 2 Standards (BE)', 'TOP 3 Register (HB)', 'TOP 4 Cloud (HH)'].flatMap((head, k) => [head, ...clauses,
      'Abstimmung: Ja 16 / Nein 0 / Enthaltung 0', '', `DMK – 9. Sitzung                                Seite ${k + 1}`, '\f'])
    const r = record([...OPENING, ...pages, 'TOP 9 Verschiedenes', 'Nichts.'])
    expect([a.resolution?.clauses.length, a.vote?.unanimous, r.agenda.slice(1, 4).map((i) => [i.resolution?.clauses.length, i.vote?.unanimous])])
      .toEqual([2, true, [[2, true], [2, true], [2, true]]])
  })
  it('"Rechenzentrumsverbund – Umsetzungsstand (Bund; Gast: ITZBund)": no Land sponsors it, the guest is named', () => {
    const a = record([...OPENING, 'TOP 2 Rechenzentrumsverbund – Umsetzungsstand (Bund; Gast: ITZBund)', 'Die DMK nimmt den Bericht zur Kenntnis.',
      'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
    expect([a.title, a.sponsors.map((s) => s.org), a.guests.map((g) => g.org)]).toEqual(['Rechenzentrumsverbund – Umsetzungsstand', [], ['ITZBund']])
  })
})

describe('held-out set 115: counts set apart by "·", "findet … keine Mehrheit"', () => {
  it('"Stimmergebnis: 14 Ja · 1 Nein (BY) · 1 Enthaltung (SN)" adopts with Bayern against and Sachsen abstaining', () => {
    const r = record([...OPENING, 'TOP 2 Cloud (HH, SH)', 'Beschluss', '(1) Die DMK hält eine gemeinsame Cloud für notwendig.', '(2) Hamburg berichtet 2031.',
      'Stimmergebnis: 14 Ja · 1 Nein (BY) · 1 Enthaltung (SN)', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect([r.agenda[1]!.vote?.outcome, dissent(r, '2')]).toEqual(['adopted', ['BY=no', 'SN=abstain']])
  })
  it('"findet mit 6 JaStimmen, 7 Gegenstimmen und 2 Enthaltungen keine Mehrheit" (plain\'s "Ja-" / "Stimmen" joined), "findet in der Abstimmung keine Mehrheit" reject', () => {
    const outcome = (line: string) => record([...OPENING, 'TOP 2 Bürosoftware (SN)', 'Sachsen schlägt eine gemeinsame Ausschreibung vor.', line,
      'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!.vote?.outcome
    expect([outcome('Der Beschlussvorschlag findet mit 6 JaStimmen, 7 Gegenstimmen und 2 Enthaltungen keine Mehrheit.'),
      outcome('Der Antrag findet in der Abstimmung keine Mehrheit.')]).toEqual(['rejected', 'rejected'])
  })
})

describe('held-out sets 113 and 116: "Beschlossen wird:", "Stimmverhältnis 13 : 0 : 2" without a colon, "mit Stimmenmehrheit"', () => {
  it('"Beschlossen wird:" leads into the clauses; "Einstimmig angenommen." under them is the vote', () => {
    const a = record([...OPENING, 'TOP 2 Mandat der AG (HH, SH)', 'Hamburg erläutert den Bericht.', 'Beschlossen wird:', '1.   Die DMK nimmt den Bericht zur Kenntnis.',
      '2.   Das Mandat der Arbeitsgruppe wird verlängert.', 'Einstimmig angenommen.', 'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
    expect([a.resolution?.preamble, a.resolution?.clauses.length, a.vote?.unanimous]).toEqual(['Beschlossen wird:', 2, true])
  })
  it('"Stimmverhältnis 13 : 0 : 2 (Enthaltungen: Bayern, Sachsen)." ends the clauses; "mit Stimmenmehrheit angenommen" is no unanimous vote', () => {
    const clauses = ['Beschluss:', '1.     Die Länder betreiben eine Lernplattform.', '2.     Brandenburg übernimmt die Federführung für den Aufbau.']
    const r = record([...OPENING, 'TOP 2 Lernplattform (BB)', ...clauses, 'Stimmverhältnis 13 : 0 : 2 (Enthaltungen: Bayern, Sachsen).',
      'TOP 3 Leitlinien (BY)', ...clauses, 'Beratungsergebnis: mit Stimmenmehrheit angenommen.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect([r.agenda[1]!.resolution?.clauses.map((c) => c.text.includes('Stimmverhältnis')), dissent(r, '2'), r.agenda[2]!.vote?.unanimous])
      .toEqual([[false, false], ['BY=abstain', 'SN=abstain'], false])
  })
})

describe('held-out sets 117–122: the office "GS DMK" in plain, answers in groups, a table of results after the minutes, Roman parts', () => {
  it('"GS DMK" alone over "Ministerialrat …", "GS DMK: Ministerialrat …", "… (GS DMK)" (plain): the office is the org, "DMK" no person', () => {
    const staff = (rows: string[]) => people(record([...OPENING.slice(0, -2), '', 'Weitere Anwesende', '', ...rows, '', ...TAIL]), 'staff')
    expect([staff(['GS DMK', '', 'Ministerialrat Jan Wolters', '', 'SL', '', 'Regierungsrätin Eva Schmitt']),
      staff(['GS DMK: Ministerialrat Jan Wolters', 'Saarland: Regierungsrätin Eva Schmitt']),
      staff(['Geschäftsstelle der DMK (GS DMK): Ministerialrat Jan', 'Wolters', 'Saarland: Regierungsrätin Eva Schmitt']),
      staff(['Ministerialrat Jan Wolters (GS DMK)', 'Regierungsrätin Eva Schmitt (Saarland)'])])
      .toEqual([['GS DMK Jan Wolters', 'SL Eva Schmitt'], ['GS DMK Jan Wolters', 'SL Eva Schmitt'], ['GS DMK Jan Wolters', 'SL Eva Schmitt'],
        ['GS DMK Jan Wolters', 'SL Eva Schmitt']])
  })
  it('"Abstimmung: BY: Nein; HE, SN: Enthaltung; übrigen Länder: Ja" and "Ja: übrige Länder; Nein: BY; Enthaltung: HE, SN" end the clauses and give every Land', () => {
    const clauses = ['Beschluss:', '1. Die DMK unterstützt das Ziel.', '2. Die Länder werden gebeten,', '   a) die Dienste zu melden und', '   b) einen Zeitplan vorzulegen.']
    const r = record([...OPENING, 'TOP 2 Wallet (BE)', ...clauses, 'Abstimmung: BY: Nein; HE, SN: Enthaltung; übrigen Länder: Ja',
      'Hessen gibt folgende Protokollerklärung ab: „Hessen unterstützt das Ziel.“', 'TOP 3 Cloud (HH)', ...clauses, 'Ja: übrige Länder; Nein: BY; Enthaltung: HE, SN',
      'TOP 9 Verschiedenes', 'Nichts.'])
    expect([dissent(r, '2'), dissent(r, '3'), r.agenda[2]!.resolution?.clauses[1]?.items.map((i) => i.text)])
      .toEqual([['BY=no', 'HE=abstain', 'SN=abstain'], ['BY=no', 'HE=abstain', 'SN=abstain'], ['die Dienste zu melden und', 'einen Zeitplan vorzulegen.']])
  })
  it('"Ergebnisse in Kurzform" after the minutes, its rows "1" / "Tagesordnung …" / "festgestellt" (plain): a table of results, no items', () => {
    const items = ['TOP 1', '', 'Begrüßung und Tagesordnung', '', 'Die Tagesordnung wird festgestellt.', 'Die Vorsitzende begrüßt die Mitglieder.', '',
      'TOP 2', '', 'Bericht des Bundes', '', 'Der Bund berichtet über die Basisdienste.', 'Die DMK nimmt den Bericht zur Kenntnis.', '',
      'TOP 3', '', 'Verschiedenes', '', 'Es gibt keine Wortmeldungen.', 'Die Vorsitzende schließt die Sitzung.', '']
    const summary = ['Ergebnisse in Kurzform', 'TOP', '', 'Gegenstand', '', 'Ergebnis', '', '1', '', 'Tagesordnung', '', 'festgestellt', '',
      '2', '', 'Bericht des Bundes', '', 'zur Kenntnis genommen', '', '3', '', 'Verschiedenes', '', '–', '']
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), '', ...items, ...summary])
    expect(r.agenda.map((a) => [a.number, a.title, a.vote?.outcome ?? null])).toEqual([['1', 'Begrüßung und Tagesordnung', null],
      ['2', 'Bericht des Bundes', 'noted'], ['3', 'Verschiedenes', null]])
  })
  it('"I. Teilnehmerinnen und Teilnehmer" / "II. Beratungsgegenstände" over "1. Begrüßung …", "2. …": parts, the items numbered under them', () => {
    const r = record([...HEADER, 'I. Teilnehmerinnen und Teilnehmer', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), '', 'II. Beratungsgegenstände', '',
      '1. Begrüßung und Tagesordnung', 'Die Tagesordnung wird festgestellt.', '2. Bericht des Bundes', 'Die DMK nimmt den Bericht zur Kenntnis.',
      '3. Cloud (HH)', 'Hamburg berichtet.', '4. Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4'])
  })
  it('"findet die einhellige Zustimmung", "… wird als Sprecherin … wiedergewählt", "verbleibt im Geschäftsgang", "Ergebnis: Kenntnisnahme durch die Länder"', () => {
    const vote = (...lines: string[]) => {
      const v = record([...OPENING, 'TOP 2 Leitlinien (BW)', ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!.vote
      return [v?.outcome ?? null, v?.unanimous ?? null]
    }
    expect([vote('Baden-Württemberg berichtet.', 'Der Bericht findet die einhellige Zustimmung der Länder.'),
      vote('Frau Staatssekretärin Dr. Sturm (RP) wird als Sprecherin der Arbeitsgruppe für zwei weitere Jahre wiedergewählt (ohne Aussprache, einstimmig).'),
      vote('Nach kurzer Aussprache verbleibt der Antrag bei Baden-Württemberg.', 'Der Beschlussvorschlag verbleibt im Geschäftsgang; Baden-Württemberg legt ihn erneut vor.'),
      vote('Baden-Württemberg berichtet über die Leitlinien.', 'Ergebnis: Kenntnisnahme durch die Länder')])
      .toEqual([['adopted', true], ['adopted', true], ['deferred', null], ['noted', null]])
  })
  it('"DMK 631 | 11.05.2339          TOP 3" under a page\'s footer, its last cell the item: a running header inside "… zur" / "Kenntnis."', () => {
    const footer = (k: number) => ['', `Ministerium für Digitales NRW                                   ${k}/3`, '\f' + `DMK 631 | 11.05.2339                                      ${['TOP 3', 'Anlagen'][k - 1]}`, '']
    const r = record([...OPENING, 'TOP 2: Bericht des Bundes', 'Der Bund berichtet über den Entwurf der Verordnung. Die DMK nimmt den Bericht zur', ...footer(1),
      'Kenntnis.', 'TOP 3: Cloud (HH)', 'Hamburg berichtet über die Cloud.', 'Der Bericht wird zur Kenntnis genommen.', ...footer(2), 'Anlagen', 'Anlage 1  Bericht'])
    expect(r.agenda.slice(1, 3).map((a) => a.vote?.outcome ?? null)).toEqual(['noted', 'noted'])
  })
  it('"Land" / "Name" / "Funktion" each alone over "BW" / "Anna Weber" / "Ministerin" / …, the label "Mitglieder" printed after the rows (plain)', () => {
    const rows = LANDS.flatMap((c, i) => {
      const p = parsePerson(MINISTERS[i]!)
      return [c, '', p.name, '', p.title!, '']
    })
    const r = record([...HEADER, 'Protokoll', '', 'Regierungsrätin Jule Tamm (SenDJB)', '', 'Land', '', 'Name', '', 'Funktion', '', ...rows,
      'Mitglieder', '', 'Ständiger Gast', 'BMDS', '', 'Dr. Lea Brandt', '', 'Parlamentarische Staatssekretärin', '', ...TAIL])
    expect(people(r, 'member')).toEqual(EVERY_MEMBER)
  })
  it('the labels first ("Mitglieder der DMK mit" / "Stimmrecht" / "Ständiger Gast" / "Weitere Anwesende"), then rows ending "(Bayern)", "(BMDS)", "(GS DMK)", "(HH), Protokoll"', () => {
    const r = record([...HEADER, 'Teilnehmerinnen und Teilnehmer', 'Mitglieder der DMK mit', 'Stimmrecht', 'Ständiger Gast', 'Weitere Anwesende',
      ...MINISTERS.map((m, i) => `${m} (${LAND_NAMES[i]})`), 'Parlamentarische Staatssekretärin Dr. Lea Brandt (BMDS)',
      'Ministerialrätin Dr. Sophie Lange (GS DMK)', 'Oberregierungsrat Finn Quast (HH), Protokoll', ...TAIL])
    expect([people(r, 'member'), people(r, 'permanent_guest'), people(r, 'staff')]).toEqual([EVERY_MEMBER, ['BMDS Lea Brandt'], ['GS DMK Sophie Lange', 'HH Finn Quast']])
  })
  it('"Ergebnis: Beschluss gefasst (einstimmig).", "Ergebnis: Beschlussvorlage angenommen (einstimmig).", "ohne Einwände angenommen", "Die DMK votiert einstimmig für den Beschlussvorschlag.", "Die DMK bestimmt … zum Vorsitzland"', () => {
    const vote = (...lines: string[]) => {
      const v = record([...OPENING, 'TOP 2 Cloud (HH)', 'Hamburg berichtet über die Cloud.', ...lines, 'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!.vote
      return [v?.outcome ?? null, v?.unanimous ?? null]
    }
    expect([vote('Ergebnis: Beschluss gefasst (einstimmig).'), vote('Der Beschlussvorschlag wird ohne Einwände angenommen.'),
      vote('Die DMK votiert einstimmig für den Beschlussvorschlag.'), vote('Die DMK bestimmt einstimmig Hamburg für die Jahre 2036 und 2037 zum Vorsitzland.'),
      vote('Ergebnis: Beschlussvorlage angenommen (einstimmig).')])
      .toEqual([['adopted', true], ['adopted', true], ['adopted', true], ['adopted', true], ['adopted', true]])
  })
  it('"Frist: 30. November 2036 (Bericht zu Ziffer 3)" under the clauses is no clause\'s text; "Anlage 1   (zu TOP 2) Konzept …": the item before the title', () => {
    const r = record([...OPENING, 'TOP 2 Zulassung (RP)', 'Beschluss:', '1. Die Länder schließen ihre Zulassungsstellen an.', '2. Rheinland-Pfalz wird gebeten, zu berichten.',
      'Frist: 30. November 2036 (Bericht zu Ziffer 2)', 'Einstimmig beschlossen.', 'TOP 9 Verschiedenes', 'Nichts.', 'Anlagen',
      'Anlage 1      (zu TOP 2) Konzept der gemeinsamen Lernplattform', 'Anlage 2      (zu TOP 4.2) Leitlinien für KI-Assistenzsysteme'])
    expect([r.agenda[1]!.resolution?.clauses.map((c) => c.text), r.attachments.map((a) => a.title)]).toEqual([
      ['Die Länder schließen ihre Zulassungsstellen an.', 'Rheinland-Pfalz wird gebeten, zu berichten.'], ['Konzept der gemeinsamen Lernplattform', 'Leitlinien für KI-Assistenzsysteme']])
  })
  it('"… (Hamburg), in Vertretung von Staatsrätin" / "Dr. Lina Carstens" is one row; "II. Beratungsgegenstände" no row; "III. Anlagen" heads the attachments', () => {
    const members = LANDS.map((c, i) => (c === 'HH' ? 'Senatsdirektor Jan Möller (Hamburg), in Vertretung von Staatsrätin' : `${MINISTERS[i]} (${LAND_NAMES[i]})`))
    const r = record([...HEADER, 'I. Teilnehmerinnen und Teilnehmer', `Mitglieder mit Stimmrecht   ${members[0]}`, ...members.slice(1).flatMap((m) =>
      m.includes('Möller') ? [`                            ${m}`, '                            Dr. Lina Carstens'] : [`                            ${m}`]),
    'Weitere Anwesende           Ministerialrätin Dr. Sophie Lange (GS DMK)', '', 'II. Beratungsgegenstände', '', '1. Begrüßung', 'Die Tagesordnung wird festgestellt.',
    '2. Bericht des Bundes', 'Der Bund berichtet (Anlage 1).', '3. Verschiedenes', 'Nichts.', '', 'III. Anlagen', 'Anlage 1     Bericht des Bundes'])
    expect([people(r, 'member').filter((p) => p.startsWith('HH')), people(r, 'staff'), r.attachments.map((a) => a.title)])
      .toEqual([['HH Jan Möller'], ['GS DMK Sophie Lange'], ['Bericht des Bundes']])
  })
  it('"Die Länder sind einverstanden." under the clauses adopts them, every Land for; "Zu Ziff. 2 erklärt Hessen zu Protokoll: „…“" is Hessen\'s note', () => {
    const clauses = ['Beschlussvorschlag:', '1. Die DMK stellt die Finanzierung fest.', '2. Hamburg wird gebeten, den Anteil der Länder aufzuschlüsseln.']
    const r = record([...OPENING, 'TOP 2 Register (HH)', ...clauses, 'Die Länder sind einverstanden.', 'TOP 3 Lernplattform (NI)', ...clauses,
      'Annahme ohne Gegenstimme; Enthaltung: BY', 'Zu Ziff. 2 erklärt Hessen zu Protokoll: „Hessen geht davon aus, dass die Beiträge nicht steigen.“',
      'TOP 9 Verschiedenes', 'Nichts.'])
    const [two, three] = [r.agenda[1]!, r.agenda[2]!]
    expect([two.vote?.outcome, two.vote?.unanimous, two.resolution?.clauses.length, three.notes.map((n) => [n.org, n.kind])])
      .toEqual(['adopted', true, 2, [['HE', 'Protokollerklärung']]])
  })
  it('"Bund (BMDS): Parlamentarische …"; guests "Uni Stuttgart Rektor Prof. Dr. …" (one blank), "IT.Niedersachsen" / "Präsidentin Dr. …" (a cell a line)', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), '', 'Ständiger Gast', '', 'Bund (BMDS): Parlamentarische Staatssekretärin Dr. Henrike Assmann',
      '', 'Gäste', '', 'Uni Stuttgart Rektor Prof. Dr. Martin Kessler (zu TOP 4)', '', 'IT.Niedersachsen', '', 'Präsidentin Dr. Insa Gerdes (zu TOP 3)', '', ...TAIL])
    expect([people(r, 'permanent_guest'), people(r, 'guest')]).toEqual([['BMDS Henrike Assmann'], ['Uni Stuttgart Martin Kessler', 'IT.Niedersachsen Insa Gerdes']])
  })
  it('"TOP 3 – Mindeststandards für Informationssicherheit in den Kommunen –" / "Fortschreibung": the title goes on after its dash', () => {
    const a = record([...OPENING, 'TOP 2 – Mindeststandards für Informationssicherheit in den Kommunen –', 'Fortschreibung', 'Berichtszeitraum: Dezember 2036 bis April 2037',
      'Hessen berichtet.', 'TOP 9 – Verschiedenes', 'Nichts.']).agenda[1]!
    expect(a.title).toBe('Mindeststandards für Informationssicherheit in den Kommunen – Fortschreibung')
  })
})

describe('held-out sets 101, 104, 127–128: "Votum der DMK:", plain\'s lone clause numbers, sub-items whose sponsors wrap, a label\'s "(zu TOP 5.1)", "legt … fest:"', () => {
  it('"Votum der DMK:" over "1." / "" / "Die DMK begrüßt …" (plain: each number alone) heads the clauses', () => {
    const a = record([...OPENING, 'TOP 2 Bürgerpostfach (RP, HE)', 'Rheinland-Pfalz erläutert den Beschlussvorschlag.', 'Votum der DMK:', '1.', '',
      'Die DMK begrüßt das Bürgerpostfach.', '', '2.', '', 'Die Länder binden ihre Portale an das Postfach an.', '', 'Einstimmig angenommen.',
      'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
    expect([a.resolution?.clauses.map((c) => c.text), a.vote?.unanimous]).toEqual([['Die DMK begrüßt das Bürgerpostfach.',
      'Die Länder binden ihre Portale an das Postfach an.'], true])
  })
  it('"3a Erfahrungsbericht …" / "(BW, RP)" / "Frau Staatssekretärin Dr. Löffler berichtet …": sub-items with minutes, their sponsors on the next line', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), '', '1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', '',
      '2 Künstliche Intelligenz in der Verwaltung', '', '2a Erfahrungsbericht zu den Leitlinien für die KI-gestützte Antragsbearbeitung', '(BW, RP)',
      'Frau Staatssekretärin Dr. Löffler berichtet über die ersten Erfahrungen. Die DMK nimmt den Bericht zur Kenntnis.', '',
      '2b Aufhebung der Schulungspflicht nach Ziffer 3 des Beschlusses zu TOP 4 der', '654. Sitzung (BY)', 'Herr Staatssekretär Stadler begründet den Antrag Bayerns.',
      'Der Antrag wird abgelehnt.', '', '3 Verschiedenes', 'Nichts.'])
    expect(r.agenda.filter((a) => a.parent === '2').map((a) => [a.number, a.title, a.sponsors.map((s) => s.org), a.vote?.outcome])).toEqual([
      ['2a', 'Erfahrungsbericht zu den Leitlinien für die KI-gestützte Antragsbearbeitung', ['BW', 'RP'], 'noted'],
      ['2b', 'Aufhebung der Schulungspflicht nach Ziffer 3 des Beschlusses zu TOP 4 der 654. Sitzung', ['BY'], 'rejected']])
  })
  it('"Gast (zu TOP 5.1) BSI Vizepräsidentin Dr. Ricarda Holm" (raw, pdf.js: one blank): the label\'s remark, then the body\'s code', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Gast (zu TOP 5.1) BSI Vizepräsidentin Dr. Ricarda Holm', ...TAIL])
    expect(people(r, 'guest')).toEqual(['BSI Ricarda Holm'])
  })
  it('"… und schlägt vor:" / "1." / "Die Länder öffnen …" / "2." / "Die Geschäftsstelle …" (plain: each number alone): clauses without a heading', () => {
    const a = record([...OPENING, 'TOP 2 Medienkompetenz (TH)', 'Thüringen stellt sein Fortbildungsprogramm vor und schlägt vor:', '1.', '',
      'Die Länder öffnen ihre Fortbildungsangebote für die Beschäftigten der anderen Länder.', '', '2.', '', 'Die Geschäftsstelle richtet hierfür eine Übersicht ein.', '',
      'Abstimmung: Ja 14 / Nein 1 (SN) / Enthaltung 1 (BY)', 'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
    expect(a.resolution?.clauses.map((c) => c.text)).toEqual(['Die Länder öffnen ihre Fortbildungsangebote für die Beschäftigten der anderen Länder.',
      'Die Geschäftsstelle richtet hierfür eine Übersicht ein.'])
  })
  it('"Die DMK beschließt einvernehmlich:" over the clauses is unanimous; "Die DMK legt einstimmig fest:" over the sessions adopts', () => {
    const r = record([...OPENING, 'TOP 2 Prüfwerkzeuge (BE)', 'Berlin stellt die Werkzeuge vor. Die DMK beschließt einvernehmlich:', '1. Die Länder setzen die Werkzeuge ein.',
      '2. Berlin betreibt die Werkzeuge bis 2036.', 'TOP 3 Sitzungstermine', 'Die DMK legt einstimmig fest:', '   – 655. Sitzung am Freitag, 11. Mai 2035, in Bremen,',
      '   – 656. Sitzung am Donnerstag, 15. November 2035, in Hamburg.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect(r.agenda.slice(1, 3).map((a) => [a.vote?.outcome, a.vote?.unanimous])).toEqual([['adopted', true], ['adopted', true]])
  })
})

describe('held-out sets 130, 131 and 134–135: a header shown once, wrapped office codes, restated results, lettered sub-items', () => {
  it('"\\f" / "DMK 675. Sitzung 12. Mai 2361" / "Seite 2" between the lead-in and clause (1): a header two pages show once, furniture', () => {
    const r = record([...OPENING, 'TOP 2 Schwachstellenmanagement (NI, SH)', 'Die DMK fasst folgenden Beschluss:', '\fDMK 675. Sitzung 12. Mai 2361', 'Seite 2',
      '(1) Die DMK sieht die Notwendigkeit, Schwachstellen zu beheben.', '(2) Die Kosten tragen die Länder.',
      'Mit Ausnahme von Thüringen, das dagegen stimmt, stimmen alle Länder zu.', 'TOP 9 Verschiedenes', 'Nichts.'])
    const a = r.agenda[1]!
    expect([a.resolution?.preamble, a.resolution?.clauses.map((c) => c.number), dissent(r, '2')]).toEqual(['Die DMK fasst folgenden Beschluss:', ['1', '2'], ['TH=no']])
    expect(r.segments.filter((s) => s.kind === 'furniture').map((s) => s.label)).toEqual(['running-header', 'page-number'])
  })
  it('a line naming the session once, without a page break before it and no number beside it, stays text', () => {
    const r = record([...OPENING, 'TOP 2 Termine', 'Niederschrift über die 9. Sitzung der DMK am 14. März 2030', 'Die Niederschrift wird genehmigt.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect(r.segments.filter((s) => s.kind === 'furniture')).toEqual([])
  })
  it('a footer without digits, right beside "- 1 -" and "- 2 -", is furniture on a protocol of two pages', () => {
    const footer = 'Ministerium für Digitales, Bildung und Wissenschaft Mecklenburg-Vorpommern'
    const r = record([...OPENING, 'TOP 2 Hochschulen (MV)', 'Herr Staatssekretär Dr. Kruse erläutert den Beschlussvorschlag.', footer, '- 1 -',
      '\fDie DMK fasst folgenden Beschluss:', '1. Die Länder bauen die Rechenzentren aus.', 'Einstimmig angenommen.', 'TOP 9 Verschiedenes', 'Nichts.', footer, '- 2 -'])
    expect(r.agenda[1]!.resolution?.preamble).toBe('Die DMK fasst folgenden Beschluss:')
  })
  it('"13 Länder stimmen dafür, Sachsen dagegen; Bayern und Berlin enthalten sich": the verb left out before "dagegen"', () => {
    const r = record([...OPENING, 'TOP 2 Register (HH)', 'Beschluss:', '1. Die DMK stellt die Finanzierung fest.',
      '13 Länder stimmen dafür, Sachsen dagegen; Bayern und Berlin enthalten sich.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect(dissent(r, '2')).toEqual(['BY=abstain', 'BE=abstain', 'SN=no'])
  })
  it('"… wird genehmigt. Annahme einstimmig.": the result restated after the decision says it was unanimous', () => {
    const a = record([...OPENING, 'TOP 2 Genehmigung des Ergebnisprotokolls der 8. Sitzung', 'Das Ergebnisprotokoll der 8. Sitzung wird in der übersandten Fassung genehmigt.',
      'Annahme einstimmig.', 'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
    expect([a.vote?.outcome, a.vote?.unanimous, Object.values(a.vote?.positions ?? {}).filter((p) => p === 'yes').length]).toEqual(['adopted', true, 16])
  })
  it('"… teilt mit, dass Bremen den Beschlussvorschlag zurückzieht, …": withdrawn', () => {
    const a = record([...OPENING, 'TOP 2 Melderegister (HB)', 'Frau Staatsrätin Brinkmann teilt mit, dass Bremen den Beschlussvorschlag zurückzieht, da der Bund einen Entwurf angekündigt hat.',
      'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
    expect(a.vote?.outcome).toBe('withdrawn')
  })
  it('"Weitere Anwesende GS" / "DMK" / "Regierungsdirektorin …" (the code\'s cell wrapped): the office "GS DMK"', () => {
    for (const rows of [['Weitere Anwesende GS', 'DMK', 'Regierungsdirektorin Dr. Svenja Hoffmeister'],
      ['Geschäftsstelle der        GS         Regierungsdirektorin Dr. Svenja Hoffmeister', 'DMK                        DMK']]) {
      const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), ...rows, ...TAIL])
      expect(people(r, 'staff')).toEqual(['GS DMK Svenja Hoffmeister'])
    }
  })
  it('"TOP 6 Nachnutzung des Verwaltungsportals (BW) – Anlage 1": the attachment after the dash is no part of the title', () => {
    const a = record([...OPENING, 'TOP 6 Nachnutzung des Verwaltungsportals (BW) – Anlage 1', 'Die DMK nimmt den Bericht zur Kenntnis.', 'TOP 9 Verschiedenes', 'Nichts.'])
      .agenda.find((x) => x.number === '6')!
    expect([a.title, a.sponsors.map((s) => s.org), a.attachments.map((x) => x.number)]).toEqual(['Nachnutzung des Verwaltungsportals', ['BW'], ['1']])
  })
  it('"Zu TOP 5: Arbeitsgruppen der DMK" / "a) Bericht der AG … (HE)" / minutes: sub-items 5a, 5b by their letters', () => {
    const r = record([...OPENING, 'Zu TOP 5: Arbeitsgruppen der DMK', 'a) Bericht der AG Registermodernisierung (HE)',
      'Herr Staatssekretär Reinhardt berichtet über die Pilotphase. Die DMK nimmt den Bericht zur Kenntnis.',
      'b) Verlängerung des Mandats der AG Registermodernisierung (HE)', 'Die DMK verlängert das Mandat bis 2364. Der Beschluss wird einstimmig gefasst.',
      'Zu TOP 6: Verschiedenes', 'Nichts.'])
    expect(r.agenda.filter((a) => a.parent === '5').map((a) => [a.number, a.title, a.sponsors.map((s) => s.org), a.vote?.outcome])).toEqual([
      ['5a', 'Bericht der AG Registermodernisierung', ['HE'], 'noted'], ['5b', 'Verlängerung des Mandats der AG Registermodernisierung', ['HE'], 'adopted']])
  })
  it('lettered items of a decision stay items: "a) Die Länder …" under "Beschluss:"', () => {
    const a = record([...OPENING, 'TOP 5 Register (HE)', 'Beschluss:', '1. Die DMK bittet die Länder,', 'a) Die Register anzubinden (HE),', 'b) Die Kosten zu tragen (BY).',
      'Einstimmig angenommen.', 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((x) => x.number === '5')!
    expect(a.resolution?.clauses[0]?.items?.map((i) => i.label)).toEqual(['a', 'b'])
  })
  it('"(behandelt im Anschluss an TOP 2)" over "Die DMK fasst folgenden Beschluss:": a remark, no part of the preamble', () => {
    const a = record([...OPENING, 'TOP 6 Gewinnung von IT-Fachkräften (NI)', '(behandelt im Anschluss an TOP 2)', 'Die DMK fasst folgenden Beschluss:',
      '1. Die DMK hält eine gemeinsame Kampagne für sinnvoll.', 'Einstimmig angenommen.', 'TOP 9 Verschiedenes', 'Nichts.']).agenda.find((x) => x.number === '6')!
    expect(a.resolution?.preamble).toBe('Die DMK fasst folgenden Beschluss:')
  })
  it('"3 Bund-Länder-Vereinbarung über gemeinsame IT-Vorhaben (BE, HH, NW)": an item, not the group "Bund"', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), '1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.',
      '2 Bericht des Bundes', 'Der Bund berichtet.', '3 Bund-Länder-Vereinbarung über gemeinsame IT-Vorhaben (BE, HH, NW)', 'Die DMK nimmt den Bericht zur Kenntnis.',
      '4 Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4'])
  })
  it('"Länder Baden-Württemberg Staatssekretär …" (raw: one blank), "Länder" / "Baden-Württemberg" (plain): the table opens at the label', () => {
    const fields = ['Protokoll', 'der 9. Sitzung der Digitalministerkonferenz am 14. März 2030 in Bremen', 'Beginn 10:00 Uhr', 'Ende 15:00 Uhr']
    const raw = record([...fields, `Länder ${LAND_NAMES[0]} ${MINISTERS[0]}`, ...LAND_NAMES.slice(1).map((n, i) => `${n} ${MINISTERS[i + 1]}`), ...TAIL])
    const plain = record([...fields, 'Länder', '', ...LAND_NAMES.flatMap((n, i) => [n, '', MINISTERS[i]!, '']), ...TAIL])
    expect([people(raw, 'member'), people(plain, 'member')]).toEqual([EVERY_MEMBER, EVERY_MEMBER])
  })
  it('"hessian.AI" in a code column written column by column: a code (the dotted form may start in lower case)', () => {
    const r = record([...HEADER, 'Mitglieder', 'Gast', ...LANDS, 'hessian.AI', ...MINISTERS, 'Prof. Dr. Nils Wehrheim (zu TOP 4)', ...TAIL])
    expect(people(r, 'guest')).toEqual(['hessian.AI Nils Wehrheim'])
  })
  it('"I." / "690. DMK" (a running header of two words, plain) / "Eröffnung …": Roman heads with the header between number and title', () => {
    const page = (n: number) => ['', `- ${n} -`, '\f', 'Ministerium für Digitales M-V', '', '690. DMK', '']
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), '', 'I.', '', '690. DMK', '', 'Eröffnung und Tagesordnung', '',
      'Die Tagesordnung wird festgestellt.', ...page(1), 'II.', '', 'Bericht des Bundes', '', 'Die DMK nimmt den Bericht zur Kenntnis.', ...page(2), 'III.', '',
      'Verschiedenes', '', 'Es gibt keine Wortmeldungen.', ...page(3)])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['I', 'Eröffnung und Tagesordnung'], ['II', 'Bericht des Bundes'], ['III', 'Verschiedenes']])
  })
  it('"Protokollführung   MV   Regierungsrätin …", "GS DMK – Ministerialrätin …", "Ständiger Gast (Bund) BMDS   …": labels and cells of the table\'s last rows', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Ständiger Gast (Bund) BMDS            Parlamentarische Staatssekretärin Nadine Vogelsang',
      'Geschäftsstelle GS DMK – Ministerialrätin Dr. Svenja Kolbe', 'Protokollführung        MV            Regierungsrätin Anke Dreyer', ...TAIL])
    expect([people(r, 'permanent_guest'), people(r, 'staff')]).toEqual([['BMDS Nadine Vogelsang'], ['GS DMK Svenja Kolbe', 'MV Anke Dreyer']])
  })
  it('"Länder" / "Ständiger Gast (Bund)" / … / "BW" / … (raw: a table read column by column): the labels open it; "…, Hessen" names the org', () => {
    const r = record(['Ergebnisniederschrift', 'über die 9. Sitzung der Digitalministerkonferenz am 14. März 2030 in Darmstadt', 'Leitung Staatssekretärin Eva Lindner, Hessen',
      'Niederschrift Oberregierungsrat Dr. Moritz Seibel, Hessen', 'Länder', 'Ständiger Gast (Bund)', ...LANDS, 'BMDS', ...MINISTERS, 'Parlamentarische Staatssekretärin Dr. Helena Voigtländer', ...TAIL])
    expect([r.meeting!.minutes.map((p) => [p.name, p.org]), people(r, 'member').length, people(r, 'permanent_guest')]).toEqual([[['Moritz Seibel', 'HE']], 16, ['BMDS Helena Voigtländer']])
  })
  it('"Anlage   Titel   zu TOP" over "1   Bericht …   VI", and "Nr. Anlage" over "1 Finanzierungsmodell …": the lists, without the item\'s column', () => {
    const close = (head: string, rows: string[]) => record([...OPENING, 'TOP 9 Verschiedenes', 'Nichts.', head, ...rows]).attachments.map((a) => [a.number, a.title])
    expect(close('Anlage    Titel                                            zu TOP', ['  1       Bericht zum Pilotbetrieb der Ehrenamtsplattform (MV, SH)      VI',
      '  2       Positionspapier des Landkreistages                            5']))
      .toEqual([['1', 'Bericht zum Pilotbetrieb der Ehrenamtsplattform (MV, SH)'], ['2', 'Positionspapier des Landkreistages']])
    expect(close('Nr. Anlage', ['1 Finanzierungsmodell KI-Rechenverbund der Länder (HE, BW)', '2 Empfehlungen zu Lernplattformen (SN, TH)']))
      .toEqual([['1', 'Finanzierungsmodell KI-Rechenverbund der Länder (HE, BW)'], ['2', 'Empfehlungen zu Lernplattformen (SN, TH)']])
    expect(close('Anlagen', ['lfd. Nr. Anlage zu TOP', '1 Open-Source-Strategie der Länder 5', '2 Sachstandsbericht der Geschäftsstelle 4']))
      .toEqual([['1', 'Open-Source-Strategie der Länder'], ['2', 'Sachstandsbericht der Geschäftsstelle']])
  })
  it('"Tagesordnungspunkt 8 – Termine" at the top of the last page of two, "… nach" / "Tagesordnungspunkt 5. Ihr Stimmrecht …": heads, and no head', () => {
    const head = (n: number, title: string) => `Tagesordnungspunkt ${n} – ${title}`
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), head(1, 'Begrüßung und Tagesordnung'), 'Die Tagesordnung wird festgestellt.',
      head(2, 'Pflegedokumentation (NI, HH)'), 'Die DMK nimmt den Bericht zur Kenntnis. Frau Staatssekretärin Dr. Thormählen (SH) verlässt die Sitzung um 12:50 Uhr nach',
      'Tagesordnungspunkt 2. Ihr Stimmrecht übt Hamburg aus.', 'DMK · Ergebnisprotokoll der 9. Sitzung', 'Seite 1 von 2', '\f' + head(3, 'Termine'), 'Die 10. Sitzung findet in Kiel statt.',
      head(4, 'Verschiedenes'), 'Keine Wortmeldungen.', 'DMK · Ergebnisprotokoll der 9. Sitzung', 'Seite 2 von 2'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Begrüßung und Tagesordnung'], ['2', 'Pflegedokumentation'], ['3', 'Termine'], ['4', 'Verschiedenes']])
  })
  it('"Gegen den Beschluss votierten …; alle anderen Länder stimmten zu.", "… enthielten sich", "von allen anwesenden Ländern getragen": the past and other words', () => {
    const vote = (...v: string[]) => record([...OPENING, 'TOP 2 Register (HH)', 'Beschluss:', '1. Die DMK stellt die Finanzierung fest.', ...v, 'TOP 9 Verschiedenes', 'Nichts.'])
    expect(dissent(vote('Gegen den Beschluss votierten Baden-Württemberg und Bayern; alle anderen Länder stimmten zu.'), '2')).toEqual(['BW=no', 'BY=no'])
    expect(dissent(vote('Bayern und Hessen enthielten sich; alle übrigen Länder stimmten zu.'), '2')).toEqual(['BY=abstain', 'HE=abstain'])
    expect(vote('Der Beschluss wird von allen anwesenden Ländern getragen.').agenda[1]!.vote?.unanimous).toBe(true)
  })
  it('"Folgende Erklärung Hessens wird zu Protokoll genommen: „…“": Hessen\'s Protokollerklärung', () => {
    const a = record([...OPENING, 'TOP 2 Basisdienste (HE)', 'Einstimmig angenommen.', 'Folgende Erklärung Hessens wird zu Protokoll genommen: „Hessen nutzt die Dienste nur teilweise.“',
      'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
    expect(a.notes.map((n) => [n.org, n.kind, n.text])).toEqual([['HE', 'Protokollerklärung', 'Hessen nutzt die Dienste nur teilweise.']])
  })
  it('"Zu TOP 5: IT-Fachkräfte (NW)" / "a) Bericht der Arbeitsgruppe" / minutes / "b) Gemeinsame Nachwuchskampagne" / "Beschluss": sub-items right under the head', () => {
    const r = record([...OPENING, 'Zu TOP 5: IT-Fachkräfte für die öffentliche Verwaltung (NW)', 'a) Bericht der Arbeitsgruppe',
      'Frau Ministerialdirigentin Dr. Weidemann stellt den Bericht vor. Die DMK nimmt den Bericht zur Kenntnis.', 'b) Gemeinsame Nachwuchskampagne', 'Beschluss',
      '(1) Die DMK ruft die Länder auf, sich an einer Kampagne zu beteiligen.', 'Einstimmig angenommen.', 'Zu TOP 6: Verschiedenes', 'Nichts.'])
    expect(r.agenda.filter((a) => a.parent === '5').map((a) => [a.number, a.title, a.vote?.outcome])).toEqual([
      ['5a', 'Bericht der Arbeitsgruppe', 'noted'], ['5b', 'Gemeinsame Nachwuchskampagne', 'adopted']])
  })
  it('"Der Bericht umfasst:" / "a) Stand der Umsetzung" / "b) Kosten" / "Die DMK nimmt …": a list in the minutes, no sub-items', () => {
    const r = record([...OPENING, 'TOP 5 Registermodernisierung (HE)', 'Hessen berichtet. Der Bericht umfasst:', 'a) Stand der Umsetzung', 'b) Kosten der Länder',
      'Die DMK nimmt den Bericht zur Kenntnis.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => a.number)).toEqual(['1', '5', '9'])
  })
})

describe('held-out sets 138 and 140: "Länder" over people with their Land after a comma, a one-time header under "Seite 1 von 2", "kommt … zustande"', () => {
  it('"Länder   Ministerin Dr. Helena Vögtle, Baden-Württemberg" (and plain: "Länder" alone over that row): the members\' label', () => {
    const rows = LAND_NAMES.map((n, i) => `${MINISTERS[i]}, ${n}`)
    const fields = ['Protokoll der 9. Sitzung der Digitalministerkonferenz (DMK)', 'Datum            Donnerstag, 14. März 2030', 'Protokoll        Oberregierungsrätin Frauke Meyerdierks, Bremen']
    const layout = record([...fields, '', `Länder                     ${rows[0]}`, ...rows.slice(1).map((r) => `                           ${r}`), '', ...TAIL])
    const plain = record([...fields, '', 'Länder', '', ...rows, '', ...TAIL])
    expect([people(layout, 'member'), people(plain, 'member'), layout.meeting!.minutes.map((p) => p.name)]).toEqual([EVERY_MEMBER, EVERY_MEMBER, ['Frauke Meyerdierks']])
  })
  it('"Teilnehmende Länder   BW   …" opens the members; "Vorsitz: … Heitzmann, Sächsisches Staatsministerium für" / "Digitales, Medien und Kultur": one chair', () => {
    const r = record(['Protokoll der 9. Sitzung der Digitalministerkonferenz (DMK)', 'Datum:              14. März 2030',
      'Vorsitz:            Staatssekretär Dr. Benedikt Heitzmann, Sächsisches Staatsministerium für', '                    Digitales, Medien und Kultur', '',
      `Teilnehmende Länder          ${LANDS[0]}             ${MINISTERS[0]}`, ...LANDS.slice(1).map((c, i) => `                             ${c}             ${MINISTERS[i + 1]}`), '', ...TAIL])
    expect([people(r, 'member'), r.meeting!.chair.map((p) => p.name)]).toEqual([EVERY_MEMBER, ['Benedikt Heitzmann']])
  })
  it('"Länder" / "Bund (ständiger Gast)" / … / "BW" / … (raw, a table column by column): the labels open it', () => {
    const r = record(['Ergebnisprotokoll', '9. Sitzung der Digitalministerkonferenz', 'Tag: Freitag, 14. März 2030', 'Protokollführung: Ministerialrat Dr. Stefan Hofacker (HE)',
      'Länder', 'Bund (ständiger Gast)', ...LANDS, 'BMDS', ...MINISTERS, 'Parlamentarischer Staatssekretär Jens Lübke', ...TAIL])
    expect([people(r, 'member').length, people(r, 'permanent_guest'), r.meeting!.minutes.map((p) => p.org)]).toEqual([16, ['BMDS Jens Lübke'], ['HE']])
  })
  it('"Die DMK fasst den folgenden Beschluss:" / "Seite 1 von 2" / "Sitzungsniederschrift 9. DMK Bremen, 14. März 2030" (pdf.js): the clauses follow', () => {
    const a = record([...OPENING, 'TOP 2 Quereinstieg (NW, HE)', 'Die DMK fasst den folgenden Beschluss:', 'Seite 1 von 2', 'Sitzungsniederschrift 9. DMK Bremen, 14. März 2030',
      '1. Die DMK räumt der Qualifizierung Vorrang ein.', '2. Die Länder berichten 2031.', 'Einstimmig beschlossen.', 'TOP 9 Verschiedenes', 'Nichts.', 'Seite 2 von 2']).agenda[1]!
    expect([a.resolution?.preamble, a.resolution?.clauses.map((c) => c.text)]).toEqual(['Die DMK fasst den folgenden Beschluss:',
      ['Die DMK räumt der Qualifizierung Vorrang ein.', 'Die Länder berichten 2031.']])
  })
  it('"Der Beschluss kommt gegen die Stimme des Freistaats Bayern zustande." ends the clauses and says who voted no; "… kommt nicht zustande." rejects', () => {
    const vote = (...v: string[]) => record([...OPENING, 'TOP 2 Cloud-Verbund (RP, BW)', 'Die DMK beschließt:', '1. Die DMK billigt die Vereinbarung.',
      '2. Die DMK gibt der Geschäftsstelle auf, die Kosten abzustimmen.', ...v, 'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
    const adopted = vote('Der Beschluss kommt gegen die Stimme des Freistaats Bayern zustande.')
    expect([adopted.resolution?.clauses[1]?.text, adopted.vote?.outcome, Object.entries(adopted.vote?.positions ?? {}).filter(([, p]) => p !== 'yes')])
      .toEqual(['Die DMK gibt der Geschäftsstelle auf, die Kosten abzustimmen.', 'adopted', [['BY', 'no']]])
    expect(vote('Abstimmung: 6 Ja, 7 Nein, 3 Enthaltungen. Der Beschluss kommt nicht zustande.').vote?.outcome).toBe('rejected')
  })
  it('"Bayern und das Saarland votieren gegen den Beschlussvorschlag, Sachsen enthält sich; …"', () => {
    const r = record([...OPENING, 'TOP 2 Register (HH)', 'Beschluss:', '1. Die DMK stellt die Finanzierung fest.',
      'Bayern und das Saarland votieren gegen den Beschlussvorschlag, Sachsen enthält sich; alle übrigen anwesenden Länder stimmen zu.', 'TOP 9 Verschiedenes', 'Nichts.'])
    expect(dissent(r, '2')).toEqual(['BY=no', 'SL=no', 'SN=abstain'])
  })
  it('"Anlage 1 – Bericht über die Übung zur Cyber-Resilienz kommunaler" / "Rechenzentren (SL, RP)": an adjective ends no title', () => {
    const r = record([...OPENING, 'TOP 9 Verschiedenes', 'Nichts.', 'Anlage', 'Anlage 1 – Bericht über die Übung der Länder zur Cyber-Resilienz kommunaler', 'Rechenzentren (SL, RP)',
      'Anlage 2 – Verwaltungsvereinbarung über den Cloud-Verbund, fortgeschriebene', 'Fassung'])
    expect(r.attachments.map((a) => a.title)).toEqual(['Bericht über die Übung der Länder zur Cyber-Resilienz kommunaler Rechenzentren (SL, RP)',
      'Verwaltungsvereinbarung über den Cloud-Verbund, fortgeschriebene Fassung'])
  })
})

describe('held-out sets 141 and 142: "Länder" alone over "Baden-Württemberg – Ministerin …" or "Baden-Württemberg: …", more ways to vote', () => {
  it('plain: "Länder" / "Baden-Württemberg – Ministerin Dr. …" and "Länder mit Stimmrecht" / "Baden-Württemberg: Staatssekretär …"', () => {
    const fields = ['Protokoll über die 9. Sitzung der Digitalministerkonferenz', 'Tagungsstätte: Europäisches Hansemuseum, An der Untertrave 1, 23552 Lübeck',
      'Protokoll', '', 'Regierungsrat Malte Zernick, Brandenburg', '']
    const dashed = record([...fields, 'Länder', '', ...LAND_NAMES.map((n, i) => `${n} – ${MINISTERS[i]}`), '', ...TAIL])
    const colon = record([...fields, 'Länder mit Stimmrecht', '', ...LAND_NAMES.map((n, i) => `${n}: ${MINISTERS[i]}`), '', ...TAIL])
    expect([people(dashed, 'member'), people(colon, 'member'), dashed.meeting!.place]).toEqual([EVERY_MEMBER, EVERY_MEMBER, 'Europäisches Hansemuseum, An der Untertrave 1, 23552 Lübeck'])
  })
  it('"Bayern versagt dem Beschlussvorschlag seine Zustimmung", "Sachsen spricht sich dagegen aus", "Alle anwesenden Länder votieren dafür."', () => {
    const vote = (v: string) => record([...OPENING, 'TOP 2 Register (HH)', 'Beschluss:', '1. Die DMK stellt die Finanzierung fest.', v, 'TOP 9 Verschiedenes', 'Nichts.'])
    expect(dissent(vote('Bayern versagt dem Beschlussvorschlag seine Zustimmung; alle übrigen anwesenden Länder stimmen zu.'), '2')).toEqual(['BY=no'])
    expect(dissent(vote('Sachsen spricht sich dagegen aus, Bayern enthält sich; die übrigen anwesenden Länder stimmen zu.'), '2')).toEqual(['BY=abstain', 'SN=no'])
    // The plural forms, and the relative clause "…, die dagegen stimmen, …".
    expect(dissent(vote('Bayern und Hessen versagen dem Beschlussvorschlag ihre Zustimmung; alle übrigen Länder stimmen zu.'), '2')).toEqual(['BY=no', 'HE=no'])
    expect(dissent(vote('Bayern und Sachsen sprechen sich dagegen aus; alle übrigen Länder stimmen zu.'), '2')).toEqual(['BY=no', 'SN=no'])
    expect(dissent(vote('Mit Ausnahme von Bayern und Hessen, die dagegen stimmen, stimmen alle Länder zu.'), '2')).toEqual(['BY=no', 'HE=no'])
    expect(vote('Alle anwesenden Länder votieren dafür.').agenda[1]!.vote?.unanimous).toBe(true)
  })
  it('"Der Beschlussvorschlag verfehlt mit neun Ja-Stimmen (…) bei sechs Enthaltungen (…) die erforderliche Mehrheit": rejected', () => {
    const a = record([...OPENING, 'TOP 2 Datenstandards (RP, ST)', 'Beschlussvorschlag:', '1. Die DMK empfiehlt den Standard.',
      'Der Beschlussvorschlag verfehlt mit neun Ja-Stimmen (BE, HB, HH, MV, RP, SL, ST, SH, TH) bei sieben Enthaltungen (BW, BY, BB, HE, NI, NW, SN) die erforderliche',
      'Mehrheit von dreizehn Stimmen.', 'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
    expect([a.vote?.outcome, Object.values(a.vote?.positions ?? {}).filter((p) => p === 'abstain').length]).toEqual(['rejected', 7])
  })
})

describe('held-out sets 146 and 147: "Länder mit" / "Stimmrecht" wrapped, "Bund" alone among the labels, a deadline moved, "gescheitert"', () => {
  it('"Länder mit      BW      Staatssekretärin …" / "Stimmrecht" (layout) and "Länder mit" / "Stimmrecht" / "BW …" (raw)', () => {
    const head = ['Ergebnisniederschrift der 9. Sitzung', 'der Digitalministerkonferenz', 'Datum:               14. März 2030']
    const layout = record([...head, '', `Länder mit            ${LANDS[0]}            ${MINISTERS[0]}`, 'Stimmrecht',
      ...LANDS.slice(1).map((c, i) => `                      ${c}            ${MINISTERS[i + 1]}`), '', ...TAIL])
    const raw = record([...head, 'Länder mit', 'Stimmrecht', ...LANDS.map((c, i) => `${c} ${MINISTERS[i]}`), ...TAIL])
    expect([people(layout, 'member'), people(raw, 'member')]).toEqual([EVERY_MEMBER, EVERY_MEMBER])
  })
  it('"Länder" / "Bund" / "Geschäftsstelle der" / "DMK" / … then the people with their Land after a comma (raw, column by column)', () => {
    const r = record(['Niederschrift', 'über die 9. Sitzung der Digitalministerkonferenz', 'Datum 14. März 2030', 'Protokoll Oberregierungsrat Sören Bäumer (MV)',
      'Länder', 'Bund', ...LAND_NAMES.map((n, i) => `${MINISTERS[i]}, ${n}`), ...TAIL])
    expect(people(r, 'member')).toEqual(EVERY_MEMBER)
  })
  it('"Auf Antrag Bayerns wird … die Frist … auf die 752. Sitzung verschoben" is no deferral; "mit ungeteilter Zustimmung angenommen" is unanimous', () => {
    const a = record([...OPENING, 'TOP 2 FITKO (BW, BY)', 'Die DMK beschließt:', '(1) Die DMK begrüßt die Eckpunkte.', '(2) Die FITKO berichtet bis zur 12. Sitzung.',
      'Auf Antrag Bayerns wird in Ziffer 2 die Frist von der 11. auf die 12. Sitzung verschoben; der Text oben gibt die geänderte Fassung wieder.',
      'Der Beschlussvorschlag wird mit ungeteilter Zustimmung angenommen.', 'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
    expect([a.vote?.outcome, a.vote?.unanimous]).toEqual(['adopted', true])
  })
  it('"Abstimmung: 7 Ja, 6 Nein, 3 Enthaltungen. Damit ist der Beschlussvorschlag gescheitert.": rejected (the majority needed is not the count\'s)', () => {
    const a = record([...OPENING, 'TOP 2 Register (HH)', 'Beschlussvorschlag:', '1. Die DMK stellt die Finanzierung fest.',
      'Abstimmung: 7 Ja, 6 Nein, 3 Enthaltungen. Damit ist der Beschlussvorschlag gescheitert.',
      'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
    expect(a.vote?.outcome).toBe('rejected')
  })
})

describe('held-out sets 153 to 164: "Punkt 4 – …" and "Zu Punkt 3: …" heads, deferrals and votes said otherwise, proxies, lists after the minutes', () => {
  const vote = (...v: string[]) => record([...OPENING, 'TOP 2 Register (HH)', 'Beschluss:', '1. Die DMK stellt die Finanzierung fest.', ...v, 'TOP 9 Verschiedenes', 'Nichts.'])
  const outcome = (...v: string[]) => record([...OPENING, 'TOP 2 Register (HH)', 'Hamburg berichtet.', ...v, 'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!.vote?.outcome

  it('"Punkt 1 – Eröffnung und Tagesordnung" and "Zu Punkt 1: Eröffnung, …": item heads without "der Tagesordnung"', () => {
    const items = (heads: string[]) => record([...OPENING.slice(0, -2), ...heads.flatMap((h) => [h, 'Die Länder beraten.'])]).agenda.map((a) => [a.number, a.title])
    expect(items(['Punkt 1 – Eröffnung und Tagesordnung', 'Punkt 2 – Protokoll der 800. Sitzung', 'Punkt 3 – Bericht des Bundes'])).toEqual([
      ['1', 'Eröffnung und Tagesordnung'], ['2', 'Protokoll der 800. Sitzung'], ['3', 'Bericht des Bundes']])
    expect(items(['Zu Punkt 1: Eröffnung, Feststellung der Tagesordnung', 'Zu Punkt 2: Protokoll der 796. Sitzung'])).toEqual([
      ['1', 'Eröffnung, Feststellung der Tagesordnung'], ['2', 'Protokoll der 796. Sitzung']])
  })

  it('deferred: "stellt die Beschlussfassung bis zur 786. Sitzung zurück", "mitgenommen", "vertagt sich", "bleibt unerledigt", "nicht abschließend beraten"', () => {
    expect([
      outcome('Die DMK stellt die Beschlussfassung bis zur 786. Sitzung zurück.'),
      outcome('Der Punkt wird in die 800. Sitzung mitgenommen.'),
      outcome('Die DMK vertagt sich in diesem Punkt auf die 810. Sitzung, da Rückmeldungen fehlen.'),
      outcome('Da Thüringen nicht anwesend ist, vertagt sich die DMK in diesem Punkt auf die 821. Sitzung.'),
      outcome('Der Punkt bleibt unerledigt und wird in der 812. Sitzung erneut aufgerufen.'),
      outcome('Der Punkt bleibt aus Zeitgründen unbehandelt; er wird später erneut aufgerufen.'),
      outcome('Der Punkt wird nicht abschließend beraten; Rheinland-Pfalz legt einen Entwurf vor.')
    ]).toEqual(Array(7).fill('deferred'))
  })

  it('"Der Antrag wird abschlägig beschieden", "… verworfen": rejected; "Einstimmig genehmigt (…)", "einvernehmlich genehmigt": unanimous', () => {
    expect([outcome('Der Antrag wird abschlägig beschieden.'), outcome('Der Antrag wird verworfen.')]).toEqual(['rejected', 'rejected'])
    const approved = (v: string) => record([...OPENING, 'TOP 2 Protokoll der 8. Sitzung', v, 'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!.vote
    expect([approved('Einstimmig genehmigt (Bremen nicht vertreten).'), approved('Das Protokoll der 8. Sitzung wird einvernehmlich genehmigt.')]
      .map((v) => [v?.outcome, v?.unanimous])).toEqual([['adopted', true], ['adopted', true]])
  })

  it('no and abstain said otherwise: "verweigern ihre Zustimmung", "haben dagegen votiert", "unterstützt … nicht", "übt Enthaltung", …', () => {
    expect([
      dissent(vote('Berlin und Bayern verweigern ihre Zustimmung; die übrigen Länder stimmen zu.'), '2'),
      dissent(vote('Hessen hat die Zustimmung verweigert; die übrigen Länder stimmen zu.'), '2'),
      dissent(vote('Angenommen; Bayern und Hessen haben dagegen votiert.'), '2'),
      dissent(vote('Bayern unterstützt den Beschluss nicht; die übrigen Länder stimmen zu.'), '2'),
      dissent(vote('Bayern sieht sich nicht in der Lage, dem Beschluss zuzustimmen, die übrigen Länder stimmen zu.'), '2'),
      dissent(vote('Sachsen sieht sich außerstande zuzustimmen und enthält sich; die übrigen Länder stimmen zu.'), '2'),
      dissent(vote('Hessen übt Enthaltung; die übrigen Länder stimmen zu.'), '2'),
      dissent(vote('Sachsen-Anhalt erklärt seine Enthaltung; die übrigen Länder stimmen zu.'), '2'),
      dissent(vote('Hessen sieht von einer Stimmabgabe ab; alle übrigen anwesenden Länder stimmen zu.'), '2')
    ]).toEqual([['BY=no', 'BE=no'], ['HE=no'], ['BY=no', 'HE=no'], ['BY=no'], ['BY=no'], ['SN=abstain'], ['HE=abstain'], ['ST=abstain'], ['HE=abstain']])
  })

  it('"Alle anwesenden Länder erklären sich einverstanden; …", "… erteilen ihre Zustimmung", "Die Länder stimmen durchweg zu.": unanimous', () => {
    expect(['Alle anwesenden Länder erklären sich einverstanden; Schleswig-Holstein ist entschuldigt.', 'Alle anwesenden Länder erteilen ihre Zustimmung.',
      'Die Länder stimmen durchweg zu.'].map((v) => vote(v).agenda[1]!.vote?.unanimous)).toEqual([true, true, true])
  })

  it('proxies: "hat das Stimmrecht … an Niedersachsen übergeben", "anvertraut", "tritt … ab", "stimmt … für … mit", "für Sachsen handelt …"', () => {
    const left = (...s: string[]) => record([...OPENING, ...s, 'TOP 2 Verschiedenes', 'Nichts.']).meeting!.departures.map((d) => [d.org, d.proxy])
    expect([
      left('Frau Staatsrätin Dr. Jan Meyer (HB) verlässt die Sitzung um 13:20 Uhr; sie hat das Stimmrecht Bremens an Niedersachsen übergeben.'),
      left('Herr Minister Karl Roth (HE) verlässt die Sitzung um 12:40 Uhr.', 'Das Stimmrecht Hessens hat er Schleswig-Holstein anvertraut.'),
      left('Frau Ministerin Ida Schulz (NW) verlässt die Sitzung um 13:30 Uhr und tritt ihr Stimmrecht an Niedersachsen ab.'),
      left('Herr Staatssekretär Ben Hahn (ST) verlässt die Sitzung um 13:10 Uhr; ab TOP 6 spricht und stimmt Thüringen für Sachsen-Anhalt.'),
      left('Herr Staatsminister Udo Klein (SN) verlässt die Sitzung um 12:30 Uhr; für Sachsen handelt von da an Brandenburg.'),
      left('Frau Staatssekretärin Eva Lindner (BE) verlässt die Sitzung um 12:30 Uhr; bis Sitzungsende stimmt Brandenburg für Berlin mit.'),
      left('Herr Staatssekretär Ben Hahn (ST) begibt sich um 12:55 Uhr zu einem Anschlusstermin; das Stimmrecht Sachsen-Anhalts übt Thüringen aus.'),
      left('Herr Minister Max Becker (RP) verlässt die Sitzung um 13:15 Uhr; Rheinland-Pfalz wird für den Rest der Sitzung durch das Saarland vertreten.'),
      left('Herr Minister Lars Kuhn (TH) verlässt die Sitzung um 12:40 Uhr.', 'Hessen vertritt für die weiteren Punkte die Stimme Thüringens.')
    ]).toEqual([[['HB', 'NI']], [['HE', 'SH']], [['NW', 'NI']], [['ST', 'TH']], [['SN', 'BB']], [['BE', 'BB']], [['ST', 'TH']], [['RP', 'SL']], [['TH', 'HE']]])
  })

  it('"Anlage 1   Title" lines after the last item, the minute-taker\'s signature under them: the attachment list', () => {
    const r = record([...OPENING, 'TOP 9 Verschiedenes', 'Nichts.', '', ' Anlage 1        Fortschrittsbericht Registermodernisierung 2420',
      ' Anlage 2        Leitlinien für den Einsatz von KI-Assistenzsystemen', '', '', 'München, 25. November 2420', 'für die Niederschrift: Lorenz Niedermaier'])
    expect(r.attachments.map((a) => [a.number, a.title])).toEqual([['1', 'Fortschrittsbericht Registermodernisierung 2420'], ['2', 'Leitlinien für den Einsatz von KI-Assistenzsystemen']])
  })

  it('"Länder (Mitglieder)" labels the members; "Hochschule Anhalt: Präsidentin …", "govdigital eG   Vorstand …": the guest\'s body', () => {
    const members = record([...HEADER, '', ` Länder (Mitglieder)      ${LANDS[0]}       ${MINISTERS[0]}`, ...LANDS.slice(1).map((c, i) => `                          ${c}       ${MINISTERS[i + 1]}`), '', ...TAIL])
    expect(people(members, 'member')).toEqual(EVERY_MEMBER)
    const guests = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Gast                 Hochschule Anhalt: Präsidentin Prof. Dr. Helene Sturm (zu TOP 2)',
      'Gast                 govdigital eG                   Vorstand Dr. Kilian Matern (zu TOP 2)', '', ...TAIL])
    expect(people(guests, 'guest')).toEqual(['Hochschule Anhalt Helene Sturm', 'govdigital eG Kilian Matern'])
  })
})

describe('held-out sets 153 to 164, second part: notes said otherwise, "Dauer", "Zu TOP 7:Termine", "– Vorsitzender –", "Ständiger Gast (Bund)"', () => {
  const item = (...v: string[]) => record([...OPENING, 'TOP 2 Register (HH)', 'Beschluss:', '1. Die DMK stellt die Finanzierung fest.', 'Einstimmig angenommen.', ...v,
    'TOP 9 Verschiedenes', 'Nichts.']).agenda[1]!
  const notes = (...v: string[]) => item(...v).notes.map((n) => n.org)

  it('"halten in einer Protokollnotiz fest", "Notiz zu Protokoll (Bayern)", "in die Niederschrift aufgenommen", "lassen zu Protokoll geben"', () => {
    expect([
      notes('Mecklenburg-Vorpommern und Brandenburg halten in einer Protokollnotiz fest: „Ländliche Regionen sind zu berücksichtigen.“'),
      notes('Notiz zu Protokoll (Bayern): „Bayern wendet die Standards nur für eigene Verfahren an.“'),
      notes('Auf Wunsch Sachsens wird folgende Erklärung in die Niederschrift aufgenommen: „Sachsen meldet nur anonymisiert.“'),
      notes('Bayern und Hessen lassen zu Protokoll geben: „Die Beschaffung ist aus den Landeshaushalten zu finanzieren.“'),
      notes('Bayern lässt zu Protokoll vermerken: „Bayern betreibt eine eigene Cloud.“'),
      notes('Sachsen gibt folgende Protokollerklärung ab: „Sechs Monate reichen aus.“ Das Saarland erklärt seinen Beitritt zu dieser Protokollerklärung.')
    ]).toEqual([['MV', 'BB'], ['BY'], ['SN'], ['BY', 'HE'], ['BY'], ['SN', 'SL']])
  })

  it('"Dauer: 10:00 bis 15:15 Uhr" gives the times, not the place\'s end; "Zu TOP 7:Termine" (raw, no blank) is a head', () => {
    const r = record(['Protokoll der 9. Sitzung der Digitalministerkonferenz', 'Datum: Donnerstag, 18. Mai 2417', 'Ort: Rathaus Lüneburg, Am Ochsenmarkt 1, 21335 Lüneburg',
      'Dauer: 10:00 bis 15:15 Uhr', 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Zu TOP 1: Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.',
      'Zu TOP 2:Termine', 'Die nächste Sitzung findet im Herbst statt.'])
    expect([r.meeting!.place, r.meeting!.start, r.meeting!.end, r.agenda.map((a) => a.title)]).toEqual(['Rathaus Lüneburg, Am Ochsenmarkt 1, 21335 Lüneburg', '10:00', '15:15',
      ['Eröffnung', 'Termine']])
  })

  it('"Staatssekretär Dr. Ulf Kasparek – Vorsitzender –" chairs; "Ständiger Gast (Bund) BMDS Parlamentarischer Staatssekretär …" (raw)', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c} ${MINISTERS[i]}${c === 'ST' ? ' – Vorsitzender –' : ''}`),
      'Ständiger Gast (Bund) BMDS Parlamentarischer Staatssekretär Henrik Obermaier', ...TAIL])
    const chair = r.attendees.find((a) => a.chair)
    expect([chair?.org, chair?.name, people(r, 'permanent_guest')]).toEqual(['ST', parsePerson(MINISTERS[13]!).name, ['BMDS Henrik Obermaier']])
  })
})

describe('held-out sets 153 to 164, third part: lists said otherwise', () => {
  const vote = (v: string) => record([...OPENING, 'TOP 2 Register (HH)', 'Beschluss:', '1. Die DMK stellt die Finanzierung fest.', v, 'TOP 9 Verschiedenes', 'Nichts.'])
  const yes = (r: Extraction) => Object.entries(r.agenda[1]!.vote?.positions ?? {}).filter(([, p]) => p === 'yes').map(([c]) => c).sort()

  it('"gegen 2 Stimmen (Bayern, Sachsen)", "1 Neinstimme (Bayern)", "13 dafür, Bayern und Sachsen dagegen", "X, vertreten durch Y, stimmt dagegen"', () => {
    expect([
      dissent(vote('Mit 12 Ja-Stimmen gegen 2 Stimmen (Bayern, Sachsen) bei 1 Enthaltung (Saarland) angenommen.'), '2'),
      dissent(vote('Abstimmungsergebnis: 14 Jastimmen, 1 Neinstimme (Bayern), 1 Enthaltung (Saarland).'), '2'),
      dissent(vote('Angenommen: 13 dafür, Bayern und Sachsen dagegen, Thüringen enthält sich.'), '2'),
      dissent(vote('Sachsen, vertreten durch Brandenburg, stimmt dagegen; im Übrigen einstimmig.'), '2')
    ]).toEqual([['BY=no', 'SL=abstain', 'SN=no'], ['BY=no', 'SL=abstain'], ['BY=no', 'SN=no', 'TH=abstain'], ['SN=no']])
  })

  it('the few for, the rest against: "X, Y und Z stimmen zu, die übrigen … lehnen ab", "Für den Vorschlag stimmen nur …", "Den Antrag befürworten …"', () => {
    expect([
      yes(vote('Der Antrag findet keine Mehrheit: Brandenburg, Berlin und Hamburg stimmen zu, die übrigen anwesenden Länder lehnen ab.')),
      yes(vote('Abgelehnt: Für den Vorschlag stimmen nur Hamburg, Berlin und Niedersachsen; die übrigen Länder stimmen dagegen.')),
      yes(vote('Den Antrag befürworten Berlin, Bremen, Hamburg und das Saarland; die übrigen Länder lehnen ihn ab. Der Antrag ist damit abgelehnt.')),
      yes(vote('Der Antrag wird verworfen: Berlin, Bremen (vertreten durch Hamburg), Hamburg und das Saarland stimmen dafür, die übrigen zehn anwesenden Länder dagegen.'))
    ]).toEqual([['BB', 'BE', 'HH'], ['BE', 'HH', 'NI'], ['BE', 'HB', 'HH', 'SL'], ['BE', 'HB', 'HH', 'SL']])
  })
})

describe('held-out sets 165 and 167: "Länder   Staatssekretär Dr. … (BW)", the Land in parentheses after each member', () => {
  it('"Länder      Staatssekretär Dr. Florian Ketterer (BW)" / "Staatsministerin … (BY)" / … and the same with the Land\'s name', () => {
    const head = ['Ergebnisniederschrift', '9. Sitzung der Digitalministerkonferenz (DMK)', ' Datum                 Donnerstag, den 16. November 2451',
      ' Protokoll             Referentin Anne Gröschel (SN)', '', '']
    const coded = record([...head, ` Länder                  ${MINISTERS[0]} (${LANDS[0]})`, ...LANDS.slice(1).map((c, i) => `                          ${MINISTERS[i + 1]} (${c})`), '', ...TAIL])
    const named = record([...head, ` Länder                  ${MINISTERS[0]} (${LAND_NAMES[0]})`, ...LAND_NAMES.slice(1).map((n, i) => `                          ${MINISTERS[i + 1]} (${n})`), '', ...TAIL])
    expect([people(coded, 'member'), people(named, 'member')]).toEqual([EVERY_MEMBER, EVERY_MEMBER])
  })
})

describe('held-out set 153: a column of labels with "Bund (ständiger" / "Gast)" wrapped in its cell (raw, column by column)', () => {
  it('"Länder" / "Bund (ständiger" / "Gast)" / "Weitere Anwesende", then the codes, then the names: each row in its section', () => {
    const r = record(['Ergebnisprotokoll', '9. Sitzung der Digitalministerkonferenz', 'Sitzungsdatum: 12. November 2415', 'Protokoll: Oberregierungsrat Dr. Jannik Brodersen, Hamburg',
      'Länder', 'Bund (ständiger', 'Gast)', 'Weitere Anwesende', ...LANDS, 'BMDS', 'GS DMK', ...MINISTERS, 'Parlamentarische Staatssekretärin Dr. Ricarda Steinhöfel',
      'Regierungsdirektorin Dr. Johanna Wellbrock', ...TAIL])
    expect([people(r, 'member'), people(r, 'permanent_guest'), people(r, 'staff')]).toEqual([EVERY_MEMBER, ['BMDS Ricarda Steinhöfel'], ['GS DMK Johanna Wellbrock']])
  })
})

describe('held-out sets 169 to 172: attendee tables', () => {
  const head = ['Protokoll der 9. Sitzung der Digitalministerkonferenz', 'Datum            Freitag, 12. November 2455', 'Ort              Rathaus Hamburg, Kaisersaal', '']
  const named = MINISTERS.map((m, i) => `${m}, ${LAND_NAMES[i]}`)

  it('"Vertreterinnen und Vertreter der Staatssekretär …, Baden-Württemberg" (the label\'s "Länder" on the next line), "…, GS DMK" the office', () => {
    const r = record([...head, `Vertreterinnen und Vertreter der ${named[0]}`, `Länder                           ${named[1]}`,
      ...named.slice(2).map((n) => `                                 ${n}`), 'Bund                             Parlamentarische Staatssekretärin Dr. Carolin Imhoff, BMDS',
      'Geschäftsstelle der DMK          Ministerialrätin Dr. Ines Lammerskötter, GS DMK', '                                 Referent Timo Harms, GS DMK', '', ...TAIL])
    expect([people(r, 'member'), people(r, 'permanent_guest'), people(r, 'staff')]).toEqual([EVERY_MEMBER, ['BMDS Carolin Imhoff'], ['GS DMK Ines Lammerskötter', 'GS DMK Timo Harms']])
  })

  it('the labels first, then "Staatssekretär …, Baden-Württemberg" / … / "…, BMDS" / "…, GS DMK" / "…, Hamburg" (raw): each org after the comma', () => {
    const r = record([...head, 'Vertreterinnen und Vertreter der', 'Länder', 'Bund', 'Geschäftsstelle der DMK', 'Protokoll', ...named,
      'Parlamentarische Staatssekretärin Dr. Carolin Imhoff, BMDS', 'Referent Timo Harms, GS DMK', 'Regierungsrätin Finja Boysen, Hamburg', ...TAIL])
    expect([people(r, 'member'), people(r, 'permanent_guest'), people(r, 'staff')]).toEqual([EVERY_MEMBER, ['BMDS Carolin Imhoff'], ['GS DMK Timo Harms', 'HH Finja Boysen']])
  })

  it('"BB  für StS Lüdersdorf: Ministerialdirigent …" stands in; "…, vertreten durch Ministerialdirigent Dr. Ole" / "Dierks (Niedersachsen)"', () => {
    const coded = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${c === 'BB' ? 'für StS Lüdersdorf: Ministerialdirigent Jan-Philipp Raschke' : MINISTERS[i]}`), ...TAIL])
    const wrapped = record([...head, `Länder                  ${MINISTERS[0]} (${LAND_NAMES[0]})`, ...LANDS.slice(1).flatMap((c, i) => (c === 'NI'
      ? ['                        StS Dr. Hauke Brüggemann, vertreten durch Ministerialdirigent Dr. Ole', '                        Dierks (Niedersachsen)']
      : [`                        ${MINISTERS[i + 1]} (${LAND_NAMES[i + 1]})`])), '', ...TAIL])
    expect([people(coded, 'member').find((p) => p.startsWith('BB')), people(wrapped, 'member').filter((p) => p.startsWith('NI') || p.includes('Ole'))])
      .toEqual(['BB Jan-Philipp Raschke', ['NI Ole Dierks']])
  })

  it('"GS DMK" as the office\'s label: beside its code, and among the labels read before the codes (raw); "nicht anwesend" paired there', () => {
    const layout = record([...head, `Stimmberechtigte          BW            entschuldigt`, ...LANDS.slice(1).map((c, i) => `${i === 0 ? 'Mitglieder' : '          '}                ${c}            ${MINISTERS[i + 1]}`),
      'Bund (ständiger Gast)     BMDS          Parlamentarische Staatssekretärin Dr. Carolin Imhoff', 'GS DMK                    GS DMK        Ministerialrätin Dr. Ines Lammerskötter',
      'Niederschrift             MV            Regierungsdirektor Ole Brüggemann', '', ...TAIL])
    const raw = record([...head, 'Stimmberechtigte', 'Mitglieder', 'Bund (ständiger Gast)', 'GS DMK', 'Niederschrift', ...LANDS, 'BMDS', 'GS DMK', 'MV',
      'entschuldigt', ...MINISTERS.slice(1), 'Parlamentarische Staatssekretärin Dr. Carolin Imhoff', 'Ministerialrätin Dr. Ines Lammerskötter', 'Regierungsdirektor Ole Brüggemann', ...TAIL])
    const expected = [EVERY_MEMBER.slice(1), ['BMDS Carolin Imhoff'], ['GS DMK Ines Lammerskötter', 'MV Ole Brüggemann'], ['BW']]
    expect([layout, raw].map((r) => [people(r, 'member'), people(r, 'permanent_guest'), people(r, 'staff'), r.absent.map((a) => a.org)])).toEqual([expected, expected])
    const away = record([...head, 'Teilnehmende', 'Mitglieder mit', 'Stimmrecht', 'Ständiger Gast', 'Weitere Anwesende', ...LANDS, 'BMDS', 'GS DMK',
      ...MINISTERS.slice(0, 4), 'nicht anwesend', ...MINISTERS.slice(5), 'Parlamentarische Staatssekretärin Dr. Carolin Imhoff', 'Referent Timo Harms', ...TAIL])
    expect(away.absent.map((a) => a.org)).toEqual(['HB'])
  })

  it('the labels first and "… (NW), Vorsitz" before "… (BW)" (the chair\'s row first): one section of members', () => {
    const r = record([...head, 'Mitglieder', 'Ständiger Gast', 'Weitere Teilnehmende', `${MINISTERS[9]} (NW), Vorsitz`,
      ...LANDS.flatMap((c, i) => (c === 'NW' ? [] : [`${MINISTERS[i]} (${c})`])), 'Parlamentarischer Staatssekretär Dr. Julian Berthold (BMDS)', 'Referentin Lea Marquardt (GS DMK)', ...TAIL])
    expect([people(r, 'member').length, people(r, 'permanent_guest'), people(r, 'staff')]).toEqual([16, ['BMDS Julian Berthold'], ['GS DMK Lea Marquardt']])
  })
})

describe('held-out sets 169 to 172: votes, proxies, outcomes and notes', () => {

  it('proxies: "… betraut Rheinland-Pfalz mit der Wahrnehmung ihres Stimmrechts", "… lässt sich ab TOP 6 durch das Saarland vertreten"', () => {
    const entrusts = registerItem('Frau Ministerin Weber (BW) verlässt die Sitzung um 13:15 Uhr und betraut Rheinland-Pfalz mit der Wahrnehmung ihres Stimmrechts.', ...PROPOSAL, 'Einstimmig angenommen.')
    const lets = registerItem('Frau Ministerin Weber (BW) verlässt die Sitzung um 13:45 Uhr; Baden-Württemberg lässt sich ab TOP 2 durch das Saarland vertreten.', ...PROPOSAL, 'Einstimmig angenommen.')
    expect([entrusts, lets].map((r) => [r.meeting!.departures[0]?.proxy, r.agenda[1]!.vote?.positions?.BW])).toEqual([['RP', 'yes'], ['SL', 'yes']])
  })

  it('"Das Saarland ist nicht anwesend; Brandenburg wird durch Herrn Ministerialdirigenten Raschke vertreten.": the Saarland is absent', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${c === 'SL' ? 'nicht anwesend' : MINISTERS[i]}`), 'TOP 1 Eröffnung',
      'Das Saarland ist nicht anwesend; Brandenburg wird durch Herrn Ministerialdirigenten Raschke vertreten.', 'TOP 2 Register (HH)', ...PROPOSAL,
      'Einstimmig angenommen.', ...TAIL.slice(2)])
    expect([r.absent.map((a) => a.org), r.agenda[1]!.vote?.positions?.SL]).toEqual([['SL'], 'absent'])
  })

  it('outcomes said otherwise: "nochmals aufgerufen", "in die nächste Sitzung übernommen", "ohne Widerspruch entsprochen", "stellt den Wirtschaftsplan … fest"', () => {
    expect([
      itemOutcome(registerItem('Hessen erläutert den Entwurf; die Beratung wird nicht abgeschlossen; der Punkt wird in der 866. Sitzung nochmals aufgerufen.')),
      itemOutcome(registerItem('Da die Abstimmung noch nicht abgeschlossen ist, wird die Beratung in die nächste Sitzung übernommen.')),
      itemOutcome(registerItem(...PROPOSAL, 'Dem Beschlussvorschlag wird ohne Widerspruch entsprochen.')),
      itemOutcome(registerItem('Die DMK stellt den Wirtschaftsplan der Geschäftsstelle für das Jahr 2461 einstimmig fest.')),
      itemOutcome(registerItem('Sachsen beantragt, die Beschlussfassung auf die 429. Sitzung zu vertagen. Dem Antrag wird entsprochen.')),
      itemOutcome(registerItem('Die Mitglieder nehmen den Vorschlag zur Kenntnis; er wird in der 458. Sitzung erneut aufgerufen.'))
    ]).toEqual([['deferred', null], ['deferred', null], ['adopted', true], ['adopted', true], ['deferred', null], ['noted', null]])
  })

  it('"Berlin und Bremen versagen dem Beschluss die Zustimmung"; "Sachsen und Thüringen machen sich diese Erklärung zu eigen"', () => {
    const r = registerItem(...PROPOSAL, 'Berlin und Bremen versagen dem Beschluss die Zustimmung, Brandenburg und das Saarland enthalten sich; alle übrigen Länder stimmen zu.',
      'Bayern gibt folgende Protokollerklärung ab: „Bayern hält die Fristen für verfrüht.“ Sachsen und Thüringen machen sich diese Erklärung zu eigen.')
    expect([dissent(r, '2'), r.agenda[1]!.notes.map((n) => n.org)]).toEqual([['BE=no', 'BB=abstain', 'HB=no', 'SL=abstain'], ['BY', 'SN', 'TH']])
  })
})

describe('held-out sets 169 to 172: heads, clauses, margins and the list of attachments', () => {
  it('"Punkt 6a Notfallreserve IT-Hardware (SN)" among "Punkt N   Titel" heads', () => {
    const r = record([...OPENING.slice(0, -2), 'Punkt 1       Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'Punkt 6       Schülerausweise (BB)', 'Brandenburg berichtet.',
      'Punkt 6a Notfallreserve IT-Hardware (SN)', 'Sachsen zieht den Antrag zurück.', 'Punkt 7       Termine', 'Die nächste Sitzung folgt.'])
    expect(r.agenda.map((a) => [a.number, a.parent, a.vote?.outcome ?? null])).toEqual([['1', null, null], ['6', null, null], ['6a', '6', 'withdrawn'], ['7', null, null]])
  })

  it('"1)" / "2)" over both clauses\' texts (plain), the items the second\'s; "Anlage 1 – …" above "Für die Niederschrift: …"', () => {
    const r = record([...OPENING, 'TOP 2 Lernplattformen (HH)', 'Beschlussvorschlag:', '1)', '2)', '', 'Die DMK stützt den Aufbau einer Lernplattform.',
      'Hamburg und Schleswig-Holstein werden gebeten,', 'a) die Schnittstellen zu beschreiben,', 'b) zur 882. Sitzung zu berichten.', 'Einstimmig angenommen.',
      'TOP 3 Termine', 'Die nächste Sitzung folgt.', '', 'Anlage 1 – Kooperationsvereinbarung der Landesrechenzentren (Entwurf)', '', 'Bremen, den 22. Mai 2463',
      'Für die Niederschrift: Friederike Ahlers'])
    const clauses = r.agenda[1]!.resolution!.clauses
    expect([clauses.map((c) => [c.number, c.text, c.items.map((i) => i.label)]), r.attachments.map((a) => [a.number, a.title])]).toEqual([
      [['1', 'Die DMK stützt den Aufbau einer Lernplattform.', []], ['2', 'Hamburg und Schleswig-Holstein werden gebeten,', ['a', 'b']]],
      [['1', 'Kooperationsvereinbarung der Landesrechenzentren (Entwurf)']]])
  })

  it('"10 Deutschland-Stacks." / … / "20 Frau …" / … / "30 (1) Die Länder …" (raw): a margin numbering every tenth line', () => {
    const filler = (n: number) => Array.from({length: n}, (_, k) => `Die Länder berichten über den Stand der Umsetzung in Abschnitt ${k + 1} ausführlich.`)
    const r = record([...OPENING, 'TOP 2 Register (HH)', ...filler(5), 'Die DMK fasst folgenden Beschluss:', '1. Die DMK verstärkt die Anbindung an die Basisdienste des',
      '10 Deutschland-Stacks.', '2. Die Länder berichten jährlich.', 'Einstimmig angenommen.', ...filler(7), '20 Die DMK nimmt den Bericht zur Kenntnis.', ...filler(8),
      '30 Weitere Wortmeldungen gibt es nicht.', 'TOP 3 Verschiedenes', 'Nichts.'])
    expect(r.agenda[1]!.resolution!.clauses[0]!.text).toBe('Die DMK verstärkt die Anbindung an die Basisdienste des Deutschland-Stacks.')
  })
})

describe('held-out sets 173 to 180: votes and outcomes said otherwise', () => {

  it('positions: "stimmt dem nicht zu", "verwehrt … die Zustimmung", "macht von seinem Stimmrecht keinen Gebrauch", "verzichtet auf eine Stimmabgabe"', () => {
    expect([
      dissent(registerItem(...PROPOSAL, 'Der Beschlussvorschlag wird angenommen; Hessen stimmt dem nicht zu, Bremen enthält sich.'), '2'),
      dissent(registerItem(...PROPOSAL, 'Bayern verwehrt dem Beschluss die Zustimmung; alle anderen Länder stimmen zu.'), '2'),
      dissent(registerItem(...PROPOSAL, 'Thüringen macht von seinem Stimmrecht keinen Gebrauch; alle übrigen anwesenden Länder stimmen zu.'), '2'),
      dissent(registerItem(...PROPOSAL, 'Brandenburg verzichtet auf eine Stimmabgabe; alle übrigen Länder stimmen zu.'), '2')
    ]).toEqual([['HB=abstain', 'HE=no'], ['BY=no'], ['TH=abstain'], ['BB=abstain']])
  })

  it('"sehen sich nicht in der Lage, …zuzustimmen, und enthalten sich", "kann sich nicht anschließen und stimmt mit Nein"', () => {
    expect([
      dissent(registerItem(...PROPOSAL, 'Bayern und Hessen sehen sich nicht in der Lage, dem Beschluss zuzustimmen, und enthalten sich der Stimme; die übrigen anwesenden Länder stimmen zu.'), '2'),
      dissent(registerItem(...PROPOSAL, 'Niedersachsen kann sich nicht anschließen und stimmt mit Nein; Hamburg enthält sich. Alle übrigen anwesenden Länder stimmen zu.'), '2'),
      dissent(registerItem(...PROPOSAL, 'Niedersachsen schließt sich der Mehrheit nicht an und stimmt mit Nein; Bremen enthält sich. Alle anderen Länder stimmen zu.'), '2')
    ]).toEqual([['BY=abstain', 'HE=abstain'], ['HH=abstain', 'NI=no'], ['HB=abstain', 'NI=no']])
  })

  it('outcomes: "bleibt der nächsten Sitzung vorbehalten", "ruht bis zur 886. Sitzung", "verschiebt … auf die 907. Sitzung", "Die DMK stimmt dem zu"', () => {
    expect([
      itemOutcome(registerItem('Baden-Württemberg kündigt einen ergänzten Bericht an. Die Beratung bleibt der nächsten Sitzung vorbehalten.')),
      itemOutcome(registerItem('Der Bericht des Bundes steht noch aus. Die Befassung ruht bis zur 886. Sitzung.')),
      itemOutcome(registerItem('Auf Bitte Hamburgs verschiebt die Vorsitzende den Punkt auf die 907. Sitzung.')),
      itemOutcome(registerItem('Niedersachsen bittet, den Punkt auf die 913. Sitzung zu vertagen. Die DMK stimmt dem zu.'))
    ]).toEqual([['deferred', null], ['deferred', null], ['deferred', null], ['deferred', null]])
  })

  it('"Dem Antrag wird nicht entsprochen", "er gilt als abgelehnt"; "Der Wirtschaftsplan … wird einstimmig festgestellt"; unanimity said otherwise', () => {
    expect([
      itemOutcome(registerItem(...PROPOSAL, 'Dem Antrag wird nicht entsprochen. Für den Antrag stimmen Brandenburg, Sachsen und Thüringen; die übrigen Länder stimmen dagegen.')),
      itemOutcome(registerItem(...PROPOSAL, 'Für den Beschlussvorschlag stimmen sieben Länder; er gilt als abgelehnt.')),
      itemOutcome(registerItem('Der Wirtschaftsplan 2470 (Anlage 1) wird einstimmig festgestellt.')),
      itemOutcome(registerItem('Die DMK stellt den Wirtschaftsplan 2466 (Anlage 1) mit den Stimmen sämtlicher vertretenen Länder fest.')),
      itemOutcome(registerItem(...PROPOSAL, 'Der Beschluss wird ohne Gegenstimmen, ohne Enthaltungen angenommen.')),
      itemOutcome(registerItem(...PROPOSAL, 'Der Beschluss ergeht in allseitigem Einvernehmen.'))
    ]).toEqual([['rejected', false], ['rejected', false], ['adopted', true], ['adopted', true], ['adopted', true], ['adopted', true]])
  })
})

describe('held-out sets 181 to 187: attendee tables and the minutes', () => {
  it('"Stimmberechtigte" / "Mitglieder", every code, "Ständiger Gast" / "Geschäftsstelle" / "Protokoll", then every name (plain)', () => {
    const names = MINISTERS.map((m, i) => (i === 5 ? 'entschuldigt' : m))
    const r = record([...HEADER, 'Stimmberechtigte', 'Mitglieder', '', ...LANDS, 'BMDS', 'GS DMK', 'GS DMK', 'HB', '', 'Ständiger Gast', 'Geschäftsstelle', 'Protokoll', '',
      ...names, 'Parlamentarischer Staatssekretär Dr. Jan Ott', 'Ministerialrat Dr. Kai Wendt', 'Referentin Lea Marx', 'Regierungsrätin Anne Wolf', '', ...TAIL])
    expect([people(r, 'member').length, people(r, 'member')[5], people(r, 'permanent_guest'), people(r, 'staff'), r.absent.map((a) => a.org)]).toEqual([
      15, 'HE Karl Roth', ['BMDS Jan Ott'], ['GS DMK Kai Wendt', 'GS DMK Lea Marx', 'HB Anne Wolf'], ['HH']])
  })

  it('"GS DMK GS DMK Ministerialrat …" (raw) and "GS DMK" / "GS DMK" / "Ministerialrat …" (plain): the label, then the code', () => {
    const raw = [...HEADER, ...LANDS.map((c, i) => `${i === 0 ? 'Länder ' : ''}${c} ${MINISTERS[i]}`), 'Gast BSI Präsident Dr. Tim Brauer (zu Punkt 2)',
      'GS DMK GS DMK Ministerialrat Dr. Kai Wendt', 'GS DMK Referentin Lea Marx', 'Niederschrift HB Referentin Svenja Klatt', ...TAIL]
    const plain = [...HEADER, 'Länder', ...LANDS.flatMap((c, i) => [c, MINISTERS[i]!]), 'Gast', 'BSI', 'Präsident Dr. Tim Brauer (zu Punkt 2)',
      'GS DMK', 'GS DMK', 'Ministerialrat Dr. Kai Wendt', 'GS DMK', 'Referentin Lea Marx', 'Niederschrift', 'HB', 'Referentin Svenja Klatt', ...TAIL]
    expect([people(record(raw), 'staff'), people(record(plain), 'staff')]).toEqual([['GS DMK Kai Wendt', 'GS DMK Lea Marx', 'HB Svenja Klatt'], ['GS DMK Kai Wendt', 'GS DMK Lea Marx', 'HB Svenja Klatt']])
  })

  it('"Geschäftsstelle der DMK Ministerialrat …" (raw): the office\'s staff; "Niederschrift   Regierungsrat …" takes the list\'s "(Sachsen-Anhalt)"', () => {
    const r = record(['Ergebnisniederschrift über die 24. Sitzung der Digitalministerkonferenz', 'Sitzungstag Donnerstag, 15. November 2035', 'Sitzungsort Rathaus, Magdeburg',
      'Niederschrift Regierungsrat Florian Hesse', ...MINISTERS.map((m, i) => `${i === 0 ? 'Länder ' : ''}${m} (${LAND_NAMES[i]})`),
      'Geschäftsstelle der DMK Ministerialrat Dr. Kai Wendt', 'Referentin Lea Marx', 'Niederschrift Regierungsrat Florian Hesse (Sachsen-Anhalt)', ...TAIL])
    expect([people(r, 'staff'), r.meeting!.minutes.map((m) => [m.name, m.org])]).toEqual([
      ['GS DMK Kai Wendt', 'GS DMK Lea Marx', 'ST Florian Hesse'], [['Florian Hesse', 'ST']]])
  })

  it('"… (Berlin) – Sitzungsleitung": the chair; "Dr. Wiebke Fahrenholz, Vorsitz der DSK (zu TOP 2)": her function no part of her name', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${MINISTERS[i]} (${LAND_NAMES[i]})${c === 'BE' ? ' – Sitzungsleitung' : ''}`),
      'Gäste', 'Landesbeauftragte Dr. Wiebke Fahrenholz, Vorsitz der DSK (zu TOP 2)', ...TAIL])
    expect([r.attendees.filter((a) => a.chair).map((a) => `${a.org} ${a.name}`), r.attendees.filter((a) => a.role === 'guest').map((a) => a.name)]).toEqual([['BE Eva Lindner'], ['Wiebke Fahrenholz']])
  })
})

describe('held-out sets 181 to 187: page furniture, margins and footnotes', () => {
  const filler = (n: number, at = 0) => Array.from({length: n}, (_, k) => `Die Länder berichten über den Stand der Umsetzung im Bereich ${at + k + 1}.`)

  it('"Digitalministerkonferenz" / "29. Sitzung" / "6. Mai 2030" at a page\'s top (plain): the running header, no item "6. Mai 2030"', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), '1. Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', '2. Register (HH)',
      ...filler(10), '3. Bericht des Bundes', ...filler(10, 10), '4. Open Data (NW)', ...filler(10, 20), 'Seite 1 von 2', '\fDigitalministerkonferenz', '', '29. Sitzung', '', '6. Mai 2030', '',
      '5. Lernplattform (BE)', 'Die DMK beschließt:', '1. Die Länder bauen eine Lernplattform auf.', '2. Berlin berichtet.', 'Einstimmig angenommen.', '6. Verschiedenes', 'Nichts.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Eröffnung'], ['2', 'Register'], ['3', 'Bericht des Bundes'], ['4', 'Open Data'], ['5', 'Lernplattform'],
      ['6', 'Verschiedenes']])
  })

  it('"913. Sitzung der DMK" / "TOP 2" / "Berlin, 16. Mai 2030" (plain): the header\'s cells round the page\'s first head', () => {
    const r = record([...OPENING, 'TOP 1a Bericht', ...filler(30), 'Seite 1 von 2', '\f913. Sitzung der DMK', '', 'TOP 2', '', 'Berlin, 16. Mai 2030', '',
      'Genehmigung des Protokolls der 912. Sitzung', '', 'Das Protokoll wird einstimmig genehmigt.', 'TOP 3 Verschiedenes', 'Nichts.'])
    expect(r.agenda.find((a) => a.number === '2')?.title).toBe('Genehmigung des Protokolls der 912. Sitzung')
  })

  it('"5" / "10" alone on the first page, "5" … "30" on the second (plain): the margin\'s numbers, the heads found', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), '1.', '5', 'Eröffnung', ...filler(4), '2.', 'Bericht des Bundes', '10', ...filler(3),
      'Seite 1 von 2', '\f3.', 'Register (HH)', ...filler(2), '5', ...filler(4), '10', ...filler(4, 10), '15', '4.', 'Termine', ...filler(4, 20), '20', ...filler(4, 30), '25', '5.', 'Verschiedenes',
      ...filler(4, 40), '30', 'Nichts.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Eröffnung'], ['2', 'Bericht des Bundes'], ['3', 'Register'], ['4', 'Termine'], ['5', 'Verschiedenes']])
  })

  it('a footnote at the foot of a page without a number; "Über die Nummern 1 bis 3 …" no marker; "….1 Die DMK fasst …" the preamble\'s start', () => {
    const r = record([...OPENING, 'TOP 2 Datenportal (BB)', 'Frau Dr. Pohl erläutert die Stellungnahme der DSK.1 Die DMK fasst den folgenden Beschluss:',
      '1. Die DMK nimmt den Bericht zur Kenntnis.1', '2. Das Portal geht in den Regelbetrieb.', '3. Brandenburg berichtet jährlich.',
      'Über die Nummern 1 bis 3 wird geschlossen abgestimmt; der Beschluss wird einstimmig gefasst.', 'TOP 3 Verschiedenes', 'Nichts.', '', '1', '',
      'Der Bericht ist den Ländern am 2. Mai 2030 übersandt worden.', '', '\fProtokoll der 9. Sitzung · Seite 2'])
    const resolution = r.agenda[1]!.resolution!
    expect([resolution.preamble, resolution.clauses[0]!.text]).toEqual(['Die DMK fasst den folgenden Beschluss:', 'Die DMK nimmt den Bericht zur Kenntnis.'])
  })

  it('"Anlage 1" / "Anlage 2" / "1" / the titles / the footnote (plain): the titles the attachments\', the footnote its own', () => {
    const r = record([...OPENING, 'TOP 2 Cloud (BW)', 'Baden-Württemberg berichtet über die Stellungnahme.1', 'TOP 3 Verschiedenes', 'Nichts.', 'Anlagen', 'Anlage 1', 'Anlage 2', '', '1', '',
      'Stellungnahme der Datenschutzkonferenz zur Nutzung von Cloud-Diensten', 'Leitlinien für Videokonferenzsysteme', '',
      'Die Stellungnahme ist dieser Niederschrift als Anlage 1 beigefügt.', '', '\fDigitalministerkonferenz · Niederschrift der 9. Sitzung', '', 'Dresden, 27. November 2030', 'Tilo Grundmann', '', 'Seite 3', ''])
    expect(r.attachments.map((a) => [a.number, a.title])).toEqual([['1', 'Stellungnahme der Datenschutzkonferenz zur Nutzung von Cloud-Diensten'], ['2', 'Leitlinien für Videokonferenzsysteme']])
  })

  it('"VIII.Termine" (raw) among Roman heads; "… mit der DSK" / "ab." (a clause\'s last word, no item "ab") / "Einzig Bayern enthält sich; …"', () => {
    const r = record([...OPENING.slice(0, -2), 'I. Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'II. Cloud-Dienste (BW, SN)', 'Die DMK fasst den folgenden Beschluss:',
      '1) Die Länder legen gemeinsame Mindestanforderungen zugrunde.', '2) Baden-Württemberg und Sachsen stimmen die Mindestanforderungen mit der DSK', '    ab.',
      'Einzig Bayern enthält sich; alle übrigen Länder stimmen zu.', 'III.Termine', 'Die nächste Sitzung folgt.'])
    expect([r.agenda.map((a) => a.number), r.agenda[1]!.resolution!.clauses[1]!.text, dissent(r, 'II')]).toEqual([
      ['I', 'II', 'III'], 'Baden-Württemberg und Sachsen stimmen die Mindestanforderungen mit der DSK ab.', ['BY=abstain']])
  })
})

describe('held-out sets 181 to 187: outcomes and preambles', () => {

  it('deferred: "verweist die Angelegenheit in die 37. Sitzung", "… in die nächste Sitzung verwiesen", "in der Folgesitzung fortgesetzt", "erneut anmelden"', () => {
    expect([
      itemOutcome(registerItem('Das Konzept liegt noch nicht vor. Die DMK verweist die Angelegenheit in die 37. Sitzung.')),
      itemOutcome(registerItem('Da die Abstimmung noch aussteht, wird der Punkt in die nächste Sitzung verwiesen.')),
      itemOutcome(registerItem('Hessen führt in den Entwurf ein. Die Beratung wird in der Folgesitzung fortgesetzt.')),
      itemOutcome(registerItem('Die Befassung unterbleibt; Hamburg wird den Punkt zur 40. Sitzung erneut anmelden.'))
    ]).toEqual([['deferred', null], ['deferred', null], ['deferred', null], ['deferred', null]])
  })

  it('"Die Leitlinien werden mehrheitlich angenommen", "Die DMK hat Kenntnis genommen", "Der Niederschrift stimmen sämtliche Länder zu"', () => {
    expect([
      itemOutcome(registerItem('Hamburg stellt den Entwurf der Leitlinien vor. Die Leitlinien werden mehrheitlich angenommen.')),
      itemOutcome(registerItem('Hamburg berichtet über den Stand. Die DMK hat Kenntnis genommen.')),
      itemOutcome(registerItem('Der Niederschrift stimmen sämtliche Länder zu.'))
    ]).toEqual([['adopted', false], ['noted', null], ['adopted', true]])
  })

  it('"Nach ausführlicher Aussprache beschließt die DMK, … zu ergänzen." and the vote after it', () => {
    const r = registerItem('Nach ausführlicher Aussprache beschließt die DMK, die Leitlinien bis zur 29. Sitzung zu ergänzen.',
      'Nordrhein-Westfalen und Sachsen stimmen dagegen, Bayern enthält sich; die übrigen Länder stimmen zu.')
    expect([itemOutcome(r), r.agenda[1]!.vote!.debate, dissent(r, '2')]).toEqual([['adopted', false], true, ['BY=abstain', 'NW=no', 'SN=no']])
  })

  it('an item taken off the agenda is not deferred because a Land will bring it again ("abgesetzt und vertagt" is)', () => {
    const r = record([...OPENING.slice(0, -1), 'Auf Antrag Bremens wird TOP 3 von der Tagesordnung abgesetzt. Die Tagesordnung wird festgestellt.', 'TOP 2 Bericht',
      'Die DMK nimmt den Bericht zur Kenntnis.', 'TOP 3 Open Data (HB)', 'Von der Tagesordnung abgesetzt (siehe TOP 1). Bremen wird den Punkt zur 10. Sitzung erneut anmelden.',
      'TOP 4 Verschiedenes', 'Nichts.'])
    expect([r.agenda[2]!.vote, r.agendaChanges.map((c) => [c.number, c.change])]).toEqual([null, [['3', 'removed']]])
  })

  it('"Der in der 39. Sitzung zurückgestellte Punkt wird beraten. Die DMK beschließt:": the decision\'s sentence alone; "… daher …" stays whole', () => {
    const preamble = (...lines: string[]) => registerItem(...lines, '1. Die Länder bauen eine Plattform auf.', '2. Hamburg berichtet.', 'Einstimmig angenommen.').agenda[1]!.resolution?.preamble
    expect([
      preamble('Der in der 39. Sitzung zurückgestellte Punkt wird beraten. Die DMK beschließt:'),
      preamble('Niedersachsen und Bremen stellen das Konzept vor, wie in der 31. Sitzung beschlossen. Die DMK beschließt:'),
      preamble('Das Datenlabor hat sich im Pilotbetrieb bewährt. Die DMK fasst daher folgenden Beschluss:')
    ]).toEqual(['Die DMK beschließt:', 'Die DMK beschließt:', 'Das Datenlabor hat sich im Pilotbetrieb bewährt. Die DMK fasst daher folgenden Beschluss:'])
  })
})

describe('held-out sets 185 to 187: the chair\'s own row, absences, proxies and labels', () => {
  const rows = (chair: string[], land = 'NI') => [...HEADER, ...chair, ...LANDS.filter((c) => c !== land).map((c, i) => `${i === 0 ? 'Länder       ' : '             '}${c}    ${MINISTERS[LANDS.indexOf(c)]}`), ...TAIL]

  it('"Vorsitz   NI   Staatssekretärin …" over "Länder   BW   …" (layout, raw) and "Vorsitz" / "NI" / "Staatssekretärin …" (plain): the chair, a member', () => {
    const chair = (r: Extraction) => [r.attendees.filter((a) => a.chair).map((a) => `${a.org} ${a.name}`), people(r, 'member').length, r.meeting!.chair.map((c) => c.name)]
    const plain = [...HEADER, 'Vorsitz', '', 'NI', '', 'Staatssekretärin Dr. Maren Tjaden', '', 'Mitglieder der DMK', '', ...LANDS.filter((c) => c !== 'NI').flatMap((c) => [c, '', MINISTERS[LANDS.indexOf(c)]!, '']), ...TAIL]
    expect([chair(record(rows(['Vorsitz      NI    Staatssekretärin Dr. Maren Tjaden']))), chair(record(rows(['Vorsitz NI Staatssekretärin Dr. Maren Tjaden']))), chair(record(plain))])
      .toEqual(Array(3).fill([['NI Maren Tjaden'], 16, []]))
  })

  it('"– entschuldigt –" and "(entschuldigt)" after a member\'s name: the Land absent; "(verhindert)" over "Vertretung: …" not', () => {
    const absent = (line: string, after: string[] = []) => {
      const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => (c === 'BB' ? `${c}    ${line}` : `${c}    ${MINISTERS[i]}`)).flatMap((l) => (l.startsWith('BB') ? [l, ...after] : [l])), ...TAIL])
      return [r.absent.map((a) => a.org), people(r, 'member').filter((p) => p.startsWith('BB'))]
    }
    expect([absent('Staatssekretärin Anja Wollschläger – entschuldigt –'), absent('Staatssekretärin Nicole Britz (entschuldigt)'),
      absent('Staatsminister Florian Haberkorn (verhindert)', ['      Vertretung: Ministerialdirektor Dr. Korbinian Sedlmair'])])
      .toEqual([[['BB'], []], [['BB'], []], [[], ['BB Korbinian Sedlmair']]])
  })

  it('"Bund (ständiger BMDS   Parlamentarische …" / "Gast)" (layout: the label wrapped, the code one blank after it)', () => {
    const r = record([...HEADER, 'Länder              BW      Ministerin Anna Weber', ...LANDS.slice(1).map((c, i) => `                    ${c}      ${MINISTERS[i + 1]}`),
      'Bund (ständiger BMDS    Parlamentarische Staatssekretärin Dr. Nadine', 'Gast)                   Vorholt', ...TAIL])
    expect([people(r, 'permanent_guest'), people(r, 'member').at(-1)]).toEqual([['BMDS Nadine Vorholt'], 'TH Lars Kuhn'])
  })

  it('"… verlässt die Sitzung … und betraut Rheinland-Pfalz mit dem Stimmrecht des Saarlandes"', () => {
    const r = record([...OPENING, 'TOP 2 Register (HH)', 'Frau Staatssekretärin Wolf (SL) verlässt die Sitzung um 13:05 Uhr nach TOP 2 und betraut Rheinland-Pfalz mit dem Stimmrecht des Saarlandes.',
      'TOP 3 Verschiedenes', 'Nichts.'])
    expect(r.meeting!.departures.map((d) => [d.org, d.proxy])).toEqual([['SL', 'RP']])
  })
})

describe('held-out sets 185 to 187: votes, outcomes, notes, margins and attachments', () => {

  it('"hat mit Nein gestimmt", "stimmt als einziges Land mit Nein", "vermag dem Beschlussvorschlag nicht zuzustimmen"', () => {
    expect([
      dissent(registerItem(...PROPOSAL, 'Thüringen hat mit Nein gestimmt, Bayern hat sich enthalten; alle übrigen anwesenden Länder haben zugestimmt.'), '2'),
      dissent(registerItem(...PROPOSAL, 'Bayern stimmt als einziges Land mit Nein; die übrigen anwesenden Länder stimmen zu.'), '2'),
      dissent(registerItem(...PROPOSAL, 'Sachsen vermag dem Beschlussvorschlag nicht zuzustimmen; Niedersachsen enthält sich. Alle übrigen Länder stimmen zu.'), '2')
    ]).toEqual([['BY=abstain', 'TH=no'], ['BY=no'], ['NI=abstain', 'SN=no']])
  })

  it('"Er kommt auf die Tagesordnung der 44. Sitzung", "Dies wird einstimmig beschlossen", "von allen anwesenden Ländern angenommen"', () => {
    expect([
      itemOutcome(registerItem('Aus Zeitgründen wird der Punkt nicht beraten. Er kommt auf die Tagesordnung der 44. Sitzung.')),
      itemOutcome(registerItem('Die DMK bittet den IT-Planungsrat, Mindeststandards zu erarbeiten. Dies wird einstimmig beschlossen.')),
      itemOutcome(registerItem('Die DMK bittet die Länder, die Barrierefreiheit zu beachten. Der Beschlussvorschlag wird von allen anwesenden Ländern angenommen.'))
    ]).toEqual([['deferred', null], ['adopted', true], ['adopted', true]])
  })

  it('"Die DMK nimmt den Bericht zur Kenntnis und sagt dem Bund zu, … Der Beschlussvorschlag wird einstimmig angenommen.": adopted', () => {
    expect(itemOutcome(registerItem('Die DMK nimmt den Abschlussbericht zur Kenntnis und sagt dem Bund zu, die Register bis 2040 anzuschließen. Der',
      'Beschlussvorschlag wird einstimmig angenommen.'))).toEqual(['adopted', true])
  })

  it('"Die Länder Bayern, Sachsen und Thüringen schließen sich folgender Protokollerklärung an: „…“": a note of each', () => {
    const r = registerItem(...PROPOSAL, 'Der Beschlussvorschlag wird mehrheitlich angenommen.',
      'Die Länder Bayern, Sachsen und Thüringen schließen sich folgender Protokollerklärung an: „Die Leitlinien dürfen die Organisationshoheit nicht einschränken.“')
    expect(r.agenda[1]!.notes.map((n) => [n.org, n.kind])).toEqual([['BY', 'Protokollerklärung'], ['SN', 'Protokollerklärung'], ['TH', 'Protokollerklärung']])
  })

  it('"Anlage" / "1 – Leitlinien …" under the minutes: the attachment by its number and dash', () => {
    const r = record([...OPENING, 'TOP 2 Leitlinien (NW)', 'Nordrhein-Westfalen stellt die Leitlinien vor (Anlage 1).', 'TOP 3 Verschiedenes', 'Nichts.', 'Anlage',
      '1 – Leitlinien für den Einsatz generativer Sprachmodelle in der Sachbearbeitung'])
    expect(r.attachments.map((a) => [a.number, a.title])).toEqual([['1', 'Leitlinien für den Einsatz generativer Sprachmodelle in der Sachbearbeitung']])
  })

  it('"5" the first page\'s only margin number, "5" again under the next page\'s head (plain): neither an item\'s title', () => {
    const filler = (n: number, at = 0) => Array.from({length: n}, (_, k) => `Die Länder berichten über den Stand der Umsetzung im Bereich ${at + k + 1}.`)
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), 'Punkt 1', '5', '', 'Eröffnung', '', ...filler(4), '', 'Seite 1 von 2', '',
      '\fPunkt 2', '', 'Protokoll der 8. Sitzung', '', 'Das Protokoll wird genehmigt.', 'Punkt 3', '5', '', 'Bericht des Bundes', '', ...filler(4), 'Punkt 4', '10', '', 'Termine', '',
      ...filler(4, 10), '15', ...filler(4, 20), 'Punkt 5', '20', 'Verschiedenes', ...filler(4, 30), '25', 'Nichts.'])
    expect(r.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Eröffnung'], ['2', 'Protokoll der 8. Sitzung'], ['3', 'Bericht des Bundes'], ['4', 'Termine'], ['5', 'Verschiedenes']])
  })
})

describe('held-out sets 188 to 192: chairs\' rows, labels, outcomes and notes', () => {

  it('"Vorsitzland   ST   Minister …" over "Weitere Länder   BW   …"; " GS DMK      Ministerialrat …" where the Länder are the labels', () => {
    const r = record([...HEADER, 'Vorsitzland          ST       Minister Torsten Bräunig (Vorsitz)',
      ...LANDS.filter((c) => c !== 'ST').map((c, i) => `${i === 0 ? 'Weitere Länder       ' : '                     '}${c}       ${MINISTERS[LANDS.indexOf(c)]}`), ...TAIL])
    const labels = record([...HEADER, 'Teilnehmende', ...LAND_NAMES.map((n, i) => ` ${n.padEnd(26)}${MINISTERS[i]}`), ' Bund (ständiger Gast)     BMDS: Parlamentarischer Staatssekretär Dr. Ansgar Feld',
      ' GS DMK                    Ministerialrat Dr. Philipp Kronauer', '                           Referentin Lea Sommerfeld', ...TAIL])
    expect([r.attendees.filter((a) => a.chair).map((a) => `${a.org} ${a.name}`), people(r, 'member').length, people(labels, 'staff'), people(labels, 'guest')]).toEqual([
      ['ST Torsten Bräunig'], 16, ['GS DMK Philipp Kronauer', 'GS DMK Lea Sommerfeld'], []])
  })

  it('outcomes: "… einvernehmlich festgestellt", "… und beschließt einstimmig, …", "nicht weiterverfolgt", "ruht, bis …", "an die Geschäftsstelle verwiesen"', () => {
    expect([
      itemOutcome(registerItem('Das Protokoll der 61. Sitzung wird einvernehmlich festgestellt.')),
      itemOutcome(registerItem('Niedersachsen stellt das Konzept vor. Die DMK begrüßt das Konzept und beschließt einstimmig, es den Ländern zu empfehlen.')),
      itemOutcome(registerItem('Der Bund hat eine eigene Regelung vorgelegt. Der Antrag wird nicht weiterverfolgt.')),
      itemOutcome(registerItem('Thüringen erläutert den Antrag. Die Beschlussfassung ruht, bis das Gutachten vorliegt.')),
      itemOutcome(registerItem('Nach eingehender Diskussion wird der Antrag zur weiteren Prüfung an die Geschäftsstelle verwiesen.')),
      itemOutcome(registerItem('Die DMK nimmt den Bericht von Frau Parlamentarischer Staatssekretärin Dr. Kappeler über die Förderung zur Kenntnis.'))
    ]).toEqual([['adopted', true], ['adopted', true], ['withdrawn', null], ['deferred', null], ['deferred', null], ['noted', null]])
  })

  it('"Bayern spricht sich gegen den Beschluss aus"; "Hessen bittet, zu Protokoll zu nehmen: „…“"; "Bayern gibt eine Protokollerklärung ab. Die Protokollerklärung lautet: „…“"', () => {
    const r = registerItem(...PROPOSAL, 'Bayern spricht sich gegen den Beschluss aus; alle anderen anwesenden Länder stimmen zu.',
      'Hessen bittet, zu Protokoll zu nehmen: „Hessen hält an seiner Förderkulisse fest.“', 'Bayern gibt eine Protokollerklärung ab. Die Protokollerklärung lautet:',
      '„Bayern bringt seine Prüfkriterien ein.“', 'Rheinland-Pfalz zeichnet die Protokollerklärung mit.')
    expect([dissent(r, '2'), r.agenda[1]!.notes.map((n) => [n.org, n.kind])]).toEqual([['BY=no'], [['HE', 'Protokollerklärung'], ['BY', 'Protokollerklärung'], ['RP', 'Protokollerklärung']]])
  })

  it('"Bericht des Bundes (BMDS)": the federal ministry brings it, no part of the title and no sponsor', () => {
    const r = record([...OPENING, 'TOP 2 Bericht des Bundes (BMDS)', 'Der Bund berichtet.', 'TOP 3 Verschiedenes', 'Nichts.'])
    expect([r.agenda[1]!.title, r.agenda[1]!.sponsors]).toEqual(['Bericht des Bundes', []])
  })
})

describe('held-out sets 193 to 196: sessions past 1000, counts of votes, "5a." and outcomes said otherwise', () => {

  it('"Das Protokoll der 1001. Sitzung wird einvernehmlich genehmigt." (a four-digit ordinal ends no sentence); "… kommt einstimmig zustande"', () => {
    expect([
      itemOutcome(registerItem('Das Protokoll der 1001. Sitzung wird einvernehmlich genehmigt.')),
      itemOutcome(registerItem('Der Beschluss über die Genehmigung der Niederschrift kommt einstimmig zustande.')),
      itemOutcome(registerItem('Das Protokoll wird ohne Aussprache genehmigt; Gegenstimmen und Enthaltungen gibt es nicht.')),
      itemOutcome(registerItem('Herr Dr. Obermeier berichtet über den Stand. Die DMK nimmt den Bericht mit Dank entgegen.'))
    ]).toEqual([['adopted', true], ['adopted', true], ['adopted', true], ['noted', null]])
  })

  it('"mit fünfzehn Stimmen angenommen" with fifteen Länder there: unanimous; "mit 13 Stimmen": open; "von allen anwesenden Ländern mitgetragen"', () => {
    const absentOne = (...lines: string[]) => record([...OPENING, 'Mecklenburg-Vorpommern ist entschuldigt.', 'TOP 2 Register (HH)', ...lines, 'TOP 9 Verschiedenes', 'Nichts.'])
    const vote = (r: Extraction) => [r.agenda[1]!.vote?.unanimous ?? null, Object.values(r.agenda[1]!.vote?.positions ?? {}).filter((p) => p === 'yes').length]
    expect([
      vote(absentOne(...PROPOSAL, 'Der Beschlussvorschlag wird mit fünfzehn Stimmen angenommen.')),
      vote(absentOne(...PROPOSAL, 'Der Beschlussvorschlag wird mit 13 Stimmen angenommen.')),
      vote(registerItem(...PROPOSAL, 'Der Beschluss wird von allen anwesenden Ländern mitgetragen.'))
    ]).toEqual([[true, 15], [null, 0], [true, 16]])
  })

  it('"5a. Glasfaserausbau im ländlichen Raum (SH)" after "5." and before "6.": an item added under 5', () => {
    const r = record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), '1. Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', '2. Protokoll', 'Das Protokoll wird genehmigt.', '3. Bericht des Bundes', 'Der Bund berichtet.',
      '4. Register (HH)', 'Hamburg berichtet.', '5. Bildungsplattformen (NI)',
      'Die DMK nimmt den Bericht zur Kenntnis.', '5a. Glasfaserausbau im ländlichen Raum (SH)', 'Die DMK bittet den Bund, das Programm zu verlängern. Dies wird einstimmig beschlossen.',
      '6. Verschiedenes', 'Nichts.'])
    expect(r.agenda.slice(4).map((a) => [a.number, a.parent, a.title])).toEqual([['5', null, 'Bildungsplattformen'], ['5a', '5', 'Glasfaserausbau im ländlichen Raum'],
      ['6', null, 'Verschiedenes']])
  })
})

describe('held-out sets 197 to 200: heads "6a" without a dot, an attachment list at a page\'s foot, notes put on record', () => {
  const numbered = (...items: string[]) => record([...HEADER, 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`), '1      Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.',
    '2      Protokoll', 'Das Protokoll wird genehmigt.', '3      Bericht des Bundes', 'Der Bund berichtet.', ...items])

  it('"6a     Ausfälle des Nutzerkontos (SN)" in a hanging column after "6", and "4a" alone on its line before its title (plain)', () => {
    const hanging = numbered('4      Register (HH)', 'Hamburg berichtet.', '4a     Ausfälle des Nutzerkontos (SN)', 'Sachsen schildert die Ausfälle.', '5      Verschiedenes', 'Nichts.')
    const lone = numbered('4', '', 'Register (HH)', '', 'Hamburg berichtet.', '4a', '', 'Ausfälle des Nutzerkontos (SN)', '', 'Sachsen schildert die Ausfälle.', '5', '', 'Verschiedenes', '', 'Nichts.')
    for (const r of [hanging, lone]) {
      expect(r.agenda.slice(3).map((a) => [a.number, a.parent, a.title, a.sponsors.map((s) => s.org)])).toEqual([['4', null, 'Register', ['HH']],
        ['4a', '4', 'Ausfälle des Nutzerkontos', ['SN']], ['5', null, 'Verschiedenes', []]])
    }
  })

  it('"Anlagen" / "1     Konzept …" at the foot of the last page is the attachment list, not a footnote to "ab dem 1." above', () => {
    const r = record([...OPENING, 'TOP 2 Prüfstelle (NW)', 'Beschluss:', '1. Die DMK richtet eine Prüfstelle ab dem 1.', '   Januar 2031 ein.',
      'Der Beschluss wird einstimmig gefasst.', 'TOP 3 Verschiedenes', 'Nichts.', '', 'Bremen, 20. März 2030', 'Lea Vogt', '',
      'Anlagen', '1     Konzept einer gemeinsamen Prüfstelle', '2     Betriebsmodell der Plattform'])
    expect([r.agenda[1]!.resolution!.clauses[0]!.text, r.attachments.map((a) => [a.number, a.title])]).toEqual([
      'Die DMK richtet eine Prüfstelle ab dem 1. Januar 2031 ein.', [['1', 'Konzept einer gemeinsamen Prüfstelle'], ['2', 'Betriebsmodell der Plattform']]])
    // A note under the list's rows, its number counting from 1 again: still the note to the marker "ein.1".
    const noted = record([...OPENING, 'TOP 2 Prüfstelle (NW)', 'Beschluss:', '1. Die DMK richtet eine Prüfstelle ein.1',
      'Der Beschluss wird einstimmig gefasst.', 'TOP 3 Verschiedenes', 'Nichts.', '', 'Anlagen', '1     Konzept einer gemeinsamen Prüfstelle',
      '2     Betriebsmodell der Plattform', '1     Die Kosten sind im Haushalt 2031 veranschlagt.'])
    expect([noted.agenda[1]!.resolution!.clauses[0]!.text, noted.attachments.length]).toEqual(['Die DMK richtet eine Prüfstelle ein.', 2])
  })

  it('"Auf Wunsch Sachsens wird im Protokoll festgehalten: „…“": a note of Sachsen; the session "1015. Sitzung" read', () => {
    const r = record(['Ergebnisprotokoll', '1015. Sitzung der Digitalministerkonferenz', ...HEADER.slice(1), 'Mitglieder', ...LANDS.map((c, i) => `${c}  ${MINISTERS[i]}`),
      'TOP 1 Eröffnung', 'Die Vorsitzende eröffnet die Sitzung.', 'TOP 2 Register (HH)', 'Beschluss:', '1. Die DMK stellt die Finanzierung fest.',
      'Der Beschluss wird einstimmig gefasst.', 'Auf Wunsch Sachsens wird im Protokoll festgehalten: „Sachsen stimmt unter dem Vorbehalt des Landtags zu.“',
      'TOP 3 Verschiedenes', 'Nichts.'])
    expect([r.meeting?.number ?? null, r.agenda[1]!.notes.map((n) => [n.org, n.kind, n.text])]).toEqual([1015,
      [['SN', 'Protokollerklärung', 'Sachsen stimmt unter dem Vorbehalt des Landtags zu.']]])
  })
})
