/**
 * Any span of the extracted text → where it is printed: one box per page it
 * touches, the union of its runs' boxes (a run cut by the span is cut in
 * proportion to its characters).
 */
import type {Box, PlacedRun} from './layout.ts'

export function locate(runs: readonly PlacedRun[], start: number, end: number): Box[] {
  const boxes = new Map<number, Box>()
  // Runs are in text order: find the first that ends after `start`.
  let lo = 0
  let hi = runs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (runs[mid]!.end <= start) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < runs.length && runs[i]!.start < Math.max(end, start + 1); i++) {
    const r = runs[i]!
    const per = (r.x1 - r.x0) / Math.max(1, r.end - r.start)
    const from = Math.max(start, r.start) - r.start
    const to = Math.min(Math.max(end, start), r.end) - r.start
    const box: Box = {page: r.page, x0: r.x0 + from * per, top: r.top, x1: r.x0 + to * per, bottom: r.bottom}
    const have = boxes.get(r.page)
    boxes.set(r.page, have
      ? {page: r.page, x0: Math.min(have.x0, box.x0), top: Math.min(have.top, box.top), x1: Math.max(have.x1, box.x1), bottom: Math.max(have.bottom, box.bottom)}
      : box)
  }
  return [...boxes.values()]
}
