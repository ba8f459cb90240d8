import { OG_SIZE, shareCard } from '@/components/og/share-card';
import { site } from '@/lib/config';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = `${site.name}: ${site.tagline}`;

export default function Image() {
  return shareCard({ title: site.tagline, summary: site.description });
}
