// Copied from ../shared/tools/floor.mjs (the project brief's yardstick; CI has no ../shared), unchanged below this line.
// The FLOOR: the irreducible work on the same files, in plain Node (no tsx, no unified).
// read → strict UTF-8 decode → NFC → lines → ~10 regexes per line → better-sqlite3 (WAL),
// one row per document (raw bytes + sha256), one per line, one per match; one transaction per document.
//   node ../shared/tools/floor.mjs DIR DB      (run from the project root)
import {readdirSync, readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {createHash} from 'node:crypto'
import {createRequire} from 'node:module'

// better-sqlite3 comes from the project in the working directory.
const Database = createRequire(join(process.cwd(), 'package.json'))('better-sqlite3')

const [dir, dbPath] = process.argv.slice(2)
for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, {force: true})
const db = new Database(dbPath)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = NORMAL')
db.pragma('foreign_keys = ON')
db.exec(`CREATE TABLE documents (id INTEGER PRIMARY KEY, source TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, raw BLOB NOT NULL, size INTEGER NOT NULL);
CREATE TABLE lines (document_id INTEGER NOT NULL REFERENCES documents(id), seq INTEGER NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, PRIMARY KEY (document_id, seq));
CREATE TABLE matches (document_id INTEGER NOT NULL REFERENCES documents(id), line_seq INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);`)

const PATTERNS = [
  ['top', /^[ \t]*TOP[ \t]+(\d+(?:\.\d+)*[a-z]?)/g],
  ['land', /\b(BW|BY|BE|BB|HB|HH|HE|MV|NI|NW|RP|SL|SN|ST|SH|TH)\b/g],
  ['land_name', /\b(?:Baden-Württemberg|Bayern|Berlin|Brandenburg|Bremen|Hamburg|Hessen|Mecklenburg-Vorpommern|Niedersachsen|Nordrhein-Westfalen|Rheinland-Pfalz|Saarland|Sachsen-Anhalt|Sachsen|Schleswig-Holstein|Thüringen)\b/gu],
  ['beschluss', /Beschluss:/g],
  ['date', /\b(\d{1,2})\.[ \t]?(?:(\d{1,2})\.|(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)[ \t])[ \t]?(\d{4})\b/gu],
  ['clause', /^[ \t]*(\d{1,2})\.[ \t]+\p{Lu}/gu],
  ['item', /^[ \t]*([a-z])\)[ \t]/g],
  ['time', /\b(\d{1,2})[:.](\d{2})[ \t]*Uhr\b/g],
  ['vote', /(?:einstimmig|Enthaltung|Gegenstimme|Ja-Stimmen|abgelehnt|angenommen)/g],
  ['person', /(?:Dr\.|Prof\.|Minister(?:in)?|Staatssekretär(?:in)?)[ \t]+(\p{Lu}\p{L}+)/gu],
  ['page', /^[ \t]*(?:Seite[ \t]+)?\d+[ \t]*(?:von[ \t]+\d+)?[ \t]*$/g]
]

const insDoc = db.prepare('INSERT INTO documents (source, sha256, raw, size) VALUES (?, ?, ?, ?)')
const insLine = db.prepare('INSERT INTO lines (document_id, seq, text, start) VALUES (?, ?, ?, ?)')
const insMatch = db.prepare('INSERT INTO matches (document_id, line_seq, kind, value, start, end) VALUES (?, ?, ?, ?, ?, ?)')
const decoder = new TextDecoder('utf-8', {fatal: true})
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
let bytesTotal = 0
let linesTotal = 0
let matchesTotal = 0
const store = db.transaction((name, raw, lines) => {
  const id = Number(insDoc.run(name, createHash('sha256').update(raw).digest('hex'), raw, raw.length).lastInsertRowid)
  let offset = 0
  for (let seq = 0; seq < lines.length; seq++) {
    const line = lines[seq]
    insLine.run(id, seq, line, offset)
    for (const [kind, re] of PATTERNS) {
      for (const m of line.matchAll(re)) {
        insMatch.run(id, seq, kind, m[0], offset + m.index, offset + m.index + m[0].length)
        matchesTotal++
      }
    }
    offset += line.length + 1
  }
  linesTotal += lines.length
})
for (const name of files) {
  const raw = readFileSync(join(dir, name))
  bytesTotal += raw.length
  const text = decoder.decode(raw).normalize('NFC').replace(/\r\n?/g, '\n')
  store.immediate(name, raw, text.split('\n'))
}
db.close()
process.stdout.write(`${files.length} files, ${(bytesTotal / 1e6).toFixed(2)} MB, ${linesTotal} lines, ${matchesTotal} matches\n`)
