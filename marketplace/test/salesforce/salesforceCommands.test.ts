import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli, type CliIo, type RunCliOptions } from '@patchbay/marketplace';
import { AuthInfo, Connection } from '@salesforce/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const config = {
  tenantId: 'acme',
  crm: 'salesforce',
  coreUrl: 'https://cc.acme.example',
  salesforce: { internalName: 'AcmeCti', displayName: 'Acme Contact Center', widgetPolicy: {} },
};

async function run(args: string[], host?: RunCliOptions['salesforceDeployHost']) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readTextFile: (path) => Promise.resolve(readFileSync(path, 'utf8')),
  };
  const code = await runCli({ args, version: '1.0.0', io, ...(host ? { salesforceDeployHost: host } : {}) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const folder = mkdtempSync(join(tmpdir(), 'patchbay-sf-'));
const configFile = join(folder, 'acme.json');
const packaged = join(folder, 'package');
writeFileSync(configFile, JSON.stringify(config));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `patchbay package salesforce` of the test config into `out`. */
const packageInto = (out: string) =>
  run(['package', 'salesforce', '--config', configFile, '--desktop-url', 'https://cc.acme.example/', '--out', out]);

describe('patchbay package salesforce → validate salesforce', () => {
  beforeAll(async () => {
    const result = await packageInto(packaged);
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('writes the project, the import file and the zip, and they validate', async () => {
    const project = JSON.parse(readFileSync(join(packaged, 'sfdx-project.json'), 'utf8')) as unknown;
    expect(project).toEqual({
      packageDirectories: [{ path: 'force-app', default: true }],
      name: 'AcmeCti',
      sourceApiVersion: '62.0',
    });
    expect(readFileSync(join(packaged, 'AcmeCti.callCenter-import.xml'), 'utf8')).toContain('<callCenter>');
    const result = await run(['validate', 'salesforce', packaged]);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('✓');
  });

  it('reports a broken call center file with its path', async () => {
    const broken = join(folder, 'broken');
    await packageInto(broken);
    const source = join(broken, 'force-app/main/default/callCenters/AcmeCti.callCenter-meta.xml');
    writeFileSync(source, readFileSync(source, 'utf8').replace('<value>Lightning</value>', '<value>Classic</value>'));
    writeFileSync(join(broken, 'sfdx-project.json'), '{}');
    const result = await run(['validate', 'salesforce', broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "items[@name='reqSalesforceCompatibilityMode']: must be Lightning or Classic_and_Lightning",
    );
    expect(result.stderr).toContain('sfdx-project.json: packageDirectories: expected a non-empty array');
  });

  it('reports a missing zip', async () => {
    const result = await run(['validate', 'salesforce', join(folder, 'nothing')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('expected the metadata zip');
  });

  it('refuses a malformed config with the path, what was expected and what it got', async () => {
    const bad = join(folder, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        ...config,
        salesforce: { ...config.salesforce, softphoneWidth: 'wide', widgetPolicy: { activity: { create: 1 } } },
      }),
    );
    const result = await run(['package', 'salesforce', '--config', bad, '--out', join(folder, 'bad')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('salesforce.softphoneWidth: ');
    expect(result.stderr).toContain(
      "salesforce.widgetPolicy.activity.create: expected 'connected' | 'ended' | 'never', got number",
    );
  });

  it('requires a desktop URL', async () => {
    const result = await run(['package', 'salesforce', '--config', configFile, '--out', join(folder, 'nourl')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('salesforce.desktopUrl: expected a URL (or --desktop-url), got undefined');
  });
});

describe('patchbay deploy salesforce', () => {
  const calls: string[] = [];
  const deployable = join(folder, 'deployable');
  let server: Server;
  let instanceUrl = '';
  let checks = 0;
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (request.url === '/services/oauth2/userinfo') {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify({
              preferred_username: 'admin@acme.example',
              organization_id: '00Dxx0000000001',
              user_id: '005xx0000000001',
            }),
          );
          return;
        }
        if (request.url?.startsWith('/services/data/v51.0/sobjects/User/') === true) {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ Username: 'admin@acme.example' }));
          return;
        }
        // The auth metadata lookups @salesforce/core makes on its own are answered but not recorded.
        const operation = /<(deploy|checkDeployStatus)[ >]/.exec(body)?.[1] ?? 'other';
        if (operation !== 'other') calls.push(operation);
        if (operation === 'checkDeployStatus') checks += 1;
        const result =
          operation === 'deploy'
            ? '<id>0Afxx0000000001</id><done>false</done><state>Queued</state>'
            : checks < 2
              ? '<id>0Afxx0000000001</id><done>false</done><status>InProgress</status><success>false</success>'
              : '<id>0Afxx0000000001</id><done>true</done><status>Succeeded</status><success>true</success>';
        response.writeHead(200, { 'content-type': 'text/xml' });
        response.end(
          `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="http://soap.sforce.com/2006/04/metadata"><soapenv:Body><${operation}Response><result>${result}</result></${operation}Response></soapenv:Body></soapenv:Envelope>`,
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    instanceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await packageInto(deployable);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const connect = async () => {
    const authInfo = await AuthInfo.create({
      accessTokenOptions: { accessToken: '00Dxx0000000001!token', instanceUrl, loginUrl: instanceUrl },
    });
    return Connection.create({ authInfo, connectionOptions: { version: '62.0' } });
  };

  it('loads @salesforce/core on this Node and creates a Connection', async () => {
    const connection = await connect();
    expect(connection.instanceUrl).toBe(instanceUrl);
  });

  it('deploys the zip and polls until it succeeds', async () => {
    const sleeps: number[] = [];
    const host = { connect, sleep: (ms: number) => Promise.resolve(void sleeps.push(ms)) };
    const result = await run(['deploy', 'salesforce', '--target-org', 'acme', '--dir', deployable], host);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(calls).toEqual(['deploy', 'checkDeployStatus', 'checkDeployStatus']);
    expect(sleeps).toEqual([2000]);
    expect(result.stdout).toContain('• deploy 0Afxx0000000001: InProgress');
    expect(result.stdout).toContain('✓ deployed to acme');
  });
});
