// Stated by evidence obtained in one of these ways (CURATED, MACHINE_CODED).
any(s IN e.sources WHERE s IN $sources)
