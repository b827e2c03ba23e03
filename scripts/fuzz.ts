/**
 * Fuzzing the document wing in one long-running process, as an adversary
 * would: protocols (the seeds and the generality corpus) mutated by byte
 * flips, deleted, duplicated and swapped lines and ranges, inserted Unicode
 * (RTL marks, combining marks, odd spaces, NUL, broken UTF-8), long lines,
 * repeated and deeply numbered heads, thousands of Land codes, huge and zero
 * numbers, odd dates and places. Any exception, `pipeline-error` or
 * `record-invalid` is a defect, and so is a document that takes more than 1 s
 * of CPU time per 100 KB (at least 1 s); each is written to test/fuzz-found/ with its reason (the test
 * test/fuzz-found.test.ts then keeps it fixed).
 *
 *   npm run fuzz -- [N=10000] [--seed S] [--quiet]
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {processBytes} from '../src/document.ts'
import {dmk} from '../pipelines/dmk.ts'

const ROOT = new URL('..', import.meta.url).pathname
const FOUND = join(ROOT, 'test/fuzz-found')

const args = process.argv.slice(2)
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000)
const seedAt = args.indexOf('--seed')
let state = seedAt === -1 ? 20261126 : Number(args[seedAt + 1])
const quiet = args.includes('--quiet')

/** A small deterministic PRNG (mulberry32), so a seed reproduces a run. */
function random(): number {
  state = (state + 0x6d2b79f5) | 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
const int = (max: number) => Math.floor(random() * max)

const bases: Buffer[] = [
  ...readdirSync(join(ROOT, 'fixtures/seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'fixtures/seeds', f))),
  ...readdirSync(join(ROOT, 'fixtures/generality/text')).map((f) => readFileSync(join(ROOT, 'fixtures/generality/text', f)))
]

const ODD = ['\u200F', '\u202E', '\u0301', '\u0308\u0308\u0308', '\u2003', '\u2009', '\u3000', '\u2028', '\u000B', '\u0000', '\uFEFF', '\u00AD', '\uFB01', '„', '“']
const PIECES = [
  'Die 0. Sitzung der DMK', 'Die 99999999999999999999. Sitzung', 'am 22.04.0024', 'am 31.02.2025', '99:99 Uhr',
  'Ort Hasso-Plattner-Institut, 12.05.2025, Potsdam', 'Anlage 7:', 'Anlagen:', 'TOP 1.1.1.1.1.1.1.1', 'TOP 999999',
  'Beschluss:', '1.', 'a)', '(1)', 'Beschluss (einstimmig):', 'mit 99:99:99 Stimmen', 'bei Enthaltung von', '(BB, BE)',
  'Mitglieder der DMK', 'Ständiger Gast', 'Weitere Anwesende', 'Zu TOP IV.1:', 'n. a.', 'i. V.', 'Seite 2 von 9', '- 3 -',
  'BW BY BE BB HB HH HE MV NI NW RP SL SN ST SH TH', 'Sachsen gibt folgende Protokollnotiz ab: „', 'Die Stimmführung für Thüringen übernimmt',
  'verlässt die Sitzung um 25:61 Uhr und überträgt ihr Stimmrecht auf', 'Die übrigen Länder stimmen dagegen.', '(beide )', '()', '(((', ')))'
]

type Mutation = (text: Buffer) => Buffer

const asLines = (b: Buffer) => b.toString('utf8').split('\n')
const fromLines = (lines: string[]) => Buffer.from(lines.join('\n'))

const MUTATIONS: Array<[string, Mutation]> = [
  ['byte flips', (b) => { const c = Buffer.from(b); for (let k = 0; k < 1 + int(20); k++) c[int(c.length)] = int(256); return c }],
  ['line deletion', (b) => { const l = asLines(b); for (let k = 0; k < 1 + int(30); k++) l.splice(int(l.length), 1); return fromLines(l) }],
  ['line duplication', (b) => { const l = asLines(b); for (let k = 0; k < 1 + int(30); k++) { const i = int(l.length); l.splice(i, 0, l[i] ?? '') } return fromLines(l) }],
  ['line swaps', (b) => { const l = asLines(b); for (let k = 0; k < 1 + int(40); k++) { const i = int(l.length); const j = int(l.length); [l[i], l[j]] = [l[j]!, l[i]!] } return fromLines(l) }],
  ['range duplication', (b) => { const l = asLines(b); const i = int(l.length); const len = int(200); l.splice(int(l.length), 0, ...l.slice(i, i + len)); return fromLines(l) }],
  ['word swaps', (b) => { const w = b.toString('utf8').split(' '); for (let k = 0; k < 1 + int(200); k++) { const i = int(w.length); const j = int(w.length); [w[i], w[j]] = [w[j]!, w[i]!] } return Buffer.from(w.join(' ')) }],
  ['odd Unicode', (b) => { let t = b.toString('utf8'); for (let k = 0; k < 1 + int(40); k++) { const i = int(t.length); t = t.slice(0, i) + pick(ODD) + t.slice(i) } return Buffer.from(t) }],
  ['odd spaces for blanks', (b) => Buffer.from(b.toString('utf8').replace(/ /g, () => (random() < 0.2 ? pick(['\u2003', '\u2009', '\u3000', '\u2028', '\u000B', '\t']) : ' ')))],
  ['broken UTF-8', (b) => { const c = Buffer.from(b); const bad = pick([[0xed, 0xa0, 0x80], [0xc3], [0xf0, 0x9f], [0xff, 0xfe], [0x00]]); const i = int(c.length); return Buffer.concat([c.subarray(0, i), Buffer.from(bad), c.subarray(i)]) }],
  ['protocol pieces', (b) => { const l = asLines(b); for (let k = 0; k < 1 + int(30); k++) l.splice(int(l.length), 0, pick(PIECES)); return fromLines(l) }],
  ['pieces inside lines', (b) => { const l = asLines(b); for (let k = 0; k < 1 + int(30); k++) { const i = int(l.length); const line = l[i] ?? ''; const at = int(line.length + 1); l[i] = line.slice(0, at) + pick(PIECES) + line.slice(at) } return fromLines(l) }],
  ['long line', (b) => { const l = asLines(b); l.splice(int(l.length), 0, pick(['A', 'Ab ', '(BB, ', 'bei Enthaltung von ', 'TOP 1 ', '„', '- ', 'Land ', 'Sachsen und ']).repeat(2000 + int(20000))); return fromLines(l) }],
  ['many heads', (b) => fromLines([...asLines(b), ...Array.from({length: 500 + int(3000)}, (_, k) => pick([`TOP ${k}`, `TOP ${int(9)}.${k}`, 'TOP 1', `Zu TOP ${k}:`]))])],
  ['many codes', (b) => fromLines([...asLines(b).slice(0, 30), ...Array.from({length: 2000 + int(8000)}, () => pick(['BW', 'BY', 'BE', 'SN', 'BMDS', 'n. a.', 'Minister Max Muster'])), ...asLines(b).slice(30)])],
  ['truncation', (b) => b.subarray(0, int(b.length))],
  ['random bytes', () => Buffer.from(Array.from({length: int(2000)}, () => int(256)))]
]

interface Finding {
  mutation: string
  reason: string
}

mkdirSync(FOUND, {recursive: true})
const started = performance.now()
let failures = 0
let slow = 0
let worst = {msPer100k: 0, size: 0, mutation: ''}
const byMutation = new Map<string, number>()
for (let k = 0; k < n; k++) {
  const [name, mutate] = pick(MUTATIONS)
  let input = pick(bases)
  // Now and then two mutations, so their effects meet.
  input = mutate(input)
  if (random() < 0.3) input = pick(MUTATIONS)[1](input)
  // CPU time, not wall time: on a shared machine other processes would make any document look slow.
  const c0 = process.cpuUsage()
  let finding: Finding | null = null
  try {
    const r = processBytes(dmk, input, `fuzz-${k}.txt`)
    if (!r.ok && !r.ruleId.startsWith('input-')) finding = {mutation: name, reason: `${r.ruleId}: ${r.reason}`}
  } catch (error) {
    finding = {mutation: name, reason: `threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`}
  }
  const used = process.cpuUsage(c0)
  const ms = (used.user + used.system) / 1000
  const per100k = (ms / Math.max(input.length, 100_000)) * 100_000
  if (per100k > worst.msPer100k) worst = {msPer100k: per100k, size: input.length, mutation: name}
  if (!finding && ms > 1000 && per100k > 1000) {
    slow++
    finding = {mutation: name, reason: `slow: ${ms.toFixed(0)} ms CPU for ${input.length} bytes`}
  }
  if (finding) {
    failures++
    byMutation.set(finding.mutation, (byMutation.get(finding.mutation) ?? 0) + 1)
    const id = createHash('sha256').update(input).digest('hex').slice(0, 16)
    writeFileSync(join(FOUND, `${id}.txt`), input)
    writeFileSync(join(FOUND, `${id}.json`), JSON.stringify(finding, null, 1) + '\n')
    if (!quiet) process.stderr.write(`[${k}] ${finding.mutation}: ${finding.reason.split('\n')[0]} → test/fuzz-found/${id}.txt\n`)
  }
  if (!quiet && (k + 1) % 1000 === 0) process.stderr.write(`${k + 1}/${n} inputs, ${failures} failure(s)\n`)
}
const seconds = (performance.now() - started) / 1000
process.stdout.write([
  `inputs            ${n} (seed ${seedAt === -1 ? 20261126 : args[seedAt + 1]}) in ${seconds.toFixed(0)} s, one process`,
  `failures          ${failures} (slow ${slow})${[...byMutation].map(([m, c]) => `; ${m} ${c}`).join('')}`,
  `slowest per 100 KB ${worst.msPer100k.toFixed(0)} ms CPU (${worst.size} bytes, ${worst.mutation})`,
  `peak RSS          ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`
].join('\n') + '\n')
process.exitCode = failures > 0 ? 1 : 0
