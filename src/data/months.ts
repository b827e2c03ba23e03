/** German month names (calendar order is data here) with their number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['Januar', 1], ['Jänner', 1], ['Februar', 2], ['März', 3], ['April', 4], ['Mai', 5], ['Juni', 6],
  ['Juli', 7], ['August', 8], ['September', 9], ['Oktober', 10], ['November', 11], ['Dezember', 12]
])

/** Alternation for regexes: "Januar|Jänner|…". */
export const MONTH_PATTERN = [...MONTHS.keys()].join('|')
