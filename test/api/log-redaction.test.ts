/**
 * The write token never reaches the request log: a request that carries it (refused or not) is
 * logged with its Authorization header as "[redacted]", and the token's value appears nowhere.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { startTestService } from '../helpers/service.ts';

const TOKEN = 'test-token-0123456789abcdef';

describe('the request log', () => {
  const lines: string[] = [];
  let service: RunningService;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    service = await startTestService({ API_TOKEN: TOKEN }, pino({ level: 'info' }, sink));
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('logs a request with a token as having one, never the token itself', async () => {
    const wrong = `${TOKEN.slice(0, -1)}X`;
    for (const token of [TOKEN, wrong]) {
      const res = await fetch(`${service.url}/api/analyses/write`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: '{"seed": -1}',
      });
      expect(res.status).toBe(token === TOKEN ? 400 : 403);
    }
    await new Promise((resolve) => setImmediate(resolve));
    const logged = lines.filter((l) => l.includes('/api/analyses/write'));
    expect(logged).toHaveLength(2);
    for (const line of logged) {
      expect(JSON.parse(line).req.headers.authorization).toBe('[redacted]');
      expect(line).not.toContain(TOKEN.slice(5));
    }
    expect(lines.join('\n')).not.toContain(TOKEN.slice(5));
  });
});
