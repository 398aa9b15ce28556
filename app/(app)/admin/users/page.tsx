import type { Metadata } from "next";
import { AuditExportForm } from "@/components/admin/audit-export-form";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserTable } from "@/components/admin/user-table";
import { AppLink } from "@/components/ui/app-link";
import { PageHeader } from "@/components/ui/page-header";
import { MAX_PAGE_LIMIT } from "@/lib/paging/page-cursor";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listUsers } from "@/lib/server/users/list-users";
import { getTranslations } from "next-intl/server";
import { DirectionArrow } from "@/components/ui/direction-arrow";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

/** The desk's users, active first, by name; more than a page goes on at "Next users" (`?cursor=`). */
export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const admin = await requirePageUser("user.manage");
  const { cursor } = await searchParams;
  const result = await listUsers(admin, { limit: MAX_PAGE_LIMIT, cursor: typeof cursor === "string" && cursor ? cursor : null });
  const users = result.ok ? result.value.items : [];
  const nextCursor = result.ok ? result.value.nextCursor : null;
  const t = await getTranslations("admin");
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <UserTable
          currentUserId={admin.id}
          users={users.map((user) => ({ id: user.id, name: user.name, email: user.email, role: user.role, active: user.active, mustChangePassword: user.mustChangePassword }))}
        />
        {nextCursor && (
          <p className="text-sm lg:col-start-1">
            <AppLink href={`/admin/users?cursor=${encodeURIComponent(nextCursor)}`}>
              {t("next")} <DirectionArrow to="forward" />
            </AppLink>
          </p>
        )}
        <div className="space-y-8">
          <CreateUserForm />
          <AuditExportForm />
        </div>
      </div>
    </div>
  );
}
