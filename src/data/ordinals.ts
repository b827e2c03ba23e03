/**
 * German ordinal stems for session numbers ("erste Sitzung", "Erstes Treffen",
 * "zur zweiten Digitalministerkonferenz"), in numeric order.
 */
export const ORDINALS: ReadonlyArray<readonly [string, number]> = [
  ['erst', 1], ['zweit', 2], ['dritt', 3], ['viert', 4], ['fünft', 5], ['sechst', 6],
  ['siebt', 7], ['siebent', 7], ['acht', 8], ['neunt', 9], ['zehnt', 10], ['elft', 11], ['zwölft', 12]
]

/** "konstituierende Sitzung" is the first. */
export const CONSTITUENT = /\bkonstituier/i
