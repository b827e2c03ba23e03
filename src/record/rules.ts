/**
 * Every diagnostic protokollant writes, in one ordered list: its rule id,
 * the stage that raises it, its severity, and what triggers it. Messages
 * take their id from here (`RuleId`), and the README's `## Messages` table
 * is generated from it (`npm run docs`; a test checks it is current).
 */

export type Severity = 'error' | 'warning' | 'info'

export interface Rule {
  id: string
  /** Where it is raised: a pipeline stage, or the corpus wing. */
  stage: string
  severity: Severity
  /** What triggers it, and what happens then. */
  meaning: string
}

// Ordered by stage, as the pipeline runs; `error` means the document is rejected.
export const RULES = [
  {id: 'input-empty', stage: 'normalize', severity: 'error', meaning: 'empty file (rejected)'},
  {id: 'input-binary', stage: 'normalize', severity: 'error', meaning: 'PDF bytes, NUL bytes, random binary (rejected)'},
  {id: 'encoding-fallback', stage: 'normalize', severity: 'warning', meaning: 'not UTF-8; read as Windows-1252'},
  {id: 'encoding-truncated', stage: 'normalize', severity: 'warning', meaning: 'cut inside a UTF-8 sequence (or odd UTF-16); the partial character dropped'},
  {id: 'encoding-double-utf8', stage: 'normalize', severity: 'warning', meaning: 'UTF-8 decoded as Windows-1252 and encoded again (`LÃ¤nder`); repaired'},
  {id: 'pdf-encrypted', stage: 'pdf', severity: 'error', meaning: 'a PDF that opens only with a password (rejected)'},
  {id: 'pdf-no-text', stage: 'pdf', severity: 'error', meaning: 'a PDF without a text layer: images only, a scan (rejected)'},
  {id: 'pdf-broken', stage: 'pdf', severity: 'error', meaning: 'a PDF that is cut short or cannot be parsed (rejected)'},
  {id: 'clause-number', stage: 'segment', severity: 'warning', meaning: 'a clause number out of order'},
  {id: 'kind-unknown', stage: 'kind', severity: 'info', meaning: 'neither agenda items nor a dateline'},
  {id: 'header-time', stage: 'meeting', severity: 'warning', meaning: '`Beginn/Ende` without readable times'},
  {id: 'session-number', stage: 'meeting', severity: 'warning', meaning: 'no session number found'},
  {id: 'attendees-missing', stage: 'attendees', severity: 'info', meaning: 'a protocol without an attendee table'},
  {id: 'attendee-code', stage: 'attendees', severity: 'warning', meaning: 'a code in the code column that pairs with no row'},
  {id: 'attendee-ambiguous', stage: 'attendees, corpus', severity: 'warning', meaning: 'a row whose Land the evidence leaves open: the best kept, the others listed'},
  {id: 'agenda-duplicate', stage: 'agenda', severity: 'warning', meaning: 'the same TOP number twice'},
  {id: 'agenda-title-missing', stage: 'agenda', severity: 'info', meaning: 'an item whose first line is a sentence, not a title'},
  {id: 'attachment-line', stage: 'attachments', severity: 'warning', meaning: 'a line in the attachment list that is not `Anlage N: …`'},
  {id: 'vote-arithmetic', stage: 'votes', severity: 'warning', meaning: 'positions disagree with a tally (`mit 12 Ja-Stimmen …`) or with `einstimmig`'},
  {id: 'vote-conflict', stage: 'votes', severity: 'warning', meaning: 'a Land named with two positions in one vote'},
  {id: 'vote-unnamed', stage: 'votes', severity: 'warning', meaning: 'a tally with more dissenting votes than Länder named (`mit 13:1:2 Stimmen`): positions left null'},
  {id: 'note-land', stage: 'votes', severity: 'warning', meaning: 'a protocol note whose Land is not named'},
  {id: 'agenda-order', stage: 'checks', severity: 'warning', meaning: 'a TOP number lower than the one before, not explained by an agenda change'},
  {id: 'document-truncated', stage: 'checks', severity: 'warning', meaning: 'the text ends inside an agenda item (no closing sentence, no attachment list)'},
  {id: 'record-invalid', stage: 'compile', severity: 'error', meaning: 'a record failed its own schema (a bug, not bad input; rejected)'},
  {id: 'pipeline-error', stage: 'document', severity: 'error', meaning: 'an exception inside the pipeline (a bug, not bad input; rejected, the last guard)'},
  {id: 'input-unreadable', stage: 'corpus', severity: 'error', meaning: 'the file or folder cannot be read, or a symbolic link leads nowhere (rejected by name; the batch goes on)'},
  {id: 'input-not-file', stage: 'corpus', severity: 'error', meaning: 'a FIFO, device, socket or folder where a file was expected (rejected by name, never opened for reading)'},
  {id: 'input-too-large', stage: 'corpus', severity: 'error', meaning: 'larger than `--max-size` (default 50 MB); rejected before it is read whole'},
  {id: 'document-timeout', stage: 'corpus', severity: 'error', meaning: 'processing ran past its time limit (10 s plus 1 s per 100 KB); its worker is stopped, the others go on (rejected)'},
  {id: 'store-failed', stage: 'corpus', severity: 'error', meaning: 'the database refused the document (disk full …); rolled back (rejected)'},
  {id: 'run-cut-off', stage: 'corpus', severity: 'warning', meaning: 'a run was cut off (its process killed) before it ended; said by the next command, which finishes its corpus-wide pass'},
  {id: 'run-failed', stage: 'corpus', severity: 'error', meaning: 'the documents are stored, but the corpus-wide pass or the run record failed'},
  {id: 'usage', stage: 'cli', severity: 'error', meaning: 'an unknown command or option, a missing or malformed value (exit 2, nothing done)'},
  {id: 'input-missing', stage: 'cli', severity: 'error', meaning: 'a path that does not exist, a glob that matches nothing, a folder without input files (exit 2 before any database or run is made)'},
  {id: 'database-missing', stage: 'cli', severity: 'error', meaning: 'no database at `--db` for a command that reads one (exit 2)'},
  {id: 'document-unknown', stage: 'cli', severity: 'error', meaning: 'a `--doc` that names no stored document (exit 2, nothing done)'},
  {id: 'document-ambiguous', stage: 'cli', severity: 'error', meaning: 'a `--doc` sha256 prefix or file name that names several documents; the candidates are listed (exit 2)'},
  {id: 'run-unknown', stage: 'cli', severity: 'error', meaning: 'a `--from`/`--to` that names no finished run, or fewer than two runs to compare (exit 2)'},
  {id: 'command-failed', stage: 'cli', severity: 'error', meaning: 'the command failed on its environment: a database it cannot open or migrate, a file it cannot write (exit 2)'}
] as const satisfies readonly Rule[]

export type RuleId = (typeof RULES)[number]['id']

const byId: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]))

export function ruleOf(id: string): Rule | undefined {
  return byId.get(id)
}

/** The README's `## Messages` table. */
export function rulesTable(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.stage} | ${r.severity} | ${r.meaning} |`)
  return ['| ruleId | stage | severity | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n')
}
