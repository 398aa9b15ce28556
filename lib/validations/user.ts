import { z } from "./zod";
import { ROLES } from "../domain/roles";
import { LOCALES } from "../i18n/locales";

export const MIN_PASSWORD_LENGTH = 10;

const email = z.string().trim().toLowerCase().email("Enter a valid e-mail address").max(320, "E-mail is too long");
const name = z.string().trim().min(1, "Name is required").max(100, "Name must be at most 100 characters");
const password = z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`).max(200, "Use at most 200 characters");
const role = z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}` });

export const createUserSchema = z.strictObject({ email, name, role });
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** An admin created from the command line (`npm run create-admin`), with the password the operator chose. */
export const createAdminSchema = z.strictObject({ email, name, password });
export type CreateAdminInput = z.infer<typeof createAdminSchema>;

export const updateUserSchema = z
  .strictObject({ name: name.optional(), role: role.optional(), active: z.boolean({ error: "active must be true or false" }).optional() })
  .refine((value) => Object.keys(value).length > 0, "Nothing to change: send name, role or active");
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const newPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    newPassword: password,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ["confirmPassword"], message: "The passwords don't match" })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one" });

/** The interface language a person chooses in settings; `null` follows the browser. */
export const languageSchema = z.strictObject({
  locale: z.enum(LOCALES, { error: `Language must be one of: ${LOCALES.join(", ")}` }).nullable(),
});
export type LanguageInput = z.infer<typeof languageSchema>;
