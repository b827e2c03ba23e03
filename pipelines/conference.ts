/**
 * The standard chain for a German ministerial conference's protocols:
 * segment → kind → meeting → attendees → agenda → attachments → votes →
 * mentions → report → checks → compile. What is particular to one body
 * comes from its profile (`src/data/conferences/`), set as processor data.
 */
import {unified} from 'unified'
import segment from '../src/segment/index.ts'
import kind from '../src/extract/kind.ts'
import meeting from '../src/extract/meeting.ts'
import agenda from '../src/extract/agenda.ts'
import attendees from '../src/extract/attendees/index.ts'
import attachments from '../src/extract/attachments.ts'
import mentions from '../src/extract/mentions.ts'
import votes from '../src/extract/votes/index.ts'
import report from '../src/extract/report.ts'
import checks from '../src/extract/checks.ts'
import compile from '../src/compile/index.ts'
import {withPhrasings, type Conference, type ConferenceOptions} from '../src/data/conference.ts'

export function conferencePreset(profile: Conference, options: ConferenceOptions = {}) {
  return unified()
    .data('conference', withPhrasings(profile, options.phrasings))
    .use(segment).use(kind).use(meeting).use(attendees).use(agenda).use(attachments)
    .use(votes).use(mentions).use(report).use(checks).use(compile)
    .freeze()
}
