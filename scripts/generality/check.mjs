// Checks generality sources (fixtures/generality/FORMAT.md, "Checks"): the shape of the JSON,
// that every gold text is printed, that votes name all sixteen Länder, that Land codes are real.
//   node scripts/generality/check.mjs [--dir fixtures/heldout/src] [name…]     exit 1 when any check fails
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const LAENDER = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']
const FONTS = ['Helvetica', 'Times-Roman', 'DejaVuSans', 'LiberationSerif']
const POSITIONS = ['bottom-center', 'bottom-right', 'top-right', 'footer-right']
const ROLES = ['member', 'permanent_guest', 'guest', 'staff']
const OUTCOMES = ['adopted', 'rejected', 'withdrawn', 'deferred', 'noted']
const SIDES = ['yes', 'no', 'abstain', 'absent']

// --dir: another corpus in the same format (the held-out set), checked where it lies.
const args = process.argv.slice(2)
const dirAt = args.indexOf('--dir')
const srcDir = dirAt === -1 ? fileURLToPath(new URL('../../fixtures/generality/src/', import.meta.url)) : join(process.cwd(), args.splice(dirAt, 2)[1])
const all = readdirSync(srcDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort()
const names = args.map((n) => n.replace(/\.json$/, '').replace(/^.*\//, ''))

const fold = (s) => s.replace(/\s+/g, ' ').trim()
const printed = (s) => fold(s.replaceAll('**', '').replace(/\^\d+/g, ''))

function check(name) {
  const errors = []
  const err = (path, msg) => errors.push(`${name}.json ${path}: ${msg}`)
  let src
  try { src = JSON.parse(readFileSync(join(srcDir, `${name}.json`), 'utf8')) } catch (e) { err('', `not JSON: ${e.message}`); return errors }
  const isStr = (v) => typeof v === 'string'
  const isStrOrNull = (v) => v === null || isStr(v)
  const need = (ok, path, msg) => { if (!ok) err(path, msg); return ok }
  const land = (v, path) => need(LAENDER.includes(v), path, `${JSON.stringify(v)} is not a Land code`)

  need(src.name === name, 'name', `is ${JSON.stringify(src.name)}, the file is ${name}.json`)
  need(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name), 'name', 'lowercase words joined by hyphens')
  need(Array.isArray(src.shows) && src.shows.every(isStr), 'shows', 'a list of strings')

  // ---- style
  const s = src.style ?? {}
  need(FONTS.includes(s.font), 'style.font', `one of ${FONTS.join(', ')}`)
  need(typeof s.fontSize === 'number' && s.fontSize > 5 && s.fontSize < 20, 'style.fontSize', 'a size in pt')
  need(Array.isArray(s.margins) && s.margins.length === 4 && s.margins.every((x) => typeof x === 'number'), 'style.margins', '[top, right, bottom, left] in pt')
  need(['left', 'justify'].includes(s.align), 'style.align', 'left | justify')
  for (const k of ['runningHeader', 'runningFooter', 'pageNumber']) need(isStrOrNull(s[k]), `style.${k}`, 'a string or null')
  need(typeof s.runningHeaderOnFirstPage === 'boolean', 'style.runningHeaderOnFirstPage', 'true or false')
  need(s.pageNumber === null || POSITIONS.includes(s.pageNumberPosition), 'style.pageNumberPosition', `one of ${POSITIONS.join(', ')}`)

  // ---- blocks, and the printed text they make
  const texts = []
  const blocks = Array.isArray(src.blocks) ? src.blocks : (err('blocks', 'a list'), [])
  const marks = new Set()
  const notes = new Set()
  blocks.forEach((b, i) => {
    const p = `blocks[${i}]`
    const str = (k) => need(isStr(b[k]), `${p}.${k}`, `${b.t}: a string`) && texts.push(b[k])
    switch (b?.t) {
      case 'title': need(Array.isArray(b.lines) && b.lines.every(isStr), `${p}.lines`, 'a list of strings') && texts.push(...b.lines); break
      case 'fields':
        need(Array.isArray(b.rows) && b.rows.every((r) => Array.isArray(r) && r.length === 2 && r.every(isStr)), `${p}.rows`, '[label, value] pairs') && texts.push(...b.rows.flat())
        break
      case 'attendees':
        need(Array.isArray(b.sections), `${p}.sections`, 'a list')
        ;(b.sections ?? []).forEach((sec, k) => {
          need(isStr(sec.label), `${p}.sections[${k}].label`, 'a string') && texts.push(sec.label)
          ;(sec.rows ?? []).forEach((r, j) => {
            const q = `${p}.sections[${k}].rows[${j}]`
            if (need(Array.isArray(r) && r.length === 2 && r.every(isStr), q, '[code, names]')) {
              if (b.codeColumn === false) need(r[0] === '', q, 'codeColumn false: code must be ""')
              texts.push(...r)
            }
          })
        })
        need(b.order === undefined || ['rows', 'columns'].includes(b.order), `${p}.order`, 'rows | columns')
        break
      case 'h': str('text'); if (b.hang !== undefined) str('hang'); break
      case 'p': str('text'); break
      case 'li': str('label'); str('text'); break
      case 'table':
        need(Array.isArray(b.widths), `${p}.widths`, 'a list of widths')
        need(Array.isArray(b.rows) && b.rows.every((r) => Array.isArray(r) && r.every(isStr)), `${p}.rows`, 'rows of strings') && texts.push(...b.rows.flat())
        break
      case 'footnote': need(Number.isInteger(b.n), `${p}.n`, 'a number'); notes.add(b.n); str('text'); break
      case 'space': need(typeof b.pt === 'number', `${p}.pt`, 'a number'); break
      case 'pagebreak': break
      default: err(`${p}.t`, `unknown block type ${JSON.stringify(b?.t)}`)
    }
    for (const m of JSON.stringify(b).matchAll(/\^(\d+)/g)) marks.add(Number(m[1]))
  })
  for (const n of marks) need(notes.has(n), 'blocks', `marker ^${n} has no footnote block`)
  const text = printed(texts.join(' '))
  const shown = (v, path) => {
    if (v === null || v === undefined) return
    need(isStr(v) && v === fold(v), path, 'a string without doubled or outer blanks')
    need(text.includes(fold(v)), path, `not in the printed text: "${String(v).length > 90 ? String(v).slice(0, 90) + '…' : v}"`)
  }

  // ---- gold
  const g = src.gold ?? (err('gold', 'missing'), {})
  need(!('format' in g) && !('document' in g), 'gold', 'without "format" and "document"')
  const m = g.meeting ?? (err('gold.meeting', 'missing'), {})
  need(m.body === 'DMK', 'gold.meeting.body', '"DMK"')
  need(m.number === null || Number.isInteger(m.number), 'gold.meeting.number', 'an integer or null')
  need(m.date === null || /^\d{4}-\d{2}-\d{2}$/.test(m.date), 'gold.meeting.date', 'YYYY-MM-DD or null')
  for (const k of ['start', 'end']) need(m[k] === null || /^\d{2}:\d{2}$/.test(m[k]), `gold.meeting.${k}`, 'HH:MM or null')
  shown(m.place, 'gold.meeting.place')
  ;(m.chair ?? []).forEach((c, i) => shown(c, `gold.meeting.chair[${i}]`))
  ;(m.minutes ?? []).forEach((x, i) => shown(x.name, `gold.meeting.minutes[${i}].name`))
  ;(m.departures ?? []).forEach((d, i) => {
    land(d.org, `gold.meeting.departures[${i}].org`)
    if (d.proxy !== null) land(d.proxy, `gold.meeting.departures[${i}].proxy`)
  })
  ;(g.attendees ?? []).forEach((a, i) => {
    const p = `gold.attendees[${i}]`
    shown(a.name, `${p}.name`)
    need(ROLES.includes(a.role), `${p}.role`, ROLES.join(' | '))
    need(isStr(a.org), `${p}.org`, 'a code')
    if (a.role === 'member') land(a.org, `${p}.org`)
    need(typeof a.chair === 'boolean', `${p}.chair`, 'true or false')
    for (const k of ['honorific', 'title']) need(isStrOrNull(a[k]), `${p}.${k}`, 'a string or null')
  })
  ;(g.absent ?? []).forEach((c, i) => land(c, `gold.absent[${i}]`))
  const numbers = new Set()
  ;(g.agenda ?? []).forEach((a, i) => {
    const p = `gold.agenda[${i}] (${a.number})`
    need(isStr(a.number) && !/^TOP|[.:)]$/.test(a.number), `${p}.number`, 'as printed, without "TOP" and closing punctuation')
    need(!numbers.has(a.number), `${p}.number`, 'appears twice')
    need(a.parent === null || numbers.has(a.parent), `${p}.parent`, 'null or the number of an earlier item')
    numbers.add(a.number)
    shown(a.title, `${p}.title`)
    ;(a.sponsors ?? []).forEach((c, k) => land(c, `${p}.sponsors[${k}]`))
    need(Array.isArray(a.guests) && Array.isArray(a.attachments) && a.attachments.every(isStr), p, 'guests and attachments: lists (attachment numbers as strings)')
    const r = a.resolution
    if (r) {
      shown(r.preamble, `${p}.resolution.preamble`)
      need(Array.isArray(r.clauses), `${p}.resolution.clauses`, 'a list')
      ;(r.clauses ?? []).forEach((c, k) => {
        need(/^[0-9]+[a-z]?$|^[IVX]+$/.test(c.number), `${p}.resolution.clauses[${k}].number`, 'without punctuation ("1")')
        shown(c.text, `${p}.resolution.clauses[${k}].text`)
        if (c.items) need(c.items.length > 0, `${p}.resolution.clauses[${k}].items`, 'omit when empty')
        ;(c.items ?? []).forEach((it, j) => {
          need(/^[a-z]{1,2}$/.test(it.label), `${p}.resolution.clauses[${k}].items[${j}].label`, 'a letter ("a")')
          shown(it.text, `${p}.resolution.clauses[${k}].items[${j}].text`)
        })
      })
    }
    const v = a.vote
    if (v && v !== 'ignore') {
      need(OUTCOMES.includes(v.outcome), `${p}.vote.outcome`, OUTCOMES.join(' | '))
      need(v.unanimous === null || typeof v.unanimous === 'boolean', `${p}.vote.unanimous`, 'true, false or null')
      need(v.debate === null || typeof v.debate === 'boolean', `${p}.vote.debate`, 'true, false or null')
      if (['withdrawn', 'deferred', 'noted'].includes(v.outcome)) need(v.unanimous === null && v.positions === null, `${p}.vote`, `${v.outcome}: unanimous and positions are null`)
      if (v.positions !== null) {
        const keys = Object.keys(v.positions ?? {})
        const missing = LAENDER.filter((c) => !keys.includes(c))
        need(!missing.length, `${p}.vote.positions`, `does not list ${missing.join(', ')}`)
        for (const k of keys) land(k, `${p}.vote.positions.${k}`) && need(SIDES.includes(v.positions[k]), `${p}.vote.positions.${k}`, SIDES.join(' | '))
        for (const c of g.absent ?? []) need(v.positions?.[c] === 'absent', `${p}.vote.positions.${c}`, `${c} is absent from the session`)
        if (v.unanimous === true) need(keys.every((k) => ['yes', 'absent'].includes(v.positions[k])), `${p}.vote`, 'unanimous but someone voted no or abstained')
      }
    } else need(v === null || v === 'ignore', `${p}.vote`, 'null, "ignore" or an object')
    ;(a.notes ?? []).forEach((n, k) => {
      land(n.org, `${p}.notes[${k}].org`)
      need(isStr(n.kind), `${p}.notes[${k}].kind`, 'as printed')
      shown(n.text, `${p}.notes[${k}].text`)
    })
  })
  ;(g.agenda_changes ?? []).forEach((c, i) => {
    need(['withdrawn', 'moved', 'removed'].includes(c.change), `gold.agenda_changes[${i}].change`, 'withdrawn | moved | removed')
    if (c.by) land(c.by, `gold.agenda_changes[${i}].by`)
    shown(c.title, `gold.agenda_changes[${i}].title`)
  })
  ;(g.attachments ?? []).forEach((x, i) => {
    need(isStr(x.number), `gold.attachments[${i}].number`, 'a string')
    shown(x.title, `gold.attachments[${i}].title`)
  })
  return errors
}

let failed = 0
for (const n of names.length ? names : all) {
  if (!all.includes(n)) { console.error(`${n}: no such source`); failed++; continue }
  const errors = check(n)
  if (errors.length) { failed++; for (const e of errors) console.error(e) } else console.log(`${n}: ok`)
}
process.exit(failed ? 1 : 0)
