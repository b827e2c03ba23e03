// Copied from ../shared/tools/synth-corpus.mjs (the generator; CI has no ../shared). One change: the seeds
// come from fixtures/seeds/, the same five files as ../shared/corpus/ under other names, in the same order,
// so the corpus is byte for byte the one the shared tool writes.
// Synthetic corpus: N protocols varied from the seed protocols (word order shuffled in long lines,
// a variant line appended), the way the project's bench/ingest.ts builds its corpus. Writes N files into DIR.
//   node shared/tools/synth-corpus.mjs DIR N [PREFIX]
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
const [dir, nArg, prefix = 'bench'] = process.argv.slice(2)
const n = Number(nArg)
const fixtures = new URL('../fixtures/seeds/', import.meta.url).pathname
const seeds = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(fixtures, f), 'utf8'))
const protocols = seeds.filter((s) => /^[ \t]*TOP[ \t]+\d/m.test(s))
let state = Number(process.env.SEED ?? 42)
const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648)
function vary(text, i) {
  return text.split('\n').map((line) => {
    if (line.length < 60 || /^[ \t]*(?:TOP|\d+\.|Beschluss)/.test(line)) return line
    const words = line.split(' ')
    for (let k = words.length - 1; k > 0; k--) {
      if (random() < 0.3) {
        const j = Math.floor(random() * (k + 1))
        ;[words[k], words[j]] = [words[j], words[k]]
      }
    }
    return words.join(' ')
  }).join('\n') + `\nVariante ${i}\n`
}
mkdirSync(dir, {recursive: true})
let bytes = 0
for (let i = 0; i < n; i++) {
  const k = i + Number(process.env.START ?? 0); const text = vary(protocols[k % protocols.length], k)
  writeFileSync(join(dir, `${prefix}-${String(i).padStart(5, '0')}.txt`), text)
  bytes += Buffer.byteLength(text)
}
console.log(`${n} files, ${(bytes / 1e6).toFixed(2)} MB, protocols used: ${protocols.length}`)
