/** The Digitalministerkonferenz: "Die DMK fasst folgenden Beschluss", "Mitglieder der DMK/Stv. mit Stimmrecht". */
import type {Conference} from '../conference.ts'
import {PHRASINGS} from '../phrasings.ts'

export const DMK: Conference = {
  body: 'DMK',
  names: ['Digitalministerkonferenz', 'DMK'],
  phrasings: PHRASINGS,
  // The federal digital ministry (BMDV until 2025, BMDS since), and the municipal associations.
  permanentGuests: ['BMDS', 'BMDV', 'DLT', 'DST', 'DStGB']
}
