/** The pipeline presets by name (`--pipeline NAME`); each lives in this folder. */
import type {Pipeline} from '../src/document.ts'

export const PIPELINES: Readonly<Record<string, () => Promise<Pipeline>>> = {
  dmk: async () => (await import('./dmk.ts')).dmk,
  imk: async () => (await import('./imk.ts')).imk
}

export async function loadPipeline(name: string): Promise<Pipeline> {
  const load = PIPELINES[name]
  if (!load) throw new Error(`Unknown pipeline \`${name}\`, expected one of: ${Object.keys(PIPELINES).join(', ')}`)
  return load()
}
