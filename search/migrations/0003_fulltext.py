"""Full text for the embedded engine, per database: FTS5 on SQLite, tsvector on PostgreSQL.

Kept out of the ORM because each database does it differently; search.engines.database
is the only code that reads these.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title, summary, body_text, extra,
        tokenize = 'porter unicode61 remove_diacritics 2',
        prefix = '2 3 4'
    )""",
    "INSERT INTO search_fts(search_fts, rank) VALUES('rank', 'bm25(10.0, 4.0, 1.0, 2.0)')",
    """CREATE TRIGGER search_fts_ai AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts(rowid, title, summary, body_text, extra)
        VALUES (new.id, new.title, new.summary, new.body_text,
                new.section || ' ' || replace(new.tags, '|', ' '));
    END""",
    """CREATE TRIGGER search_fts_au AFTER UPDATE ON search_searchdocument BEGIN
        DELETE FROM search_fts WHERE rowid = old.id;
        INSERT INTO search_fts(rowid, title, summary, body_text, extra)
        VALUES (new.id, new.title, new.summary, new.body_text,
                new.section || ' ' || replace(new.tags, '|', ' '));
    END""",
    """CREATE TRIGGER search_fts_ad AFTER DELETE ON search_searchdocument BEGIN
        DELETE FROM search_fts WHERE rowid = old.id;
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_fts_ai",
    "DROP TRIGGER IF EXISTS search_fts_au",
    "DROP TRIGGER IF EXISTS search_fts_ad",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES_FORWARD = [
    """ALTER TABLE search_searchdocument ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('english', coalesce(title, '')), 'A')
            || setweight(to_tsvector('english', coalesce(summary, '') || ' '
                || coalesce(section, '') || ' ' || replace(coalesce(tags, ''), '|', ' ')), 'B')
            || setweight(to_tsvector('english', coalesce(body_text, '')), 'C')
        ) STORED""",
    "CREATE INDEX search_document_vector ON search_searchdocument USING GIN (search_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_document_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_indexbuild_synonymgroup_searchdocument_searchterm")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
