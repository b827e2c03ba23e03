/**
 * Compiler plugin: the facts the transformers gathered, plus the segment
 * list, validated with zod and put on `file.result`.
 */
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Root} from '../record/tree.ts'
import {emptyExtraction, extractionSchema, type Extraction} from '../record/schema.ts'
import {segmentsOf} from './segments.ts'

declare module 'unified' {
  interface CompileResultMap {
    Extraction: Extraction
  }
}

const compile: Plugin<[], Root, Extraction> = function () {
  this.compiler = (node, file: VFile): Extraction => {
    const tree = node as Root
    const extraction = file.data.extraction ?? emptyExtraction()
    extraction.segments = segmentsOf(tree)
    const parsed = extractionSchema.safeParse(extraction)
    if (!parsed.success) {
      // A record that fails its own schema is a bug in a rule, not bad input.
      file.fail(`Unexpected invalid record: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, {
        ruleId: 'record-invalid', source: 'protokollant'
      })
    }
    return parsed.data
  }
}

export default compile
