import type { ReactNode } from "react";

/** A small rounded label (statuses, roles, counts). */
export function Badge({ children, className = "", title }: { children: ReactNode; className?: string; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center rounded-full border border-[var(--color-line)] bg-white px-2 py-0.5 text-xs font-medium ${className}`}>
      {children}
    </span>
  );
}
