// A page in timeline order (start, precision, id): only the page's events go on to be projected.
WITH e ORDER BY e.orderKey ASC LIMIT $limit
