import { apiRoute, readJson, resultResponse, errorResponse } from "@/lib/server/http/api-route";
import { pageResponse, readPageRequest } from "@/lib/server/http/paging";
import { createUser } from "@/lib/server/users/create-user";
import { listUsers } from "@/lib/server/users/list-users";
import { createUserSchema } from "@/lib/validations/user";

/** GET /api/users?limit=&cursor= — a page of users, active first, by name (admins only): `{ users, nextCursor }`. */
export const GET = apiRoute({ action: "user.manage" }, async ({ request, actor, requestId }) => {
  const page = readPageRequest(request);
  if (!page.ok) return errorResponse(page.error, requestId);
  const result = await listUsers(actor, page.page);
  if (!result.ok) return errorResponse(result.error, requestId);
  return pageResponse(request, requestId, { users: result.value.items, nextCursor: result.value.nextCursor }, page.page.limit);
});

/** POST /api/users — creates a user; the one-time password is in the response, once. */
export const POST = apiRoute({ action: "user.manage" }, async ({ request, actor, requestId }) => {
  const body = await readJson(request, createUserSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  return resultResponse(await createUser(actor, body.data), requestId, 201);
});
