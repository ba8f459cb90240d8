interface CacheHandlerContext {
  fs?: unknown;
  serverDistDir?: string;
  flushToDisk?: boolean;
  maxMemoryCacheSize?: number;
}

declare class FoundOnlyCache {
  constructor(ctx: CacheHandlerContext);
  set(key: string, data: { kind: string; status?: number } | null, ctx: object): Promise<void>;
}

export = FoundOnlyCache;
