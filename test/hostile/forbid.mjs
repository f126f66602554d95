// Preloaded into a CLI run by test/hostile.test.ts to check SECURITY.md's promises:
/* global process */
// any attempt to start a process, open a network connection, resolve a name
// or write a file is recorded (and refused) and printed on stderr at exit.
import childProcess from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

const seen = [];
const refuse = (what) => (...args) => {
  seen.push(`${what} ${String(args[0]).slice(0, 200)}`);
  throw new Error(`forbidden in this run: ${what}`);
};
for (const k of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) childProcess[k] = refuse(`child_process.${k}`);
for (const k of ['connect', 'createConnection']) net[k] = refuse(`net.${k}`);
net.Socket.prototype.connect = refuse('net.Socket.connect');
dgram.createSocket = refuse('dgram.createSocket');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns[k] = refuse(`dns.${k}`);
for (const m of [http, https]) for (const k of ['request', 'get']) m[k] = refuse(`http.${k}`);
globalThis.fetch = refuse('fetch');
// Writes: allowed only to the paths named in GPC_ALLOW_WRITE (manifest -o).
const allowed = new Set((process.env.GPC_ALLOW_WRITE ?? '').split(':').filter(Boolean));
const writeFlags = (flags) => typeof flags === 'string' ? /[wa+]/.test(flags) : typeof flags === 'number' && (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_CREAT)) !== 0;
const origOpenSync = fs.openSync;
fs.openSync = (path, flags, ...rest) => {
  if (writeFlags(flags) && !allowed.has(String(path))) refuse('write')(path);
  return origOpenSync(path, flags, ...rest);
};
const origWriteFileSync = fs.writeFileSync;
fs.writeFileSync = (path, ...rest) => {
  if (typeof path !== 'number' && !allowed.has(String(path))) refuse('write')(path);
  return origWriteFileSync(path, ...rest);
};
for (const k of ['appendFileSync', 'mkdirSync', 'rmSync', 'unlinkSync', 'renameSync', 'symlinkSync', 'chmodSync', 'copyFileSync']) {
  const orig = fs[k];
  fs[k] = (path, ...rest) => (allowed.has(String(path)) ? orig(path, ...rest) : refuse(`fs.${k}`)(path));
}
syncBuiltinESMExports();
process.on('exit', () => process.stderr.write(`\nforbidden: ${JSON.stringify(seen)}\n`));
