/**
 * Kinds of protocol notes: the English id the database stores, and the
 * German words that name it as the text prints them (what `findNotes`
 * gives as `kind`, and what the export keeps). Sorted by id.
 */
export const NOTE_KINDS = [
  // "Protokollerklärung Bayern: …", "Bayern und Hessen erklären zu Protokoll: …"
  {id: 'protocol_declaration', german: ['Erklärung zu Protokoll', 'Protokollerklärung']},
  // "Sachsen gibt folgende Protokollnotiz ab: …"
  {id: 'protocol_note', german: ['Protokollnotiz']},
  // "BY gibt zu TOP 12 folgenden Bericht zu Protokoll: …"
  {id: 'report_to_minutes', german: ['Bericht zu Protokoll']},
  // "… Stellungnahme zu Protokoll: …"
  {id: 'statement_to_minutes', german: ['Stellungnahme zu Protokoll']}
] as const

export type NoteKind = (typeof NOTE_KINDS)[number]['id'] | 'other'

const byGerman = new Map<string, NoteKind>(NOTE_KINDS.flatMap((k) => k.german.map((g): [string, NoteKind] => [g, k.id])))

/** "Protokollnotiz" → "protocol_note"; a wording not listed → "other" (the printed words stay in `label`). */
export function noteKind(german: string): NoteKind {
  return byGerman.get(german) ?? 'other'
}
