import { apiRoute, errorResponse, readJson, resultResponse } from "@/lib/server/http/api-route";
import { updateUser } from "@/lib/server/users/update-user";
import { updateUserSchema } from "@/lib/validations/user";

/** PATCH /api/users/{id} — name, role, active (admins only). */
export const PATCH = apiRoute<{ id: string }>({ action: "user.manage" }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, updateUserSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  return resultResponse(await updateUser(actor, params.id, body.data), requestId);
});
