/**
 * Office titles printed before names in attendee tables, header lines and
 * minutes ("Staatssekretärin Martina Klement", "Präsidentin Claudia
 * Plattner"), sorted; longest match wins in use.
 */
export const OFFICE_TITLES = [
  'Abteilungsdirektor', 'Abteilungsdirektorin', 'Abteilungsleiter', 'Abteilungsleiterin', 'Amtschef', 'Amtschefin', 'Beauftragte', 'Beauftragter',
  'Bevollmächtigte', 'Bevollmächtigter', 'Generalsekretär', 'Generalsekretärin', 'Institutsdirektor', 'Institutsdirektorin',
  'Leitende Ministerialrätin', 'Leitender Ministerialrat', 'Vizedirektor', 'Vizedirektorin', 'Beigeordnete', 'Beigeordneter',
  'Bundesbeauftragte', 'Bundesbeauftragter', 'Bundesminister', 'Bundesministerin', 'Bürgermeister', 'Bürgermeisterin',
  'CDO', 'CIO', 'Chef der Staatskanzlei', 'Chefin der Staatskanzlei', 'Direktor', 'Direktorin', 'Erster Bürgermeister', 'Erste Bürgermeisterin', 'Zweiter Bürgermeister', 'Zweite Bürgermeisterin',
  // "Landesbeauftragte für den Datenschutz Dagmar Hartwig" among the guests.
  'Landesbeauftragte', 'Landesbeauftragter', 'Landesbeauftragte für den Datenschutz', 'Landesbeauftragter für den Datenschutz',
  'Frau', 'Geschäftsführer', 'Geschäftsführerin', 'Gruppenleiter', 'Gruppenleiterin', 'Hauptgeschäftsführer',
  'Hauptgeschäftsführerin', 'Herr', 'Landes-CDO', 'Landes-CIO', 'Landrat', 'Landrätin', 'Leiter', 'Leiterin',
  'Minister', 'Ministerpräsident', 'Ministerpräsidentin', 'Regierender Bürgermeister', 'Regierende Bürgermeisterin', 'Ministerialdirektor', 'Ministerialdirektorin', 'Ministerialdirigent', 'Ministerialdirigentin',
  'Ministerialrat', 'Ministerialrätin', 'Ministerin', 'Oberbürgermeister', 'Oberbürgermeisterin', 'Oberregierungsrat',
  'Oberregierungsrätin',
  'Parlamentarische Staatssekretärin', 'Parlamentarischer Staatssekretär', 'Präsident', 'Präsidentin', 'Sektionschef', 'Sektionschefin', 'Prorektor', 'Prorektorin',
  'Referatsleiter', 'Referatsleiterin', 'Referent', 'Referentin', 'Regierungsdirektor', 'Regierungsdirektorin', 'Regierungsrat',
  'Regierungsrätin',
  // The ranks below and beside them that minute-takers and companions hold: "Regierungsamtfrau Wiebke Kruuse", "Erste
  // Direktorin Dr. Silke Hahnkamp", "Senatsrätin …", "Leitender Regierungsdirektor …".
  'Amtsrat', 'Amtsrätin', 'Oberamtsrat', 'Oberamtsrätin', 'Regierungsamtmann', 'Regierungsamtfrau', 'Regierungsamtsrat', 'Regierungsamtsrätin',
  'Regierungsoberamtsrat', 'Regierungsoberamtsrätin', 'Regierungsoberrat', 'Regierungsoberrätin', 'Regierungsinspektor', 'Regierungsinspektorin', 'Regierungsoberinspektor',
  'Regierungsoberinspektorin', 'Leitender Regierungsdirektor', 'Leitende Regierungsdirektorin', 'Erster Direktor', 'Erste Direktorin',
  'Senatsrat', 'Senatsrätin', 'Senatsdirektor', 'Senatsdirektorin',
  // The judiciary's, where a ministry of justice chairs or a prosecutor reports: "Leitender Oberstaatsanwalt Dr. Georg Pfisterer".
  'Staatsanwalt', 'Staatsanwältin', 'Oberstaatsanwalt', 'Oberstaatsanwältin', 'Leitender Oberstaatsanwalt', 'Leitende Oberstaatsanwältin',
  'Generalstaatsanwalt', 'Generalstaatsanwältin',
  // "Richter am Landgericht Dr. Tobias Wienands (Protokoll)": a judge seconded to a ministry, by the court of the rank.
  ...['Amtsgericht', 'Landgericht', 'Oberlandesgericht', 'Verwaltungsgericht', 'Oberverwaltungsgericht', 'Sozialgericht', 'Finanzgericht']
    .flatMap((court) => [`Richter am ${court}`, `Richterin am ${court}`]),
  // A university's head: "Prof. Dr. Jana Oehme, Rektorin, TU Bergakademie Freiberg".
  'Rektor', 'Rektorin',
  'Senator', 'Senatorin',
  'Staatsminister', 'Staatsministerin', 'Staatsrat', 'Staatsrätin', 'Staatssekretär', 'Staatssekretärin',
  'Stellvertretende Vorsitzende', 'Stellvertretender Vorsitzender', 'Vizepräsident', 'Vizepräsidentin', 'Vorsitzende',
  'Vorsitzender', 'Vorstand', 'Vorständin', 'Vorstandsvorsitzende', 'Vorstandsvorsitzender',
  // Abbreviated as some offices print them ("Min.in Dr. …", "StS.in …", "StM …"), kept as printed.
  'MD', 'MDg', 'MDgt', 'MDgt.in', 'MDir', 'MDir.in', 'Min.', 'Min.in', 'MinDir', 'MinDir.in', 'MinDirig', 'MinDirig.in', 'PStS', 'PStS.in',
  'Sen.', 'Sen.in', 'StM', 'StM.in', 'StMin', 'StMin.in', 'StR', 'StR.in', 'StS', 'StS.in',
  // "Jana Kowalczyk  StS’in", "Lukas Rehm  LMR", "Veronika Huber  ORR’in": a Funktion column in the ministries' short forms.
  // "StSin Dr. …", "MRin Dr. …", "Parl. StS …": the feminine glued on, "Parl." before the state secretary.
  ...['Min', 'StS', 'StM', 'StR', 'MD', 'MDg', 'MinDir', 'MinDirig', 'MinR', 'MR', 'LMR', 'RD', 'RDir', 'LRD', 'ORR', 'RR', 'Sen', 'PStS', 'Parl. StS']
    .flatMap((t) => [t, `${t}’in`, `${t}'in`, `${t}in`])
] as const

/** The offices longest first, so "Staatssekretärin" is found before "Staatssekretär". */
export const OFFICES_LONGEST_FIRST: readonly string[] = [...new Set<string>(OFFICE_TITLES)].sort((a, b) => b.length - a.length)

/** The offices as a regex alternation, longest first, escaped ("Min.in" has a dot). */
/** The offices by their first word, longest first. */
const BY_FIRST_WORD = new Map<string, string[]>()
for (const t of OFFICES_LONGEST_FIRST) {
  const word = t.split(' ', 1)[0]!
  const list = BY_FIRST_WORD.get(word)
  if (list) list.push(t)
  else BY_FIRST_WORD.set(word, [t])
}
const NONE: readonly string[] = []

/**
 * The offices that `text` may begin with at `from`: those whose first word is the text's there, longest first. A test
 * for an office at a text's start looks at these few, not at every office (it runs for every piece of every list).
 */
export function officesAt(text: string, from = 0): readonly string[] {
  let end = from
  while (end < text.length && text[end] !== ' ' && text[end] !== '\t') end++
  return BY_FIRST_WORD.get(text.slice(from, end)) ?? NONE
}

export const OFFICE_ALTERNATION = OFFICES_LONGEST_FIRST.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')

/** Titles that say nothing about the office: dropped, not stored as `title`. */
export const SALUTATIONS: ReadonlySet<string> = new Set(['Frau', 'Herr'])
