/** The pipeline presets by name; each lives in `pipelines/`. */
import type {Pipeline} from './process.ts'

export const PIPELINES: Readonly<Record<string, () => Promise<Pipeline>>> = {
  dmk: async () => (await import('../pipelines/dmk.ts')).dmk
}

export async function loadPipeline(name: string): Promise<Pipeline> {
  const load = PIPELINES[name]
  if (!load) throw new Error(`Unknown pipeline \`${name}\``)
  return load()
}
