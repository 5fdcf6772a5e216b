/**
 * The build renders each page with Astro's own prerenderer and app, and reads its body once
 * (src/integrations/prerender-bytes.mjs): what the build writes is the page's bytes, status and headers as rendered,
 * no file where the route gave no body, and Astro's own render when its app is not where the integration looks. Each
 * page rendered is reported to the search index with the size of its file.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import prerenderBytes, { bodyBytes, renderOnce } from '../../src/integrations/prerender-bytes.mjs';
import { onRenderedPage } from '../../src/integrations/rendered-pages.mjs';

/** An app as Astro's prerenderer loads it: `render` answers a request with a Response. */
const appAnswering = (response: () => Response) => ({ render: vi.fn(async () => response()) });

const request = new Request('http://localhost/standards/gb-t-45654-2025/');

describe('a page read once', () => {
  it('hands on the rendered bytes, status and headers, for the build to write', async () => {
    const html = '<!doctype html><title>网络安全技术 生成式人工智能服务安全基本要求</title>';
    const app = appAnswering(() => new Response(html, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
    const { response } = await renderOnce(app, request, { route: '/standards/[id]' });
    expect(app.render).toHaveBeenCalledWith(request, { routeData: { route: '/standards/[id]' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.body).not.toBeNull();
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe(html);
    expect(await response.text()).toBe(html);
  });

  it('keeps a body that is streamed in pieces whole and in order', async () => {
    const pieces = ['{"standards": [', '{"number": "GB/T 45654-2025"}', ']}'];
    const body = new ReadableStream({
      start(c) {
        for (const p of pieces) c.enqueue(new TextEncoder().encode(p));
        c.close();
      },
    });
    const { response } = await renderOnce(
      appAnswering(() => new Response(body)),
      request,
      {},
    );
    expect(await response.text()).toBe(pieces.join(''));
    // …and a reader of the body as a stream gets the same bytes.
    expect(await new Response(response.body).text()).toBe(pieces.join(''));
  });

  it('gives no body where the route gave none, so no file is written', async () => {
    const empty = await renderOnce(
      appAnswering(() => new Response(null)),
      request,
      {},
    );
    expect(empty.response.body).toBeNull();
    const noContent = await renderOnce(
      appAnswering(() => new Response(null, { status: 204 })),
      request,
      {},
    );
    expect(noContent.response.status).toBe(204);
    expect(noContent.response.body).toBeNull();
  });

  it('keeps a redirect and where it points', async () => {
    const { response } = await renderOnce(
      appAnswering(() => new Response(null, { status: 301, headers: { Location: '/en/' } })),
      request,
      {},
    );
    expect(response.status).toBe(301);
    expect(response.headers.get('Location')).toBe('/en/');
  });

  it('takes only the bytes of a chunk that is a view into a larger buffer, and nothing of an empty body', async () => {
    const shared = new TextEncoder().encode('before<p>页</p>after');
    const view = shared.subarray(6, 6 + new TextEncoder().encode('<p>页</p>').length);
    const one = (chunks: Uint8Array[]) =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (const chunk of chunks) c.enqueue(chunk);
          c.close();
        },
      });
    expect(new TextDecoder().decode(await bodyBytes(one([view])))).toBe('<p>页</p>');
    expect((await bodyBytes(one([]))).byteLength).toBe(0);
  });
});

describe('the integration', () => {
  type Prerenderer = { name: string; render: (r: Request, o: { routeData: unknown }) => Promise<unknown>; app?: unknown };
  const installed = () => {
    let factory: ((p: Prerenderer) => Prerenderer) | undefined;
    const warn = vi.fn();
    const hook = prerenderBytes().hooks['astro:build:start'] as (o: unknown) => void;
    hook({ setPrerenderer: (f: typeof factory) => (factory = f), logger: { warn } });
    return { factory: factory!, warn };
  };
  afterEach(() => onRenderedPage(undefined));

  it("renders with the app Astro's prerenderer loaded", async () => {
    const { factory } = installed();
    const app = appAnswering(() => new Response('<p>ok</p>'));
    const astros: Prerenderer = { name: 'astro:default', render: vi.fn(), app };
    const result = (await factory(astros).render(request, { routeData: {} })) as { response: Response };
    expect(app.render).toHaveBeenCalled();
    expect(astros.render).not.toHaveBeenCalled();
    expect(await result.response.text()).toBe('<p>ok</p>');
  });

  it('reports each page rendered, with the size of its file where the bytes were read, and without where not', async () => {
    const reported: [string, number | undefined][] = [];
    onRenderedPage((pathname, size) => reported.push([pathname, size]));
    const { factory } = installed();
    const body = '<p>标准</p>';
    const withApp = factory({ name: 'astro:default', render: vi.fn(), app: appAnswering(() => new Response(body)) });
    await withApp.render(request, { routeData: {} });
    const withoutApp = factory({ name: 'astro:default', render: vi.fn(async () => new Response(body)) });
    await withoutApp.render(new Request('http://localhost/en/'), { routeData: {} });
    expect(reported).toEqual([
      ['/standards/gb-t-45654-2025/', Buffer.byteLength(body)],
      ['/en/', undefined],
    ]);
  });

  it("falls back to Astro's own render, and says so once, when there is no app", async () => {
    const { factory, warn } = installed();
    const astros: Prerenderer = { name: 'astro:default', render: vi.fn(async () => new Response('<p>ok</p>')) };
    const ours = factory(astros);
    await ours.render(request, { routeData: {} });
    await ours.render(request, { routeData: {} });
    expect(astros.render).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
