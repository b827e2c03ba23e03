/**
 * Abbreviations after which parse-latin would wrongly end a sentence
 * ("Frau Prof. Dr. Specht-Riemenschneider", "entsprechend Ziff. 2.1"), sorted.
 */
export const ABBREVIATIONS = [
  'Abs', 'Art', 'Dipl', 'Dr', 'Fr', 'Hr', 'Ing', 'Mio', 'Mrd', 'Nr', 'Prof', 'St', 'Ziff',
  'bspw', 'bzw', 'ca', 'd', 'evtl', 'ggf', 'gem', 'h', 'i', 'inkl', 'lt', 'o', 's', 'sog', 'u', 'usw', 'v', 'vgl', 'z'
] as const
