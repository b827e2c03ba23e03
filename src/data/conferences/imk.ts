/**
 * The Innenministerkonferenz ("Ständige Konferenz der Innenminister und
 * -senatoren der Länder"): "Die IMK fasst folgenden Beschluss", "Mitglieder der IMK".
 */
import type {Conference} from '../conference.ts'
import {PHRASINGS} from '../phrasings.ts'

export const IMK: Conference = {
  body: 'IMK',
  names: ['Ständige Konferenz der Innenminister und -senatoren der Länder', 'Innenministerkonferenz', 'IMK'],
  phrasings: PHRASINGS,
  // The federal interior ministry is the IMK's permanent guest.
  permanentGuests: ['BMI']
}
