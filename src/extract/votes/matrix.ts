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

// "Land   TOP 3   TOP 4.1   TOP 7", "Bundesland  Punkt 3  Punkt 4".
const HEAD = /^[ \t]*(?:Land|Bundesland)((?:[ \t]+(?:TOP|Punkt)[ \t]*[\dIVX][\w.]{0,8}){2,})[ \t]*$/
const ITEM = /(?:TOP|Punkt)[ \t]*([\dIVX][\w.]{0,8})/g
const MARKS: Readonly<Record<string, Position>> = {J: 'yes', ja: 'yes', Ja: 'yes', N: 'no', nein: 'no', Nein: 'no', E: 'abstain', Enth: 'abstain', 'Enth.': 'abstain', '–': 'absent', '—': 'absent', '-': 'absent',
  'n.v.': 'absent', 'n.a.': 'absent', 'abw.': 'absent'}
// "TOP  BW  BY … TH  Ergebnis": the sixteen codes as column heads, an item per row.
const CODES_HEAD = /^[ \t]*(?:TOP|Punkt|Nr\.)((?:[ \t]+[A-Z]{2}){16})(?:[ \t]+\S.*)?$/
const ROW_ITEM = /^[ \t]*(?:TOP[ \t]*)?([\dIVX][\w.]{0,8})[ \t]+(\S.*)$/
// "n. v." is one mark; "ja*" a vote another Land gave (the legend's asterisk).
const marksOf = (cells: string) => cells.replace(/(?<![\p{L}])([nN])\.[ \t]?([va])\./gu, '$1.$2.').trim().split(/[ \t]+/).map((m) => m.replace(/(?<!\*)\*{1,3}$/, ''))

/** Per item number, every Land's position, from the first whole table in the text; empty without one. */
export function voteMatrix(text: string): Map<string, Partial<Record<LandCode, Position>>> {
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const turned = itemRows(lines, i)
    if (turned) return turned
    const head = HEAD.exec(lines[i]!)
    if (!head) continue
    const items = [...head[1]!.matchAll(ITEM)].map((m) => m[1]!.replace(/[.:]$/, ''))
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
  const head = CODES_HEAD.exec(lines[i]!)
  if (!head) return null
  const codes = head[1]!.trim().split(/[ \t]+/)
  if (new Set(codes).size !== 16 || !codes.every((c) => (LAND_CODES as readonly string[]).includes(c))) return null
  const table = new Map<string, Partial<Record<LandCode, Position>>>()
  for (let j = i + 1; j < lines.length; j++) {
    if (!lines[j]!.trim()) continue
    const row = ROW_ITEM.exec(lines[j]!)
    const marks = row ? marksOf(row[2]!) : []
    if (!row || marks.length < 16 || !marks.slice(0, 16).every((m) => m in MARKS)) break
    table.set(row[1]!.replace(/[.:]$/, ''), Object.fromEntries(codes.map((c, k) => [c, MARKS[marks[k]!]!])))
  }
  return table.size >= 2 ? table : null
}

// "+ Zustimmung, – Ablehnung, o Enthaltung": what each mark of a row of marks says.
// "J = Ja, N = Nein, E = Enthaltung": letters too.
const LEGEND_ENTRY = /(?:^|[,;][ \t]*)([+–—xo×JNE-])[ \t]*(?:[=:][ \t]*)?(Zustimmung|Ja|dafür|Ablehnung|Nein|dagegen|Enthaltung|nicht[ \t]+anwesend|abwesend|nicht[ \t]+vertreten)(?![\p{L}])/gu
const LEGEND_WORDS: ReadonlyArray<[RegExp, Position]> = [[/^(?:Zustimmung|Ja|dafür)$/, 'yes'], [/^(?:Ablehnung|Nein|dagegen)$/, 'no'],
  [/^Enthaltung$/, 'abstain'], [/^(?:nicht[ \t]+anwesend|abwesend|nicht[ \t]+vertreten)$/, 'absent']]

/**
 * "BW  BY  BE … TH" over "+  +  +  …  –  o  +" and a legend "+ Zustimmung, – Ablehnung, o Enthaltung": an item's vote as a
 * row of marks under the sixteen Länder's codes. Every Land's position, or null when the lines hold no such row (all
 * sixteen codes, as many marks, each explained by the legend).
 */
export function symbolRow(lines: readonly string[]): Partial<Record<LandCode, Position>> | null {
  for (let i = 0; i < lines.length - 1; i++) {
    const codes = lines[i]!.trim().split(/[ \t]+/)
    if (codes.length !== 16 || new Set(codes).size !== 16 || !codes.every((c) => (LAND_CODES as readonly string[]).includes(c))) continue
    const next = lines.slice(i + 1).find((l) => l.trim())
    const marks = next?.trim().split(/[ \t]+/) ?? []
    if (marks.length !== 16) continue
    const legend = new Map<string, Position>()
    for (const line of lines.slice(i + 1, i + 8)) {
      for (const m of line.matchAll(LEGEND_ENTRY)) {
        const word = m[2]!.replace(/[ \t]+/g, ' ')
        const position = LEGEND_WORDS.find(([re]) => re.test(word))?.[1]
        if (position) legend.set(m[1]!, position)
      }
    }
    if (!marks.every((m) => legend.has(m))) continue
    return Object.fromEntries(codes.map((c, k) => [c, legend.get(marks[k]!)!])) as Partial<Record<LandCode, Position>>
  }
  return null
}
