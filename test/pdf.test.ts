/**
 * PDFs read in process: the text rebuilt from glyph positions (tables as
 * rows, wrapped cells in their column, a row-spanning label read first),
 * furniture and footnote markers from the geometry, every span mapped to
 * page and box; seeds printed to PDF give the records of their text; bad
 * PDFs are rejected with their rule id.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extractPdf, locate, locateInLines, type Box, type PdfText} from '../src/pdf/index.ts'
import {processPdf, type PdfProcessed} from '../src/document.ts'
import {FIXTURES, pipeline, run, SEEDS} from './helpers.ts'
import {badPdfs, drawPdf as pdf, generality, GENERALITY_PDFS, SEED_PDFS} from './pdf-helpers.ts'

const linesOf = (t: PdfText) => t.text.split(/[\n\f]/)
const lineWith = (t: PdfText, words: string) => linesOf(t).find((l) => l.includes(words))!

/** The record without its offsets: what a reader of the PDF and of the text should agree on. */
function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !/span/i.test(k)).map(([k, v]) => [k, withoutSpans(v)]))
  }
  return value
}

async function processed(bytes: Uint8Array, path: string): Promise<PdfProcessed> {
  const result = await processPdf(pipeline, bytes, path)
  if (!result.ok) throw new Error(`rejected: ${result.reason}`)
  return result
}

describe('text from a PDF', () => {
  it('prints a three-column table as rows, each column at its own position, blanks between', async () => {
    const t = await extractPdf(generality('dmk-03-mainz-three-column-table'))
    const rows = ['BW', 'BY', 'BE', 'TH'].map((code) => linesOf(t).find((l) => new RegExp(`^ *${code} {2,}\\S`).test(l))!)
    expect(rows.map((r) => r.trim())).toEqual([
      'BW       Minister Thomas Strobl', 'BY       Staatsminister Dr. Fabian Mehring',
      'BE       Staatssekretärin Martina Klement', 'TH       Minister Steffen Schütz'
    ])
    // Same x, same column, on every row (and on the next page).
    const codeAt = new Set(rows.map((r) => r.search(/\S/)))
    const namesAt = new Set(rows.map((r) => r.search(/ {2,}\S/) + r.slice(r.search(/ {2,}\S/)).search(/\S/)))
    expect(codeAt.size).toBe(1)
    expect(namesAt.size).toBe(1)
    expect(lineWith(t, 'Gerald Maruhn').search(/\S/)).toBe([...codeAt][0])
  })

  it('keeps a wrapped cell in its column and reads a label that spans rows before them', async () => {
    const t = await extractPdf(generality('dmk-12-berlin-layout-wraps'))
    const lines = linesOf(t)
    const he = lines.findIndex((l) => l.includes('Ministerin Prof. Dr. Kristina Sinemus'))
    expect(lines[he + 1]!.trim()).toBe('Burghardt')
    expect(lines[he + 1]!.search(/\S/)).toBe(lines[he]!.indexOf('Ministerin'))
    // "Weitere / Anwesende aus / den Ländern und / dem Bund" stands beside the BW and BY rows.
    const label = lines.findIndex((l) => l.trim() === 'Weitere')
    expect(lines.slice(label, label + 5).map((l) => l.trim().split(/ {2,}/)[0])).toEqual(['Weitere', 'Anwesende aus', 'den Ländern und', 'dem Bund', 'BW'])
  })

  it('leaves a label that only makes its own row taller with that row', async () => {
    const t = await extractPdf(generality('dmk-s1-videokonferenz-official-land-names'))
    const lines = linesOf(t)
    const at = lines.findIndex((l) => /^ *Land Baden- {2,}Ministerialdirektor Stefan Krebs$/.test(l))
    expect(at).toBeGreaterThan(-1)
    expect(lines[at + 1]!.trim()).toBe('Württemberg')
  })

  it('writes the words of a justified line one blank apart', async () => {
    const t = await extractPdf(generality('dmk-13-duesseldorf-roman-tops'))
    expect(lineWith(t, 'Tagesordnung abgesetzt')).toBe('der Tagesordnung abgesetzt, da die Abstimmung mit den Finanzressorts noch nicht')
  })

  it('marks running headers, page numbers and footnotes, and keeps footnote markers out of the sentence', async () => {
    const t = await extractPdf(generality('dmk-13-duesseldorf-roman-tops'))
    const kinds = (kind: string) => t.furniture.filter((f) => f.kind === kind).map((f) => t.text.slice(f.start, f.end))
    expect(kinds('page-number')).toEqual(['- 2 -', '- 3 -', '- 4 -', '- 5 -'])
    expect(kinds('footnote')).toEqual([
      '1 Bremen hatte seine Teilnahme mit Schreiben vom 2. Mai 2030 abgesagt; eine Übertragung des Stimmrechts',
      'ist nicht erfolgt.',
      '2  An der Arbeitsgruppe haben Baden-Württemberg, Berlin, Brandenburg, Hamburg, Hessen, Niedersachsen,',
      'Nordrhein-Westfalen, Rheinland-Pfalz, Saarland, Sachsen-Anhalt und Schleswig-Holstein mitgewirkt.',
      '3  Beschluss zu TOP 5 der 3. Sitzung am 12. und 13. Mai 2025 in Mainz.'
    ])
    expect(t.markers.map((m) => [m.text, t.text.slice(m.offset - 8, m.offset)])).toEqual([['1', 'eten ist'], ['2', 'tet hat.'], ['3', ' Sitzung']])
    expect(lineWith(t, 'Beschlüsse der 3. Sitzung')).toContain('der 3. Sitzung zum Einsatz')
    const header = await extractPdf(generality('dmk-12-berlin-layout-wraps'))
    const running = header.furniture.filter((f) => f.kind === 'running-header')
    expect(running.map((f) => f.page)).toEqual([2, 3, 4, 5, 6])
    expect(header.text.slice(running[0]!.start, running[0]!.end)).toBe('Digitalministerkonferenz · 12. Sitzung · 15. November 2029')
    expect(header.furniture.filter((f) => f.kind === 'page-number').map((f) => header.text.slice(f.start, f.end))).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `Seite ${n} von 6`))
  })

  it('reads PDFs begun side by side in one thread as if one after the other', async () => {
    // Two lanes, each beginning its next PDF while the other is still read (an ingest in one thread does so).
    const names = readdirSync(GENERALITY_PDFS).filter((f) => f.endsWith('.pdf')).sort().slice(0, 8)
    const texts = new Map<string, string>()
    let next = 0
    const lane = async () => {
      while (next < names.length) {
        const name = names[next++]!
        texts.set(name, (await extractPdf(generality(name.replace(/\.pdf$/, '')))).text)
      }
    }
    await Promise.all([lane(), lane()])
    for (const name of names) expect(texts.get(name), name).toBe((await extractPdf(generality(name.replace(/\.pdf$/, '')))).text)
  })

  it('maps any span of the text to its page and box', async () => {
    const t = await extractPdf(generality('dmk-03-mainz-three-column-table'))
    const at = t.text.indexOf('Minister Thomas Strobl')
    const [box, ...more] = locate(t.runs, at, at + 'Minister Thomas Strobl'.length)
    expect(more).toEqual([])
    // pdfkit drew it at x 238, baseline 841.89 − 596.09 from the top, 10 pt.
    expect(box!.page).toBe(1)
    expect(box!.x0).toBeCloseTo(238, 1)
    expect(box!.x1).toBeCloseTo(238 + 102.1, 1)
    expect(box!.top).toBeLessThan(841.89 - 596.09)
    expect(box!.bottom).toBeGreaterThan(841.89 - 596.09)
    // A word inside the run: cut in proportion.
    const [word] = locate(t.runs, at + 9, at + 15)
    expect(word!.x0).toBeGreaterThan(box!.x0 + 30)
    expect(word!.x1).toBeLessThan(box!.x1 - 20)
    // Across a page break: one box per page.
    const from = t.text.indexOf('NI       Nele Temel')
    const to = t.text.indexOf('Gerald Maruhn') + 5
    expect(locate(t.runs, from, to).map((b) => b.page)).toEqual([1, 2])
  })
})

describe('processPdf', () => {
  it('gives the seeds printed to PDF the records of their text', async () => {
    const pdfs = readdirSync(SEED_PDFS).filter((f) => f.endsWith('.pdf')).sort()
    expect(pdfs).toEqual(SEEDS.map((s) => s.replace(/\.txt$/, '.pdf')))
    for (const name of SEEDS) {
      const text = run(readFileSync(join(FIXTURES, name)), name)
      const fromPdf = await processed(new Uint8Array(readFileSync(join(SEED_PDFS, name.replace(/\.txt$/, '.pdf')))), name)
      expect(withoutSpans(fromPdf.record), name).toEqual(withoutSpans(text.record))
    }
  })

  it('hands the geometry on in the offsets of the text the records point into', async () => {
    const result = await processed(generality('dmk-03-mainz-three-column-table'), 'dmk-03.pdf')
    const text = String(result.file.value)
    expect(new TextDecoder().decode(result.pdf.textBytes).replace(/\f/g, '\n')).toBe(text)
    expect(result.pdf.extractor).toMatch(/^protokollant-pdf\/\d+ pdf\.js\/5\./)
    const span = result.record.meeting!.spans['place']!
    expect(text.slice(span.start, span.end)).toBe('Kurfürstliches Schloss, Peter-Altmeier-Allee 10, 55116 Mainz')
    const [box, ...more] = locate(result.pdf.runs, span.start, span.end)
    expect(more).toEqual([])
    expect([box!.page, Math.round(box!.x0), Math.round(box!.x1)]).toEqual([1, 188, 484])
    // Footnotes from the geometry are furniture segments of the record.
    const notes = await processed(generality('dmk-13-duesseldorf-roman-tops'), 'dmk-13.pdf')
    const footnotes = notes.record.segments.filter((s) => s.kind === 'furniture' && s.label === 'footnote')
    expect(footnotes.map((s) => String(notes.file.value).slice(s.span.start, s.span.start + 12))).toEqual(
      ['1 Bremen hat', 'ist nicht er', '2  An der Ar', 'Nordrhein-We', '3  Beschluss'])
  })

  it('locates a span from the stored lines as from the runs in memory', async () => {
    const result = await processed(generality('dmk-03-mainz-three-column-table'), 'dmk-03.pdf')
    const {extraction, runs} = result.pdf
    const raw = result.normalized.map
    // The same boxes, but for the stored coordinates' two decimals.
    const near = (b: Box) => ({page: b.page, x0: expect.closeTo(b.x0, 1), top: expect.closeTo(b.top, 1), x1: expect.closeTo(b.x1, 1), bottom: expect.closeTo(b.bottom, 1)})
    for (const r of runs) {
      expect(locateInLines(extraction.lines, extraction.text, raw[r.start]!, raw[r.end]!)).toEqual(locate(runs, r.start, r.end).map(near))
      // A word inside the run: cut in proportion to its characters (the text has umlauts; the offsets are bytes).
      const mid = Math.floor((r.start + r.end) / 2)
      expect(locateInLines(extraction.lines, extraction.text, raw[r.start]!, raw[mid]!)).toEqual(locate(runs, r.start, mid).map(near))
    }
    expect(runs.length).toBeGreaterThan(100)
  })

  it('rejects encrypted, image-only and broken PDFs with their rule id', async () => {
    for (const [path, bytes, ruleId, reason] of await badPdfs()) {
      const result = await processPdf(pipeline, bytes, path)
      expect(result.ok, path).toBe(false)
      if (result.ok) continue
      expect([result.path, result.ruleId], path).toEqual([path, ruleId])
      expect(result.reason, path).toMatch(reason)
    }
    // Restricted only by an owner password: it opens, so it is read.
    const open = await processPdf(pipeline, await pdf({ownerPassword: 'owner', pdfVersion: '1.7'}, (d) => d.text('Ergebnisprotokoll')), 'open.pdf')
    expect(open.ok).toBe(true)
  })

  it('never takes over the caller\'s bytes', async () => {
    const bytes = generality('dmk-10-rostock-sparse')
    const copy = bytes.slice()
    await processed(bytes, 'dmk-10.pdf')
    expect(bytes).toEqual(copy)
  })

  it('never throws on a damaged PDF: it reads what it can or rejects it', async () => {
    const whole = generality('dmk-10-rostock-sparse')
    const damaged = fc.record({
      at: fc.array(fc.nat({max: whole.length - 1}), {minLength: 1, maxLength: 8}),
      byte: fc.integer({min: 0, max: 255}),
      cut: fc.option(fc.nat({max: whole.length}), {nil: undefined})
    }).map(({at, byte, cut}) => {
      const bytes = whole.slice(0, cut ?? whole.length)
      for (const i of at) if (i < bytes.length) bytes[i] = byte
      return bytes
    })
    await fc.assert(fc.asyncProperty(damaged, async (bytes) => {
      const result = await processPdf(pipeline, bytes, 'damaged.pdf')
      if (!result.ok) expect(['pdf-broken', 'pdf-no-text', 'pdf-encrypted']).toContain(result.ruleId)
    }), {numRuns: 40, seed: 1414})
  }, 60_000)
})
