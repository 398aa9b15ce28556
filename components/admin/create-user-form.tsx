"use client";

import { useState, useTransition } from "react";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/domain/roles";

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function CreateUserForm() {
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const input = { email: String(data.get("email") ?? ""), name: String(data.get("name") ?? ""), role: String(data.get("role") ?? "editor") as Role };
    startTransition(async () => {
      const result = await createUserAction(input);
      if (!result.ok) {
        setErrors(result.error.fieldErrors ?? {});
        setMessage(result.error.fieldErrors ? null : result.error.message);
        return;
      }
      setErrors({});
      setMessage(null);
      setCreated({ email: result.value.user.email, password: result.value.oneTimePassword });
      form.reset();
    });
  }

  return (
    <section aria-labelledby="create-user-heading" className="rounded-lg border border-[var(--color-line)] bg-white p-5">
      <h2 id="create-user-heading" className="text-base font-semibold">
        Add a user
      </h2>
      <form
        className="mt-4 space-y-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit(event.currentTarget);
        }}
      >
        {message && <Alert tone="error">{message}</Alert>}
        <TextField label="Name" name="name" required error={errors.name} />
        <TextField label="E-mail" name="email" type="email" required error={errors.email} />
        <SelectField label="Role" name="role" options={ROLE_OPTIONS} defaultValue="editor" error={errors.role} />
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Creating…" : "Create user"}
        </Button>
      </form>
      {created && (
        <div className="mt-4">
          <Alert tone="success" title="User created">
            <p>
              Give <strong>{created.email}</strong> this one-time password. It is shown only now; they choose their own at first sign-in.
            </p>
            <p className="mt-2">
              <code data-testid="one-time-password" className="select-all rounded bg-white px-2 py-1 font-mono text-base">
                {created.password}
              </code>
            </p>
          </Alert>
        </div>
      )}
    </section>
  );
}
