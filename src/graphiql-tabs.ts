/** Example operations GraphiQL opens with, one tab each (kept valid by a test). */
export const graphiqlTabs: { query: string; variables?: string }[] = [
  {
    query: `# Who is Zeki Aktürk?
query Entity {
  entity(id: "zeki-akturk") { id kind name nameAr: name(language: AR) }
}`,
  },
];
