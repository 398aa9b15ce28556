import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";

export default async function ArticlesPage() {
  await requirePageUser();
  return <PageHeader title="Articles" />;
}
