"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { MAX_SEARCH_QUERY_CHARS } from "@/lib/search/search-query";

/** Whether a key press happens while typing somewhere (then `/` is just a character). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** The desk-wide search box of the header: <kbd>/</kbd> focuses it, Enter opens the results page. */
export function HeaderSearch({ initialQuery = "" }: { initialQuery?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const t = useTranslations("search");
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <form role="search" action="/search" method="get" className="flex min-w-[14rem] flex-1 items-center sm:max-w-sm">
      <label htmlFor="desk-search" className="sr-only">
        {t("box")}
      </label>
      <input
        ref={input}
        id="desk-search"
        name="q"
        type="search"
        required
        maxLength={MAX_SEARCH_QUERY_CHARS}
        defaultValue={initialQuery}
        placeholder={t("boxPlaceholder")}
        aria-keyshortcuts="/"
        dir="auto"
        className="w-full rounded-md border border-[var(--color-line)] bg-white px-3 py-1.5 text-sm"
      />
    </form>
  );
}
