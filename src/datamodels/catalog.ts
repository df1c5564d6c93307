import Alerts from './models/Alerts.json' with { type: 'json' };
import Authentication from './models/Authentication.json' with { type: 'json' };
import Certificates from './models/Certificates.json' with { type: 'json' };
import Change from './models/Change.json' with { type: 'json' };
import Change_Analysis from './models/Change_Analysis.json' with { type: 'json' };
import Data_Access from './models/Data_Access.json' with { type: 'json' };
import Email from './models/Email.json' with { type: 'json' };
import Endpoint from './models/Endpoint.json' with { type: 'json' };
import Identity_Management from './models/Identity_Management.json' with { type: 'json' };
import Intrusion_Detection from './models/Intrusion_Detection.json' with { type: 'json' };
import Malware from './models/Malware.json' with { type: 'json' };
import Network_Resolution from './models/Network_Resolution.json' with { type: 'json' };
import Network_Sessions from './models/Network_Sessions.json' with { type: 'json' };
import Network_Traffic from './models/Network_Traffic.json' with { type: 'json' };
import Risk from './models/Risk.json' with { type: 'json' };
import Splunk_Audit from './models/Splunk_Audit.json' with { type: 'json' };
import UEBA from './models/UEBA.json' with { type: 'json' };
import Updates from './models/Updates.json' with { type: 'json' };
import Vulnerabilities from './models/Vulnerabilities.json' with { type: 'json' };
import Web from './models/Web.json' with { type: 'json' };
import type { DataModelV2 } from './model-v2.js';
import { validateDataModel } from './validate.js';

/** Every model file, by name; checked against the format the first time a model is asked for. */
const FILES: ReadonlyMap<string, unknown> = new Map<string, unknown>([['Alerts', Alerts], ['Authentication', Authentication], ['Certificates', Certificates], ['Change', Change], ['Change_Analysis', Change_Analysis], ['Data_Access', Data_Access], ['Email', Email], ['Endpoint', Endpoint], ['Identity_Management', Identity_Management], ['Intrusion_Detection', Intrusion_Detection], ['Malware', Malware], ['Network_Resolution', Network_Resolution], ['Network_Sessions', Network_Sessions], ['Network_Traffic', Network_Traffic], ['Risk', Risk], ['Splunk_Audit', Splunk_Audit], ['UEBA', UEBA], ['Updates', Updates], ['Vulnerabilities', Vulnerabilities], ['Web', Web]]);

let models: ReadonlyMap<string, DataModelV2> | undefined;

function catalog(): ReadonlyMap<string, DataModelV2> {
  models ??= new Map([...FILES].map(([name, json]) => [name, validateDataModel(json, `src/datamodels/models/${name}.json`)]));
  return models;
}

/** The CIM data models splice knows, by name (case-sensitive, as in Splunk). */
export function findDataModel(name: string): DataModelV2 | undefined {
  return catalog().get(name);
}

export function dataModelNames(): string[] {
  return [...catalog().keys()];
}

export function allDataModels(): DataModelV2[] {
  return [...catalog().values()];
}
