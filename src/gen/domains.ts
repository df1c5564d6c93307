import { CVES, MITRE_TACTICS, MITRE_TACTIC_IDS, MITRE_TECHNIQUES, SIGNATURES, VENDOR_PRODUCTS } from './vocabulary.js';

/**
 * Fixed value lists by field, most common first. A key is `Model.Root:field`,
 * `Model:field` or `field`, most specific first: `status` is an HTTP code in
 * Web but a service state in Endpoint.Services. Values a model's dataset
 * constraints name are added to these by the caller.
 */
const FIXED: Readonly<Record<string, readonly string[]>> = {
  transport: ['tcp', 'udp', 'icmp'],
  direction: ['outbound', 'inbound', 'internal'],
  'Network_Traffic:protocol': ['ip', 'ipv6'],
  'Network_Traffic:app': ['ssl', 'web-browsing', 'dns', 'ssh', 'ms-rdp', 'smb', 'ntp', 'ldap', 'kerberos', 'unknown-tcp'],
  'Authentication:app': ['win:remote', 'win:local', 'sshd', 'okta', 'vpn'],
  'Data_Access:app': ['sharepoint', 'onedrive', 'fileserver', 'box'],
  'Web:app': ['web-browsing', 'ssl', 'office365', 'github'],
  'Web:action': ['allowed', 'blocked'],
  'Email:action': ['delivered', 'blocked', 'quarantined', 'deleted'],
  'Data_Access:action': ['read', 'modified', 'created', 'deleted', 'downloaded', 'shared'],
  'Endpoint.Filesystem:action': ['created', 'modified', 'read', 'deleted', 'acl_modified'],
  'Endpoint.Registry:action': ['modified', 'created', 'deleted', 'read'],
  'Change:status': ['success', 'failure'],
  'Change:change_type': ['AAA', 'filesystem', 'registry', 'restart', 'network', 'cloud'],
  'Change:object_category': ['user', 'group', 'file', 'registry', 'policy', 'instance'],
  'Change:result': ['success', 'lockout', 'failure'],
  'Web:status': ['200', '304', '404', '302', '403', '500', '301', '401', '503'],
  'Endpoint.Services:status': ['running', 'stopped', 'started', 'critical'],
  'Endpoint.Ports:state': ['listening', 'established', 'closed'],
  start_mode: ['auto', 'manual', 'disabled'],
  service_name: ['Spooler', 'WinDefend', 'wuauserv', 'PSEXESVC', 'sshd', 'BITS', 'RemoteRegistry'],
  service: ['Spooler', 'WinDefend', 'wuauserv', 'PSEXESVC', 'sshd', 'BITS', 'RemoteRegistry'],
  http_method: ['GET', 'POST', 'HEAD', 'PUT', 'CONNECT', 'OPTIONS', 'DELETE'],
  http_content_type: ['text/html', 'application/json', 'image/png', 'application/octet-stream', 'application/x-msdownload', 'text/plain'],
  query_type: ['A', 'AAAA', 'CNAME', 'TXT', 'PTR', 'MX', 'SRV'],
  record_type: ['A', 'AAAA', 'CNAME', 'TXT', 'PTR', 'MX', 'SRV'],
  reply_code: ['NoError', 'NXDomain', 'ServFail', 'Refused'],
  reply_code_id: ['0', '3', '2', '5'],
  message_type: ['Query', 'Response'],
  severity: ['low', 'medium', 'high', 'critical', 'informational'],
  severity_id: ['2', '3', '4', '5', '1'],
  'Malware:category': ['trojan', 'ransomware', 'hacktool', 'adware', 'worm'],
  'Intrusion_Detection:category': ['scan', 'policy', 'trojan', 'exploit', 'web-attack'],
  'Vulnerabilities:category': ['remote', 'local', 'web', 'misconfiguration'],
  'Alerts:type': ['alert', 'alarm', 'event', 'task', 'warning'],
  risk_object_type: ['system', 'user'],
  authentication_method: ['password', 'kerberos', 'ntlm', 'mfa', 'publickey'],
  process_integrity_level: ['medium', 'high', 'system', 'low'],
  registry_value_type: ['REG_SZ', 'REG_DWORD', 'REG_EXPAND_SZ', 'REG_BINARY'],
  registry_value_data: ['1', '0', 'C:\\Users\\Public\\update.exe', '0x00000004'],
  src_zone: ['trust', 'untrust', 'dmz'],
  dest_zone: ['untrust', 'trust', 'dmz'],
  tcp_flag: ['SYN', 'ACK', 'FIN', 'RST', 'PSH'],
  vlan: ['10', '20', '100', '200'],
  rule: ['allow-outbound-web', 'deny-all', 'allow-dns', 'block-smb-outbound', 'allow-internal'],
  os: ['Microsoft Windows 10 Enterprise', 'Microsoft Windows Server 2019', 'Ubuntu 22.04', 'macOS 14'],
  signature_id: ['4624', '4625', '4688', '4720', '4768', '2001219', '2024218'],
  'Splunk_Audit:info': ['completed', 'granted', 'canceled', 'failed'],
  ssl_version: ['TLSv1.3', 'TLSv1.2', 'TLSv1', 'SSLv3'],
  ssl_signature_algorithm: ['sha256WithRSAEncryption', 'ecdsa-with-SHA256', 'sha1WithRSAEncryption'],
  ssl_publickey_algorithm: ['rsaEncryption', 'id-ecPublicKey'],
  ssl_issuer: ["CN=R3, O=Let's Encrypt, C=US", 'CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1, O=DigiCert Inc, C=US', 'CN=acme-CA, DC=acme, DC=local'],
  ssl_issuer_common_name: ['R3', 'DigiCert Global G2 TLS RSA SHA256 2020 CA1', 'acme-CA'],
  'annotations.mitre_attack.mitre_technique_id': MITRE_TECHNIQUES,
  'annotations.mitre_attack.mitre_tactic_id': MITRE_TACTIC_IDS,
  'annotations.mitre_attack.mitre_tactic': MITRE_TACTICS,
  mitre_technique_id: MITRE_TECHNIQUES,
  analyticstories: ['Suspicious Command-Line Executions', 'Windows Persistence Techniques', 'Ransomware', 'Credential Dumping', 'Lateral Movement'],
  cve: CVES,
  datamodel: ['Network_Traffic', 'Endpoint', 'Authentication', 'Web', 'Network_Resolution'],
  search: ['| tstats count from datamodel=Network_Traffic by All_Traffic.dest', '| tstats count from datamodel=Endpoint.Processes by Processes.process_name', 'index=main sourcetype=access_combined | stats count by status'],
  savedsearch_name: ['ESCU - Detect Outbound SMB Traffic - Rule', 'ESCU - Windows Rundll32 Execution - Rule', 'Threat - Brute Force Access - Rule', 'Audit - Daily License Usage'],
  search_type: ['scheduled', 'adhoc'],
};

const DOMAINS: ReadonlyMap<string, readonly string[]> = new Map([
  ...Object.entries(FIXED),
  ...Object.entries(SIGNATURES).map(([model, values]): [string, readonly string[]] => [`${model}:signature`, values]),
  ...Object.entries(VENDOR_PRODUCTS).map(([model, values]): [string, readonly string[]] => [`${model}:vendor_product`, values]),
]);

/** The fixed values for a field of a table, if it has any. */
export function domainValues(tableName: string, modelName: string, field: string): readonly string[] | undefined {
  return DOMAINS.get(`${tableName}:${field}`) ?? DOMAINS.get(`${modelName}:${field}`) ?? DOMAINS.get(field);
}
