/** German dates and times → ISO strings. */
import {MONTHS, MONTH_PATTERN} from '../data/months.ts'
import {matchesOf} from './matches.ts'

// "12. Mai 2025", "12. und 13. Mai 2025", "23./24. Oktober 2024", "4. Mai 2024".
const LONG_DATE = new RegExp(
  `\\b(\\d{1,2})\\.(?:[ \\t]*(?:und|bis|–|-|/)[ \\t]*\\d{1,2}\\.)?[ \\t]*(${MONTH_PATTERN})[ \\t]+(\\d{4})\\b`,
  'g'
)
// "24.09.2020", "22.04.2024".
const NUMERIC_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g

export interface FoundDate {
  iso: string
  index: number
  length: number
}

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = []
  for (const m of matchesOf(text, LONG_DATE)) {
    const iso = isoDate(Number(m[3]), MONTHS.get(m[2]!)!, Number(m[1]))
    if (iso) found.push({iso, index: m.index, length: m[0].length})
  }
  for (const m of matchesOf(text, NUMERIC_DATE)) {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]))
    if (iso) found.push({iso, index: m.index, length: m[0].length})
  }
  return found.sort((a, b) => a.index - b.index)
}

/** A date the protocols can mean: years from 1900 on ("22.04.0024" is a typo, not a date; the test corpora run into the 2200s). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return null
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCMonth() !== month - 1) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

// "9:02 Uhr", "12.45 Uhr", "9 Uhr".
const TIME = /\b(\d{1,2})(?:[:.](\d{2}))?[ \t]*Uhr\b|\b(\d{1,2}):(\d{2})\b/g

// "von 9.30 bis 16.15 Uhr", "9.30 – 16.15 Uhr": the first time of a range takes its "Uhr" from the second.
const RANGE_START = /\b(\d{1,2})[.:](\d{2})(?=[ \t]*(?:bis|–|-)[ \t]*\d{1,2}(?:[.:]\d{2})?[ \t]*Uhr\b)/g

export function findTimes(text: string): Array<{hhmm: string; index: number; length: number}> {
  const out: Array<{hhmm: string; index: number; length: number}> = []
  for (const m of matchesOf(text, RANGE_START)) {
    if (m[0].includes(':')) continue
    const h = Number(m[1])
    const min = Number(m[2])
    if (h <= 24 && min <= 59) out.push({hhmm: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`, index: m.index, length: m[0].length})
  }
  for (const m of matchesOf(text, TIME)) {
    const h = Number(m[1] ?? m[3])
    const min = Number(m[2] ?? m[4] ?? 0)
    if (h > 24 || min > 59) continue
    out.push({hhmm: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`, index: m.index, length: m[0].length})
  }
  return out.sort((a, b) => a.index - b.index)
}
