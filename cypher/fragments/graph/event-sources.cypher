any(m IN e.sources WHERE m IN $sources)
