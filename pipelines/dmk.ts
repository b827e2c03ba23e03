/**
 * The Digitalministerkonferenz preset: segment → kind → meeting → attendees → agenda →
 * attachments → votes → mentions → report → compile. Another conference is another preset.
 */
import {unified} from 'unified'
import segment from '../src/segment/index.ts'
import kind from '../src/extract/kind.ts'
import meeting from '../src/extract/meeting.ts'
import agenda from '../src/extract/agenda.ts'
import attendees from '../src/extract/attendees.ts'
import attachments from '../src/extract/attachments.ts'
import mentions from '../src/extract/mentions.ts'
import votes from '../src/extract/votes/index.ts'
import report from '../src/extract/report.ts'
import compile from '../src/compile/index.ts'

export const name = 'dmk'

export const dmk = unified()
  .use(segment)
  .use(kind)
  .use(meeting, {body: 'DMK'})
  .use(attendees)
  .use(agenda)
  .use(attachments)
  .use(votes)
  .use(mentions)
  .use(report, {body: 'DMK'})
  .use(compile)
  .freeze()

export default dmk
