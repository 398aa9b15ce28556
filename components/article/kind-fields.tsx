"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextArea, TextField } from "@/components/ui/field";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import { VERDICTS } from "@/lib/domain/verdicts";

export type FieldValues = Record<string, string | boolean | null>;

type Props = {
  kind: AnnotationKind;
  values: FieldValues;
  errors: Record<string, string>;
  onChange(name: string, value: string | boolean | null): void;
};

const text = (values: FieldValues, name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");

/** The fields each kind needs: claimant and verdict; speaker and where/when; who alleges against whom. */
export function KindFields({ kind, values, errors, onChange }: Props) {
  const err = (name: string) => errors[`fields.${name}`];
  const t = useTranslations("annotation.fields");
  const verdicts = useTranslations("verdicts");
  const verdictOptions = VERDICTS.map((verdict) => ({ value: verdict, label: verdicts(verdict) }));
  if (kind === "claim") {
    return (
      <>
        <TextField label={t("claimant")} dir="auto" value={text(values, "claimant")} onChange={(e) => onChange("claimant", e.target.value)} error={err("claimant")} />
        <SelectField label={t("verdict")} options={verdictOptions} value={text(values, "verdict") || "unverified"} onChange={(e) => onChange("verdict", e.target.value)} error={err("verdict")} />
        <TextArea label={t("rationale")} dir="auto" rows={3} value={text(values, "rationale")} onChange={(e) => onChange("rationale", e.target.value)} error={err("rationale")} />
      </>
    );
  }
  if (kind === "quote") {
    return (
      <>
        <TextField label={t("speaker")} dir="auto" value={text(values, "speaker")} onChange={(e) => onChange("speaker", e.target.value)} error={err("speaker")} />
        <TextField label={t("saidWhere")} dir="auto" value={text(values, "saidWhere")} onChange={(e) => onChange("saidWhere", e.target.value)} error={err("saidWhere")} hint={t("saidWhereHint")} />
        <TextField label={t("saidOn")} type="date" value={text(values, "saidOn")} onChange={(e) => onChange("saidOn", e.target.value || null)} error={err("saidOn")} />
        <CheckboxField label={t("wordingVerified")} checked={values.wordingVerified === true} onChange={(e) => onChange("wordingVerified", e.target.checked)} />
      </>
    );
  }
  return (
    <>
      <TextField label={t("allegedBy")} dir="auto" value={text(values, "allegedBy")} onChange={(e) => onChange("allegedBy", e.target.value)} error={err("allegedBy")} />
      <TextField label={t("allegedAgainst")} dir="auto" value={text(values, "allegedAgainst")} onChange={(e) => onChange("allegedAgainst", e.target.value)} error={err("allegedAgainst")} />
      <CheckboxField
        label={t("rightOfReplySought")}
        checked={values.rightOfReplySought === true}
        onChange={(e) => {
          onChange("rightOfReplySought", e.target.checked);
          if (!e.target.checked) onChange("rightOfReplySoughtOn", null);
        }}
      />
      {values.rightOfReplySought === true && (
        <TextField
          label={t("rightOfReplySoughtOn")}
          type="date"
          value={text(values, "rightOfReplySoughtOn")}
          onChange={(e) => onChange("rightOfReplySoughtOn", e.target.value || null)}
          error={err("rightOfReplySoughtOn")}
        />
      )}
    </>
  );
}
