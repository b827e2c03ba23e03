/**
 * Line patterns of the segmenter. All are anchored, single-line and
 * linear-time: `[ \t]` where a line is meant, no nested quantifiers.
 */
import {MONTH_PATTERN} from '../data/months.ts'

/** "TOP 2a)", "TOP 2.1", "TOP 17.1: Stellungnahme …", "TOP 18 Verschiedenes", "TOP 3 – Bericht". */
export const TOP_HEAD = /^[ \t]*(?:TOP|Tagesordnungspunkt)[ \t]+(\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)(?:\)|:|\.(?!\d)|[ \t]+[–-](?=[ \t]))?(?:[ \t]+(\S(?:.*\S)?))?[ \t]*$/d

/** "Mitglieder der" — the first line of the attendee table (or any other section label of it). */
export const ATTENDEES_START = /^[ \t]*(?:Mitglieder[ \t]+der|Teilnehmende|Teilnehmer(?:innen)?(?:[ \t]*:)?$|Anwesend(?:e)?[ \t]*:|Ständige[rn]?[ \t]+(?:Gast|Gäste)|Weitere[ \t]+(?:Gäste|Anwesende))/

/** "Anlagen:" — the closing list of attachments. */
export const ATTACHMENTS_HEAD = /^[ \t]*Anlagen(?:[ \t]*:)?[ \t]*$/

/** "• Anlage 1: Beschlüsse der DMK", " Anlage 2: Bericht …". */
export const ATTACHMENT_LINE = /^[ \t]*(?:[•·*–-][ \t]*)?Anlage[ \t]+(\d{1,3})[ \t]*(?:[:.–-][ \t]*)?(\S.*)?$/

/** "Anlage 1: Geschäftsordnung …" inside an agenda item: a reference, not clause text. */
export const ATTACHMENT_REF_LINE = /^[ \t]*Anlage[ \t]+\d{1,3}[ \t]*:/

/** "10", "- 10 -", "Seite 3", "Seite 3 von 12". */
export const PAGE_NUMBER = /^[ \t]*(?:-[ \t]*\d{1,4}[ \t]*-|\d{1,4}|Seite[ \t]+\d{1,4}(?:[ \t]+(?:von|\/)[ \t]+\d{1,4})?)[ \t]*$/

/** "* * *", "___". */
export const SEPARATOR = /^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*_{3,}[ \t]*$/

/** "Beschluss:" (alone or followed by the preamble on the same line). */
export const RESOLUTION_HEAD = /^[ \t]*Beschluss[ \t]*:[ \t]*(\S.*)?$/

/** "3. Die DMK …" — a numbered clause candidate. */
export const CLAUSE_LINE = /^[ \t]*(\d{1,2})\.[ \t]+(\S.*)$/

/** "a. „Sonstige Beschäftigte“", "b) Gemeinsame …" — a lettered item candidate. */
export const ITEM_LINE = /^[ \t]*([a-z])[.)][ \t]+(\S.*)$/

/** "4. Mai 2024" after a clause number: a date that a line break put first. */
export const STARTS_WITH_MONTH = new RegExp(`^(?:${MONTH_PATTERN})\\b`)

/** "1. 2024 Berlin und Brandenburg": a table row led by a year. */
export const STARTS_WITH_YEAR = /^(?:19|20)\d\d\b/

/**
 * Lines that end a resolution's text: a vote, a protocol note, an
 * attachment reference ("Der Beschlussvorschlag wird … angenommen").
 */
export const RESOLUTION_END = /^[ \t]*(?:Anlage[ \t]+\d{1,3}[ \t]*:|Protokollnotiz|Protokollerklärung|Abstimmungsergebnis|Abstimmung[ \t]*:|Ergebnis[ \t]*:|Der[ \t]+Beschluss(?:vorschlag)?[ \t]+wird[ \t])/

/**
 * Header labels ("Beginn/Ende 9:00 Uhr – 12:45 Uhr", "Ort: Futurium"),
 * longest first so "Beginn/Ende" wins over "Beginn".
 */
export const HEADER_FIELD = /^[ \t]*(Beginn\/Ende|Beginn|Ende|Ort\/Datum|Datum\/Ort|Datum|Sitzungsort|Tagungsort|Ort|Sitzungsleitung|Vorsitz|Leitung|Protokollführung|Protokollführer(?:in)?|Protokoll)(?:[ \t]*:)?(?:[ \t]+(\S.*)|[ \t]*)$/
