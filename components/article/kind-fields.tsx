"use client";

import { CheckboxField, SelectField, TextArea, TextField } from "@/components/ui/field";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import { VERDICT_LABELS, VERDICTS } from "@/lib/domain/verdicts";

export type FieldValues = Record<string, string | boolean | null>;

type Props = {
  kind: AnnotationKind;
  values: FieldValues;
  errors: Record<string, string>;
  onChange(name: string, value: string | boolean | null): void;
};

const VERDICT_OPTIONS = VERDICTS.map((verdict) => ({ value: verdict, label: VERDICT_LABELS[verdict] }));
const text = (values: FieldValues, name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");

/** The fields each kind needs: claimant and verdict; speaker and where/when; who alleges against whom. */
export function KindFields({ kind, values, errors, onChange }: Props) {
  const err = (name: string) => errors[`fields.${name}`];
  if (kind === "claim") {
    return (
      <>
        <TextField label="Claimant (who makes the claim)" value={text(values, "claimant")} onChange={(e) => onChange("claimant", e.target.value)} error={err("claimant")} />
        <SelectField label="Verdict" options={VERDICT_OPTIONS} value={text(values, "verdict") || "unverified"} onChange={(e) => onChange("verdict", e.target.value)} error={err("verdict")} />
        <TextArea label="Rationale" rows={3} value={text(values, "rationale")} onChange={(e) => onChange("rationale", e.target.value)} error={err("rationale")} />
      </>
    );
  }
  if (kind === "quote") {
    return (
      <>
        <TextField label="Speaker" value={text(values, "speaker")} onChange={(e) => onChange("speaker", e.target.value)} error={err("speaker")} />
        <TextField
          label="Where it was said"
          value={text(values, "saidWhere")}
          onChange={(e) => onChange("saidWhere", e.target.value)}
          error={err("saidWhere")}
          hint="e.g. a post on X, a press conference in Doha"
        />
        <TextField label="When it was said" type="date" value={text(values, "saidOn")} onChange={(e) => onChange("saidOn", e.target.value || null)} error={err("saidOn")} />
        <CheckboxField label="Wording verified against a source" checked={values.wordingVerified === true} onChange={(e) => onChange("wordingVerified", e.target.checked)} />
      </>
    );
  }
  return (
    <>
      <TextField label="Alleged by" value={text(values, "allegedBy")} onChange={(e) => onChange("allegedBy", e.target.value)} error={err("allegedBy")} />
      <TextField label="Alleged against" value={text(values, "allegedAgainst")} onChange={(e) => onChange("allegedAgainst", e.target.value)} error={err("allegedAgainst")} />
      <CheckboxField
        label="Right of reply sought"
        checked={values.rightOfReplySought === true}
        onChange={(e) => {
          onChange("rightOfReplySought", e.target.checked);
          if (!e.target.checked) onChange("rightOfReplySoughtOn", null);
        }}
      />
      {values.rightOfReplySought === true && (
        <TextField
          label="Right of reply sought on"
          type="date"
          value={text(values, "rightOfReplySoughtOn")}
          onChange={(e) => onChange("rightOfReplySoughtOn", e.target.value || null)}
          error={err("rightOfReplySoughtOn")}
        />
      )}
    </>
  );
}
