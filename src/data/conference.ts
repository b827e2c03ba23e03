/**
 * What the rules need to know about one conference, given by its preset
 * (`pipelines/*.ts`) from a data module (`data/conferences/*.ts`): how the
 * body is named, how its members section is labelled, how it words its
 * votes. The rules build their patterns from this; no rule names a body.
 */
import type {Processor} from 'unified'
import {PHRASINGS, type Phrasings} from './phrasings.ts'

export interface Conference {
  /** The body's abbreviation as the records carry it: "DMK". */
  body: string
  /** How the text names the body, longest first: "Digitalministerkonferenz", "DMK". "Konferenz" is always understood. */
  names: readonly string[]
  /** The vote, note and amendment phrasings (`data/phrasings.ts` unless the body words them otherwise). */
  phrasings: Phrasings
  /**
   * Bodies that sit with the conference as permanent guests ("Ständige Gäste": the federal ministry, the
   * municipal associations): where a table's labels lost their rows, they tell permanent guests from guests.
   */
  permanentGuests: readonly string[]
}

export interface ConferenceOptions {
  /** Phrasing lists to use instead of the profile's (a test, a body's own wording). */
  phrasings?: Partial<Phrasings>
}

declare module 'unified' {
  interface Data {
    /** The conference profile the preset set with `.data('conference', …)`. */
    conference?: Conference
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t\\n]+')

/** The profile a plugin runs with: set by the preset, never guessed. */
export function conferenceOf(processor: Processor): Conference {
  const found = processor.data('conference')
  if (!found) throw new Error('No conference profile: the preset sets it with `.data(\'conference\', profile)`')
  return found
}

/** A profile with some phrasings replaced. */
export function withPhrasings(profile: Conference, phrasings: Partial<Phrasings> = {}): Conference {
  return {...profile, phrasings: {...PHRASINGS, ...profile.phrasings, ...phrasings}}
}

/** "Digitalministerkonferenz|DMK|Konferenz" for regexes (blanks match line breaks). */
export function bodyPattern(profile: Conference): string {
  return [...profile.names, 'Konferenz'].map(escape).join('|')
}
