/**
 * The one Land lexicon every rule reads Länder with: code ("SN"), name
 * ("Sachsen"), genitive ("Sachsens"), official ("Freistaat Sachsen", "Freie
 * und Hansestadt Hamburg"), adjective ("sächsische"), demonym ("Berliner"),
 * and federal bodies ("BMDS") — also broken across lines ("Baden-" /
 * "Württemberg", "Freie und" / "Hansestadt" / "Hamburg").
 */
import {LAENDER, LAND_ALIASES, type LandCode} from '../data/laender.ts'
import {BODY_FORMS, FEDERAL_BODIES} from '../data/bodies.ts'

export type Form = 'code' | 'name' | 'genitive' | 'official' | 'adjective' | 'demonym' | 'body'

export interface Mention {
  org: string
  form: Form
  surface: string
  start: number
  end: number
}

interface Entry {
  org: string
  form: Form
}

const entries = new Map<string, Entry>()
// Keyed without blanks and hyphens: plain pdftotext joins "Baden-" / "Württemberg" to "BadenWürttemberg".
const loose = (surface: string) => surface.replace(/[-\s]/g, '')
const add = (surface: string, entry: Entry) => { if (!entries.has(loose(surface))) entries.set(loose(surface), entry) }
for (const land of LAENDER) {
  for (const o of land.official) add(o, {org: land.code, form: 'official'})
  add(land.name, {org: land.code, form: 'name'})
  for (const g of land.inflected) add(g, {org: land.code, form: 'genitive'})
  for (const d of land.demonyms ?? []) add(d, {org: land.code, form: 'demonym'})
  add(land.code, {org: land.code, form: 'code'})
}
for (const [alias, code] of Object.entries(LAND_ALIASES)) add(alias, {org: code, form: 'code'})
for (const body of FEDERAL_BODIES) add(body, {org: body, form: 'body'})
for (const [form, body] of BODY_FORMS) add(form, {org: body, form: 'body'})

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// A hyphen or a blank may be followed by a line break (and blank lines): "Baden-" / "" / "Württemberg",
// "Freie und" / "Hansestadt Hamburg". (A blank that matched nothing is caught by the look-up in `entryOf`.)
const BREAKABLE = (s: string) => escape(s)
  .replace(/ /g, '[\\t\\x20]*(?:\\n[\\t\\x20]*){0,3}')
  .replace(/-/g, '(?:-[\\t\\x20]*(?:\\n[\\t\\x20]*){0,3})?')
const surfaces = [
  ...LAENDER.flatMap((l) => [...l.official, l.name, ...l.inflected, ...(l.demonyms ?? []), l.code]), ...Object.keys(LAND_ALIASES),
  ...FEDERAL_BODIES, ...BODY_FORMS.map(([form]) => form)
].sort((a, b) => b.length - a.length)
const adjectives = LAENDER.flatMap((l) => l.adjectives.map((stem) => ({stem, org: l.code})))
const ADJECTIVE = adjectives.map((a) => `[${a.stem[0]!.toUpperCase()}${a.stem[0]}]${BREAKABLE(a.stem.slice(1))}(?:e[mnrs]?)?`)
const BEFORE = '(?<![\\p{L}\\p{N}-])'
const WORDS = `(?:(${surfaces.map(BREAKABLE).join('|')})|(${ADJECTIVE.join('|')}))(?![\\p{L}\\p{N}]|-\\p{L})`
const ALTERNATION = `${BEFORE}${WORDS}`
// Longest alternatives first; not inside a longer word ("Niedersachsen" is not "Sachsen").
export const MENTION = new RegExp(ALTERNATION, 'gu')
const STICKY = new RegExp(ALTERNATION, 'uy')
// MENTION without its look-behind, which `findMentions` checks itself: a look-behind first keeps the regex
// from skipping ahead to a letter a name begins with, and cost two thirds of its time.
const UNANCHORED = new RegExp(WORDS, 'gu')
const WORD_BEFORE = new RegExp(`[\\p{L}\\p{N}-]$`, 'u')

function entryOf(m: RegExpExecArray): Entry | undefined {
  // One word as printed ("Sachsen", "BW"): its own key, and one word is as spaced as printed.
  if (m[1] && !/[-\s]/.test(m[0])) {
    const entry = entries.get(m[0])
    return entry && SPACED.get(m[0]) === 1 ? entry : undefined
  }
  // Words run together ("Freieund") are no name: a blank the surface has must be there.
  if (m[1]) {
    const entry = entries.get(loose(m[0]))
    return entry && spacedAsPrinted(m[0]) ? entry : undefined
  }
  const lower = m[0].replace(/[-\s]/g, '').toLowerCase()
  const hit = adjectives.find((a) => lower.startsWith(a.stem.replace(/-/g, '')))
  return hit ? {org: hit.org, form: 'adjective'} : undefined
}

const SPACED = new Map(surfaces.map((s) => [loose(s), s.split(' ').length]))

/** As many words as the name has: "Freie und Hansestadt" is three words, not "Freieund Hansestadt". */
function spacedAsPrinted(surface: string): boolean {
  const words = surface.replace(/-[ \t]*(?:\n[ \t]*)+/g, '-').split(/[ \t\n]+/).filter(Boolean)
  return words.length === SPACED.get(loose(surface))
}

/** Every mention of a Land or body in a text. */
export function findMentions(text: string): Mention[] {
  const out: Mention[] = []
  // MENTION's matches: where a letter, digit or hyphen stands before, MENTION would try the next position.
  // One regex object for every call (a new one would run interpreted, not compiled): nothing below calls back.
  const re = UNANCHORED
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && WORD_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) {
      re.lastIndex = m.index + 1
      continue
    }
    const entry = entryOf(m)
    // Spelled out: a spread here cost twice the regex.
    if (entry) out.push({org: entry.org, form: entry.form, surface: m[0], start: m.index, end: m.index + m[0].length})
  }
  return out
}

/** The mention that starts exactly at `at` (a Land's name as an attendee table's row label, say). */
export function mentionAt(text: string, at: number): Mention | null {
  STICKY.lastIndex = at
  const m = STICKY.exec(text)
  if (!m) return null
  const entry = entryOf(m)
  return entry ? {org: entry.org, form: entry.form, surface: m[0], start: at, end: at + m[0].length} : null
}

/** A Land in any form at `at`, as its code. */
export function landAt(text: string, at: number): {code: LandCode; end: number} | null {
  const m = mentionAt(text, at)
  return m && m.form !== 'body' && m.form !== 'adjective' && m.form !== 'demonym' ? {code: m.org as LandCode, end: m.end} : null
}
