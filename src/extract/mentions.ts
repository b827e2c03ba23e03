/**
 * Transformer: every mention of a Land or a federal body in the whole
 * text, in any surface form (see `text/lexicon.ts`), with its offsets.
 */
import type {VFile} from 'vfile'
import type {Root} from '../record/tree.ts'
import {emptyExtraction, type Extraction} from '../record/schema.ts'
import {findMentions as find} from '../text/lexicon.ts'

export {MENTION} from '../text/lexicon.ts'

export function findMentions(text: string): Extraction['landMentions'] {
  return find(text).map((m) => ({org: m.org, surface: m.surface, form: m.form, span: {start: m.start, end: m.end}}))
}

export default function mentions() {
  return (_tree: Root, file: VFile) => {
    const extraction = (file.data.extraction ??= emptyExtraction())
    extraction.landMentions = findMentions(String(file.value))
  }
}
