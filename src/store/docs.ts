/** What each table, view and column means: the README's schema tables and Datasette's metadata.yml are made from it. */

/** The corpus pass's and the runs' bookkeeping: in the database, not for people's queries. */
export const INTERNAL_TABLES: ReadonlySet<string> = new Set([
  'names', 'fact_tallies', 'role_usage', 'pending_documents', 'pending_facts', 'pending_persons', 'pending_snapshots', 'run_documents'
])
