import 'server-only';

import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';

import { readEnv } from '@/lib/env.mjs';

import { type AttributeValue, redactedAttributes, redactedText } from './span-redaction';

/**
 * Each span as it may leave the process: its name, attributes and events' attributes redacted
 * (span-redaction.ts). The copy inherits everything else (ids, times, status) from the span.
 */
function redacted(span: ReadableSpan): ReadableSpan {
  return Object.create(span, {
    name: { value: redactedText(span.name) },
    attributes: { value: redactedAttributes(span.attributes as Record<string, AttributeValue>) },
    events: {
      value: span.events.map((event) => ({
        ...event,
        attributes:
          event.attributes &&
          redactedAttributes(event.attributes as Record<string, AttributeValue>),
      })),
    },
  }) as ReadableSpan;
}

function redacting(exporter: SpanExporter): SpanExporter {
  return {
    export: (spans, done) => exporter.export(spans.map(redacted), done),
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
  };
}

/**
 * Traces over OTLP/HTTP when `OTEL_EXPORTER_OTLP_ENDPOINT` is set (the exporter reads it and the
 * other standard OTEL_* variables), else nothing: no provider, so every span is a no-op. Next.js
 * then emits its own spans (the request, the proxy, the render) into the same traces as ours.
 */
export function startTracing(): boolean {
  if (readEnv('OTEL_EXPORTER_OTLP_ENDPOINT') === undefined) return false;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': readEnv('OTEL_SERVICE_NAME') }),
    spanProcessors: [
      new BatchSpanProcessor(redacting(new OTLPTraceExporter()), { scheduledDelayMillis: 1000 }),
    ],
  });
  provider.register();
  return true;
}
