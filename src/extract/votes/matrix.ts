/**
 * A table of every Land's vote per item, as an annex prints it ("Abstimmungsübersicht"):
 *
 *   Land                   TOP 3    TOP 4.1    TOP 7
 *   Baden-Württemberg        J         J         N
 *   Mecklenburg-Vorpommern   –         –         –
 *
 * or turned, an item per row under the sixteen Länder's codes ("Abstimmungsverhalten der Länder"):
 *
 *   TOP   BW   BY   BE  …  TH   Ergebnis
 *   5     ja   ja  Enth. …  ja   angenommen (12 : 1 : 2)
 *   6    nein nein  ja  … n. v.  abgelehnt (6 : 7 : 2)
 *
 * Read line by line (pdftotext -layout, -raw, pdf.js keep a row on its line): a head of two items at
 * least, then rows of a Land and one mark per item. Only a whole table (all sixteen Länder) counts.
 */
import {LAND_CODES, type LandCode} from '../../data/laender.ts'
import type {Position} from '../../data/phrasings.ts'
import {landAt} from '../../text/lexicon.ts'
import {matchesOf} from '../../text/matches.ts'

// "Land   TOP 3   TOP 4.1   TOP 7", "Bundesland  Punkt 3  Punkt 4".
const HEAD = /^[ \t]*(?:Land|Bundesland)((?:[ \t]+(?:TOP|Punkt)[ \t]*[\dIVX][\w.]{0,8}){2,})[ \t]*$/
const ITEM = /(?:TOP|Punkt)[ \t]*([\dIVX][\w.]{0,8})/g
const MARKS: Readonly<Record<string, Position>> = {J: 'yes', ja: 'yes', Ja: 'yes', N: 'no', nein: 'no', Nein: 'no', E: 'abstain', Enth: 'abstain', 'Enth.': 'abstain', '–': 'absent', '—': 'absent', '-': 'absent',
  'n.v.': 'absent', 'n.a.': 'absent', 'abw.': 'absent'}
// "TOP  BW  BY … TH  Ergebnis": the sixteen codes as column heads, an item per row.
const CODES_HEAD = /^[ \t]*(?:TOP|Punkt|Nr\.)((?:[ \t]+[A-Z]{2}){16})(?:[ \t]+\S.*)?$/
const ROW_ITEM = /^[ \t]*(?:TOP[ \t]*)?([\dIVX][\w.]{0,8})[ \t]+(\S.*)$/
// "TOP   Stimmverhalten der Länder   Ergebnis": the head over the Länder's names (not "TOP 5 …", an item's head).
const ITEM_HEAD = /^[ \t]*(?:TOP|Punkt|Nr\.)(?:[ \t]+[^\d \t].*)?$/
// The names no narrow cell breaks.
const WHOLE_NAMES = ['Bayern', 'Berlin', 'Bremen', 'Hamburg', 'Hessen', 'Saarland', 'Sachsen'].map((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u'))
// "15 : 0 : 1" alone, "angenommen" alone: a row's result cell on a line of its own.
const RESULT_REST = /^[ \t]*(?:\d{1,2}[ \t]*:[ \t]*\d{1,2}[ \t]*:[ \t]*\d{1,2}|angenommen|abgelehnt)[ \t]*$/
// "ja (HH)": the vote another Land gave for it.
const PROXY_MARK = /[ \t]\([A-Z]{2}\)(?=[ \t]|$)/g
// "n. v." is one mark; "ja*" a vote another Land gave (the legend's asterisk).
const marksOf = (cells: string) => cells.replace(/(?<![\p{L}])([nN])\.[ \t]?([va])\./gu, '$1.$2.').replace(PROXY_MARK, '').trim().split(/[ \t]+/).map((m) => m.replace(/(?<!\*)\*{1,3}$/, ''))

/** Per item number, every Land's position, from the first whole table in the text; empty without one. */
export function voteMatrix(text: string): Map<string, Partial<Record<LandCode, Position>>> {
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const turned = itemRows(lines, i)
    if (turned) return turned
    const head = HEAD.exec(lines[i]!)
    if (!head) continue
    const items = [...matchesOf(head[1]!, ITEM)].map((m) => m[1]!.replace(/[.:]$/, ''))
    const table = new Map<string, Partial<Record<LandCode, Position>>>(items.map((n) => [n, {}]))
    let rows = 0
    for (let j = i + 1; j < lines.length && rows < 16; j++) {
      const line = lines[j]!
      if (!line.trim()) continue
      const lead = line.length - line.trimStart().length
      const land = landAt(line, lead)
      if (!land) break
      const marks = line.slice(land.end).trim().split(/[ \t]+/)
      if (marks.length !== items.length || !marks.every((m) => m in MARKS)) break
      items.forEach((n, k) => { table.get(n)![land.code] = MARKS[marks[k]!]! })
      rows++
    }
    if (rows === 16 && LAND_CODES.every((c) => items.every((n) => table.get(n)![c]))) return table
  }
  return new Map()
}

/** The turned table whose head is line `i`: per item, every Land's position; null when there is none (two items at least). */
function itemRows(lines: readonly string[], i: number): Map<string, Partial<Record<LandCode, Position>>> | null {
  let codes: readonly string[]
  let from = i + 1
  const head = CODES_HEAD.exec(lines[i]!)
  if (head) {
    codes = head[1]!.trim().split(/[ \t]+/)
    if (new Set(codes).size !== 16 || !codes.every((c) => (LAND_CODES as readonly string[]).includes(c))) return null
  } else {
    // "TOP   Stimmverhalten der Länder   Ergebnis" over the Länder's names, broken in their narrow cells ("Baden-" / "Würt-" /
    // "temberg"): the sixteen in the usual order, as the names that stay whole show.
    if (!ITEM_HEAD.test(lines[i]!)) return null
    let j = i + 1
    while (j < lines.length && j <= i + 30 && !rowOf(lines[j]!)) j++
    const names = lines.slice(i + 1, j).join(' ')
    if (j >= lines.length || !WHOLE_NAMES.every((re) => re.test(names))) return null
    codes = LAND_CODES
    from = j
  }
  const table = new Map<string, Partial<Record<LandCode, Position>>>()
  for (let j = from; j < lines.length; j++) {
    // "15 : 0 : 1" under a row's result: the same row.
    if (!lines[j]!.trim() || RESULT_REST.test(lines[j]!)) continue
    const row = rowOf(lines[j]!)
    if (!row) break
    table.set(row.number, Object.fromEntries(codes.map((c, k) => [c, MARKS[row.marks[k]!]!])))
  }
  return table.size >= 2 ? table : null
}

/** "5   ja   ja   Enth. … n. v. …   angenommen": an item's number and sixteen marks (what follows them is the result). */
function rowOf(line: string): {number: string; marks: string[]} | null {
  const row = ROW_ITEM.exec(line)
  const marks = row ? marksOf(row[2]!) : []
  if (!row || marks.length < 16 || !marks.slice(0, 16).every((m) => m in MARKS)) return null
  return {number: row[1]!.replace(/[.:]$/, ''), marks}
}

// "+ Zustimmung, – Ablehnung, o Enthaltung": what each mark of a row of marks says.
// "J = Ja, N = Nein, E = Enthaltung": letters too.
const LEGEND_ENTRY = /(?:^|[(,;][ \t]*)([+–—xo×JNE-])[ \t]*(?:[=:][ \t]*)?(Zustimmung|Ja|dafür|Ablehnung|Nein|dagegen|Enthaltung|nicht[ \t]+anwesend|abwesend|nicht[ \t]+vertreten)(?![\p{L}])/gu
const LEGEND_WORDS: ReadonlyArray<[RegExp, Position]> = [[/^(?:Zustimmung|Ja|dafür)$/, 'yes'], [/^(?:Ablehnung|Nein|dagegen)$/, 'no'],
  [/^Enthaltung$/, 'abstain'], [/^(?:nicht[ \t]+anwesend|abwesend|nicht[ \t]+vertreten)$/, 'absent']]

// "Gesamtabstimmung", "Schlussabstimmung", "Beschluss insgesamt": the row of the vote on the whole proposal.
const WHOLE_VOTE = /^(?:Gesamtabstimmung|Schlussabstimmung|Gesamt|Insgesamt|Beschluss(?:[ \t]+insgesamt)?)$/

/**
 * "BW  BY  BE … TH" over "+  +  +  …  –  o  +" and a legend "+ Zustimmung, – Ablehnung, o Enthaltung": an item's vote as a
 * row of marks under the sixteen Länder's codes. Every Land's position, or null when the lines hold no such row (all
 * sixteen codes, as many marks, each explained by the legend).
 */
export function symbolRow(lines: readonly string[]): Partial<Record<LandCode, Position>> | null {
  for (let i = 0; i < lines.length - 1; i++) {
    const codes = lines[i]!.trim().split(/[ \t]+/)
    if (codes.length !== 16 || new Set(codes).size !== 16 || !codes.every((c) => (LAND_CODES as readonly string[]).includes(c))) continue
    // "Abstimmung (J = Ja, N = Nein, E = Enthaltung):" over the codes, or the legend under the rows.
    const legend = new Map<string, Position>()
    for (const line of lines.slice(Math.max(0, i - 2), i + 12)) {
      for (const m of matchesOf(line, LEGEND_ENTRY)) {
        const word = m[2]!.replace(/[ \t]+/g, ' ')
        const position = LEGEND_WORDS.find(([re]) => re.test(word))?.[1]
        if (position) legend.set(m[1]!, position)
      }
    }
    // One row of marks, or one labelled row each ("Ziffer 1  J  J …", "Gesamtabstimmung  E  N …"): the vote on the whole counts.
    const rows: Array<{label: string; marks: string[]}> = []
    for (const line of lines.slice(i + 1)) {
      if (!line.trim()) continue
      const cells = line.trim().split(/[ \t]+/)
      const marks = cells.slice(-16)
      if (cells.length < 16 || !marks.every((m) => legend.has(m))) break
      rows.push({label: cells.slice(0, -16).join(' '), marks})
    }
    const whole = rows.length === 1 ? rows[0] : rows.find((r) => WHOLE_VOTE.test(r.label))
    if (!whole) continue
    return Object.fromEntries(codes.map((c, k) => [c, legend.get(whole.marks[k]!)!])) as Partial<Record<LandCode, Position>>
  }
  return null
}

// "Land   Votum   Protokollerklärung", "Land   Stimmverhalten": a table of the Länder that voted otherwise, a row each.
const LAND_VOTE_HEADS = /^[ \t]*(?:Land|Bundesland)[ \t]+(?:Votum|Stimme|Stimmabgabe|Stimmverhalten|Abstimmungsverhalten)(?:[ \t]|$)/
const VOTE_WORD = /^[ \t]+(Ja|Nein|Enthaltung|Zustimmung|Ablehnung|Enth\.|dafür|dagegen)(?![\p{L}])/u
const VOTE_WORDS: Readonly<Record<string, Position>> = {Ja: 'yes', Zustimmung: 'yes', 'dafür': 'yes', Nein: 'no', Ablehnung: 'no', 'dagegen': 'no', Enthaltung: 'abstain', 'Enth.': 'abstain'}

/**
 * "Abweichende Voten:" / "Land   Votum   Protokollerklärung" / "Bayern   Nein   „…“" / "Sachsen   Enthaltung   –": the
 * positions of the Länder the table names (a cell of a row may wrap onto lines of its own); null without such a table.
 */
export function landVoteRows(lines: readonly string[]): Partial<Record<LandCode, Position>> | null {
  const heads = lines.findIndex((l) => LAND_VOTE_HEADS.test(l))
  if (heads === -1) return null
  const out: Partial<Record<LandCode, Position>> = {}
  let last = heads
  for (let j = heads + 1; j < lines.length && j <= last + 4; j++) {
    const line = lines[j]!
    const lead = line.length - line.trimStart().length
    const land = landAt(line, lead)
    const word = land ? VOTE_WORD.exec(line.slice(land.end)) : null
    if (!land || !word) continue
    out[land.code] = VOTE_WORDS[word[1]!]!
    last = j
  }
  return Object.keys(out).length > 0 ? out : null
}
