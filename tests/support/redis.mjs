/**
 * A real Redis for the queue tests: Debian's redis-server on 127.0.0.1, on a
 * free port, with no persistence, started by the test and stopped by it.
 * A missing redis-server fails the test (`.ci/run` installs it). Plain ESM,
 * shared with scripts/bench.mjs.
 */
import { spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';

/**
 * Starts redis-server on `port` (a free one when not given) and resolves once
 * it answers PING; `command` and `args` run another command line (the port and
 * address are added to it).
 */
export async function startRedis({
  port: wanted,
  command = 'redis-server',
  args = ['--save', '', '--appendonly', 'no'],
} = {}) {
  const port = wanted ?? (await freePort());
  const child = spawn(command, [...args, '--port', String(port), '--bind', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk.toString();
  });
  const spawned = new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) =>
      reject(
        error.code === 'ENOENT'
          ? new Error('redis-server is not installed: .ci/run installs it (Debian package redis-server)')
          : error,
      ),
    );
  });
  await spawned;
  for (let tries = 0; ; tries++) {
    if (await answersPing(port)) break;
    if (child.exitCode !== null || tries > 100) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not start on port ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { port, url: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function answersPing(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    let reply = '';
    socket.setTimeout(1000);
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) {
        socket.destroy();
        resolve(reply.startsWith('+PONG'));
      }
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
