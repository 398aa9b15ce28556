"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "./button";

type Props = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** `danger` for something that takes access away. */
  tone?: "danger" | "primary";
  pending?: boolean;
  onConfirm(): void;
  onCancel(): void;
};

/**
 * Asks before a consequential step (deactivating a person, revoking a token): a modal dialog
 * that takes focus (Cancel first, so Enter does no harm), closes on Escape and gives focus back
 * to where it was when it closes.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, tone = "danger", pending = false, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const t = useTranslations("confirm");
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="confirm-dialog-title"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-[var(--color-line)] bg-white p-5 text-[var(--color-ink)] shadow-xl backdrop:bg-black/40"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <>
          <h2 id="confirm-dialog-title" className="text-base font-semibold">
            {title}
          </h2>
          <div className="mt-2 text-sm">{children}</div>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <Button autoFocus onClick={onCancel} disabled={pending}>
              {t("cancel")}
            </Button>
            <Button variant={tone} onClick={onConfirm} disabled={pending}>
              {confirmLabel}
            </Button>
          </div>
        </>
      )}
    </dialog>
  );
}
