import {describe, expect, it} from 'vitest'
import {run} from './helpers.ts'
import {parentNumber} from '../src/segment/index.ts'

const agenda = (text: string) => run(text).record.agenda

describe('agenda items', () => {
  it('nests TOP numbers: 2a) under 2, 2.1 under 2, 17.1: under 17', () => {
    const items = agenda([
      ' TOP 2 ', '', 'Konstituierung der Digitalministerkonferenz (BB/BE) ', '',
      'TOP 2a) ', '', 'Geschäftsordnung der Digitalministerkonferenz (BE) ', '',
      'TOP 2.1 ', '', 'Bericht der Bundesbeauftragten für den Datenschutz und die Informationsfreiheit ', '',
      ' TOP 17 ', '', 'Stellungnahmen der DMK ', '',
      'TOP 17.1: Stellungnahme DMK an GFMK zu den Beschlüssen der GFMK (BE, ', '', 'BB) ', '',
      ' TOP 18 Verschiedenes ', ''
    ].join('\n'))
    expect(items.map((a) => [a.number, a.parent])).toEqual([['2', null], ['2a', '2'], ['2.1', '2'], ['17', null], ['17.1', '17'], ['18', null]])
    expect(items[4]!.title).toBe('Stellungnahme DMK an GFMK zu den Beschlüssen der GFMK')
    expect(items[4]!.sponsors.map((s) => s.org)).toEqual(['BE', 'BB'])
    expect(items[5]!.title).toBe('Verschiedenes')
    expect(parentNumber('17.1.2')).toBe('17.1')
  })

  it('reads a title across a blank line up to its sponsor parenthesis', () => {
    const [item] = agenda([
      ' TOP 3 ', '',
      'Ressourcennutzung digital optimieren: Bessere Datenverfügbarkeit und digitale ', '',
      'Zwillinge ermöglichen (BB, BE) ', '',
      'Der Beschlussvorschlag wird ohne Aussprache einstimmig angenommen. ', ' TOP 4 ', 'Verschiedenes'
    ].join('\n'))
    expect(item!.title).toBe('Ressourcennutzung digital optimieren: Bessere Datenverfügbarkeit und digitale Zwillinge ermöglichen')
    expect(item!.sponsors.map((s) => s.org)).toEqual(['BB', 'BE'])
  })

  it('tells a sponsor parenthesis from other parentheses in a title', () => {
    const items = agenda([
      'TOP 17.2: Stellungnahme DMK an BMK: Schreiben BMK vom 23. Juli 2024 (Beschluss ', '',
      'Beirat: Stufenplan Smarte Städte und Regionen) (BB, BE) ', '',
      'Staatssekretärin Martina Klement (BE) teilt hierzu mit, dass eine Stellungnahme der DMK im ', '',
      'Nachgang an die BMK übermittelt wird. ', '',
      'TOP 17.4: Stellungnahmen DMK an KMK: Schreiben KMK vom 9. und 25. Juli 2024 ', '',
      '(Empfehlung: Mindeststandards für schulische IT-Ausstattung; Weiterentwicklung ', '',
      'Anerkennungsverfahren) ', '',
      'Staatssekretärin Martina Klement (BE) teilt hierzu mit, dass die DMK geantwortet habe. ',
      ' TOP 3 ', '', 'Bericht des Bundesministers für Digitales und Verkehr (Gast: BMDV) ', '',
      'Der Bundesminister für Digitales und Verkehr, Dr. Volker Wissing, berichtet zu aktuellen ', '', 'Themen. '
    ].join('\n'))
    expect(items[0]!.title).toBe('Stellungnahme DMK an BMK: Schreiben BMK vom 23. Juli 2024 (Beschluss Beirat: Stufenplan Smarte Städte und Regionen)')
    expect(items[0]!.sponsors.map((s) => s.org)).toEqual(['BB', 'BE'])
    expect(items[1]!.title).toBe('Stellungnahmen DMK an KMK: Schreiben KMK vom 9. und 25. Juli 2024 (Empfehlung: Mindeststandards für schulische IT-Ausstattung; Weiterentwicklung Anerkennungsverfahren)')
    expect(items[1]!.sponsors).toEqual([])
    expect(items[2]!.guests.map((g) => g.org)).toEqual(['BMDV'])
    expect(items[2]!.title).toBe('Bericht des Bundesministers für Digitales und Verkehr')
  })

  it('gives no title to an item that starts with a sentence', () => {
    const [, item] = agenda([
      'TOP 2.2 ', '', 'Bericht des Vorsitzenden der Datenschutzkonferenz ', '',
      'TOP 2.3 ', '', 'Die Mitglieder der DMK tauschen sich mit Prof. Dr. Specht-Riemenschneider und Prof. Dr. ', '',
      'Roßnagel zur Vereinbarkeit von Digitalisierung mit Datenschutz und Datennutzung aus.  '
    ].join('\n'))
    expect(item!.number).toBe('2.3')
    expect(item!.title).toBe(null)
  })
})

describe('resolutions', () => {
  it('keeps a table inside a clause in that clause ("1. 2024 Berlin und Brandenburg")', () => {
    const [item] = agenda([
      ' TOP 2b) ', '', 'Festlegung der Reihenfolge der Vorsitzländer (BB) ', '', 'Beschluss:  ', '',
      'Die DMK fasst folgenden Beschluss: ', '',
      '1. Entsprechend Ziff. 2.1 der Geschäftsordnung wechselt der Vorsitz jährlich. ', '',
      '2. Demnach führen die Länder den Vorsitz in folgendem Turnus: ', '', ' ', '',
      '# Jahr Vorsitzland ', '', '1. 2024 Berlin und Brandenburg ', '', '2. 2025 Rheinland-Pfalz ', '',
      '3. 2026 Hamburg ', '', '4. 2027 Hessen ', '', ' ', '',
      '3. Abweichungen sind entsprechend Ziff. 2.1 der Geschäftsordnung der ', '', 'Digitalministerkonferenz zu beschließen. ',
      ' TOP 3 ', 'Verschiedenes'
    ].join('\n'))
    const clauses = item!.resolution!.clauses
    expect(clauses.map((c) => c.number)).toEqual(['1', '2', '3'])
    expect(clauses[1]!.text).toBe('Demnach führen die Länder den Vorsitz in folgendem Turnus: # Jahr Vorsitzland 1. 2024 Berlin und Brandenburg 2. 2025 Rheinland-Pfalz 3. 2026 Hamburg 4. 2027 Hessen')
    expect(clauses[2]!.text).toBe('Abweichungen sind entsprechend Ziff. 2.1 der Geschäftsordnung der Digitalministerkonferenz zu beschließen.')
  })

  it('removes a page number inside a clause from its text, keeping it as furniture', () => {
    const result = run([
      ' TOP 5 ', '', 'Ressourcennutzung digital optimieren (BB/BE) ', '', 'Beschluss:  ', '',
      '1. Die Vorsitzenden der DMK werden mit dem für ', '', '', '', '10 ', '', ' ', '',
      'Smart City federführenden Bundesministerium (BMWSB) die Möglichkeiten diskutieren. ', '',
      '2. Die DMK setzt sich ein. ', ' TOP 6 ', 'Verschiedenes'
    ].join('\n'))
    const clause = result.record.agenda[0]!.resolution!.clauses[0]!
    expect(clause.text).toBe('Die Vorsitzenden der DMK werden mit dem für Smart City federführenden Bundesministerium (BMWSB) die Möglichkeiten diskutieren.')
    expect(result.record.segments.filter((s) => s.kind === 'furniture').map((s) => s.label)).toEqual(['page-number'])
  })

  it('does not take a date line ("4. Mai 2024") for a clause', () => {
    const [item] = agenda([
      'TOP 9', 'Open Data (BY)', 'Beschluss:', '1. Der Quellcode des Portals wird zum Open Data Day München am ', '',
      '4. Mai 2024 als Open Source bereitgestellt. ', '', '2. Die DMK begrüßt dies.', 'TOP 10', 'Verschiedenes'
    ].join('\n'))
    expect(item!.resolution!.clauses.map((c) => [c.number, c.text])).toEqual([
      ['1', 'Der Quellcode des Portals wird zum Open Data Day München am 4. Mai 2024 als Open Source bereitgestellt.'],
      ['2', 'Die DMK begrüßt dies.']
    ])
  })

  it('reads lettered items apart from their clause', () => {
    const [item] = agenda([
      'TOP 10', 'Fachkräfte (RP)', 'Beschluss:',
      '1. Die Digitalministerkonferenz sieht Handlungsbedarf in folgenden Punkten: ', '',
      'a. „Sonstige Beschäftigte“/Quereinsteiger ', '', 'b. Gemeinsame Fortbildungsangebote ', '',
      '2. Die DMK bittet die Vorsitzländer um Weitergabe.', 'TOP 11', 'Verschiedenes'
    ].join('\n'))
    const clauses = item!.resolution!.clauses
    expect(clauses[0]!.text).toBe('Die Digitalministerkonferenz sieht Handlungsbedarf in folgenden Punkten:')
    expect(clauses[0]!.items.map((i) => [i.label, i.text])).toEqual([['a', '„Sonstige Beschäftigte“/Quereinsteiger'], ['b', 'Gemeinsame Fortbildungsangebote']])
  })

  it('ends a clause before an "Anlage N:" reference line', () => {
    const [item] = agenda([
      'TOP 2a)', 'Geschäftsordnung (BE)', 'Beschluss:', '1. Die DMK gibt sich eine Geschäftsordnung. ', '', ' ', '',
      'Anlage 1: Geschäftsordnung der Digitalministerkonferenz (DMK) ', ' TOP 2b) ', 'Verschiedenes'
    ].join('\n'))
    expect(item!.resolution!.clauses[0]!.text).toBe('Die DMK gibt sich eine Geschäftsordnung.')
    expect(item!.attachments.map((a) => a.number)).toEqual(['1'])
  })
})
