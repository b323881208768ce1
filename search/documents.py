"""Elasticsearch documents: one index per content type, each behind an alias.

Aliases are `<SEARCH_INDEX_PREFIX>-pages`, `-threads` and `-posts`; the indexes behind
them are versioned (`<alias>-<timestamp>`) so search_reindex can build new ones and
swap atomically. Every text field uses the analyzer `kindred_text`, whose definition
depends on what the cluster offers (see analysis_settings).
"""

from __future__ import annotations

from django.conf import settings
from elasticsearch_dsl import Date, Document, Keyword, Long, Text

ALIAS_NAMES = ("pages", "threads", "posts")


class _Base(Document):
    key = Keyword()
    kind = Keyword()
    object_id = Keyword()
    title = Text(
        analyzer="kindred_text",
        copy_to="spell",
        index_prefixes={"min_chars": 2, "max_chars": 10},
        fields={"raw": Keyword(ignore_above=300)},
    )
    summary = Text(analyzer="kindred_text", copy_to="spell")
    body_text = Text(analyzer="kindred_text", copy_to="spell")
    # Unstemmed words for "did you mean" (the term suggester must offer real words).
    spell = Text(analyzer="standard", index_options="docs")
    section = Keyword(fields={"text": Text(analyzer="kindred_text")})
    category_id = Long()
    visibility = Keyword()
    status = Keyword()
    tags = Keyword(fields={"text": Text(analyzer="kindred_text")})
    date = Date()
    url = Keyword(index=False)
    thread_id = Long()


class PageDocument(_Base):
    """Blog posts, resource articles, standard pages and support services."""


class ThreadDocument(_Base):
    """A community thread: its title and opening post."""


class PostDocument(_Base):
    """A reply in a community thread."""


DOCUMENTS = {"pages": PageDocument, "threads": ThreadDocument, "posts": PostDocument}


def alias(name: str) -> str:
    return f"{settings.SEARCH_INDEX_PREFIX}-{name}"


def all_aliases() -> list[str]:
    return [alias(n) for n in ALIAS_NAMES]


def alias_for_key(key: str) -> str:
    label = key.rsplit(":", 1)[0]
    if label == "community.thread":
        return alias("threads")
    if label == "community.post":
        return alias("posts")
    return alias("pages")


def mapping(name: str) -> dict:
    return DOCUMENTS[name]._doc_type.mapping.to_dict()


def has_analysis_common(client) -> bool:
    """Ask the cluster which modules it has: the integ-test zip lacks analysis-common."""
    nodes = client.nodes.info(metric="plugins", filter_path="nodes.*.modules.name")
    for node in (nodes.get("nodes") or {}).values():
        names = {m.get("name") for m in node.get("modules", [])}
        if "analysis-common" not in names:
            return False
    return bool(nodes.get("nodes"))


def analysis_settings(full: bool) -> dict:
    """The full English chain where the cluster has it, the standard analyzer where not.
    Synonyms are expanded at query time (search.text), so they work on both."""
    if not full:
        return {"analyzer": {"kindred_text": {"type": "standard"}}}
    return {
        "filter": {
            "kindred_possessive": {"type": "stemmer", "language": "possessive_english"},
            "kindred_stop": {"type": "stop", "stopwords": "_english_"},
            "kindred_stemmer": {"type": "stemmer", "language": "light_english"},
        },
        "analyzer": {
            "kindred_text": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": [
                    "kindred_possessive",
                    "lowercase",
                    "asciifolding",
                    "kindred_stop",
                    "kindred_stemmer",
                ],
            }
        },
    }


def index_body(name: str, full_analysis: bool) -> dict:
    return {
        "settings": {
            "number_of_shards": 1,
            "number_of_replicas": 0,
            "analysis": analysis_settings(full_analysis),
        },
        "mappings": mapping(name),
    }
