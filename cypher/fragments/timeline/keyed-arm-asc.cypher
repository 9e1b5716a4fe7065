// One key range's first events in timeline order.
ORDER BY k ASC LIMIT $limit
