import { DEFAULT_MAX_FILE_BYTES } from "@/lib/import/import-file";
import { formatBytes } from "@/lib/import/import-result";
import { apiRoute, errorResponse, readJson } from "@/lib/server/http/api-route";
import { importArticle } from "@/lib/server/imports/import-article";
import { importUrlSchema } from "@/lib/validations/revision";

/** Multipart overhead allowed on top of the largest file. */
const MULTIPART_SLACK = 64 * 1024;

/**
 * POST /api/articles/import — multipart/form-data with a `file` (.docx, .md, .html, .txt), or
 * JSON `{ "url": "https://…" }` which the server fetches (public addresses only). Creates the
 * article (201). A file or page that can't be imported is 422 (400 for a bad address or file
 * type, 413 when too large) with the importer's message and `details.importError`.
 */
export const POST = apiRoute({ action: "article.import", idempotent: true }, async ({ request, actor, requestId }) => {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  let result;
  if (type.startsWith("multipart/form-data")) {
    if (Number(request.headers.get("content-length") ?? "0") > DEFAULT_MAX_FILE_BYTES + MULTIPART_SLACK) {
      return errorResponse({ code: "payload_too_large", message: `This file is too large to import (the limit is ${formatBytes(DEFAULT_MAX_FILE_BYTES)}).` }, requestId);
    }
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return errorResponse({ code: "invalid", message: "The upload could not be read: send multipart/form-data with the file in a field named file" }, requestId);
    }
    const file = form.get("file");
    if (!(file instanceof File)) return errorResponse({ code: "invalid", message: "Send the file in a form field named file", fieldErrors: { file: "Choose a file to import" } }, requestId);
    result = await importArticle(actor, { file: { fileName: file.name, mimeType: file.type, data: new Uint8Array(await file.arrayBuffer()) } });
  } else {
    const body = await readJson(request, importUrlSchema);
    if (!body.ok) return errorResponse(body.error, requestId);
    result = await importArticle(actor, { url: body.data.url });
  }
  if (!result.ok) return errorResponse(result.error, requestId);
  return Response.json(result.value, { status: 201, headers: { "x-request-id": requestId, location: `/api/articles/${result.value.id}` } });
});
