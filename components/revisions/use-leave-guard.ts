"use client";

import { useEffect } from "react";

/** Whether a click on `link` would take the browser to another page of this site in this tab. */
function leavesPageInApp(event: MouseEvent, link: HTMLAnchorElement): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return false;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return false; // the browser's own beforeunload prompt asks
  return url.pathname !== window.location.pathname || url.search !== window.location.search;
}

/**
 * While `active`, leaving the page asks first: a reload, closing the tab or going to another site
 * through the browser's prompt (`beforeunload`), a click on a link inside the app through a
 * confirmation with `message` (client-side navigation fires no `beforeunload`).
 */
export function useLeaveGuard(active: boolean, message: string) {
  useEffect(() => {
    if (!active) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    // Capture phase: runs before the framework's link handler starts a client-side navigation.
    const click = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || !leavesPageInApp(event, link)) return;
      if (window.confirm(message)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [active, message]);
}
