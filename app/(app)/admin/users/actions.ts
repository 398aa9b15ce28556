"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/server/actions/action-client";
import { createUser } from "@/lib/server/users/create-user";
import { updateUser } from "@/lib/server/users/update-user";
import { createUserSchema, updateUserSchema } from "@/lib/validations/user";

export const createUserAction = authedAction({ action: "user.manage", schema: createUserSchema }, async (input, actor) => {
  const result = await createUser(actor, input);
  if (result.ok) revalidatePath("/admin/users");
  return result;
});

export const updateUserAction = authedAction({ action: "user.manage", schema: z.object({ id: z.string().min(1), changes: updateUserSchema }) }, async ({ id, changes }, actor) => {
  const result = await updateUser(actor, id, changes);
  if (result.ok) revalidatePath("/admin/users");
  return result;
});
