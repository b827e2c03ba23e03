/**
 * The house matches the pipeline: read from the code's own imports, every
 * module imports only its own layer or the ones below; SQL lives in
 * `store/` alone; every diagnostic rule is registered, used and documented.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {RULES, rulesTable} from '../src/record/rules.ts'

const ROOT = new URL('..', import.meta.url).pathname

/** Layers from the bottom: a module may import its own layer and those below. */
const LAYERS: ReadonlyArray<[string, RegExp]> = [
  ['record', /^src\/record\//],
  ['data', /^src\/data\//],
  ['text', /^src\/text\//],
  ['normalize', /^src\/normalize\/|^src\/pdf\//],
  ['segment', /^src\/segment\//],
  ['extract', /^src\/extract\//],
  ['compile', /^src\/compile\//],
  ['document', /^src\/document\.ts$|^pipelines\//],
  ['store', /^src\/store\//],
  ['corpus', /^src\/corpus\//],
  ['formats', /^src\/formats\//],
  ['cli', /^src\/cli\/|^src\/index\.ts$/]
]

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [])
}

const SOURCES = [...files('src'), ...files('pipelines')]

function layerOf(path: string): number {
  const i = LAYERS.findIndex(([, re]) => re.test(path))
  if (i === -1) throw new Error(`${path} is in no layer`)
  return i
}

function imports(path: string): string[] {
  const text = readFileSync(join(ROOT, path), 'utf8')
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"\n]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g)]
  return found.map((m) => relative(ROOT, resolve(dirname(join(ROOT, path)), m[1] ?? m[2]!)))
}

describe('architecture', () => {
  it('no module imports from a layer above its own', () => {
    expect(SOURCES.flatMap(imports).length, 'the import reader finds the imports').toBeGreaterThan(150)
    const upward: string[] = []
    for (const path of SOURCES) {
      for (const target of imports(path)) {
        if (layerOf(target) > layerOf(path)) upward.push(`${path} → ${target}`)
      }
    }
    expect(upward).toEqual([])
  })

  it('the document wing never reaches the store', () => {
    const wing = SOURCES.filter((p) => layerOf(p) <= layerOf('src/document.ts'))
    expect(wing.length).toBeGreaterThan(30)
    expect(wing.flatMap((p) => imports(p).filter((t) => t.startsWith('src/store/')).map((t) => `${p} → ${t}`))).toEqual([])
  })

  it('the worker pool loads no part of the pipeline, so the CLI starts worker threads before it loads the run', () => {
    // Value imports only ("import type" is erased), followed through every module they reach.
    const values = (path: string) => [...readFileSync(join(ROOT, path), 'utf8').matchAll(/(?:^|\n)(?:import|export)(?![ \t]+type[ \t])[^'"\n]*?from[ \t]+'(\.[^']+)'/g)]
      .map((m) => relative(ROOT, resolve(dirname(join(ROOT, path)), m[1]!)))
    const reached = new Set<string>()
    const visit = (path: string) => { if (!reached.has(path)) { reached.add(path); values(path).forEach(visit) } }
    visit('src/corpus/pool.ts')
    expect(reached.size, 'the pool reaches a few modules').toBeGreaterThan(2)
    expect([...reached].filter((p) => layerOf(p) >= layerOf('src/segment/x.ts') && layerOf(p) <= layerOf('src/document.ts'))).toEqual([])
    expect(values('src/cli/index.ts')).not.toContain('src/corpus/run.ts')
  })

  it('SQL is written in store/ only', () => {
    const sql = /\.prepare\(|\.exec\(['`"]\s*(?:CREATE|INSERT|UPDATE|DELETE|SELECT|PRAGMA|BEGIN|DROP|ALTER)|\b(?:SELECT|INSERT INTO|DELETE FROM|UPDATE)\b[^'`\n]{0,80}\b(?:FROM|SET|VALUES|WHERE)\b/
    const outside = SOURCES.filter((p) => !p.startsWith('src/store/') && sql.test(readFileSync(join(ROOT, p), 'utf8')))
    expect(outside).toEqual([])
  })
})

describe('rule registry', () => {
  it('README ## Messages is the registry table (npm run docs writes it)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain(`## Messages\n`)
    const section = readme.slice(readme.indexOf('## Messages\n'))
    expect(section).toContain(rulesTable())
  })

  it('every registered rule is raised somewhere in the code', () => {
    const code = SOURCES.filter((p) => p !== 'src/record/rules.ts').map((p) => readFileSync(join(ROOT, p), 'utf8')).join('\n')
    expect(RULES.filter((r) => !code.includes(`'${r.id}'`)).map((r) => r.id)).toEqual([])
  })
})
