/**
 * Line patterns of the segmenter. All are anchored, single-line and
 * linear-time: `[ \t]` where a line is meant, no nested quantifiers.
 */
import {MONTH_PATTERN} from '../data/months.ts'
import {AGREEMENT_OPENINGS} from '../data/phrasings.ts'

/**
 * "TOP 2a)", "TOP 5 b)", "TOP 3 a Souveräne Cloud" (number "5b", "3a"), "TOP 2.1", "TOP 17.1: Stellungnahme …", "TOP 18 Verschiedenes", "TOP 3 – Bericht", "TOP 1 | Eröffnung", "TOP 1 · Begrüßung",
 * "Tagesordnungspunkt 3", "Beratungspunkt 3 – …", "TAGESORDNUNGSPUNKT 4.1", "Zu TOP 3", "TOP IV.1:" (Roman numerals), "TOP 9 neu:" (added in the session), "TOP 5 (11:20 Uhr):" (the time it was called), "Zu TOP 7:Termine" (pdftotext -raw dropped the blank after the colon).
 * Group 1 is "Zu" when printed, group 2 the number, group 3 the rest of the line (a title, or prose: see `headRest`).
 */
export const TOP_HEAD = /^[ \t]*(?:(Zu)[ \t]+)?(?:TOP|Top|Tagesordnungspunkt|TAGESORDNUNGSPUNKT|TO-Punkt|Beratungspunkt)[ \t]*((?:\d{1,3}(?:\.\d{1,3}){0,3}(?:[a-z]|[ \t][a-z](?=\)|[ \t]+\p{Lu}|[ \t]*$)|[ \t][A-H](?=[ \t]*[):]|[ \t]+\p{Lu}|[ \t]*$))?|[IVX]{1,6}(?:\.\d{1,3}){0,3})(?![\p{L}\d]))(?:[ \t]+(?:neu|NEU)(?![\p{L}]))?(?:[ \t]+\(\d{1,2}[.:]\d{2}(?:[ \t]*Uhr)?\))?(?:\)|:|\.(?!\d)|[ \t]+[–|·-](?=[ \t]))?(?:(?:[ \t]+|(?<=:)(?=\p{Lu}))(\S(?:.*\S)?))?[ \t]*$/du

/** "Fortsetzung TOP 5", "Fortsetzung der Beratung zu TOP 5": an item broken off and taken up again later (group 1 its number). */
export const RESUMED_HEAD = /^[ \t]*(?:Fortsetzung|Fortführung)(?:[ \t]+(?:von|zu|der[ \t]+Beratung[ \t]+(?:zu|von)))?[ \t]+(?:TOP|Tagesordnungspunkt)[ \t]*(\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)(?![\p{L}\d])(?:[ \t]*:)?[ \t]*$/u

/**
 * "Punkt 5 der Tagesordnung" (Bundesrat and cabinet style), "Punkt 6: Digitale Souveränität …": group 1 the number,
 * group 2 the rest. Without "der Tagesordnung" the colon or a dash is needed ("Punkt 8 Bremen." is a wrapped sentence):
 * "Punkt 4 – Souveräne Cloud der Länder …".
 */
export const PUNKT_HEAD = /^[ \t]*Punkt[ \t]+(\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)(?:[ \t]+der[ \t]+Tagesordnung(?:[ \t]*[:–-])?|[ \t]*:|[ \t]+[–-](?=[ \t]))(?:[ \t]+(\S(?:.*\S)?))?[ \t]*$/d

/**
 * "Zu Punkt 4 der Tagesordnung: Künstliche Intelligenz …", "Zu Punkt 4 a) der Tagesordnung: …", "Zu Punkt 3: Bericht des
 * Bundes" (a colon or dash without "der Tagesordnung"): group 1 the number,
 * group 2 its letter, group 3 the title.
 */
export const ZU_PUNKT_HEAD = /^[ \t]*Zu[ \t]+Punkt[ \t]+(\d{1,3}(?:\.\d{1,3}){0,3})(?:[ \t]?([a-z])\))?(?:[ \t]+der[ \t]+Tagesordnung(?:[ \t]*[:–-])?|[ \t]*:|[ \t]+[–-](?=[ \t]))(?:[ \t]+(\S(?:.*\S)?))?[ \t]*$/d

/** "3. Tagesordnungspunkt" (the ordinal first), the title on its line or the next: group 1 the number, group 2 the title. */
export const ORDINAL_HEAD = /^[ \t]*(\d{1,3})\.[ \t]+Tagesordnungspunkt(?:[ \t]*:)?(?:[ \t]+(\p{Lu}(?:.*\S)?))?[ \t]*$/du

/**
 * "Zu 1.", "Zu 4 a)", "Zu 4a:", "Zu 4.1:", "Zu 5.1 AG Cloud-Infrastruktur …" — a head by number alone after "Zu" (group 1 the number,
 * group 2 the title). A mark after the number is needed, but for a sub-item's number before a capital: "Zu 3 Punkten …" is a
 * sentence.
 */
export const ZU_HEAD = /^[ \t]*Zu[ \t]+(\d{1,3}(?:\.\d{1,3}){0,3}(?:[ \t]?[a-z](?=[):]))?)(?:\)|\.(?!\d)|:|(?<=\.\d{1,3})(?=[ \t]+\p{Lu}))(?:[ \t]+(\S(?:.*\S)?))?[ \t]*$/du

/**
 * "4. Verwaltungsdigitalisierung", "4.1 Föderale Basisdienste", "III.1 Lagebild …", "IV. Digitale Verwaltung": a
 * numbered head, when a protocol has no "TOP" (a Roman number with its dot: "III." or "III.1").
 */
// "VIII.Termine" (raw): a Roman numeral's point glued to the title.
// "5a. Glasfaserausbau …", "6a     Ausfälle des zentralen Nutzerkontos (SN)": an item added under another's number, its letter
// before the dot or the title.
export const NUMBERED_HEAD = /^[ \t]*(\d{1,2}(?:\.\d{1,2}){0,2}|\d{1,2}[a-h](?=\.|[ \t]+\p{Lu})|[IVX]{1,5}\.(?:\d{1,2})?)\.?(?:[ \t]+|(?<=[IVX]\.))(\p{Lu}.*)$/du

/** The words before who brings an item in: "Antragsteller:", "Berichterstattung:" (a line, or in the title's parentheses). */
const SPONSOR_LABEL = String.raw`(?:Antragsteller(?:in|innen)?|Antragstellende[ \t]+Länder|Antragstellendes[ \t]+Land|Anmeldung|Anmelder(?:in|innen)?|Anmeldende[ \t]+Länder|Einbringer|Berichterstattung|Berichterstatter(?:in)?|Federführung|[Ff]ederführend|Anmeldeland|Berichtsland)[ \t]*:[ \t]*`

// "BY, NW": Länder by their codes in a head row's sponsor cell, maybe guests after them ("BW, SN; Gast: KIT").
const CODE_LIST = String.raw`(?:[A-Z]{2,3}[ \t]*,[ \t]*){0,15}[A-Z]{2,3}`

/**
 * A row of a table of sub-items: its sponsor cell. "BE, HH" alone; "NI angenommen; Nein: SN;" (the result run on,
 * pdftotext -raw); "… Geschäftsstelle der DMK für das NI" (the title run on, pdf.js lines): group 1 the codes.
 */
export const CODES_CELL = new RegExp(String.raw`^(${CODE_LIST})[ \t]*$`)
export const CODES_BEFORE_RESULT = new RegExp(String.raw`^(${CODE_LIST})(?=[ \t]+\p{Ll})`, 'u')
export const CODES_AFTER_TITLE = new RegExp(String.raw`(?<=\p{Ll}[ \t])(${CODE_LIST})[ \t]*$`, 'u')
const GUESTS_AFTER = String.raw`[ \t]*;[ \t]*(?:Gast|Gäste)[ \t]*:`

/** "… 2047   BY, NW", "…   BW, SN; Gast: KIT", "… Bund", "… –": a head row's last cell (group 1 the codes, 2 the guests). */
export const SPONSOR_CELL = new RegExp(String.raw`[ \t](?:(${CODE_LIST})(?:${GUESTS_AFTER}[ \t]*([^;()]{1,80}))?|Bund|Vorsitz|[–-])$`)

/** "HE, RP; Gast:" under the title: a head row's sponsor cell wrapped onto a line of its own (group 1 the codes). */
export const SPONSOR_CODES_LINE = new RegExp(String.raw`^[ \t]*(${CODE_LIST})(?:${GUESTS_AFTER}.*)?$`)

/** "Antragsteller: BE, BB", "Berichterstattung: NDS, HB" on a line of its own under a title. */
export const SPONSOR_LINE = new RegExp(String.raw`^[ \t]*${SPONSOR_LABEL}(\S.*)$`)

// "(eingebracht von BE, BB)", "(angemeldet von NI, HB, SH)", "(auf Antrag von HE)": who brings the item in, said in words.
const SPONSOR_BY = String.raw`(?:(?:eingebracht|angemeldet|vorgelegt|beantragt)[ \t]+(?:von|durch)|auf[ \t]+Antrag(?:[ \t]+von)?)[ \t]+`

/** "(BB, BE)", "(Antragsteller: BB, BE)", "(Berichterstattung: NDS, HB)", "(eingebracht von BE, BB)" at a title's end: group 1 the list. */
export const SPONSOR_PAREN = new RegExp(String.raw`^\((?:${SPONSOR_LABEL}|${SPONSOR_BY})?([^():]{2,300})\)$`)

/** "Tagesordnung:", "II. Tagesordnung" — the agenda as sent with the invitation, a list of heads before the minutes. */
export const AGENDA_LIST_HEAD = /^[ \t]*(?:(?:[IVX]{1,4}|[A-H]|\d{1,2})\.[ \t]+)?(?:Tagesordnung(?:[ \t]+(?:und|mit)[ \t]+(?:Beschlussübersicht|Ergebnisübersicht|Ergebnissen|Beschlüssen))?|Vorläufige[ \t]+Tagesordnung|Inhalt|Inhaltsverzeichnis|Inhaltsübersicht|Übersicht[ \t]+der[ \t]+(?:Ergebnisse|Beschlüsse)|Ergebnisübersicht|Beschlussübersicht)[ \t]*(?::[ \t]*)?$/

/** "Mitglieder der" — the first line of the attendee table (or any other section label of it); "Anwesenheitsliste", "Präsenzliste", "Teilnahme" alone. */
export const ATTENDEES_START = /^[ \t]*(?:(?:[a-hA-H]|\d{1,2}|[IV]{1,3})[.)][ \t]+)?(?:(?:\p{Lu}{2,6}-|Konferenz-)?Mitglieder(?![\p{L}])|Vertreter(?:[*:_]?innen|Innen)?[ \t]+der[ \t]+Länder(?![\p{L}])|Zugeschaltete[ \t]+Teilnehmende|Stimmberechtigte(?![\p{L}])|Teilnehmende|Teilnehmer(?:[*:_]?innen|Innen)?(?:[ \t]*:)?$|Teilnehmerkreis(?:[ \t]*:)?$|Vertreterinnen[ \t]+und[ \t]+Vertreter(?![\p{L}])|Anwesend(?:e)?[ \t]*:|Anwesend(?:e|e[ \t]+Mitglieder)?[ \t]*$|Ständige[rn]?[ \t]+(?:Gast|Gäste)|(?:Weitere[ \t]+)?Gäste(?:[ \t]*:)?(?![\p{L}])|Weitere[ \t]+(?:Anwesende|Teilnehmende)|Teilnehmerinnen[ \t]+und[ \t]+Teilnehmer[ \t]*:?$|(?:An[ \t]+der[ \t]+Sitzung[ \t]+|Es[ \t]+)?(?:nahmen|nehmen)[ \t]+teil[ \t]*:|Anwesenheit[ \t]+der[ \t]+(?:Mitglieder|Länder|Teilnehmenden)(?:[ \t]*:)?$|(?:Anwesenheit(?:sliste)?|Präsenzliste|Teilnehmer(?:[*:_]?innen|Innen)?liste|Teilnehmendenliste|Teilnahmeliste|Teilnahme)(?:[ \t]*\([^()]{1,80}\))?(?:[ \t]*:)?$)/u

/**
 * "Anlagen:", "Anlage" (one), "Anlagenverzeichnis", "Verzeichnis der Anlagen", "Anlagen zu dieser Niederschrift:", "Anlagen zur
 * Niederschrift", "III. Anlagen" (a part's number) — the closing list of attachments; "Anlage   Bezeichnung   zu TOP" — the heads of a table of them.
 */
export const ATTACHMENTS_HEAD = /^[ \t]*(?:[IVX]{1,5}\.[ \t]+)?(?:Anlage|Anlagen(?:verzeichnis|übersicht)?(?:[ \t]+(?:zu[ \t]+(?:dieser|der)[ \t]+(?:Niederschrift|Sitzung)|zur[ \t]+(?:Niederschrift|Sitzung)|zum[ \t]+Protokoll))?|Verzeichnis[ \t]+der[ \t]+Anlagen|Übersicht[ \t]+der[ \t]+Anlagen|(?:Anlagen?|Nr\.)[ \t]+(?:Bezeichnung|Titel|Gegenstand|Inhalt|Dokument)(?:[ \t]+(?:zu[ \t]+)?(?:TOP|Tagesordnungspunkt))?|Nr\.[ \t]+Anlagen?(?:[ \t]+(?:zu[ \t]+)?(?:TOP|Tagesordnungspunkt))?)(?:[ \t]*:)?[ \t]*$/

/** A head of an attachments table on a line of its own (plain pdftotext prints each cell apart): "Anlage", "Bezeichnung", "zu TOP". */
export const ATTACHMENTS_COLUMN = /^[ \t]*(?:Anlage|Nr\.|Bezeichnung|Titel|Gegenstand|Inhalt|Dokument|(?:zu[ \t]+)?(?:TOP|Tagesordnungspunkt))[ \t]*$/

/** An attachment's number: "1", or a capital letter alone ("Anlage A", not "Anlage E-Mail"). */
export const ATTACHMENT_NUMBER = String.raw`(?:\d{1,3}|[A-Z](?![A-Za-zÄÖÜäöüß-]))`

/**
 * "• Anlage 1: Beschlüsse der DMK", " Anlage 2: Bericht …", "Anl. 1   Bericht", "Anlage A   Eckpunkte", "Anlage 2 (zu TOP 4):
 * Stellungnahme …" (the item it belongs to is no part of the title).
 */
export const ATTACHMENT_LINE = new RegExp(String.raw`^[ \t]*(?:[•·*–-][ \t]*)?(?:Anlage|Anl\.)[ \t]+(${ATTACHMENT_NUMBER})[ \t]*` +
  String.raw`(?:\((?:zu|für)[ \t]+(?:TOP|Tagesordnungspunkt|Punkt)[ \t]+[^()]{1,12}\)[ \t]*(?=:))?(?:[:.–-][ \t]*)?(\S.*)?$`)

/** "Anlage 1: Geschäftsordnung …" inside an agenda item: a reference, not clause text. */
export const ATTACHMENT_REF_LINE = new RegExp(String.raw`^[ \t]*Anlage[ \t]+${ATTACHMENT_NUMBER}[ \t]*:`)

/** A page number as printed: "10", "- 10 -", "– 10 –", "Seite 3", "Seite 3 von 12", "3/12", "3 von 12", "S. 3", "Blatt 3". */
const PAGE = '(?:[-–][ \\t]*\\d{1,4}[ \\t]*[-–]|\\d{1,4}(?:[ \\t]*(?:\\/|von)[ \\t]*\\d{1,4})?|(?:Seite|S\\.|Blatt)[ \\t]*\\d{1,4}(?:[ \\t]*(?:von|\\/)[ \\t]*\\d{1,4})?)'

/** A line that is only a page number. */
export const PAGE_NUMBER = new RegExp(`^[ \\t]*${PAGE}[ \\t]*$`)

/** A running header or footer with the page number on the same line: "Protokoll 6. DMK · 2026    1/5". */
export const ENDS_WITH_PAGE_NUMBER = new RegExp(`[ \\t]${PAGE}[ \\t]*$`)

/** "* * *", "___". */
export const SEPARATOR = /^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*_{3,}[ \t]*$/

/**
 * "Beschluss:", "Beschluss (einstimmig):", "Beschluss der DMK:", "Beschlussvorschlag:", "Beschlussantrag:", "Beschlusstext:", "Beschluss zu TOP 8",
 * "Beschluss zu Tagesordnungspunkt 5:", "Beschluss             Die DMK fasst folgenden Beschluss:" (a label in a margin column, the
 * lead-in beside it: group 3), "Beschluss             Beschlussvorschlag (Tischvorlage vom 10. November 2043):",
 * "Beschluss" alone (a bold heading without colon), "Beschlusstenor:", "Beschluss Nr. 27/4", "Beschlussvorlage Nr. 492/3", "Beschlussvorschlag der Länder A und B:" (alone or followed by
 * the preamble on the same line), "Beschlussempfehlung des Arbeitskreises Informationssicherheit:" (more words after "des" only
 * before a colon or a closing parenthesis: "Gemeinsamer Beschluss der Digitalministerkonferenz und der Bauministerkonferenz (einstimmig)").
 * "Beschlussfassung im Wortlaut:", "Wortlaut des Beschlusses:", "Antrag:", "Votum der DMK:" alone over the clauses. Not a result line under them:
 * "Beschluss: einstimmig", "Beschluss: einstimmig, bei Abwesenheit von Hamburg".
 * Group 1 is a parenthesis in the head ("einstimmig", "15 : 0 : 1; Enthaltung: HE"), group 2 the rest.
 */
export const RESOLUTION_HEAD = /^[ \t]*(?:Gemeinsamer[ \t]+)?(?:Beschluss[ \t]+(?=Beschl))?(?:Beschluss(?![ \t]*:[ \t]*(?:einstimmig|mehrheitlich|einvernehmlich)(?:[ \t]*[(;,].*|[ \t]*)$)|Beschlussvorschlag|Beschlussantrag|Beschlusstext|Beschlusstenor|Beschlussfassung(?!(?:[ \t]+zu[ \t]+(?:TOP|Tagesordnungspunkt)[ \t]+[\d.]{1,6}[a-z]?)?[ \t]*:[ \t]*(?:einstimmig|mehrheitlich|einvernehmlich|\d|angenommen|abgelehnt|Zustimmung|Annahme|Ablehnung))|Beschlussempfehlung|Beschlussinhalt|Beschlussformel|Beschlusslage|Beschlussvorlage(?=[ \t]*:|[ \t]+Nr\.)|Entscheidung(?=[ \t]*:)|Votum(?=[ \t]+der[ \t]+(?:DMK|Konferenz|Digitalministerkonferenz|Länder)[ \t]*:[ \t]*$)|Wortlaut[ \t]+des[ \t]+Beschlusses(?=[ \t]*:)|Antrag(?=[ \t]*:[ \t]*$))(?:[ \t]+im[ \t]+Wortlaut(?=[ \t]*:))?(?:[ \t]+(?:der|des)[ \t]+[^ \t:()]{2,40}(?:(?:[ \t]+[^ \t:()]{2,40}){1,3}(?=[ \t]*(?::|\([^()\n]{1,60}\)(?:[ \t]*:)?[ \t]*$)))?|[ \t]+der[ \t]+Länder(?:[ \t]+[^ \t:()\n]+){1,12}(?=:)|(?:[ \t]+Nr\.|-Nr\.)[ \t]*\d{1,3}(?:[/.]\d{1,3}){0,3})?(?:[ \t]+zu[ \t]+(?:TOP|Top|Tagesordnungspunkt)[ \t]*[\dIVX][\w.]{0,8})?(?:[ \t]*\(([^()\n]{1,60})\))?(?:[ \t]*:[ \t]*(\S.*)?|[ \t]+((?:Die|Der|Das)[ \t][^:]*:)|[ \t]*)$/

/**
 * "3. Die DMK …", "3) Die DMK …", "3.) Die DMK …", "(3) Die DMK …", "Ziffer 3 Die DMK …" — a numbered clause candidate: group 1
 * the opening parenthesis or word when printed, group 2 the number, group 3 its closing mark (none after
 * "Ziffer"), group 4 the text. "Ziffer 2 wird wie folgt gefasst" is an amendment, no clause: a capital follows.
 */
export const CLAUSE_LINE = /^[ \t]*(\(|Ziffer[ \t]+|Ziff\.[ \t]*)?(\d{1,2}|[IVX]{1,5})(\.\)|[.)]|(?<=Zif(?:fer|f\.)[ \t]*\d{1,2})(?=[ \t]+\p{Lu}))[ \t]+(\S.*)$/u

/** "1." alone on its line, its text on the next (plain `pdftotext` puts list labels apart). */
export const CLAUSE_LABEL = /^[ \t]*(\(|Ziffer[ \t]+|Ziff\.[ \t]*)?(\d{1,2}|[IVX]{1,5})(\.\)|[.)]|(?<=Zif(?:fer|f\.)[ \t]*\d{1,2})(?=[ \t]*$))[ \t]*$/u

/** "a)" alone on its line; "aa)" doubled, never "ab." (a word that ends a sentence: "… mit der DSK" / "ab."). */
export const ITEM_LABEL = /^[ \t]*\(?([a-z]|aa|bb|cc|dd|ee|ff|gg|hh|ii|jj|kk|ll|mm|nn)[.)][ \t]*$/

/** "a. „Sonstige Beschäftigte“", "b) Gemeinsame …", "(c) …" — a lettered item candidate. */
export const ITEM_LINE = /^[ \t]*\(?([a-z]|aa|bb|cc|dd|ee|ff|gg|hh|ii|jj|kk|ll|mm|nn)[.)][ \t]+(\S.*)$/

/** "4. Mai 2024" after a clause number: a date that a line break put first. */
export const STARTS_WITH_MONTH = new RegExp(`^(?:${MONTH_PATTERN})\\b`)

/** "1. 2024 Berlin und Brandenburg": a table row led by a year. */
export const STARTS_WITH_YEAR = /^(?:19|20)\d\d\b/

/**
 * Lines that end a resolution's text: a vote, a protocol note, an
 * attachment reference ("Der Beschlussvorschlag wird … angenommen").
 */
// "Begründung:" after the clauses: the reasons given for the decision, no part of it. "Votum: einstimmig.", "Stimmverhältnis: 15 : 0 : 1", "Beschlussfassung: einstimmig", "Für: 13 · Gegen: 1 (BY)", "Ergebnis zu TOP 7 bis 9:", "Ergebnis der
// Beratung: …": the result. "Beschluss laut Vorlage bei Enthaltung von …", "Es wird wie folgt abgestimmt: Ja 13 (…)", "Stimmverhältnis 13 : 0 : 2 (…)".
// "Ja: übrige Länder; Nein: BY; …", "BY: Nein; HE, SN: Enthaltung; …": the Länder's answers in groups. "Frist: 30. November 2036
// (Bericht zu Ziffer 3)", "Zuständig: AG …; Termin: …" under the clauses: the task's terms, no clause's text. "Die Länder sind
// einverstanden.": the consent.
const RESULT_OR_NOTE = /^[ \t]*(?:Anlage[ \t]+\d{1,3}[ \t]*:|Begründung[ \t]*:|Protokoll(?:notiz|erklärung|vermerk|anmerkung|bemerkung|hinweis|ergänzung)|(?:Sondervotum|Minderheit(?:s|en)votum)(?![\p{L}])|(?:Hinweis|Anmerkung|Bemerkung|Ergänzung|Zusatz|Erläuterung|Klarstellung|Vermerk|Votum|Nachtrag)[ \t]+(?:zu|für[ \t]+das)[ \t]+Protokoll|Persönliche[ \t]+Erklärung|Abweichende[ \t]+Meinung|(?:Stimmbild|Stimmenbild|Abstimmungsbild|Länder-Votum|Stimmverhalten)[ \t]*:|(?:Zusatz|Stimm|Abstimmungs)erklärung|Schriftliche[ \t]+Erklärung|Erklärung[ \t]+zur[ \t]+Abstimmung|Ergänzende[ \t]+Erklärung|(?:Erledigung|Länderabstimmung|Gesamtergebnis|Stimmverteilung|Stimmabgabe|Länderstimmen)[ \t]*:|Abstimmungsergebnis|Abstimmungsmodus[ \t]*:|(?:Die|Alle)[ \t]+(?:anwesenden[ \t]+)?(?:Länder[ \t]+sind|DMK[ \t]+ist|Konferenz[ \t]+ist)[ \t]+(?:damit[ \t]+|hiermit[ \t]+)?einverstanden\.?[ \t]*$|(?:Frist|Termin|Zuständig|Verantwortlich)[ \t]*:|Abstimmung(?:[ \t]*:|[ \t]+(?=[A-ZÄÖÜ])|[ \t]+ohne[ \t]+Aussprache[ \t]*:)|Ergebnis(?:[ \t]+der[ \t]+(?:Beratung|Abstimmung|Abfrage(?:[ \t]+der[ \t]+Länder)?)|[ \t]+zu[ \t]+(?:TOP|Tagesordnungspunkten?)[ \t]+[\d.]{1,6}(?:[ \t]+(?:bis|und)[ \t]+(?:TOP[ \t]+)?[\d.]{1,6})?|[ \t]*\((?:J|Ja)\/(?:N|Nein)\/(?:E|Enth\.?|Enthaltung)\))?[ \t]*:|Beratungsergebnis[ \t]*:|Beschlussergebnis[ \t]*:|Votum[ \t]*:|Stimm(?:en)?verhältnis(?:[ \t]*:|[ \t]+(?=\d))|Stimmergebnis(?:[ \t]*:|[ \t]+(?=\d))|Beschlussfassung(?:[ \t]+zu[ \t]+(?:TOP|Tagesordnungspunkt)[ \t]+[\d.]{1,6}[a-z]?)?(?:[ \t]*:[ \t]*|[ \t]+)(?:einstimmig|mehrheitlich|einvernehmlich|\d|angenommen|abgelehnt|Zustimmung|Annahme|Ablehnung)|Dafür[ \t]*:|Für[ \t]*:[ \t]*\d|(?:\d{1,2}|Alle|Sämtliche)[ \t]+(?:anwesenden[ \t]+)?Länder[ \t]+stimmen[ \t]+(?:zu|dafür)(?![\p{L}])|Beschluss[ \t]+gefasst[ \t]+wie[ \t]+vorgelegt|Beschluss[ \t]+(?:wie|laut|gemäß|im[ \t]+Sinne[ \t]+der)[ \t]+Vorlage(?![\p{L}])|Es[ \t]+wird[ \t]+(?:wie[ \t]+folgt[ \t]+)?abgestimmt(?![\p{L}])|Beschluss[ \t]*:[ \t]*(?:einstimmig|mehrheitlich|einvernehmlich)(?:[ \t]*[(;,].*|[ \t]*)$|Erklärung[ \t]+zur[ \t]+Niederschrift|Ja[ \t]*:[ \t]*\d{1,2}(?:[ \t]+Länder(?![\p{L}])|[ \t]*[/·;,|–][ \t]*Nein[ \t]*:)|(?:Ja|Nein)[ \t]*:[ \t]*(?:(?:die[ \t]+|alle[ \t]+)?übrigen?[ \t]+Länder|\p{Lu}{2}(?:,[ \t]*\p{Lu}{2})*)[ \t]*;|\p{Lu}{2}(?:,[ \t]*\p{Lu}{2})*[ \t]*:[ \t]*(?:Ja|Nein|Enthaltung)[ \t]*;|Der[ \t]+Beschluss(?:vorschlag|antrag)?[ \t]+(?:wird|ergeht)[ \t]|Dem[ \t]+(?:Beschluss(?:vorschlag|antrag)|Antrag|Vorschlag)[ \t]+(?:wird|wurde)[ \t]|(?:Der|Die)[ \t]+Vorsitzende[ \t]+stellt[ \t]+(?:das[ \t]+)?(?:Abstimmungsergebnis|Ergebnis)(?![\p{L}])|Das[ \t]+(?:Abstimmungsergebnis|Ergebnis)[ \t]+lautet(?![\p{L}]))/u
// The chair's finding, nobody objecting, the Länder agreeing: as the vote grammar reads them (data/phrasings.ts).
export const RESOLUTION_END = new RegExp(`(?:${RESULT_OR_NOTE.source})|^[ \\t]*(?:${AGREEMENT_OPENINGS.join('|')})`, 'u')

export {HEADER_FIELD} from '../data/header.ts'

// "Beschluss in der geänderten Fassung:" over clause 1: a heading that needs the clauses under it (over a table of them,
// "Ziff. | Beschlusstext | Änderung", the table's own reading holds).
export const AMENDED_HEAD = /^[ \t]*(?:Beschluss|Beschlusstext|Beschlussvorschlag)[ \t]+in[ \t]+(?:der[ \t]+)?(?:geänderten|geänderter|ergänzten|ergänzter|neuen|neuer)[ \t]+Fassung[ \t]*:$/
// "Hessen legt folgenden Beschlussvorschlag vor:": the proposal put to the vote follows (no preamble: it is told, not decided).
export const PROPOSES = /(?<![\p{L}])(?:legt|legen|bringt|bringen|unterbreitet|unterbreiten)[ \t]+(?:den[ \t]+)?folgenden[ \t]+(?:Beschlussvorschlag|Antrag|Beschlussentwurf)(?:[ \t]+(?:vor|ein))?[ \t]*:$/u
