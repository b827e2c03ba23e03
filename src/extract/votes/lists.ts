/**
 * Lists of Länder in running text: "von Hamburg, Mecklenburg-Vorpommern,
 * Sachsen und Saarland", "(BY, SN)", "der Länder Bayern und Brandenburg".
 */
import {isLandCode, type LandCode} from '../../data/laender.ts'
import {findMentions} from '../mentions.ts'

// What may stand between a trigger and the first Land (blanks folded): "", "(", "den Ländern", "das Land", "das".
const LEAD = /^(?:\(|(?:den|der|dem|des|das)(?: (?:Ländern|Länder|Landes|Land|Freistaates|Freistaats|Freistaat))?)?$/
// Between two Länder of a list: ",", "und", "sowie", "/", ", und".
const BETWEEN = /^(?:,|und|sowie|&|\/|, und|, sowie)?$/
const fold = (gap: string) => gap.replace(/[ \t\n]+/g, ' ').trim()
/** How far after a trigger a list is looked for. */
const WINDOW = 600

export interface LandList {
  codes: LandCode[]
  /** Offset just after the last Land (in the given text). */
  end: number
}

/** The Länder listed right after `from`. */
export function listAfter(text: string, from: number): LandList {
  const window = text.slice(from, from + WINDOW)
  const codes: LandCode[] = []
  let pos = 0
  for (const m of findMentions(window)) {
    if (!isLandCode(m.org)) continue
    const gap = window.slice(pos, m.span.start)
    if (!(codes.length === 0 ? LEAD : BETWEEN).test(fold(gap))) break
    codes.push(m.org)
    pos = m.span.end
  }
  return {codes, end: from + pos}
}

/** The Länder listed right before `to` ("Bayern und Brandenburg enthalten sich"). */
export function listBefore(text: string, to: number): LandCode[] {
  const start = Math.max(0, to - WINDOW)
  const window = text.slice(start, to)
  const mentions = findMentions(window).filter((m) => isLandCode(m.org))
  const codes: LandCode[] = []
  let pos = window.length
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!
    const gap = window.slice(m.span.end, pos)
    // "Ministerin Ina Scharrenbach (NW) enthält sich": the code in parentheses.
    const ok = codes.length === 0 ? /^\)?$/.test(fold(gap)) : BETWEEN.test(fold(gap))
    if (!ok) break
    codes.unshift(m.org as LandCode)
    pos = m.span.start
  }
  return codes
}
