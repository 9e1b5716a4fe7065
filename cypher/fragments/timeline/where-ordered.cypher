// A first page (no cursor): in timeline order, which the order index gives without a sort.
e.orderKey IS NOT NULL
