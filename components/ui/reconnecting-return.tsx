"use client";

import { useCallback } from "react";
import { ReconnectingNotice } from "./reconnecting-notice";

/** The reconnecting notice that returns to the page that was asked for (a same-site path). */
export function ReconnectingReturn({ next }: { next: string }) {
  const onReady = useCallback(() => window.location.replace(next), [next]);
  return <ReconnectingNotice onReady={onReady} />;
}
