export {decode, RejectedInput, utf8Offsets} from './decode.ts'
export type {Decoded, DecodeWarning, Encoding} from './decode.ts'
export {normalizeBytes, normalizeDecoded} from './normalize.ts'
export type {Normalized} from './normalize.ts'
