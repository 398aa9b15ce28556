"use client";

import type { Ref } from "react";
import { deleteAnnotationAction, updateAnnotationAction } from "@/app/(app)/articles/[id]/actions";
import { CorrectVerdictForm } from "@/components/corrections/correct-verdict-form";
import { AnnotationHistory } from "@/components/review/annotation-history";
import { CommentThread } from "@/components/review/comment-thread";
import { ReviewControls, type ReviewControlsHandle } from "@/components/review/review-controls";
import { allows, annotationFactsOf, type PolicyActor } from "@/lib/policy/policy";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";
import { AnnotationCard } from "./annotation-card";
import { OwnAnnotationActions } from "./own-annotation-actions";

type Props = {
  annotation: AnnotationDto;
  currentUser: PolicyActor;
  selected: boolean;
  changedByOthers: boolean;
  /** Bumped when comments or history may have changed (live updates). */
  refreshKey: number;
  /** The selected card's review controls, for the A / R / S keys. */
  controls?: Ref<ReviewControlsHandle>;
  onSelect(): void;
  onUpdated(annotation: AnnotationDto): void;
  /** A review decision was taken here (the page offers Undo). */
  onDecided(annotation: AnnotationDto): void;
  onDeleted(): void;
};

/** A card of the article page's sidebar with what the policy lets this person do on it: review, correct a published verdict, edit, delete, comment. */
export function SidebarAnnotationCard({ annotation, currentUser, selected, changedByOthers, refreshKey, controls, onSelect, onUpdated, onDecided, onDeleted }: Props) {
  return (
    <AnnotationCard annotation={annotation} changedByOthers={changedByOthers} selected={selected} onSelect={onSelect}>
      <ReviewControls ref={controls} annotation={annotation} currentUser={currentUser} onUpdated={onUpdated} onDecided={onDecided} />
      {annotation.kind === "claim" && annotation.status === "approved" && allows(currentUser, "annotation.correct", annotationFactsOf(annotation)) && (
        <CorrectVerdictForm annotation={annotation} onCorrected={onUpdated} />
      )}
      {allows(currentUser, "annotation.edit", annotationFactsOf(annotation)) && (
        <OwnAnnotationActions
          annotation={annotation}
          onUpdate={(patch, reusedFromId) => updateAnnotationAction({ id: annotation.id, version: annotation.version, patch, reusedFromId })}
          onDelete={() => deleteAnnotationAction({ id: annotation.id, version: annotation.version })}
          onUpdated={onUpdated}
          onDeleted={onDeleted}
        />
      )}
      <CommentThread annotationId={annotation.id} currentUser={currentUser} refreshKey={refreshKey} />
      <AnnotationHistory annotationId={annotation.id} refreshKey={refreshKey} />
    </AnnotationCard>
  );
}
