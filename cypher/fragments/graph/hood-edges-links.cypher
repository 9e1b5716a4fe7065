CALL (x) {
  CALL (x) {
    {{arms}}
  }
  RETURN reduce(all = [], l IN collect(links) | all + l) AS links, any(o IN collect(over) WHERE o) AS over
}
RETURN x:Event AS event, links, over OR {{degree}} AS capped
