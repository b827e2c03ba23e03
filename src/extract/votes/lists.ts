/**
 * Lists of Länder in running text, read as German lists are written:
 * "von Hamburg, Mecklenburg-Vorpommern, Sachsen und Saarland" ends after
 * the element joined by "und"; "des Landes Brandenburg und der Freien
 * Hansestadt Bremen" carries articles; "(BY, SN)"; "der sächsischen und der
 * thüringischen Landesregierung". A list before a verb agrees with it:
 * "Berlin enthält sich" is one Land, "Bayern und Hessen enthalten sich" two.
 */
import {isLandCode, type LandCode} from '../../data/laender.ts'
import {findMentions} from '../../text/lexicon.ts'
import {matchesOf} from '../../text/matches.ts'

const ARTICLE = '(?:der|des|dem|den|die|das)'
// What may stand between a trigger and the first Land (blanks folded): "", "(", "den Ländern", "das Land", "der".
// "der Freistaaten Bayern und Sachsen": the plural before a list.
const LEAD = new RegExp(`^(?:\\(|:|${ARTICLE}(?: (?:Ländern|Länder|Landes|Land|Freistaaten))?)?$`)
// Between two Länder: ",", "und", "sowie", "/", ", und", each with an article ("und der").
const BETWEEN = new RegExp(`^(?:,|und|sowie|&|\\/|, und|, sowie)(?: ${ARTICLE})?$`)
const JOINS = /(?:^|[ ,])(?:und|sowie|&)(?: [a-z]+)?$/
// After a Land: "Landesregierung", "Regierung" ("der sächsischen Landesregierung").
const AFTER = /^[ \t\n]*(?:Landesregierung|Regierung|Staatsregierung)(?![\p{L}])/u
const fold = (gap: string) => gap.replace(/[ \t\n]+/g, ' ').trim()
/** How far around a trigger a list is looked for. */
const WINDOW = 600

export interface LandList {
  codes: LandCode[]
  /** Offset just after the last Land (in the given text). */
  end: number
  /** Where each Land of the list stands (in the given text). */
  spans: Array<{start: number; end: number}>
}

// A Land that votes for another inside a list: "Bremen (zugleich für Niedersachsen)", "BB, zugleich für MV, und RP".
const PROXY_AFTER = /^[ \t\n]*(?:([(,])[ \t\n]*)?zugleich[ \t\n]+(?:in[ \t\n]+Stimmführung[ \t\n]+)?für(?=[ \t\n])/u
const PROXY_GAP = /^(?:\(|,)? ?zugleich (?:in Stimmführung )?für(?: (?:der|des|dem|den|die|das)(?: (?:Land|Freistaat))?)?$/

const CAST_BY = /^[ \t\n]*\((?:durch|vertreten[ \t\n]+durch|schriftlich|per)(?![\p{L}])[^()]{0,60}\)/u
const CAST_BY_ANYWHERE = /\((?:durch|vertreten[ \t\n]+durch)(?![\p{L}])[^()]{0,60}\)/gu

/** The Länder listed right after `from`; the list ends after the element joined by "und". */
export function listAfter(text: string, from: number): LandList {
  const window = text.slice(from, from + WINDOW)
  const codes: LandCode[] = []
  const spans: LandList['spans'] = []
  let pos = 0
  // After "zugleich für": the next Land is the one the last votes for; "(" opened before it is closed after it.
  let proxy: '(' | ',' | '' | null = null
  let last = false
  for (const m of findMentions(window)) {
    if (!isLandCode(m.org) || m.start < pos) continue
    const gap = fold(window.slice(pos, m.start))
    if (!(codes.length === 0 || proxy !== null ? LEAD : BETWEEN).test(gap)) break
    codes.push(m.org)
    spans.push({start: from + m.start, end: from + m.end})
    pos = m.end
    const after = AFTER.exec(window.slice(pos))
    if (after) pos += after[0].length
    // "Sachsen-Anhalt (durch Sachsen), Thüringen": who cast the Land's vote, a remark inside the list.
    const remark = proxy === null ? CAST_BY.exec(window.slice(pos)) : null
    if (remark) pos += remark[0].length
    if (proxy !== null) {
      if (proxy === '(') pos += /^[ \t\n]*\)/.exec(window.slice(pos))?.[0].length ?? 0
      proxy = null
    } else {
      if (codes.length > 1 && JOINS.test(gap)) last = true
      const p = PROXY_AFTER.exec(window.slice(pos))
      if (p) {
        proxy = (p[1] ?? '') as '(' | ',' | ''
        pos += p[0].length
        continue
      }
    }
    if (last) break
  }
  // "zugleich für" with no Land after it is no part of the list.
  if (proxy !== null) pos = spans.length > 0 ? spans[spans.length - 1]!.end - from : 0
  return {codes, end: from + pos, spans}
}

/**
 * The Länder listed right before `to` ("Bayern und Hessen enthalten sich"). With `one`, the verb is
 * singular and takes the nearest Land only ("Bayern und Hessen stimmen dagegen, Berlin enthält sich").
 */
export function listBefore(text: string, to: number, one = false): LandCode[] {
  const start = Math.max(0, to - WINDOW)
  const window = text.slice(start, to)
  // "Bremen (vertreten durch Hamburg), Hamburg und das Saarland stimmen dafür": who cast a Land's vote, in parentheses after it,
  // is no element of the list and does not end it.
  const cast = [...matchesOf(window, CAST_BY_ANYWHERE)].map((c) => [c.index, c.index + c[0].length] as const)
  const inCast = (at: number) => cast.some(([a, b]) => at >= a && at < b)
  const mentions = findMentions(window).filter((m) => isLandCode(m.org) && !inCast(m.start))
  const codes: LandCode[] = []
  let pos = window.length
  let joined = false
  // Elements of the list: a Land with the one it votes for ("Bremen (zugleich für Niedersachsen)") is one.
  let elements = 0
  let single = false
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!
    const gap = fold(cast.length === 0 ? window.slice(m.end, pos) : window.slice(m.end, pos).replace(CAST_BY_ANYWHERE, ''))
    if (codes.length === 0) {
      // "Ministerin Ina Scharrenbach (NW) enthält sich": the code in parentheses; "… Landesregierung".
      if (!/^\)?$/.test(gap) && !AFTER.test(gap)) break
    } else if (single && PROXY_GAP.test(gap)) {
      // The Land before "zugleich für" votes, the one after it with it; a singular verb takes both
      // ("Bremen (zugleich für Niedersachsen) enthält sich").
      codes.unshift(m.org as LandCode)
      pos = m.start
      single = false
      if (one) break
      continue
    } else {
      if (one || !BETWEEN.test(gap)) break
      // A list ends with "und X": before that, only commas; a comma right before the verb's subject ends it.
      if (elements === 1 && !JOINS.test(gap)) break
      if (JOINS.test(gap)) {
        if (joined) break
        joined = true
      }
    }
    codes.unshift(m.org as LandCode)
    pos = m.start
    elements++
    single = true
  }
  return codes
}
