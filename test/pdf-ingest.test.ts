/**
 * PDFs through the command line: the seed protocols printed to PDF are
 * stored with the records of their texts and every span with the page and
 * box where the renderer drew its words; a folder mixes .txt and .pdf;
 * `reextract` reads a PDF's stored text again (no files) and extracts it
 * again from the stored PDF when the extractor changed; rejected PDFs
 * change nothing.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import Database from 'better-sqlite3'
// @ts-expect-error a script of the repository in plain JS: the renderer the seed PDFs were printed with
import {paginate} from '../scripts/render-text-pdf.mjs'
import {currentExtractor, extractPdf, EXTRACTOR_VERSION, type Box} from '../src/pdf/index.ts'
import {sha256, FACT_TABLES} from '../src/store/write.ts'
import {readGeometry} from '../src/store/pdf.ts'
import {exportDocument} from '../src/store/read.ts'
import {snapshot} from '../src/corpus/snapshot.ts'
import {FIXTURES, SEEDS, squash} from './helpers.ts'
import {badPdfs, GENERALITY_PDFS, SEED_PDFS} from './pdf-helpers.ts'

const ROOT = new URL('..', import.meta.url).pathname
const BIN = join(ROOT, 'bin/protokollant.mjs')
const TIMEOUT = 180_000

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {encoding: 'utf8'})
  return {status: r.status, stdout: r.stdout, stderr: r.stderr}
}

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `protokollant-${name}-`))
type Row = Record<string, unknown>

/** Columns that hold offsets into the stored text (which differs between a text and its PDF). */
const OFFSETS = new Set(['raw_start', 'raw_end', 'title_start', 'title_end', 'preamble_start', 'preamble_end'])

/** A table's rows without offsets, in a fixed order. */
function rowsOf(db: Database.Database, table: string): Row[] {
  const columns = (db.pragma(`table_info(${table})`) as Array<{name: string}>).map((c) => c.name).filter((c) => !OFFSETS.has(c))
  return db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM ${table} ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`).all() as Row[]
}

/** Rows of every table, for "nothing changed". */
function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT COUNT(*) FROM "${t}"`).pluck().get() as number]))
}

/**
 * Where scripts/render-text-pdf.mjs drew the characters of a text span
 * (bytes `[start, end)` of the seed text): Courier 10 pt, 6 pt a character
 * from x 40, a line every 15 pt from y 40, the page breaks of `paginate`.
 * One box per page, as `[page, x0, x1, first row, last row]`.
 */
function drawnAt(text: string, start: number, end: number): Array<[number, number, number, number, number]> {
  const lines = text.replace(/\n$/, '').split('\n')
  const place: Array<{page: number; row: number} | undefined> = []
  let k = 0
  ;(paginate(text) as string[][]).forEach((page, p) => page.forEach((line, row) => {
    // The blank line a page break stands for is not printed.
    while (lines[k] !== line) k++
    place[k++] = {page: p + 1, row}
  }))
  // Byte offset → line and character column.
  const at = (offset: number) => {
    const before = Buffer.from(text, 'utf8').subarray(0, offset).toString('utf8')
    const line = before.split('\n').length - 1
    return {line, column: before.length - before.lastIndexOf('\n') - 1}
  }
  // The seeds have none; a point would be a box without width.
  if (end <= start) throw new Error(`an empty span at ${start}`)
  const from = at(start)
  const to = at(end)
  const boxes = new Map<number, [number, number, number, number, number]>()
  for (let l = from.line; l <= to.line; l++) {
    const a = l === from.line ? from.column : 0
    const line = lines[l] ?? ''
    const b = l === to.line ? to.column : line.length
    const part = line.slice(a, b)
    if (!part.trim()) continue
    const x0 = 40 + 6 * (a + part.length - part.trimStart().length)
    const x1 = 40 + 6 * (b - (part.length - part.trimEnd().length))
    const {page, row} = place[l]!
    const have = boxes.get(page)
    boxes.set(page, have ? [page, Math.min(have[1], x0), Math.max(have[2], x1), Math.min(have[3], row), Math.max(have[4], row)] : [page, x0, x1, row, row])
  }
  return [...boxes.values()]
}

/** A located box against where the renderer drew: same page and x, and the rows inside its height. */
function expectDrawn(box: Box, drawn: [number, number, number, number, number], what: string) {
  const [page, x0, x1, first, last] = drawn
  expect([box.page, box.x0, box.x1], what).toEqual([page, expect.closeTo(x0, 1), expect.closeTo(x1, 1)])
  // Every printed row has its middle (baseline − 2 pt) at 40 + 15 row + 4.3.
  expect(box.top, what).toBeLessThan(40 + 15 * first + 4.3)
  expect(box.bottom, what).toBeGreaterThan(40 + 15 * last + 4.3)
  expect(box.bottom - box.top, what).toBeLessThan(15 * (last - first + 1))
}

describe('ingesting PDFs', () => {
  const dir = tmp('pdf-seeds')
  const textDb = join(dir, 'text.sqlite')
  const pdfDb = join(dir, 'pdf.sqlite')
  let ingested: Record<'text' | 'pdf', ReturnType<typeof cli>>
  beforeAll(() => {
    // Worker threads read the PDFs.
    ingested = {text: cli('ingest', FIXTURES, '--db', textDb, '--jobs', '2'), pdf: cli('ingest', SEED_PDFS, '--db', pdfDb, '--jobs', '2')}
  }, TIMEOUT)

  it('stores the seed PDFs with the records of their texts, their bytes as raw and their text beside', async () => {
    expect(ingested.text.status, ingested.text.stderr).toBe(0)
    expect(ingested.pdf.status, ingested.pdf.stderr).toBe(0)
    expect(ingested.pdf.stdout).toContain('ingested 5, unchanged 0, rejected 0')
    expect(ingested.pdf.stdout).toMatch(/PDFs 5, \d+ page\(s\) read/)
    const t = new Database(textDb, {readonly: true})
    const p = new Database(pdfDb, {readonly: true})
    for (const table of [...FACT_TABLES, 'persons']) expect(rowsOf(p, table), table).toEqual(rowsOf(t, table))
    expect(rowsOf(p, 'vote_positions').length).toBe(rowsOf(t, 'vote_positions').length)
    const docs = p.prepare('SELECT id, source, sha256, raw, size, encoding FROM documents ORDER BY id').all() as Array<Row & {raw: Buffer}>
    expect(docs.map((d) => d.source)).toEqual(SEEDS.map((s) => s.replace(/\.txt$/, '.pdf')))
    for (const d of docs) {
      const bytes = readFileSync(join(SEED_PDFS, String(d.source)))
      expect(Buffer.compare(d.raw, bytes), String(d.source)).toBe(0)
      expect([d.sha256, d.size, d.encoding]).toEqual([sha256(bytes), bytes.length, 'pdf'])
      const stored = p.prepare('SELECT extractor, version, text FROM pdf_texts WHERE document_id = ?').get(d.id) as {extractor: string; version: number; text: Buffer}
      expect([stored.extractor, stored.version]).toEqual([currentExtractor(), EXTRACTOR_VERSION])
      expect(stored.text.toString('utf8')).toBe((await extractPdf(new Uint8Array(bytes))).text)
    }
    // The same PDFs again change nothing.
    const again = cli('ingest', SEED_PDFS, '--db', pdfDb)
    expect(again.stdout).toContain('ingested 0, unchanged 5, rejected 0')
  }, TIMEOUT)

  it('gives every stored span the page and box where the renderer drew its words', () => {
    const t = new Database(textDb, {readonly: true})
    const p = new Database(pdfDb, {readonly: true})
    const texts = new Map(SEEDS.map((s, i) => [i + 1, readFileSync(join(FIXTURES, s), 'utf8')]))
    const checked = new Map<string, number>()
    for (const table of FACT_TABLES) {
      const spans = (table_: Database.Database) => {
        const columns = (table_.pragma(`table_info(${table})`) as Array<{name: string}>).map((c) => c.name)
        if (!columns.includes('raw_start')) return []
        const order = columns.filter((c) => !OFFSETS.has(c)).map((_, i) => i + 1).join(', ')
        return table_.prepare(`SELECT ${columns.filter((c) => !OFFSETS.has(c)).map((c) => `"${c}"`).join(', ')}, raw_start, raw_end FROM ${table} ORDER BY ${order}`).all() as Row[]
      }
      const fromText = spans(t)
      const fromPdf = spans(p)
      fromText.forEach((row, i) => {
        const other = fromPdf[i]!
        if (row.raw_start === null) return expect(other.raw_start, table).toBeNull()
        const id = row.document_id as number
        const located = readGeometry(p, id)!.locate(other.raw_start as number, other.raw_end as number)
        const drawn = drawnAt(texts.get(id)!, row.raw_start as number, row.raw_end as number)
        const what = `${table} ${JSON.stringify(row).slice(0, 120)}`
        expect(located.map((b) => b.page), what).toEqual(drawn.map((d) => d[0]))
        located.forEach((box, k) => expectDrawn(box, drawn[k]!, what))
        checked.set(table, (checked.get(table) ?? 0) + 1)
      })
    }
    // Every table with spans, each with rows located (813 spans in all).
    const spanned = FACT_TABLES.filter((table) => (t.pragma(`table_info(${table})`) as Array<{name: string}>).some((c) => c.name === 'raw_start'))
    expect([...checked.keys()].sort()).toEqual(spanned.filter((table) => t.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number > 0).sort())
    expect(checked.get('attendances')).toBe(t.prepare('SELECT COUNT(*) FROM attendances').pluck().get())
    expect(checked.size).toBeGreaterThan(20)
  })

  it('exports page and box beside each record, and the seeds still score 1.000', () => {
    const out = join(dir, 'export')
    const exported = cli('export', '--db', pdfDb, '--out', out)
    expect(exported.status, exported.stderr).toBe(0)
    const score = spawnSync('python3', [join(ROOT, 'scripts/score.py'), join(ROOT, 'fixtures/seeds/gold'), out], {encoding: 'utf8'})
    expect(score.status, score.stderr).toBe(0)
    expect(score.stdout).toMatch(/core F1 1\.000/)
    const record = JSON.parse(readFileSync(join(out, 'dmk-02-code-column-then-names.json'), 'utf8'))
    expect(record.document.pdf).toEqual({extractor: currentExtractor(), pages: expect.any(Array)})
    expect(record.document.pdf.pages[0]).toEqual({number: 1, width: 632, height: 830})
    const placed = (r: {pdf?: unknown}) => expect(r.pdf).toMatchObject({page: expect.any(Number), bbox: [expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number)]})
    for (const a of record.attendees) placed(a)
    for (const a of record.agenda) {
      expect(a.pdf.page).toBeGreaterThan(0)
      if (a.title) placed({pdf: a.title_pdf})
      expect(a.sponsors_pdf).toHaveLength(a.sponsors.length)
      for (const c of a.resolution?.clauses ?? []) expect(c.pdf.page).toBeGreaterThan(0)
      if (a.vote) {
        expect(a.vote.pdf.page).toBeGreaterThan(0)
        expect(a.vote.evidence_pdf).toHaveLength(a.vote.evidence.length)
      }
    }
    // Where the renderer drew the place and the first member, from the spans of the text version.
    const t = new Database(textDb, {readonly: true})
    const text = readFileSync(join(FIXTURES, 'dmk-02-code-column-then-names.txt'), 'utf8')
    const span = (sql: string) => t.prepare(sql).get() as {raw_start: number; raw_end: number}
    const asBox = (l: {page: number; bbox: number[]}): Box => ({page: l.page, x0: l.bbox[0]!, top: l.bbox[1]!, x1: l.bbox[2]!, bottom: l.bbox[3]!})
    const place = span("SELECT raw_start, raw_end FROM meeting_facts WHERE document_id = 2 AND field = 'place'")
    expectDrawn(asBox(record.meeting.place_pdf), drawnAt(text, place.raw_start, place.raw_end)[0]!, 'place')
    const strobl = span("SELECT raw_start, raw_end FROM attendances WHERE document_id = 2 AND name = 'Thomas Strobl'")
    expectDrawn(asBox(record.attendees.find((a: {name: string}) => a.name === 'Thomas Strobl').pdf), drawnAt(text, strobl.raw_start, strobl.raw_end)[0]!, 'Strobl')
    // A span over a page break: its first page, then the next.
    expect(record.meeting.number_pdf).toMatchObject({page: 10, continued: [{page: 11}]})
    // A text document's export has no such keys.
    const plain = join(dir, 'export-text')
    cli('export', '--db', textDb, '--out', plain)
    expect(readFileSync(join(plain, 'dmk-02-code-column-then-names.json'), 'utf8')).not.toMatch(/"pdf"|_pdf"/)
    // A run's snapshot names the extractor: a new one is a change `diff` shows.
    const p = new Database(pdfDb, {readonly: true})
    expect(snapshot(exportDocument(p, 2))[0]).toEqual({kind: 'document', key: '', fields: {kind: 'protocol', sha256: expect.any(String), extractor: currentExtractor()}})
  }, TIMEOUT)

  it('shows on the audit page the page of each record and of each span', () => {
    const page = join(dir, 'audit.html')
    expect(cli('audit', '--db', pdfDb, '--out', page).status).toBe(0)
    const html = readFileSync(page, 'utf8')
    const start = html.indexOf('<h2>dmk-02-code-column-then-names.pdf ')
    const section = html.slice(start, html.indexOf('<section class="doc"', start))
    expect(section).toMatch(new RegExp(`<small>protocol · pdf · 11 page\\(s\\) · ${currentExtractor().replace(/[.()/]/g, '\\$&')} · \\d+ record\\(s\\)`))
    // Thomas Strobl's row is printed on page 1, TOP 2.1 on page 5 (as the export says).
    expect(section).toMatch(/<li class="rec k-attendee"[^>]*><a [^>]*>member<\/a> <small class="page">S\. 1<\/small> Thomas Strobl </)
    expect(section).toMatch(/<li class="rec k-agenda"[^>]*><a [^>]*>TOP 2\.1<\/a> <small class="page">S\. 5<\/small> /)
    // A span's title names its page.
    expect(section).toMatch(/<span class="[^"]*k-vote[^"]*" title="[^"]*S\. \d+[^"]*">/)
    const text = join(dir, 'audit-text.html')
    expect(cli('audit', '--db', textDb, '--out', text).status).toBe(0)
    expect(readFileSync(text, 'utf8')).not.toContain('class="page"')
  }, TIMEOUT)
})

describe('a folder of texts and PDFs', () => {
  it('ingests the .txt and .pdf files in it, in any case of the extension, and nothing else', () => {
    const dir = tmp('mixed')
    mkdirSync(join(dir, 'sub'))
    copyFileSync(join(GENERALITY_PDFS, 'dmk-03-mainz-three-column-table.pdf'), join(dir, 'dmk-03.pdf'))
    copyFileSync(join(ROOT, 'fixtures/generality/text/dmk-04-berlin-column-order-tallies.layout.txt'), join(dir, 'dmk-04.txt'))
    copyFileSync(join(SEED_PDFS, 'report-dmk-01-dateline.pdf'), join(dir, 'sub', 'REPORT.PDF'))
    writeFileSync(join(dir, 'notes.md'), '# not a protocol\n')
    const db = join(dir, 'db.sqlite')
    const r = cli('ingest', dir, '--db', db, '--jobs', '2')
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toContain('ingested 3, unchanged 0, rejected 0')
    const d = new Database(db, {readonly: true})
    expect(d.prepare('SELECT d.source, d.kind, d.encoding, t.extractor IS NOT NULL AS pdf FROM documents d LEFT JOIN pdf_texts t ON t.document_id = d.id ORDER BY d.source').all()).toEqual([
      {source: 'REPORT.PDF', kind: 'press_report', encoding: 'pdf', pdf: 1},
      {source: 'dmk-03.pdf', kind: 'protocol', encoding: 'pdf', pdf: 1},
      {source: 'dmk-04.txt', kind: 'protocol', encoding: 'utf-8', pdf: 0}
    ])
  }, TIMEOUT)
})

describe('re-extracting PDFs', () => {
  it('reads the stored text again without files, and extracts again from the stored PDF when the extractor changed', async () => {
    const dir = tmp('pdf-reextract')
    const files = join(dir, 'files')
    mkdirSync(files)
    for (const f of readdirSync(SEED_PDFS)) copyFileSync(join(SEED_PDFS, f), join(files, f))
    const db = join(dir, 'db.sqlite')
    expect(cli('ingest', files, '--db', db).status).toBe(0)
    rmSync(files, {recursive: true})
    const w = new Database(db)
    const one = 1 // dmk-01: its PDF bytes spoilt, so that reading them would fail
    const two = 2 // dmk-02: its stored text altered, as an older extractor might have read it
    w.prepare("UPDATE documents SET raw = X'00' WHERE id = ?").run(one)
    const stored = w.prepare('SELECT text FROM pdf_texts WHERE document_id = ?').pluck().get(two) as Buffer
    w.prepare('UPDATE pdf_texts SET text = ? WHERE document_id = ?').run(Buffer.from(stored.toString('utf8').replace('Futurium', 'Futurxum')), two)
    const place = () => w.prepare("SELECT value FROM meeting_facts WHERE document_id = ? AND field = 'place'").pluck().get(two)

    // The extractor is the current one: the stored texts are read, not the PDFs.
    const reused = cli('reextract', '--db', db)
    expect(reused.status, reused.stderr).toBe(0)
    expect(reused.stdout).toBe('re-extracted 5 document(s): 1 changed, 4 unchanged, 0 failed (earlier records kept); recorded as run 2\n')
    expect(place()).toBe('Futurxum, Berlin')

    // Made by an older extractor: extracted again from the stored PDF, a run of its own.
    w.prepare('UPDATE pdf_texts SET version = ? WHERE document_id = ?').run(EXTRACTOR_VERSION - 1, two)
    const before = tableCounts(w)
    const fresh = cli('reextract', '--db', db)
    expect(fresh.status, fresh.stderr).toBe(0)
    expect(fresh.stdout).toBe('re-extracted 5 document(s): 1 changed, 4 unchanged, 0 failed (earlier records kept); ' +
      `1 PDF text(s) extracted again with ${currentExtractor()}; recorded as run 3\n`)
    expect(place()).toBe('Futurium, Berlin')
    expect(w.prepare('SELECT version, extractor, text FROM pdf_texts WHERE document_id = ?').get(two)).toEqual({
      version: EXTRACTOR_VERSION, extractor: currentExtractor(),
      text: Buffer.from((await extractPdf(new Uint8Array(readFileSync(join(SEED_PDFS, 'dmk-02-code-column-then-names.pdf'))))).text)
    })
    const after = tableCounts(w)
    expect(after.pdf_lines).toBe(before.pdf_lines)
    expect(cli('runs', '--db', db).stdout).toMatch(/run 3 {2}reextract .* · 1 PDF text\(s\) extracted\n/)
    const diff = cli('diff', '--db', db)
    expect(diff.status).toBe(1)
    expect(diff.stdout).toContain('runs 2 → 3: 1 record(s) differ in 1 document(s)')
    expect(diff.stdout).toContain('place: "Futurxum, Berlin" → "Futurium, Berlin"')

    // An older text whose PDF can no longer be read: rejected, its records and text kept.
    w.prepare('UPDATE pdf_texts SET version = ? WHERE document_id = ?').run(EXTRACTOR_VERSION - 1, one)
    const kept = tableCounts(w)
    const failed = cli('reextract', '--db', db, '--doc', 'dmk-01-constituent-codes-lost.pdf')
    expect(failed.status).toBe(1)
    expect(messageOf(failed.stderr, 'dmk-01-constituent-codes-lost.pdf')).toBe('error Unexpected broken PDF (no `%PDF-` header), expected a complete, readable PDF pdf-broken')
    expect(failed.stdout).toContain('1 failed (earlier records kept)')
    const now = tableCounts(w)
    expect({...now, runs: 0}).toEqual({...kept, runs: 0})
    expect(w.prepare('SELECT version FROM pdf_texts WHERE document_id = ?').pluck().get(one)).toBe(EXTRACTOR_VERSION - 1)
  }, TIMEOUT)
})

describe('rejected PDFs', () => {
  it('name the file and the rule, and change nothing in the database', async () => {
    const dir = tmp('pdf-bad')
    const db = join(dir, 'db.sqlite')
    expect(cli('ingest', FIXTURES, '--db', db).status).toBe(0)
    const counts = () => {
      const d = new Database(db, {readonly: true})
      const c = tableCounts(d)
      d.close()
      return c
    }
    const before = counts()
    const bad = await badPdfs()
    const paths = bad.map(([name, bytes]) => {
      writeFileSync(join(dir, name), bytes)
      return join(dir, name)
    })
    const r = cli('ingest', ...paths, '--db', db, '--jobs', '2')
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(`ingested 0, unchanged 0, rejected ${bad.length}`)
    for (const [name, , ruleId, reason] of bad) {
      const line = messageOf(r.stderr, join(dir, name))
      expect(line, name).toMatch(new RegExp(`^error .* ${ruleId}$`))
      expect(line, name).toMatch(reason)
    }
    // Nothing is recorded, not even a run: it wrote nothing.
    expect(counts()).toEqual(before)
  }, TIMEOUT)
})

/** The message vfile-reporter prints under a file's name (spaces squashed). */
function messageOf(stderr: string, path: string): string | undefined {
  const lines = stderr.split('\n')
  const at = lines.indexOf(path)
  return at === -1 ? undefined : squash(lines[at + 1] ?? '')
}
