/**
 * The German phrasings the vote, note and amendment rules read. Data apart
 * from logic: a conference profile may carry other lists. Each entry is a
 * regex source matched on one sentence (case-sensitive unless it says
 * otherwise), with `[ \t\n]+` between words; comments quote the text.
 */
export type Position = 'yes' | 'no' | 'abstain' | 'absent'
export type Outcome = 'adopted' | 'rejected' | 'withdrawn' | 'deferred' | 'noted'

export interface Phrasings {
  /** What is voted on: "Der Beschlussvorschlag wird … angenommen" (the article in either case). */
  subjects: string[]
  /**
   * A list of Länder follows these phrases and takes the position named: "bei Enthaltung von …".
   * `with`/`against` are relative to the decision: "mit den Stimmen von …" name the side that carried it.
   */
  lists: Array<{position: Position | 'with' | 'against'; phrase: string}>
  /**
   * A Land before these verbs takes the position ("Sachsen enthält sich"), or after them when none stands
   * before ("Daher enthält sich Sachsen"). `one`: the verb is singular and takes one Land.
   */
  subjectVerbs: Array<{position: Position; phrase: string; one: boolean}>
  /** "Die übrigen (anwesenden) Länder stimmen dagegen": every Land not named takes the position. */
  rest: Array<{position: Position; phrase: string}>
  /** Participles after a subject: "wird … angenommen", "ist abgelehnt". */
  outcomes: Array<{outcome: Outcome; phrase: string}>
  /** Verbs with a particle at the clause's end, whoever the subject: "Hamburg zieht den Antrag zurück". */
  separable: Array<{outcome: Outcome; verb: string; particle: string}>
  /** The required majority is missed: rejected. "erreicht nicht die erforderliche Mehrheit". */
  failed: string[]
  /** A sentence of its own that is the whole decision: "Einstimmig beschlossen.", "Kenntnisnahme." */
  terse: Array<{outcome: Outcome; phrase: string}>
  unanimous: string[]
  majority: string[]
  noDebate: string[]
  debate: string[]
  /** A Land missing for the whole session, the Land before the phrase: "Sachsen-Anhalt ist nicht vertreten." */
  sessionAbsent: string[]
}

// "Abstimmung:", "Ergebnis:", "Ergebnis der Beratung:", "Beschlussergebnis:", "Votum:", "Stimmverhältnis:", "Beschlussfassung:": the label
// before a result line.
// "Ergebnis (J/N/E):", "Abstimmungsergebnis (Ja/Nein/Enthaltung):": a legend of the counts' order after the label.
const LEGEND = '\\((?:J|Ja)\\/(?:N|Nein)\\/(?:E|Enth\\.?|Enthaltung)\\)'
const COUNTS_LEGEND = `(?:[ \\t]*${LEGEND})?`
// "Erledigung: Kenntnisnahme", "Erledigung: Beschluss (einstimmig)": how the item was disposed of. "Gesamtergebnis:",
// "Stimmverteilung:", "Stimmabgabe:", "Länderstimmen:", "Länderabstimmung:" before the counts.
// "Ergebnis der Abfrage der Länder:", "Beschlussfassung zu TOP 3:": the label names how the result came or its item.
const RESULT_LABEL = '(?:Abstimmungsergebnis|Abstimmung(?:[ \\t]+ohne[ \\t]+Aussprache)?|Ergebnis(?:[ \\t]+der[ \\t]+(?:Beratung|Abstimmung|Abfrage(?:[ \\t]+der[ \\t]+Länder)?))?|Beratungsergebnis|Beschlussergebnis|Beschlussfassung|Votum|Stimm(?:en)?verhältnis|Stimmergebnis|Erledigung|Gesamtergebnis|Stimmverteilung|Stimmabgabe|Länderstimmen|Länderabstimmung|Stimmbild|Stimmenbild|Abstimmungsbild|Länder-Votum|Stimmverhalten)' +
  '(?:[ \\t]+zu[ \\t]+(?:TOP|Tagesordnungspunkt)[ \\t]+[\\dIVX][\\w.]{0,8})?' + COUNTS_LEGEND

// How a line under the clauses that states agreement opens: the chair's finding, nobody objecting, the Länder agreeing. They end
// the clauses (RESOLUTION_END in segment/patterns.ts) and are read as the decision (ALL_AGREE).
const CHAIR_FINDS = '(?:Der|Die)[ \\t\\n]+(?:Vorsitzende|Vorsitz)[ \\t\\n]+stellt[ \\t\\n]+(?:im[ \\t\\n]+Wege[ \\t\\n]+der[ \\t\\n]+Umfrage[ \\t\\n]+)?(?:(?:das[ \\t\\n]+)?Einvernehmen|die[ \\t\\n]+Einstimmigkeit|die[ \\t\\n]+(?:einstimmige|einvernehmliche)[ \\t\\n]+Annahme|die[ \\t\\n]+Zustimmung(?=[ \\t\\n]+aller))'
const NO_OBJECTION = '(?:Widerspruch[ \\t\\n]+erhebt[ \\t\\n]+sich[ \\t\\n]+nicht|Kein[ \\t\\n]+Land[ \\t\\n]+erhebt[ \\t\\n]+(?:Einwendungen|Einwände|Widerspruch))'
// "Alle anwesenden Länder erklären sich einverstanden; …", "Alle anwesenden Länder erteilen ihre Zustimmung.": the same.
const AGREED = '(?:Die|Alle|Sämtliche)[ \\t\\n]+(?:anwesenden[ \\t\\n]+)?Länder[ \\t\\n]+(?:sind[ \\t\\n]+sich[ \\t\\n]+einig|erklären[ \\t\\n]+sich[ \\t\\n]+einverstanden|erteilen[ \\t\\n]+(?:ihre|die)[ \\t\\n]+Zustimmung)(?![\\p{L}])'
export const AGREEMENT_OPENINGS: readonly string[] = [`${CHAIR_FINDS}(?![\\p{L}])`, NO_OBJECTION, AGREED]

// Agreement said as a line of its own under the decision: "Zustimmung: alle Länder" (over "Ablehnung: –"), "Es besteht
// Einvernehmen.", "Alle Länder stimmen zu." — the decision, and unanimous.
const ALL_AGREE = ['^Zustimmung[ \\t]*:[ \\t\\n]*alle[ \\t\\n]+(?:anwesenden[ \\t\\n]+)?Länder(?![\\p{L}])', '^Es[ \\t\\n]+besteht[ \\t\\n]+Einvernehmen\\.?$',
  // "Sämtliche Länder stimmen zu.", "Die Länder stimmen dem Beschlussvorschlag ohne Ausnahme zu."
  '^(?:Alle|Sämtliche)[ \\t\\n]+(?:anwesenden[ \\t\\n]+)?Länder[ \\t\\n]+stimmen[ \\t\\n]+zu\\.?$',
  // "Der Niederschrift stimmen sämtliche Länder zu.": the same, what they agree to first.
  '^(?:Dem|Der)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+stimmen[ \\t\\n]+(?:alle|sämtliche)[ \\t\\n]+(?:anwesenden[ \\t\\n]+)?Länder[ \\t\\n]+zu\\.?$',
  // "Alle anwesenden Länder votieren dafür."
  '^(?:Alle|Sämtliche)[ \\t\\n]+(?:anwesenden[ \\t\\n]+)?Länder[ \\t\\n]+(?:votieren|stimmen)[ \\t\\n]+dafür\\.?$',
  // "Alle anwesenden Länder erteilen ihre Zustimmung.", "Alle anwesenden Länder erklären sich einverstanden; Schleswig-Holstein ist
  // entschuldigt.", "Die Länder stimmen durchweg zu."
  '^(?:Alle|Sämtliche|Die)[ \\t\\n]+(?:anwesenden[ \\t\\n]+)?Länder[ \\t\\n]+(?:erteilen[ \\t\\n]+(?:ihre|die)[ \\t\\n]+Zustimmung|erklären[ \\t\\n]+sich[ \\t\\n]+einverstanden|stimmen[ \\t\\n]+(?:durchweg|ausnahmslos|geschlossen|ohne[ \\t\\n]+Ausnahme)[ \\t\\n]+zu)(?:\\.|;[^;]{1,200})?$',
  '^Die[ \\t\\n]+(?:anwesenden[ \\t\\n]+)?Länder[ \\t\\n]+stimmen[ \\t\\n]+(?:dem|der)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+ohne[ \\t\\n]+Ausnahme[ \\t\\n]+zu\\.?$',
  // "Der Vorsitzende stellt Einvernehmen fest.", "Der Vorsitz stellt die einstimmige Annahme fest.", "Der Vorsitz stellt die
  // Einstimmigkeit fest.", "Der Vorsitz stellt im Wege der Umfrage die Zustimmung aller anwesenden Länder fest."
  `^${CHAIR_FINDS}[ \\t\\n]+(?:aller[ \\t\\n]+(?:anwesenden[ \\t\\n]+)?Länder[ \\t\\n]+)?fest\\.?$`,
  // "Alle Länder erklären ihr Einverständnis mit dem Beschlussvorschlag."
  '^(?:Alle|Sämtliche)[ \\t\\n]+(?:anwesenden[ \\t\\n]+)?Länder[ \\t\\n]+erklären[ \\t\\n]+(?:ihr[ \\t\\n]+)?Einverständnis(?![\\p{L}])',
  // "Die Länder sind sich einig, dem Beschlussvorschlag zuzustimmen."
  `^${AGREED}`,
  // "Widerspruch erhebt sich nicht.", "Kein Land erhebt Einwendungen." alone under the decision: nobody objects.
  `^${NO_OBJECTION}(?:\\.?$|;)`,
  // "Einvernehmen besteht.", "Keine Gegenstimme, keine Enthaltung." alone under the decision. "Ergebnis: Einvernehmen.", "Ohne
  // Widerspruch festgestellt.", "Es wird Einvernehmen erzielt, die Geschäftsordnung wie folgt zu ändern:".
  '^Einvernehmen[ \\t\\n]+besteht\\.?$', '^(?:' + RESULT_LABEL + ')[ \\t]*:[ \\t\\n]*Einvernehmen\\.?$', '^Ohne[ \\t\\n]+Widerspruch[ \\t\\n]+(?:festgestellt|angenommen|beschlossen)\\.?$',
  '^Es[ \\t\\n]+wird[ \\t\\n]+Einvernehmen[ \\t\\n]+(?:erzielt|hergestellt)(?![\\p{L}])', '^Keine[ \\t\\n]+Gegenstimmen?(?:[ \\t\\n]*[,;][ \\t\\n]*|[ \\t\\n]+und[ \\t\\n]+)keine[ \\t\\n]+(?:Stimm)?[Ee]nthaltung(?:en)?\\.?$']
// "Die Beschlussfassung erfolgt einstimmig.", "Die Wahl erfolgt einstimmig.", "Das Votum ist einstimmig.", "Der Beschluss ergeht
// einstimmig.": how the decision was taken.
const TAKEN = '^(?:Die[ \\t\\n]+(?:Wahl|Abstimmung|Beschlussfassung|Entscheidung)[ \\t\\n]+(?:erfolgt|erfolgte|ist|war)|Das[ \\t\\n]+(?:Votum|Abstimmungsergebnis|Ergebnis)[ \\t\\n]+(?:ist|war|lautet|ergeht|erging)|Der[ \\t\\n]+Beschluss[ \\t\\n]+(?:ergeht|erging|ist|war))[ \\t\\n]+(?:einstimmig|einvernehmlich|mehrheitlich)(?![\\p{L}])'

/**
 * Lines after a decision that say how it was taken ("Abweichendes Stimmverhalten: keines.", "Die Wahl erfolgt einstimmig.",
 * "Zustimmung: alle Länder", "Beschlossen mit der Maßgabe, dass … ersetzt wird. Einstimmig."): read with the decision for its unanimity.
 */
export const DECISION_MANNER = ['^[ \\t\\n]*(?:Einstimmig|Einhellig)[ \\t\\n]*\\.?[ \\t\\n]*$', '(?<![\\p{L}])Abweichendes[ \\t\\n]+Stimmverhalten[ \\t\\n]*:[ \\t\\n]*(?:keines|keins|keine|kein)(?![\\p{L}])', TAKEN, ALL_AGREE[0]!]

// "außerstande zuzustimmen", "nicht in der Lage, dem Beschluss zuzustimmen": after "sieht sich" / "sehen sich".
const CANNOT_AGREE = '(?:außerstande|außer[ \\t\\n]+Stande|nicht[ \\t\\n]+in[ \\t\\n]+der[ \\t\\n]+Lage)(?:,?[ \\t\\n]+(?:dem|der|den)[ \\t\\n]+[\\p{L}-]{2,40})?,?[ \\t\\n]+zuzustimmen'

export const PHRASINGS: Phrasings = {
  subjects: ['Beschlussvorschlag', 'Beschlussvorschläge', 'Beschlussantrag', 'Beschlussentwurf', 'Beschlussvorlage', 'Tischvorlage', 'Beschluss', 'Stellungnahme', 'Antrag', 'Vorschlag',
    'Empfehlung', 'Erklärung', 'Positionspapier', 'Bericht', 'Beratung', 'Befassung', 'Entwurf', 'Vorlage', 'Niederschrift', 'Protokoll',
    // What a conference adopts besides proposals: "Der Wirtschaftsplan … wird bei einer Enthaltung gebilligt", "Das Arbeitsprogramm
    // 2031 wird beschlossen", "Die Eckpunkte werden angenommen", "Der Zwischenbericht wird zur Kenntnis genommen", "Das
    // Ergebnisprotokoll der 522. Sitzung wird … genehmigt".
    'Plan', 'Programm', 'Konzept', 'Eckpunkte', 'Leitfaden', 'Strategie', 'Entschließung', 'Vereinbarung', 'Geschäftsordnung',
    // "Die Leitlinien werden mehrheitlich angenommen."
    'Leitlinien', 'Richtlinie', 'Grundsätze', 'Empfehlungen',
    '\\p{Lu}\\p{Ll}{1,30}(?:plan|programm|konzept|papier|bericht|entwurf|vorschlag|vorlage|vereinbarung|mitteilung|text|strategie|leitfaden|protokoll|niederschrift|auftrag)',
    // "Der TOP wird vertagt" — but not "Der TOP 10 … wird nach TOP 17 aufgerufen" inside the agenda's adoption.
    // "Die Ziffern 1 und 2 werden einstimmig angenommen" (the rest of the proposal referred elsewhere) — not "Ziffer 2 wird wie
    // folgt gefasst", "Ziffer 3 wird gestrichen": an amendment.
    'Ziffern?(?=[ \\t\\n]+\\d[^.;]{0,60}?(?:angenommen|abgelehnt|beschlossen)(?![\\p{L}]))', 'TOP(?=[ \\t\\n]+(?:wird|werden)(?![\\p{L}]))', 'Tagesordnungspunkt(?=[ \\t\\n]+(?:wird|werden)(?![\\p{L}]))'],
  lists: [
    // "bei Enthaltung von Bremen und Hamburg", "bei Enthaltung des Saarlandes", "bei Enthaltung Thüringens", "Enthaltungen: HB, ST"
    // "… und einer Enthaltung aus Sachsen".
    {position: 'abstain', phrase: '(?:[Bb]ei|[Uu]nter|sowie|und)[ \\t\\n]+(?:einer[ \\t\\n]+)?(?:Stimm)?[Ee]nthaltung(?:en)?(?:[ \\t\\n]+(?:von|durch|aus))?'},
    {position: 'abstain', phrase: '(?:Stimm)?[Ee]nthaltung(?:en)?[ \\t]*:'},
    // "2 Enthaltungen (BW, NW)", "2 Stimmenthaltungen (BW, NI)": the count is a tally, the list in parentheses
    // "Enthaltung 2 (HB, HH)", "Enthaltung 2 Länder (Hessen, Nordrhein-Westfalen)": a count between the word and the list
    {position: 'abstain', phrase: '(?<![\\p{L}])(?:Stimm)?[Ee]nthaltung(?:en)?(?:[ \\t\\n]+\\d{1,2}(?:[ \\t\\n]+Länder)?)?(?=[ \\t\\n]*\\()'},
    // "Ja: 13 – Nein: 0 – Enthaltung: 3 (BY, SN, TH)": the count after the colon, the list in parentheses.
    {position: 'abstain', phrase: '(?<![\\p{L}])(?:Stimm)?[Ee]nthaltung(?:en)?[ \\t]*:[ \\t]*\\d{1,2}(?=[ \\t\\n]*\\()'},
    // "dagegen: 2 (BW, BY)" after "Stimmen dafür: 12;", "Ablehnung 1 (BY)" without a colon.
    // "Gegen: 1 (BY)" after "Für: 13 ·".
    {position: 'no', phrase: '(?<![\\p{L}])(?:Nein|[Dd]agegen|Gegenstimmen?|Ablehnung|Gegen(?=[ \\t]*:))[ \\t]*(?::[ \\t]*)?\\d{1,2}(?:[ \\t\\n]+Länder)?(?=[ \\t\\n]*\\()'},
    // "Ergebnis (J/N/E): 13/1/2 – N: SL; E: HB, HH": the legend's letters as labels. (Each look-behind stands after the letters
    // it follows: a regex that opens with one tries it at every character of every sentence.)
    {position: 'no', phrase: `(?<![\\p{L}])N:(?<=${LEGEND}[^\\n(]{0,60}N:)`},
    {position: 'abstain', phrase: `(?<![\\p{L}])E:(?<=${LEGEND}[^\\n(]{0,60}E:)`},
    // "Für: 6 (BB, HB, HH, MV, NW, SL) · Gegen: 5 (…)": the count, then who.
    {position: 'yes', phrase: '(?<![\\p{L}])(?:Für|Dafür)[ \\t]*:[ \\t]*\\d{1,2}(?=[ \\t\\n]*\\()'},
    // "gegen die Stimmen von Mecklenburg-Vorpommern, Saarland und Sachsen", "gegen die Stimme von Nordrhein-Westfalen"
    {position: 'against', phrase: '[Gg]egen[ \\t\\n]+die[ \\t\\n]+Stimmen?(?:[ \\t\\n]+von)?'},
    // "bei Gegenstimme von Sachsen", "bei Gegenstimme Hessens", "bei Gegenstimmen der Länder …"
    {position: 'no', phrase: '(?:[Bb]ei|sowie|und)[ \\t\\n]+(?:einer[ \\t\\n]+)?Gegenstimmen?(?:[ \\t\\n]+(?:von|aus))?'},
    // "Ablehnende Stimmen: Bayern" over "Stimmenthaltungen: Sachsen, Thüringen".
    {position: 'no', phrase: '(?:[Dd]agegen|Gegenstimmen?|Nein-Stimmen?|Nein|Ablehnende[ \\t]+Stimmen?)[ \\t]*:'},
    // "2 dagegen (BY, SN)", "1 Stimme dagegen (Bayern)", "1 Ablehnung (Bayern)", "1 x Nein (HB)", "2 Nein (BY, SN)": the count,
    // then who.
    // "14 Jastimmen, 1 Neinstimme (Bayern)": the compound without its hyphen. "Mit 12 Ja-Stimmen gegen 2 Stimmen (Bayern, Sachsen)".
    {position: 'no', phrase: '(?<![\\p{L}])gegen[ \\t\\n]+(?:\\d{1,2}|eine|zwei|drei|vier|fünf|sechs)[ \\t\\n]+Stimmen?(?=[ \\t\\n]*\\()'},
    {position: 'no', phrase: '(?<![\\p{L}])(?:Nein-Stimmen?|Neinstimmen?|Gegenstimmen?|(?:Stimmen?[ \\t\\n]+)?dagegen(?<=\\d[ \\t\\n]{1,3}(?:Stimmen?[ \\t\\n]+)?dagegen)|Ablehnung(?:en)?(?<=\\d[ \\t\\n]{1,3}Ablehnung(?:en)?)|Nein(?<=\\d[ \\t]*(?:[x×][ \\t]+)?Nein))(?=[ \\t\\n]*\\()'},
    // "13 Länder stimmen dafür, Sachsen dagegen; …", "Angenommen: 13 dafür, Bayern und Sachsen dagegen, …": the verb left out after
    // the comma, the Länder before "dagegen".
    // (The comma and blank first, matched, so the regex has a first character to look for.)
    {position: 'no', phrase: ',[ \\t\\n](?<=(?:(?:stimmen|stimmt)[ \\t\\n]+(?:dafür|zu)|\\d{1,2}[ \\t\\n]+dafür),[ \\t\\n])(?=[^;.,:\\n]{1,60}?[ \\t\\n]dagegen(?![\\p{L}]))'},
    // "Ergebnis: angenommen; es stimmen dagegen: HB; es enthalten sich: SN, TH."
    {position: 'abstain', phrase: '(?<![\\p{L}])es[ \\t\\n]+(?:enthalten|enthält)[ \\t\\n]+sich[ \\t]*:'},
    // "Ergebnis: Annahme; Ablehnung durch HB; Enthaltung durch NW und SL".
    {position: 'no', phrase: '(?<![\\p{L}])Ablehnung[ \\t\\n]+durch'},
    {position: 'abstain', phrase: '(?<![\\p{L}])(?:Stimm)?[Ee]nthaltung(?:en)?[ \\t\\n]+durch'},
    // "zustimmend: 13 – ablehnend: BY, SN – Enthaltung: HE".
    // "Zustimmend: 12 Länder / Ablehnend: Bayern / Enthaltend: Sachsen, Thüringen".
    {position: 'no', phrase: '(?<![\\p{L}])[Aa]blehnend[ \\t]*:'},
    {position: 'abstain', phrase: '(?<![\\p{L}])[Ee]nthaltend[ \\t]*:'},
    // "Abstimmung: Zustimmung von 12 Ländern, Gegenstimme Berlin, Enthaltungen Hamburg und Niedersachsen."
    {position: 'no', phrase: '(?<![\\p{L}])Gegenstimmen?(?=[ \\t\\n]+\\p{Lu})'},
    {position: 'abstain', phrase: '(?<![\\p{L}])(?:Stimm)?[Ee]nthaltung(?:en)?(?=[ \\t\\n]+\\p{Lu})'},
    {position: 'yes', phrase: '(?<![\\p{L}])Zustimmung[ \\t\\n]+(?:von|signalisier(?:t|en)(?:[ \\t\\n]+nur)?)'},
    // "Mit Ausnahme von Baden-Württemberg und Hessen, die sich enthalten, stimmen alle anwesenden Länder zu."
    {position: 'abstain', phrase: '[Mm]it[ \\t\\n]+Ausnahme[ \\t\\n]+von(?=[^.;]{1,120}?,[ \\t\\n]+die[ \\t\\n]+sich[ \\t\\n]+(?:der[ \\t\\n]+Stimme[ \\t\\n]+)?enthalten)'},
    // "Dagegen stimmen Bayern und Hessen", "Gegen den Vorschlag stimmen Bayern und Hessen"
    // "Gegen den Beschluss votierten Baden-Württemberg und Bayern"
    {position: 'no', phrase: '(?:[Dd]agegen|[Gg]egen[ \\t\\n]+(?:den|die|das)[ \\t\\n]+[\\p{L}-]{2,40})[ \\t\\n]+(?:stimm|votier)(?:ten|te|en|t)'},
    // "mit den Stimmen von …", "Dafür: BW, BY …", "Für den Beschlussvorschlag stimmen Baden-Württemberg, Bremen und Saarland"
    {position: 'with', phrase: '[Mm]it[ \\t\\n]+den[ \\t\\n]+Stimmen(?:[ \\t\\n]+von)?'},
    {position: 'yes', phrase: '(?:[Dd]afür|Ja-Stimmen?|Ja)[ \\t]*:'},
    // "Zustimmung: BW, BE, HB (3); Ablehnung: BY, HE (2); Enthaltung: …": each list after its word and colon.
    {position: 'yes', phrase: '(?<![\\p{L}])Zustimmung[ \\t]*:(?=[ \\t\\n]*\\p{Lu})'},
    {position: 'no', phrase: '(?<![\\p{L}])Ablehnung[ \\t]*:(?=[ \\t\\n]*\\p{Lu})'},
    {position: 'yes', phrase: '(?<![\\p{L}])(?:Ja-Stimmen?|Jastimmen?)(?=[ \\t\\n]*\\()'},
    {position: 'yes', phrase: '(?:[Dd]afür|[Ff]ür[ \\t\\n]+(?:den|die|das)[ \\t\\n]+[\\p{L}-]{2,40})[ \\t\\n]+stimm(?:ten|te|en|t)(?:[ \\t\\n]+nur(?![\\p{L}]))?'},
    // "Den Antrag befürworten Berlin, Bremen, Hamburg und das Saarland; …": the verb first, the Länder after it.
    {position: 'yes', phrase: '(?<![\\p{L}])(?:befürworten|befürwortet|unterstützen|unterstützt)(?=[ \\t\\n]+(?:nur[ \\t\\n]+)?(?:das[ \\t\\n]+|der[ \\t\\n]+Freistaat[ \\t\\n]+)?\\p{Lu}\\p{Ll})(?:[ \\t\\n]+nur(?![\\p{L}]))?'},
    // "bei Abwesenheit von Thüringen", "ohne Beteiligung Mecklenburg-Vorpommerns"
    {position: 'absent', phrase: '(?:[Bb]ei|[Uu]nter|[Ii]n)[ \\t\\n]+Abwesenheit(?:[ \\t\\n]+von)?'},
    {position: 'absent', phrase: 'ohne[ \\t\\n]+(?:Beteiligung|Mitwirkung)(?:[ \\t\\n]+von)?'},
    // "mit 12 : 2 : 1 Stimmen bei Nichtteilnahme Bayerns an der Abstimmung angenommen"
    {position: 'absent', phrase: '(?:[Bb]ei|[Uu]nter)[ \\t\\n]+Nicht(?:teilnahme|beteiligung)(?:[ \\t\\n]+von)?'},
    {position: 'absent', phrase: '[Aa]bwesend[ \\t]*:'},
    // "Nicht anwesend: HH", "Nicht vertreten: Bremen" in a vote's lines.
    {position: 'absent', phrase: '(?<![\\p{L}])[Nn]icht[ \\t]+(?:anwesend|vertreten|beteiligt)[ \\t]*:'},
    // "Ja 12 – Nein 1 (BY) – Enthaltung 2 (HE, NI) – nicht anwesend 1 (SL)": the count, then the list in parentheses.
    {position: 'absent', phrase: '(?<![\\p{L}])(?:[Nn]icht[ \\t]+anwesend|[Aa]bwesend)(?:[ \\t]*:)?[ \\t]+\\d{1,2}(?=[ \\t\\n]*\\()'},
    // "Zustimmung: 14 Länder, Ablehnung: 1 Land (BY), Enthaltung: 1 Land (SN)": the count, then the list in parentheses.
    {position: 'no', phrase: '(?<![\\p{L}])(?:Ablehnung|Gegenstimmen?|Nein)[ \\t]*:[ \\t\\n]*\\d{1,2}[ \\t\\n]+L(?:and|änder)[ \\t\\n]*\\('},
    {position: 'abstain', phrase: '(?<![\\p{L}])(?:Stimm)?[Ee]nthaltung(?:en)?[ \\t]*:[ \\t\\n]*\\d{1,2}[ \\t\\n]+L(?:and|änder)[ \\t\\n]*\\('},
    {position: 'yes', phrase: '(?<![\\p{L}])(?:Zustimmung|Ja)[ \\t]*:[ \\t\\n]*\\d{1,2}[ \\t\\n]+L(?:and|änder)[ \\t\\n]*\\('},
    // "Ja 13 BW, BE, … Nein 1 BY Enthaltung 2 SN, ST": a vote table's rows read as one line, each count before its codes.
    {position: 'yes', phrase: '(?<![\\p{L}])Ja[ \\t]+\\d{1,2}(?=[ \\t\\n]+\\p{Lu}{2,3}(?![\\p{L}]))'},
    {position: 'no', phrase: '(?<![\\p{L}])Nein[ \\t]+\\d{1,2}(?=[ \\t\\n]+\\p{Lu}{2,3}(?![\\p{L}]))'},
    {position: 'abstain', phrase: '(?<![\\p{L}])Enthaltung(?:en)?[ \\t]+\\d{1,2}(?=[ \\t\\n]+\\p{Lu}{2,3}(?![\\p{L}]))'}
  ],
  subjectVerbs: [
    // "… mit Ausnahme Bayerns, das sich enthält", "… mit Ausnahme von Bayern und Hessen, die sich enthalten"
    // ("…, dass Bayern sich enthält" too; the phrase starts at "sich", which few words do, not at the article.)
    {position: 'abstain', phrase: 'sich[ \\t\\n]+(?:der[ \\t\\n]+Stimme[ \\t\\n]+)?(?:enthält|enthalten)(?![\\p{L}])', one: false},
    // "Sachsen enthält sich der Stimme", "Bayern und Brandenburg enthalten sich"
    {position: 'abstain', phrase: 'enthält[ \\t\\n]+sich', one: true},
    {position: 'abstain', phrase: 'enthalten[ \\t\\n]+sich', one: false},
    // "Bayern und Hessen enthielten sich": the past.
    {position: 'abstain', phrase: 'enthielt[ \\t\\n]+sich', one: true},
    {position: 'abstain', phrase: 'enthielten[ \\t\\n]+sich', one: false},
    // "Niedersachsen kann sich nicht anschließen und stimmt mit Nein", "… schließt sich der Mehrheit nicht an und stimmt mit Nein": the
    // vote said after the clause (not "… schließt sich dem Beschluss nicht an und enthält sich": an abstention, read as such).
    {position: 'no', phrase: '(?:kann[ \\t\\n]+sich[ \\t\\n]+(?:de[mnr][ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+)?nicht[ \\t\\n]+anschließen|schließt[ \\t\\n]+sich[ \\t\\n]+(?:de[mnr][ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+)?nicht[ \\t\\n]+an)[ \\t\\n]+und[ \\t\\n]+stimmt[ \\t\\n]+(?:mit[ \\t\\n]+Nein|dagegen)(?![\\p{L}])', one: true},
    {position: 'no', phrase: '(?:können[ \\t\\n]+sich[ \\t\\n]+(?:de[mnr][ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+)?nicht[ \\t\\n]+anschließen|schließen[ \\t\\n]+sich[ \\t\\n]+(?:de[mnr][ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+)?nicht[ \\t\\n]+an)[ \\t\\n]+und[ \\t\\n]+stimmen[ \\t\\n]+(?:mit[ \\t\\n]+Nein|dagegen)(?![\\p{L}])', one: false},
    // "Bayern stimmt mit Nein", "… stimmen mit Nein", "Bayern stimmt als einziges Land mit Nein"
    {position: 'no', phrase: 'stimmt[ \\t\\n]+(?:als[ \\t\\n]+einziges[ \\t\\n]+Land[ \\t\\n]+)?mit[ \\t\\n]+Nein', one: true},
    {position: 'no', phrase: 'stimmen[ \\t\\n]+mit[ \\t\\n]+Nein', one: false},
    // "Bayern spricht sich gegen den Beschluss aus": against it.
    {position: 'no', phrase: 'spricht[ \\t\\n]+sich[ \\t\\n]+gegen[ \\t\\n]+(?:den|die|das|diesen|diese)[ \\t\\n]+(?:Beschluss|Beschlussvorschlag|Antrag|Vorschlag|Vorlage)[ \\t\\n]+aus(?![\\p{L}])', one: true},
    {position: 'no', phrase: 'sprechen[ \\t\\n]+sich[ \\t\\n]+gegen[ \\t\\n]+(?:den|die|das|diesen|diese)[ \\t\\n]+(?:Beschluss|Beschlussvorschlag|Antrag|Vorschlag|Vorlage)[ \\t\\n]+aus(?![\\p{L}])', one: false},
    // "Thüringen hat mit Nein gestimmt", "… haben dagegen gestimmt": the perfect.
    {position: 'no', phrase: 'hat[ \\t\\n]+(?:mit[ \\t\\n]+Nein|dagegen)[ \\t\\n]+gestimmt', one: true},
    {position: 'no', phrase: 'haben[ \\t\\n]+(?:mit[ \\t\\n]+Nein|dagegen)[ \\t\\n]+gestimmt', one: false},
    // "Mit Ausnahme von Thüringen, das dagegen stimmt, stimmen alle Länder zu": verb last in a relative clause.
    {position: 'no', phrase: 'dagegen[ \\t\\n]+stimmt(?![\\p{L}])', one: true},
    {position: 'no', phrase: 'dagegen[ \\t\\n]+stimmen(?![\\p{L}])(?![ \\t\\n]+(?:alle|die|\\d))', one: false},
    // "Hessen stimmt dagegen", "Der Freistaat Bayern stimmt gegen den Beschlussvorschlag"
    {position: 'no', phrase: 'stimmt[ \\t\\n]+(?:dagegen|gegen(?=[ \\t\\n]+(?:den|die|das)(?![\\p{L}])))', one: true},
    {position: 'no', phrase: 'stimmen[ \\t\\n]+(?:dagegen|gegen(?=[ \\t\\n]+(?:den|die|das)(?![\\p{L}])))', one: false},
    // "Bayern versagt dem Beschlussvorschlag seine Zustimmung", "Berlin und Bremen versagen dem Beschluss die Zustimmung", "Bayern
    // verwehrt dem Beschluss die Zustimmung": refuses its assent, votes no.
    {position: 'no', phrase: '(?:versagt|verwehrt)[ \\t\\n]+(?:(?:dem|der|den)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+)?(?:seine|ihre|die)[ \\t\\n]+Zustimmung(?![\\p{L}])', one: true},
    {position: 'no', phrase: '(?:versagen|verwehren)[ \\t\\n]+(?:(?:dem|der|den)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+)?(?:seine|ihre|die)[ \\t\\n]+Zustimmung(?![\\p{L}])', one: false},
    // "Berlin und Bayern verweigern ihre Zustimmung", "Hessen hat die Zustimmung verweigert": the same.
    {position: 'no', phrase: 'verweigert[ \\t\\n]+(?:(?:dem|der|den)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+)?(?:seine|ihre|die)[ \\t\\n]+Zustimmung(?![\\p{L}])', one: true},
    {position: 'no', phrase: 'verweigern[ \\t\\n]+(?:(?:dem|der|den)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+)?(?:seine|ihre|die)[ \\t\\n]+Zustimmung(?![\\p{L}])', one: false},
    {position: 'no', phrase: 'hat[ \\t\\n]+(?:(?:dem|der|den)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+)?(?:seine|ihre|die)[ \\t\\n]+Zustimmung[ \\t\\n]+(?:verweigert|versagt)(?![\\p{L}])', one: true},
    {position: 'no', phrase: 'haben[ \\t\\n]+(?:(?:dem|der|den)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+)?(?:seine|ihre|die)[ \\t\\n]+Zustimmung[ \\t\\n]+(?:verweigert|versagt)(?![\\p{L}])', one: false},
    // "Bayern und Hessen haben dagegen votiert", "Sachsen hat dagegen gestimmt": the perfect.
    {position: 'no', phrase: 'hat[ \\t\\n]+dagegen[ \\t\\n]+(?:gestimmt|votiert)(?![\\p{L}])', one: true},
    {position: 'no', phrase: 'haben[ \\t\\n]+dagegen[ \\t\\n]+(?:gestimmt|votiert)(?![\\p{L}])', one: false},
    // "Bayern unterstützt den Beschluss nicht; …": not supporting a decision is voting against it.
    {position: 'no', phrase: 'unterstützt[ \\t\\n]+(?:ihn|sie|es|(?:den|die|das|diesen|diese)[ \\t\\n]+[\\p{L}-]{1,40})[ \\t\\n]+nicht(?![\\p{L}])', one: true},
    {position: 'no', phrase: 'unterstützen[ \\t\\n]+(?:ihn|sie|es|(?:den|die|das|diesen|diese)[ \\t\\n]+[\\p{L}-]{1,40})[ \\t\\n]+nicht(?![\\p{L}])', one: false},
    // "Sachsen vermag dem Beschlussvorschlag nicht zuzustimmen": the same said with "vermögen".
    {position: 'no', phrase: 'vermag[ \\t\\n]+(?:(?:dem|der|den)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+)?nicht[ \\t\\n]+zuzustimmen(?![\\p{L}])(?!,?[ \\t\\n]+und[ \\t\\n]+enthält)', one: true},
    {position: 'no', phrase: 'vermögen[ \\t\\n]+(?:(?:dem|der|den)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+)?nicht[ \\t\\n]+zuzustimmen(?![\\p{L}])(?!,?[ \\t\\n]+und[ \\t\\n]+enthalten)', one: false},
    // "Bayern sieht sich nicht in der Lage, dem Beschluss zuzustimmen" (not "… außerstande zuzustimmen und enthält sich": an abstention).
    // "Bayern und Hessen sehen sich nicht in der Lage, dem Beschluss zuzustimmen, und enthalten sich der Stimme": an abstention.
    {position: 'no', phrase: `sieht[ \\t\\n]+sich[ \\t\\n]+${CANNOT_AGREE}(?![\\p{L}])(?!,?[ \\t\\n]+und[ \\t\\n]+enthält)`, one: true},
    {position: 'no', phrase: `sehen[ \\t\\n]+sich[ \\t\\n]+${CANNOT_AGREE}(?![\\p{L}])(?!,?[ \\t\\n]+und[ \\t\\n]+enthalten)`, one: false},
    {position: 'abstain', phrase: `sieht[ \\t\\n]+sich[ \\t\\n]+${CANNOT_AGREE},?[ \\t\\n]+und[ \\t\\n]+enthält[ \\t\\n]+sich`, one: true},
    {position: 'abstain', phrase: `sehen[ \\t\\n]+sich[ \\t\\n]+${CANNOT_AGREE},?[ \\t\\n]+und[ \\t\\n]+enthalten[ \\t\\n]+sich`, one: false},
    // "Hessen übt Enthaltung", "Sachsen-Anhalt erklärt seine Enthaltung", "Hessen sieht von einer Stimmabgabe ab": abstentions said otherwise.
    {position: 'abstain', phrase: 'übt[ \\t\\n]+(?:Stimm)?[Ee]nthaltung(?![\\p{L}])', one: true},
    {position: 'abstain', phrase: 'üben[ \\t\\n]+(?:Stimm)?[Ee]nthaltung(?![\\p{L}])', one: false},
    {position: 'abstain', phrase: 'erklärt[ \\t\\n]+(?:seine|ihre)[ \\t\\n]+(?:Stimm)?[Ee]nthaltung(?![\\p{L}])', one: true},
    {position: 'abstain', phrase: 'erklären[ \\t\\n]+(?:seine|ihre)[ \\t\\n]+(?:Stimm)?[Ee]nthaltung(?![\\p{L}])', one: false},
    {position: 'abstain', phrase: 'sieht[ \\t\\n]+von[ \\t\\n]+(?:einer|der|seiner|ihrer)[ \\t\\n]+Stimmabgabe[ \\t\\n]+ab(?![\\p{L}])', one: true},
    {position: 'abstain', phrase: 'sehen[ \\t\\n]+von[ \\t\\n]+(?:einer|der|ihrer)[ \\t\\n]+Stimmabgabe[ \\t\\n]+ab(?![\\p{L}])', one: false},
    // "Brandenburg verzichtet auf eine Stimmabgabe", "Thüringen macht von seinem Stimmrecht keinen Gebrauch": present, no vote cast.
    {position: 'abstain', phrase: 'verzichtet[ \\t\\n]+auf[ \\t\\n]+(?:eine|die|seine|ihre)[ \\t\\n]+Stimmabgabe(?![\\p{L}])', one: true},
    {position: 'abstain', phrase: 'verzichten[ \\t\\n]+auf[ \\t\\n]+(?:eine|die|ihre)[ \\t\\n]+Stimmabgabe(?![\\p{L}])', one: false},
    {position: 'abstain', phrase: 'macht[ \\t\\n]+von[ \\t\\n]+(?:seinem|ihrem)[ \\t\\n]+Stimmrecht[ \\t\\n]+keinen[ \\t\\n]+Gebrauch(?![\\p{L}])', one: true},
    {position: 'abstain', phrase: 'machen[ \\t\\n]+von[ \\t\\n]+ihrem[ \\t\\n]+Stimmrecht[ \\t\\n]+keinen[ \\t\\n]+Gebrauch(?![\\p{L}])', one: false},
    // "Sachsen spricht sich dagegen aus, Bayern enthält sich"
    {position: 'no', phrase: 'spricht[ \\t\\n]+sich[ \\t\\n]+dagegen[ \\t\\n]+aus(?![\\p{L}])', one: true},
    {position: 'no', phrase: 'sprechen[ \\t\\n]+sich[ \\t\\n]+dagegen[ \\t\\n]+aus(?![\\p{L}])', one: false},
    // "Bayern und das Saarland votieren gegen den Beschlussvorschlag"
    {position: 'no', phrase: 'votiert[ \\t\\n]+(?:dagegen|gegen(?=[ \\t\\n]+(?:den|die|das)(?![\\p{L}])))', one: true},
    {position: 'no', phrase: 'votieren[ \\t\\n]+(?:dagegen|gegen(?=[ \\t\\n]+(?:den|die|das)(?![\\p{L}])))', one: false},
    // "Sachsen stimmt nicht zu", "Sachsen stimmt dem Beschlussvorschlag nicht zu", "Hessen stimmt dem nicht zu", "Bayern lehnt den Antrag
    // ab", "Bayern stimmt nicht mit"
    {position: 'no', phrase: 'stimmt[ \\t\\n]+(?:(?:dem|der|den)[ \\t\\n]+(?:[\\p{L}-]{1,40}[ \\t\\n]+)?)?nicht[ \\t\\n]+(?:zu|mit(?![\\p{L}])(?![ \\t\\n]+(?:Ja|Nein)(?![\\p{L}])))', one: true},
    {position: 'no', phrase: 'stimmen[ \\t\\n]+(?:(?:dem|der|den)[ \\t\\n]+(?:[\\p{L}-]{1,40}[ \\t\\n]+)?)?nicht[ \\t\\n]+(?:zu|mit(?![\\p{L}])(?![ \\t\\n]+(?:Ja|Nein)(?![\\p{L}])))', one: false},
    // "Die Länder Bayern und Baden-Württemberg tragen den Beschluss nicht mit", "Hessen trägt ihn nicht mit": not carrying
    // a decision is voting against it.
    {position: 'no', phrase: 'trägt[ \\t\\n]+(?:(?:ihn|sie|es|(?:den|die|das|diesen|diese)[ \\t\\n]+[\\p{L}-]{1,40})[ \\t\\n]+)?nicht[ \\t\\n]+mit(?![\\p{L}])', one: true},
    {position: 'no', phrase: 'tragen[ \\t\\n]+(?:(?:ihn|sie|es|(?:den|die|das|diesen|diese)[ \\t\\n]+[\\p{L}-]{1,40})[ \\t\\n]+)?nicht[ \\t\\n]+mit(?![\\p{L}])', one: false},
    // "Die Länder Bremen und Hamburg geben ihre Stimme zu Protokoll: Ablehnung.": a vote given on record.
    {position: 'no', phrase: '(?:gibt|geben)[ \\t\\n]+(?:ihre|seine)[ \\t\\n]+Stimmen?[ \\t\\n]+zu[ \\t\\n]+Protokoll[ \\t]*:[ \\t\\n]*(?:Ablehnung|Nein|dagegen)(?![\\p{L}])', one: false},
    {position: 'abstain', phrase: '(?:gibt|geben)[ \\t\\n]+(?:ihre|seine)[ \\t\\n]+Stimmen?[ \\t\\n]+zu[ \\t\\n]+Protokoll[ \\t]*:[ \\t\\n]*Enthaltung(?![\\p{L}])', one: false},
    // "Niedersachsen hat sich der Stimme enthalten"
    {position: 'abstain', phrase: 'hat[ \\t\\n]+sich[ \\t\\n]+(?:der[ \\t\\n]+Stimme[ \\t\\n]+)?enthalten(?![\\p{L}])', one: true},
    {position: 'abstain', phrase: 'haben[ \\t\\n]+sich[ \\t\\n]+(?:der[ \\t\\n]+Stimme[ \\t\\n]+)?enthalten(?![\\p{L}])', one: false},
    // "Bayern lehnt den Antrag ab", "die Länder Bayern, Hessen und Sachsen lehnen ihn ab"
    {position: 'no', phrase: 'lehnt[ \\t\\n]+(?:ihn|sie|es|(?:den|die|das)[ \\t\\n]+[\\p{L}-]{1,40})[ \\t\\n]+ab(?![\\p{L}])', one: true},
    {position: 'no', phrase: 'lehnen[ \\t\\n]+(?:ihn|sie|es|(?:den|die|das)[ \\t\\n]+[\\p{L}-]{1,40})[ \\t\\n]+ab(?![\\p{L}])', one: false},
    // "das Saarland hat schriftlich zugestimmt"
    {position: 'yes', phrase: 'hat[ \\t\\n]+(?:vorab[ \\t\\n]+)?(?:schriftlich[ \\t\\n]+)?zugestimmt(?![\\p{L}])', one: true},
    // "Nordrhein-Westfalen stimmt dafür", "… stimmt dem Beschlussvorschlag zu", "Brandenburg, Berlin und Hamburg stimmen zu, die übrigen
    // … lehnen ab", "Nur das Saarland, Rheinland-Pfalz und Berlin stimmen zu".
    {position: 'yes', phrase: 'stimmt[ \\t\\n]+(?:dafür|(?:(?:dem|der)[ \\t\\n]+[\\p{L}-]{1,40}[ \\t\\n]+)?zu(?![\\p{L}]))', one: true},
    {position: 'yes', phrase: 'stimmen[ \\t\\n]+(?:dafür|(?:(?:dem|der)[ \\t\\n]+[\\p{L}-]{1,40}[ \\t\\n]+)?zu(?![\\p{L}]))', one: false},
    // "(BB noch nicht anwesend, SN entschuldigt)", "Hamburg ist nicht mehr anwesend", "Sachsen-Anhalt war bei der Abstimmung nicht
    // mehr anwesend": not there for this vote.
    {position: 'absent', phrase: '(?:(?:ist|sind|war|waren)[ \\t\\n]+)?(?:(?:zu[ \\t\\n]+diesem[ \\t\\n]+Zeitpunkt|bei[ \\t\\n]+der[ \\t\\n]+Abstimmung)[ \\t\\n]+)?(?:noch[ \\t\\n]+nicht|nicht[ \\t\\n]+mehr)[ \\t\\n]+anwesend', one: false},
    // "Hamburg ist zu diesem Zeitpunkt noch nicht vertreten", "Bayern und Hessen sind nicht mehr vertreten": not there for this vote.
    {position: 'absent', phrase: 'ist[ \\t\\n]+(?:zu[ \\t\\n]+diesem[ \\t\\n]+Zeitpunkt[ \\t\\n]+|bei[ \\t\\n]+der[ \\t\\n]+Abstimmung[ \\t\\n]+)?(?:noch[ \\t\\n]+nicht|nicht[ \\t\\n]+mehr)[ \\t\\n]+vertreten(?![\\p{L}])', one: true},
    {position: 'absent', phrase: 'sind[ \\t\\n]+(?:zu[ \\t\\n]+diesem[ \\t\\n]+Zeitpunkt[ \\t\\n]+|bei[ \\t\\n]+der[ \\t\\n]+Abstimmung[ \\t\\n]+)?(?:noch[ \\t\\n]+nicht|nicht[ \\t\\n]+mehr)[ \\t\\n]+vertreten(?![\\p{L}])', one: false},
    // "Hamburg ist bei der Abstimmung nicht im Raum": not there for this vote.
    {position: 'absent', phrase: 'ist[ \\t\\n]+(?:zu[ \\t\\n]+diesem[ \\t\\n]+Zeitpunkt[ \\t\\n]+|bei[ \\t\\n]+der[ \\t\\n]+Abstimmung[ \\t\\n]+)?nicht[ \\t\\n]+(?:im|in[ \\t\\n]+dem)[ \\t\\n]+(?:Raum|Saal|Sitzungssaal)(?![\\p{L}])', one: true},
    {position: 'absent', phrase: 'sind[ \\t\\n]+(?:zu[ \\t\\n]+diesem[ \\t\\n]+Zeitpunkt[ \\t\\n]+|bei[ \\t\\n]+der[ \\t\\n]+Abstimmung[ \\t\\n]+)?nicht[ \\t\\n]+(?:im|in[ \\t\\n]+dem)[ \\t\\n]+(?:Raum|Saal|Sitzungssaal)(?![\\p{L}])', one: false},
    // "für das Saarland liegt zu diesem Tagesordnungspunkt keine Stimme vor": no vote given in writing for this one.
    {position: 'absent', phrase: 'liegt[ \\t\\n]+(?:zu[ \\t\\n]+diesem[ \\t\\n]+(?:Tagesordnungspunkt|TOP|Punkt)[ \\t\\n]+)?keine[ \\t\\n]+Stimme[ \\t\\n]+vor(?![\\p{L}])', one: true},
    // "Thüringen nimmt an der Abstimmung nicht teil", "Hamburg ist an der Abstimmung nicht mehr beteiligt"
    {position: 'absent', phrase: 'nimmt[ \\t\\n]+an[ \\t\\n]+der[ \\t\\n]+Abstimmung[ \\t\\n]+nicht[ \\t\\n]+teil', one: true},
    {position: 'absent', phrase: 'nehmen[ \\t\\n]+an[ \\t\\n]+der[ \\t\\n]+Abstimmung[ \\t\\n]+nicht[ \\t\\n]+teil', one: false},
    {position: 'absent', phrase: 'ist[ \\t\\n]+an[ \\t\\n]+der[ \\t\\n]+Abstimmung[ \\t\\n]+nicht(?:[ \\t\\n]+mehr)?[ \\t\\n]+beteiligt', one: true},
    {position: 'absent', phrase: 'sind[ \\t\\n]+an[ \\t\\n]+der[ \\t\\n]+Abstimmung[ \\t\\n]+nicht(?:[ \\t\\n]+mehr)?[ \\t\\n]+beteiligt', one: false},
    // "… außer Bayern (Ablehnung) und Sachsen (Enthaltung)": each Land's position in parentheses after it; "Bayern (Nein),
    // Baden-Württemberg und Sachsen (Enthaltung)": after a list joined by "und", for the list.
    {position: 'no', phrase: '\\((?:Ablehnung|Gegenstimme|Nein-Stimme|Nein|dagegen)\\)', one: false},
    {position: 'abstain', phrase: '\\((?:Stimm)?[Ee]nthaltung\\)', one: false}
  ],
  rest: [
    // "Die übrigen anwesenden Länder stimmen dagegen.", "Alle übrigen Länder stimmen zu.", "alle anderen Länder stimmten zu"
    {position: 'no', phrase: '(?:[Üü]brigen|[Aa]nderen)(?:[ \\t\\n]+anwesenden)?[ \\t\\n]+Länder[ \\t\\n]+stimm(?:en|ten)[ \\t\\n]+(?:dagegen|nicht[ \\t\\n]+zu)'},
    {position: 'yes', phrase: '(?:[Üü]brigen|[Aa]nderen)(?:[ \\t\\n]+anwesenden)?[ \\t\\n]+Länder[ \\t\\n]+stimm(?:en|ten)[ \\t\\n]+(?:(?:dem|der|den)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+)?(?:dafür|zu)'},
    {position: 'abstain', phrase: '(?:[Üü]brigen|[Aa]nderen)(?:[ \\t\\n]+anwesenden)?[ \\t\\n]+Länder[ \\t\\n]+enthalten[ \\t\\n]+sich'},
    // "…, die übrigen anwesenden Länder lehnen ab", "die übrigen Länder lehnen ihn ab", "die übrigen zehn anwesenden Länder dagegen".
    {position: 'no', phrase: '(?:[Üü]brigen|[Aa]nderen)(?:[ \\t\\n]+anwesenden)?[ \\t\\n]+Länder[ \\t\\n]+lehnen[ \\t\\n]+(?:(?:ihn|sie|es|(?:den|die|das)[ \\t\\n]+[\\p{L}-]{2,40})[ \\t\\n]+)?ab(?![\\p{L}])'},
    {position: 'no', phrase: '(?:[Üü]brigen|[Aa]nderen)(?:[ \\t\\n]+(?:\\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn))?(?:[ \\t\\n]+anwesenden)?[ \\t\\n]+Länder[ \\t\\n]+dagegen(?![\\p{L}])'},
    // "die übrigen Länder votieren mit Nein"
    {position: 'no', phrase: '(?:[Üü]brigen|[Aa]nderen)(?:[ \\t\\n]+anwesenden)?[ \\t\\n]+Länder[ \\t\\n]+(?:votier(?:en|ten)|stimm(?:en|ten))[ \\t\\n]+mit[ \\t\\n]+Nein'},
    {position: 'yes', phrase: '(?:[Üü]brigen|[Aa]nderen)(?:[ \\t\\n]+anwesenden)?[ \\t\\n]+Länder[ \\t\\n]+(?:votier(?:en|ten)|stimm(?:en|ten))[ \\t\\n]+mit[ \\t\\n]+Ja'},
    // "… stimmen alle anwesenden Länder zu", "alle übrigen Länder stimmen dagegen" (verb first or last)
    {position: 'yes', phrase: 'stimmen[ \\t\\n]+alle[ \\t\\n]+(?:übrigen[ \\t\\n]+)?(?:anwesenden[ \\t\\n]+)?Länder[ \\t\\n]+(?:zu|dafür)(?![\\p{L}])'},
    {position: 'no', phrase: 'stimmen[ \\t\\n]+alle[ \\t\\n]+(?:übrigen[ \\t\\n]+)?(?:anwesenden[ \\t\\n]+)?Länder[ \\t\\n]+(?:dagegen|nicht[ \\t\\n]+zu)'},
    // "Zustimmung aller anwesenden Länder mit Ausnahme Bayerns, das sich enthält."
    {position: 'yes', phrase: '(?:Zustimmung|Stimmen)[ \\t\\n]+aller[ \\t\\n]+(?:anwesenden[ \\t\\n]+|übrigen[ \\t\\n]+)?Länder[ \\t\\n]+(?:mit[ \\t\\n]+Ausnahme|außer)(?![\\p{L}])'},
    // "Bayern stimmt dagegen; im Übrigen Zustimmung.", "…; im Übrigen wird der Beschlussvorschlag angenommen."
    {position: 'yes', phrase: '[Ii]m[ \\t\\n]+Übrigen[ \\t\\n]+(?:Zustimmung|wird[ \\t\\n]+(?:der|die|das)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+angenommen)'}
  ],
  outcomes: [
    // "Der Antrag wird abschlägig beschieden: …", "Der Antrag wird verworfen: …"
    {outcome: 'rejected', phrase: '(?:abgelehnt|abschlägig[ \\t\\n]+beschieden|verworfen)'},
    // "Die Antragsteller erklären, dass der Vorschlag … nicht weiter verfolgt wird.", "Der Antrag wird nicht weiterverfolgt."
    {outcome: 'withdrawn', phrase: '(?:zurückgezogen|zurückgenommen|nicht[ \\t\\n]+weiter[ \\t\\n]*verfolgt)'},
    // "Die Beratung wird in der 47. Sitzung fortgesetzt." (not "Die Sitzung wird um 13.30 Uhr fortgesetzt.")
    // "… wird in die nächste Sitzung übertragen.", "Die Beschlussfassung wird ausgesetzt, bis …", "… wird zur 504. Sitzung wiedervorgelegt."
    // "Der Punkt wird in die 800. Sitzung mitgenommen.", "Der Punkt wird nicht abschließend beraten; …"
    // "… der Punkt wird in der 866. Sitzung nochmals aufgerufen.", "Die Beratung bleibt der nächsten Sitzung vorbehalten.", "Die Befassung ruht
    // bis zur 886. Sitzung.", "Die Beratung wird in der Folgesitzung fortgesetzt.", "… wird den Punkt zur 940. Sitzung erneut anmelden.",
    // "Die Beschlussfassung ruht, bis das Gutachten … vorliegt.", "… wird der Antrag zur weiteren Prüfung an die Geschäftsstelle verwiesen"
    {outcome: 'deferred', phrase: '(?:vertagt|zurückgestellt|verschoben|ausgesetzt|wiedervorgelegt|(?:in|auf)[ \\t\\n]+(?:der|die)[ \\t\\n]+(?:(?:nächsten|\\d{1,3}\\.)[ \\t\\n]+Sitzung|Folgesitzung)[ \\t\\n]+fortgesetzt|(?:in|auf)[ \\t\\n]+die[ \\t\\n]+(?:(?:nächste|\\d{1,3}\\.)[ \\t\\n]+Sitzung|Folgesitzung)[ \\t\\n]+(?:übertragen|übernommen|mitgenommen|verlegt|verwiesen)|nicht[ \\t\\n]+abschließend[ \\t\\n]+(?:beraten|behandelt|erörtert)|(?:Punkt|Tagesordnungspunkt|Thema)[ \\t\\n]+wird[ \\t\\n]+in[ \\t\\n]+der[ \\t\\n]+(?:(?:nächsten|\\d{1,3}\\.)[ \\t\\n]+Sitzung|Folgesitzung)[ \\t\\n]+(?:erneut|nochmals|wieder)[ \\t\\n]+(?:aufgerufen|beraten|behandelt)|(?:Beratung|Befassung|Beschlussfassung)[ \\t\\n]+(?:bleibt[ \\t\\n]+der[ \\t\\n]+(?:(?:nächsten|\\d{1,3}\\.)[ \\t\\n]+Sitzung|Folgesitzung)[ \\t\\n]+vorbehalten|ruht[ \\t\\n]+bis[ \\t\\n]+zur[ \\t\\n]+(?:(?:nächsten|\\d{1,3}\\.)[ \\t\\n]+Sitzung|Folgesitzung)|ruht,[ \\t\\n]+bis(?![\\p{L}]))|(?:zur|zu[ \\t\\n]+der|für[ \\t\\n]+die)[ \\t\\n]+(?:(?:nächsten|nächste|\\d{1,3}\\.)[ \\t\\n]+Sitzung|Folgesitzung)[ \\t\\n]+(?:erneut|wieder|neu)[ \\t\\n]+(?:anmelden|angemeldet)|an[ \\t\\n]+(?:die|den)[ \\t\\n]+(?:Arbeitsgruppe|Geschäftsstelle|Arbeitskreis|Fachausschuss|Ausschuss)[ \\t\\n]+(?:zurück)?verwiesen)'},
    // "Der Bericht wird zur Kenntnis gegeben.": put before the conference, which takes note.
    {outcome: 'noted', phrase: '(?:zustimmend[ \\t\\n]+)?zur[ \\t\\n]+Kenntnis[ \\t\\n]+(?:genommen|gegeben)'},
    // "Der Beschluss ergeht bei Enthaltung …", "ist … zustande gekommen" (a written procedure), "Der Beschlussvorschlag wird konsentiert."
    // "Staatssekretärin Dr. Quast und Staatsrat Brünjes werden einstimmig gewählt": an election is adopted.
    // "Der Beschluss wird von sämtlichen Ländern getragen.", "Der Prüfauftrag wird einstimmig für erledigt erklärt."
    // "Das Protokoll der 961. Sitzung wird einvernehmlich festgestellt." (a subject of the list: not "Die Tagesordnung wird festgestellt").
    {outcome: 'adopted', phrase: '(?:angenommen|beschlossen|gefasst|verabschiedet|gebilligt|genehmigt|bestätigt|festgestellt|gewählt|konsentiert|ergeht|ergangen|zustande[ \\t\\n]+gekommen|Ländern[ \\t\\n]+(?:mit)?getragen|für[ \\t\\n]+erledigt[ \\t\\n]+erklärt|(?:findet|fand)[ \\t\\n]+(?:die[ \\t\\n]+)?(?:(?:einstimmige|einhellige|ungeteilte)[ \\t\\n]+)?Zustimmung)'}
  ],
  separable: [
    // "Hamburg zieht den Antrag zurück", "Die Antragsteller ziehen den Beschlussvorschlag zurück"
    {outcome: 'withdrawn', verb: 'zieh(?:t|en)', particle: 'zurück'},
    // "Die DMK stellt den Beschlussvorschlag zurück"
    {outcome: 'deferred', verb: 'stell(?:t|en)', particle: 'zurück'},
    // "Die DMK nimmt den Bericht (zustimmend) zur Kenntnis", "… nimmt vom Sachstandsbericht zustimmend Kenntnis"
    {outcome: 'noted', verb: '(?:nimmt|nehmen)', particle: 'zur[ \\t\\n]+Kenntnis'},
    {outcome: 'noted', verb: '(?:nimmt|nehmen)[ \\t\\n]+(?:von|vom)', particle: '(?:zustimmend[ \\t\\n]+)?Kenntnis'},
    // "Die DMK nimmt den Bericht mit Dank entgegen."
    {outcome: 'noted', verb: '(?:nimmt|nehmen)[ \\t\\n]+(?:den|die|das)[ \\t\\n]+(?:[\\p{L}-]+[ \\t\\n]+){0,2}?(?:Bericht|Sachstand|Sachstandsbericht|Zwischenbericht|Abschlussbericht|Vortrag)', particle: '(?:mit[ \\t\\n]+Dank[ \\t\\n]+)?entgegen'},
    // "… nimmt Nordrhein-Westfalen den Antrag zurück"
    {outcome: 'withdrawn', verb: '(?:nimmt|nehmen)', particle: 'zurück'},
    // "Schleswig-Holstein hat den Antrag vor der Sitzung zurückgezogen; …"
    {outcome: 'withdrawn', verb: '(?:hat|haben)', particle: '(?:zurückgezogen|zurückgenommen)'},
    // "Die DMK hat Kenntnis genommen.", "… hat vom Bericht Kenntnis genommen."
    {outcome: 'noted', verb: '(?:hat|haben)', particle: 'Kenntnis[ \\t\\n]+genommen'},
    // "Der Vorsitzende stellt die Annahme des Beschlusses fest."
    {outcome: 'adopted', verb: 'stell(?:t|en)[ \\t\\n]+(?:die|deren|dessen)[ \\t\\n]+Annahme', particle: 'fest'},
    // "Auf Bitte Hamburgs verschiebt die Vorsitzende den Punkt auf die 907. Sitzung."
    {outcome: 'deferred', verb: 'verschieb(?:t|en)', particle: 'auf[ \\t\\n]+die[ \\t\\n]+(?:nächste|\\d{1,3}[.·])[ \\t\\n]+Sitzung'},
    // "Die DMK verweist die Angelegenheit in die 937. Sitzung."
    {outcome: 'deferred', verb: 'verweis(?:t|en)', particle: '(?:in|an|auf)[ \\t\\n]+die[ \\t\\n]+(?:nächste|\\d{1,3}[.·])[ \\t\\n]+Sitzung'},
    // "Die DMK stellt den Wirtschaftsplan der Geschäftsstelle für das Jahr 2461 einstimmig fest": the plan adopted.
    {outcome: 'adopted', verb: 'stell(?:t|en)[ \\t\\n]+(?:den|die|das)[ \\t\\n]+(?:Wirtschaftsplan|Haushaltsplan|Stellenplan|Jahresabschluss|Jahresrechnung)(?![\\p{L}])', particle: 'fest'},
    // "Der Beschluss kommt gegen die Stimme des Freistaats Bayern zustande."
    // "Der Beschluss über die Genehmigung der Niederschrift kommt einstimmig zustande.": words between the subject and its verb.
    {outcome: 'adopted', verb: '(?:(?:Der|Die|Das)[ \\t\\n]+(?:Beschluss|Beschlussvorschlag|Antrag|Vorschlag)(?:[ \\t\\n]+(?:über|zu|zur|zum)(?:[ \\t\\n]+(?!kommt|kommen)[^ \\t\\n.;,]+){1,8})?[ \\t\\n]+)(?:kommt|kommen)(?![ \\t\\n]+nicht(?![\\p{L}]))', particle: 'zustande'}
  ],
  failed: [
    // "erreicht nicht die nach der Geschäftsordnung erforderliche Mehrheit", "findet keine Mehrheit"
    // "findet mit 6/7/2/1 Stimmen nicht die erforderliche Mehrheit": the count between.
    // "… und erreicht damit nicht die erforderliche Mehrheit von 13 Stimmen".
    '(?:erreicht|erreichen|findet|finden|erhält|erhalten)[ \\t\\n]+(?:mit[ \\t\\n]+[\\d/:]{3,12}[ \\t\\n]+Stimmen[ \\t\\n]+)?(?:(?:damit|somit|jedoch)[ \\t\\n]+)?(?:nicht[ \\t\\n]+die|keine)[^.]{0,80}?Mehrheit',
    'Mehrheit[^.;]{0,40}?nicht[ \\t\\n]+erreicht', '(?:findet|fand)(?![\\p{L}])[^.;]{0,80}?(?<![\\p{L}])keine[ \\t\\n]+Mehrheit',
    // "Der Antrag verfehlt die nach der Geschäftsordnung erforderliche Mehrheit"
    // "Der Beschlussvorschlag verfehlt mit neun Ja-Stimmen (…) bei sechs Enthaltungen (…) die erforderliche Mehrheit"
    'verfehl(?:ten|te|en|t)[ \\t\\n]+(?:mit[ \\t\\n][^.;]{0,200}?[ \\t\\n])?die[^.]{0,80}?Mehrheit',
    // "Damit ist der Beschlussvorschlag gescheitert."
    '(?:Beschlussvorschlag|Antrag|Vorschlag)[ \\t\\n]+(?:ist[ \\t\\n]+)?(?:damit[ \\t\\n]+)?gescheitert(?![\\p{L}])',
    // "Dem Antrag wird nicht entsprochen.", "…; er gilt als abgelehnt.": refused.
    '^Dem[ \\t\\n]+(?:Antrag|Vorschlag|Beschlussvorschlag|Beschlussantrag)[ \\t\\n]+(?:wird|wurde)[ \\t\\n]+nicht[ \\t\\n]+(?:entsprochen|stattgegeben)(?![\\p{L}])',
    '(?:gilt|gelten)[ \\t\\n]+(?:damit[ \\t\\n]+|somit[ \\t\\n]+)?als[ \\t\\n]+abgelehnt(?![\\p{L}])',
    // "Der Beschluss kommt nicht zustande."
    '(?:kommt|kommen)[ \\t\\n]+nicht[ \\t\\n]+zustande',
    // "Der Antrag erhält die erforderliche Mehrheit nicht (7:8:1)."
    '(?:erreicht|erreichen|erhält|erhalten|findet|finden)[ \\t\\n]+die[ \\t\\n](?:[^.]{0,80}?[ \\t\\n])?Mehrheit[ \\t\\n]+nicht(?![\\p{L}])'
  ],
  terse: [
    // "Einstimmig beschlossen.", "Angenommen bei …", "Einstimmige Annahme.", "Kenntnisnahme.", "Vertagt."
    // "Ohne Aussprache einstimmig angenommen.", "Abstimmungsergebnis: einstimmig.", "Einstimmig genehmigt (Bremen nicht vertreten)."
    // "Abstimmung   Einstimmig angenommen (15 : 0 : 0; …)": a margin column's label before it.
    // "Abstimmung: angenommen.", "Votum: angenommen.", "Beratungsergebnis: mit Stimmenmehrheit angenommen."
    {outcome: 'adopted', phrase: '^(?:(?:' + RESULT_LABEL + ')(?:[ \\t]*:)?[ \\t\\n]+)?(?:(?:Ohne|Nach(?:[ \\t\\n]+kurzer)?)[ \\t\\n]+(?:Aussprache|Diskussion|Beratung)[ \\t\\n]+)?(?:(?:[Ee]instimmig|[Mm]ehrheitlich|[Ee]inhellig|[Ee]invernehmlich|mit[ \\t\\n]+(?:Stimmen)?[Mm]ehrheit)[ \\t\\n]+)?(?:so[ \\t\\n]+)?(?:[Bb]eschlossen|[Aa]ngenommen|[Gg]enehmigt|[Gg]ebilligt)(?=[ \\t\\n.,;–-]|$)'},
    // "Abstimmung: einstimmig (Sachsen nicht vertreten).", "Ergebnis: einstimmig angenommen; Bremen wird durch Niedersachsen vertreten."
    // "Einstimmig (16 : 0 : 0); Rheinland-Pfalz stimmt zugleich für das Saarland.": the same without the label. "Einstimmig, ohne
    // Aussprache.", "Einstimmig, bei Abwesenheit von Sachsen-Anhalt."
    // "Zustimmung: einstimmig" under the clauses; "Beschlussfassung einstimmig." without the colon.
    {outcome: 'adopted', phrase: '^(?:(?:' + RESULT_LABEL + '|Zustimmung|Beschluss)(?:[ \\t\\n]*:[ \\t\\n]*|[ \\t\\n]+)(?:[Ee]instimmig|[Mm]ehrheitlich|[Ee]invernehmlich|[Ee]inhellig)|Einstimmig|Mehrheitlich|Einvernehmlich|Einhellig)(?:[ \\t\\n]+(?:angenommen|beschlossen|genehmigt|gebilligt))?(?:[ \\t\\n]*\\([^()]{1,80}\\))?(?:\\.|[;,][^;]{1,200})?$'},
    // "Die Konferenz folgt dem Beschlussvorschlag einstimmig.", "Beschluss gefasst wie vorgelegt; einstimmig."
    {outcome: 'adopted', phrase: '^(?:Die|Der)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+(?:folgt|folgen)[ \\t\\n]+(?:dem|der)[ \\t\\n]+(?:Beschlussvorschlag|Beschlussantrag|Antrag|Vorschlag|Empfehlung)(?![\\p{L}])'},
    // "Ergebnis: Beschlussvorlage angenommen (einstimmig).": the proposal without its article after the result's label.
    {outcome: 'adopted', phrase: '^(?:' + RESULT_LABEL + ')[ \\t]*:[ \\t\\n]*(?:Beschlussvorschlag|Beschlussvorlage|Beschlussantrag|Antrag|Vorlage|Vorschlag)[ \\t\\n]+(?:(?:einstimmig|mehrheitlich|einvernehmlich)[ \\t\\n]+)?(?:angenommen|beschlossen|gebilligt)(?=[ \\t\\n.,;(]|$)'},
    {outcome: 'rejected', phrase: '^(?:' + RESULT_LABEL + ')[ \\t]*:[ \\t\\n]*(?:Beschlussvorschlag|Beschlussvorlage|Beschlussantrag|Antrag|Vorlage|Vorschlag)[ \\t\\n]+(?:mehrheitlich[ \\t\\n]+)?abgelehnt(?=[ \\t\\n.,;(]|$)'},
    // "Ergebnis: Beschluss gefasst (einstimmig)."
    {outcome: 'adopted', phrase: '^(?:(?:' + RESULT_LABEL + ')[ \\t]*:[ \\t\\n]*)?Beschluss[ \\t\\n]+gefasst(?:[ \\t\\n]+wie[ \\t\\n]+vorgelegt)?(?=[ \\t\\n.,;–(-]|$)'},
    // "Die DMK legt einstimmig fest:" over the sessions it fixes.
    {outcome: 'adopted', phrase: '^(?:Die|Der)[ \\t\\n]+(?:DMK|Konferenz|Digitalministerkonferenz)[ \\t\\n]+(?:legt|legen)(?:[ \\t\\n]+(?:einstimmig|einvernehmlich|mehrheitlich|hiermit|damit))?[ \\t\\n]+fest(?![\\p{L}])'},
    // "Die DMK votiert einstimmig für den Beschlussvorschlag.", "Die Länder sprechen sich mehrheitlich für den Antrag aus."
    {outcome: 'adopted', phrase: '^(?:Die|Der)[ \\t\\n]+(?:DMK|Konferenz|Digitalministerkonferenz|Länder)[ \\t\\n]+(?:votiert|votieren|(?:spricht|sprechen)[ \\t\\n]+sich)(?:[ \\t\\n]+\\p{L}+){0,2}?[ \\t\\n]+für[ \\t\\n]+(?:den|die|das)[ \\t\\n]+(?:Beschlussvorschlag|Beschlussantrag|Antrag|Vorschlag|Empfehlung|Vorlage)(?![\\p{L}])'},
    // "Ergebnis: Beschluss wie Vorlage; einstimmig.", "Beschluss laut Vorlage bei Enthaltung von Bayern und Hessen.", "Beschluss im
    // Sinne der Vorlage bei Gegenstimme Bayerns."
    {outcome: 'adopted', phrase: '^(?:(?:' + RESULT_LABEL + ')[ \\t]*:[ \\t\\n]*)?Beschluss[ \\t\\n]+(?:wie|laut|gemäß|im[ \\t\\n]+Sinne[ \\t\\n]+der)[ \\t\\n]+Vorlage(?![\\p{L}])'},
    // "Einstimmige Zustimmung der anwesenden Länder."
    {outcome: 'adopted', phrase: '^(?:Einstimmige|Mehrheitliche|Einhellige)[ \\t\\n]+Zustimmung(?![\\p{L}])'},
    // "Zustimmung aller Länder; Hamburg wird durch Bremen vertreten."
    {outcome: 'adopted', phrase: '^Einvernehmen[ \\t\\n]+aller[ \\t\\n]+(?:anwesenden[ \\t\\n]+)?Länder(?![\\p{L}])'},
    // "Zustimmung durch alle anwesenden Länder."
    {outcome: 'adopted', phrase: '^Zustimmung[ \\t\\n]+(?:aller|der|durch[ \\t\\n]+alle)[ \\t\\n]+(?:anwesenden[ \\t\\n]+)?Länder(?![\\p{L}])'},
    // "Zustimmung: alle Länder", "Es besteht Einvernehmen.", "Alle Länder stimmen zu.", "Die Beschlussfassung erfolgt einstimmig."
    // alone under the decision.
    ...ALL_AGREE.map((phrase) => ({outcome: 'adopted' as const, phrase})), {outcome: 'adopted', phrase: `${TAKEN}(?:\\.?|;[^;]{1,200})$`},
    // "Ergebnis der Beratung: einstimmige Annahme.", "Annahme mit 13 : 2 : 1 Stimmen (…)", "Annahme gegen die Stimme Bayerns".
    {outcome: 'adopted', phrase: '^(?:(?:' + RESULT_LABEL + ')[ \\t]*:[ \\t\\n]*)?(?:(?:[Ee]instimmige|[Mm]ehrheitliche|[Ee]inhellige)[ \\t\\n]+)?Annahme(?![\\p{L}])'},
    // "Ergebnis: Zustimmung (einstimmig)", "Ergebnis: Zustimmung bei Gegenstimme BY und Enthaltung BW": the result's label, then its word.
    {outcome: 'adopted', phrase: '^(?:' + RESULT_LABEL + ')[ \\t]*:[ \\t\\n]*(?:(?:[Ee]instimmige|[Mm]ehrheitliche|[Ee]inhellige)[ \\t\\n]+)?Zustimmung(?![\\p{L}])'},
    // "Erledigung: Beschluss (Zustimmungen: 14, …)": the result's label, then "decision".
    {outcome: 'adopted', phrase: '^(?:' + RESULT_LABEL + ')[ \\t]*:[ \\t\\n]*Beschluss(?=[ \\t\\n]*(?:\\(|[.,;]|$))'},
    // "Einvernehmlich." alone under the decision.
    {outcome: 'adopted', phrase: '^[Ee]invernehmlich\\.?$'},
    // "Dem Beschlussvorschlag wird einstimmig zugestimmt.", "Dem so geänderten Beschlussantrag wird mit 14 Stimmen … zugestimmt."
    // "Dem Beschlussvorschlag wird ohne Widerspruch entsprochen.": granted (not "Dem Antrag wird entsprochen." after a request to
    // defer, which votes/index.ts reads).
    // "Der Wirtschaftsplan 2470 (Anlage 1) wird einstimmig festgestellt.": a plan adopted (not "Die Tagesordnung wird festgestellt").
    {outcome: 'adopted', phrase: '^(?:Der|Die|Das)[ \\t\\n]+(?:Wirtschaftsplan|Haushaltsplan|Stellenplan|Jahresabschluss|Jahresrechnung)(?:[ \\t\\n]+[^ \\t\\n.;]+){0,14}?[ \\t\\n]+(?:wird|wurde)(?:[ \\t\\n]+[^ \\t\\n.;]+){0,8}?[ \\t\\n]+festgestellt(?![\\p{L}])'},
    {outcome: 'adopted', phrase: '^Dem[ \\t\\n]+(?:(?:so[ \\t\\n]+)?geänderten[ \\t\\n]+)?(?:(?:Beschlussvorschlag|Beschlussantrag|Beschlussentwurf|Antrag|Vorschlag)[ \\t\\n]+(?:wird|wurde)(?:[ \\t\\n]+(?!nicht[ \\t\\n])[^ \\t\\n.;]+){0,14}?[ \\t\\n]+zugestimmt|(?:Beschlussvorschlag|Beschlussantrag|Beschlussentwurf)[ \\t\\n]+(?:wird|wurde)(?:[ \\t\\n]+(?!nicht[ \\t\\n])[^ \\t\\n.;]+){0,14}?[ \\t\\n]+entsprochen)(?![\\p{L}])'},
    {outcome: 'rejected', phrase: '^Dem[ \\t\\n]+(?:(?:so[ \\t\\n]+)?geänderten[ \\t\\n]+)?(?:(?:Beschlussvorschlag|Beschlussantrag|Beschlussentwurf|Antrag|Vorschlag)[ \\t\\n]+(?:wird|wurde)(?:[ \\t\\n]+[^ \\t\\n.;]+){0,6}?[ \\t\\n]+nicht[ \\t\\n]+zugestimmt|(?:Beschlussvorschlag|Beschlussantrag|Beschlussentwurf)[ \\t\\n]+(?:wird|wurde)(?:[ \\t\\n]+[^ \\t\\n.;]+){0,6}?[ \\t\\n]+nicht[ \\t\\n]+entsprochen)(?![\\p{L}])'},
    // "Einstimmig.", "Mehrheitlich.": the whole decision in one word under the clauses.
    {outcome: 'adopted', phrase: '^(?:Einstimmig|Mehrheitlich|Einvernehmlich)\\.?$'},
    // A result cell: "Kenntnisnahme", "zur Kenntnis genommen", "vertagt", "abgelehnt" (lowercase in a table).
    // "Ergebnis: abgelehnt.", "Ergebnis: vertagt.", "Votum: Kenntnisnahme.": the same after a result's label.
    // "Ergebnis: Kenntnisnahme ohne Beschluss.", "Einstimmige Kenntnisnahme.", "Ergebnis: Kenntnisnahme durch die Länder".
    {outcome: 'noted', phrase: '^(?:(?:' + RESULT_LABEL + ')[ \\t]*:[ \\t\\n]*)?(?:(?:[Zz]ustimmende|[Ee]instimmige|[Ee]inhellige)[ \\t\\n]+)?Kenntnisnahme(?:[ \\t\\n]+ohne[ \\t\\n]+Beschluss(?:fassung)?|[ \\t\\n]+durch[ \\t\\n]+(?:die[ \\t\\n]+)?(?:Länder|DMK|Konferenz|Mitglieder))?\\.?$'},
    {outcome: 'noted', phrase: '^(?:(?:' + RESULT_LABEL + ')[ \\t]*:[ \\t\\n]*)?(?:[Zz]ustimmend[ \\t\\n]+)?zur[ \\t\\n]+Kenntnis[ \\t\\n]+genommen\\.?$'},
    // "Die DMK nimmt Kenntnis.", "Erledigt durch Kenntnisnahme."
    {outcome: 'noted', phrase: '^(?:Die|Der)[ \\t\\n]+[\\p{L}-]{2,40}[ \\t\\n]+(?:nimmt|nehmen)[ \\t\\n]+(?:davon[ \\t\\n]+|hiervon[ \\t\\n]+)?Kenntnis\\.?$'},
    // "Es wird einstimmig beschlossen.", "Dies wird einstimmig beschlossen." (after the decision's sentence).
    {outcome: 'adopted', phrase: '^(?:Es|Dies)[ \\t\\n]+wird[ \\t\\n]+(?:(?:einstimmig|mehrheitlich|einvernehmlich)[ \\t\\n]+)?(?:beschlossen|so[ \\t\\n]+beschlossen)\\.?$'},
    {outcome: 'noted', phrase: '^(?:Erledigt|Erledigung)[ \\t\\n]+durch[ \\t\\n]+Kenntnisnahme\\.?$'},
    // "Der Punkt verbleibt auf der Tagesordnung der 430. Sitzung.", "TOP 5 gelangt aus Zeitgründen nicht zur Beratung."
    // "Der Beschlussvorschlag verbleibt im Geschäftsgang; …": not decided, kept for a later session.
    {outcome: 'deferred', phrase: '^(?:Der|Die|Das)[ \\t\\n]+(?:Punkt|Tagesordnungspunkt|Thema|Antrag|Beschlussvorschlag|Vorlage)[ \\t\\n]+verbleib(?:t|en)[ \\t\\n]+(?:auf[ \\t\\n]+der[ \\t\\n]+Tagesordnung|im[ \\t\\n]+Geschäftsgang)(?![\\p{L}])'},
    {outcome: 'deferred', phrase: '(?<![\\p{L}])(?:gelangt|gelangen|kommt|kommen)[ \\t\\n]+(?:aus[ \\t\\n]+Zeitgründen[ \\t\\n]+)?nicht[ \\t\\n]+(?:mehr[ \\t\\n]+)?zur[ \\t\\n]+(?:Beratung|Behandlung)(?![\\p{L}])'},
    // "Er kommt auf die Tagesordnung der 944. Sitzung.": put on a later session's agenda.
    {outcome: 'deferred', phrase: '(?<![\\p{L}])(?:kommt|kommen|gelangt|gelangen)[ \\t\\n]+(?:erneut[ \\t\\n]+)?auf[ \\t\\n]+die[ \\t\\n]+Tagesordnung[ \\t\\n]+der[ \\t\\n]+(?:nächsten|\\d{1,3}\\.)[ \\t\\n]+Sitzung(?![\\p{L}])'},
    // "Die Beschlussfassung ruht, bis das Gutachten … vorliegt.", "Der Punkt ruht bis …": left until later.
    {outcome: 'deferred', phrase: '^(?:Die[ \\t\\n]+(?:Beratung|Befassung|Beschlussfassung|Entscheidung)|Der[ \\t\\n]+(?:Punkt|Tagesordnungspunkt|Antrag))[ \\t\\n]+ruht(?![\\p{L}])'},
    // "Votum: zurückgestellt bis zur 85. Sitzung."
    {outcome: 'deferred', phrase: '^(?:(?:' + RESULT_LABEL + ')[ \\t]*:[ \\t\\n]*)?(?:[Vv]ertagt|Vertagung|[Zz]urückgestellt|[Vv]erschoben)(?:[ \\t\\n]+(?:bis|auf)[ \\t\\n][^;]{1,60})?\\.?$'},
    // "Zurückgezogen (siehe TOP 1)."
    {outcome: 'withdrawn', phrase: '^(?:(?:' + RESULT_LABEL + ')[ \\t]*:[ \\t\\n]*)?(?:[Zz]urückgezogen|[Zz]urückgenommen)(?:[ \\t\\n]*\\([^()]{1,60}\\))?\\.?$'},
    {outcome: 'rejected', phrase: '^(?:(?:' + RESULT_LABEL + ')[ \\t]*:[ \\t\\n]*)?(?:(?:[Mm]ehrheitlich)[ \\t\\n]+)?(?:[Aa]bgelehnt|Ablehnung)(?:\\.?$|\\.[ \\t\\n]|[ \\t\\n]+mit[ \\t\\n]+\\d)'}
  ],
  // "einstimmig", "einvernehmlich angenommen"
  // "einstimmig", "Einstimmige Annahme", "findet die Zustimmung aller Länder"
  // "Dem Beschlussvorschlag wird ohne Widerspruch entsprochen."
  // "einhellig", "einmütig", "ohne Widerspruch angenommen", "Ergebnis: einvernehmlich.", "mit den Stimmen aller anwesenden Länder"
  // "Der Beschluss wird einvernehmlich gefasst."
  // "Die DMK stimmt einvernehmlich zu."
  // "Abweichendes Stimmverhalten: keines.": nobody voted otherwise. "Die Länder sind einverstanden." under the clauses: every Land agrees.
  unanimous: ['[Ee]instimmig',
    // "Nein: keine" / "Enthaltung: keine": nobody against (an abstention named makes it no unanimous vote).
    '(?<![\\p{L}])(?:Nein|Dagegen|Gegenstimmen?|Nein-Stimmen)[ \\t]*:[ \\t\\n]*(?:keine|keins|0)(?![\\p{L}\\d])', 'Abweichendes[ \\t\\n]+Stimmverhalten[ \\t\\n]*:[ \\t\\n]*(?:keines|keins|keine|kein)(?![\\p{L}])', '[Ee]inhellig', '[Ee]inmütig', '[Oo]hne[ \\t\\n]+(?:Widerspruch|Einw(?:ände|and))[ \\t\\n]+(?:angenommen|beschlossen|gefasst|gebilligt|festgestellt|zugestimmt|entsprochen)', '[Ee]invernehmlich[ \\t\\n]+(?:angenommen|beschlossen|gefasst|verabschiedet|gebilligt|festgestellt|zugestimmt|zu(?![\\p{L}]))',
    // "Die DMK beschließt einvernehmlich:" over the clauses.
    '(?:beschließt|beschließen|fasst|fassen)[ \\t\\n]+(?:einvernehmlich|einmütig)(?![\\p{L}])',
    // "Der Beschluss wird konsensual gefasst.", "ohne Gegenstimmen und Enthaltungen angenommen", "ohne Gegenstimme und ohne Enthaltung".
    '[Kk]onsensual[ \\t\\n]+(?:angenommen|beschlossen|gefasst|verabschiedet|gebilligt|zugestimmt)',
    // "Der Beschlussvorschlag wird konsentiert.": agreed by consensus, nobody against. "ohne Gegenstimmen, ohne Enthaltungen", "Der Beschluss
    // ergeht in allseitigem Einvernehmen", "mit den Stimmen sämtlicher vertretenen Länder", "von allen anwesenden Ländern angenommen" (or
    // "mitgetragen"): the same.
    '(?<![\\p{L}])konsentiert(?![\\p{L}])', 'ohne[ \\t\\n]+Gegenstimmen?(?:[ \\t\\n]+und|,)[ \\t\\n]+(?:ohne[ \\t\\n]+)?Enthaltung(?:en)?(?![\\p{L}])', '(?<![\\p{L}])in[ \\t\\n]+allseitigem[ \\t\\n]+Einvernehmen(?![\\p{L}])', '[Ee]invernehmen[ \\t\\n]+aller', '^(?:Die|Alle)[ \\t\\n]+(?:anwesenden[ \\t\\n]+)?Länder[ \\t\\n]+sind[ \\t\\n]+(?:damit[ \\t\\n]+|hiermit[ \\t\\n]+)?einverstanden\\.?$', '[Ee]inverständnis[ \\t\\n]+aller(?:[ \\t\\n]+anwesenden)?[ \\t\\n]+Länder', 'von[ \\t\\n]+(?:sämtlichen|allen)(?:[ \\t\\n]+anwesenden)?[ \\t\\n]+Ländern[ \\t\\n]+(?:angenommen|beschlossen|gebilligt|(?:mit)?getragen)(?![\\p{L}])', '^[Ee]invernehmlich\\.?$',
    'geschlossen(?=[ \\t\\n]+zu(?![\\p{L}]))', '^(?:' + RESULT_LABEL + ')[ \\t\\n]*:[ \\t\\n]*[Ee]invernehmlich',
    '(?:Zustimmung|Stimmen)[ \\t\\n]+(?:aller|sämtlicher|der|durch[ \\t\\n]+alle)[ \\t\\n]+(?:anwesenden[ \\t\\n]+|vertretenen[ \\t\\n]+)?Länder', '[Ww]iderspruchslos[ \\t\\n]+(?:angenommen|beschlossen|gefasst|zugestimmt)',
    // "Der Beschlussvorschlag wird mit ungeteilter Zustimmung angenommen."
    'mit[ \\t\\n]+ungeteilter[ \\t\\n]+Zustimmung(?![\\p{L}])',
    // "…; Gegenstimmen und Enthaltungen gibt es nicht."
    '(?<![\\p{L}])Gegenstimmen[ \\t\\n]+(?:und|oder)[ \\t\\n]+Enthaltungen[ \\t\\n]+gibt[ \\t\\n]+es[ \\t\\n]+nicht(?![\\p{L}])',
    // "Der Beschluss wird mit allen Stimmen angenommen."
    ...ALL_AGREE, 'mit[ \\t\\n]+allen[ \\t\\n]+Stimmen(?![\\p{L}])',
    // "Der Beschluss wird im Konsens gefasst.", "Die DMK fasst im Wege des Konsenses folgenden Beschluss:", "Einwände werden nicht erhoben; der Vorsitzende stellt die Annahme … fest."
    'im[ \\t\\n]+Konsens(?![\\p{L}])', 'im[ \\t\\n]+Wege[ \\t\\n]+des[ \\t\\n]+Konsens(?:es)?(?![\\p{L}])', '[Ee]inwände[ \\t\\n]+werden[ \\t\\n]+nicht[ \\t\\n]+erhoben',
    // "Der Vorsitz stellt fest, dass sich kein Widerspruch erhebt; …"
    'kein[ \\t\\n]+Widerspruch[ \\t\\n]+erhebt(?![\\p{L}])',
    // "Die Erklärung wird per Akklamation angenommen.": nobody objects.
    '(?:per|durch)[ \\t\\n]+Akklamation',
    // "Die Länder stimmen nach Aufruf sämtlich zu.", "Die DMK billigt die Pressemitteilung … einvernehmlich."
    '(?<![\\p{L}])sämtlich[ \\t\\n]+zu(?![\\p{L}])', '(?<![\\p{L}])einvernehmlich[ \\t]*\\.?$',
    // "Das Protokoll der 794. Sitzung wird einvernehmlich genehmigt."
    '(?<![\\p{L}])einvernehmlich[ \\t\\n]+(?:angenommen|beschlossen|gefasst|genehmigt|gebilligt|verabschiedet|zugestimmt)(?![\\p{L}])'],
  // "mehrheitlich angenommen": not unanimous, and who dissented is not said.
  // "mit Stimmenmehrheit angenommen".
  majority: ['[Mm]ehrheitlich', 'mit[ \\t\\n]+(?:großer[ \\t\\n]+|breiter[ \\t\\n]+|deutlicher[ \\t\\n]+)?(?:Stimmen)?[Mm]ehrheit'],
  // "ohne Aussprache", "Eine gesonderte Aussprache findet nicht statt."
  // "Eine Aussprache schließt sich nicht an."
  // "Aussprache: nein" under the decision.
  noDebate: ['[Oo]hne[ \\t\\n]+(?:Aussprache|Diskussion|Beratung)', 'Aussprache[ \\t]*:[ \\t\\n]*nein(?![\\p{L}])', 'Aussprache[ \\t\\n]+(?:findet|schließt[ \\t\\n]+sich)[ \\t\\n]+nicht(?![\\p{L}])', '[Kk]eine[ \\t\\n]+(?:Aussprache|Wortmeldungen)'],
  // "Die Mitglieder diskutieren den Vorschlag", "nach kurzer Aussprache"
  // "Die Mitglieder beraten den Antrag" — but not "soll erneut beraten werden" or "die Beratung … vertagt".
  // "Die Länder tauschen sich über die Anforderungen … aus."
  // "Sachsen äußert Bedenken", "Bayern und Sachsen bekräftigen ihre Vorbehalte"; not "Mehrere Länder verweisen darauf, dass …" (a remark, no discussion; the corpus' golds differ there).
  debate: ['diskutier(?:en|t|te|ten)', 'erörter(?:n|t|te|ten)', 'Aussprache', 'Diskussion', 'tausch(?:en|t)[ \\t\\n]+sich[ \\t\\n]+über',
    '(?:äußer(?:t|n)|bekräftig(?:t|en)|erneuer(?:t|n))[ \\t\\n]+(?:(?:ihre|seine)[ \\t\\n]+)?(?:Bedenken|Kritik|Vorbehalte)', '(?:berät|beraten)[ \\t\\n]+(?:den|die|das|über)(?![\\p{L}])',
    // "Bayern und Sachsen halten … für verfassungsrechtlich bedenklich", "Sachsen-Anhalt sieht noch Abstimmungsbedarf",
    // "Mecklenburg-Vorpommern und Sachsen-Anhalt sehen datenschutzrechtlichen Klärungsbedarf".
    'halten[^.]{0,80}?für[ \\t\\n]+(?:\\p{L}+[ \\t\\n]+)?bedenklich', 's(?:ieht|ehen)[ \\t\\n]+(?:noch[ \\t\\n]+)?(?:\\p{Ll}+[ \\t\\n]+)?(?:Abstimmungs|Klärungs|Prüf|Änderungs|Gesprächs|Beratungs)bedarf'],
  sessionAbsent: [
    // "Sachsen-Anhalt ist nicht vertreten.", "Das Saarland hat seine Teilnahme kurzfristig abgesagt.",
    // "Mecklenburg-Vorpommern hat sich für die gesamte Sitzung entschuldigt."
    // "Der Freistaat Sachsen ist heute nicht vertreten", "Rheinland-Pfalz ist entschuldigt."
    // "Sachsen ist in dieser Sitzung ohne Vertretung".
    '(?:ist|sind)[ \\t\\n]+(?:heute[ \\t\\n]+|in[ \\t\\n]+(?:der|dieser)[ \\t\\n]+(?:heutigen[ \\t\\n]+)?Sitzung[ \\t\\n]+)?(?:nicht[ \\t\\n]+vertreten|entschuldigt|ohne[ \\t\\n]+Vertretung)(?![\\p{L}])', 'nicht[ \\t\\n]+vertreten[ \\t\\n]+(?:ist|sind)',
    'ha(?:t|ben)[ \\t\\n]+(?:seine|ihre)[ \\t\\n]+Teilnahme[ \\t\\n]+(?:kurzfristig[ \\t\\n]+)?abgesagt',
    'ha(?:t|ben)[ \\t\\n]+sich[ \\t\\n]+für[ \\t\\n]+die[ \\t\\n]+(?:gesamte|ganze)[ \\t\\n]+Sitzung[ \\t\\n]+entschuldigt'
  ]
}

/** German number words for tallies: "zwei Gegenstimmen", "elf Länder". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['eine', 1], ['einer', 1], ['einem', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7],
  ['acht', 8], ['neun', 9], ['zehn', 10], ['elf', 11], ['zwölf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16]
])
