/**
 * Federal bodies and other conferences that appear as organisations in
 * protocols, as printed (sorted). "BfDI" keeps its lowercase letter.
 */
export const FEDERAL_BODIES = [
  'ASMK', 'BfDI', 'BKAmt', 'BMDS', 'BMDV', 'BMF', 'BMI', 'BMJ', 'BMK', 'BMWK',
  'BMWSB', 'BSI', 'DSK', 'FMK', 'GFMK', 'IMK', 'IT-Planungsrat', 'KMK', 'WMK'
] as const

const set: ReadonlySet<string> = new Set(FEDERAL_BODIES)

export function isFederalBody(value: string): boolean {
  return set.has(value)
}
