/**
 * "Staatssekretärin Dr. Friederike Haase (Vorsitz)" → name, honorific,
 * office title, org and chair flag, each apart.
 */
import {OFFICE_TITLES, SALUTATIONS} from '../data/titles.ts'
import {isLandCode, landFromName} from '../data/laender.ts'
import {isFederalBody} from '../data/bodies.ts'

export interface ParsedPerson {
  name: string
  honorific: string | null
  title: string | null
  org: string | null
  chair: boolean
}

const TITLES_LONGEST_FIRST = [...OFFICE_TITLES].sort((a, b) => b.length - a.length)
// "Prof. Dr.", "Dr.", "Dr.-Ing.", "Prof. Dr. Dr." at the start of a name.
const HONORIFIC = /^(?:(?:Prof\.|Dr\.(?:-Ing\.)?|Dipl\.-[\p{L}]{1,12}\.?)[ \t]*){1,4}/u
// Trailing "(BE)", "(Vorsitz)", "(BW, Vorsitz)".
// Matched on trimmed text, so no blanks around (a leading [ \t]* would rescan every blank run).
const TRAILING_PAREN = /\(([^()]{1,40})\)$/

export function parsePerson(text: string): ParsedPerson {
  let rest = text.replace(/[ \t]+/g, ' ').trim()
  let org: string | null = null
  let chair = false
  for (let m = TRAILING_PAREN.exec(rest); m; m = TRAILING_PAREN.exec(rest)) {
    const parts = m[1]!.split(',').map((p) => p.trim())
    let known = false
    for (const part of parts) {
      if (/^Vorsitz(?:ende|ender)?$/i.test(part)) { chair = true; known = true }
      else if (isLandCode(part) || isFederalBody(part)) { org = part; known = true }
      else if (landFromName(part)) { org = landFromName(part)!; known = true }
    }
    if (!known) break
    rest = rest.slice(0, m.index).trim()
  }
  let title: string | null = null
  for (;;) {
    const found = TITLES_LONGEST_FIRST.find((t) => rest.startsWith(t + ' '))
    if (!found) break
    if (!SALUTATIONS.has(found)) title = title ? `${title} ${found}` : found
    rest = rest.slice(found.length).trim()
  }
  let honorific: string | null = null
  const h = HONORIFIC.exec(rest)
  if (h && h[0].trim()) {
    honorific = h[0].trim().replace(/[ \t]+/g, ' ')
    rest = rest.slice(h[0].length).trim()
  }
  return {name: rest, honorific, title, org, chair}
}

/** "Anna-Sophia Herkenhoff (BE), Dr. Tobias Jentsch (BE)" → the two people. */
export function splitPeople(text: string): Array<{text: string; index: number}> {
  const out: Array<{text: string; index: number}> = []
  let depth = 0
  let start = 0
  const push = (end: number) => {
    const piece = text.slice(start, end)
    const lead = piece.length - piece.trimStart().length
    if (piece.trim()) out.push({text: piece.trim(), index: start + lead})
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0 && (c === ',' || c === ';' || c === '/')) {
      push(i)
      start = i + 1
    } else if (depth === 0 && text.startsWith(' und ', i)) {
      push(i)
      start = i + 5
      i += 4
    }
  }
  push(text.length)
  return out
}
