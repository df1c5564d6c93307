import type { Argv, CommandModule } from 'yargs';
import { DEFAULT_GEN_OPTIONS } from '../../gen/options.js';
import type { CliIo } from '../io.js';

export interface GenArgs {
  db: string;
  rows: number;
  seed: number;
  datamodel?: string[];
  start: string;
  days: number;
}

/** The defaults as the flags show them. */
export const GEN_DEFAULTS = { start: new Date(DEFAULT_GEN_OPTIONS.start * 1000).toISOString().replace('.000Z', 'Z'), days: DEFAULT_GEN_OPTIONS.days } as const;

export function genCommand(io: CliIo): CommandModule<object, GenArgs> {
  return {
    command: 'gen',
    describe: 'fill data model tables with plausible random events, the same for the same seed',
    builder: (y: Argv) =>
      y
        .options({
          db: { type: 'string', demandOption: true, describe: 'SQLite database file (created if missing; rows are appended)' },
          rows: { type: 'number', demandOption: true, describe: 'events to add to each table' },
          seed: { type: 'number', default: 1, describe: 'random seed: the same seed gives the same events' },
          datamodel: { type: 'string', array: true, describe: 'Model (all its root datasets) or Model.RootDataset; repeatable (default: every dataset)' },
          start: { type: 'string', default: GEN_DEFAULTS.start, describe: 'time of the earliest event, ISO 8601' },
          days: { type: 'number', default: GEN_DEFAULTS.days, describe: 'days the events spread over' },
        })
        .example('$0 gen --db cim.db --rows 100000', '100,000 events in every table')
        .example('$0 gen --db flows.db --rows 1000000 --datamodel Network_Traffic --seed 7', 'a million flows') as unknown as Argv<GenArgs>,
    handler: async (args) => (await import('./handlers/gen.js')).genHandler(args, io),
  };
}
