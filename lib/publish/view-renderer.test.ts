import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackOrigin, viewRenderer } from './view-renderer';

// A stand-in for the server: answers `?actors=…` with a page, anything else with 404, and records what it was sent.
const seen: Array<{ url: string; token: string | undefined; encoding: string | undefined }> = [];
const server = http.createServer((request, response) => {
  seen.push({ url: request.url ?? '', token: request.headers['x-timeline-render'] as string | undefined, encoding: request.headers['accept-encoding'] });
  if (!request.url?.startsWith('/?actors=')) return void response.writeHead(404).end('missing');
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', Link: '</a.js>; rel=preload', 'Set-Cookie': 'x=1', 'X-Other': 'y' }).end('<p>page</p>');
});
let origin = '';

beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => ((origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`), resolve()))));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('viewRenderer', () => {
  it('asks the server for the view with its token, uncompressed, and keeps the body, the type and the links only', async () => {
    const renderer = viewRenderer(() => origin, 'token-1');
    const view = await renderer.render('?actors=russia');
    expect(new TextDecoder().decode(view!.body)).toBe('<p>page</p>');
    expect(view!.headers).toEqual({ 'content-type': 'text/html; charset=utf-8', link: '</a.js>; rel=preload' });
    expect(seen.at(-1)).toEqual({ url: '/?actors=russia', token: 'token-1', encoding: 'identity' });
  });

  it('gives nothing for an answer other than 200, or where the server’s address is unknown', async () => {
    expect(await viewRenderer(() => origin).render('?q=x')).toBeNull();
    expect(await viewRenderer(() => null).render('?actors=russia')).toBeNull();
  });

  it('knows its own requests by a token no other renderer has', async () => {
    const one = viewRenderer(() => origin);
    const other = viewRenderer(() => origin);
    const request = (token: string) => new NextRequest('http://localhost/?actors=russia', { headers: { 'x-timeline-render': token } });
    await one.render('?actors=russia');
    const token = seen.at(-1)?.token;
    expect(token).toBeDefined();
    expect(one.isRender(request(token!))).toBe(true);
    expect(other.isRender(request(token!))).toBe(false);
    expect(one.isRender(new NextRequest('http://localhost/?actors=russia'))).toBe(false);
  });

  it('reads the port next start was given', () => {
    expect(loopbackOrigin({ PORT: '3000' })).toBe('http://127.0.0.1:3000');
    expect(loopbackOrigin({})).toBeNull();
    expect(loopbackOrigin({ PORT: 'evil.example' })).toBeNull();
  });
});
