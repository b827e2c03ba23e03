/**
 * The Digitalministerkonferenz preset: segment → kind → meeting → attendees → agenda →
 * attachments → votes → mentions → report → checks → compile. Another conference is another preset.
 */
import {unified} from 'unified'
import segment from '../src/segment/index.ts'
import kind from '../src/extract/kind.ts'
import meeting from '../src/extract/meeting.ts'
import agenda from '../src/extract/agenda.ts'
import attendees from '../src/extract/attendees.ts'
import attachments from '../src/extract/attachments.ts'
import mentions from '../src/extract/mentions.ts'
import votes, {type VoteOptions} from '../src/extract/votes/index.ts'
import report from '../src/extract/report.ts'
import checks from '../src/extract/checks.ts'
import compile from '../src/compile/index.ts'

export const name = 'dmk'

export interface DmkOptions {
  /** Other vote phrasings (tests, or a conference that words its votes otherwise). */
  votes?: VoteOptions
}

/** The preset with options; `dmk` below is the default, frozen. */
export function createDmk(options: DmkOptions = {}) {
  return unified()
    .use(segment)
    .use(kind)
    .use(meeting, {body: 'DMK'})
    .use(attendees)
    .use(agenda)
    .use(attachments)
    .use(votes, options.votes ?? {})
    .use(mentions)
    .use(report, {body: 'DMK'})
    .use(checks)
    .use(compile)
    .freeze()
}

export const dmk = createDmk()

export default dmk
