// @ts-check
/**
 * The build's prerenderer: Astro's own, rendering with the same app, with each page's body read once and handed on
 * as bytes (see BytesResponse).
 */
import { Buffer } from 'node:buffer';
import { collectPrerenderMetadata } from 'astro/app';
import { reportRenderedPage } from './rendered-pages.mjs';

/**
 * Statuses whose response has no body (as Astro's own prerenderer treats them).
 */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * A response that holds its body as bytes already read, and hands them over as they are.
 *
 * Astro's prerenderer reads each rendered page into bytes, makes a new `Response` of them, and the build reads that
 * response into bytes again to write the file. Node's `Response` copies a body of bytes when it is made, again when
 * it is streamed, and twice more when it is read whole, so every page's bytes were copied about seven times. At
 * 5 000 standards the build renders about 700 MB, 170 MB of it in pages and exports of 1–22 MB each; in a profile of
 * that build, those copies (each a fresh allocation the system has to zero) took about 4 s of the main thread.
 */
class BytesResponse extends Response {
  /** @type {ArrayBuffer | null} */
  #bytes;

  /**
   * @param {ArrayBuffer | null} bytes
   * @param {ResponseInit} init
   */
  constructor(bytes, init) {
    super(null, init);
    this.#bytes = bytes;
  }

  /** A stream of the bytes, made only if something reads the body as a stream. */
  get body() {
    const bytes = this.#bytes;
    if (bytes === null) return null;
    return new ReadableStream({
      start(controller) {
        if (bytes.byteLength) controller.enqueue(new Uint8Array(bytes));
        controller.close();
      },
    });
  }

  async arrayBuffer() {
    return this.#bytes ?? new ArrayBuffer(0);
  }

  async text() {
    return this.#bytes ? new TextDecoder().decode(this.#bytes) : '';
  }

  /** The size of the body, which is the size of the page's file once Astro has written it. */
  get byteLength() {
    return this.#bytes?.byteLength ?? 0;
  }
}

/**
 * A body's bytes. `Response.arrayBuffer()` joins the chunks into a new buffer and copies that again; a page's body is
 * one chunk, the bytes its text was encoded into, and is handed on as it is.
 * @param {ReadableStream<Uint8Array>} body
 * @returns {Promise<ArrayBuffer>}
 */
export async function bodyBytes(body) {
  /** @type {Uint8Array[]} */
  const chunks = [];
  for await (const chunk of body) chunks.push(chunk);
  const [only] = chunks;
  if (chunks.length === 1 && only && only.byteOffset === 0 && only.byteLength === only.buffer.byteLength && only.buffer instanceof ArrayBuffer)
    return only.buffer;
  const joined = Buffer.concat(chunks);
  return joined.byteOffset === 0 && joined.byteLength === joined.buffer.byteLength
    ? joined.buffer
    : joined.buffer.slice(joined.byteOffset, joined.byteOffset + joined.byteLength);
}

/**
 * Render a path as Astro's own prerenderer does (the same app, the same metadata for incremental builds), but read
 * the rendered body once and hand its bytes on without another `Response` round.
 * @param {{ render(request: Request, options: { routeData: unknown }): Promise<Response>, logger?: unknown }} app
 * @param {Request} request
 * @param {unknown} routeData
 */
export async function renderOnce(app, request, routeData) {
  const { value: response, metadata } = await collectPrerenderMetadata(
    async () => {
      const rendered = await app.render(request, { routeData });
      const bytes = rendered.body === null || NULL_BODY_STATUSES.has(rendered.status) ? null : await bodyBytes(rendered.body);
      return new BytesResponse(bytes, { status: rendered.status, statusText: rendered.statusText, headers: rendered.headers });
    },
    // @ts-expect-error Astro's logger, passed through for its warning when no render scope is installed
    app.logger,
  );
  return { response, metadata };
}

/**
 * The Astro integration: Astro's prerenderer, with each page's body read once (see BytesResponse). It needs the app
 * Astro's prerenderer loads; if a later Astro keeps it elsewhere, its own render is used, which is only slower.
 *
 * It also tells the search index each page it has rendered, with the size its file will have (rendered-pages.mjs), so
 * that the index reads the pages already written, in full, while the rest are rendered.
 * @returns {import('astro').AstroIntegration}
 */
export default function prerenderBytes() {
  return {
    name: 'site:prerender-bytes',
    hooks: {
      'astro:build:start': ({ setPrerenderer, logger }) => {
        setPrerenderer((astros) => {
          let warned = false;
          return {
            ...astros,
            name: 'site:prerender-bytes',
            render: async (request, options) => {
              const { pathname } = new URL(request.url);
              const app = /** @type {{ app?: Parameters<typeof renderOnce>[0] }} */ (/** @type {unknown} */ (astros)).app;
              if (app && typeof app.render === 'function') {
                const rendered = await renderOnce(app, request, options.routeData);
                reportRenderedPage(pathname, rendered.response.byteLength);
                return rendered;
              }
              if (!warned) logger.warn("Astro's prerenderer has no app to render with: its own render is used, which copies each page more");
              warned = true;
              const rendered = await astros.render(request, options);
              reportRenderedPage(pathname);
              return rendered;
            },
          };
        });
      },
    },
  };
}
