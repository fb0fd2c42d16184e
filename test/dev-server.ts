import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { childEnv } from './fixture.ts';

const ROOT = join(import.meta.dirname, '..');

/** A running `astro dev` on 127.0.0.1; `stop` ends it and every process it started. */
export interface DevServer {
  url: string;
  log(): string;
  stop(): void;
}

/**
 * Starts `astro dev` with `env` (CONTENT_DIR, BUILD_DATE…) on `port` and waits until it answers. The port is
 * the caller's: tests take theirs from TEST_DEV_PORT, so parallel runs on one machine can each have their own.
 */
export async function startDev(port: number, env: Record<string, string>, args: string[] = []): Promise<DevServer> {
  const dev = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1', ...args], {
    cwd: ROOT,
    env: childEnv(env),
    detached: true,
  });
  let log = '';
  dev.stdout.on('data', (chunk) => (log += chunk));
  dev.stderr.on('data', (chunk) => (log += chunk));
  const server: DevServer = {
    url: `http://127.0.0.1:${port}`,
    log: () => log,
    stop: () => {
      if (dev.exitCode === null) process.kill(-dev.pid!, 'SIGTERM');
    },
  };
  for (let attempt = 0; !log.includes('watching for file changes'); attempt++) {
    if (attempt === 240 || dev.exitCode !== null) {
      server.stop();
      throw new Error(`astro dev did not start on port ${port}:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return server;
}

/** The port for a test's dev server: TEST_DEV_PORT (default 4331) plus `offset`. */
export const devPort = (offset = 0) => Number(process.env.TEST_DEV_PORT ?? 4331) + offset;
