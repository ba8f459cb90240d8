import { ImageResponse } from 'next/og';

import { site } from '@/lib/config';

export const OG_SIZE = { width: 1200, height: 630 };

/**
 * The share card of a page: the site name, a title and a summary, nothing else (never body text).
 * next/og's bundled default font is used, so building the image needs no network.
 */
export function shareCard({
  title,
  summary,
  label,
}: {
  title: string;
  summary: string;
  label?: string;
}): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#0c0a09',
        color: '#fafaf9',
      }}
    >
      <div
        style={{ display: 'flex', alignItems: 'center', gap: 24, fontSize: 36, color: '#fdba74' }}
      >
        <span>{site.name}</span>
        {label ? (
          <span
            style={{
              fontSize: 26,
              padding: '6px 18px',
              borderRadius: 999,
              border: '2px solid #fdba74',
            }}
          >
            {label}
          </span>
        ) : null}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 28 }}>
        <div style={{ fontSize: title.length > 60 ? 56 : 68, lineHeight: 1.1 }}>{title}</div>
        <div style={{ fontSize: 30, lineHeight: 1.4, color: '#d6d3d1' }}>
          {summary.length > 180 ? `${summary.slice(0, 177)}…` : summary}
        </div>
      </div>
    </div>,
    OG_SIZE,
  );
}
