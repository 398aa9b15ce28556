import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MyWorkSections } from "@/components/my-work/my-work-sections";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { getMyWork } from "@/lib/server/my-work/get-my-work";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myWork"))("title") };
}

export default async function MyWorkPage() {
  const user = await requirePageUser("article.read");
  const work = await getMyWork(user);
  const t = await getTranslations("myWork");
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      {work.ok ? <MyWorkSections work={work.value} now={new Date().toISOString()} /> : <Alert tone="error">{t("loadFailed")}</Alert>}
    </div>
  );
}
