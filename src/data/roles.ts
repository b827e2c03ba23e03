/**
 * Section labels of the attendee table and the role each introduces, as
 * printed ("Mitglieder der / DMK/Stv. mit / Stimmrecht", "Weitere / Anwesende").
 * The body's own names ("DMK") come from the conference profile.
 */
import type {Conference} from './conference.ts'

export type Role = 'member' | 'permanent_guest' | 'guest' | 'staff'

export interface SectionLabel {
  role: Role
  pattern: RegExp
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function sectionLabels(conference: Conference): SectionLabel[] {
  const names = conference.names.filter((n) => !/[ \t]/.test(n)).map(escape).join('|')
  return [
    // "Mitglieder der" (the rest of the label follows on its own lines).
    // "Mitglieder der DMK/Stv. mit Stimmrecht", "Mitglieder der DMK / Stv. mit Stimmrecht".
    {role: 'member', pattern: new RegExp(`^Mitglieder(?:[ \\t]+der(?:[ \\t]+(?:${names}))?)?(?:[ \\t]*\\/[ \\t]*Stv\\.?)?(?:[ \\t]+mit(?:[ \\t]+Stimmrecht)?)?`)},
    // "Ständiger Gast BMDV …", "Ständige Gäste".
    {role: 'permanent_guest', pattern: /^Ständige[rn]?[ \t]+(?:Gast|Gäste)/},
    // "Weitere Gäste BfDI", "Gäste".
    {role: 'guest', pattern: /^(?:Weitere[ \t]+)?Gäste/},
    // "Weitere Anwesende", or "Weitere" with "Anwesende" on the next line.
    {role: 'staff', pattern: /^(?:Weitere(?:[ \t]+Anwesende)?|Anwesende|Weitere[ \t]+Teilnehmende)(?=[ \t]|$)/}
  ]
}

/** Words of a label over several lines: "DMK/Stv. mit", "Stimmrecht", "Anwesende" (sorted). */
const LABEL_WORDS: readonly string[] = ['Anwesende', 'Gäste', 'Stimmrecht', 'Stv', 'Stv.', 'Teilnehmende', 'mit', 'ohne']

/** A line made only of label words finishes a label ("DMK/Stv. mit", "Stv. mit Stimmrecht"). */
export function labelContinuation(conference: Conference): (line: string) => boolean {
  const words: ReadonlySet<string> = new Set([...LABEL_WORDS, ...conference.names.filter((n) => !/[ \t]/.test(n))])
  return (line) => {
    const list = line.split(/[ \t/]+/).filter(Boolean)
    return list.length > 0 && list.every((w) => words.has(w))
  }
}

/** A Land that sent nobody: "n. a.", "nicht anwesend", "entschuldigt". */
export const NOT_PRESENT = /^(?:n\.[ \t]?a\.|nicht[ \t]+anwesend|entschuldigt|–|-)$/
