import {describe, expect, it} from 'vitest'
import {normalizeBytes, decode, RejectedInput} from '../src/normalize/index.ts'
import {lineColumn} from '../src/text/raw.ts'
import {encode1252, seed} from './helpers.ts'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('normalize', () => {
  const base = normalizeBytes(seed('dmk-01')).text

  it('reads CRLF, lone CR, a BOM, NFD, ligatures and soft hyphens to the same text', () => {
    const text = seed('dmk-01').toString('utf8')
    const variants = {
      crlf: utf8(text.replace(/\n/g, '\r\n')),
      cr: utf8(text.replace(/\n/g, '\r')),
      bom: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]),
      nfd: utf8(text.normalize('NFD')),
      ligatures: utf8(text.replace(/fi/g, '\uFB01').replace(/fl/g, '\uFB02')),
      softHyphens: utf8(text.replace(/Digitalisierung/g, 'Digi\u00ADtali\u00ADsierung')),
      nbsp: utf8(text.replace(/Dr\. /g, 'Dr.\u00A0'))
    }
    for (const [name, bytes] of Object.entries(variants)) {
      expect(normalizeBytes(bytes).text, name).toBe(base)
    }
  })

  it('falls back to Windows-1252 with a warning', () => {
    const text = 'Ort Futurium, Berlin\nStaatssekretärin Martina Klement – Vorsitz „DMK“\n'
    const cp1252 = encode1252(text)
    const n = normalizeBytes(cp1252)
    expect(n.encoding).toBe('windows-1252')
    expect(n.text).toBe(text)
    expect(n.warnings.map((w) => w.ruleId)).toEqual(['encoding-fallback'])
  })

  it('reads UTF-16 with its byte order mark', () => {
    const text = 'TOP 1\nFeststellung der Tagesordnung (BB)\n'
    const le = new Uint8Array(2 + text.length * 2)
    le[0] = 0xff
    le[1] = 0xfe
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff
      le[3 + 2 * i] = text.charCodeAt(i) >> 8
    }
    const n = normalizeBytes(le)
    expect(n.encoding).toBe('utf-16le')
    expect(n.text).toBe(text)
    expect(n.map[n.text.indexOf('Fest')]).toBe(2 + 2 * text.indexOf('Fest'))
  })

  it('maps every normalized character back to its raw byte', () => {
    const raw = utf8('Gr\u00FC\u00DFe\r\nStaatssekret\u0061\u0308r \uFB01x\u00ADy')
    const n = normalizeBytes(raw)
    expect(n.text).toBe('Grüße\nStaatssekretär fixy')
    const at = (s: string) => n.map[n.text.indexOf(s)]
    expect(at('S')).toBe(9)
    expect(at('ä')).toBe(9 + 'Staatssekret'.length)
    expect(n.map[n.text.length]).toBe(raw.length)
  })

  it('is idempotent', () => {
    const once = normalizeBytes(utf8('a\r\nb\u00ADc \uFB01 e\u0301\f')).text
    expect(normalizeBytes(utf8(once)).text).toBe(once)
  })

  it('puts back the hyphens plain pdftotext dropped at line ends, only in a dump without line-end hyphens', () => {
    const filler = Array.from({length: 90}, (_, i) => `Zeile ${i} eines längeren Protokolls ohne Trennung am Zeilenende.`)
    const text = ['Die Länder prüfen OpenSource-Lösungen und KIVerordnung, HochrisikoKI-Systeme, das GovData-Portal.', ...filler].join('\n')
    const n = normalizeBytes(utf8(text))
    expect(n.text.split('\n')[0]).toBe('Die Länder prüfen Open-Source-Lösungen und KI-Verordnung, Hochrisiko-KI-Systeme, das GovData-Portal.')
    expect(n.changes['rehyphenated']).toBe(3)
    // The inserted hyphen maps to the raw offset of the letter after it.
    const bytesBefore = (i: number) => Buffer.byteLength(text.slice(0, i))
    expect(n.map[n.text.indexOf('-Source')]).toBe(bytesBefore(text.indexOf('Source')))
    expect(normalizeBytes(utf8(n.text)).text).toBe(n.text)
    // A dump that keeps its line-end hyphens ("Digitali-" / "sierung") was not dehyphenated: nothing changes.
    const kept = normalizeBytes(utf8(`${text}\nDigitali-\nsierung`))
    expect(kept.text.split('\n')[0]).toContain('OpenSource')
  })

  it('a hyphen left at a block\'s end (a word broken over the page) still says the dump was dehyphenated; an abbreviation of several parts stays', () => {
    const filler = Array.from({length: 90}, (_, i) => `Zeile ${i} eines längeren Protokolls ohne Trennung am Zeilenende.`)
    const text = ['Die Länder prüfen ihre ITDienste (SenInnDS) und den National-Once-OnlyTechnical-Standard bis zum 30. Okto-', '',
      '– 2 –', '', 'ber 2056.', ...filler].join('\n')
    const n = normalizeBytes(utf8(text))
    expect(n.text.split('\n')[0]).toBe('Die Länder prüfen ihre IT-Dienste (SenInnDS) und den National-Once-Only-Technical-Standard bis zum 30. Okto-')
    // Within a block the word goes on in the next line: the dump keeps its hyphens.
    const kept = normalizeBytes(utf8(text.replace('Okto-\n\n', 'Okto-\n')))
    expect(kept.text.split('\n')[0]).toContain('ITDienste')
  })

  it('records form feeds as page breaks', () => {
    const n = normalizeBytes(utf8('Seite eins\f2\nSeite zwei'))
    expect(n.text).toBe('Seite eins\n2\nSeite zwei')
    expect(n.pageBreaks).toEqual([10])
  })

  it('rejects empty files, PDF bytes and NUL bytes', () => {
    expect(() => decode(new Uint8Array())).toThrow(RejectedInput)
    expect(() => decode(utf8('%PDF-1.7\n'))).toThrow(/PDF/)
    expect(() => decode(new Uint8Array([0x41, 0x00, 0x42]))).toThrow(/NUL/)
  })

  it('repairs double-encoded UTF-8, but not "ß" followed by a soft hyphen', () => {
    const n = normalizeBytes(utf8('Die LÃ¤nder â€žDMKâ€œ'))
    expect(n.text).toBe('Die Länder „DMK“')
    expect(n.warnings.map((w) => w.ruleId)).toEqual(['encoding-double-utf8'])
    // Found by the soft-hyphen property: DF AD is valid UTF-8 (an N'Ko letter), not mojibake.
    const kept = normalizeBytes(utf8('außer Kraft au\u00DF\u00ADer, \u00C4\u00ADnderungsantrag'))
    expect(kept.text).toBe('außer Kraft außer, Änderungsantrag')
    expect(kept.warnings).toEqual([])
  })

  it('keeps a file cut inside a UTF-8 sequence, with a warning', () => {
    const bytes = utf8('Länder ä')
    const cut = bytes.subarray(0, bytes.length - 1)
    const n = normalizeBytes(cut)
    expect(n.text).toBe('Länder ')
    expect(n.warnings[0]!.ruleId).toBe('encoding-truncated')
  })
})

describe('lines and columns', () => {
  it('count a form feed and a lone CR as line ends, as normalization does', () => {
    const bytes = new TextEncoder().encode('eins\fzwei\r\ndrei\rvier ä x')
    expect(lineColumn(bytes, bytes.indexOf(0x78))).toEqual({line: 4, column: 8})
  })
})
