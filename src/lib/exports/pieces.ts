/**
 * The largest exports, made and sent in pieces. standards.json and
 * llms-full.txt are 20 MB each at 5 000 standards: made whole, each held its
 * objects, its text and two copies of its bytes at once, and together they
 * were the build's highest moment of memory. In pieces, one entry is made at
 * a time, and only the bytes are ever whole.
 */

/**
 * `JSON.stringify({ ...head, [key]: items }, null, 2)`, a piece per item: the head's fields, then the array under
 * `key`, last. An item's lines are indented as the array's place in the file puts them; JSON text holds no line
 * break inside a string, so every line break is one the indentation made.
 */
export function* prettyJsonPieces(head: Record<string, unknown>, key: string, items: Iterable<unknown>): Generator<string> {
  const indent = (json: string, by: string) => json.replaceAll('\n', `\n${by}`);
  const headJson = JSON.stringify(head, null, 2);
  // The head's fields without its closing brace, then the array as the last field.
  yield headJson === '{}' ? '{\n  ' : `${headJson.slice(0, -2)},\n  `;
  yield `${JSON.stringify(key)}: [`;
  let first = true;
  for (const item of items) {
    // As in an array, an item JSON has no text for (undefined, a function) is null.
    yield `${first ? '' : ','}\n    ${indent(JSON.stringify(item, null, 2) ?? 'null', '    ')}`;
    first = false;
  }
  yield first ? ']\n}' : '\n  ]\n}';
}

/** A response whose body is the pieces, each encoded as it is read: the text is never whole. */
export function piecesResponse(pieces: Iterable<string>, contentType: string): Response {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.iterator]();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}
