"""Elasticsearch 8 with Vietnamese folding (used when ``ELASTICSEARCH_URL`` is set).

Every text field is analysed by the index's ``default`` analyzer, which lower-cases and
folds with ``asciifolding`` (it maps đ to d, and every Vietnamese vowel to its base letter)
while keeping the original token beside the folded one, so that an accented query still
scores its exact form higher. Autocomplete searches through the same folding.
"""

from copy import deepcopy

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)
from modelsearch.utils import deep_update

from . import ConfidentialGuardMixin

FOLDING_ANALYZER = {
    "type": "custom",
    "tokenizer": "standard",
    "filter": ["lowercase", "vietnamese_folding"],
}
VIETNAMESE_ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "vietnamese_folding": {
                    "type": "asciifolding",
                    "preserve_original": True,
                }
            },
            "analyzer": {
                "default": FOLDING_ANALYZER,
                "vietnamese_folding": FOLDING_ANALYZER,
            },
        }
    }
}


class VietnameseMapping(Elasticsearch8Mapping):
    """Autocomplete queries are folded like the indexed edge n-grams."""

    edgengram_analyzer_config = {
        "analyzer": "edgengram_analyzer",
        "search_analyzer": "vietnamese_folding",
    }


class VietnameseQueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = VietnameseMapping


class VietnameseAutocompleteCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = VietnameseMapping


class PortalElasticsearchBackend(ConfidentialGuardMixin, Elasticsearch8SearchBackend):
    """Elasticsearch 8 with the folding analysers above; ``INDEX_SETTINGS`` may add more."""

    mapping_class = VietnameseMapping
    query_compiler_class = VietnameseQueryCompiler
    autocomplete_query_compiler_class = VietnameseAutocompleteCompiler
    settings = deep_update(
        deepcopy(Elasticsearch8SearchBackend.settings), VIETNAMESE_ANALYSIS
    )


SearchBackend = PortalElasticsearchBackend
