/**
 * Where an agenda item's title ends. PDF extraction breaks titles anywhere,
 * also across blank lines ("… und digitale" / "" / "Zwillinge ermöglichen (BB, BE)").
 * A title ends at its sponsor or guest parenthesis when there is one;
 * otherwise it runs on while a line plainly continues the one before.
 */
import {joinLines} from '../text/join.ts'
import {LAND_CODES, landFromName} from '../data/laender.ts'
import type {TextLine} from '../record/tree.ts'
import {RESOLUTION_HEAD, SPONSOR_CELL, SPONSOR_LINE, SPONSOR_PAREN} from './patterns.ts'
import {ABBREVIATIONS} from '../data/abbreviations.ts'
import {OFFICE_ALTERNATION} from '../data/titles.ts'

/** How many lines a title may span at most. */
const MAX_TITLE_LINES = 8

/** Words after which a title cannot end ("… der" / "Wirtschaft in Deutschland"), sorted. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'als', 'am', 'an', 'auf', 'aus', 'bei', 'bzw.', 'das', 'dem', 'den', 'der', 'des', 'die', 'durch',
  'für', 'gegen', 'im', 'in', 'mit', 'nach', 'oder', 'sowie', 'über', 'um', 'und', 'unter', 'vom',
  'von', 'vor', 'zu', 'zum', 'zur', 'zwischen'
])

export const ENDS_WITH_ABBREVIATION = new RegExp(`(?<![\\p{L}])(?:${ABBREVIATIONS.join('|')})\\.$`, 'u')

export interface TrailingParens {
  sponsors: Array<{org: string; start: number; end: number}>
  guests: Array<{org: string; start: number; end: number}>
  /** Length of the title text without the trailing parentheses. */
  titleLength: number
}

// "(BB, BE)", "(BB/BE)", "(RP, BW, HE, SN, TH)", "(BB und BE)", "(Antragsteller: BB, BE)",
// "(Berlin, Brandenburg)", "(Berichterstattung: NDS, HB)" — matched on the last parenthesis only; every part must be a Land.
// "(Gast: BMDV)", "(Gäste: BfDI, DSK)".
const GUEST_PAREN = /^\((?:Gast|Gäste)[ \t]*:([^()]{1,200})\)$/
const DASHED_ATTACHMENT = /[ \t][–—-][ \t]+Anlagen?[ \t]+\d{1,2}(?:[ \t]*(?:,|und)[ \t]*\d{1,2}){0,3}$/u
const DASHED_GUESTS = /[ \t][–—][ \t]+(?:Gast|Gäste)[ \t]*:[ \t]*([^()–—:]{2,120})$/
const SEPARATOR = /,|\/|(?<![\p{L}])und(?![\p{L}])/u
const CODE = /^[A-Z]{2,3}$/

/** Peels "(Gast: …)" and "(BB, BE)" off the end of a title, in any order; also both in one: "(NI, BE; Gast: IT-PLR)". */
export function trailingParens(title: string): TrailingParens {
  const sponsors: TrailingParens['sponsors'] = []
  const guests: TrailingParens['guests'] = []
  // "… Genehmigungsverfahren (NI, HB, HH, MV)1": a footnote's marker after the parenthesis is no part of the title.
  let rest = title.trimEnd().replace(/\)(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]{1,2})$/u, ')')
  // "Cloud-Strategie der Länder: Fortschreibung 2047   BY, NW": a head row whose last cell names the sponsors
  // (and guests: "BW, SN; Gast: KIT"), or says "Bund", "Vorsitz", "–"; no parenthesis.
  // Only the title's end can hold the cell (a search from every blank of a long title costs).
  const tail = Math.max(0, rest.length - 160)
  const cell = SPONSOR_CELL.exec(rest.slice(tail))
  const at = cell ? tail + cell.index : -1
  // "… Kommunen (HE, RP; Gast: Deutscher" / "Landkreistag)": inside a parenthesis still open, no cell.
  if (cell && !rest.includes('(', at) && rest.lastIndexOf('(') <= rest.lastIndexOf(')')) {
    const list = cell[1]
    const parts = list ? pieces(list, at + cell[0].indexOf(list)) : []
    if (parts.every((p) => CODE.test(p.text) && landFromName(p.text)) && !FUNCTION_WORDS.has(rest.slice(0, at).trimEnd().split(' ').at(-1)!)) {
      sponsors.push(...parts.map((p) => ({org: landFromName(p.text)!, start: p.start, end: p.end})))
      if (cell[2]) guests.push(...pieces(cell[2], at + cell[0].length - cell[2].length).filter((p) => p.text).map((p) => ({org: p.text, start: p.start, end: p.end})))
      rest = rest.slice(0, at).trimEnd()
    }
  }
  // "Nachnutzung des Verwaltungsportals (BW) – Anlage 1": the attachment named after a dash is no part of the title.
  const attached = DASHED_ATTACHMENT.exec(rest)
  if (attached && /\)$/.test(rest.slice(0, attached.index))) rest = rest.slice(0, attached.index)
  // "Länderübergreifende Cybersicherheitsübung 2241 (NI, SH) – Gast: BSI": the guests after a dash, the sponsors before it.
  const dashed = DASHED_GUESTS.exec(rest)
  if (dashed) {
    const at = dashed.index + dashed[0].length - dashed[1]!.length
    guests.push(...pieces(dashed[1]!, at).filter((p) => p.text).map((p) => ({org: p.text, start: p.start, end: p.end})))
    rest = rest.slice(0, dashed.index).trimEnd()
  }
  for (;;) {
    const open = rest.lastIndexOf('(')
    if (open === -1) break
    const tail = rest.slice(open)
    const mixed = /^\(([^();]{2,200});[ \t]*((?:Gast|Gäste)[ \t]*:[^();]{1,200})\)$/.exec(tail)
    if (mixed) {
      const s = SPONSOR_PAREN.exec(`(${mixed[1]})`)
      const parts = s ? pieces(s[1]!, open + 1 + mixed[1]!.indexOf(s[1]!)) : []
      const g = GUEST_PAREN.exec(`(${mixed[2]})`)
      // "(Bund; Gast: ITZBund)": the Bund brings the item, no Land sponsors it.
      const bodies = parts.length > 0 && parts.every((p) => NO_LAND.test(p.text))
      if (parts.length > 0 && (parts.every((p) => landFromName(p.text)) || everyLand(parts) || bodies) && g) {
        if (!bodies) sponsors.unshift(...sponsorsOf(parts))
        const at = open + 1 + mixed[1]!.length + tail.slice(1 + mixed[1]!.length).indexOf(':') + 1
        guests.unshift(...pieces(g[1]!, at).filter((p) => p.text).map((p) => ({org: p.text, start: p.start, end: p.end})))
        rest = rest.slice(0, open).trimEnd()
        continue
      }
    }
    // "(alle Länder außer BY)", "(alle Länder mit Ausnahme Bayerns)": every Land but those named.
    const but = ALL_BUT.exec(tail)
    const except = but ? pieces(but[1]!, open + tail.indexOf(but[1]!, but[0].length - but[1]!.length - 1)).map((p) => landFromName(p.text)) : []
    if (except.length > 0 && except.every((c) => c !== null && c !== undefined)) {
      sponsors.unshift(...LAND_CODES.filter((c) => !except.includes(c)).map((org) => ({org, start: open + 1, end: open + 1 + 'alle Länder'.length})))
      rest = rest.slice(0, open).trimEnd()
      continue
    }
    const s = SPONSOR_PAREN.exec(tail)
    // "(Bund, BY, HE)": the Bund beside the Länder that sponsor with it, no Land of its own.
    const parts = s ? pieces(s[1]!, open + tail.indexOf(s[1]!)) : []
    const lands = parts.length > 1 && parts[0]!.text === 'Bund' ? parts.slice(1) : parts
    if (s && lands.length > 0 && (lands.every((p) => landFromName(p.text)) || everyLand(lands))) {
      sponsors.unshift(...sponsorsOf(lands))
      rest = rest.slice(0, open).trimEnd()
      continue
    }
    // "Registermodernisierung – Zeitplan 2204 (Bund)", "(Vorsitz)", "(Geschäftsstelle)": who brings the item, no Land's sponsorship.
    if (tail.endsWith(')') && NO_LAND.test(tail.slice(1, -1))) {
      rest = rest.slice(0, open).trimEnd()
      continue
    }
    const g = GUEST_PAREN.exec(tail)
    if (g) {
      const found = pieces(g[1]!, open + tail.indexOf(':') + 1).filter((p) => p.text)
      guests.unshift(...found.map((p) => ({org: p.text, start: p.start, end: p.end})))
      rest = rest.slice(0, open).trimEnd()
      continue
    }
    break
  }
  return {sponsors, guests, titleLength: rest.length}
}

// Who may bring an item that is no Land: "Bericht des Bundes (BMDS)", a federal ministry by its code.
const NO_LAND = /^(?:Bund|Vorsitz|Geschäftsstelle|GS[ \t]+DMK|BM[A-Z]{1,5})$/

const ALL_BUT = /^\(alle[ \t\n]+Länder[ \t\n]+(?:außer|ohne|mit[ \t\n]+Ausnahme(?:[ \t\n]+von)?)[ \t\n]+([^()]{2,120})\)$/u

/** "(alle Länder; Gast: KMK)": every Land sponsors it. */
function everyLand(parts: ReadonlyArray<{text: string}>): boolean {
  return parts.length === 1 && /^alle[ \t]+Länder$/.test(parts[0]!.text)
}

/** The sponsors the parts name, in the Länder's order for "alle Länder". */
function sponsorsOf(parts: ReadonlyArray<{text: string; start: number; end: number}>): TrailingParens['sponsors'] {
  if (everyLand(parts)) return LAND_CODES.map((org) => ({org, start: parts[0]!.start, end: parts[0]!.end}))
  return parts.map((p) => ({org: landFromName(p.text)!, start: p.start, end: p.end}))
}

/** "BB, BE und TH" at `offset` → the parts with their offsets, blanks trimmed. */
function pieces(list: string, offset: number): Array<{text: string; start: number; end: number}> {
  const out: Array<{text: string; start: number; end: number}> = []
  let at = 0
  for (const part of list.split(SEPARATOR)) {
    const lead = part.length - part.trimStart().length
    // "(HE federführend, BY, SN)": the lead sponsor is a sponsor like the others.
    const text = part.trim().replace(/[ ]\(?federführend\)?$/, '')
    out.push({text, start: offset + at + lead, end: offset + at + lead + text.length})
    at += part.length + (list.slice(at + part.length).match(/^(?:,|\/|und)/)?.[0].length ?? 0)
  }
  return out
}

const SENTENCE_INSIDE = new RegExp(`(?<!(?<![\\p{L}])(?:${ABBREVIATIONS.join('|')}))[.!?][ \\t]+\\p{Lu}\\p{Ll}`, 'u')

// An office, a name of up to four words, its parenthesis at the line's end.
const PERSON_PAREN = new RegExp(`(?<![\\p{L}])(?:${OFFICE_ALTERNATION})[ \\t]+(?:[\\p{L}.-]+[ \\t]+){1,4}\\([^()]{2,40}\\)$`, 'u')

/** How many of `lines` (the content lines after "TOP n") make the title. */
export function titleLineCount(lines: readonly TextLine[]): number {
  const limit = Math.min(lines.length, MAX_TITLE_LINES)
  // A sponsor or guest parenthesis closes the title.
  for (let k = 0; k < limit; k++) {
    const line = lines[k]!.value
    if (k > 0 && SPONSOR_LINE.test(line)) {
      // "Cybersicherheit: Gemeinsame Cyberübung … im Jahr" / "2032" / "Antragsteller: NI, HB": all lines above
      // the sponsor line are the title, unless one ends a sentence.
      const above = joinLines(lines.slice(0, k).map((l) => l.raw))
      if (k <= 3 && !/[.!?:]$/.test(above) && !/[.!?][ \t]+\p{Lu}/u.test(above) && balanced(above)) return k
      break
    }
    if (k > 0 && RESOLUTION_HEAD.test(line)) break
    // "11. Vorsitz, Termine, Verschiedenes" / "Den Vorsitz … übernimmt Rheinland-Pfalz. Staatssekretärin Dr. Nadja Wirtz (RP)": a
    // sentence ends inside the line: prose, whose parenthesis is no sponsor list.
    if (k > 0 && SENTENCE_INSIDE.test(line) && balanced(joinLines(lines.slice(0, k).map((l) => l.raw)))) break
    // "1. Begrüßung und Tagesordnung" / "Staatssekretärin Dr. Heitmann begrüßt …, besonders Staatssekretärin Dr. Wimmer (Bayern)":
    // the parenthesis after a person names the person's Land, the line is prose.
    if (k > 0 && PERSON_PAREN.test(line)) break
    const joined = joinLines(lines.slice(0, k + 1).map((l) => l.raw))
    const parens = trailingParens(joined)
    if (parens.sponsors.length > 0 || parens.guests.length > 0) return k + 1
    // A sentence ends on this line: prose has begun, a parenthesis further on is no sponsor list.
    if (k > 0 && (/[.:]$/.test(line) || /[.!?][ \t]+\p{Lu}/u.test(line)) && balanced(joined)) break
  }
  if (lines.length === 0 || RESOLUTION_HEAD.test(lines[0]!.value)) return 0
  let count = 1
  while (count < limit && continues(lines.slice(0, count), lines[count]!)) count++
  // Titles are not sentences: "Die Mitglieder der DMK tauschen sich … aus." is no title.
  const title = joinLines(lines.slice(0, count).map((l) => l.raw))
  return /[.!?]$/.test(title) ? 0 : count
}

function continues(title: readonly TextLine[], next: TextLine): boolean {
  if (RESOLUTION_HEAD.test(next.value) || SPONSOR_LINE.test(next.value)) return false
  // "… in den Kommunen –" / "Fortschreibung": a dash between the title's parts (not "…Tagesordnung        –", an empty sponsor cell).
  if (/\p{L}[ ][–—]$/u.test(title.at(-1)!.raw.trimEnd()) && next.value.trim().length <= 60 && !/[.!?:]$/.test(next.value.trimEnd())) return true
  return runsOn(joinLines(title.map((l) => l.raw)), next.value)
}

/**
 * An attachment's title runs on only where it plainly breaks off: a parenthesis still open ("… (BSI und kommunale" /
 * "Spitzenverbände, …)"), a hyphen, a comma, an article or preposition at its end ("… durch Beschäftigte der", "für KI-").
 */
export function titleBreaksOff(text: string): boolean {
  if (text.split('(').length > text.split(')').length) return true
  // "… zum Referentenentwurf eines" / "Registermodernisierungsgesetzes": an indefinite article too.
  return /(?:[-,(]|(?<![\p{L}])(?:der|des|die|das|den|dem|ein|eine|eines|einer|einem|einen|und|für|zur|zum|von|vom|im|in|mit|auf|über|an))$/u.test(text)
}

/**
 * A text plainly continues on the next line: open parentheses or quotes, a
 * trailing hyphen, comma or colon, an abbreviation or function word at its
 * end, or a next line that starts with "(" or a lowercase letter.
 */
export function runsOn(text: string, next: string): boolean {
  if (!balanced(text)) return true
  if (text.endsWith('-') || text.endsWith(',') || text.endsWith(':')) return true
  // "… mit Prof. Dr." / "Roßnagel zur …": a line that ends in an abbreviation runs on.
  if (ENDS_WITH_ABBREVIATION.test(text)) return true
  // "… Genehmigung des Protokolls der 537." / "Sitzung": an ordinal needs its noun (not "TOP 4: …", the next head).
  if (/(?<![\d.])\d{1,3}\.$/.test(text) && /^\p{Lu}\p{Ll}/u.test(next) && !/^(?:Top|Zu|Tagesordnungspunkt)(?![\p{L}])/u.test(next)) return true
  const last = text.slice(text.lastIndexOf(' ') + 1)
  if (FUNCTION_WORDS.has(last)) return true
  const first = next.charAt(0)
  return first === '(' || /\p{Ll}/u.test(first)
}

/** Parentheses and German quotes are closed. */
function balanced(text: string): boolean {
  let paren = 0
  let quote = 0
  for (const c of text) {
    if (c === '(') paren++
    else if (c === ')') paren--
    else if (c === '„') quote++
    else if (c === '“' && quote > 0) quote--
  }
  return paren <= 0 && quote <= 0
}
