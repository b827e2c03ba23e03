/**
 * Transformer: a press report about a meeting — its own date (the
 * dateline "[22.10.2024]", not a page's crawl date), which session it is
 * about, where and when that met, and a fingerprint of its lead so the same
 * article ingested twice is found.
 */
import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import type {Root} from '../types.ts'
import {emptyExtraction} from '../compile/schema.ts'
import {findDates, isoDate} from '../text/dates.ts'
import {sentences} from '../text/sentences.ts'
import {ordinalSession, placeIn} from './meeting.ts'

export interface ReportOptions {
  body: string
}

const DATELINE = /\[(\d{1,2})\.(\d{1,2})\.(\d{4})\]/
// The lead: so many words after the dateline make the fingerprint.
const LEAD_WORDS = 40

export default function report(options: ReportOptions) {
  return (_tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    if (extraction.kind !== 'press_report') return
    const text = String(file.value)
    const dl = DATELINE.exec(text)
    const published = dl ? isoDate(Number(dl[3]), Number(dl[2]), Number(dl[1])) : null
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
      const found = ordinalSession(s.text)
      if (found === null) continue
      number ??= found.n
      if (found.n !== number) continue
      // "zur zweiten Digitalministerkonferenz in Berlin": the place after the mention.
      place ??= placeIn(s.text.slice(found.end)) ?? placeIn(s.text)
      // "Am 19. April 2024 fand … die erste Sitzung … statt": the meeting's own date.
      if (!date && /\b(?:fand|tagte|trat)\b/.test(s.text)) date = findDates(s.text)[0]?.iso ?? null
    }
    extraction.report = {published, fingerprint, meeting: {body: options.body, number, date, place}}
  }
}
