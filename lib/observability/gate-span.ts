import { gateOutcome, type HeaderReader, notesOf } from './request-context';
import { inSpan } from './spans';

/** The proxy's gate as a span: who it found and what it decided, never the path it decided on. */
export function tracedGate(
  headers: HeaderReader,
  work: () => Promise<Response>,
): Promise<Response> {
  return inSpan('masthead.gate', work, (res) => {
    const notes = notesOf(headers);
    return {
      'http.response.status_code': res.status,
      'masthead.reader': notes?.reader ?? 'anonymous',
      'masthead.gate.reason': notes?.reason ?? gateOutcome(res.status),
    };
  });
}
