// One key range's last events in timeline order.
ORDER BY k DESC LIMIT $limit
