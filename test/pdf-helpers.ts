/** PDFs the tests draw with pdfkit, and PDFs that must be rejected. */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
// @ts-expect-error pdfkit ships no types; the tests draw a few pages with it
import PDFDocument from 'pdfkit'

export const GENERALITY_PDFS = new URL('../fixtures/generality/pdf/', import.meta.url).pathname
export const SEED_PDFS = new URL('fixtures/pdf/', import.meta.url).pathname

export const generality = (name: string) => new Uint8Array(readFileSync(join(GENERALITY_PDFS, `${name}.pdf`)))

export interface Drawing {
  text(s: string): void
  image(data: Buffer, x: number, y: number, options: {width: number}): void
}

export async function drawPdf(options: Record<string, unknown>, draw: (doc: Drawing) => void): Promise<Uint8Array> {
  const doc = new PDFDocument({...options, info: {CreationDate: new Date(0)}})
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  draw(doc)
  doc.end()
  return new Uint8Array(await done)
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgAB4iG8MwAAAABJRU5ErkJggg==', 'base64')

/** PDFs that are rejected, each with its rule id and what its reason says. */
export async function badPdfs(): Promise<Array<[string, Uint8Array, string, RegExp]>> {
  const whole = generality('dmk-10-rostock-sparse')
  return [
    ['encrypted.pdf', await drawPdf({userPassword: 'geheim', ownerPassword: 'owner', pdfVersion: '1.7'}, (d) => d.text('TOP 1')), 'pdf-encrypted', /password/],
    ['scan.pdf', await drawPdf({}, (d) => d.image(PNG, 50, 50, {width: 400})), 'pdf-no-text', /without text/],
    ['cut.pdf', whole.subarray(0, whole.length >> 1), 'pdf-broken', /cut short/],
    ['garbage.pdf', new TextEncoder().encode('%PDF-1.7\nnot a PDF at all\n%%EOF\n'), 'pdf-broken', /broken PDF/],
    ['text.pdf', new TextEncoder().encode('TOP 1 Begrüßung\n'), 'pdf-broken', /no `%PDF-` header/]
  ]
}
