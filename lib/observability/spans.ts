import { type Attributes, SpanStatusCode, trace } from '@opentelemetry/api';

const tracer = () => trace.getTracer('masthead');

/**
 * `work` inside a span of its own, a child of whatever span is active (Next's request span in the
 * proxy, the render in a page). Without a tracer provider (OTEL_EXPORTER_OTLP_ENDPOINT unset) the
 * span is a no-op. Attributes must never hold a path, a token or a name: callers pass outcomes.
 */
export function inSpan<T>(
  name: string,
  work: () => Promise<T>,
  attributesOf?: (result: T) => Attributes,
): Promise<T> {
  return tracer().startActiveSpan(name, async (span) => {
    try {
      const result = await work();
      if (attributesOf) span.setAttributes(attributesOf(result));
      return result;
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
