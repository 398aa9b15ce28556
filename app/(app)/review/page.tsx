import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";

export default async function ReviewPage() {
  await requirePageUser();
  return <PageHeader title="Review queue" />;
}
