const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

const authorNames: Record<string, string> = {
  'ada-lindqvist': 'Ada Lindqvist',
  'tomas-okafor': 'Tomás Okafor',
};

export function authorName(id: string): string {
  return (
    authorNames[id] ??
    id
      .split('-')
      .map((part) => part[0]?.toUpperCase() + part.slice(1))
      .join(' ')
  );
}
