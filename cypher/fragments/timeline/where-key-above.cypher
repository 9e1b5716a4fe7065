// Keyset bound: after this order key.
e.orderKey > $keyAbove
