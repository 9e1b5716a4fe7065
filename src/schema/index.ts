// Imports every domain file so its types and fields register on the builder; nothing else.
import { builder } from './builder';
import './scalars';
import './language';
import './enums';
import './time-span';
import './node';
import './node-query';
import './entity';
import './event';
import './evidence';
import './article';
import './relationship';
import './timeline';
import './dates';
import './ingest';
import './search';
import './graph';

export const schema = builder.toSchema({ sortSchema: true });
