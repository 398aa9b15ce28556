-- Keyset paging of every list: one index per list on its total sort order (additive).

-- CreateIndex
CREATE INDEX "User_active_name_id_idx" ON "User"("active" DESC, "name", "id");

-- CreateIndex
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Annotation_articleId_start_end_id_idx" ON "Annotation"("articleId", "start", "end" DESC, "id");

-- CreateIndex
CREATE INDEX "Annotation_status_submittedAt_createdAt_id_idx" ON "Annotation"("status", "submittedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Comment_annotationId_createdAt_id_idx" ON "Comment"("annotationId", "createdAt", "id");
