/**
 * Section labels of the attendee table and the role each introduces, as
 * printed ("Mitglieder der / DMK/Stv. mit / Stimmrecht", "Weitere / Anwesende").
 */
export type Role = 'member' | 'permanent_guest' | 'guest' | 'staff'

export const SECTION_LABELS: ReadonlyArray<{role: Role; pattern: RegExp}> = [
  // "Mitglieder der" (the rest of the label follows on its own lines).
  {role: 'member', pattern: /^Mitglieder(?:[ \t]+der(?:[ \t]+DMK)?)?(?:\/Stv\.)?[ \t]*(?:mit[ \t]+Stimmrecht)?/},
  // "Ständiger Gast BMDV …", "Ständige Gäste".
  {role: 'permanent_guest', pattern: /^Ständige[rn]?[ \t]+(?:Gast|Gäste)/},
  // "Weitere Gäste BfDI", "Gäste".
  {role: 'guest', pattern: /^(?:Weitere[ \t]+)?Gäste/},
  // "Weitere Anwesende", or "Weitere" with "Anwesende" on the next line.
  {role: 'staff', pattern: /^(?:Weitere(?:[ \t]+Anwesende)?|Anwesende|Weitere[ \t]+Teilnehmende)(?=[ \t]|$)/}
]

/** Lines that finish a label over several lines: "DMK/Stv. mit", "Stimmrecht", "Anwesende". */
export const LABEL_CONTINUATION = /^(?:DMK\/Stv\.(?:[ \t]+mit)?|DMK|Stv\.(?:[ \t]+mit)?|mit[ \t]+Stimmrecht|Stimmrecht|Anwesende)[ \t]*$/

/** A Land that sent nobody: "n. a.", "nicht anwesend", "entschuldigt". */
export const NOT_PRESENT = /^(?:n\.[ \t]?a\.|nicht[ \t]+anwesend|entschuldigt|–|-)$/
