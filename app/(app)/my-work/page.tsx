import type { Metadata } from "next";
import { MyWorkSections } from "@/components/my-work/my-work-sections";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { getMyWork } from "@/lib/server/my-work/get-my-work";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage() {
  const user = await requirePageUser("article.read");
  const work = await getMyWork(user);
  return (
    <div>
      <PageHeader title="My work" description="What is assigned to you, what waits for your review, what was sent back to you and your drafts." />
      {work.ok ? <MyWorkSections work={work.value} now={new Date().toISOString()} /> : <Alert tone="error">{work.error.message}</Alert>}
    </div>
  );
}
