import { it } from 'vitest';
import { rowsOf, runSpl, type TestEvent } from '../support/run-spl.js';
import { compile } from '../../src/api/compile.js';
import { printSelect } from '../../src/sql/print.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';

const ev: TestEvent[] = [
  { flow_id: 'f1', app: 'smb', action: 'allowed', dest_port: 139, src_ip: '10.0.0.1', _time: 100 },
  { flow_id: 'f2', app: 'SMB', action: 'blocked', dest_port: '0139', src_ip: 'host.example', _time: 200 },
  { flow_id: 'f3', app: 'http', dest_port: 'abc', src_ip: '010.0.0.1', _time: 300 },
  { flow_id: 'f4', dest_port: 1390, src_ip: '172.31.255.255', src: '10.0.0.1abc', _time: 50 },
];
async function show(spl: string) {
  try {
    const c = compile(spl);
    console.log(spl, '\n', printSelect(c.plan.source.select, sqliteDialect).sql);
    const t = await runSpl(spl, ev);
    console.log(JSON.stringify(t.fields), JSON.stringify(rowsOf(t)));
  } catch (e) { console.log('ERR', spl, e); }
}
it('probe', async () => {
  await show('| tstats count from datamodel=Network_Traffic by All_Traffic.flow_id All_Traffic.app All_Traffic.action All_Traffic.dest_port All_Traffic.src_ip All_Traffic.src');
  await show('| tstats fillnull_value=NULL count values(All_Traffic.app) earliest(All_Traffic.app) latest(All_Traffic.app) min(All_Traffic.dest_port) max(All_Traffic.dest_port) sum(All_Traffic.dest_port) avg(All_Traffic.dest_port) dc(All_Traffic.app) count(All_Traffic.app) earliest(_time) from datamodel=Network_Traffic where NOT All_Traffic.app=http OR All_Traffic.src_ip=10.0.0.0/8 by All_Traffic.action');
  await show('| tstats count from datamodel=Network_Traffic where All_Traffic.Action=allowed');
});
