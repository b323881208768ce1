"""The Elasticsearch index builder asks the cluster what it can do."""

from search import documents
from search.engines import elastic
from tests.search import helpers as h


def test_indexes_sit_behind_aliases_and_use_what_analysis_the_cluster_has(es_engine):
    from community.models import Visibility

    h.thread(h.category(Visibility.PUBLIC), "Alias check", "Behind an alias.")
    h.drain()
    es = elastic.client()
    full = documents.has_analysis_common(es)
    modules = {
        m["name"]
        for node in es.nodes.info(metric="plugins")["nodes"].values()
        for m in node["modules"]
    }
    assert full == ("analysis-common" in modules)
    for alias in documents.all_aliases():
        (index,) = es.indices.get_alias(name=alias)
        analyzer = es.indices.get_settings(index=index)[index]["settings"]["index"][
            "analysis"
        ]["analyzer"]["kindred_text"]
        if full:
            assert (
                analyzer["type"] == "custom" and "kindred_stemmer" in analyzer["filter"]
            )
        else:
            assert analyzer["type"] == "standard"


def test_the_full_english_chain_is_only_asked_of_clusters_that_have_it():
    plain = documents.analysis_settings(full=False)
    assert plain == {"analyzer": {"kindred_text": {"type": "standard"}}}
    full = documents.analysis_settings(full=True)
    chain = full["analyzer"]["kindred_text"]["filter"]
    assert chain[-1] == "kindred_stemmer" and "lowercase" in chain
    assert not any("synonym" in f for f in chain)  # synonyms are expanded at query time
