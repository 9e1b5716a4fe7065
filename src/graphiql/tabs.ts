/** Example operations GraphiQL opens with, one tab each (a test runs every one against the seed). */
export const graphiqlTabs: { query: string; variables?: string }[] = [
  {
    query: `# The timeline of the Turkish Ministry of Defence, with who took part and where it is said.
query MinistryTimeline($first: Int = 10, $after: String) {
  entity(id: "turkish-ministry-of-defence") {
    name
    nameAr: name(language: AR)
    timeline(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          when { edtf start end precision approximate text }
          place { name }
          participants { role entity { id name } }
          evidence { quote attributedTo { name } article { title published } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
  },
  {
    query: `# Curated facts and machine-coded ones side by side: the same timeline, histogram and paths,
# from fact sheets with verified quotes (CURATED) or from GDELT (MACHINE_CODED; load some with
# npm run import:gdelt). Each event says how its evidence was obtained.
query BySource {
  curated: timeline(filter: { sources: [CURATED] }, first: 5) {
    totalCount
    edges { node { id title sources when { edtf precision } evidence { method quote article { title } } } }
  }
  machineCoded: timeline(filter: { sources: [MACHINE_CODED] }, first: 5) {
    totalCount
    edges { node { id title cameo sources when { edtf } evidence { method confidence article { url } } } }
  }
  curatedByMonth: timelineHistogram(filter: { sources: [CURATED] }, granularity: MONTH, sparse: true) { start count }
  curatedPaths: connections(from: "yasar-guler", to: "syrian-army", sources: [CURATED], first: 2) { paths { length } }
}`,
  },
  {
    query: `# What happened in the first half of 2025? Events whose span overlaps it, with their true precision.
query FirstHalf2025 {
  timeline(filter: { from: "2025-01-01", to: "2025-06-30" }, first: 20) {
    totalCount
    edges { node { id kind title when { edtf start end precision approximate text } } }
  }
}`,
  },
  {
    query: `# Who is Zeki Aktürk, what roles does he hold and on what evidence? (Search folds Aktürk = Akturk = اكتورك.)
query WhoIsAkturk {
  searchEntities(query: "Akturk", first: 3) { score matched entity { id name } }
  entity(id: "zeki-akturk") {
    kind
    names { language value }
    relationships {
      type
      title
      titleAr: title(language: AR)
      to { name }
      valid { edtf precision text }
      evidence { quote startOffset endOffset attributedTo { name } article { title(language: AR) published } }
    }
    timeline(first: 5) { edges { node { title when { edtf } } } }
  }
}`,
  },
  {
    query: `# How does Yaşar Güler connect to the Syrian army, and through what, when?
query GulerToSyrianArmy {
  connections(from: "yasar-guler", to: "syrian-army", maxHops: 3, first: 3) {
    truncated
    truncatedBy
    paths {
      length
      steps {
        from { name }
        to { name }
        via {
          __typename
          ... on Relationship { type role: title valid { edtf } }
          ... on Event { title when { edtf precision } }
        }
      }
    }
  }
}`,
  },
  {
    query: `# Events per month (an event dated only to a year or an open span counts once, as "coarse").
query MonthlyHistogram {
  timelineHistogram(granularity: MONTH, filter: { from: "2024-12-01" }) { start end count coarse }
}`,
  },
  {
    query: `# Dates as the sources write them, resolved against the publication day.
query ParseDates {
  parseDates(text: "ومطلع حزيران الماضي، وفي 6 من شباط الماضي، ثم اليوم، الأربعاء 23 من تموز", reference: "2025-07-23") {
    text offset length span { edtf start end precision approximate }
  }
}`,
  },
];
