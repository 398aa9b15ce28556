/** One route of the app, as a pattern to match request paths against. */
export type RoutePattern = { label: string; segments: string[]; specificity: number[] };

type Segment = { kind: "static"; value: string } | { kind: "param" } | { kind: "catchAll"; optional: boolean };

function segmentKind(segment: string): Segment {
  if (segment.startsWith("[[...") && segment.endsWith("]]")) return { kind: "catchAll", optional: true };
  if (segment.startsWith("[...") && segment.endsWith("]")) return { kind: "catchAll", optional: false };
  if (segment.startsWith("[") && segment.endsWith("]")) return { kind: "param" };
  return { kind: "static", value: segment };
}

const RANK = { static: 0, param: 1, catchAll: 2 } as const;

/**
 * Turns the keys of Next's `app-paths-manifest.json` (`/(app)/articles/[id]/page`,
 * `/api/articles/route`) into URL patterns (`/articles/[id]`, `/api/articles`): route groups and
 * the page/route suffix dropped, Next's internal `/_…` entries left out. Sorted so that fixed
 * segments win over parameters, and parameters over catch-alls.
 */
export function routePatternsFromManifest(appPaths: readonly string[]): RoutePattern[] {
  const labels = new Set<string>();
  for (const appPath of appPaths) {
    const parts = appPath.split("/").filter(Boolean);
    if (parts.at(-1) === "page" || parts.at(-1) === "route") parts.pop();
    const segments = parts.filter((part) => !(part.startsWith("(") && part.endsWith(")")) && !part.startsWith("@"));
    if (segments.some((segment) => segment.startsWith("_"))) continue;
    labels.add(`/${segments.join("/")}`);
  }
  return [...labels]
    .map((label) => {
      const segments = label.split("/").filter(Boolean);
      return { label, segments, specificity: segments.map((segment) => RANK[segmentKind(segment).kind]) };
    })
    .sort((a, b) => {
      for (let i = 0; i < Math.max(a.specificity.length, b.specificity.length); i++) {
        const difference = (a.specificity[i] ?? -1) - (b.specificity[i] ?? -1);
        if (difference !== 0) return difference;
      }
      return 0;
    });
}

function matches(pattern: RoutePattern, parts: string[]): boolean {
  for (let i = 0; i < pattern.segments.length; i++) {
    const segment = segmentKind(pattern.segments[i]);
    if (segment.kind === "catchAll") return segment.optional || parts.length > i;
    if (i >= parts.length) return false;
    if (segment.kind === "static" && segment.value !== parts[i]) return false;
  }
  return parts.length === pattern.segments.length;
}

/**
 * The label of a request path for metrics: its route pattern, `/_next/static` or `/_next/image`
 * for Next's own files, else `unmatched`. Bounded by the number of routes, whatever the URLs.
 */
export function routeLabel(pathname: string, patterns: readonly RoutePattern[]): string {
  if (pathname.startsWith("/_next/static/")) return "/_next/static";
  if (pathname.startsWith("/_next/image")) return "/_next/image";
  if (pathname.startsWith("/_next/")) return "/_next";
  const parts = pathname.split("?")[0].split("/").filter(Boolean);
  for (const pattern of patterns) if (matches(pattern, parts)) return pattern.label;
  return "unmatched";
}
