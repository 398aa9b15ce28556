import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserTable } from "@/components/admin/user-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listUsers } from "@/lib/server/users/list-users";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage() {
  const admin = await requirePageUser(["admin"]);
  const result = await listUsers(admin);
  const users = result.ok ? result.value : [];
  return (
    <div>
      <PageHeader title="Users" description="Create accounts, change roles, deactivate people who have left the desk." />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <UserTable
          currentUserId={admin.id}
          users={users.map((user) => ({ id: user.id, name: user.name, email: user.email, role: user.role, active: user.active, mustChangePassword: user.mustChangePassword }))}
        />
        <CreateUserForm />
      </div>
    </div>
  );
}
