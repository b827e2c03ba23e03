/**
 * Transformer: a press report about a meeting — its own date (the
 * dateline "[22.10.2024]", not a page's crawl date), which session it is
 * about, where and when that met, and a fingerprint of its lead so the same
 * article ingested twice is found.
 */
import {createHash} from 'node:crypto'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Root} from '../record/tree.ts'
import {emptyExtraction} from '../record/schema.ts'
import {findDates, isoDate} from '../text/dates.ts'
import {sentences} from '../text/sentences.ts'
import {ordinalSession, placeIn} from './meeting.ts'
import {bodyPattern, conferenceOf} from '../data/conference.ts'


const DATELINE = /\[(\d{1,2})\.(\d{1,2})\.(\d{4})\]/
// The lead: so many words after the dateline make the fingerprint.
const LEAD_WORDS = 40

export default function report(this: Processor) {
  const conference = conferenceOf(this)
  const body = bodyPattern(conference)
  // "die 3. Digitalministerkonferenz", "zur 3. Sitzung der DMK".
  const numeric = new RegExp(`(?<!\\d)(\\d{1,2})\\.[ \\t]+(?:ordentliche[ \\t]+)?(?:Sitzung|Treffen|${body})(?![\\p{L}])`, 'u')
  return (_tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    if (extraction.kind !== 'press_report') return
    const text = String(file.value)
    const dl = DATELINE.exec(text)
    // Without a "[22.10.2024]" dateline: the first date near the top that is not a page's own
    // date line ("Freitag, 20. Februar 2026").
    const published = dl ? isoDate(Number(dl[3]), Number(dl[2]), Number(dl[1])) : firstDate(text)
    const lead = dl ? text.slice(dl.index + dl[0].length) : text
    const words = lead.toLowerCase().match(/\p{L}+/gu)?.slice(0, LEAD_WORDS) ?? []
    const fingerprint = words.length >= 10
      ? createHash('sha256').update(`${published ?? ''}|${words.join(' ')}`).digest('hex').slice(0, 32)
      : null
    let number: number | null = null
    let place: string | null = null
    let date: string | null = null
    const flat = text.replace(/\[([^\]\n]{0,200})\]\([^)\n]{0,200}\)/g, '$1').replace(/[#*]+/g, ' ')
    for (const s of sentences(flat)) {
      const found = ordinalSession(s.text, body) ?? numericSession(s.text, numeric)
      if (found === null) continue
      number ??= found.n
      if (found.n !== number) continue
      // "zur zweiten Digitalministerkonferenz in Berlin": the place after the mention.
      place ??= placeIn(s.text.slice(found.end)) ?? placeIn(s.text)
      // "Am 19. April 2024 fand … die erste Sitzung … statt": the meeting's own date.
      if (!date && /\b(?:fand|tagte|trat)\b/.test(s.text)) date = findDates(s.text)[0]?.iso ?? null
    }
    extraction.report = {published, fingerprint, meeting: {body: conference.body, number, date, place}}
  }
}

const WEEKDAY_LINE = /^[ \t]*(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),/

function firstDate(text: string): string | null {
  for (const line of text.slice(0, 1500).split('\n')) {
    if (WEEKDAY_LINE.test(line)) continue
    const d = findDates(line)[0]
    if (d) return d.iso
  }
  return null
}

function numericSession(text: string, pattern: RegExp): {n: number; end: number} | null {
  const m = pattern.exec(text)
  return m && Number(m[1]) >= 1 ? {n: Number(m[1]), end: m.index + m[0].length} : null
}
