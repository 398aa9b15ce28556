"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/ui/field";
import type { EvidenceInput } from "@/lib/validations/annotation";

type Props = {
  items: EvidenceInput[];
  errors: Record<string, string>;
  onChange(items: EvidenceInput[]): void;
};

const EMPTY: EvidenceInput = { url: "", title: "", excerpt: "", accessedOn: null };

/** Evidence items (URL, title, excerpt, accessed date), added and removed in place. */
export function EvidenceEditor({ items, errors, onChange }: Props) {
  const t = useTranslations("annotation.evidence");
  const update = (index: number, patch: Partial<EvidenceInput>) => onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">{t("legend")}</legend>
      {items.length === 0 && <p className="text-xs text-[var(--color-muted)]">{t("none")}</p>}
      {items.map((item, index) => (
        <div key={index} className="space-y-2 rounded-md border border-[var(--color-line)] p-3" data-testid="evidence-item">
          <TextField label={t("url", { number: index + 1 })} type="url" dir="ltr" value={item.url} onChange={(e) => update(index, { url: e.target.value })} error={errors[`evidence.${index}.url`]} />
          <TextField label={t("title")} dir="auto" value={item.title} onChange={(e) => update(index, { title: e.target.value })} error={errors[`evidence.${index}.title`]} />
          <TextArea label={t("excerpt")} dir="auto" rows={2} value={item.excerpt} onChange={(e) => update(index, { excerpt: e.target.value })} error={errors[`evidence.${index}.excerpt`]} />
          <TextField
            label={t("accessedOn")}
            type="date"
            value={item.accessedOn ?? ""}
            onChange={(e) => update(index, { accessedOn: e.target.value || null })}
            error={errors[`evidence.${index}.accessedOn`]}
          />
          <Button size="sm" variant="ghost" onClick={() => onChange(items.filter((_, i) => i !== index))}>
            {t("remove", { number: index + 1 })}
          </Button>
        </div>
      ))}
      <Button size="sm" onClick={() => onChange([...items, { ...EMPTY, accessedOn: new Date().toISOString().slice(0, 10) }])}>
        {t("add")}
      </Button>
    </fieldset>
  );
}
