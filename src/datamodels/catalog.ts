import networkTraffic from './network_traffic.json' with { type: 'json' };
import type { DataModel } from './model.js';

/** The data models splice knows, by name (names are case-sensitive, as in Splunk). */
const MODELS: ReadonlyMap<string, DataModel> = new Map([[networkTraffic.name, networkTraffic as DataModel]]);

export function findDataModel(name: string): DataModel | undefined {
  return MODELS.get(name);
}

export function dataModelNames(): string[] {
  return [...MODELS.keys()];
}
