// Keyset bound: before this order key.
e.orderKey < $keyBelow
