/**
 * Bad input, case by case, through one batch ingest: each file is either
 * rejected (named, nothing written, the others unaffected) or ingested with
 * positioned diagnostics. The README's "Bad input" table lists the same.
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {openDatabase} from '../src/store/db.ts'
import {ingestFiles} from '../src/corpus/run.ts'
import {encode1252, pipeline, seed} from './helpers.ts'

const protocol = seed('dmk-02').toString('utf8')
const enc = (s: string) => Buffer.from(s, 'utf8')

function randomBytes(n: number, seedValue = 7): Buffer {
  let state = seedValue
  return Buffer.from(Array.from({length: n}, () => (state = (state * 1103515245 + 12345) % 2147483648) & 0xff))
}

const cut = protocol.indexOf('Der Beschlussvorschlag wird angenommen – bei Enthaltung von Bremen')

const CASES: Record<string, {bytes: Buffer; expect: 'rejected' | 'ingested'; rule?: string; kind?: string}> = {
  'empty.txt': {bytes: Buffer.alloc(0), expect: 'rejected', rule: 'input-empty'},
  'scan.pdf.txt': {bytes: Buffer.concat([enc('%PDF-1.7\n'), randomBytes(200)]), expect: 'rejected', rule: 'input-binary'},
  'random.txt': {bytes: randomBytes(4096), expect: 'rejected', rule: 'input-binary'},
  'cut-in-utf8.txt': {bytes: enc(protocol).subarray(0, enc(protocol).indexOf(Buffer.from('ä')) + 1), expect: 'ingested', rule: 'encoding-truncated'},
  'utf16.txt': {bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(protocol, 'utf16le')]), expect: 'ingested', kind: 'protocol'},
  'windows-1252.txt': {bytes: encode1252(protocol), expect: 'ingested', rule: 'encoding-fallback', kind: 'protocol'},
  'double-encoded.txt': {bytes: enc(new TextDecoder('windows-1252').decode(enc(protocol))), expect: 'ingested', rule: 'encoding-double-utf8', kind: 'protocol'},
  'lone-cr.txt': {bytes: enc(protocol.replace(/\n/g, '\r')), expect: 'ingested', kind: 'protocol'},
  'cut-in-agenda-item.txt': {bytes: enc(protocol.slice(0, cut + 'Der Beschlussvorschlag wird angenommen – bei Enthaltung von'.length)), expect: 'ingested', rule: 'document-truncated'},
  'duplicate-top.txt': {bytes: enc(protocol.replace(' TOP 13 ', ' TOP 12 ')), expect: 'ingested', rule: 'agenda-duplicate'},
  'non-increasing-top.txt': {bytes: enc(protocol.replace(/^TOP 14 $/m, 'TOP 4 ')), expect: 'ingested', rule: 'agenda-order'},
  'not-a-protocol.txt': {bytes: enc('Einkaufsliste\n\nMilch, Brot, Äpfel\n'), expect: 'ingested', rule: 'kind-unknown', kind: 'unknown'},
  'long-line.txt': {bytes: enc(`Beginn/Ende 9:00 Uhr – 12:45 Uhr\nOrt Berlin\n TOP 1 \nVerschiedenes\n${'Die DMK berät lange. '.repeat(100_000)}\n TOP 2 \nEnde.\n`), expect: 'ingested', kind: 'protocol'}
}

describe('bad input', () => {
  it('rejects or ingests each case as documented, and a rejection writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'protokollant-bad-'))
    const paths = Object.entries(CASES).map(([name, c]) => {
      writeFileSync(join(dir, name), c.bytes)
      return join(dir, name)
    })
    const db = openDatabase(':memory:')
    const summary = await ingestFiles(db, paths, {pipeline, pipelineName: 'dmk'})
    for (const [name, c] of Object.entries(CASES)) {
      const outcome = summary.documents.find((d) => d.path.endsWith(`/${name}`))!
      const stored = db.prepare('SELECT id, kind FROM documents WHERE source = ?').get(name) as {id: number; kind: string} | undefined
      if (c.expect === 'rejected') {
        expect(outcome.status, name).toBe('rejected')
        expect(outcome.rejection!.ruleId, name).toBe(c.rule)
        expect(outcome.rejection!.reason, name).toMatch(/^Unexpected /)
        expect(stored, name).toBeUndefined()
        continue
      }
      expect(outcome.status, name).toBe('ingested')
      if (c.kind) expect(stored!.kind, name).toBe(c.kind)
      if (c.rule) {
        const diagnostic = db.prepare('SELECT line, "column", raw_start FROM diagnostics WHERE document_id = ? AND rule_id = ?').get(stored!.id, c.rule) as {line: number; column: number; raw_start: number} | undefined
        expect(diagnostic, `${name}: ${c.rule}`).toBeDefined()
        expect(diagnostic!.line, name).toBeGreaterThan(0)
        expect(diagnostic!.raw_start, name).not.toBeNull()
      }
    }
    expect(summary.rejected).toBe(3)
  }, 60_000)

  it('reads lone CR, UTF-16 and repaired double-encoded text to the same records as the original', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'protokollant-same-'))
    const db = openDatabase(':memory:')
    const names = ['original.txt', 'lone-cr.txt', 'utf16.txt', 'double-encoded.txt', 'windows-1252.txt']
    writeFileSync(join(dir, 'original.txt'), enc(protocol))
    for (const n of names.slice(1)) writeFileSync(join(dir, n), CASES[n]!.bytes)
    await ingestFiles(db, names.map((n) => join(dir, n)), {pipeline, pipelineName: 'dmk'})
    const view = (source: string) => db.prepare(`SELECT a.number, a.title, v.outcome, GROUP_CONCAT(p.land || '=' || p.position) AS positions
      FROM agenda_items a JOIN documents d ON d.id = a.document_id LEFT JOIN votes v ON v.document_id = a.document_id AND v.item_seq = a.seq
      LEFT JOIN vote_positions p ON p.document_id = a.document_id AND p.item_seq = a.seq WHERE d.source = ? GROUP BY a.seq ORDER BY a.seq`).all(source)
    const original = view('original.txt')
    expect(original.length).toBe(25)
    for (const n of names.slice(1)) expect(view(n), n).toEqual(original)
  })
})
