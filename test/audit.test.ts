/**
 * The audit page as a person sees it: rendered by headless Chromium (Debian
 * package `chromium`; .ci/run installs it), with every segment kind visible
 * and a screenshot written to output/audit.png.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {openDatabase} from '../src/store/db.ts'
import {ingestFiles} from '../src/corpus/run.ts'
import {reextract} from '../src/corpus/run.ts'
import {auditPage} from '../src/index.ts'
import {FIXTURES, SEEDS, pipeline} from './helpers.ts'

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p))
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--hide-scrollbars']

// CI installs Chromium; a developer machine without it skips (and says so).
const run = CHROMIUM || process.env.CI ? it : it.skip

describe('audit page', () => {
  run('renders in Chromium with every segment kind visible, and a screenshot', async () => {
    expect(CHROMIUM, 'chromium must be installed (apt-get install chromium)').toBeTruthy()
    const db = openDatabase(':memory:')
    await ingestFiles(db, [...SEEDS.map((s) => FIXTURES + s), new URL('fixtures/leftover-in-attachment-list.txt', import.meta.url).pathname], {pipeline, pipelineName: 'dmk'})
    await reextract(db, {pipeline, pipelineName: 'dmk'})
    const dir = mkdtempSync(join(tmpdir(), 'protokollant-audit-'))
    const page = join(dir, 'audit.html')
    writeFileSync(page, auditPage(db))
    const profile = join(dir, 'profile')
    const dom = spawnSync(CHROMIUM!, [...FLAGS, `--user-data-dir=${profile}`, '--dump-dom', `file://${page}`], {encoding: 'utf8', timeout: 60_000})
    expect(dom.status).toBe(0)
    const html = dom.stdout
    // What a person sees: the legend, each kind highlighted somewhere in the text, the diff, diagnostics.
    for (const kind of ['header', 'attendees', 'agendaItem', 'agendaHead', 'resolution', 'clause', 'vote', 'note', 'attachments', 'prose', 'furniture', 'leftover']) {
      expect(html, kind).toMatch(new RegExp(`<span class="[^"]*\\bk-${kind}\\b[^"]*"[^>]*>[^<]*\\S`))
    }
    expect(html).toContain('Fewer than two runs')
    expect(html).toContain('Vertraulich – nur für den Dienstgebrauch')
    expect(html).toMatch(/<b>attachment-line<\/b>/)
    const out = new URL('../output/', import.meta.url).pathname
    mkdirSync(out, {recursive: true})
    const shot = join(out, 'audit.png')
    const png = spawnSync(CHROMIUM!, [...FLAGS, `--user-data-dir=${profile}`, '--window-size=1400,2000', `--screenshot=${shot}`, `file://${page}`], {encoding: 'utf8', timeout: 60_000})
    expect(png.status).toBe(0)
    expect(statSync(shot).size).toBeGreaterThan(50_000)
  }, 120_000)
})
