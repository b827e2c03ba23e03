/**
 * Section labels of the attendee table and the role each introduces, as
 * printed ("Mitglieder der / DMK/Stv. mit / Stimmrecht", "Weitere / Anwesende").
 */
export type Role = 'member' | 'permanent_guest' | 'guest' | 'staff'

export const SECTION_LABELS: ReadonlyArray<{role: Role; pattern: RegExp}> = [
  // "Mitglieder der" (the rest of the label follows on its own lines).
  // "Mitglieder der DMK/Stv. mit Stimmrecht", "Mitglieder der DMK / Stv. mit Stimmrecht".
  {role: 'member', pattern: /^Mitglieder(?:[ \t]+der(?:[ \t]+DMK)?)?(?:[ \t]*\/[ \t]*Stv\.?)?(?:[ \t]+mit(?:[ \t]+Stimmrecht)?)?/},
  // "Ständiger Gast BMDV …", "Ständige Gäste".
  {role: 'permanent_guest', pattern: /^Ständige[rn]?[ \t]+(?:Gast|Gäste)/},
  // "Weitere Gäste BfDI", "Gäste".
  {role: 'guest', pattern: /^(?:Weitere[ \t]+)?Gäste/},
  // "Weitere Anwesende", or "Weitere" with "Anwesende" on the next line.
  {role: 'staff', pattern: /^(?:Weitere(?:[ \t]+Anwesende)?|Anwesende|Weitere[ \t]+Teilnehmende)(?=[ \t]|$)/}
]

/** Words of a label over several lines: "DMK/Stv. mit", "Stimmrecht", "Anwesende". */
const LABEL_WORDS: ReadonlySet<string> = new Set(['Anwesende', 'DMK', 'Gäste', 'Stimmrecht', 'Stv', 'Stv.', 'Teilnehmende', 'mit', 'ohne'])

/** A line made only of label words finishes a label ("DMK/Stv. mit", "Stv. mit Stimmrecht"). */
export function isLabelContinuation(line: string): boolean {
  const words = line.split(/[ \t/]+/).filter(Boolean)
  return words.length > 0 && words.every((w) => LABEL_WORDS.has(w))
}

/** A Land that sent nobody: "n. a.", "nicht anwesend", "entschuldigt". */
export const NOT_PRESENT = /^(?:n\.[ \t]?a\.|nicht[ \t]+anwesend|entschuldigt|–|-)$/
