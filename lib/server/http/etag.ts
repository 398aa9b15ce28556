/** Strong ETag for a versioned entity (W3C Annotation Protocol style). */
export function versionEtag(version: number): string {
  return `"v${version}"`;
}

/**
 * The version a client says it edited: from `If-Match` (an ETag we issued) or a `version` in the
 * body. `undefined` when neither is given; `null` when If-Match is present but not one of ours.
 */
export function expectedVersion(headers: Headers, bodyVersion?: number): number | null | undefined {
  const ifMatch = headers.get("if-match");
  if (ifMatch) {
    const match = /^(?:W\/)?"v(\d+)"$/.exec(ifMatch.trim());
    return match ? Number(match[1]) : null;
  }
  return bodyVersion;
}

/** Strong ETag of an article's current revision (`"r3"`), distinct from annotation versions. */
export function revisionEtag(revision: number): string {
  return `"r${revision}"`;
}

/**
 * The article revision a client says it edited: from `If-Match` (a revision ETag we issued) or a
 * `revision` in the body. `undefined` when neither is given; `null` when If-Match is not one of ours.
 */
export function expectedRevision(headers: Headers, bodyRevision?: number): number | null | undefined {
  const ifMatch = headers.get("if-match");
  if (ifMatch) {
    const match = /^(?:W\/)?"r(\d+)"$/.exec(ifMatch.trim());
    return match ? Number(match[1]) : null;
  }
  return bodyRevision;
}
