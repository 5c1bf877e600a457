-- The public SQL interface of ita-pipeline (see README "Schema").
-- Tables and columns named in the public interface are a promise to users:
-- add freely, rename or drop only with a migration (schemas/db.py).
-- Conventions: numbers are REAL/INTEGER; fiscal_year is BE (2568); dates are
-- ISO 8601 CE; text is NFC with Thai repaired; page is the 1-based PDF page.

PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS units (
    unit_id    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,      -- canonical full Thai name
    unit_type  TEXT NOT NULL,             -- police_station, municipality, ...
    province   TEXT                       -- without the word จังหวัด
);

CREATE TABLE IF NOT EXISTS documents (
    document_id  INTEGER PRIMARY KEY,
    sha256       TEXT NOT NULL UNIQUE,    -- content hash
    file_name    TEXT NOT NULL,
    source_path  TEXT NOT NULL,
    format       TEXT,                    -- pdf, docx, doc
    page_count   INTEGER,                 -- PDF pages; NULL for Word
    unit_id      INTEGER REFERENCES units(unit_id),
    fiscal_year  INTEGER,                 -- BE year the report is for
    doc_type     TEXT,                    -- measures, analysis, kpi_report, minutes, other
    title        TEXT,
    text_source  TEXT,                    -- native, ocr, mixed
    -- loaded or failed; superseded: an older version of a file replaced at
    -- the same path (its rows were replaced by the new version's)
    status       TEXT NOT NULL CHECK (status IN ('loaded', 'failed', 'superseded')),
    error        TEXT,                    -- clerk-facing reason; NULL when loaded
    ingested_at  TEXT NOT NULL,           -- ISO 8601 timestamp (UTC)
    file_size    INTEGER,                 -- bytes
    warnings     TEXT,                    -- JSON list of non-fatal notes, or NULL
    superseded_by INTEGER REFERENCES documents(document_id),
    superseded_at TEXT,
    -- the same report in another file (a unit sent both the .docx and its
    -- PDF export): the document whose facts count. A copy keeps its pages
    -- and tables; its scores, measures, people and findings are not stored
    -- (they would count twice). NULL: this document is the primary one.
    same_report_as INTEGER REFERENCES documents(document_id),
    -- runs in a row this content failed over a limit (time, memory, output)
    -- or killed its reader; at ITA_LIMIT_ATTEMPTS it is parked
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    -- set when parked: not tried again until the file changes (or
    -- `ita ingest --retry-parked`); NULL otherwise
    parked_at    TEXT,
    fiscal_year_confidence REAL,          -- 0-1: 1.0 native text; OCR: the digit reader's confidence in the year read
    needs_review INTEGER NOT NULL DEFAULT 0  -- 1: the fiscal year was read unsurely from a scan or is implausible
);
CREATE INDEX IF NOT EXISTS documents_unit ON documents(unit_id);
-- the same-report check reads a unit's documents of one year (schemas/store.py)
CREATE INDEX IF NOT EXISTS documents_unit_year ON documents(unit_id, fiscal_year);
-- The same-report check reads a unit's loaded, unlinked documents of one
-- year of the other format, Word or not (schemas/store.py,
-- _other_format_primaries, with the same expression): only those are in
-- this index, so a unit with many reports of a year (a resubmission every
-- month) is not read whole for every new document.
CREATE INDEX IF NOT EXISTS documents_unlinked_by_format
    ON documents(unit_id, fiscal_year, coalesce(format IN ('docx', 'doc'), 0))
    WHERE status = 'loaded' AND same_report_as IS NULL;
-- Child keys are indexed: replacing, superseding or linking a document
-- deletes and updates by document_id, and with foreign keys on every delete
-- of a parent row looks up its children; without an index each of these
-- reads the whole table, so storing a document would slow down as the
-- database grows (bench/store_scaling.py).
CREATE INDEX IF NOT EXISTS documents_same_report_as ON documents(same_report_as);
CREATE INDEX IF NOT EXISTS documents_superseded_by ON documents(superseded_by);

-- Every path a file was seen under: lets a nightly run skip unchanged files
-- by size and mtime, and keeps the names of duplicate submissions.
CREATE TABLE IF NOT EXISTS source_files (
    source_path  TEXT PRIMARY KEY,
    sha256       TEXT NOT NULL,
    size         INTEGER NOT NULL,
    mtime_ns     INTEGER NOT NULL,
    -- the document read from this content (loaded or failed); while a new
    -- content fails to load, still the previous, loaded version of the path
    document_id  INTEGER REFERENCES documents(document_id),
    first_seen   TEXT NOT NULL,
    last_seen    TEXT NOT NULL,
    removed_at   TEXT                     -- set when the file is gone from the inbox; data is kept
);
CREATE INDEX IF NOT EXISTS source_files_sha256 ON source_files(sha256);
CREATE INDEX IF NOT EXISTS source_files_document ON source_files(document_id);

-- One row per ingest run: what it saw and did. A run that was killed keeps
-- status 'running' until the next run marks it 'crashed'; one that stopped
-- on an error (or Ctrl-C) is 'failed' ('interrupted') with its counts so far.
CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id       INTEGER PRIMARY KEY,
    flow_run_id  TEXT,                    -- Prefect flow-run id
    started_at   TEXT NOT NULL,
    ended_at     TEXT,
    status       TEXT NOT NULL,           -- running, completed, crashed, failed, interrupted
    paths        TEXT NOT NULL,           -- JSON list of the paths given
    seen         INTEGER, loaded INTEGER, unchanged INTEGER, duplicate INTEGER,
    replaced     INTEGER, removed INTEGER, failed INTEGER, skipped INTEGER,
    seconds      REAL
);

CREATE TABLE IF NOT EXISTS indicators (
    indicator_no INTEGER PRIMARY KEY CHECK (indicator_no BETWEEN 1 AND 10),
    name         TEXT NOT NULL,
    tool         TEXT NOT NULL CHECK (tool IN ('IIT', 'EIT', 'OIT'))
);

CREATE TABLE IF NOT EXISTS pages (
    page_id      INTEGER PRIMARY KEY,     -- = pages_fts.rowid
    document_id  INTEGER NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    page_no      INTEGER NOT NULL,        -- 1..n
    text         TEXT NOT NULL,           -- repaired page text
    text_source  TEXT NOT NULL,           -- native or ocr
    UNIQUE (document_id, page_no)
);

-- Every table of every document, rows as a JSON array of arrays of strings.
CREATE TABLE IF NOT EXISTS doc_tables (
    table_id     INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    table_no     INTEGER NOT NULL,        -- 1..n in body order
    first_page   INTEGER,                 -- NULL for Word
    last_page    INTEGER,
    n_rows       INTEGER NOT NULL,
    n_cols       INTEGER NOT NULL,
    rows_json    TEXT NOT NULL,
    UNIQUE (document_id, table_no)
);

CREATE TABLE IF NOT EXISTS scores (
    score_id      INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    unit_id       INTEGER REFERENCES units(unit_id),
    fiscal_year   INTEGER,               -- the year the score is FOR
    level         TEXT NOT NULL CHECK (level IN ('overall', 'tool', 'indicator', 'question', 'kpi')),
    tool          TEXT,
    indicator_no  INTEGER REFERENCES indicators(indicator_no),
    question_code TEXT,
    label         TEXT,
    value         REAL NOT NULL,          -- kpi level: the result (ผลการดำเนินงาน)
    rating        TEXT,
    page          INTEGER,
    weight        REAL,                  -- kpi level: the KPI's weight (น้ำหนัก, ร้อยละ)
    points        REAL,                  -- kpi level: points earned (ค่าคะแนนที่ได้)
    confidence REAL,  -- 0-1: 1.0 native text; OCR: the digit reader's and Tesseract's confidence
    needs_review INTEGER NOT NULL DEFAULT 0  -- 1: a cross-check failed or OCR unsure; not a plain fact
);
CREATE INDEX IF NOT EXISTS scores_unit_year ON scores(unit_id, fiscal_year);
CREATE INDEX IF NOT EXISTS scores_document ON scores(document_id);

CREATE TABLE IF NOT EXISTS measures (
    measure_id    INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    unit_id       INTEGER REFERENCES units(unit_id),
    fiscal_year   INTEGER,
    indicator_no  INTEGER REFERENCES indicators(indicator_no),
    title         TEXT NOT NULL,
    detail        TEXT,
    period_text   TEXT,
    start_date    TEXT,                  -- ISO 8601 CE
    end_date      TEXT,
    monitoring    TEXT,
    owner_text    TEXT,
    page          INTEGER,
    budget_baht   REAL,                  -- budget column; one per year: the measure's fiscal year (others in detail)
    result_text   TEXT,                  -- what a progress report says was done (ผลการดำเนินงาน)
    status        TEXT,                  -- the ticked status (☑ ดำเนินการแล้ว) or a status column's words
    confidence    REAL,                  -- 0-1: 1.0 native text; OCR: how surely its cells (or page) were read
    needs_review  INTEGER NOT NULL DEFAULT 0  -- 1: read from a scan (OCR text, dates parsed from it); not a plain fact
);
CREATE INDEX IF NOT EXISTS measures_unit_year ON measures(unit_id, fiscal_year);
CREATE INDEX IF NOT EXISTS measures_document ON measures(document_id);

CREATE TABLE IF NOT EXISTS owners (
    owner_id     INTEGER PRIMARY KEY,
    measure_id   INTEGER NOT NULL REFERENCES measures(measure_id) ON DELETE CASCADE,
    raw          TEXT NOT NULL,
    rank         TEXT,
    person_name  TEXT,
    position     TEXT,
    org_unit     TEXT,
    confidence   REAL,                   -- 0-1: 1.0 native text; OCR: how surely its cell was read
    needs_review INTEGER NOT NULL DEFAULT 0  -- 1: read from a scan; not a plain fact
);
CREATE INDEX IF NOT EXISTS owners_measure ON owners(measure_id);

CREATE TABLE IF NOT EXISTS people (
    person_id    INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    unit_id      INTEGER REFERENCES units(unit_id),
    role         TEXT,
    rank         TEXT,
    person_name  TEXT,
    position     TEXT,
    phone        TEXT,
    page         INTEGER,
    confidence   REAL,                   -- 0-1: 1.0 native text; OCR: how surely its page was read
    needs_review INTEGER NOT NULL DEFAULT 0  -- 1: read from a scan (names, roles are OCR text); not a plain fact
);
CREATE INDEX IF NOT EXISTS people_document ON people(document_id);

-- What a clerk should look at: inconsistencies found while reading a report.
CREATE TABLE IF NOT EXISTS findings (
    finding_id   INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    message      TEXT NOT NULL,
    page         INTEGER
);
CREATE INDEX IF NOT EXISTS findings_document ON findings(document_id);

-- The units a provincial centre oversees, loaded by `ita units import`
-- (a CSV or Excel list): what the coverage query compares documents with.
-- name is canonical (abbreviations expanded, as in units.name) so it joins
-- units.name; name_raw is the name as written in the list.
CREATE TABLE IF NOT EXISTS province_units (
    province_unit_id INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,    -- canonical full Thai name (joins units.name)
    name_raw     TEXT NOT NULL,           -- as written in the imported list
    unit_type    TEXT,                    -- as in units.unit_type; from the list or from the name
    province     TEXT,                    -- without the word จังหวัด
    district     TEXT,                    -- อำเภอ, without the word อำเภอ
    source_file  TEXT,                    -- the list it came from
    imported_at  TEXT NOT NULL            -- ISO 8601 timestamp (UTC)
);

-- Thai is written without spaces between words, so SQLite's default
-- tokenizer would index a whole phrase as one token. The trigram tokenizer
-- matches any substring of 3+ characters: MATCH 'ทรัพย์สิน' finds every page
-- containing it. Rows are written by the loader (rowid = pages.page_id,
-- measures.measure_id); text lines wrapped inside a Thai word are joined.
-- `digits` holds every line with digits spelled the other way (๒๕๖๘ as 2568
-- and back), so MATCH '2568' and MATCH '๒๕๖๘' find the same pages.
-- Limits of trigram search, for anyone writing SQL:
--   * a term of 1 or 2 characters matches nothing through MATCH: use
--     pages.text LIKE '%ปี%' (or instr(pages.text, 'ปี') > 0) instead;
--   * a term with dots, slashes or other punctuation (ป.ป.ช., สภ.จันทรา,
--     2567/2568) is an FTS5 syntax error unless quoted as a string:
--     MATCH '"ป.ป.ช."'. schemas/search.py quotes terms for programs.
CREATE VIRTUAL TABLE IF NOT EXISTS pages_fts USING fts5(text, digits, tokenize = 'trigram');
CREATE VIRTUAL TABLE IF NOT EXISTS measures_fts USING fts5(title, detail, owner_text, digits, tokenize = 'trigram');

-- FTS5 merges the index segments it writes per transaction (a batch of
-- documents) as it goes, M at a time: each entry is rewritten about log_M(documents)
-- times, so storing a document slowly costs more as the database grows.
-- Merging 8 at a time (FTS5's default is 4) rewrites each entry a third
-- fewer times; searches read a few more segments. bench/store_scaling.py
-- measures the store time per document from 100 to 1,000 documents.
INSERT INTO pages_fts(pages_fts, rank) VALUES ('automerge', 8);
INSERT INTO measures_fts(measures_fts, rank) VALUES ('automerge', 8);
-- The writer inserts a batch's full-text rows together (store_batch in
-- schemas/store.py) so that they make one segment; FTS5 flushes its pending
-- terms once they take 1 MiB (its default), about one document's worth.
-- 16 MiB holds a parse batch of 16 typical documents.
INSERT INTO pages_fts(pages_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO measures_fts(measures_fts, rank) VALUES ('hashsize', 16777216);
-- While it waits for parsing, the writer does FTS5's merging ahead of time
-- ('merge' commands, schemas/store.py merge_search_index), so that a store
-- seldom runs into a level that is full: storing a document then costs the
-- same however large the database. 'merge' merges a level from usermerge
-- segments: 8, as automerge, so it does the merges automerge would do.
INSERT INTO pages_fts(pages_fts, rank) VALUES ('usermerge', 8);
INSERT INTO measures_fts(measures_fts, rank) VALUES ('usermerge', 8);
