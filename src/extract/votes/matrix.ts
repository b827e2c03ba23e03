/**
 * A table of every Land's vote per item, as an annex prints it ("Abstimmungsübersicht"):
 *
 *   Land                   TOP 3    TOP 4.1    TOP 7
 *   Baden-Württemberg        J         J         N
 *   Mecklenburg-Vorpommern   –         –         –
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
const MARKS: Readonly<Record<string, Position>> = {J: 'yes', ja: 'yes', Ja: 'yes', N: 'no', nein: 'no', Nein: 'no', E: 'abstain', Enth: 'abstain', 'Enth.': 'abstain', '–': 'absent', '—': 'absent', '-': 'absent'}

/** Per item number, every Land's position, from the first whole table in the text; empty without one. */
export function voteMatrix(text: string): Map<string, Partial<Record<LandCode, Position>>> {
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
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
