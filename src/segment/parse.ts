/**
 * Normalized text → protocol tree. Blocks partition the text: every
 * character belongs to exactly one top-level block; furniture and leftovers
 * are nodes of their own inside the blocks.
 */
import type {VFile} from 'vfile'
import {splitLines, isBlank, trimmedSpan, type Line} from '../text/lines.ts'
import type {
  AgendaItem, AgendaHead, AttendeeBlock, Attachments, Attachment, Block, Clause, ClauseItem,
  Furniture, FurnitureKind, Header, HeaderField, Leftover, Prose, Resolution, Root, TextLine
} from '../record/tree.ts'
import {applyHints, classifyFurniture} from './furniture.ts'
import {
  ATTACHMENTS_HEAD, ATTACHMENT_LINE, ATTENDEES_START, CLAUSE_LINE, HEADER_FIELD, ITEM_LINE,
  RESOLUTION_END, RESOLUTION_HEAD, STARTS_WITH_MONTH, STARTS_WITH_YEAR, TOP_HEAD
} from './patterns.ts'
import {runsOn, titleLineCount} from './title.ts'
import {report} from '../record/message.ts'

export function parseProtocol(text: string, file: VFile): Root {
  const pageBreaks = file.data.normalized?.pageBreaks ?? []
  const lines = splitLines(text)
  const furniture = classifyFurniture(lines, pageBreaks)
  applyHints(lines, furniture, file.data.furnitureHints ?? [])
  const ctx: Ctx = {lines, furniture, file, text}
  const tops: number[] = []
  for (const line of lines) {
    if (!furniture.has(line.index) && TOP_HEAD.test(line.text)) tops.push(line.index)
  }
  const children: Block[] = []
  if (tops.length === 0) {
    children.push(prose(ctx, 0, lines.length))
  } else {
    const first = tops[0]!
    let attendeesAt = -1
    for (let i = 0; i < first; i++) {
      if (ATTENDEES_START.test(lines[i]!.text)) { attendeesAt = i; break }
    }
    const headerEnd = attendeesAt === -1 ? first : attendeesAt
    if (headerEnd > 0) children.push(header(ctx, 0, headerEnd))
    if (attendeesAt !== -1) children.push(attendees(ctx, attendeesAt, first))
    const last = tops[tops.length - 1]!
    let listAt = -1
    for (let i = last + 1; i < lines.length; i++) {
      if (!furniture.has(i) && ATTACHMENTS_HEAD.test(lines[i]!.text)) { listAt = i; break }
    }
    const end = listAt === -1 ? lines.length : listAt
    const items: AgendaItem[] = []
    tops.forEach((at, k) => items.push(agendaItem(ctx, at, tops[k + 1] ?? end)))
    children.push(...nest(items))
    if (listAt !== -1) children.push(attachments(ctx, listAt, lines.length))
  }
  return {type: 'root', start: 0, end: text.length, children}
}

interface Ctx {
  lines: Line[]
  furniture: Map<number, FurnitureKind>
  file: VFile
  text: string
}

/** Block span: from its first line to the start of the next block. */
function blockSpan(ctx: Ctx, from: number, to: number): {start: number; end: number} {
  const start = ctx.lines[from]!.start
  const next = ctx.lines[to]
  return {start, end: next ? next.start : ctx.text.length}
}

function textLine(line: Line, offset = 0): TextLine {
  const raw = line.text.slice(offset)
  const span = trimmedSpan({...line, start: line.start + offset, text: raw})
  return {type: 'line', start: span.start, end: span.end, value: raw.trim(), raw}
}

function furnitureNode(ctx: Ctx, line: Line): Furniture {
  const span = trimmedSpan(line)
  return {type: 'furniture', kind: ctx.furniture.get(line.index)!, value: line.text.trim(), ...span}
}

/** Content lines and furniture of a line range, blank lines skipped. */
function* walk(ctx: Ctx, from: number, to: number): Generator<{line: Line; furniture: boolean}> {
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i]!
    if (isBlank(line)) continue
    yield {line, furniture: ctx.furniture.has(i)}
  }
}

function header(ctx: Ctx, from: number, to: number): Header {
  const children: Header['children'] = []
  let field: HeaderField | undefined
  for (const {line, furniture} of walk(ctx, from, to)) {
    if (furniture) { children.push(furnitureNode(ctx, line)); continue }
    const m = HEADER_FIELD.exec(line.text)
    // "Protokoll der 2. Sitzung …" is a title, not the minute-takers.
    if (m && !/^(?:der|des|über|zur)\b/.test(m[2] ?? '')) {
      const valueAt = m[2] ? line.text.length - m[2].length : line.text.length
      field = {type: 'field', label: m[1]!, ...trimmedSpan(line), children: []}
      if (m[2]) field.children.push(textLine(line, valueAt))
      children.push(field)
      continue
    }
    const previous = field?.children[field.children.length - 1]
    if (field && previous && /[,\-/]$|\bund$/.test(previous.value)) {
      field.children.push(textLine(line))
      field.end = line.end
      continue
    }
    field = undefined
    children.push(textLine(line))
  }
  return {type: 'header', ...blockSpan(ctx, from, to), children}
}

function attendees(ctx: Ctx, from: number, to: number): AttendeeBlock {
  const children: AttendeeBlock['children'] = []
  for (const {line, furniture} of walk(ctx, from, to)) {
    children.push(furniture ? furnitureNode(ctx, line) : textLine(line))
  }
  return {type: 'attendees', ...blockSpan(ctx, from, to), children}
}

function prose(ctx: Ctx, from: number, to: number): Prose {
  const children: Prose['children'] = []
  for (const {line, furniture} of walk(ctx, from, to)) {
    children.push(furniture ? furnitureNode(ctx, line) : textLine(line))
  }
  return {type: 'prose', start: 0, end: ctx.text.length, children}
}

function agendaItem(ctx: Ctx, from: number, to: number): AgendaItem {
  const headLine = ctx.lines[from]!
  const m = TOP_HEAD.exec(headLine.text)!
  const number = m[1]!
  const content: TextLine[] = []
  const furniture: Furniture[] = []
  if (m[2]) content.push(textLine(headLine, m.indices![2]![0]))
  for (const {line, furniture: isFurniture} of walk(ctx, from + 1, to)) {
    if (isFurniture) furniture.push(furnitureNode(ctx, line))
    else content.push(textLine(line))
  }
  const titleCount = titleLineCount(content)
  const titleLines = content.slice(0, titleCount)
  const head: AgendaHead = {
    type: 'agendaHead',
    number,
    start: headLine.start + headLine.text.length - headLine.text.trimStart().length,
    end: titleLines.length > 0 ? titleLines[titleLines.length - 1]!.end : trimmedSpan(headLine).end,
    children: titleLines
  }
  const body = content.slice(titleCount)
  const children: AgendaItem['children'] = [head]
  let i = 0
  while (i < body.length) {
    const line = body[i]!
    if (RESOLUTION_HEAD.test(line.raw)) {
      let j = i + 1
      while (j < body.length && !RESOLUTION_END.test(body[j]!.raw)) j++
      children.push(resolution(ctx, body.slice(i, j), furniture))
      i = j
      continue
    }
    children.push(line)
    i++
  }
  for (const f of furniture) {
    if (!children.some((c) => c.type === 'resolution' && c.start <= f.start && f.end <= c.end)) children.push(f)
  }
  children.sort((a, b) => a.start - b.start)
  return {type: 'agendaItem', number, parent: parentNumber(number), ...blockSpan(ctx, from, to), children}
}

/** "2a" → "2", "2.1" → "2", "17.1.2" → "17.1", "3" → null. */
export function parentNumber(number: string): string | null {
  const letter = /^(\d+(?:\.\d+)*)[a-z]$/.exec(number)
  if (letter) return letter[1]!
  const dot = number.lastIndexOf('.')
  return dot === -1 ? null : number.slice(0, dot)
}

/** Puts "2a" inside "2" when it follows it; parents' spans grow to cover children. */
function nest(items: AgendaItem[]): AgendaItem[] {
  const top: AgendaItem[] = []
  const stack: AgendaItem[] = []
  for (const item of items) {
    while (stack.length > 0 && !isAncestor(stack[stack.length - 1]!.number, item.number)) stack.pop()
    const parent = stack[stack.length - 1]
    if (parent && parent.number === item.parent) {
      parent.children.push(item)
      for (const open of stack) open.end = Math.max(open.end, item.end)
    } else {
      top.push(item)
    }
    stack.push(item)
  }
  return top
}

function isAncestor(a: string, b: string): boolean {
  let p = parentNumber(b)
  while (p !== null) {
    if (p === a) return true
    p = parentNumber(p)
  }
  return false
}

/**
 * "Beschluss:" then preamble lines, numbered clauses and lettered items.
 * A clause number must come in order; a run restarting at 1 is a table or a
 * list inside a clause ("1. 2024 Berlin und Brandenburg"), and "4. Mai 2024"
 * is a date that a line break put first.
 */
function resolution(ctx: Ctx, lines: TextLine[], furniture: Furniture[]): Resolution {
  const first = lines[0]!
  const head = RESOLUTION_HEAD.exec(first.raw)!
  const preamble: TextLine[] = []
  // "Beschluss: Die DMK fasst …": the rest of the head line opens the preamble.
  if (head[1]) preamble.push(sliceLine(first, first.raw.length - head[1].length))
  const children: Resolution['children'] = []
  let clause: Clause | undefined
  let item: ClauseItem | undefined
  let expected = 1
  let nested: number | null = null
  for (const line of lines.slice(1)) {
    const c = CLAUSE_LINE.exec(line.raw)
    if (c) {
      const n = Number(c[1])
      const rest = c[2]!
      if (STARTS_WITH_MONTH.test(rest)) {
        // "4. Mai 2024": a date, not clause 4.
      } else if (nested !== null && n === nested) {
        nested++
      } else if (n === expected && !(STARTS_WITH_YEAR.test(rest) && clause && n !== 1)) {
        clause = {type: 'clause', number: String(n), start: line.start, end: line.end, children: []}
        const at = line.raw.length - rest.length
        clause.children.push(sliceLine(line, at))
        children.push(clause)
        item = undefined
        expected++
        nested = null
        continue
      } else if (n === 1 && clause) {
        nested = 2
      } else if (clause || n > 1) {
        report(ctx.file, line, 'clause-number', `Unexpected clause number \`${n}\`, expected \`${expected}\``, {
          actual: String(n), expected: [String(expected)]
        })
      }
    }
    const it = clause ? ITEM_LINE.exec(line.raw) : null
    if (clause && it && it[1] === nextLabel(clause)) {
      item = {type: 'clauseItem', label: it[1]!, start: line.start, end: line.end, children: []}
      item.children.push(sliceLine(line, line.raw.length - it[2]!.length))
      clause.children.push(item)
      clause.end = line.end
      continue
    }
    if (item) {
      item.children.push(line)
      item.end = line.end
      clause!.end = line.end
    } else if (clause) {
      clause.children.push(line)
      clause.end = line.end
    } else {
      preamble.push(line)
    }
  }
  const last = lines[lines.length - 1]!
  const node: Resolution = {type: 'resolution', start: first.start, end: last.end, preamble, children}
  // Page numbers inside a clause stay in the tree, out of the clause text.
  for (const f of furniture) {
    if (f.start < node.start || f.end > node.end) continue
    const host = children.find((c): c is Clause => c.type === 'clause' && c.start <= f.start && f.end <= c.end)
    if (host) host.children.push(f)
    else children.push(f)
  }
  for (const c of children) if (c.type === 'clause') c.children.sort((a, b) => a.start - b.start)
  children.sort((a, b) => a.start - b.start)
  return node
}

function nextLabel(clause: Clause): string {
  const items = clause.children.filter((c) => c.type === 'clauseItem')
  return String.fromCharCode(97 + items.length)
}

function sliceLine(line: TextLine, at: number): TextLine {
  const raw = line.raw.slice(at)
  const lead = line.start - (line.raw.length - line.raw.trimStart().length)
  const start = lead + at + (raw.length - raw.trimStart().length)
  return {type: 'line', start, end: start + raw.trim().length, value: raw.trim(), raw}
}

function attachments(ctx: Ctx, from: number, to: number): Attachments {
  const children: Attachments['children'] = []
  let current: Attachment | undefined
  for (const {line, furniture} of walk(ctx, from + 1, to)) {
    if (furniture) { children.push(furnitureNode(ctx, line)); continue }
    const m = ATTACHMENT_LINE.exec(line.text)
    if (m) {
      current = {type: 'attachment', number: m[1]!, ...trimmedSpan(line), children: []}
      if (m[2]) current.children.push(textLine(line, line.text.length - m[2].length))
      children.push(current)
    } else if (current && runsOn(current.children.map((c) => c.value).join(' '), line.text.trim())) {
      // "Anlage 5: Umlaufbeschluss der … zur Künstlichen" / "Intelligenz in der Arbeitswelt"
      current.children.push(textLine(line))
      current.end = line.end
    } else {
      const leftover: Leftover = {type: 'leftover', value: line.text.trim(), ...trimmedSpan(line)}
      children.push(leftover)
    }
  }
  const node: Attachments = {type: 'attachments', ...blockSpan(ctx, from, to), children}
  return node
}
