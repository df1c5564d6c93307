import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api/compile.js';
import { listDetections } from '../../src/conformance/detections.js';
import { formatPipeline } from '../../src/fmt/format.js';
import { loadMacroPaths } from '../../src/macros/load.js';
import type { MacroDefinition } from '../../src/macros/definition.js';
import { withoutSpans } from './builders.js';

/** parse(fmt(ast)) = ast, spans aside, and fmt is stable on its own output. */
function expectRoundTrip(spl: string, macros: readonly MacroDefinition[] = []): void {
  const ast = parse(spl, { macros }).pipeline;
  const printed = formatPipeline(ast);
  const again = parse(printed).pipeline;
  expect(withoutSpans(again), printed).toEqual(withoutSpans(ast));
  expect(formatPipeline(again)).toBe(printed);
}

/** One or more searches per command and expression form (the corpus test covers the rest when ../shared is present). */
const SEARCHES: readonly string[] = [
  '| stats count, dc(user) AS users BY src dest',
  '| stats count(eval(action="failure")) as failures perc95(bytes) values(x) as x',
  '| eventstats avg(x) as a by h | streamstats current=f window=5 count by u',
  '| chart count over host by status',
  '| timechart span=5m limit=0 count by user',
  '| top limit=5 src dest by user | rare user.username',
  '| where x>1 AND (y="a" OR NOT z IN (1,2)) XOR w LIKE "a%"',
  "| eval a=1, 'b c'=a.\"x\" . b, cpu:mem=-1, {key}=v, feature_-value=if(like(a, \"%\".b.\"%\"), 1, 0)",
  '| fieldformat t=strftime(t, "%Y")',
  '| table a b, c | fields - a, b | fields + a | fields a b',
  '| rex field=_raw "(?<port>\\d+)" | rex mode=sed field=x "s/a/b/g"',
  '| regex process = "(/d\\s+2)" | regex x!="a" | regex "a.b"',
  '| lookup update=true t domain as d, host OUTPUTNEW a as b, c | lookup t a OUTPUT b',
  '| inputlookup append=t t where a=1 OR b=2 | outputlookup append=true t',
  '| spath input=a output=b path=Statement{} | spath "a.b{}"',
  '| bin _time span=5m | bucket span=1h _time as t',
  '| join type=outer user, host [search x | stats count by user] | join user [| inputlookup t]',
  '| append [| mstats count(a) as b where index=x by h] | appendpipe [stats count]',
  '| map maxsearches=70 search="search x=$y$" | map [search x=$y$]',
  '| multisearch [search a] [search b | eval x=1]',
  'index=x [search y | fields z] NOT [| inputlookup t | return 2 a u=b $c] | search a',
  '| fillnull value=0 a, b | dedup 2 a b keepempty=true sortby -_time +x | sort 10 - count, num(x) d | head 5 | tail limit=3',
  '| convert timeformat="%Y" ctime(a) AS b, mktime(c) | mvexpand x limit=10 | makemv delim=" " Scope | mvcombine x',
  '| transaction user startswith=(a="b c") endswith=eval(x>1) maxspan=5m',
  '| format maxresults=5 "(" "(" "AND" ")" "OR" ")"',
  '| foreach * [ eval <<FIELD>> = if(<<FIELD>>="null",null(),<<FIELD>>)] | foreach stdev_* [eval x=\'avg_<<MATCHSTR>>\' + 1]',
  '| datamodel Endpoint Processes search | from datamodel:Endpoint.Processes | makeresults count=3 | addinfo | collect index=summary',
  '| apply m as out threshold=0.005 | fit DensityFunction x by y into m',
  '| replace "::ffff:*" with *, a with "b c" in src, dest | fromjson Data prefix=d_ | addtotals fieldname=Score a, b',
  '| anomalydetection "count" "user_type" action=annotate | outlier action=RM count | xmlkv UserData_Xml | multikv fields a b',
  '| extract pairdelim=";" kvdelim=":" | cyberchef infield="a" outfield="b" jsonrecipe="[{"op":"From Punycode","args":[true]}]"',
  '| rest /services/x splunk_server=local count=0 | mycmd a, b f(x, y) n!=3 s=(a OR b) e=eval(1+2) eval(x) [search q] AND',
  'search isOutlier=1 AND _time >= relative_time(now(), "-10m@m") | stats values(f) as aceFlags(inheritance) | fields - predicted(x)',
  '| tstats summariesonly=t count min(_time) as firstTime, max(_time) as lastTime from datamodel=Endpoint.Processes where nodename=Processes Processes.process_name IN ("a.exe", b*) by _time span=1h, Processes.dest',
];

describe('fmt round trip: parse(fmt(ast)) equals ast', () => {
  it.each(SEARCHES.map((s) => [s]))('%s', (spl) => expectRoundTrip(spl));
});

const CORPUS = '../shared/corpus/security_content';

describe.skipIf(!existsSync(CORPUS))('fmt round trip over the whole detection corpus (../shared)', () => {
  it('holds for all 1,711 detections', () => {
    const macros = loadMacroPaths([join(CORPUS, 'macros')]);
    const detections = listDetections(CORPUS);
    expect(detections).toHaveLength(1711);
    for (const d of detections) {
      if (d.search === undefined) throw new Error(`${d.file}: no search`);
      expectRoundTrip(d.search, macros);
    }
  });
});
