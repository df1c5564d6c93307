/**
 * `iplocation [prefix=<string>] [allfields=<bool>] [lang=<string>] <field>`: adds City, Country,
 * Region, lat, lon (allfields: also Continent, MetroCode, Timezone), each name prefixed.
 */
import type { GeoDatabase } from '../../geo/geo-database.js';
import { iplocationFieldNames, locate } from '../../geo/locate.js';
import { scalarText, valuesOf, type Row, type Table } from '../../values/value.js';

export interface IplocationArgs {
  readonly field: string;
  readonly prefix: string;
  readonly allfields: boolean;
  readonly lang: readonly string[];
}

/**
 * Rows the database locates get the fields (replacing same-named ones); other rows keep what
 * they had. New field names join `table.fields` only if some row received them.
 */
export function applyIplocation(table: Table, args: IplocationArgs, geo: GeoDatabase): Table {
  const options = { allfields: args.allfields, lang: args.lang };
  // Event streams repeat addresses a lot; each distinct one is looked up once.
  const cache = new Map<string, Map<string, string> | null>();
  let anyLocated = false;
  const rows = table.rows.map((row): Row => {
    const out = new Map(row);
    // Splunk reads the first value of a multivalue field.
    const first = valuesOf(row.get(args.field))[0];
    if (first === undefined) return out;
    const ip = scalarText(first);
    let located = cache.get(ip);
    if (located === undefined) {
      located = locate(geo, ip, options);
      cache.set(ip, located);
    }
    if (located === null) return out;
    anyLocated = true;
    for (const [name, value] of located) out.set(args.prefix + name, value);
    return out;
  });
  if (!anyLocated) return { fields: table.fields, rows };
  const present = new Set(table.fields);
  const added = iplocationFieldNames(args.allfields)
    .map((name) => args.prefix + name)
    .filter((name) => !present.has(name));
  return { fields: [...table.fields, ...added], rows };
}
