/**
 * The bar: every generality protocol read from its PDF scores at
 * least as well (core F1, score.py) as its best text version, and the seeds
 * printed to PDF score as their texts do (1.000).
 */
import {readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {pdfAccuracy} from '../scripts/pdf-accuracy.ts'

/**
 * Below its best text for a reason outside the PDF reader, by at most the
 * margin: its staff label "Weitere Teilnehmende" is read as "Weitere" by the
 * rules, so two rows keep a Land guessed from the rest of the corpus — and
 * the PDF corpus, which reads dmk-12's Bavarian staff right, tilts the guess.
 * With the label read, the PDF scores as its best text.
 */
const KNOWN: Readonly<Record<string, number>> = {'dmk-07-dresden-zu-top-heads-proxies': 0.005}

describe('PDF accuracy', () => {
  it('reads every generality protocol from its PDF at least as well as its best text, the seeds perfectly', async () => {
    const a = await pdfAccuracy()
    expect(a.seeds.core.f1).toBe(1)
    expect(a.rows).toHaveLength(readdirSync(new URL('../fixtures/generality/src/', import.meta.url)).filter((f) => f.endsWith('.json')).length)
    const worse = a.rows.filter((r) => r.pdf < r.best - (KNOWN[r.protocol] ?? 0))
    expect(worse.map((r) => `${r.protocol}: pdf ${r.pdf.toFixed(3)} < ${r.bestTool} ${r.best.toFixed(3)}`)).toEqual([])
    // The corpus as a whole reads better from PDFs than from any one tool's texts.
    const tools = Object.keys(a.rows[0]!.text)
    const mean = (pick: (r: (typeof a.rows)[number]) => number) => a.rows.reduce((n, r) => n + pick(r), 0) / a.rows.length
    for (const tool of tools) expect(mean((r) => r.pdf), tool).toBeGreaterThanOrEqual(mean((r) => r.text[tool]!))
  }, 300_000)
})
