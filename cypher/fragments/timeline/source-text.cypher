// Events whose title or summary holds every folded word: all the full-text index's hits, uncapped.
CALL db.index.fulltext.queryNodes('event_text', $text) YIELD node AS e
