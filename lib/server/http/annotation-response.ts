import type { AnnotationDto } from "@/lib/dto/annotation-dto";
import { versionEtag } from "./etag";

/** The API's JSON for an annotation: the DTO plus both W3C selectors. */
export function toAnnotationJson(dto: AnnotationDto) {
  return {
    ...dto,
    selectors: [
      { type: "TextPositionSelector", start: dto.start, end: dto.end },
      { type: "TextQuoteSelector", exact: dto.exact, prefix: dto.prefix, suffix: dto.suffix },
    ],
  };
}

/** One annotation as the API answers it: its JSON, with its version as the ETag (and any extra headers, e.g. `location`). */
export function annotationResponse(dto: AnnotationDto, requestId: string, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(toAnnotationJson(dto), { status: init.status ?? 200, headers: { ...init.headers, "x-request-id": requestId, etag: versionEtag(dto.version) } });
}
