-- The question log and answer ratings. Applied by `wrangler d1 migrations apply` on Workers and by
-- src/store/migrate.ts on Node (same files, same d1_migrations bookkeeping table).
-- Privacy: no names, usernames, chat ids or session ids are stored; rows older than LOG_RETENTION_DAYS are deleted.

CREATE TABLE questions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,                      -- ISO 8601, UTC
  channel TEXT NOT NULL,                 -- web | telegram | cli
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  source TEXT NOT NULL,                  -- extractive | rules | llm
  lang TEXT NOT NULL,                    -- zh | en
  out_of_scope INTEGER NOT NULL DEFAULT 0,
  clause_ids TEXT NOT NULL DEFAULT '[]', -- JSON array of cited clause ids
  rule_ids TEXT NOT NULL DEFAULT '[]',   -- JSON array of rule ids with an amount
  citations TEXT NOT NULL DEFAULT '[]'   -- JSON [{id, label, quote}]
);
CREATE INDEX questions_at ON questions (at);

CREATE TABLE feedback (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  comment TEXT
);
CREATE INDEX feedback_at ON feedback (at);
