/**
 * Export never writes outside --out, whatever the documents are called
 * (issue 12): sources with `../`, absolute paths, backslashes, leading
 * dots, very long and non-ASCII names, and two names that differ only in
 * case. Through the CLI, on databases the library filled with such names.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {openDatabase} from '../src/store/db.ts'
import {storeDocument} from '../src/store/write.ts'
import {exportNames, safeStem} from '../src/formats/json.ts'
import {run, seed} from './helpers.ts'

const BIN = new URL('../bin/protokollant.mjs', import.meta.url).pathname

/** Every file below a folder, relative to it. */
function tree(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? tree(join(dir, e.name)).map((f) => join(e.name, f)) : [e.name]).sort()
}

const LONG = 'Protokoll-der-Sitzung-über-die-Länderübergreifende-Zusammenarbeit-'.repeat(4)

describe('export path containment', {timeout: 60_000}, () => {
  it('writes every document inside --out, one file each, whatever its source name', () => {
    const root = mkdtempSync(join(tmpdir(), 'protokollant-contain-'))
    const db = join(root, 'db.sqlite')
    const sources = ['../../escape.txt', '/etc/passwd.txt', '..\\..\\windows.txt', '.hidden.txt', '..txt', '..', '',
      `${LONG}.txt`, 'Straße-äöü-日本語.txt', 'CASE.txt', 'case.txt', 'nul\u0000and\u001bescape.txt', 'a/b/../../c.txt']
    const store = openDatabase(db)
    const base = seed('report-dmk-01').toString('utf8')
    sources.forEach((source, i) => {
      // Distinct bytes per document (the same bytes would be one document).
      const bytes = Buffer.from(`${base}\n${i}\n`)
      const r = run(bytes, source || 'x')
      storeDocument(store, {source, bytes, record: r.record, normalized: r.normalized, file: r.file})
    })
    store.close()
    const out = join(root, 'nested', 'out')
    const before = tree(root)
    const r = spawnSync(process.execPath, [BIN, 'export', '--db', db, '--out', out], {encoding: 'utf8'})
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toBe(`exported ${sources.length} document(s) as json: ${sources.length} file(s) → ${out}\n`)
    const after = tree(root)
    const added = after.filter((f) => !before.includes(f))
    // Everything new is a file directly inside --out, one per document, none longer than a file name may be.
    expect(added.every((f) => relative('nested/out', f).split('/').length === 1 && f.startsWith('nested/out/'))).toBe(true)
    const names = readdirSync(out)
    expect(names).toHaveLength(sources.length)
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(sources.length)
    for (const n of names) {
      expect(Buffer.byteLength(n)).toBeLessThanOrEqual(255)
      expect(n).toMatch(/\.json$/)
      expect(n).not.toMatch(/^\.|[/\\\u0000-\u001f]/)
    }
    expect(names).toContain('Straße-äöü-日本語.json')
    expect(names).toContain('escape.json')
    expect(names).toContain('passwd.json')
    const records = names.map((n) => JSON.parse(readFileSync(join(out, n), 'utf8')))
    expect(records.map((x) => x.document.source).sort()).toEqual([...sources].sort())
    expect(statSync(join(root, 'escape.json'), {throwIfNoEntry: false})).toBeUndefined()
  })

  it('keeps long and non-ASCII names from disk within a file name\'s bytes, and two names differing in case apart', () => {
    const root = mkdtempSync(join(tmpdir(), 'protokollant-names-'))
    mkdirSync(join(root, 'in'))
    const long = `${'Ä'.repeat(123)}.txt` // 250 bytes: the export name must still fit in 255 with its sha256.
    writeFileSync(join(root, 'in', long), seed('dmk-01'))
    writeFileSync(join(root, 'in', 'Bericht.txt'), seed('report-dmk-01'))
    writeFileSync(join(root, 'in', 'bericht.txt'), seed('report-dmk-02'))
    const db = join(root, 'db.sqlite')
    expect(spawnSync(process.execPath, [BIN, 'ingest', join(root, 'in'), '--db', db, '--quiet']).status).toBe(0)
    const out = join(root, 'out')
    expect(spawnSync(process.execPath, [BIN, 'export', '--db', db, '--out', out]).status).toBe(0)
    const names = readdirSync(out).sort()
    expect(names).toHaveLength(3)
    expect(names[0]).toBe('Bericht.json')
    expect(names[1]).toMatch(/^bericht\.[0-9a-f]{8}\.json$/)
    expect(names[2]).toBe(`${'Ä'.repeat(100)}.json`)
  })

  it('names files from the stem alone, stable as documents come', () => {
    expect(safeStem('../../x/y.txt')).toBe('y')
    expect(safeStem('C:\\a\\b.txt')).toBe('b')
    expect(safeStem('...txt')).toBe('document')
    expect(safeStem('a\u202eb.txt')).toBe('a_b')
    const docs = [{id: 1, source: 'a/001.txt', sha256: '1'.repeat(64)}, {id: 2, source: 'b/001.txt', sha256: '2'.repeat(64)},
      {id: 3, source: '001.22222222.txt', sha256: '3'.repeat(64)}]
    expect([...exportNames(docs).values()]).toEqual(['001.json', '001.22222222.json', `001.22222222.${'3'.repeat(8)}.json`])
    expect(exportNames(docs.slice(0, 2)).get(2)).toBe(exportNames(docs).get(2))
  })
})
