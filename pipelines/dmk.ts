/** The Digitalministerkonferenz preset. */
import {DMK} from '../src/data/conferences/dmk.ts'
import type {ConferenceOptions} from '../src/data/conference.ts'
import {conferencePreset} from './conference.ts'

/** The preset with other phrasings (a test, say); `dmk` below is the default, frozen. */
export const createDmk = (options: ConferenceOptions = {}) => conferencePreset(DMK, options)

export const dmk = createDmk()

export default dmk
