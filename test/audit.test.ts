/**
 * The audit page as a person sees it: rendered by headless Chromium (Debian
 * package `chromium`; .ci/run installs it): every segment kind visible,
 * records beside the text they came from and linked both ways, clicking a
 * record scrolls to its place, the diff per document and kind with
 * before → after, every text escaped; a screenshot in output/audit.png.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {renderAudit} from '../src/formats/audit.ts'
import type {AuditModel} from '../src/corpus/audit.ts'
import {FIXTURES, SEEDS, seed} from './helpers.ts'

const BIN = new URL('../bin/protokollant.mjs', import.meta.url).pathname
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p))
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--hide-scrollbars']

// CI installs Chromium; a developer machine without it skips (and says so).
const run = CHROMIUM || process.env.CI ? it : it.skip

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {encoding: 'utf8', timeout: 120_000})
  expect(r.status, r.stderr).toBe(0)
  return r
}

function chromium(page: string, profile: string, extra: string[] = []) {
  return spawnSync(CHROMIUM!, [...FLAGS, `--user-data-dir=${profile}`, ...extra, `file://${page}`], {encoding: 'utf8', timeout: 60_000})
}

/** The seeds and a leftover fixture, re-extracted into the IMK preset's records: the page shows the diff of run 1 → 2. */
function corpus(): {dir: string; db: string} {
  const dir = mkdtempSync(join(tmpdir(), 'protokollant-audit-'))
  const db = join(dir, 'db.sqlite')
  cli(['ingest', FIXTURES, new URL('fixtures/leftover-in-attachment-list.txt', import.meta.url).pathname, '--db', db, '--quiet'])
  cli(['reextract', '--db', db, '--pipeline', 'imk', '--quiet'])
  return {dir, db}
}

describe('audit page', {timeout: 180_000}, () => {
  run('renders in Chromium: every segment kind, records beside their text and linked both ways, the diff by document and kind', () => {
    expect(CHROMIUM, 'chromium must be installed (apt-get install chromium)').toBeTruthy()
    const {dir, db} = corpus()
    const page = join(dir, 'audit.html')
    cli(['audit', '--db', db, '--out', page])
    const dom = chromium(page, join(dir, 'profile'), ['--dump-dom'])
    expect(dom.status).toBe(0)
    const html = dom.stdout
    for (const kind of ['header', 'attendees', 'agenda_item', 'agenda_head', 'resolution', 'clause', 'vote', 'note', 'attachments', 'prose', 'furniture', 'leftover']) {
      expect(html, kind).toMatch(new RegExp(`<span class="[^"]*\\bk-${kind}\\b[^"]*"[^>]*>[^<]*\\S`))
    }
    // Every record links to its place in the text, and the place links back.
    const toPlace = [...html.matchAll(/<li class="rec [^"]*" id="(d\d+)-r-([\w-]+)"><a class="to" href="#\1-s-\2">/g)]
    expect(toPlace.length).toBeGreaterThan(200)
    for (const [, d, key] of toPlace) expect(html).toContain(`id="${d}-s-${key}" href="#${d}-r-${key}"`)
    // Vote and note places carry a label.
    expect(html).toMatch(/<a class="mark label k-vote" id="d2-s-vote-\d+" href="#d2-r-vote-\d+" title="[^"]*">vote: adopted, unanimous<\/a>/)
    expect(html).toMatch(/<a class="mark label k-note" id="d2-s-note-\d+" href="#d2-r-note-\d+" title="[^"]*">note: SN · protocol_note<\/a>/)
    // A record stands in the block of the text it came from: TOP 12's vote beside TOP 12's text.
    const block = html.split('<div class="block">').find((b) => b.includes('>TOP 12 · adopted<'))!
    expect(block).toContain('Bündelung digitalpolitischer Themen im Bundesrat')
    expect(block).toMatch(/<a class="mark label k-vote"[^>]*>vote: adopted<\/a><span class="[^"]*\bk-vote\b[^"]*"[^>]*>Der Beschlussvorschlag wird angenommen/)
    expect(block).not.toContain('TOP 13')
    // The diff of run 1 → 2, per document and kind, field by field.
    expect(html).toContain('<h2 id="diff">Diff of runs 1 → 2</h2>')
    expect(html).toMatch(/<section class="diffdoc" id="diff-5fe39061b5c3"><h3><a href="#doc-5fe39061b5c3">dmk-02-code-column-then-names\.txt<\/a>/)
    expect(html).toContain('<h4>meeting</h4><table class="diff"><tbody><tr class="changed"><td class="sign">~</td><td>(document)</td><td>body</td>' +
      '<td class="before">"DMK"</td><td>→</td><td class="after">"IMK"</td></tr></tbody></table>')
    expect(html).toContain('Vertraulich – nur für den Dienstgebrauch')
    expect(html).toMatch(/attachment-line<\/code><\/li>/)
    const out = new URL('../output/', import.meta.url).pathname
    mkdirSync(out, {recursive: true})
    const shot = join(out, 'audit.png')
    const png = chromium(page, join(dir, 'profile'), ['--window-size=1400,2400', `--screenshot=${shot}`])
    expect(png.status).toBe(0)
    expect(statSync(shot).size).toBeGreaterThan(50_000)
  })

  run('scrolls to a record\'s place in the text when the record is clicked', () => {
    const {dir, db} = corpus()
    const page = join(dir, 'audit.html')
    cli(['audit', '--db', db, '--out', page, '--doc', '5fe39061'])
    // The page has no scripts of its own: the test adds one that clicks as a person would and reports where the view went.
    const probe = `<script>
addEventListener('load', () => {
  const link = document.querySelector('li.rec.k-vote a.to[href$="-s-' + document.querySelector('li.rec.k-vote:last-of-type').id.split('-r-')[1] + '"]')
  const target = document.getElementById(link.getAttribute('href').slice(1))
  const before = scrollY
  link.click()
  setTimeout(() => {
    const box = target.getBoundingClientRect()
    document.title = JSON.stringify({before, after: scrollY, top: Math.round(box.top), height: innerHeight, hash: location.hash, id: target.id, matches: target.matches(':target')})
  }, 200)
})
</script>`
    const probed = join(dir, 'probed.html')
    writeFileSync(probed, readFileSync(page, 'utf8').replace('</body>', `${probe}</body>`))
    const dom = chromium(probed, join(dir, 'profile'), ['--window-size=1200,900', '--virtual-time-budget=5000', '--dump-dom'])
    expect(dom.status).toBe(0)
    const title = /<title>(.*?)<\/title>/.exec(dom.stdout)![1]!.replace(/&quot;/g, '"')
    const seen = JSON.parse(title) as {before: number; after: number; top: number; height: number; hash: string; id: string; matches: boolean}
    expect(seen.before).toBe(0)
    expect(seen.after).toBeGreaterThan(1000)
    expect(seen.hash).toBe(`#${seen.id}`)
    expect(seen.id).toMatch(/^d2-s-vote-\d+$/)
    expect(seen.matches).toBe(true)
    // In view, below the sticky header.
    expect(seen.top).toBeGreaterThan(40)
    expect(seen.top).toBeLessThan(seen.height)
  })
})

const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '</style><b>x</b>', 'javascript:alert(1)', "'><svg onload=alert(1)>"]

describe('audit page with hostile text', {timeout: 120_000}, () => {
  it('escapes every text of the model: file names, titles, names, clauses, notes, diagnostics, diff keys and values', () => {
    const h = HOSTILE.join(' ')
    const model: AuditModel = {
      documents: [{
        id: 1, sha256: 'a'.repeat(64), source: `${h}.txt`, kind: h, encoding: h, text: `Ort ${h}\nTOP 1 ${h}\n`,
        spans: [{kind: 'header', label: h, start: 0, end: 10}, {kind: h, label: h, start: 5, end: 20}],
        records: ['meeting', 'attendee', 'agenda', 'clause', 'vote', 'note', h].map((kind, i) => ({
          key: `${kind === h ? 'x' : kind}-${i}`, kind, agenda: h, label: h, text: h, detail: h, start: i, end: i + 5
        })),
        diagnostics: [{rule_id: h, severity: h, reason: h, line: 1, column: 1}]
      }],
      diff: {from: 1, to: 2, documents: [{source: h, sha256: 'a'.repeat(64), changes: [
        {kind: h, key: h, change: 'changed', fields: [{field: h, before: h, after: h}]},
        {kind: h, key: h, change: 'added', fields: [{field: h, before: undefined, after: h}]}
      ]}]}
    }
    const html = renderAudit(model)
    expect(html).not.toMatch(/<script|<img|<svg|<b>x/i)
    expect(html.match(/<\/style>/g)).toHaveLength(1)
    expect(html).not.toMatch(/(?:href|src)\s*=\s*["']?\s*javascript:/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;')
  })

  run('escapes what a hostile file name and hostile text put on the page, as Chromium reads it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'protokollant-hostile-'))
    const text = seed('dmk-02').toString('utf8')
      .replace('Futurium, Berlin', `Futurium ${HOSTILE[2]} ${HOSTILE[0]}`)
      .replace('Umsetzung der Deutschen Verwaltungscloud-Strategie befördern', `Umsetzung ${HOSTILE[1]} befördern`)
      .replace('Martina Klement', `Martina ${HOSTILE[4]} Klement`)
      .replace(/Dörte Schall/g, HOSTILE[3]!)
    const name = join(dir, `${HOSTILE[1]}.txt`)
    writeFileSync(name, text)
    const other = join(dir, `${HOSTILE[4]}${SEEDS[0]}`)
    // No digit in a name's place: a "name" with digits is no person (a running header's date), and says nothing.
    writeFileSync(other, seed('dmk-01').toString('utf8').replace('Claudia Keese', `Claudia ${HOSTILE[0]!.replace('(1)', '(eins)')} Keese`))
    const db = join(dir, 'db.sqlite')
    cli(['ingest', name, other, '--db', db, '--quiet'])
    const page = join(dir, 'audit.html')
    cli(['audit', '--db', db, '--out', page])
    const html = readFileSync(page, 'utf8')
    expect(html).toContain(`${HOSTILE[1]!.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}.txt`)
    expect(html).toMatch(/Unexpected ambiguous Land for `Claudia &lt;script&gt;alert\(eins\)&lt;/)
    expect(html).not.toMatch(/<script|<img|<svg/i)
    expect(html.match(/<\/style>/g)).toHaveLength(1)
    const dom = chromium(page, join(dir, 'profile'), ['--dump-dom'])
    expect(dom.status).toBe(0)
    expect(dom.stdout).not.toMatch(/<script|<img|<svg/i)
    expect(dom.stdout).toContain('&lt;/style&gt;&lt;b&gt;x&lt;/b&gt;')
    expect(dom.stdout).not.toMatch(/href="javascript:/i)
  })
})
