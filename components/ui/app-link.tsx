import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link inside the desk. Every page shows live data (queues, annotations, statuses), so links
 * are not prefetched: a prefetched page could be shown later with data that has since changed.
 */
export function AppLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
