#!/usr/bin/env node
// The CLI entry. It runs the JavaScript that `npm run build` puts in dist/
// (npm ci and npm install run it as `prepare`), so no TypeScript is compiled
// at start. When a source is newer than the build (someone is editing), or
// with PROTOKOLLANT_SOURCES=1, it runs the sources through tsx instead.
import {existsSync, readdirSync, statSync} from 'node:fs'
import {setFlagsFromString} from 'node:v8'

// Not set here: V8's --no-regexp-tier-up (regexes compiled from their first run: 5 files 2.0 → 1.35 s, a warm document
// about 12 % less CPU). Set from this file at run time it was there when two CLI processes died by a signal, once each in
// two full test runs (be53cb7 to b8e3f82); flipped after V8 has started, a regex flag may meet regexes compiled before.

// A worker keeps about 30 MB live between documents, but V8 let its heap grow to 130 MB and more before a full collection;
// with two workers the process passed 400 MB. Grown by half at most each time: reextract of 1,000 documents peaks at
// about 300 MB instead of 420–440 MB, and takes about 4 % longer.
setFlagsFromString('--heap-growing-percent=50')

// A reader that goes away (`protokollant --help | head -1`): stop quietly with the status of a command
// ended by SIGPIPE (141), as cat or git do, instead of an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(141)
  })
}

const root = new URL('../', import.meta.url)
const built = new URL('dist/src/cli/index.js', root)

function newerSource(dir, than) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir)
    if (entry.isDirectory() ? newerSource(path, than) : entry.name.endsWith('.ts') && statSync(path).mtimeMs > than) return true
  }
  return false
}

const useBuild = existsSync(built) && !process.env.PROTOKOLLANT_SOURCES &&
  !['src/', 'pipelines/'].some((d) => newerSource(new URL(d, root), statSync(built).mtimeMs))
let main
if (useBuild) {
  ({main} = await import(built.href))
} else {
  const {register} = await import('tsx/esm/api')
  register()
  ;({main} = await import('../src/cli/index.ts'))
}
process.exitCode = await main(process.argv.slice(2))
