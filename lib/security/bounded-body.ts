import 'server-only';

/**
 * A request body read up to a limit: the bytes, or why not. A handler calls this only after it
 * knows who is asking and that they may do what they ask, so that a stranger's body costs nothing
 * and a member's costs at most `limit` bytes: `JSON.parse` or a form parser given megabytes blocks
 * the event loop for every reader of the site.
 */
export type BoundedBody =
  { kind: 'read'; bytes: Uint8Array<ArrayBuffer> } | { kind: 'too-large' } | { kind: 'unreadable' };

export async function readBoundedBody(request: Request, limit: number): Promise<BoundedBody> {
  // A declared length over the limit is refused unread; a false or missing one is caught below.
  if (Number(request.headers.get('content-length') ?? 0) > limit) return { kind: 'too-large' };
  if (!request.body) return { kind: 'read', bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return { kind: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { kind: 'unreadable' };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: 'read', bytes };
}

/** The same body as text (UTF-8, as `Request.text()` reads it). */
export async function readBoundedText(
  request: Request,
  limit: number,
): Promise<{ kind: 'read'; text: string } | Exclude<BoundedBody, { kind: 'read' }>> {
  const body = await readBoundedBody(request, limit);
  return body.kind === 'read' ? { kind: 'read', text: new TextDecoder().decode(body.bytes) } : body;
}

/** The same body as a form, parsed by the platform's own parser from the bytes read (either encoding a form may use). */
export async function readBoundedForm(
  request: Request,
  limit: number,
): Promise<{ kind: 'read'; form: FormData } | Exclude<BoundedBody, { kind: 'read' }>> {
  const body = await readBoundedBody(request, limit);
  if (body.kind !== 'read') return body;
  try {
    const form = await new Response(body.bytes, {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
    return { kind: 'read', form };
  } catch {
    return { kind: 'unreadable' };
  }
}
