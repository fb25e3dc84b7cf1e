import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiAuth } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';

// The API client keeps the fetch it found when created: put the fake server in place before anything is imported.
const server = vi.hoisted(() => {
  const state = {
    requests: [] as Request[],
    answer: (_url: URL): Response => new Response(null, { status: 500 }),
  };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    state.requests.push(request);
    return state.answer(new URL(request.url));
  }) as typeof fetch;
  return state;
});

const { downloadReport, reportFileName, reportQuery } = await import('./ReportDownloads');

/** What the page handed to the browser as downloads: the file name and the bytes. */
let saved: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  saved = [];
  server.requests = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  configureApiAuth(async () => 'token-abc');
});
afterEach(() => vi.restoreAllMocks());

const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('report downloads', () => {
  it('asks the contract: period, root, depth (progress only) and format beside the programme', () => {
    expect(reportQuery('progress', 'csv', { program: '1TRIEU-SK', period: 'GD1', root: 'LCH' })).toEqual({
      period: 'GD1', root: 'LCH', depth: 1, format: 'csv',
    });
    expect(reportQuery('initiatives', 'xlsx', { program: '1TRIEU-SK', period: '2022-2023' })).toEqual({
      period: '2022-2023', format: 'xlsx',
    });
  });

  it('names the file after the report, unit and period', () => {
    expect(reportFileName('progress', 'xlsx', { period: 'GD2', root: 'LCH-PT' })).toBe('tien-do-LCH-PT-GD2.xlsx');
    expect(reportFileName('initiatives', 'csv', {})).toBe('danh-sach-sang-kien.csv');
  });

  it('GETs the CSV with the token and saves it under the name the server gives', async () => {
    server.answer = () =>
      new Response('\uFEFFunitCode,target\nLCH-PT,135\n', {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="tien-do.csv"; filename*=UTF-8''ti%E1%BA%BFn-%C4%91%E1%BB%99-LCH.csv`,
        },
      });
    const name = await downloadReport('progress', 'csv', { program: '1TRIEU-SK', period: 'GD1', root: 'LCH' });
    expect(name).toBe('tiến-độ-LCH.csv');
    const [request] = server.requests;
    const url = new URL(request.url);
    expect(url.pathname + url.search).toBe('/api/v1/programs/1TRIEU-SK/progress?period=GD1&root=LCH&depth=1&format=csv');
    expect(request.headers.get('Authorization')).toBe('Bearer token-abc');
    expect(request.headers.get('Accept')).toBe('text/csv');
    expect(saved.map((s) => s.name)).toEqual(['tiến-độ-LCH.csv']);
    expect(new TextDecoder().decode(await bytes(saved[0].blob))).toContain('LCH-PT,135');
  });

  it('keeps an XLSX byte for byte, named after the report when the server names nothing', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0xff, 0x80]);
    server.answer = () => new Response(zip, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
    const name = await downloadReport('initiatives', 'xlsx', { program: '1TRIEU-SK' });
    expect(name).toBe('danh-sach-sang-kien.xlsx');
    expect(server.requests[0].headers.get('Accept')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(new URL(server.requests[0].url).pathname).toBe('/api/v1/reports/initiatives');
    expect(await bytes(saved[0].blob)).toEqual(zip);
  });

  it("a refusal throws the server's problem and saves nothing", async () => {
    server.answer = () =>
      new Response(JSON.stringify({ status: 404, title: 'Không tìm thấy kỳ', detail: 'Kỳ GD9 không có.' }), {
        status: 404, headers: { 'Content-Type': 'application/problem+json' },
      });
    const failure = await downloadReport('progress', 'xlsx', { program: '1TRIEU-SK', period: 'GD9' }).catch((e) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure.status).toBe(404);
    expect(failure.problem.title).toBe('Không tìm thấy kỳ');
    expect(saved).toEqual([]);
  });

  it('an unreachable server is a network error (status 0), nothing saved', async () => {
    server.answer = () => {
      throw new TypeError('Failed to fetch');
    };
    const failure = await downloadReport('progress', 'csv', { program: '1TRIEU-SK' }).catch((e) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure.status).toBe(0);
    expect(saved).toEqual([]);
  });
});
