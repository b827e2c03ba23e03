/**
 * Labels of a protocol's header table and what each gives, as printed
 * ("Beginn/Ende 9:00 Uhr – 12:45 Uhr", "Ort: Futurium", "Tag der Sitzung
 * Donnerstag, 6. Mai 2032"). One list for the segmenter, which finds the
 * fields, and for the header reader, which reads their values.
 */
export type HeaderKind = 'times' | 'start' | 'end' | 'date' | 'place' | 'chair' | 'minutes' | 'other'

const LABELS: Record<HeaderKind, readonly string[]> = {
  times: ['Beginn/Ende', 'Dauer', 'Sitzungsdauer', 'Sitzungszeit', 'Sitzungszeiten', 'Tagungszeit', 'Uhrzeit', 'Zeit'],
  start: ['Beginn', 'Beginn der Sitzung', 'Sitzungsbeginn'],
  end: ['Ende', 'Ende der Sitzung', 'Sitzungsende', 'Schluss der Sitzung', 'Sitzungsschluss'],
  date: ['Datum', 'Datum und Uhrzeit', 'Datum/Zeit', 'Datum/Uhrzeit', 'Sitzungsdatum', 'Sitzungstag', 'Sitzungstermin', 'Tag', 'Tag der Sitzung', 'Tagungsdatum', 'Termin'],
  place: ['Datum/Ort', 'Ort', 'Ort der Sitzung', 'Ort/Datum', 'Sitzungsort', 'Tagungsort', 'Tagungsstätte', 'Sitzungsstätte', 'Veranstaltungsort'],
  chair: ['Leitung', 'Sitzungsleitung', 'Tagungsleitung', 'Vorsitz', 'Vorsitzende', 'Vorsitzender', 'Vorsitzführung'],
  minutes: ['Niederschrift', 'Protokoll', 'Protokollant', 'Protokollantin', 'Protokollführer', 'Protokollführerin', 'Protokollführung', 'Schriftführer',
    'Schriftführerin', 'Schriftführung',
    // "Vermerk:   Oberregierungsrätin … (MVHD)" over an "Ergebnisvermerk": who wrote it.
    'Vermerk', 'Protokollierung'],
  // Fields with nothing to keep; labels all the same, so that the value above ends ("Protokoll: … (BW)" / "Anlagen: 2").
  other: ['Aktenzeichen', 'Anlagen', 'Beschlussfähigkeit', 'Geschäftszeichen', 'Gremium', 'Nächste Sitzung', 'Sitzungsart', 'Sitzungsform', 'Stellvertretender Vorsitz', 'Stellvertretende Vorsitzende',
    'Stellvertretender Vorsitzender', 'Verteiler']
}

export const HEADER_LABELS: ReadonlyMap<string, HeaderKind> = new Map(
  (Object.entries(LABELS) as Array<[HeaderKind, readonly string[]]>).flatMap(([kind, labels]) => labels.map((l) => [l, kind] as const))
)

// "Beginn / Ende": a slash in a label may stand between blanks.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+').replace(/\//g, '[ \\t]*/[ \\t]*')

/**
 * A header field's line: its label (longest first, so "Beginn/Ende" wins over
 * "Beginn"), an optional colon, then the value if on the same line.
 */
export const HEADER_FIELD = new RegExp(
  `^[ \\t]*(${[...HEADER_LABELS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:[ \\t]*:)?(?:[ \\t]+(\\S.*)|[ \\t]*)$`
)

/** The label as listed, whatever blanks the PDF put between its words. */
export function headerKind(printed: string): HeaderKind | undefined {
  return HEADER_LABELS.get(printed.replace(/[ \t]+/g, ' ').replace(/ ?\/ ?/g, '/'))
}

/**
 * A second label inside a field's line, colon required: "Datum: Donnerstag, 16. November 2045   Vorsitz: Min’in …",
 * "Zeit: 10:00–16:15 Uhr Protokoll: RD’in …" (two columns of a header table on one line).
 */
export const INNER_FIELD = new RegExp(
  `[ \\t](${[...HEADER_LABELS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})[ \\t]*:(?=[ \\t]|$)`, 'g'
)

/**
 * The heads of a header table printed as columns, labels in one row and values below
 * ("Sitzung Datum           Beginn      Ende         Ort" / "42.      24.11.2044     10:00 Uhr …"):
 * the field labels and the heads of columns that hold no field ("Sitzung", "Teilnehmende").
 */
const COLUMN_ONLY = ['Sitzung', 'Nr.', 'Teilnehmende', 'Teilnehmer', 'Teilnehmerinnen und Teilnehmer', 'Anwesende', 'Gäste']
const GRID_LABEL = new RegExp(`(${[...HEADER_LABELS.keys(), ...COLUMN_ONLY].sort((a, b) => b.length - a.length).map(escape).join('|')})(?=[ \\t]|$)[ \\t]*`, 'y')

/** A header row of column heads only, each with the column it starts at; null for any other line (or fewer than two). */
export function gridLabels(text: string): Array<{label: string; column: number}> | null {
  const labels: Array<{label: string; column: number}> = []
  GRID_LABEL.lastIndex = text.length - text.trimStart().length
  while (GRID_LABEL.lastIndex < text.length) {
    const column = GRID_LABEL.lastIndex
    const m = GRID_LABEL.exec(text)
    if (!m) return null
    labels.push({label: m[1]!, column})
  }
  return labels.length >= 2 && labels.some((l) => HEADER_LABELS.has(l.label.replace(/[ \t]+/g, ' '))) ? labels : null
}
