import type { Plugin } from 'graphql-yoga';

const tooLarge = (max: number) =>
  new Response(
    JSON.stringify({
      errors: [
        {
          message: `The request body is larger than ${max} bytes.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    }),
    { status: 413, headers: { 'content-type': 'application/json' } },
  );

/**
 * Refuses request bodies over `max` bytes before they are parsed: by Content-Length when it is
 * given, else while reading a chunked body. Yoga has no such limit of its own.
 */
export function bodyLimit(max: number): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > max) endResponse(tooLarge(max));
    },
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (
        request.method !== 'POST' ||
        request.headers.get('content-length') ||
        !request.body ||
        !requestParser
      )
        return;
      // A chunked body: count bytes while reading it, then hand the bytes to Yoga's own parser.
      setRequestParser(async (req) => {
        const reader = (req.body as ReadableStream<Uint8Array>).getReader();
        const chunks: Uint8Array[] = [];
        let size = 0;
        for (let r = await reader.read(); !r.done; r = await reader.read()) {
          size += r.value.byteLength;
          if (size > max) {
            await reader.cancel();
            return tooLarge(max);
          }
          chunks.push(r.value);
        }
        return requestParser(
          new Request(req.url, { method: 'POST', headers: req.headers, body: Buffer.concat(chunks) }),
        );
      });
    },
  };
}
