/** The Innenministerkonferenz preset: the same chain, the IMK's profile. */
import {IMK} from '../src/data/conferences/imk.ts'
import {conferencePreset} from './conference.ts'

export const imk = conferencePreset(IMK)

export default imk
