// Regex safety only: every regex literal must be free of super-linear
// backtracking and super-linear moves (a long line must not hang a rule).
// Regexes built at run time from data are checked by test/regex-safety.test.ts.
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
  }
]
