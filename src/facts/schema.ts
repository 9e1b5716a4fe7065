import { corroboratePending } from '../corroboration/store';
import { coded } from '../errors';
import { builder } from '../schema/builder';
import { ingestSheets } from './ingest';
import { checkSheet } from './load';
import { SheetProblems } from './problems';
import type { ArticleReport, Counts } from './write';

const CountsRef = builder.objectRef<Counts>('IngestCounts').implement({
  description: 'What a load did to one kind of fact.',
  fields: (t) => ({
    created: t.exposeInt('created', { description: 'New in the graph.' }),
    updated: t.exposeInt('updated', { description: 'Already there, changed.' }),
    unchanged: t.exposeInt('unchanged', { description: 'Already there, as they were.' }),
    removed: t.exposeInt('removed', {
      description: 'Dropped: the article no longer states them and no other article does.',
    }),
  }),
});

const IngestReport = builder.objectRef<ArticleReport>('IngestReport').implement({
  description: 'The outcome of loading one fact sheet (one transaction: all of it or none of it).',
  fields: (t) => ({
    article: t.exposeID('article', { description: 'The article id.' }),
    status: t.exposeString('status', { description: 'created, updated or unchanged.' }),
    entities: t.field({
      type: CountsRef,
      description: 'Entities written with it.',
      resolve: (r) => r.entities,
    }),
    events: t.field({ type: CountsRef, description: 'Its events.', resolve: (r) => r.events }),
    relationships: t.field({
      type: CountsRef,
      description: 'Its relationships.',
      resolve: (r) => r.relationships,
    }),
  }),
});

builder.mutationType({ description: 'Writes; each needs a bearer token with the write scope.' });

builder.mutationField('ingestFactSheet', (t) =>
  t.field({
    type: IngestReport,
    authScopes: { write: true },
    description:
      'Validates one fact sheet (the same JSON the files hold, with the article text inline) and loads it like `npm run ingest`. Every problem is reported at once, as BAD_USER_INPUT with `extensions.problems`, and then nothing is written.',
    args: {
      sheet: t.arg({
        type: 'JSON',
        required: true,
        description: 'The fact sheet (see data/fact-sheet.schema.json).',
      }),
    },
    resolve: async (_root, { sheet }, ctx) => {
      try {
        const loaded = checkSheet(sheet, 'sheet');
        const [report] = await ingestSheets(ctx.db, [loaded], { corroborate: false });
        if (!report) throw new Error('ingest returned no report');
        // Only this sheet's events that wait are compared, so a request's work stays bounded by its
        // sheet, and a retry of an unchanged sheet compares nothing (unless the first request
        // stopped before comparing): a backlog left by `npm run ingest -- --no-corroborate` is the
        // next ingest run's to compare.
        if (!Array.isArray(loaded))
          await corroboratePending(
            ctx.db,
            loaded.sheet.events.map((e) => e.id),
          );
        return report;
      } catch (err) {
        if (!(err instanceof SheetProblems)) throw err;
        throw coded(
          'BAD_USER_INPUT',
          `The fact sheet has ${err.problems.length} problem(s); nothing was written.`,
          {
            argument: 'sheet',
            problems: err.problems.map((p) => ({ path: p.path, message: p.message })),
          },
        );
      }
    },
  }),
);
