/**
 * Transformer: is this a protocol, a press report or something else?
 * Decided from the text: agenda items and header fields make a protocol;
 * a dated article about a conference makes a press report.
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Root} from '../record/tree.ts'
import {emptyExtraction} from '../record/schema.ts'
import {report} from '../record/message.ts'
import {bodyPattern, conferenceOf} from '../data/conference.ts'
import {agendaItems} from '../record/query.ts'

// "[22.04.2024]" — the dateline of an article.
const DATELINE = /\[\d{1,2}\.\d{1,2}\.\d{4}\]/
// A date near the top of an article without a dateline: "22.10.2024", "22. Oktober 2024".
const NEAR_TOP_DATE = /\b\d{1,2}\.(?:\d{1,2}\.|[ \t]*(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)[ \t]+)\d{4}\b/

// "Beschlussprotokoll", "Protokoll", "Niederschrift über die 43. Sitzung": a protocol's title line near the top.
const PROTOCOL_TITLE = /^[ \t]*(?:Beschluss-?[ \t]+und[ \t]+Ergebnisprotokoll|(?:Beschluss|Ergebnis|Sitzungs|Kurz)?(?:protokoll|niederschrift)|Protokoll|Niederschrift|Beschlussniederschrift)(?:[ \t]+(?:der|über|zur|des)[ \t][^\n]{0,80})?[ \t]*$/imu

export default function kind(this: Processor) {
  // An article about this body, or about a ministers' conference at all.
  const conference = new RegExp(`(?<![\\p{L}])(?:${bodyPattern(conferenceOf(this))})(?![\\p{L}])|[Mm]inisterkonferenz`, 'u')
  return (tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    const items = agendaItems(tree).length
    const fields = tree.children.find((c) => c.type === 'header')?.children.filter((c) => c.type === 'field').length ?? 0
    const text = String(file.value)
    if (items >= 2 || (items >= 1 && fields >= 2)) extraction.kind = 'protocol'
    // A protocol whose heads were not read is still a protocol: its header facts are worth having.
    else if (PROTOCOL_TITLE.test(text.slice(0, 1500)) && !DATELINE.test(text.slice(0, 5000))) extraction.kind = 'protocol'
    else if ((DATELINE.test(text.slice(0, 5000)) || NEAR_TOP_DATE.test(text.slice(0, 1500))) && conference.test(text) && items === 0) extraction.kind = 'press_report'
    else {
      extraction.kind = 'unknown'
      report(file, {start: 0, end: Math.min(text.length, 1)}, 'kind-unknown',
        'Unexpected text without agenda items or dateline, expected a protocol or a press report')
    }
  }
}
