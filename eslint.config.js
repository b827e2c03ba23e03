// Regex safety: every regex literal must be free of super-linear
// backtracking and super-linear moves (a long line must not hang a rule).
// Regexes built at run time from data are checked by test/regex-safety.test.ts.
// And no String.prototype.matchAll in the pipeline: it copies its regex, which
// V8 compiles again after each full collection (src/text/matches.ts).
import tsParser from '@typescript-eslint/parser'
import regexp from 'eslint-plugin-regexp'

export default [
  {ignores: ['node_modules/**', 'output/**']},
  {
    files: ['src/**/*.ts', 'pipelines/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: {parser: tsParser, ecmaVersion: 2022, sourceType: 'module'},
    plugins: {regexp},
    rules: {
      'regexp/no-super-linear-backtracking': ['error', {report: 'certain'}],
      'regexp/no-super-linear-move': ['error', {report: 'certain', ignorePartial: false, ignoreSticky: false}]
    }
  },
  {
    files: ['src/**/*.ts', 'pipelines/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', {property: 'matchAll', message: 'Use matchesOf(text, re) from src/text/matches.ts: matchAll copies the regex, compiled again after each full GC.'}]
    }
  }
]
