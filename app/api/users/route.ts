import { apiRoute, readJson, resultResponse, errorResponse } from "@/lib/server/http/api-route";
import { createUser } from "@/lib/server/users/create-user";
import { listUsers } from "@/lib/server/users/list-users";
import { createUserSchema } from "@/lib/validations/user";

/** GET /api/users — every user (admins only). */
export const GET = apiRoute({ roles: ["admin"] }, async ({ actor, requestId }) => {
  const result = await listUsers(actor);
  return resultResponse(result.ok ? { ok: true, value: { users: result.value } } : result, requestId);
});

/** POST /api/users — creates a user; the one-time password is in the response, once. */
export const POST = apiRoute({ roles: ["admin"] }, async ({ request, actor, requestId }) => {
  const body = await readJson(request, createUserSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  return resultResponse(await createUser(actor, body.data), requestId, 201);
});
