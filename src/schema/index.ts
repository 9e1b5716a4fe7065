// Imports every domain's schema file so its types and fields register on the builder; nothing else.
import '../dates/schema';
import '../entity/schema';
import '../event/schema';
import '../facts/schema';
import '../graph/schema';
import '../provenance/schema';
import '../search/schema';
import '../timeline/schema';
import './node';
import './scalars';
import { builder } from './builder';

export const schema = builder.toSchema({ sortSchema: true });
