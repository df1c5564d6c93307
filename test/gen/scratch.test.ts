import { it } from 'vitest';
import { allRootTables } from '../../src/datamodels/schema.js';
import { constraintValues } from '../../src/gen/constraints.js';
it('x', () => { for (const t of allRootTables()) console.log(t.name, JSON.stringify([...constraintValues(t)])); });
