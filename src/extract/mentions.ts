/**
 * Transformer: every mention of a Land or a federal body in the whole
 * text, in any surface form — code ("SN"), name ("Sachsen"), genitive
 * ("Sachsens"), official ("Freistaat Sachsen"), adjective ("sächsische"),
 * demonym ("Berliner"), and names broken across lines ("Baden-" / "Württemberg").
 */
import type {VFile} from 'vfile'
import type {Root} from '../record/tree.ts'
import {emptyExtraction, type Extraction} from '../record/schema.ts'
import {LAENDER} from '../data/laender.ts'
import {FEDERAL_BODIES} from '../data/bodies.ts'

type Form = 'code' | 'name' | 'genitive' | 'official' | 'adjective' | 'demonym' | 'body'

interface Entry {
  org: string
  form: Form
}

const entries = new Map<string, Entry>()
const add = (surface: string, entry: Entry) => { if (!entries.has(surface)) entries.set(surface, entry) }
for (const land of LAENDER) {
  for (const o of land.official) add(o, {org: land.code, form: 'official'})
  add(land.name, {org: land.code, form: 'name'})
  for (const g of land.inflected) add(g, {org: land.code, form: 'genitive'})
  for (const d of land.demonyms ?? []) add(d, {org: land.code, form: 'demonym'})
  add(land.code, {org: land.code, form: 'code'})
}
for (const body of FEDERAL_BODIES) add(body, {org: body, form: 'body'})
add('IT-Planungsrats', {org: 'IT-Planungsrat', form: 'body'})
add('IT-Planungsrates', {org: 'IT-Planungsrat', form: 'body'})

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// A hyphen may be followed by a line break: "Baden-" / "" / "Württemberg".
const BREAKABLE = (s: string) => escape(s).replace(/ /g, '[\\t\\x20]+').replace(/-/g, '-[\\t\\x20]*(?:\\n[\\t\\x20]*){0,3}')
const surfaces = [...entries.keys()].sort((a, b) => b.length - a.length)
const adjectives = LAENDER.flatMap((l) => l.adjectives.map((stem) => ({stem, org: l.code})))
const ADJECTIVE = adjectives.map((a) => `[${a.stem[0]!.toUpperCase()}${a.stem[0]}]${BREAKABLE(a.stem.slice(1))}(?:e[mnrs]?)?`)
// Longest alternatives first; not inside a longer word ("Niedersachsen" is not "Sachsen").
export const MENTION = new RegExp(`(?<![\\p{L}\\p{N}-])(?:(${surfaces.map(BREAKABLE).join('|')})|(${ADJECTIVE.join('|')}))(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu')

export function findMentions(text: string): Extraction['landMentions'] {
  const out: Extraction['landMentions'] = []
  for (const m of text.matchAll(MENTION)) {
    const surface = m[0]
    const key = surface.replace(/-[ \t]*(?:\n[ \t]*)+/g, '-').replace(/[ \t]+/g, ' ')
    let entry = m[1] ? entries.get(key) : undefined
    if (m[2]) {
      const lower = key.toLowerCase()
      const hit = adjectives.find((a) => lower.startsWith(a.stem))
      if (hit) entry = {org: hit.org, form: 'adjective'}
    }
    if (!entry) continue
    out.push({org: entry.org, surface, form: entry.form, span: {start: m.index, end: m.index + surface.length}})
  }
  return out
}

export default function mentions() {
  return (_tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    extraction.landMentions = findMentions(String(file.value))
  }
}
