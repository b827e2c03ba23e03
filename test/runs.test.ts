import {describe, expect, it} from 'vitest'
import {openDatabase} from '../src/store/db.ts'
import {ingestFiles} from '../src/corpus/run.ts'
import {reextract} from '../src/corpus/run.ts'
import {diffRuns, listRuns} from '../src/corpus/runs.ts'
import {readSnapshots} from '../src/store/runs.ts'
import {headCommit, packageVersion, parserVersion} from '../src/corpus/version.ts'
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {createDmk} from '../pipelines/dmk.ts'
import {FIXTURES, SEEDS, gold, pipeline} from './helpers.ts'

const files = SEEDS.map((s) => FIXTURES + s)

// Ingests and re-extractions through the CLI: more than the default 5 s on a loaded machine.
describe('runs and re-extraction', {timeout: 120_000}, () => {
  it('records the checkout\'s commit with the package version, read from .git (no git process at every start)', () => {
    const root = new URL('..', import.meta.url)
    const head = existsSync(new URL('.git', root)) ? execFileSync('git', ['rev-parse', 'HEAD'], {cwd: root, encoding: 'utf8'}).trim() : ''
    expect(parserVersion()).toBe(head ? `${packageVersion()}+${head.slice(0, 7)}` : packageVersion())
    // A branch's loose ref, a packed one, a detached HEAD; no .git; a worktree's .git file (git is asked then).
    const checkout = (files: Record<string, string>) => {
      const dir = mkdtempSync(join(tmpdir(), 'protokollant-git-'))
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(dir, name, '..'), {recursive: true})
        writeFileSync(join(dir, name), text)
      }
      return headCommit(pathToFileURL(`${dir}/`))
    }
    const hash = '60dc6da0e1f2a3b4c5d6e7f8091a2b3c4d5e6f70'
    expect([
      checkout({'.git/HEAD': 'ref: refs/heads/main\n', '.git/refs/heads/main': `${hash}\n`}),
      checkout({'.git/HEAD': 'ref: refs/heads/main\n', '.git/packed-refs': `# pack-refs with: peeled\n${hash} refs/heads/main\n`}),
      checkout({'.git/HEAD': `${hash}\n`}),
      checkout({'README.md': ''}),
      checkout({'.git': 'gitdir: ../elsewhere\n'})
    ]).toEqual(['60dc6da', '60dc6da', '60dc6da', '', undefined])
  })

  it('records every ingest and re-extraction that changed something as a run, and none that changed nothing', async () => {
    const db = openDatabase(':memory:')
    await ingestFiles(db, files, {pipeline, pipelineName: 'dmk'})
    const same = await reextract(db, {pipeline, pipelineName: 'dmk'})
    expect(same).toMatchObject({run: null, reextracted: 0, unchanged: 5, rejected: 0, missing: []})
    const again = await ingestFiles(db, files, {pipeline, pipelineName: 'dmk'})
    expect(again).toMatchObject({run: null, ingested: 0, unchanged: 5})
    expect(listRuns(db).map((r) => r.id)).toEqual([1])
    const changed = await reextract(db, {pipeline: createDmk({phrasings: {noDebate: []}}), pipelineName: 'dmk-test'})
    expect(changed).toMatchObject({run: 2, reextracted: 1, unchanged: 4})
    const runs = listRuns(db)
    expect(runs.map((r) => [r.id, r.kind, r.pipeline, r.documents])).toEqual([[1, 'ingest', 'dmk', 5], [2, 'reextract', 'dmk-test', 5]])
    expect(runs[1]!.parserVersion).toMatch(/^\d+\.\d+\.\d+/)
    expect(runs[1]!.counts.votes).toBe(22)
    // Unchanged documents refer to the snapshots of the run before.
    const stored = (run: number) => (db.prepare('SELECT COUNT(*) AS n FROM run_documents WHERE run_id = ?').get(run) as {n: number}).n
    expect([stored(1), stored(2)]).toEqual([5, 1])
    expect(readSnapshots(db, 2).map((s) => s.sha256).sort()).toEqual(readSnapshots(db, 1).map((s) => s.sha256).sort())
    expect(diffRuns(db, 1, 1).flatMap((d) => d.changes)).toEqual([])
  })

  it('names exactly the records a changed rule changes, and nothing else', async () => {
    const db = openDatabase(':memory:')
    await ingestFiles(db, files, {pipeline, pipelineName: 'dmk'})
    // The rule change: "ohne Aussprache" no longer read as "no debate" (so "Aussprache" reads as debate).
    const changed = createDmk({phrasings: {noDebate: []}})
    await reextract(db, {pipeline: changed, pipelineName: 'dmk-test'})
    const diff = diffRuns(db, 1, 2).filter((d) => d.changes.length > 0)
    const expected = (gold('dmk-02').agenda as Array<Record<string, any>>)
      .filter((a) => a.vote && a.vote !== 'ignore' && a.vote.debate === false).map((a) => a.number as string)
    expect(expected).toEqual(['3', '4', '6', '13', '14'])
    expect(diff.map((d) => d.source)).toEqual(['dmk-02-code-column-then-names.txt'])
    expect(diff[0]!.changes.map((c) => [c.kind, c.key, c.change, c.fields])).toEqual(
      [...expected].sort((a, b) => a.localeCompare(b, 'de', {numeric: true}))
        .map((n) => ['vote', n, 'changed', [{field: 'debate', before: false, after: true}]])
    )
  })

  it('re-extracts only the documents asked for', async () => {
    const db = openDatabase(':memory:')
    await ingestFiles(db, files, {pipeline, pipelineName: 'dmk'})
    const summary = await reextract(db, {pipeline, pipelineName: 'dmk', documents: ['dmk-02-code-column-then-names.txt', '5fe39061b5c3', 'nope.txt']})
    expect(summary).toMatchObject({unchanged: 1, missing: ['nope.txt']})
    expect(summary.documents.map((d) => d.path)).toEqual(['dmk-02-code-column-then-names.txt'])
  })
})
