// A page in reverse timeline order: only the page's events go on to be projected.
WITH e ORDER BY e.orderKey DESC LIMIT $limit
