/**
 * "Land  Mitglieder  Begleitung" where the text tool lost the columns (pdftotext -raw, pdf.js, plain):
 * the member and the staff of a row run together ("Baden-Württemberg Ministerialdirektor Felix Hägele Tim
 * Rapp"), and a staff person's line stands alone under the member's ("Veronika Huber"). Members are printed
 * with their office, staff without one: a line without an office is staff of its row's org, and the words
 * after a member's name (two at least, or after a second "Dr.") are a staff person's.
 */
import type {TextLine} from '../../record/tree.ts'
import {OFFICES_LONGEST_FIRST as OFFICES} from '../../data/titles.ts'
import {NOT_PRESENT} from '../../data/roles.ts'
import {cut, type Item, type Section} from './table.ts'
import {staffSection} from './columns.ts'

// "Dr. Simon Kagerer", "Veronika Huber", "Jan-Ole Meiners": a name alone, capitalised words only.
const NAME_ONLY = /^(?:(?:Prof\.|Dr\.)[ ])*\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+){1,3}$/u
// After the office: honorifics, two words of a name, remarks in parentheses; then the staff person's words.
const MEMBER_THEN_STAFF = /^((?:(?:Prof\.|Dr\.)[ ])*\p{Lu}[\p{L}'’-]+[ ]\p{Lu}[\p{L}'’-]+(?:[ ]\([^()]{1,60}\))*)[ ]((?:(?:Prof\.|Dr\.)[ ])*\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+)+)$/u

/** Moves the staff of such a table's rows into a section of their own, after the table's others. */
export function staffByOffice(sections: Section[], from: number): void {
  const staff: Item[] = []
  let org: string | null = null
  for (const section of sections.slice(from)) {
    const kept: Item[] = []
    for (const item of section.items) {
      if (item.type === 'code') {
        org = item.code.org
        kept.push(item)
        continue
      }
      const row = item.row
      if (row.org) org = row.org
      const line = row.lines[0]!
      // "Staatsrat Dr. Arne Tjaden –", "entschuldigt –": the Begleitung cell empty; "Ministerin … – Dr. Felix Rapp": an empty
      // cell between the member's and the staff's.
      const value = line.value.replace(/[ ][–—-](?:[ ][–—-])?$/, '').replace(/[ ][–—-][ ](?=(?:Dr\.[ ])?\p{Lu})/gu, ' ')
      const text = value.replace(/[ \t]+/g, ' ')
      // "Dr. Veronika Lechner, Stefan" / "Gruber, Korbinian Mayr": a staff cell of several names, wrapped (each line a row here).
      const names = (t: string) => t.split(/,[ ]*/).every((n) => (NAME_ONLY.test(n) || /^\p{Lu}[\p{L}'’-]+$/u.test(n)) && !OFFICES.some((o) => n.startsWith(`${o} `)))
      if (row.lines.length === 1 && org && !row.absent && !NOT_PRESENT.test(text) && (NAME_ONLY.test(text) || (text.includes(',') && names(text))) && !OFFICES.some((t) => text.startsWith(`${t} `))) {
        // "…, Stefan" / "Gruber, …": a name broken at the line's end goes on in the next.
        const before = staff.at(-1)
        const cut = before?.type === 'row' && before.row.org === org && /,[ ]*\p{Lu}[\p{L}'’-]+$/u.test(before.row.lines.at(-1)!.value) && /^\p{Lu}[\p{L}'’-]+,/u.test(text)
        if (cut) before.row.lines.push(line)
        else staff.push({type: 'row', row: {org, lines: [line], absent: false}})
        continue
      }
      const office = OFFICES.find((t) => text.startsWith(`${t} `))
      const split = office && row.lines.length === 1 ? MEMBER_THEN_STAFF.exec(text.slice(office.length + 1)) : null
      if (split && org) {
        const at = value.length - value.slice(office!.length + 1).length + value.slice(office!.length + 1).lastIndexOf(split[2]!)
        const member: TextLine = {...line, value: value.slice(0, at).trimEnd(), raw: value.slice(0, at).trimEnd(), end: line.start + value.slice(0, at).trimEnd().length}
        kept.push({type: 'row', row: {...row, lines: [member]}})
        staff.push({type: 'row', row: {org, lines: [cut(line, at)], absent: false}})
        continue
      }
      kept.push(value === line.value ? item : {type: 'row', row: {...row, lines: [{...line, value, raw: value, end: line.start + value.length}], absent: row.absent || NOT_PRESENT.test(text)}})
    }
    section.items = kept
  }
  if (staff.length > 0) sections.push(staffSection(staff))
}
