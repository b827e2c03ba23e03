/**
 * How the command line speaks: every message — a diagnostic in a stored
 * document, a rejected file, a missing input, a usage error — is a vfile
 * message with a rule id, printed by vfile-reporter grouped per file
 * (`path` / `line:column  severity  reason  rule-id`) with a summary, on
 * stderr; with `--json` the same messages are data (snake_case keys).
 */
import type {Severity} from '../record/rules.ts'

export interface Message {
  /** The file (or input, database, command) the message is about. */
  path: string
  ruleId: string
  severity: Severity
  reason: string
  line?: number | null
  column?: number | null
  /** More lines under the message: a pipeline-error's stack under `--verbose`. */
  note?: string
}

/** A message as `--json` gives it. */
export interface MessageJson {
  path: string
  rule_id: string
  severity: Severity
  reason: string
  line: number | null
  column: number | null
  note?: string
}

/** A failure of the command itself (exit 2): its messages, and a hint how to go on. */
export class CliError extends Error {
  override name = 'CliError'
  constructor(readonly messages: Message[], readonly hint = '') {
    super(messages.map((m) => m.reason).join('; '))
  }
}

export function usage(command: string, reason: string): CliError {
  return new CliError([{path: `protokollant ${command}`.trim(), ruleId: 'usage', severity: 'error', reason}],
    `Run \`protokollant ${command ? `${command} ` : ''}--help\` for its options.`)
}

/**
 * A file name or message as it may be printed: control characters (ESC,
 * newline …), line separators and bidirectional overrides escaped, so a
 * name cannot move the cursor or hide itself.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
}

/** Warnings and infos printed by default (`--max-messages`): vfile-reporter measures every cell it aligns. */
export const MAX_MESSAGES = 100

/**
 * Messages grouped per path in first-seen order, as vfile-reporter prints
 * them, with its summary line; '' when there are none. `errorsOnly` keeps
 * errors alone (`--quiet`). `limit`: every error, and warnings and infos
 * up to this many in order; a last line counts those left out.
 */
export async function formatMessages(messages: readonly Message[], options: {errorsOnly?: boolean; color?: boolean; limit?: number} = {}): Promise<string> {
  if (!messages.some((m) => !options.errorsOnly || m.severity === 'error')) return ''
  // Loaded when there is something to say: `--help` answers without it.
  const [{VFile}, {reporter}] = await Promise.all([import('vfile'), import('vfile-reporter')])
  const files = new Map<string, InstanceType<typeof VFile>>()
  const limit = options.limit ?? Infinity
  let others = 0
  const left = {warning: 0, info: 0, files: new Set<string>()}
  for (const m of messages) {
    if (options.errorsOnly && m.severity !== 'error') continue
    if (m.severity !== 'error' && others++ >= limit) {
      left[m.severity]++
      left.files.add(m.path)
      continue
    }
    const path = printable(m.path)
    let file = files.get(path)
    if (!file) files.set(path, (file = new VFile({path})))
    const place = m.line ? {line: m.line, column: m.column ?? 1} : undefined
    const message = file.message(printable(m.reason), {place, ruleId: m.ruleId})
    message.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined
    if (m.note) message.note = m.note.split('\n').map(printable).join('\n')
  }
  const hidden = left.warning + left.info
  const more = hidden === 0 ? '' : `${files.size === 0 ? '' : '\n'}${hidden} more message(s) not shown (${[
    left.warning > 0 ? `${left.warning} warning(s)` : '', left.info > 0 ? `${left.info} info(s)` : ''
  ].filter(Boolean).join(', ')}, in ${left.files.size} file(s)): --max-messages all prints them, --json gives them as data\n`
  if (files.size === 0) return more
  const verbose = messages.some((m) => m.note)
  return `${reporter([...files.values()], {quiet: true, verbose, color: options.color ?? false})}\n${more}`
}

export function messageJson(m: Message): MessageJson {
  return {path: m.path, rule_id: m.ruleId, severity: m.severity, reason: m.reason, line: m.line ?? null, column: m.column ?? null,
    ...(m.note ? {note: m.note} : {})}
}

/** snake_case keys, recursively: one key case in every `--json` output. */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), snakeKeys(v)]))
}
