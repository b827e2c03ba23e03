/**
 * The German phrasings the vote, note and amendment rules match. Data
 * apart from logic: a pipeline preset may pass other lists (see
 * `VoteOptions`). Each entry is a regex source matched case-sensitively
 * on one sentence, with `[ \t\n]+` between words; comments quote the text.
 */
export interface Phrasings {
  /** What is voted on: "Der Beschlussvorschlag wird … angenommen". Not "Die Tagesordnung". */
  subjects: string[]
  /** Lists of Länder introduced by these phrases take the position named. */
  lists: Array<{position: 'yes' | 'no' | 'abstain' | 'absent'; phrase: string}>
  /** A Land before these verbs takes the position: "Sachsen enthält sich der Stimme". */
  subjectVerbs: Array<{position: 'yes' | 'no' | 'abstain' | 'absent'; phrase: string}>
  outcomes: Array<{outcome: 'adopted' | 'rejected' | 'withdrawn' | 'deferred' | 'noted'; phrase: string}>
  unanimous: string[]
  majority: string[]
  noDebate: string[]
  debate: string[]
}

export const PHRASINGS: Phrasings = {
  subjects: ['Beschlussvorschlag', 'Beschlussvorschläge', 'Beschlussentwurf', 'Beschluss', 'Stellungnahme', 'Antrag', 'Vorschlag', 'Empfehlung', 'Erklärung', 'Positionspapier', 'Bericht',
    // "Der TOP wird vertagt" — but not "Der TOP 10 … wird nach TOP 17 aufgerufen" inside the agenda's adoption.
    'TOP(?=[ \\t\\n]+(?:wird|werden)(?![\\p{L}]))', 'Tagesordnungspunkt(?=[ \\t\\n]+(?:wird|werden)(?![\\p{L}]))'],
  lists: [
    // "bei Enthaltung von Bremen und Hamburg", "bei Enthaltung der Länder …", "Enthaltungen: HB, ST"
    {position: 'abstain', phrase: '(?:bei|unter)[ \\t\\n]+Enthaltung(?:en)?(?:[ \\t\\n]+(?:von|der|des|durch))?'},
    {position: 'abstain', phrase: 'Enthaltung(?:en)?[ \\t]*:'},
    // "bei Stimmenthaltung von Bayern", "Stimmenthaltungen: HB"
    {position: 'abstain', phrase: '(?:bei|unter)[ \\t\\n]+Stimmenthaltung(?:en)?(?:[ \\t\\n]+(?:von|der|des|durch))?'},
    {position: 'abstain', phrase: 'Stimmenthaltung(?:en)?[ \\t]*:'},
    // "gegen die Stimmen von Mecklenburg-Vorpommern, Saarland und Sachsen", "dagegen: HB"
    {position: 'no', phrase: 'gegen[ \\t\\n]+die[ \\t\\n]+Stimmen?(?:[ \\t\\n]+(?:von|der|des))?'},
    {position: 'no', phrase: '[Dd]agegen[ \\t]*:'},
    {position: 'no', phrase: 'Gegenstimmen?[ \\t]*:'},
    // "bei Gegenstimme von Sachsen", "bei Gegenstimmen der Länder …"
    {position: 'no', phrase: 'bei[ \\t\\n]+(?:einer[ \\t\\n]+)?Gegenstimmen?(?:[ \\t\\n]+(?:von|der|des|aus))?'},
    // "mit den Stimmen von …", "Dafür: BW, BY …"
    {position: 'yes', phrase: 'mit[ \\t\\n]+den[ \\t\\n]+Stimmen(?:[ \\t\\n]+(?:von|der|des))?'},
    {position: 'yes', phrase: '[Dd]afür[ \\t]*:'},
    // "bei Abwesenheit von Thüringen", "unter Abwesenheit von Thüringen"
    {position: 'absent', phrase: '(?:bei|unter|in)[ \\t\\n]+Abwesenheit(?:[ \\t\\n]+(?:von|der|des))?'},
    {position: 'absent', phrase: '[Aa]bwesend[ \\t]*:'}
  ],
  subjectVerbs: [
    // "Sachsen enthält sich der Stimme", "Bayern und Brandenburg enthalten sich"
    {position: 'abstain', phrase: 'enth(?:ält|alten)[ \\t\\n]+sich'},
    // "Hessen stimmt dagegen", "… stimmen gegen den Beschlussvorschlag"
    {position: 'no', phrase: 'stimm(?:t|en)[ \\t\\n]+(?:dagegen|gegen)'},
    // "Sachsen stimmt nicht zu", "Sachsen stimmt dem Beschlussvorschlag nicht zu"
    {position: 'no', phrase: 'stimm(?:t|en)[ \\t\\n]+(?:(?:dem|der|den)[ \\t\\n]+[\\p{L}-]{1,40}[ \\t\\n]+)?nicht[ \\t\\n]+zu'},
    // "Thüringen nimmt an der Abstimmung nicht teil"
    {position: 'absent', phrase: 'nimm(?:t|en)[ \\t\\n]+an[ \\t\\n]+der[ \\t\\n]+Abstimmung[ \\t\\n]+nicht[ \\t\\n]+teil'}
  ],
  outcomes: [
    {outcome: 'rejected', phrase: 'abgelehnt'},
    {outcome: 'withdrawn', phrase: 'zurückgezogen'},
    {outcome: 'deferred', phrase: '(?:vertagt|zurückgestellt)'},
    {outcome: 'noted', phrase: 'zur[ \\t\\n]+Kenntnis[ \\t\\n]+genommen'},
    {outcome: 'adopted', phrase: '(?:angenommen|beschlossen|gefasst|verabschiedet)'}
  ],
  // "einstimmig", "einvernehmlich angenommen"
  unanimous: ['einstimmig', 'einvernehmlich[ \\t\\n]+(?:angenommen|beschlossen)'],
  // "mehrheitlich angenommen": not unanimous, and who dissented is not said.
  majority: ['mehrheitlich', 'mit[ \\t\\n]+Mehrheit'],
  // "ohne Aussprache"
  noDebate: ['ohne[ \\t\\n]+Aussprache', 'ohne[ \\t\\n]+Diskussion'],
  // "Die Mitglieder diskutieren den Vorschlag", "nach kurzer Aussprache"
  debate: ['diskutier(?:en|t|te|ten)', 'erörter(?:n|t|te|ten)', 'Aussprache', 'Diskussion', 'berat(?:en|ung)']
}

/** German number words for tallies: "zwei Gegenstimmen". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['eine', 1], ['einer', 1], ['einem', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7],
  ['acht', 8], ['neun', 9], ['zehn', 10], ['elf', 11], ['zwölf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16]
])
