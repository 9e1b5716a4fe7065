// Imports every domain file so its types and fields register on the builder; nothing else.
import { builder } from './builder';
import './scalars';
import './entity';

export const schema = builder.toSchema({ sortSchema: true });
