// How many events the filter selects.
RETURN count(e) AS n
