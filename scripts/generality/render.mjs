// Lays out one generality source (fixtures/generality/FORMAT.md) as an A4 PDF with pdfkit.
//   node scripts/generality/render.mjs SRC.json OUT.pdf
// The layout is done here, not by pdfkit's wrapper: every page is first collected as a list of
// drawing operations, so the page total is known for "{pages}" and the order in which cells reach
// the content stream (attendees order "columns") is ours to choose.
// Optional layout features (FORMAT.md, "Optional layout fields"): "\n" as a hard line break,
// section breaks (pagebreak with columns / orientation, also continuous on the same page), line
// numbers, merged table cells, table header rows repeated on each page and rows that break
// across pages, rules, running headers that follow the section ("{section}") or have three
// parts, and hyphenation of listed words.
import PDFDocument from 'pdfkit'
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const PAGE_W = 595.28
const PAGE_H = 841.89
const TTF = '/usr/share/fonts/truetype/'
const FONTS = {
  Helvetica: ['Helvetica', 'Helvetica-Bold'],
  'Times-Roman': ['Times-Roman', 'Times-Bold'],
  DejaVuSans: [TTF + 'dejavu/DejaVuSans.ttf', TTF + 'dejavu/DejaVuSans-Bold.ttf'],
  LiberationSerif: [TTF + 'liberation/LiberationSerif-Regular.ttf', TTF + 'liberation/LiberationSerif-Bold.ttf']
}
const SUP = 0.6 // size of a footnote marker, relative to its text
const UPPER = /[A-ZÄÖÜ]/

// ---------------------------------------------------------------- rich text

// "**bold** text^1" -> tokens [{runs: [{text, bold, sup}], space}], `space` = a blank before it.
// A token ends at a blank, or after a hyphen that is followed by an uppercase letter
// ("OZG-" | "Dienste"): the only places where a line may break.
function tokenize(text) {
  const chars = []
  let bold = false
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('**', i)) { bold = !bold; i++; continue }
    const m = text[i] === '^' ? /^\^(\d+)/.exec(text.slice(i)) : null
    if (m) {
      for (const d of m[1]) chars.push({ch: d, bold, sup: Number(m[1])})
      i += m[0].length - 1
      continue
    }
    chars.push({ch: text[i] === '\u00a0' ? ' ' : text[i], bold, sup: 0})
  }
  const tokens = []
  let cur = null
  let space = false
  let br = false
  const push = (c) => {
    if (!cur) {
      cur = {runs: [], space}
      if (br) { cur.br = true; br = false }
    }
    const last = cur.runs[cur.runs.length - 1]
    if (last && last.bold === c.bold && last.sup === c.sup) last.text += c.ch
    else cur.runs.push({text: c.ch, bold: c.bold, sup: c.sup})
    space = false
  }
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]
    if (/\s/.test(c.ch)) {
      if (cur) tokens.push(cur)
      cur = null
      space = tokens.length > 0
      // "\n": a hard line break before the next token
      if (c.ch === '\n' && tokens.length) br = true
      continue
    }
    push(c)
    const next = chars[i + 1]
    const word = cur.runs.map((r) => r.text).join('')
    if (c.ch === '-' && next && UPPER.test(next.ch) && /\p{L}-$/u.test(word)) { tokens.push(cur); cur = null }
  }
  if (cur) tokens.push(cur)
  return tokens
}

const plain = (text) => text.replaceAll('**', '').replace(/\^\d+/g, '')
const footnoteMarks = (tokens) => [...new Set(tokens.flatMap((t) => t.runs.filter((r) => r.sup).map((r) => r.sup)))]

// ---------------------------------------------------------------- measuring

class Measure {
  constructor(doc, family) {
    this.doc = doc
    this.fonts = FONTS[family]
    if (!this.fonts) throw new Error(`unknown font ${family}`)
    this.names = this.fonts.map((f, i) => {
      if (!f.endsWith('.ttf')) return f
      const name = `${family}${i ? '-Bold' : ''}`
      doc.registerFont(name, f)
      return name
    })
    this.cache = new Map()
    this.hyphens = null
  }
  // style.hyphenation: word -> offsets after which it may break
  setHyphenation(list) {
    if (!list?.length) return
    this.hyphens = new Map(list.map((h) => {
      const parts = h.split('-')
      let at = 0
      return [parts.join(''), parts.slice(0, -1).map((p) => (at += p.length))]
    }))
  }
  font(bold) { return this.names[bold ? 1 : 0] }
  width(s, bold, size) {
    const key = `${bold ? 1 : 0}|${size}|${s}`
    let w = this.cache.get(key)
    if (w === undefined) {
      w = this.doc.font(this.font(bold)).fontSize(size).widthOfString(s)
      this.cache.set(key, w)
    }
    return w
  }
  ascender(bold, size) { return this.doc.font(this.font(bold)).fontSize(size)._font.ascender / 1000 * size }
  runWidth(r, size) { return this.width(r.text, r.bold, r.sup ? size * SUP : size) }
  tokenWidth(t, size) { return t.runs.reduce((a, r) => a + this.runWidth(r, size), 0) }
  spaceWidth(t, size) { return this.width(' ', t.runs[0].bold, size) }
}

// Greedy line breaking; a token wider than the line stays whole (never split inside a word),
// except a word listed in style.hyphenation, which may be split at one of its break points.
function wrap(m, tokens, width, size) {
  const lines = []
  let line = []
  let w = 0
  for (let t of tokens) {
    for (;;) {
      const tw = m.tokenWidth(t, size)
      const gap = line.length && t.space ? m.spaceWidth(t, size) : 0
      if (line.length && (t.br || w + gap + tw > width + 0.01)) {
        const parts = !t.br && m.hyphens ? hyphenate(m, t, width - w - gap, size) : null
        if (parts) line.push(parts[0])
        lines.push(line)
        line = []
        w = 0
        if (parts) { t = parts[1]; continue }
      }
      w += (line.length && t.space ? m.spaceWidth(t, size) : 0) + tw
      line.push(t)
      break
    }
  }
  if (line.length) lines.push(line)
  return lines
}

// style.hyphenation: ["Di-gi-ta-li-sie-rung", …] (as TeX's \hyphenation): a listed word (leading and
// trailing punctuation aside) may break at a line end after one of its marked syllables; the part
// on the line gets a hyphen, the rest starts the next line (a word processor's hyphenation).
// Returns the two tokens, the first as long as fits in `room`, or null.
function hyphenate(m, t, room, size) {
  const word = t.runs.map((r) => r.text).join('')
  const core = /^(\P{L}*)(\p{L}+)\P{L}*$/u.exec(word)
  const points = core && m.hyphens.get(core[2])
  if (!points) return null
  for (const p of [...points].reverse()) {
    const [a, b] = splitToken(t, core[1].length + p)
    a.runs[a.runs.length - 1].text += '-'
    if (m.tokenWidth(a, size) <= room + 0.01) return [a, b]
  }
  return null
}

function splitToken(t, at) {
  const a = {runs: [], space: t.space}
  const b = {runs: [], space: false}
  let i = 0
  for (const r of t.runs) {
    const cut = Math.max(0, Math.min(r.text.length, at - i))
    if (cut > 0) a.runs.push({...r, text: r.text.slice(0, cut)})
    if (cut < r.text.length) b.runs.push({...r, text: r.text.slice(cut)})
    i += r.text.length
  }
  if (t.br) a.br = true
  return [a, b]
}

// ---------------------------------------------------------------- layout

class Layout {
  constructor(src, doc) {
    const s = src.style
    this.src = src
    this.s = s
    this.m = new Measure(doc, s.font)
    this.m.setHyphenation(s.hyphenation)
    this.size = s.fontSize
    this.lh = s.lineHeight ?? 1.25
    const [mt, mr, mb, ml] = s.margins
    Object.assign(this, {mt, mr, mb, ml, pml: ml, cw: PAGE_W - ml - mr})
    this.pages = []
    this.footnotes = new Map(src.blocks.filter((b) => b.t === 'footnote').map((b) => [b.n, b]))
    // section state: text columns, orientation, the running header's {section}
    this.ncols = 1
    this.gap = 18
    this.orientation = 'portrait'
    this.section = undefined
    this.pendingSection = undefined
    this.newPage()
  }

  newPage() {
    const land = this.orientation === 'landscape'
    const w = land ? PAGE_H : PAGE_W
    const h = land ? PAGE_W : PAGE_H
    this.page = {ops: [], notes: [], noteH: 0, w, h, landscape: land, ml: this.pml, cw: w - this.pml - this.mr, sectionAtStart: this.section}
    this.pages.push(this.page)
    this.y = this.mt
    this.colTop = this.mt
    this.enterColumn(0)
  }
  // text column i of the current page (one column: the whole width between the margins)
  enterColumn(i) {
    this.col = i
    const n = this.ncols
    const colW = n > 1 ? (this.page.cw - (n - 1) * this.gap) / n : this.page.cw
    this.ml = this.page.ml + i * (colW + this.gap)
    this.cw = colW
    this.colStart = this.page.ops.length
  }
  // the next column, or a new page after the last
  advance() {
    // the lowest point a column reached on this page (for a continuous section break)
    this.page.colBottom = Math.max(this.page.colBottom ?? 0, this.y)
    if (this.col < this.ncols - 1) {
      this.enterColumn(this.col + 1)
      this.y = this.colTop
    } else this.newPage()
  }
  get limit() { return this.page.h - this.mb - this.page.noteH }
  empty() { return this.page.ops.length === this.colStart }
  ensure(h) { if (this.y + h > this.limit + 0.01 && !this.empty()) this.advance() }
  markSection() {
    if (this.pendingSection === undefined) return
    if (this.page.firstSection === undefined) this.page.firstSection = this.pendingSection
    this.section = this.pendingSection
    this.pendingSection = undefined
  }

  // One line of tokens at (x, top y); align left | justify | center | right.
  drawLine(ops, tokens, x, y, width, size, align, last) {
    const m = this.m
    let natural = 0
    let spaces = 0
    tokens.forEach((t, i) => {
      if (i && t.space) { natural += m.spaceWidth(t, size); spaces++ }
      natural += m.tokenWidth(t, size)
    })
    let extra = 0
    if (align === 'justify' && !last && spaces) extra = Math.max(0, (width - natural) / spaces)
    if (align === 'center') x += (width - natural) / 2
    if (align === 'right') x += width - natural
    const base = y + size * 0.8 * this.lh
    let group = null
    const flush = () => { if (group) ops.push(group); group = null }
    let cx = x
    tokens.forEach((t, i) => {
      const blank = i > 0 && t.space
      if (blank) cx += m.spaceWidth(t, size) + extra
      t.runs.forEach((r, k) => {
        const rs = r.sup ? size * SUP : size
        const glue = group && group.bold === r.bold && !r.sup && !group.sup && (k > 0 || blank || i > 0)
        if (glue) group.s += (k === 0 && blank ? ' ' : '') + r.text
        else {
          flush()
          group = {k: 'text', x: cx, base: base - (r.sup ? size * 0.35 : 0), s: r.text, bold: r.bold, size: rs, ws: extra, sup: r.sup}
        }
        cx += m.runWidth(r, size)
      })
    })
    flush()
  }

  // A wrapped text at x with the given width; breaks pages line by line and reserves room
  // at the page foot for the footnotes whose markers a line carries.
  text(text, x, width, opts = {}) {
    const size = opts.size ?? this.size
    const lines = wrap(this.m, tokenize(text), width, size)
    const lh = size * this.lh
    // x is relative to the column the text starts in; a line carried into the next column moves with it
    const ml0 = this.ml
    lines.forEach((line, i) => {
      const marks = footnoteMarks(line).filter((n) => !this.page.notes.includes(n) && this.footnotes.has(n))
      const noteH = () => marks.reduce((a, n) => a + this.noteHeight(n), 0) + (marks.length && !this.page.notes.length ? 10 : 0)
      if (this.y + lh > this.limit - noteH() + 0.01 && !this.empty()) this.advance()
      const h = noteH()
      for (const n of marks) this.page.notes.push(n)
      this.page.noteH += h
      if (i === 0) this.markSection()
      if (this.s.lineNumbers) this.lineNumber(size)
      const dx = this.ml - ml0
      if (i === 0 && opts.first) opts.first(this.page, this.y, dx)
      // a line ended by a hard break ("\n") is not justified, like a paragraph's last line
      this.drawLine(this.page.ops, line, x + dx, this.y, width, size, opts.align ?? 'left', i === lines.length - 1 || Boolean(lines[i + 1][0].br))
      this.y += lh
    })
    return lines.length
  }

  // A label ("1.", "TOP 3") printed beside the first line of a text, wherever that line lands,
  // and written to the page before it (as a word processor writes "1.<tab>text").
  labelAt(label, x, width, size) {
    return (page, y, dx = 0) => this.drawLine(page.ops, tokenize(label), x + dx, y, width, size, 'left', true)
  }

  // style.lineNumbers {every, size, gap}: every n-th text line of a page is numbered in the
  // margin left of its column (table cells are not counted), written just before the line
  lineNumber(size) {
    const ln = this.s.lineNumbers
    this.page.lineNo = (this.page.lineNo ?? 0) + 1
    if (this.page.lineNo % (ln.every ?? 5)) return
    const ns = ln.size ?? this.size - 2
    const base = this.y + size * 0.8 * this.lh
    const w = 30
    this.drawLine(this.page.ops, tokenize(String(this.page.lineNo)), this.ml - (ln.gap ?? 12) - w, base - ns * 0.8 * this.lh, w, ns, 'right', true)
  }

  noteHeight(n) {
    const size = this.size - 2
    return wrap(this.m, tokenize(this.footnotes.get(n).text), this.page.cw - 12, size).length * size * this.lh
  }

  cellLines(text, w, size) { return wrap(this.m, tokenize(text), w, size) }

  block(b) {
    if (b.section !== undefined) this.pendingSection = b.section
    const size = b.size ?? this.size
    const para = this.s.paraSpacing ?? this.size * 0.5
    switch (b.t) {
      case 'title': {
        const ts = b.size ?? this.size + 3
        for (const line of b.lines) this.text(`**${line}**`, this.ml, this.cw, {size: ts, align: 'center'})
        this.y += ts * 0.8
        break
      }
      case 'fields': this.fields(b); break
      case 'attendees': this.attendees(b); break
      case 'h': {
        const hs = b.size ?? this.s.headingSize ?? this.size + 1
        const hang = b.hang ? (b.hangWidth ?? 70) : 0
        const lines = wrap(this.m, tokenize(b.text), this.cw - hang, hs).length
        this.y += this.s.headingSpaceBefore ?? this.size
        // keep the heading with two lines of what follows
        this.ensure((lines + 2) * hs * this.lh)
        this.text(`**${b.text}**`, this.ml + hang, this.cw - hang,
          {size: hs, first: b.hang && this.labelAt(`**${b.hang}**`, this.ml, hang, hs)})
        this.y += this.size * 0.35
        break
      }
      case 'p': {
        const ind = b.indent ?? 0
        this.text(b.text, this.ml + ind, this.cw - ind, {size, align: b.align ?? this.s.align ?? 'left'})
        this.y += para
        break
      }
      case 'li': {
        const ind = b.indent ?? 0
        const hang = b.hang ?? 24
        this.text(b.text, this.ml + ind + hang, this.cw - ind - hang,
          {size, align: b.align ?? this.s.align ?? 'left', first: this.labelAt(b.label, this.ml + ind, hang, size)})
        this.y += b.after ?? para * 0.6
        break
      }
      case 'table': this.table(b); break
      case 'footnote':
        // printed at the foot of its marker's page; a footnote without marker goes on this page
        if (!this.pages.some((p) => p.notes.includes(b.n)) && !this.src.blocks.some((x) => x.t !== 'footnote' && JSON.stringify(x).includes(`^${b.n}`))) {
          this.page.notes.push(b.n)
          this.page.noteH += this.noteHeight(b.n) + 10
        }
        break
      case 'space':
        // rule: a horizontal line across the column in the middle of the space
        if (b.rule) this.page.ops.push({k: 'hline', x: this.ml, y: this.y + b.pt / 2, w: b.ruleWidth ?? this.cw, lw: b.lineWidth})
        this.y += b.pt
        break
      case 'pagebreak': {
        // a section break: columns (n text columns from the new page on), orientation
        // ("landscape" | "portrait"); column: true breaks to the next column only
        if (b.column) { this.advance(); break }
        // continuous: a section break on the same page (Word's "Abschnittswechsel (fortlaufend)"):
        // the new columns start below everything above; back to one column, the text goes on
        // below the longest column of this page
        if (b.continuous) {
          const bottom = Math.max(this.y, this.page.colBottom ?? 0)
          if (b.columns !== undefined) { this.ncols = b.columns; this.gap = b.gap ?? 18 }
          this.page.colBottom = undefined
          this.y = bottom
          this.colTop = bottom
          this.enterColumn(0)
          break
        }
        const relayout = b.columns !== undefined || b.orientation !== undefined
        if (b.columns !== undefined) { this.ncols = b.columns; this.gap = b.gap ?? 18 }
        if (b.orientation !== undefined) this.orientation = b.orientation
        if (this.page.ops.length) this.newPage()
        else if (relayout && !this.page.notes.length) { this.pages.pop(); this.newPage() }
        break
      }
      default: throw new Error(`unknown block type ${b.t}`)
    }
  }

  // Rows of cells; each cell {x, w, text}. Rows stay whole; returns placements {page, y, h, lines}.
  // dx: how far the column moved since the cells' x were computed at ml0 (text columns)
  placeRows(rows, size, pad, gap, ml0 = this.ml) {
    const lh = size * this.lh
    return rows.map((cells) => {
      const lines = cells.map((c) => this.cellLines(c.text, c.w - 2 * pad.x, size))
      const need = Math.max(Math.max(1, ...lines.map((l) => l.length)) * lh + 2 * pad.y, cells.minH ?? 0)
      this.ensure(need)
      this.markSection()
      const place = {page: this.page, y: this.y, h: need, lines, dx: this.ml - ml0}
      this.y += need + gap
      return place
    })
  }

  drawCell(page, cell, lines, y, size, pad, dx = 0) {
    const lh = size * this.lh
    lines.forEach((line, i) => this.drawLine(page.ops, line, cell.x + dx + pad.x, y + pad.y + i * lh, cell.w - 2 * pad.x, size, cell.align ?? 'left', true))
  }

  rect(page, x, y, w, h) { page.ops.push({k: 'rect', x, y, w, h}) }

  fields(b) {
    const size = b.size ?? this.size
    const lw = b.labelWidth ?? 130
    const pad = b.borders ? {x: 4, y: 3} : {x: 0, y: 1}
    const rows = b.rows.map(([label, value]) => [{x: this.ml, w: lw, text: label}, {x: this.ml + lw, w: this.cw - lw, text: value}])
    const places = this.placeRows(rows, size, pad, b.borders ? 0 : 2)
    places.forEach((p, i) => {
      rows[i].forEach((c, k) => {
        this.drawCell(p.page, c, p.lines[k], p.y, size, pad, p.dx)
        if (b.borders) this.rect(p.page, c.x + p.dx, p.y, c.w, p.h)
      })
    })
    this.y += this.size * 0.8
  }

  attendees(b) {
    const size = b.size ?? this.size
    const codes = b.codeColumn !== false
    const [w0, w1 = 60] = b.widths ?? [120, 60]
    const wc = codes ? w1 : 0
    const wn = b.widths?.[2] ?? this.cw - w0 - wc
    const x0 = this.ml
    const ml0 = this.ml
    const x1 = x0 + w0
    const x2 = x1 + wc
    const pad = {x: 4, y: b.borders ? 3 : 1.5}
    const lh = size * this.lh
    const all = []
    for (const sec of b.sections) {
      const labelLines = w0 > 0 ? this.cellLines(sec.label, w0 - 2 * pad.x, size) : []
      const rows = sec.rows.map(([code, names]) => {
        const cells = [{x: x2, w: wn, text: names}]
        if (codes) cells.unshift({x: x1, w: wc, text: code})
        return cells
      })
      // a section label taller than its rows stretches the last row
      const rowH = rows.map((cells) => Math.max(1, ...cells.map((c) => this.cellLines(c.text, c.w - 2 * pad.x, size).length)) * lh + 2 * pad.y)
      const labelH = labelLines.length ? labelLines.length * lh + 2 * pad.y : 0
      const sum = rowH.reduce((a, h) => a + h, 0)
      if (labelH > sum) rows[rows.length - 1].minH = rowH[rowH.length - 1] + labelH - sum
      // keep the label with the first two rows of its section
      this.ensure(Math.min(labelH, sum) + (rowH[1] ?? 0))
      const places = this.placeRows(rows, size, pad, 0, ml0)
      all.push({sec, labelLines, rows, places})
    }
    // widths[0] = 0: no label column (a two-column table under a heading of its own)
    const label = (e) => w0 > 0 && this.drawCell(e.places[0].page, {x: x0, w: w0}, e.labelLines, e.places[0].y, size, pad, e.places[0].dx)
    const cell = (e, i, k) => this.drawCell(e.places[i].page, e.rows[i][k], e.places[i].lines[k], e.places[i].y, size, pad, e.places[i].dx)
    if (b.order === 'columns') {
      for (const e of all) label(e)
      for (let k = 0; k < (codes ? 2 : 1); k++) for (const e of all) e.rows.forEach((_, i) => cell(e, i, k))
    } else {
      for (const e of all) {
        e.rows.forEach((cells, i) => {
          if (i === 0) label(e)
          cells.forEach((_, k) => cell(e, i, k))
        })
      }
    }
    if (b.borders) {
      for (const e of all) {
        // the label cell spans the section's rows on each page it reaches
        for (const page of w0 > 0 ? new Set(e.places.map((p) => p.page)) : []) {
          const ps = e.places.filter((p) => p.page === page)
          const top = ps[0].y
          const bottom = ps[ps.length - 1].y + ps[ps.length - 1].h
          this.rect(page, x0 + ps[0].dx, top, w0, bottom - top)
        }
        e.places.forEach((p, i) => e.rows[i].forEach((c) => this.rect(p.page, c.x + p.dx, p.y, c.w, p.h)))
      }
    }
    this.y += this.size * 0.8
  }

  table(b) {
    const size = b.size ?? this.size
    const borders = b.borders !== false
    const pad = {x: 4, y: borders ? 2.5 : 1}
    let x = this.ml + (b.indent ?? 0)
    const xs = b.widths.map((w) => { const at = x; x += w; return at })
    const rows = b.rows.map((r, ri) => r.map((text, k) => ({x: xs[k], w: b.widths[k], text: b.header && ri === 0 && text ? `**${text}**` : text, align: b.align?.[k]})))
    if (b.spans?.length) return this.spannedTable(b, rows, size, borders, pad)
    if (b.repeatHeader || b.splitRows) return this.flowTable(b, rows, size, borders, pad)
    const places = this.placeRows(rows, size, pad, 0)
    places.forEach((p, i) => rows[i].forEach((c, k) => {
      this.drawCell(p.page, c, p.lines[k], p.y, size, pad, p.dx)
      if (borders) this.rect(p.page, c.x + p.dx, p.y, c.w, p.h)
    }))
    this.y += this.size * 0.8
  }

  // A table whose header row is repeated on every page it continues on (repeatHeader, with
  // header) and whose rows may break across a page (splitRows: the lines of each cell are cut
  // where the page ends, as a word processor lets a row break across pages; at least two lines
  // stay on each side). Each part of a row gets its own cell borders.
  flowTable(b, rows, size, borders, pad) {
    const lh = size * this.lh
    const ml0 = this.ml
    const lines = rows.map((cells) => cells.map((c) => this.cellLines(c.text, c.w - 2 * pad.x, size)))
    const count = (i) => Math.max(1, ...lines[i].map((l) => l.length))
    const hOf = (n) => n * lh + 2 * pad.y
    const head = b.header && b.repeatHeader ? 0 : -1
    const parts = []
    const put = (i, from, to) => {
      this.markSection()
      parts.push({page: this.page, col: this.col, y: this.y, dx: this.ml - ml0, i, from, to, h: hOf(to - from)})
      this.y += hOf(to - from)
    }
    // nothing placed in this column yet (the cells are drawn only at the end)
    const empty = () => this.empty() && !parts.some((p) => p.page === this.page && p.col === this.col)
    const onlyHead = () => parts.length > 0 && parts[parts.length - 1].i === head && parts[parts.length - 1].page === this.page &&
      parts.filter((p) => p.page === this.page && p.col === this.col).length === 1
    const room = () => Math.floor((this.limit - this.y - 2 * pad.y + 0.01) / lh)
    rows.forEach((_, i) => {
      const n = count(i)
      // the header row stays with the first lines of the row after it
      if (i === head && rows.length > 1 && this.y + hOf(n) + hOf(Math.min(2, count(1))) > this.limit + 0.01 && !empty()) this.advance()
      let from = 0
      for (;;) {
        const r = room()
        if (n - from <= r) { put(i, from, n); break }
        if (b.splitRows && i !== head && r >= 2 && n - from - r >= 2) { put(i, from, from + r); from += r }
        else if (b.splitRows && i !== head && r >= 2 && n - from >= 4) { put(i, from, n - 2); from = n - 2 }
        else if (empty() || onlyHead()) { put(i, from, n); break }   // a new page would not help
        this.advance()
        if (head >= 0 && i > head) put(head, 0, count(head))
      }
    })
    for (const p of parts) rows[p.i].forEach((c, k) => {
      this.drawCell(p.page, c, lines[p.i][k].slice(p.from, p.to), p.y, size, pad, p.dx)
      if (borders) this.rect(p.page, c.x + p.dx, p.y, c.w, p.h)
    })
    this.y += this.size * 0.8
  }

  // A table with merged cells: spans [[row, col, rows, cols]]; the covered cells must be "".
  // The merged cell's text stands at its top left; rows joined by a span stay on one page.
  spannedTable(b, rows, size, borders, pad) {
    const lh = size * this.lh
    for (const [r, c, rs, cs] of b.spans) {
      const own = rows[r][c]
      own.rs = rs
      own.w = b.widths.slice(c, c + cs).reduce((a, w) => a + w, 0)
      for (let i = r; i < r + rs; i++) for (let k = c; k < c + cs; k++) if (i !== r || k !== c) rows[i][k].covered = true
    }
    const cells = rows.map((row) => row.filter((c) => !c.covered))
    const lines = cells.map((row) => row.map((c) => this.cellLines(c.text, c.w - 2 * pad.x, size)))
    const hOf = (ls) => Math.max(1, ls.length) * lh + 2 * pad.y
    const heights = cells.map((row, i) => Math.max(2 * pad.y + lh, ...row.map((c, k) => (c.rs ?? 1) > 1 ? 0 : hOf(lines[i][k]))))
    // a merged cell taller than its rows stretches the last of them; the group's end
    const end = rows.map((_, i) => i)
    cells.forEach((row, i) => row.forEach((c, k) => {
      if ((c.rs ?? 1) < 2) return
      const last = i + c.rs - 1
      const sum = heights.slice(i, last + 1).reduce((a, h) => a + h, 0)
      if (hOf(lines[i][k]) > sum) heights[last] += hOf(lines[i][k]) - sum
      for (let j = i; j <= last; j++) end[j] = Math.max(end[j], last)
    }))
    const places = []
    const ml0 = this.ml
    for (let i = 0; i < rows.length;) {
      let last = end[i]
      for (let j = i; j <= last; j++) last = Math.max(last, end[j])
      this.ensure(heights.slice(i, last + 1).reduce((a, h) => a + h, 0))
      this.markSection()
      for (let j = i; j <= last; j++) {
        places[j] = {page: this.page, y: this.y, dx: this.ml - ml0}
        this.y += heights[j]
      }
      i = last + 1
    }
    cells.forEach((row, i) => row.forEach((c, k) => {
      const p = places[i]
      this.drawCell(p.page, c, lines[i][k], p.y, size, pad, p.dx)
      if (borders) this.rect(p.page, c.x + p.dx, p.y, c.w, heights.slice(i, i + (c.rs ?? 1)).reduce((a, h) => a + h, 0))
    }))
    this.y += this.size * 0.8
  }

  run() {
    for (const b of this.src.blocks) this.block(b)
    return this.pages
  }
}

// ---------------------------------------------------------------- output

function furniture(L, page, n, total) {
  const s = L.s
  const size = s.furnitureSize ?? L.size - 2
  const section = page.firstSection ?? page.sectionAtStart ?? ''
  const fill = (t) => t.replaceAll('{page}', String(n)).replaceAll('{pages}', String(total)).replaceAll('{section}', section)
  const ops = {head: [], foot: []}
  const headY = Math.max(18, L.mt - 32)
  const footY = page.h - L.mb + 22
  const ml = page.ml
  const cw = page.cw
  // "left\tright": one line, the part after the tab flush right;
  // "left\tcentre\tright": three parts, the middle one centred (a header with three tab stops)
  const line = (list, text, y) => {
    const parts = fill(text).split('\t')
    const [left, right] = parts.length === 3 ? [parts[0], parts[2]] : parts
    if (left) L.drawLine(list, tokenize(left), ml, y, cw, size, 'left', true)
    if (parts.length === 3 && parts[1]) L.drawLine(list, tokenize(parts[1]), ml, y, cw, size, 'center', true)
    if (right) L.drawLine(list, tokenize(right), ml, y, cw, size, 'right', true)
  }
  if (s.runningHeader && (n > 1 || s.runningHeaderOnFirstPage)) {
    line(ops.head, s.runningHeader, headY)
    if (s.headerRule) ops.head.push({k: 'hline', x: ml, y: headY + size * 1.5, w: cw})
  }
  if (s.runningFooter) line(ops.foot, s.runningFooter, footY)
  if (s.pageNumber && (n > 1 || s.pageNumberOnFirstPage !== false)) {
    const num = fill(s.pageNumber)
    const pos = s.pageNumberPosition ?? 'bottom-center'
    const below = s.runningFooter && pos !== 'footer-right' ? size * 1.4 : 0
    if (pos === 'top-right') L.drawLine(ops.head, tokenize(num), ml, headY, cw, size, 'right', true)
    else L.drawLine(ops.foot, tokenize(num), ml, footY + below, cw, size, pos === 'bottom-center' ? 'center' : 'right', true)
  }
  return ops
}

function emit(doc, L, ops) {
  for (const o of ops) {
    if (o.k === 'text') {
      doc.font(L.m.font(o.bold)).fontSize(o.size)
      doc.text(o.s, o.x, o.base - L.m.ascender(o.bold, o.size), {lineBreak: false, wordSpacing: o.ws || 0})
    } else if (o.k === 'rect') {
      doc.lineWidth(0.5).rect(o.x, o.y, o.w, o.h).stroke()
    } else if (o.k === 'hline') {
      doc.lineWidth(o.lw ?? 0.5).moveTo(o.x, o.y).lineTo(o.x + o.w, o.y).stroke()
    }
  }
}

function footnoteOps(L, page) {
  const ops = []
  const size = L.size - 2
  const lh = size * L.lh
  let y = page.h - L.mb - page.noteH + 10
  ops.push({k: 'hline', x: page.ml, y: y - 5, w: 120})
  for (const n of page.notes) {
    const lines = wrap(L.m, tokenize(L.footnotes.get(n).text), page.cw - 12, size)
    L.drawLine(ops, tokenize(`^${n}`), page.ml, y, 12, size, 'left', true)
    lines.forEach((line, i) => L.drawLine(ops, line, page.ml + 12, y + i * lh, page.cw - 12, size, 'left', true))
    y += lines.length * lh
  }
  return ops
}

export function render(src) {
  const date = new Date(`${src.gold?.meeting?.date ?? '2025-01-01'}T12:00:00Z`)
  const doc = new PDFDocument({
    size: 'A4', margin: 0, autoFirstPage: false, compress: true,
    info: {Title: src.title ?? src.name, Author: src.style.author ?? 'Geschäftsstelle der Digitalministerkonferenz',
      Creator: 'protokollant generality corpus', Producer: 'PDFKit', CreationDate: date, ModDate: date}
  })
  const chunks = []
  doc.on('data', (c) => chunks.push(c))
  const done = new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  const L = new Layout(src, doc)
  const pages = L.run()
  pages.forEach((page, i) => {
    doc.addPage(page.landscape ? {size: 'A4', layout: 'landscape', margin: 0} : {size: 'A4', margin: 0})
    const f = furniture(L, page, i + 1, pages.length)
    // content stream: header, body, footnotes, footer (as a word processor writes them)
    emit(doc, L, f.head)
    emit(doc, L, page.ops)
    if (page.notes.length) emit(doc, L, footnoteOps(L, page))
    emit(doc, L, f.foot)
  })
  doc.end()
  return done.then((pdf) => ({pdf, pages: pages.length}))
}

export {plain, tokenize}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [srcPath, outPath] = process.argv.slice(2)
  if (!srcPath || !outPath) {
    console.error('usage: node scripts/generality/render.mjs SRC.json OUT.pdf')
    process.exit(2)
  }
  const {pdf, pages} = await render(JSON.parse(readFileSync(srcPath, 'utf8')))
  writeFileSync(outPath, pdf)
  console.log(`${outPath}: ${pages} pages`)
}
