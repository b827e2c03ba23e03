/**
 * The seed documents against their hand-checked records, for the facts
 * built so far; and the same facts whatever the encoding or line ends.
 */
import {describe, expect, it} from 'vitest'
import {encode1252, gold, ingestAndExport, seed, SEEDS} from './helpers.ts'

type Rec = Record<string, any>

function agendaView(record: Rec) {
  return (record.agenda as Rec[]).map((a) => ({
    number: a.number, parent: a.parent, title: a.title, sponsors: a.sponsors, guests: a.guests,
    attachments: a.attachments,
    resolution: a.resolution && {
      preamble: a.resolution.preamble,
      clauses: a.resolution.clauses.map((c: Rec) => ({number: c.number, text: c.text, items: c.items ?? []}))
    }
  }))
}

function meetingView(record: Rec) {
  const m = record.meeting
  return {
    body: m.body, number: m.number, date: m.date, place: m.place, start: m.start, end: m.end, chair: m.chair,
    minutes: m.minutes, announcements: m.announcements.map((a: Rec) => ({number: a.number, date: a.date}))
  }
}

function peopleView(record: Rec) {
  return (record.attendees as Rec[]).map((p) => ({name: p.name, honorific: p.honorific, title: p.title, org: p.org, role: p.role, chair: p.chair}))
}

/** Votes, notes and amendments; items whose vote the gold leaves open ("ignore") are skipped. */
function decisionView(record: Rec, open: ReadonlySet<string>) {
  return (record.agenda as Rec[]).filter((a) => !open.has(a.number)).map((a) => ({
    number: a.number,
    vote: a.vote && {outcome: a.vote.outcome, unanimous: a.vote.unanimous, debate: a.vote.debate, positions: a.vote.positions},
    notes: a.notes,
    amendments: a.amendments ?? []
  }))
}

const protocols = ['dmk-01', 'dmk-02']
const reports = ['report-dmk-01', 'report-dmk-02-dateline', 'report-dmk-02-reprint']

describe('seed protocols', () => {
  const {records} = ingestAndExport(SEEDS.map((s) => ({source: s, bytes: seed(s)})))
  const bySource = (id: string) => records.find((r) => r.document.source.startsWith(id)) as Rec

  for (const id of protocols) {
    it(`${id}: meeting, agenda, resolutions and attachments match the gold`, () => {
      const got = bySource(id)
      const want = gold(id)
      expect(got.document).toEqual(want.document)
      expect(meetingView(got)).toEqual(meetingView(want))
      expect(agendaView(got)).toEqual(agendaView(want))
      expect(got.attachments).toEqual(want.attachments)
    })

    it(`${id}: attendees, absences, votes, notes, departures and agenda changes match the gold`, () => {
      const got = bySource(id)
      const want = gold(id)
      const open = new Set((want.agenda as Rec[]).filter((a) => a.vote === 'ignore').map((a) => a.number as string))
      expect(peopleView(got)).toEqual(peopleView(want))
      expect(got.absent).toEqual(want.absent)
      expect(decisionView(got, open)).toEqual(decisionView(want, open))
      expect(got.meeting.departures).toEqual(want.meeting.departures)
      expect((got.agenda_changes as Rec[]).map((c) => [c.number, c.change])).toEqual((want.agenda_changes as Rec[]).map((c) => [c.number, c.change]))
    })
  }

  for (const id of reports) {
    it(`${id}: press report matches the gold`, () => {
      const got = bySource(id)
      const want = gold(id)
      expect(got.document).toEqual(want.document)
      expect({...got.report, meeting: {...got.report.meeting, place: undefined}})
        .toEqual({...want.report, meeting: {...want.report.meeting, place: undefined}})
    })
  }
})

describe('seed protocols in other encodings', () => {
  const text = (id: string) => seed(id).toString('utf8')
  const enc = (s: string) => new TextEncoder().encode(s)
  const variants: Record<string, (s: string) => Uint8Array> = {
    crlf: (s) => enc(s.replace(/\n/g, '\r\n')),
    'windows-1252': (s) => encode1252(s),
    bom: (s) => new Uint8Array([0xef, 0xbb, 0xbf, ...enc(s)]),
    nfd: (s) => enc(s.normalize('NFD')),
    ligatures: (s) => enc(s.replace(/fi/g, '\uFB01').replace(/fl/g, '\uFB02').replace(/ff/g, '\uFB00')),
    'soft-hyphens': (s) => enc(s.replace(/(Digitali)(sierung)/g, '$1\u00AD$2').replace(/(Beschluss)(vorschlag)/g, '$1\u00AD$2'))
  }
  for (const id of protocols) {
    const baseline = ingestAndExport([{source: `${id}.txt`, bytes: seed(id)}]).records[0] as Rec
    for (const [name, make] of Object.entries(variants)) {
      it(`${id} as ${name} gives the same records`, () => {
        const got = ingestAndExport([{source: `${id}.txt`, bytes: make(text(id))}]).records[0] as Rec
        expect(meetingView(got)).toEqual(meetingView(baseline))
        expect(agendaView(got)).toEqual(agendaView(baseline))
        expect(got.attachments).toEqual(baseline.attachments)
      })
    }
  }
})
