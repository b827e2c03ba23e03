import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {FIXTURES} from './helpers.ts'

const BIN = new URL('../bin/protokollant.mjs', import.meta.url).pathname

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {encoding: 'utf8'})
  return {status: r.status, stdout: r.stdout, stderr: r.stderr}
}

describe('cli', () => {
  it('prints help and exits 0', () => {
    const r = cli('--help')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('protokollant ingest')
  })

  it('rejects an unknown command with exit 2', () => {
    const r = cli('frobnicate')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('Unknown command `frobnicate`')
  })

  it('ingests the fixtures, rejects a bad file by name, and exports from the database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'protokollant-'))
    const bad = join(dir, 'scan.txt')
    writeFileSync(bad, Buffer.from('%PDF-1.7\n%âãÏÓ\n'))
    const db = join(dir, 'db.sqlite')
    const r = cli('ingest', FIXTURES, bad, '--db', db)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`${bad}:1:1: rejected: Unexpected PDF bytes`)
    expect(r.stdout).toContain('ingested 5, unchanged 0, rejected 1')
    const again = cli('ingest', FIXTURES, '--db', db)
    expect(again.status).toBe(0)
    expect(again.stdout).toContain('ingested 0, unchanged 5, rejected 0')
    const out = join(dir, 'export')
    expect(cli('export', '--db', db, '--out', out).status).toBe(0)
    expect(readdirSync(out).sort()).toEqual(readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => f.replace('.txt', '.json')).sort())
    const record = JSON.parse(readFileSync(join(out, 'dmk-02-code-column-then-names.json'), 'utf8'))
    expect(record.format).toBe('protocol-export/1')
    expect(record.meeting.place).toBe('Futurium, Berlin')
  })
})
