/**
 * The protocol tree: every node keeps `[start, end)` offsets into the
 * normalized text (`file.value`); `position` is the unist form of the same.
 * The raw byte offsets come from `file.data.normalized.map`.
 */
import type {Position} from 'unist'
import type {Normalized} from './normalized.ts'
import type {Extraction} from './schema.ts'

export interface Span {
  start: number
  end: number
}

interface NodeBase extends Span {
  position?: Position
}

export type FurnitureKind = 'page-number' | 'running-header' | 'running-footer' | 'separator' | 'footnote' | 'line-number'

/** Furniture known before segmenting (from a PDF's geometry): the lines it covers are furniture. */
export interface FurnitureHint extends Span {
  kind: FurnitureKind
}

/** Page numbers, running headers and footers, separators: kept, never lost. */
export interface Furniture extends NodeBase {
  type: 'furniture'
  kind: FurnitureKind
  value: string
  /** A footnote's marker in the text (offset): the place the note is a note to. */
  marker?: number
}

/** A line that no rule claimed: counted and reported, never dropped. */
export interface Leftover extends NodeBase {
  type: 'leftover'
  value: string
}

/** One printed line of content (trimmed span). */
export interface TextLine extends NodeBase {
  type: 'line'
  value: string
  /** The printed line as it stands, with its blanks (for hyphen joining). */
  raw: string
  /** A minutes table's result cell ("angenommen", "14 : 0 : 1"), cut off its line: its own paragraph. */
  cell?: true
  /** The cell above goes on in this line ("angenommen; Enthaltung:" / "BY"): the same paragraph. */
  cellGoesOn?: true
}

export interface HeaderField extends NodeBase {
  type: 'field'
  /** The label as printed: "Beginn/Ende", "Sitzungsleitung". */
  label: string
  /** Value lines (the first is the rest of the label line). */
  children: TextLine[]
}

export interface Header extends NodeBase {
  type: 'header'
  children: Array<HeaderField | TextLine | Furniture>
}

export interface AttendeeBlock extends NodeBase {
  type: 'attendees'
  children: Array<TextLine | Furniture>
}

export interface AgendaHead extends NodeBase {
  type: 'agendaHead'
  /** "2a", "2.1", "17.1". */
  number: string
  /** Title lines; the head line's rest ("TOP 18 Verschiedenes") is the first. */
  children: TextLine[]
  /**
   * Rows of the attendee table that the text tool put after the head ("TOP 1:" / "NW" / "Gerald Maruhn" /
   * …): plain pdftotext reads a table's continuation on the next page after the page's first head.
   */
  spill?: TextLine[]
}

export interface ClauseItem extends NodeBase {
  type: 'clauseItem'
  label: string
  children: Array<TextLine | Furniture>
}

export interface Clause extends NodeBase {
  type: 'clause'
  number: string
  children: Array<TextLine | ClauseItem | Furniture>
}

export interface Resolution extends NodeBase {
  type: 'resolution'
  /** The "Beschluss:" line and any preamble lines before clause 1. */
  preamble: TextLine[]
  /** What the heading says in parentheses: "einstimmig" in "Beschluss (einstimmig):". */
  note: string | null
  children: Array<Clause | TextLine | Furniture>
}

export interface AgendaItem extends NodeBase {
  type: 'agendaItem'
  number: string
  parent: string | null
  children: Array<AgendaHead | TextLine | Resolution | Furniture | AgendaItem | Leftover>
  /** "Fortsetzung TOP 5" after other items: what it holds belongs to the item of that number before it. */
  resumed?: true
}

export interface Attachment extends NodeBase {
  type: 'attachment'
  number: string
  children: TextLine[]
}

export interface Attachments extends NodeBase {
  type: 'attachments'
  /** The annexes after an attendee annex: their text, not the list (that comes before the attendees). */
  annexes?: true
  children: Array<Attachment | TextLine | Furniture | Leftover>
}

/** The agenda as sent with the invitation ("Tagesordnung:" and its heads), before the minutes. */
export interface AgendaList extends NodeBase {
  type: 'agendaList'
  children: Array<TextLine | Furniture>
}

/** A document without agenda items (press reports, unknown texts). */
export interface Prose extends NodeBase {
  type: 'prose'
  children: Array<TextLine | Furniture>
}

export type Block = Header | AttendeeBlock | AgendaList | AgendaItem | Attachments | Prose | Furniture | Leftover

export interface Root extends NodeBase {
  type: 'root'
  children: Block[]
}

export type AnyNode =
  | Root | Block | HeaderField | TextLine | AgendaHead | Resolution | Clause | ClauseItem | Attachment

declare module 'vfile' {
  interface DataMap {
    /** The normalized text's offset map and what normalization changed. */
    normalized: Normalized
    /** Facts the transformers extracted, compiled into a record at the end. */
    extraction: Extraction
    /** Furniture the input already knows (a PDF's page geometry), in normalized offsets. */
    furnitureHints: FurnitureHint[]
  }
}
