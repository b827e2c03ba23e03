/**
 * The record contract below every stage: the tree the segmenter builds, the
 * record a document yields, the rules its diagnostics come from, and the
 * queries several stages share. It imports nothing of the stages.
 */
export * from './schema.ts'
export type * from './tree.ts'
export type * from './normalized.ts'
export {RULES, ruleOf, rulesTable} from './rules.ts'
export type {Rule, RuleId, Severity} from './rules.ts'
export {report, point, locate} from './message.ts'
export {agendaItems, bodyLines, lastLine, linesOf} from './query.ts'
